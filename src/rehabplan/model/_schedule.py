"""Sessions, routines and the schedule: what expansion gives.

Part of `rehabplan.model`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar, Literal

import attrs
from attrs import field, frozen

from rehabplan.errors import ProgrammeError
from rehabplan.model import _validators
from rehabplan.model._activity import Activity, Volume
from rehabplan.model._dose import SLOT_NAMES, Dose
from rehabplan.model._prescription import Prescription
from rehabplan.model._programme import Appointment, Programme
from rehabplan.model._training import Race

__all__ = ["Routine", "Schedule", "ScheduledAppointment", "Session", "checked_session"]

# --------------------------------------------------------------------------- schedule


def _sessions(value: Iterable[Session]) -> tuple[Session, ...]:
    return _validators.to_tuple(value)  # type: ignore[no-any-return]


def _ends_after_start(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _validators.aware_datetime(instance, attribute, value)
    if value < instance.start:
        raise ProgrammeError(
            f"must not be before start {instance.start} (got {value})",
            where=attribute.name,
            value=value,
        )


_START = _validators.aware_datetime


def _appointments(value: Iterable[ScheduledAppointment]) -> tuple[ScheduledAppointment, ...]:
    return _validators.to_tuple(value)  # type: ignore[no-any-return]


def _races(value: Iterable[Race]) -> tuple[Race, ...]:
    return _validators.to_tuple(value)  # type: ignore[no-any-return]


# No weak-reference slot: a long schedule holds tens of thousands of sessions, and the
# slot is 8 of the about 100 bytes each costs.
@frozen(kw_only=True, weakref_slot=False)
class Session:
    """
    One prescription done once: aware *start* and *end* in the programme's zone.

    *slot* is the time-of-day label it was scheduled from ("morning", or "07:30", or
    "before run" for an anchored session); *dose* is the dose as progressed by that
    day. *phase* is the name of the phase the session belongs to (None before the
    first phase). An activity's session has *activity* and its planned *volume*;
    its *prescription* is `Activity.as_prescription`, so exporters list it.

    .. versionadded:: 0.1
    """

    #: What the item is, for exporters that take every dated item (`Schedule.items`).
    kind: ClassVar[Literal["session"]] = "session"

    start: dt.datetime = field(validator=_START)
    end: dt.datetime = field(validator=_ends_after_start)
    prescription: Prescription = field(
        validator=_validators.instance(Prescription, "a Prescription")
    )
    dose: Dose | None = field(validator=_validators.instance(Dose, "a Dose", optional=True))
    # Plain type checks: a session is made by expansion in bulk from checked values.
    slot: str = field(validator=_validators.instance(str, "a slot label such as 'morning'"))
    phase: str | None = field(
        default=None, validator=_validators.instance(str, "a phase name", optional=True)
    )
    activity: Activity | None = field(
        default=None, validator=_validators.instance(Activity, "an Activity", optional=True)
    )
    volume: Volume | None = field(
        default=None, validator=_validators.instance(Volume, "a Volume", optional=True)
    )

    @property
    def summary(self) -> str:
        """
        The calendar title of this session, such as ``Calf stretch · 3 × 30 s each side``.

        An activity session shows its volume or its intervals: ``Run · 3.3 km``.
        """
        amount = self.dose_text
        return f"{self.prescription.name} · {amount}" if amount else self.prescription.name

    @property
    def dose_text(self) -> str:
        """
        What is done, as every export prints it: the dose, or an activity's volume or intervals.

        >>> from rehabplan import examples, expand
        >>> expand(examples.achilles()).sessions[0].dose_text
        '3 × 15'

        .. versionadded:: 0.2
        """
        if self.activity is not None:
            if self.activity.intervals is not None:
                return str(self.activity.intervals)
            return str(self.volume)
        return "" if self.dose is None else self.dose.symbolic()

    @property
    def day(self) -> dt.date:
        """
        The local date of the session.

        >>> from rehabplan import examples, expand
        >>> expand(examples.achilles()).sessions[0].day
        datetime.date(2027, 3, 1)
        """
        return self.start.date()


_SET = object.__setattr__


def checked_session(
    start: dt.datetime,
    end: dt.datetime,
    prescription: Prescription,
    dose: Dose | None,
    slot: str,
    phase: str | None,
    /,
) -> Session:
    """
    A prescription's `Session` from values already checked, without checking them again.

    For expansion (`rehabplan.scheduling`) alone: it makes tens of thousands of sessions
    from one checked prescription, its dose and the zone's placed starts, and the field
    checks cost a third of its time. Anything else makes a `Session` the usual way, checked;
    so this is left out of `rehabplan.model.__all__`. Its arguments are `Session`'s
    first fields, by position, in their declared order.

    >>> from rehabplan import examples, expand
    >>> first = expand(examples.achilles()).sessions[0]
    >>> checked_session(
    ...     first.start, first.end, first.prescription, first.dose, first.slot, first.phase
    ... ) == first
    True
    """
    session: Session = object.__new__(Session)
    _SET(session, "start", start)
    _SET(session, "end", end)
    _SET(session, "prescription", prescription)
    _SET(session, "dose", dose)
    _SET(session, "slot", slot)
    _SET(session, "phase", phase)
    _SET(session, "activity", None)
    _SET(session, "volume", None)
    return session


@frozen(kw_only=True)
class ScheduledAppointment:
    """
    An appointment placed in the schedule: aware *start* and *end* in the programme's zone.

    A whole-day appointment (no time) runs from local midnight to the next midnight
    and is `all_day`.

    >>> import datetime as dt
    >>> from rehabplan import examples, expand
    >>> review = expand(examples.calf_runner()).appointments[1]
    >>> review.kind, review.summary, review.start.isoformat()
    ('appointment', 'Review', '2027-03-25T09:30:00+00:00')

    .. versionadded:: 0.2
    """

    #: What the item is, for exporters that take every dated item (`Schedule.items`).
    kind: ClassVar[Literal["appointment"]] = "appointment"

    start: dt.datetime = field(validator=_START)
    end: dt.datetime = field(validator=_ends_after_start)
    appointment: Appointment = field(validator=_validators.instance(Appointment, "an Appointment"))

    @property
    def summary(self) -> str:
        """The calendar title: the appointment's title."""
        return self.appointment.title

    @property
    def all_day(self) -> bool:
        """True for an appointment booked for a day with no time."""
        return self.appointment.time is None

    @property
    def day(self) -> dt.date:
        """The local date of the appointment."""
        return self.appointment.date


