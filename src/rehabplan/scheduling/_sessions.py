"""
The sessions of one entry (an item over one stretch of days): a prescription's on the
dates of its recurrence, an activity's with its planned volumes, and an anchored
prescription's just before or after the activity's sessions; and the programme's
appointments, placed in its zone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

import attrs

from rehabplan.errors import ScheduleError
from rehabplan.model import (
    MAX_BOUT,
    Activity,
    Prescription,
    Programme,
    Race,
    ScheduledAppointment,
    Session,
    Timing,
    Volume,
    checked_session,
    format_duration,
    localize,
)
from rehabplan.scheduling._entries import Entry, daily_anchor
from rehabplan.scheduling._load import LoadPlan, PlannedActivity
from rehabplan.scheduling._recurrence import Recurrence, slot_times

__all__ = [
    "Ends",
    "Starts",
    "activity_sessions",
    "anchored_sessions",
    "entry_days",
    "place_appointments",
    "place_fixed",
    "place_races",
    "planned_activity",
    "prescription_sessions",
    "stack",
    "start_of",
]

#: Aware start times by clock time, then local date, shared by every item of one
#: expansion: most items meet at the same slot times on the same days, and placing a
#: wall-clock time in the zone is the costly step. Keyed in two steps, not by
#: (date, time) pairs, so a long expansion makes no key object per session.
Starts = dict[dt.time, dict[dt.date, dt.datetime]]

#: Aware ends by clock time and length, then local date, shared like `Starts`: the
#: exercises of a routine start together and mostly last as long, so they share one
#: end rather than each holding its own (its two datetimes are half a session's memory).
Ends = dict[tuple[dt.time, dt.timedelta], dict[dt.date, dt.datetime]]


def start_of(starts: Starts, day: dt.date, clock: dt.time, tz: dt.tzinfo) -> dt.datetime | None:
    """
    The aware start of a slot on a day (cached), or None when the zone skipped the whole
    day (Samoa's 30 December 2011): the gap rule would move it onto the next day's slot.
    """
    on_day = starts.setdefault(clock, {})
    start = on_day.get(day)
    if start is None:
        start = localize(day, clock, tz)  # type: ignore[arg-type]
        if start.date() != day and localize(day, dt.time(12), tz).date() != day:  # type: ignore[arg-type]
            return None
        on_day[day] = start
    return start


def entry_days(
    entry: Entry, programme: Programme, first: dt.date, last: dt.date
) -> Recurrence | None:
    """The recurrence of an entry's dates from *first* to *last*; None when it has none there."""
    timing = entry.item.timing
    assert isinstance(timing, Timing)
    if timing.anchor is not None and isinstance(entry.item, Prescription):
        timing = daily_anchor(timing)
    return Recurrence.of(timing, programme, entry.origin, first, last)


_NO_DOSE = object()


def prescription_sessions(
    entry: Entry, programme: Programme, dates: Iterable[dt.date], starts: Starts, ends: Ends
) -> Iterator[Session]:
    """The sessions of a prescription on *dates*, each with its dose as progressed by then."""
    prescription = entry.item
    assert isinstance(prescription, Prescription)
    timing = prescription.timing
    assert isinstance(timing, Timing)
    if timing.anchor is not None:
        timing = daily_anchor(timing)
    day_slots = slot_times(timing, programme.slot_times)
    tz = programme.tz
    last_dose: object = _NO_DOSE
    length = dt.timedelta(minutes=10)
    slots: list[tuple[str, dt.time, dict[dt.date, dt.datetime], dict[dt.date, dt.datetime]]] = []
    single = len(day_slots) == 1
    steady = prescription.progression is None  # one dose throughout
    dose = prescription.dose
    phase = entry.phase
    for day in dates:
        if not steady:
            dose = prescription.dose_on(day, entry.origin)
        if dose is not last_dose:  # the same dose object until a progression steps
            last_dose = dose
            length = dose.estimated_duration() if dose is not None else dt.timedelta(minutes=10)
            slots = [
                (label, clock, starts.setdefault(clock, {}), ends.setdefault((clock, length), {}))
                for label, clock in day_slots
            ]
        seen: set[dt.datetime] = set()
        for label, clock, on_day, ends_on_day in slots:
            start = on_day.get(day) or start_of(starts, day, clock, tz)
            if start is None:  # a day the zone skipped
                continue
            if not single:  # two slot times that met in a DST gap are one session
                if start in seen:
                    continue
                seen.add(start)
            end = ends_on_day.get(day)
            if end is None:
                end = ends_on_day[day] = start + length
            yield checked_session(start, end, prescription, dose, label, phase)


def _activity_slots(activity: Activity, programme: Programme) -> list[tuple[str, dt.time]]:
    timing = activity.timing
    if timing.times_of_day or timing.times_per_day is not None or timing.every_hours is not None:
        return slot_times(timing, programme.slot_times)
    return [("afternoon", programme.slot_times.afternoon)]


def planned_activity(
    entry: Entry, programme: Programme, plan_until: dt.date, limit: int
) -> PlannedActivity:
    """
    The days an activity runs over its whole stretch (to its end, else *plan_until*),
    for the load plan: a week's volume depends on the weeks before, not only the window.
    """
    activity = entry.item
    assert isinstance(activity, Activity)
    plan_end = plan_until if entry.last is None else entry.last
    planned = Recurrence.of(activity.timing, programme, entry.origin, entry.first, plan_end)
    # The plan may lie far past the window (every hour until 9999): a plan of more
    # days than the session limit is refused up front rather than listed.
    if planned is not None and len(planned) > limit:
        raise ScheduleError(
            f"{activity.name!r} is planned over more than {limit} days (to {plan_end}); "
            "end it or its target earlier, or raise the limit",
            where=entry.where,
        )
    days = tuple(planned.dates()) if planned is not None else ()
    return PlannedActivity(activity=activity, origin=entry.origin, days=days, where=entry.where)


def activity_sessions(
    entry: Entry,
    number: int,
    load: LoadPlan,
    programme: Programme,
    days: Recurrence | None,
    starts: Starts,
) -> Iterator[Session]:
    """
    The sessions of an activity on *days*, each with the volume *load* planned for it.

    *number* is the activity's place among the load's planned activities; a day the
    load leaves out (race day, or no room under the cap) has no session.
    """
    activity = entry.item
    assert isinstance(activity, Activity)
    if days is None:
        return
    tz = programme.tz
    for day in days:
        volume: Volume | None = load.volumes.get((number, day))
        if volume is None and (number, day) not in load.kept:
            continue  # race day, or no room under the cap
        length = activity.session_length(volume)
        if length > MAX_BOUT:
            raise ScheduleError(
                f"{activity.name!r} grows to {volume} on {day}, a session of "
                f"{format_duration(length)}, longer than one session may last "
                f"({format_duration(MAX_BOUT)}); give it a lower ceiling or weekly increase",
                where=entry.where,
            )
        prescription = activity.as_prescription(volume)
        seen: set[dt.datetime] = set()
        for label, clock in _activity_slots(activity, programme):
            start = start_of(starts, day, clock, tz)
            if start is None or start in seen:  # a skipped day; two slots met in a gap
                continue
            seen.add(start)
            yield Session(
                start=start,
                end=start + length,
                prescription=prescription,
                dose=prescription.dose,
                slot=label,
                phase=entry.phase,
                activity=activity,
                volume=volume,
            )


def anchored_sessions(
    entry: Entry, activity_sessions: Sequence[Session], first: dt.date, last: dt.date
) -> Iterator[tuple[Session, Session]]:
    """
    Sessions of an anchored prescription, each with the activity session it is tied to.

    A session before the activity ends as it starts, one after starts as it ends;
    `stack` then lines up the sessions tied to one activity session into a routine.
    """
    prescription = entry.item
    assert isinstance(prescription, Prescription)
    timing = prescription.timing
    assert isinstance(timing, Timing)
    assert timing.anchor is not None
    relation = timing.anchor.relation
    for other in activity_sessions:
        if not first <= other.day <= last:
            continue
        dose = prescription.dose_on(other.day, entry.origin)
        length = dose.estimated_duration() if dose is not None else dt.timedelta(minutes=10)
        if relation in ("before", "before and after", "when"):
            yield (
                other,
                Session(
                    start=other.start - length,
                    end=other.start,
                    prescription=prescription,
                    dose=dose,
                    slot=f"before {other.prescription.name.lower()}",
                    phase=entry.phase,
                ),
            )
        if relation in ("after", "before and after"):
            yield (
                other,
                Session(
                    start=other.end,
                    end=other.end + length,
                    prescription=prescription,
                    dose=dose,
                    slot=f"after {other.prescription.name.lower()}",
                    phase=entry.phase,
                ),
            )


def stack(
    anchored: Sequence[tuple[int, Session, Session]],
) -> Iterator[tuple[int, Session, Session]]:
    """
    The sessions tied to each activity session, as one routine on each side of it,
    each with the activity session it is tied to.

    Everything due before a run is one routine that starts early enough to end, every
    exercise counted, as the run starts; everything after it starts as the run ends
    (and, when the run's routine holds more, `settle` moves it on to that routine's end).
    A routine's sessions share its start, as the sessions of any slot do.
    """
    # Activity sessions that start together are one routine: what is due before any
    # of them is one routine before it.
    before: dict[dt.datetime, dt.timedelta] = {}
    for _, other, session in anchored:
        if session.end == other.start:
            before[other.start] = before.get(other.start, dt.timedelta(0)) + (
                session.end - session.start
            )
    for order, other, session in anchored:
        if session.end == other.start:
            start = other.start - before[other.start]
            yield (
                order,
                other,
                attrs.evolve(session, start=start, end=start + (session.end - session.start)),
            )
        else:
            yield order, other, session


def place_appointments(
    programme: Programme, window_start: dt.date, window_until: dt.date
) -> list[ScheduledAppointment]:
    """
    The programme's appointments from *window_start* to *window_until*, placed in its zone.

    A whole-day appointment runs from local midnight to the next day's midnight.
    """
    tz = programme.tz
    placed = []
    for appointment in programme.appointments:
        if not window_start <= appointment.date <= window_until:
            continue
        start = appointment.start_in(tz)
        if start is None:
            start = localize(appointment.date, dt.time(0), tz)
            end = localize(appointment.date + dt.timedelta(days=1), dt.time(0), tz)
        else:
            end = start + appointment.duration
        placed.append(ScheduledAppointment(start=start, end=end, appointment=appointment))
    placed.sort(key=lambda item: item.start)
    return placed


def place_races(
    entries: Sequence[Entry], programme: Programme, first: dt.date, last: dt.date
) -> tuple[Race, ...]:
    """The races of the activities' targets from *first* to *last*, in date order."""
    found: dict[tuple[dt.date, str], Race] = {}
    for entry in entries:
        activity = entry.item
        if not isinstance(activity, Activity) or activity.target is None:
            continue
        target = activity.target
        if not first <= target.date <= last:
            continue
        name = target.name or f"{activity.name} race"
        start = localize(target.date, target.time or programme.slot_times.morning, programme.tz)
        found.setdefault(
            (target.date, name),
            Race(
                name=name,
                start=start,
                end=start + activity.session_length(target.volume),
                distance=target.volume,
                activity=activity,
            ),
        )
    return tuple(sorted(found.values(), key=lambda r: r.start))


def place_fixed(
    entries: Sequence[Entry], programme: Programme, first: dt.date, last: dt.date
) -> tuple[list[ScheduledAppointment], tuple[Race, ...], list[ScheduledAppointment | Race]]:
    """The appointments and the races from *first* to *last*, and both in one list."""
    appointments = place_appointments(programme, first, last)
    races = place_races(entries, programme, first, last)
    return appointments, races, [*appointments, *races]
