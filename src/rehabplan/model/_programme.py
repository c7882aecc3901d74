"""Appointments, phases and the programme.

Part of `rehabplan.model`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from typing import Any, cast

import attrs
from attrs import field, frozen

from rehabplan.errors import ProgrammeError
from rehabplan.model import _validators
from rehabplan.model._activity import Activity
from rehabplan.model._dose import MAX_BOUT
from rehabplan.model._prescription import (
    Prescription,
    prescription_tuple,
    slug_of,
    text_tuple,
)
from rehabplan.model._rules import STOP_RULES, StopRule, stop_rule_tuple
from rehabplan.model._settings import (
    DEFAULT_WEEKLY_DAYS,
    SlotTimes,
    check_items,
    check_timezone,
    did_you_mean,
    weekly_days,
)
from rehabplan.model._training import Training
from rehabplan.model._wallclock import localize

__all__ = ["Appointment", "Phase", "PhaseSpan", "Programme"]


def _activities(value: Iterable[Activity]) -> tuple[Activity, ...]:
    return _validators.to_tuple(value)  # type: ignore[no-any-return]


def _appointments(value: Iterable[Appointment]) -> tuple[Appointment, ...]:
    return _validators.to_tuple(value)  # type: ignore[no-any-return]


def _phases(value: Iterable[Phase]) -> tuple[Phase, ...]:
    return _validators.to_tuple(value)  # type: ignore[no-any-return]


_TEXTS = _validators.tuple_of(str, "a text")
_PRESCRIPTIONS = _validators.tuple_of(Prescription, "a Prescription")
_ACTIVITIES = _validators.tuple_of(Activity, "an Activity")
_DATE = _validators.calendar_date()
_OPTIONAL_DATE = _validators.calendar_date(optional=True)


# --------------------------------------------------------------------------- appointments


@frozen(kw_only=True)
class Appointment:
    """
    A review or follow-up: *title* on *date* at *time* (None: a whole-day item).

    Relative dates ("in 3 days", "next Tuesday") are resolved before an appointment is
    made, with `rehabplan.resolve_date` against the visit date.

    >>> review = Appointment(title="Review", date=dt.date(2027, 3, 25), time=dt.time(9, 30),
    ...                      clinician="J. Physio", location="Riverside clinic")
    >>> review.id
    'review'
    >>> review.start_in(zoneinfo.ZoneInfo("Europe/London")).isoformat()
    '2027-03-25T09:30:00+00:00'

    .. versionadded:: 0.1
    """

    title: str = field(validator=_validators.not_blank)
    date: dt.date = field(converter=_validators.to_date, validator=_DATE)
    time: dt.time | None = field(
        default=None,
        converter=_validators.to_clock_time,
        validator=_validators.clock_time(optional=True),
    )
    duration: dt.timedelta = field(
        default=dt.timedelta(minutes=30), validator=_validators.positive_duration(MAX_BOUT)
    )
    clinician: str | None = field(default=None, validator=_validators.optional_text)
    location: str | None = field(default=None, validator=_validators.optional_text)
    notes: str | None = field(default=None, validator=_validators.optional_text)
    id: str = field(
        default=attrs.Factory(lambda self: slug_of(self.title), takes_self=True),
        validator=_validators.not_blank,
    )

    @property
    def start(self) -> dt.datetime | dt.date:
        """
        The local wall-clock start (naive), or the date of a whole-day item.

        Use `start_in` for the aware start in the programme's zone.

        >>> Appointment(title="Review", date=dt.date(2027, 3, 25), time=dt.time(9, 30)).start
        datetime.datetime(2027, 3, 25, 9, 30)
        """
        if self.time is None:
            return self.date
        return dt.datetime.combine(self.date, self.time)

    def start_in(self, tz: zoneinfo.ZoneInfo) -> dt.datetime | None:
        """The aware start in *tz* (DESIGN.md's gap and fold rule), or None for a whole day."""
        if self.time is None:
            return None
        return localize(self.date, self.time, tz)

    def end_in(self, tz: zoneinfo.ZoneInfo) -> dt.datetime | None:
        """The aware end in *tz*, or None for a whole day."""
        start = self.start_in(tz)
        return None if start is None else start + self.duration


# --------------------------------------------------------------------------- phases


@frozen(kw_only=True)
class Phase:
    """
    A stage of a programme, from its start until the next phase starts.

    It starts on a *start* date, *after_weeks* weeks after the programme's start, or
    *at* an appointment (its id) — exactly one of the three.
    From then on its *prescriptions* and *activities* are added, or replace the ones
    with the same id, and the ids in *drop* stop.
    Phases do not overlap: a phase ends the day before the next one starts (or on
    its *until*). A phase with *overlap* set may start while the one before still
    runs, up to that phase's *until*; on the shared days an item in both phases is
    done once, as the later phase has it.
    *criteria* say what must be true before the patient moves on to this phase
    ("you can do 3 x 15 heel raises without pain"); the sheet prints them as "move on
    when ...". The phase still starts on its date: tie it to a review appointment
    (*at*) to let the clinician check them.
    With *if_cleared* (only for a phase *at* an appointment) the phase starts there
    only if the clinician clears it; the sheet says so.

    >>> Phase(name="Loading", after_weeks=2, drop=("calf-stretch",)).id
    'loading'
    >>> Phase(name="Loading", at="review", criteria="heel raises are pain-free").criteria
    ('heel raises are pain-free',)

    .. versionadded:: 0.1
    """

    name: str = field(validator=_validators.not_blank)
    start: dt.date | None = field(
        default=None, converter=_validators.to_date, validator=_OPTIONAL_DATE
    )
    after_weeks: int | None = field(
        default=None, validator=_validators.between(0, 520, optional=True)
    )
    at: str | None = field(default=None, validator=_validators.optional_text)
    until: dt.date | None = field(
        default=None, converter=_validators.to_date, validator=_OPTIONAL_DATE
    )
    prescriptions: tuple[Prescription, ...] = field(
        default=(), converter=prescription_tuple, validator=_PRESCRIPTIONS
    )
    activities: tuple[Activity, ...] = field(
        default=(), converter=_activities, validator=_ACTIVITIES
    )
    drop: tuple[str, ...] = field(default=(), converter=text_tuple, validator=_TEXTS)
    overlap: bool = field(default=False, validator=_validators.flag)
    notes: str | None = field(default=None, validator=_validators.optional_text)
    criteria: tuple[str, ...] = field(default=(), converter=text_tuple, validator=_TEXTS)
    id: str = field(
        default=attrs.Factory(lambda self: slug_of(self.name), takes_self=True),
        validator=_validators.not_blank,
    )
    if_cleared: bool = field(default=False, validator=_validators.flag)

    @id.validator
    def _check(self, _attribute: attrs.Attribute[Any], _value: Any) -> None:
        given = [n for n in ("start", "after_weeks", "at") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ProgrammeError(
                "give exactly one of start (a date), after_weeks or at (an appointment id)"
                + (f"; got {' and '.join(given)}" if given else ""),
                where="start",
            )
        if self.if_cleared and self.at is None:
            raise ProgrammeError(
                "a phase that starts only if cleared must start at an appointment: give at",
                where="if_cleared",
            )
        if self.start is not None and self.until is not None and self.until < self.start:
            raise ProgrammeError(
                f"must not be before start {self.start} (got {self.until})", where="until"
            )


@frozen(kw_only=True)
class PhaseSpan:
    """
    When a phase runs: its first day and its last (None when open-ended).

    .. versionadded:: 0.1
    """

    phase: Phase = field(validator=_validators.instance(Phase, "a Phase"))
    start: dt.date = field(validator=_DATE)
    until: dt.date | None = field(validator=_OPTIONAL_DATE)


@frozen(kw_only=True)
class Programme:
    """
    A home-exercise programme: prescriptions with a start date, a time zone and settings.

    *until* ends every open-ended prescription; *slot_times* gives the clock time of
    each named time of day; *weekly_days* the fixed weekdays of "N times a week";
    *week_start* the weekday a week begins on for the sheet's weekly charts (0 is
    Monday, the default; 6 is Sunday, for clinics whose week starts then).
    *activities* are scheduled like prescriptions; *appointments* are reviews a
    phase may start at; *phases* change the prescriptions and activities from their
    start on (`phase_spans` says when each runs); *stop_rules* and *precautions*
    apply to the whole programme; *advice* is what the patient does besides the
    exercises (tape, posture), printed as notes on the sheet and in the calendar.

    >>> p = Programme(title="Achilles loading", start=dt.date(2027, 3, 1),
    ...               timezone="Europe/London")
    >>> p.id, p.tz.key
    ('achilles-loading', 'Europe/London')

    .. versionadded:: 0.1
    """

    title: str = field(validator=_validators.not_blank)
    start: dt.date = field(converter=_validators.to_date, validator=_DATE)
    timezone: str = field(validator=check_timezone)
    prescriptions: tuple[Prescription, ...] = field(
        default=(), converter=prescription_tuple, validator=_PRESCRIPTIONS
    )
    id: str = field(
        default=attrs.Factory(lambda self: slug_of(self.title), takes_self=True),
        validator=_validators.not_blank,
    )
    until: dt.date | None = field(
        default=None, converter=_validators.to_date, validator=_OPTIONAL_DATE
    )
    slot_times: SlotTimes = field(
        default=SlotTimes(),
        validator=_validators.instance(SlotTimes, "a SlotTimes such as SlotTimes(morning='07:00')"),
    )
    weekly_days: tuple[tuple[int, ...], ...] = field(
        default=DEFAULT_WEEKLY_DAYS, converter=weekly_days
    )
    week_start: int = field(default=0, validator=_validators.between(0, 6))
    precautions: tuple[str, ...] = field(default=(), converter=text_tuple, validator=_TEXTS)
    patient: str | None = field(default=None, validator=_validators.optional_text)
    clinician: str | None = field(default=None, validator=_validators.optional_text)
    contact: str | None = field(default=None, validator=_validators.optional_text)
    activities: tuple[Activity, ...] = field(
        default=(), converter=_activities, validator=_ACTIVITIES
    )
    appointments: tuple[Appointment, ...] = field(
        default=(),
        converter=_appointments,
        validator=_validators.tuple_of(Appointment, "an Appointment"),
    )
    phases: tuple[Phase, ...] = field(
        default=(), converter=_phases, validator=_validators.tuple_of(Phase, "a Phase")
    )
    stop_rules: tuple[StopRule, ...] = field(
        default=(), converter=stop_rule_tuple, validator=STOP_RULES
    )
    advice: tuple[str, ...] = field(default=(), converter=text_tuple, validator=_TEXTS)
    training: Training = field(
        factory=Training,
        validator=_validators.instance(Training, "a Training such as Training(weekly_cap=0.1)"),
    )

    @phases.validator
    def _check_phases(self, _attribute: attrs.Attribute[Any], value: tuple[Phase, ...]) -> None:
        seen_appointments: set[str] = set()
        for index, appointment in enumerate(self.appointments):
            if appointment.id in seen_appointments:
                raise ProgrammeError(
                    f"id {appointment.id!r} is used twice; give each appointment its own id",
                    where=f"appointments[{index}].id",
                )
            seen_appointments.add(appointment.id)
        check_items(self.prescriptions, self.activities, "")
        current = {p.id for p in self.prescriptions} | {a.id for a in self.activities}
        seen_phases: set[str] = set()
        for index, phase in enumerate(value):
            where = f"phases[{index}]"
            if phase.id in seen_phases:
                raise ProgrammeError(
                    f"id {phase.id!r} is used twice; give each phase its own id",
                    where=f"{where}.id",
                )
            seen_phases.add(phase.id)
            if phase.at is not None and phase.at not in seen_appointments:
                raise ProgrammeError(
                    f"no appointment has id {phase.at!r}"
                    + did_you_mean(phase.at, sorted(seen_appointments)),
                    where=f"{where}.at",
                    value=phase.at,
                )
            for j, gone in enumerate(phase.drop):
                if gone not in current:
                    raise ProgrammeError(
                        f"nothing with id {gone!r} runs before this phase"
                        + did_you_mean(gone, sorted(current)),
                        where=f"{where}.drop[{j}]",
                        value=gone,
                    )
            check_items(phase.prescriptions, phase.activities, where + ".")
            current = (
                (current - set(phase.drop))
                | {p.id for p in phase.prescriptions}
                | {a.id for a in phase.activities}
            )
        spans = self.phase_spans()
        for index, span in enumerate(spans):
            if span.start < self.start:
                raise ProgrammeError(
                    f"starts on {span.start}, before the programme's start {self.start}",
                    where=f"phases[{index}]",
                )
            if index and span.start <= spans[index - 1].start:
                raise ProgrammeError(
                    f"starts on {span.start}, not after phases[{index - 1}] "
                    f"({spans[index - 1].start}); list phases in time order",
                    where=f"phases[{index}]",
                )
            after = spans[index + 1] if index + 1 < len(spans) else None
            if (
                after is not None
                and span.phase.until is not None
                and span.phase.until >= after.start
                and not after.phase.overlap
            ):
                raise ProgrammeError(
                    f"runs until {span.phase.until}, past the start of phases[{index + 1}] "
                    f"on {after.start}; end it by {after.start - dt.timedelta(days=1)} or "
                    f"set overlap = true on phases[{index + 1}]",
                    where=f"phases[{index}].until",
                )

    def phase_start(self, phase: Phase) -> dt.date:
        """The first day of *phase*: its date, N weeks after the start, or its appointment's day."""
        if phase.start is not None:
            return phase.start
        if phase.after_weeks is not None:
            return self.start + dt.timedelta(weeks=phase.after_weeks)
        return self.appointment(cast(str, phase.at)).date

    def phase_spans(self) -> tuple[PhaseSpan, ...]:
        """
        When each phase runs, in order.

        A phase runs from its start to the day before the next phase starts (or to
        its own *until* when that is earlier, or when the next phase overlaps it); the
        last runs to its *until* or the programme's.

        >>> p = Programme(title="Two phases", start=dt.date(2027, 3, 1), timezone="UTC",
        ...               phases=[Phase(name="Early", start=dt.date(2027, 3, 1)),
        ...                       Phase(name="Loading", after_weeks=2)])
        >>> [(s.phase.name, str(s.start), str(s.until)) for s in p.phase_spans()]
        [('Early', '2027-03-01', '2027-03-14'), ('Loading', '2027-03-15', 'None')]
        """
        starts = [self.phase_start(phase) for phase in self.phases]
        spans = []
        for index, phase in enumerate(self.phases):
            end: dt.date | None = self.until
            if index + 1 < len(self.phases):
                end = starts[index + 1] - dt.timedelta(days=1)
                if self.phases[index + 1].overlap and phase.until is not None:
                    end = phase.until
            if phase.until is not None and (end is None or phase.until < end):
                end = phase.until
            spans.append(PhaseSpan(phase=phase, start=starts[index], until=end))
        return tuple(spans)

    def appointment(self, appointment_id: str) -> Appointment:
        """The appointment with this id; `KeyError` when there is none."""
        for a in self.appointments:
            if a.id == appointment_id:
                return a
        raise KeyError(appointment_id)

    @prescriptions.validator
    def _check_ids(self, _attribute: attrs.Attribute[Any], value: tuple[Prescription, ...]) -> None:
        seen: dict[str, int] = {}
        for index, prescription in enumerate(value):
            if not isinstance(prescription, Prescription):
                raise ProgrammeError(
                    f"must be a Prescription (got {type(prescription).__name__})",
                    where=f"prescriptions[{index}]",
                )
            if prescription.id in seen:
                raise ProgrammeError(
                    f"id {prescription.id!r} is already used by "
                    f"prescriptions[{seen[prescription.id]}]; give one of them its own id",
                    where=f"prescriptions[{index}].id",
                    value=prescription.id,
                )
            seen[prescription.id] = index
        # until's own check runs after this one: compare only a real date.
        if type(self.until) is dt.date and self.until < self.start:
            raise ProgrammeError(
                f"must not be before start {self.start} (got {self.until})",
                where="until",
                value=self.until,
            )

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        """The programme's time zone."""
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def is_empty(self) -> bool:
        """
        True when there is nothing to schedule: no prescription, activity or appointment.

        Phases count with what they add. The command line and batches refuse such a
        programme rather than write an empty calendar or sheet.

        >>> Programme(title="Empty", start=dt.date(2027, 3, 1), timezone="UTC").is_empty
        True
        """
        return not (
            self.prescriptions
            or self.activities
            or self.appointments
            or any(ph.prescriptions or ph.activities for ph in self.phases)
        )

    def activity(self, activity_id: str) -> Activity:
        """The activity with this id (in any phase); `KeyError` when there is none."""
        for a in (*self.activities, *(a for ph in self.phases for a in ph.activities)):
            if a.id == activity_id:
                return a
        raise KeyError(activity_id)

    def prescription(self, prescription_id: str) -> Prescription:
        """The prescription with this id; `KeyError` when there is none."""
        for p in self.prescriptions:
            if p.id == prescription_id:
                return p
        raise KeyError(prescription_id)
