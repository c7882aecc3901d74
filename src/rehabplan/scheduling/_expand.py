"""
Expansion: a `Programme` becomes a `Schedule` of dated, time-zoned sessions.

>>> import datetime as dt
>>> from rehabplan import Dose, Exercise, Prescription, Programme, Timing
>>> programme = Programme(
...     title="Achilles loading", start=dt.date(2027, 3, 1), timezone="Europe/London",
...     prescriptions=[Prescription(exercise=Exercise(name="Eccentric heel drops"),
...                                 dose=Dose(3, 15),
...                                 timing=Timing(times_per_day=2, duration_days=84))])
>>> schedule = expand(programme)
>>> len(schedule)
168
>>> schedule.sessions[0].start.isoformat()
'2027-03-01T08:00:00+00:00'
>>> schedule.sessions[-1].start.isoformat()
'2027-05-23T18:00:00+01:00'
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from rehabplan.errors import ScheduleError
from rehabplan.model import (
    Activity,
    Anchor,
    Prescription,
    Programme,
    Schedule,
    ScheduledAppointment,
    Session,
    Timing,
    Volume,
    localize,
)
from rehabplan.scheduling._recurrence import rule_days, slot_times
from rehabplan.scheduling._volume import plan_volumes

__all__ = ["DEFAULT_LIMIT", "expand", "last_day"]

#: Sessions an expansion may produce before it stops with a `ScheduleError`.
DEFAULT_LIMIT = 100_000

#: Daily-life events an anchor may name, and the slot they happen in.
_DAILY_EVENTS = {
    "getting out of bed": "morning",
    "getting up": "morning",
    "breakfast": "morning",
    "lunch": "noon",
    "dinner": "evening",
    "supper": "evening",
    "bed": "bedtime",
}


def _days_after(day: dt.date, days: int) -> dt.date:
    """*day* plus *days*, stopping at the last date Python holds (9999-12-31)."""
    return day + dt.timedelta(days=min(days, (dt.date.max - day).days))


def _own_end(timing: Timing, origin: dt.date, programme: Programme) -> dt.date | None:
    if timing.until is not None:
        return timing.until
    if timing.duration_days is not None:
        return _days_after(origin, timing.duration_days - 1)
    return programme.until


@attrs.frozen
class Entry:
    """One prescription or activity over one stretch of days (a phase, or the base)."""

    item: Prescription | Activity
    where: str
    order: int
    phase: str | None
    origin: dt.date
    first: dt.date
    last: dt.date | None


def _min_date(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def programme_entries(programme: Programme) -> list[Entry]:
    """
    Every item with the stretch of days it runs.

    The base items run until the first phase, then each phase's set (the one
    before, with its additions, changes and
    drops); an item re-given by a later, overlapping phase stops the day before.
    """
    spans = programme.phase_spans()
    order: dict[str, int] = {}

    def origin_of(item: Prescription | Activity, start: dt.date) -> dt.date:
        timing = item.timing
        return timing.start if isinstance(timing, Timing) and timing.start else start

    state: dict[str, tuple[Prescription | Activity, str, dt.date]] = {}
    for index, p in enumerate(programme.prescriptions):
        state[p.id] = (p, f"prescriptions[{index}]", origin_of(p, programme.start))
    for index, a in enumerate(programme.activities):
        state[a.id] = (a, f"activities[{index}]", origin_of(a, programme.start))
    base_end = spans[0].start - dt.timedelta(days=1) if spans else programme.until
    segments: list[tuple[str | None, dt.date, dt.date | None, dict[str, Any]]] = [
        (None, programme.start, base_end, dict(state))
    ]
    for number, span in enumerate(spans):
        phase = span.phase
        for gone in phase.drop:
            state.pop(gone, None)
        for index, p in enumerate(phase.prescriptions):
            state[p.id] = (p, f"phases[{number}].prescriptions[{index}]", origin_of(p, span.start))
        for index, a in enumerate(phase.activities):
            state[a.id] = (a, f"phases[{number}].activities[{index}]", origin_of(a, span.start))
        segments.append((phase.name, span.start, span.until, dict(state)))
    entries: list[Entry] = []
    for index, (name, seg_start, seg_end, items) in enumerate(segments):
        if seg_end is not None and seg_end < seg_start:
            continue
        for item_id, (item, where, origin) in items.items():
            order.setdefault(item_id, len(order))
            if item.as_needed:
                continue
            end = seg_end
            for later_name, later_start, _, later_items in segments[index + 1 :]:
                del later_name
                if (end is None or later_start <= end) and item_id in later_items:
                    end = later_start - dt.timedelta(days=1)
                    break
            timing = item.timing
            assert isinstance(timing, Timing)
            own = _own_end(timing, origin, programme)
            if isinstance(item, Activity) and item.target is not None:
                own = _min_date(own, item.target.date)
            stated = [timing.until] if timing.until is not None else []
            if isinstance(item, Activity) and item.target is not None:
                stated.append(item.target.date)
            if stated and min(stated) < origin:
                # "daily until 1 Feb" in a programme that starts in March: never silently empty
                raise ScheduleError(
                    f"{item.name!r} ends on {min(stated)}, before it starts on {origin}; "
                    "check its until date, its target date or the start dates",
                    where=where,
                )
            last = _min_date(end, own)
            first = max(origin, seg_start)
            if last is not None and last < first:
                continue
            entries.append(
                Entry(
                    item=item,
                    where=where,
                    order=order[item_id],
                    phase=name,
                    origin=origin,
                    first=first,
                    last=last,
                )
            )
    return entries


def _anchor_activities(
    anchor: Anchor, programme: Programme, entries: Sequence[Entry]
) -> list[Entry]:
    return [
        e
        for e in entries
        if isinstance(e.item, Activity) and anchor.event in (e.item.kind, e.item.id)
    ]


def daily_anchor(timing: Timing) -> Timing:
    """Resolve a daily-life anchor ("before dinner") to its slot."""
    anchor = timing.anchor
    assert anchor is not None
    slot = _DAILY_EVENTS[anchor.event]
    if anchor.relation != "when" and not timing.times_of_day:
        return attrs.evolve(timing, times_of_day=(slot,), times_per_day=None, anchor=None)
    return timing


#: Aware start times by (local date, clock time), shared by every item of one expansion:
#: most items meet at the same slot times on the same days, and placing a wall-clock
#: time in the zone is the costly step.
_Starts = dict[tuple[dt.date, dt.time], dt.datetime]


def _start(starts: _Starts, day: dt.date, clock: dt.time, tz: dt.tzinfo) -> dt.datetime | None:
    """
    The aware start of a slot on a day (cached), or None when the zone skipped the whole
    day (Samoa's 30 December 2011): the gap rule would move it onto the next day's slot.
    """
    key = (day, clock)
    start = starts.get(key)
    if start is None:
        start = localize(day, clock, tz)  # type: ignore[arg-type]
        if start.date() != day and localize(day, dt.time(12), tz).date() != day:  # type: ignore[arg-type]
            return None
        starts[key] = start
    return start


_NO_DOSE = object()


def _prescription_sessions(
    entry: Entry, programme: Programme, first: dt.date, last: dt.date, starts: _Starts
) -> Iterator[Session]:
    prescription = entry.item
    assert isinstance(prescription, Prescription)
    timing = prescription.timing
    assert isinstance(timing, Timing)
    if timing.anchor is not None:
        timing = daily_anchor(timing)
    day_slots = slot_times(timing, programme.slot_times)
    tz = programme.tz
    last_dose: Any = _NO_DOSE
    length = dt.timedelta(minutes=10)
    single = len(day_slots) == 1
    steady = prescription.progression is None  # one dose throughout
    dose = prescription.dose
    phase = entry.phase
    for day in rule_days(timing, programme, entry.origin, last):
        if day < first:
            continue
        if not steady:
            dose = prescription.dose_on(day, entry.origin)
        if dose is not last_dose:  # the same dose object until a progression steps
            last_dose = dose
            length = dose.estimated_duration() if dose is not None else dt.timedelta(minutes=10)
        seen: set[dt.datetime] = set()
        for label, clock in day_slots:
            start = starts.get((day, clock)) or _start(starts, day, clock, tz)
            if start is None:  # a day the zone skipped
                continue
            if not single:  # two slot times that met in a DST gap are one session
                if start in seen:
                    continue
                seen.add(start)
            yield Session(
                start=start,
                end=start + length,
                prescription=prescription,
                dose=dose,
                slot=label,
                phase=phase,
            )


def _activity_slots(activity: Activity, programme: Programme) -> list[tuple[str, dt.time]]:
    timing = activity.timing
    if timing.times_of_day or timing.times_per_day is not None or timing.every_hours is not None:
        return slot_times(timing, programme.slot_times)
    return [("afternoon", programme.slot_times.afternoon)]


def _activity_sessions(
    entry: Entry,
    programme: Programme,
    first: dt.date,
    last: dt.date,
    plan_until: dt.date,
    starts: _Starts,
    limit: int,
) -> Iterator[Session]:
    activity = entry.item
    assert isinstance(activity, Activity)
    plan_end = plan_until
    own = _own_end(activity.timing, entry.origin, programme)
    if own is not None:
        plan_end = own
    if activity.target is not None:
        plan_end = activity.target.date
    # The plan of volumes runs to the activity's end or target, which may lie far past
    # the window: a plan of more days than the session limit is refused up front
    # rather than computed (every hour until 9999 took seconds before the limit hit).
    plan_days = list(
        itertools.islice(rule_days(activity.timing, programme, entry.origin, plan_end), limit + 1)
    )
    if len(plan_days) > limit:
        raise ScheduleError(
            f"{activity.name!r} is planned over more than {limit} days (to {plan_end}); "
            "end it or its target earlier, or raise the limit",
            where=entry.where,
        )
    volumes = plan_volumes(activity, plan_days, entry.origin, where=f"{entry.where}.target")
    tz = programme.tz
    for day in rule_days(activity.timing, programme, entry.origin, last):
        if day < first:
            continue
        volume: Volume | None = volumes.get(day, activity.volume)
        prescription = activity.as_prescription(volume)
        seen: set[dt.datetime] = set()
        for label, clock in _activity_slots(activity, programme):
            start = _start(starts, day, clock, tz)
            if start is None or start in seen:  # a skipped day; two slots met in a gap
                continue
            seen.add(start)
            yield Session(
                start=start,
                end=start + activity.session_length(volume),
                prescription=prescription,
                dose=prescription.dose,
                slot=label,
                phase=entry.phase,
                activity=activity,
                volume=volume,
            )


def _anchored_sessions(
    entry: Entry, activity_sessions: Sequence[Session], first: dt.date, last: dt.date
) -> Iterator[tuple[Session, Session]]:
    """
    Sessions of an anchored prescription, each with the activity session it is tied to.

    A session before the activity ends as it starts, one after starts as it ends;
    `_stack` then lines up the sessions tied to one activity session into a routine.
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


def _stack(
    anchored: Sequence[tuple[int, Session, Session]],
) -> Iterator[tuple[int, Session]]:
    """
    The sessions tied to each activity session, as one routine on each side of it.

    Everything due before a run is one routine that starts early enough to end, every
    exercise counted, as the run starts; everything after it starts as the run ends.
    A routine's sessions share its start, as the sessions of any slot do.
    """
    before: dict[int, dt.timedelta] = {}
    for _, other, session in anchored:
        if session.end == other.start:
            before[id(other)] = before.get(id(other), dt.timedelta(0)) + session.end - session.start
    for order, other, session in anchored:
        if session.end == other.start:
            start = other.start - before[id(other)]
            yield (
                order,
                attrs.evolve(session, start=start, end=start + (session.end - session.start)),
            )
        else:
            yield order, session


def is_activity_anchor(prescription: Prescription | Activity) -> bool:
    timing = prescription.timing
    return (
        isinstance(prescription, Prescription)
        and isinstance(timing, Timing)
        and timing.anchor is not None
        and timing.anchor.event not in _DAILY_EVENTS
    )


def last_day(programme: Programme) -> dt.date | None:
    """
    The last day anything in the programme is scheduled, or None when something is open-ended.

    >>> from rehabplan import examples
    >>> last_day(examples.achilles())
    datetime.date(2027, 5, 23)
    """
    entries = programme_entries(programme)
    if any(e.last is None for e in entries):
        return None
    ends = [e.last for e in entries if e.last is not None]
    return max([*ends, *(a.date for a in programme.appointments)], default=programme.start)


def expand(
    programme: Programme,
    *,
    start: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = DEFAULT_LIMIT,
) -> Schedule:
    """
    Expand a programme into its sessions from *start* to *until*, both included.

    *start* defaults to the programme's start; *until* to the last day any
    prescription or activity runs. As-needed prescriptions are never scheduled.
    Each phase's items run from the phase's start to its end; every session carries
    its progressed dose (and an activity session its planned volume); a prescription
    anchored to an activity ("before each run") is done just before (or after) each
    of that activity's sessions.
    An expansion that would pass *limit* sessions raises `ScheduleError` before it
    uses the memory.

    Raises:
        ScheduleError: an open-ended item with no *until* anywhere, an anchor
            to an event the programme does not schedule, an activity target that
            cannot be reached under its cap, or more than *limit* sessions.

    >>> import datetime as dt
    >>> from rehabplan import examples
    >>> schedule = expand(examples.achilles(), until=dt.date(2027, 3, 2))
    >>> [s.start.strftime("%a %H:%M") for s in schedule]
    ['Mon 08:00', 'Mon 18:00', 'Tue 08:00', 'Tue 18:00']

    """
    check_window_arguments(start, until, limit)
    entries = programme_entries(programme)
    window = expansion_window(programme, entries, start, until)
    if window is None:
        # A window that starts after the last session is empty, not an error: an app
        # asking for "from today" after a programme ended gets no sessions.
        window_start = start or programme.start
        return Schedule(programme=programme, start=window_start, until=window_start, sessions=())
    window_start, window_until = window
    try:
        return expand_entries(programme, entries, window_start, window_until, limit)
    except OverflowError:
        raise edge_error() from None


def check_window_arguments(start: dt.date | None, until: dt.date | None, limit: int) -> None:
    """Refuse a *start* or *until* that is not a date, and a *limit* below 1."""
    for name, value in (("start", start), ("until", until)):
        if value is not None and (isinstance(value, dt.datetime) or not isinstance(value, dt.date)):
            raise ScheduleError(f"must be a date such as 2027-03-01 (got {value!r})", where=name)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ScheduleError(
            f"must be a whole number of sessions, at least 1 (got {limit!r})", where="limit"
        )


def expansion_window(
    programme: Programme, entries: list[Entry], start: dt.date | None, until: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """
    The first and last day of an expansion (both included), or None when it is empty.

    *until* defaults to the last day anything runs or an appointment is booked; an
    open-ended item then needs one.
    """
    window_start = start or programme.start
    window_until = until
    if window_until is None:
        open_ended = [e for e in entries if e.last is None]
        if open_ended:
            raise ScheduleError(
                f"{open_ended[0].item.name!r} has no end; give it 'for N weeks' or "
                "'until DATE', or set the programme's until; or ask for an end "
                "(until=..., --until, or --weeks for a sheet)",
                where=open_ended[0].where,
            )
        ends = [e.last for e in entries if e.last is not None]
        ends += [a.date for a in programme.appointments]
        window_until = max([*ends, window_start]) if ends else window_start
        if ends and max(ends) < window_start:
            return None
    if window_until < window_start:
        raise ScheduleError(
            f"the window ends ({window_until}) before it starts ({window_start})",
            where="until",
        )
    return window_start, window_until


def edge_error() -> ScheduleError:
    # A wall-clock time on 9999-12-31 west of UTC (or 0001-01-01 east of it) has
    # no UTC instant Python can hold.
    return ScheduleError(
        "the schedule reaches the edge of the calendar (year 1 or 9999), where "
        "times cannot be placed in the time zone; end it earlier",
        where="until",
    )


def limit_error(limit: int) -> ScheduleError:
    return ScheduleError(
        f"the schedule would have more than {limit} sessions; "
        "shorten the window (until) or raise the limit",
        where="limit",
    )


def expand_entries(
    programme: Programme,
    entries: list[Entry],
    window_start: dt.date,
    window_until: dt.date,
    limit: int,
    *,
    taken: int = 0,
) -> Schedule:
    """
    The sessions of *entries* from *window_start* to *window_until*.

    *taken* sessions are already planned elsewhere (`rehabplan.scheduling._plan`): they count
    towards *limit*.
    """
    # (start, item order, arrival, session): sorted as plain tuples, without a key
    # function; the arrival number keeps equal starts of one item in the order made
    # and means two sessions are never compared.
    sessions: list[tuple[dt.datetime, int, int, Session]] = []
    starts: _Starts = {}
    room = limit - taken

    def add(order: int, session: Session) -> None:
        sessions.append((session.start, order, len(sessions), session))
        if len(sessions) > room:
            raise limit_error(limit)

    def bounds(entry: Entry) -> tuple[dt.date, dt.date]:
        stop = window_until if entry.last is None else min(entry.last, window_until)
        return max(entry.first, window_start), stop

    by_activity: dict[int, list[Session]] = {}
    anchored: list[tuple[int, Session, Session]] = []
    for number, entry in enumerate(entries):
        if isinstance(entry.item, Activity):
            first, last = bounds(entry)
            own = by_activity.setdefault(number, [])
            for session in _activity_sessions(
                entry, programme, first, last, window_until, starts, limit
            ):
                own.append(session)
                add(entry.order, session)
    for entry in entries:
        if isinstance(entry.item, Activity):
            continue
        first, last = bounds(entry)
        if is_activity_anchor(entry.item):
            timing = entry.item.timing
            assert isinstance(timing, Timing)
            assert timing.anchor is not None
            targets = _anchor_activities(timing.anchor, programme, entries)
            if not targets:
                raise ScheduleError(
                    f"'{timing.anchor}' ties {entry.item.name!r} to {timing.anchor.event!r}, "
                    f"but the programme schedules no {timing.anchor.event!r}; add it as an "
                    "activity, give a time of day instead, or make the prescription 'as needed'",
                    where=entry.where,
                )
            others = sorted(
                (s for n, e in enumerate(entries) if e in targets for s in by_activity[n]),
                key=lambda s: s.start,
            )
            for other, session in _anchored_sessions(entry, others, first, last):
                anchored.append((entry.order, other, session))
        elif first <= last:
            order = entry.order
            for session in _prescription_sessions(entry, programme, first, last, starts):
                # add(), inlined: the hot loop
                sessions.append((session.start, order, len(sessions), session))
                if len(sessions) > room:
                    add(order, sessions.pop()[3])
    for order, session in _stack(anchored):
        add(order, session)
    sessions.sort()
    return Schedule(
        programme=programme,
        start=window_start,
        until=window_until,
        sessions=tuple([s for _, _, _, s in sessions]),
        appointments=place_appointments(programme, window_start, window_until),
    )


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
