"""Activities (run, walk, cycle ...) with their volume, intervals and target.

Part of `rehabplan.model`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import attrs
from attrs import field, frozen

from rehabplan.errors import ProgrammeError
from rehabplan.model import _validators
from rehabplan.model._dose import MAX_BOUT, Dose, format_duration
from rehabplan.model._prescription import Exercise, Prescription, slug_of, text_tuple
from rehabplan.model._progression import number_text
from rehabplan.model._timing import Timing

__all__ = ["DEFAULT_PACE", "VOLUME_UNITS", "Activity", "Intervals", "Target", "Volume"]

# --------------------------------------------------------------------------- activities

#: Units of activity volume: distance in kilometres or miles, or time in minutes.
VOLUME_UNITS: tuple[str, ...] = ("km", "mi", "min")

#: Default time per kilometre of each kind of activity, for calendar events.
DEFAULT_PACE: dict[str, dt.timedelta] = {
    "run": dt.timedelta(minutes=6),
    "walk": dt.timedelta(minutes=12),
    "hike": dt.timedelta(minutes=15),
    "cycle": dt.timedelta(minutes=3),
    "ride": dt.timedelta(minutes=3),
    "swim": dt.timedelta(minutes=25),
    "row": dt.timedelta(minutes=5),
}
_MILE_KM = 1.609344
_A_VOLUME = "a Volume such as Volume(3, 'km')"


@frozen
class Volume:
    """
    How much of an activity: a distance in km or miles, or a time in minutes.

    >>> str(Volume(3, "km")), str(Volume(2.5, "mi")), str(Volume(30, "min"))
    ('3 km', '2.5 mi', '30 min')

    .. versionadded:: 0.1
    """

    amount: float = field(
        converter=_validators.to_number, validator=_validators.finite_number(0, 100_000)
    )
    unit: str = field(default="km", validator=_validators.choice(VOLUME_UNITS))

    def __str__(self) -> str:
        return f"{number_text(self.amount)} {self.unit}"


@frozen(kw_only=True)
class Intervals:
    """
    A walk/run interval session: *repeats* times run for *run*, then walk for *walk*.

    >>> plan = Intervals(run=dt.timedelta(minutes=1), walk=dt.timedelta(minutes=2), repeats=8)
    >>> str(plan)
    'run 1 min, walk 2 min, 8 times'
    >>> plan.total
    datetime.timedelta(seconds=1440)

    .. versionadded:: 0.1
    """

    run: dt.timedelta = field(validator=_validators.positive_duration(MAX_BOUT))
    walk: dt.timedelta = field(validator=_validators.positive_duration(MAX_BOUT))
    repeats: int = field(validator=_validators.between(1, 100))

    @property
    def total(self) -> dt.timedelta:
        """The length of the whole session."""
        return (self.run + self.walk) * self.repeats

    def __str__(self) -> str:
        return (
            f"run {format_duration(self.run)}, walk {format_duration(self.walk)}, "
            f"{self.repeats} times"
        )


@frozen(kw_only=True)
class Target:
    """
    A race an activity builds to: its *volume* (such as a marathon's 42.2 km) on a *date*.

    The race starts at *time* (None: the programme's morning slot); the schedule
    holds it as a `Race` item, and the activity's training ends the day before.

    >>> str(Target(date=dt.date(2027, 10, 3), volume=Volume(42.2, "km"), name="Marathon"))
    'Marathon: 42.2 km on 2027-10-03'

    .. versionadded:: 0.1
    """

    date: dt.date = field(converter=_validators.to_date, validator=_validators.calendar_date())
    volume: Volume = field(validator=_validators.instance(Volume, _A_VOLUME))
    name: str | None = field(default=None, validator=_validators.optional_text)
    time: dt.time | None = field(
        default=None,
        converter=_validators.to_clock_time,
        validator=_validators.clock_time(optional=True),
    )

    def __str__(self) -> str:
        text = f"{self.volume} on {self.date.isoformat()}"
        return f"{self.name}: {text}" if self.name else text


def _check_fraction(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ProgrammeError(
            f"must be a fraction from 0 to 1, such as 0.1 for 10 % (got {value!r})",
            where=attribute.name,
            value=value,
        )


@frozen(kw_only=True)
class Activity:
    """
    A sport or cardio activity (run, walk, cycle, swim ...) done on a schedule.

    *kind* names the activity; anchors use it ("before each run" ties to the activity
    whose kind or id is ``run``).
    *timing* says on which days (named weekdays, N times a week, every other day) and
    at what time (default: the afternoon slot).
    Each session has a *volume* (the first week's), or is a walk/run *intervals* plan.
    The volume grows by *weekly_increase* a week (0 = stays the same), never more than
    *weekly_cap* (10 % by default) above the week before, and stops at *ceiling*.
    With a *target* (a race) or *long_run*, it is the long run of its load (see
    `Training`): it grows under its own cap toward the race, in proportion to the
    week's other running, and its training ends before race day.

    >>> run = Activity(kind="run", timing=Timing(weekdays=(1, 3, 6)), volume=Volume(3, "km"),
    ...                weekly_increase=0.1)
    >>> run.id, run.name, str(run.volume)
    ('run', 'Run', '3 km')

    .. versionadded:: 0.1
    """

    kind: str = field(validator=_validators.not_blank)
    timing: Timing = field(
        validator=_validators.instance(Timing, "a Timing such as Timing(weekdays=(1, 3, 5))")
    )
    volume: Volume | None = field(
        default=None, validator=_validators.instance(Volume, _A_VOLUME, optional=True)
    )
    intervals: Intervals | None = field(
        default=None,
        validator=_validators.instance(
            Intervals,
            "an Intervals such as Intervals(run=timedelta(minutes=1), "
            "walk=timedelta(minutes=2), repeats=8)",
            optional=True,
        ),
    )
    name: str = field(
        default=attrs.Factory(
            lambda self: self.kind.capitalize() if isinstance(self.kind, str) else "",
            takes_self=True,
        ),
        validator=_validators.not_blank,
    )
    id: str = field(
        default=attrs.Factory(lambda self: slug_of(self.name), takes_self=True),
        validator=_validators.not_blank,
    )
    weekly_increase: float = field(default=0.0, validator=_check_fraction)
    weekly_cap: float = field(default=0.1, validator=_check_fraction)
    ceiling: Volume | None = field(
        default=None, validator=_validators.instance(Volume, _A_VOLUME, optional=True)
    )
    target: Target | None = field(
        default=None,
        validator=_validators.instance(
            Target, "a Target such as Target(date=..., volume=Volume(42.2, 'km'))", optional=True
        ),
    )
    long_run: bool = field(default=False, validator=_validators.flag)
    pace: dt.timedelta | None = field(
        default=None, validator=_validators.positive_duration(dt.timedelta(hours=2), optional=True)
    )
    precautions: tuple[str, ...] = field(
        default=(), converter=text_tuple, validator=_validators.tuple_of(str, "a text")
    )
    notes: str | None = field(default=None, validator=_validators.optional_text)

    @notes.validator
    def _check(self, _attribute: attrs.Attribute[Any], _value: Any) -> None:
        if not isinstance(self.timing, Timing):
            raise ProgrammeError(f"must be a schedule of days, not {self.timing}", where="timing")
        if self.timing.anchor is not None:
            raise ProgrammeError("an activity cannot be anchored to another", where="timing")
        if (self.volume is None) == (self.intervals is None):
            raise ProgrammeError(
                "give either a volume (such as 3 km or 30 min) or walk/run intervals",
                where="volume",
            )
        if (
            self.ceiling is not None
            and self.volume is not None
            and self.ceiling.unit == self.volume.unit
            and self.ceiling.amount < self.volume.amount
        ):
            raise ProgrammeError(
                f"{self.ceiling} is below the starting volume {self.volume}", where="ceiling"
            )
        if self.weekly_increase > self.weekly_cap:
            raise ProgrammeError(
                f"grows {self.weekly_increase:.0%} a week, above its cap of "
                f"{self.weekly_cap:.0%}; lower it or raise weekly_cap",
                where="weekly_increase",
                value=self.weekly_increase,
            )
        for name in ("ceiling", "target"):
            other = getattr(self, name)
            if other is None:
                continue
            unit = other.unit if isinstance(other, Volume) else other.volume.unit
            if self.volume is None:
                raise ProgrammeError("needs a volume to grow from", where=name)
            if unit != self.volume.unit:
                raise ProgrammeError(
                    f"is in {unit} but the volume is in {self.volume.unit}; use one unit",
                    where=name,
                )

    @property
    def as_needed(self) -> bool:
        """Always False: activities are scheduled."""
        return False

    def session_length(self, volume: Volume | None) -> dt.timedelta:
        """
        How long one session takes: its time, or its distance at the activity's pace
        rounded up to five minutes.

        >>> Activity(kind="run", timing=Timing(), volume=Volume(5, "km")).session_length(
        ...     Volume(5, "km"))
        datetime.timedelta(seconds=1800)
        """
        if self.intervals is not None:
            return self.intervals.total
        assert volume is not None
        if volume.unit == "min":
            return dt.timedelta(minutes=volume.amount)
        # a distance's time is an estimate: the calendar blocks it in whole five minutes
        pace = self.pace or DEFAULT_PACE.get(self.kind, dt.timedelta(minutes=10))
        km = volume.amount * (_MILE_KM if volume.unit == "mi" else 1)
        minutes = km * pace.total_seconds() / 60
        five = 5
        return dt.timedelta(minutes=max(five, five * math.ceil(minutes / five - 1e-9)))

    def as_prescription(self, volume: Volume | None = None) -> Prescription:
        """
        The activity as a `Prescription`, so exporters that list prescriptions show it.

        Its id is the activity's id, its exercise the activity's name (category
        ``activity``), its dose one timed bout of the session's length and its notes
        the plan (`describe_plan`) before the activity's own notes.
        """
        length = self.session_length(volume or self.volume)
        notes = self.describe_plan() + (f". {self.notes}" if self.notes else "")
        return Prescription(
            exercise=Exercise(name=self.name, id=self.id, category="activity"),
            timing=self.timing,
            dose=Dose(1, duration=length),
            id=self.id,
            precautions=self.precautions,
            notes=notes,
        )

    def describe_plan(self) -> str:
        """
        Say the volume plan in words for a patient.

        >>> Activity(kind="run", timing=Timing(), volume=Volume(3, "km"), weekly_increase=0.1,
        ...          ceiling=Volume(8, "km")).describe_plan()
        'From 3 km a session, then 10% more each week, up to 8 km'

        The volume is where the plan starts: each session's own volume is in the schedule.
        """
        if self.intervals is not None:
            return str(self.intervals).capitalize()
        assert self.volume is not None
        text = f"{self.volume} a session"
        if self.target is not None or self.weekly_increase:
            text = f"From {text}"
        if self.target is not None:
            text += f", building toward {self.target}"
        elif self.weekly_increase:
            text += f", then {self.weekly_increase:.0%} more each week"
        if self.ceiling is not None:
            text += f", up to {self.ceiling}"
        return text
