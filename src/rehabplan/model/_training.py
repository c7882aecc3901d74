"""How running load builds up across activities, toward a race.

Part of `rehabplan.model`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from attrs import field, frozen

from rehabplan.errors import ProgrammeError
from rehabplan.model import _validators
from rehabplan.model._activity import Activity, Volume
from rehabplan.model._prescription import text_tuple

_A_VOLUME = "a Volume such as Volume(32, 'km')"

__all__ = ["Race", "Training"]


def _fraction(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ProgrammeError(
            f"must be a fraction from 0 to 1, such as 0.1 for 10 % (got {value!r})",
            where=f"training.{attribute.name}",
            value=value,
        )


@frozen(kw_only=True)
class Training:
    """
    How a programme's activities build up week on week, and how they taper to a race.

    Activities whose *kind* is in *shared* (by default every run) count as one load:
    their weekly total never rises more than *weekly_cap* above the week before
    (weeks are seven-day blocks from the load's first session), including the week an
    activity or a phase starts. Every other kind (walking, cycling) counts on its own,
    under the same cap.

    The long run (an activity with a target, or ``long_run``) is at most
    *long_run_share* of a week that has other running, grows under its own
    ``weekly_cap``, and never goes past *longest_run*: coaches quote 25-35 % of the
    week in general training and Daniels 25-30 % or 150 minutes, while recreational
    marathon plans allow up to about half in the peak weeks; the longest run of a
    marathon plan is usually 30-35 km.
    With *step_back* (None: on for plans longer than 8 weeks) every fourth week is cut
    by *step_back_cut*. Before a race the last two weeks are cut by *taper*
    (40-60 % is the range of Bosquet et al. 2007, Med Sci Sports Exerc 39:1358)
    and the longest run is at least three weeks out.

    >>> Training().weekly_cap, Training().shared, str(Training().longest_run)
    (0.1, ('run',), '32 km')

    .. versionadded:: 0.2
    """

    shared: tuple[str, ...] = field(
        default=("run",), converter=text_tuple, validator=_validators.tuple_of(str, "'run'")
    )
    weekly_cap: float = field(default=0.1, validator=_fraction)
    long_run_share: float = field(default=0.5, validator=_fraction)
    longest_run: Volume = field(
        factory=lambda: Volume(32, "km"), validator=_validators.instance(Volume, _A_VOLUME)
    )
    step_back: bool | None = field(
        default=None, validator=_validators.instance(bool, "True or False", optional=True)
    )
    step_back_cut: float = field(default=0.1, validator=_fraction)
    taper: float = field(default=0.5, validator=_fraction)


@frozen(kw_only=True)
class Race:
    """
    A race the plan builds to: *name*, aware *start* and *end*, and its *distance*.

    It is an item of its own kind in the schedule (``kind == "race"``), made from an
    activity's `Target`; *activity* is that activity.

    >>> from rehabplan.model import Target, Timing
    >>> run = Activity(kind="run", timing=Timing(weekdays=(6,)), volume=Volume(5),
    ...                target=Target(name="Marathon", date=dt.date(2027, 4, 11),
    ...                              volume=Volume(42.2)))
    >>> start = dt.datetime(2027, 4, 11, 9, tzinfo=dt.timezone.utc)
    >>> race = Race(name="Marathon", start=start, end=start + dt.timedelta(hours=5),
    ...             distance=Volume(42.2), activity=run)
    >>> race.kind, race.summary, race.day
    ('race', 'Marathon · 42.2 km', datetime.date(2027, 4, 11))
    """

    name: str = field(validator=_validators.not_blank)
    start: dt.datetime = field(validator=_validators.aware_datetime)
    end: dt.datetime = field(validator=_validators.aware_datetime)
    distance: Volume = field(validator=_validators.instance(Volume, _A_VOLUME))
    activity: Activity = field(validator=_validators.instance(Activity, "an Activity"))

    @property
    def kind(self) -> str:
        """Always ``"race"``: the kind of schedule item this is."""
        return "race"

    @property
    def summary(self) -> str:
        """The calendar title: the race's name and distance."""
        return f"{self.name} · {self.distance}"

    @property
    def day(self) -> dt.date:
        """The local date of the race."""
        return self.start.date()