@frozen(kw_only=True)
class Routine:
    """
    Every session due at the same local time on the same day, done together.

    .. versionadded:: 0.1
    """

    start: dt.datetime = field(validator=_START)
    end: dt.datetime = field(validator=_ends_after_start)
    sessions: tuple[Session, ...] = field(
        converter=_sessions, validator=_validators.tuple_of(Session, "a Session")
    )

    @sessions.validator
    def _check_sessions(self, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        if not value:
            raise ProgrammeError("must hold at least one session", where=attribute.name)

    @property
    def slot(self) -> str:
        """The slot label of the routine (that of its first session)."""
        return self.sessions[0].slot

    @property
    def summary(self) -> str:
        """
        ``Calf stretch · 3 × 30 s`` for one session, ``Morning routine · 4 exercises`` for more.

        A routine tied to an activity says so in words: ``Before your run · 2 exercises``.
        """
        if len(self.sessions) == 1:
            return self.sessions[0].summary
        return f"{_routine_title(self.slot)} · {len(self.sessions)} exercises"


def _routine_title(slot: str) -> str:
    """
    A routine's title for people, from its slot label.

    >>> [_routine_title(s) for s in ("morning", "before run", "after ride", "07:30")]
    ['Morning routine', 'Before your run', 'After your ride', '07:30 routine']
    """
    if slot in SLOT_NAMES:
        return f"{slot.capitalize()} routine"
    relation, _, event = slot.partition(" ")
    if relation in ("before", "after") and event:
        return f"{relation.capitalize()} your {event}"
    return f"{slot} routine"


@frozen(kw_only=True)
class Schedule:
    """
    Everything dated in a programme between two dates (inclusive), in time order.

    *sessions* are the exercise and activity sessions, *appointments* the appointments
    in the window; `items` is all of them in one time line, each with its ``kind``.

    *races* are the races its activities build to, in the same dates; *warnings*
    say, once each, what the plan could not do as asked (a race whose distance the
    caps do not reach by its date), for every export to show.

    .. versionadded:: 0.1
    """

    programme: Programme = field(validator=_validators.instance(Programme, "a Programme"))
    start: dt.date = field(validator=_validators.calendar_date())
    until: dt.date = field(validator=_validators.calendar_date())
    sessions: tuple[Session, ...] = field(
        converter=_sessions, validator=_validators.tuple_of(Session, "a Session")
    )
    appointments: tuple[ScheduledAppointment, ...] = field(
        default=(),
        converter=_appointments,
        validator=_validators.tuple_of(ScheduledAppointment, "a ScheduledAppointment"),
    )
    races: tuple[Race, ...] = field(
        default=(), converter=_races, validator=_validators.tuple_of(Race, "a Race")
    )
    warnings: tuple[str, ...] = field(
        default=(), converter=_validators.to_texts, validator=_validators.tuple_of(str, "a text")
    )

    @property
    def items(self) -> tuple[Session | ScheduledAppointment | Race, ...]:
        """
        Every dated item, sessions, appointments and races alike, in time order.

        Items that start together keep the order sessions, appointments, races.

        >>> from rehabplan import examples, expand
        >>> sorted({item.kind for item in expand(examples.sciatic_runner()).items})
        ['appointment', 'race', 'session']

        .. versionadded:: 0.2
        """
        every: list[Session | ScheduledAppointment | Race] = [
            *self.sessions,
            *self.appointments,
            *self.races,
        ]
        return tuple(sorted(every, key=lambda item: item.start))

    def __iter__(self) -> Iterator[Session]:
        return iter(self.sessions)

    def __len__(self) -> int:
        return len(self.sessions)

    def on(self, day: dt.date) -> tuple[Session, ...]:
        """
        The sessions on one local date.

        >>> import datetime as dt
        >>> from rehabplan import examples, expand
        >>> [s.slot for s in expand(examples.achilles()).on(dt.date(2027, 3, 2))]
        ['morning', 'evening']
        """
        return tuple(s for s in self.sessions if s.day == day)

    def week(self, day: dt.date) -> tuple[Session, ...]:
        """
        The sessions of the Monday-to-Sunday week that holds *day*.

        >>> import datetime as dt
        >>> from rehabplan import examples, expand
        >>> len(expand(examples.achilles()).week(dt.date(2027, 3, 10)))
        14
        """
        monday = day - dt.timedelta(days=day.weekday())
        return self.between(monday, monday + dt.timedelta(days=6))

    def between(self, start: dt.date, until: dt.date) -> tuple[Session, ...]:
        """
        The sessions from *start* to *until*, both local dates included.

        >>> import datetime as dt
        >>> from rehabplan import examples, expand
        >>> len(expand(examples.achilles()).between(dt.date(2027, 3, 1), dt.date(2027, 3, 3)))
        6
        """
        return tuple(s for s in self.sessions if start <= s.day <= until)

    def of(self, prescription_id: str) -> tuple[Session, ...]:
        """
        The sessions of one prescription, by its id.

        >>> from rehabplan import examples, expand
        >>> len(expand(examples.home_exercises()).of("glute-bridge"))
        14
        """
        return tuple(s for s in self.sessions if s.prescription.id == prescription_id)

    def routines(self) -> tuple[Routine, ...]:
        """
        The sessions grouped by (local date, local start time): what is done together.

        A routine lasts as long as its sessions one after the other.

        >>> from rehabplan import examples, expand
        >>> first = expand(examples.home_exercises()).routines()[0]
        >>> first.summary, first.end - first.start
        ('Morning routine · 5 exercises', datetime.timedelta(seconds=1500))
        """
        groups: dict[dt.datetime, list[Session]] = {}
        for s in self.sessions:
            groups.setdefault(s.start, []).append(s)
        return tuple(
            Routine(
                start=start,
                end=start + sum((s.end - s.start for s in sessions), dt.timedelta(0)),
                sessions=tuple(sessions),
            )
            for start, sessions in groups.items()
        )

    @property
    def as_needed(self) -> tuple[Prescription, ...]:
        """
        The as-needed prescriptions (phases' ones too): listed on the sheet, not scheduled.

        >>> from rehabplan import examples, expand
        >>> [p.id for p in expand(examples.home_exercises()).as_needed]
        ['calf-massage']
        """
        found: dict[str, Prescription] = {}
        every = (
            *self.programme.prescriptions,
            *(p for ph in self.programme.phases for p in ph.prescriptions),
        )
        for p in every:
            if p.as_needed:
                found.setdefault(p.id, p)
        return tuple(found.values())
