"""
Expansion: a `Programme` becomes a `Schedule` of dated, time-zoned sessions.

Each item runs over the stretches of days of `rehabplan.scheduling._entries`, on the
dates of its `Recurrence`. Where an item's sessions are a plain recurrence (a
prescription with one dose, not tied to an activity, on days the zone keeps whole),
`plan` keeps them as a `Series` instead of listing them: the compact calendar writes
that recurrence as its RRULE. Everything else (doses that change, volumes that grow,
anchored sessions) is listed. `expand` lists everything; both walk the programme once,
in `_walk`.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import operator

import attrs

from rehabplan.errors import ScheduleError
from rehabplan.model import (
    Activity,
    Dose,
    Prescription,
    Programme,
    Schedule,
    Session,
    Shift,
    Timing,
    checked,
    localize,
    shifts,
)
from rehabplan.scheduling._entries import (
    Entry,
    anchor_activities,
    daily_anchor,
    is_activity_anchor,
    programme_entries,
)
from rehabplan.scheduling._load import LoadPlan, plan_load
from rehabplan.scheduling._overlaps import overlap_warnings, series_hold, settle
from rehabplan.scheduling._recurrence import Recurrence, slot_times
from rehabplan.scheduling._sessions import (
    Ends,
    Starts,
    activity_sessions,
    anchored_sessions,
    entry_days,
    place_fixed,
    planned_activity,
    prescription_sessions,
    stack,
)

__all__ = ["DEFAULT_LIMIT", "Plan", "Series", "expand", "last_day", "plan"]

#: Sessions an expansion may produce before it stops with a `ScheduleError`.
DEFAULT_LIMIT = 100_000

_DAY = dt.timedelta(days=1)
_NOON = dt.time(12)


@attrs.frozen(kw_only=True)
class Series:
    """
    One prescription's sessions over one stretch of days: the same *slots* on every date of *days*.

    Each session starts at its slot's clock time by the gap and fold rule and lasts
    *length*; all have *dose* and *phase*. *order* is the prescription's place in
    the programme (sessions at one instant are listed in that order).

    >>> from rehabplan import examples
    >>> (series,) = plan(examples.achilles()).series
    >>> series.days.rule, len(series.days), [label for label, _ in series.slots]
    ('FREQ=DAILY', 84, ['morning', 'evening'])
    """

    prescription: Prescription
    phase: str | None
    order: int
    dose: Dose | None
    length: dt.timedelta
    slots: tuple[tuple[str, dt.time], ...]
    days: Recurrence

    def __len__(self) -> int:
        return len(self.days) * len(self.slots)

    def session(self, day: dt.date, slot: tuple[str, dt.time], tz: dt.tzinfo) -> Session:
        """The session of *slot* on *day*."""
        label, clock = slot
        start = localize(day, clock, tz)  # type: ignore[arg-type]
        return Session(
            start=start,
            end=start + self.length,
            prescription=self.prescription,
            dose=self.dose,
            slot=label,
            phase=self.phase,
        )


@attrs.frozen(kw_only=True)
class Plan:
    """
    A programme's sessions from *start* to *until*: plain *series*, and the *rest* listed.

    >>> from rehabplan import examples
    >>> planned = plan(examples.achilles())
    >>> len(planned), len(planned.series), len(planned.rest)
    (168, 1, 0)
    """

    programme: Programme
    start: dt.date
    until: dt.date
    series: tuple[Series, ...]
    rest: Schedule

    def __len__(self) -> int:
        return sum(len(s) for s in self.series) + len(self.rest)


def _series(
    entry: Entry, days: Recurrence, programme: Programme, changes: list[Shift]
) -> Series | None:
    """
    The entry as a series when its sessions are plain: one dose, fixed slots, and no
    day on which the zone skips the date or two of its slot times meet in a gap (both
    happen only next to an offset change, so only those days are looked at).
    """
    prescription = entry.item
    if not isinstance(prescription, Prescription) or is_activity_anchor(prescription):
        return None
    if prescription.progression is not None and prescription.dose is not None:
        return None
    timing = prescription.timing
    assert isinstance(timing, Timing)
    if timing.anchor is not None:  # a daily event: a slot of the day ("before dinner")
        timing = daily_anchor(timing)
    slots = tuple(slot_times(timing, programme.slot_times))
    tz = programme.tz
    near = {
        day
        for change in changes
        for _, clock in slots
        for day in change.days_near(clock, dt.timedelta(0))
        if day in days
    }
    for day in near:
        starts = [localize(day, clock, tz) for _, clock in slots]
        if any(s.date() != day for s in starts) and localize(day, _NOON, tz).date() != day:
            return None  # a day the zone skipped (Samoa, 30 December 2011)
        if len(set(starts)) < len(starts):
            return None
    dose = prescription.dose
    return Series(
        prescription=prescription,
        phase=entry.phase,
        order=entry.order,
        dose=dose,
        length=dose.estimated_duration() if dose is not None else dt.timedelta(minutes=10),
        slots=slots,
        days=days,
    )


@checked()
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
    strict: bool = False,
) -> Schedule:
    """
    Expand a programme into its sessions from *start* to *until*, both included.

    *start* defaults to the programme's start; *until* to the last day any
    prescription or activity runs. As-needed prescriptions are never scheduled.
    Each phase's items run from the phase's start to its end; every session carries
    its progressed dose (and an activity session its planned volume); a prescription
    anchored to an activity ("before each run") is done just before (or after) each
    of that activity's sessions. Activities are planned as one load per
    `rehabplan.Training` (the weekly cap across runs, the long run, step-backs, the
    taper before a race); the races are in ``schedule.races``. A race the caps cannot
    reach by its date still gives the plan, with a warning in ``schedule.warnings``;
    with *strict* it is an error.
    An expansion that would pass *limit* sessions raises `ScheduleError` before it
    uses the memory.

    Raises:
        ScheduleError: an open-ended item with no *until* anywhere, an anchor
            to an event the programme does not schedule, with *strict* a race that
            cannot be reached under the caps, or more than *limit* sessions.

    >>> import datetime as dt
    >>> from rehabplan import examples
    >>> schedule = expand(examples.achilles(), until=dt.date(2027, 3, 2))
    >>> [s.start.strftime("%a %H:%M") for s in schedule]
    ['Mon 08:00', 'Mon 18:00', 'Tue 08:00', 'Tue 18:00']

    """
    return _walk(programme, start, until, limit, keep_series=False, strict=strict).rest


def plan(
    programme: Programme,
    *,
    start: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = DEFAULT_LIMIT,
    partial: bool = True,
    strict: bool = False,
) -> Plan:
    """
    The sessions of `rehabplan.expand` (same arguments and errors), as series where plain.

    With *partial* false it is all or nothing: when one item is not a plain series,
    every item is listed in *rest* (a calendar of routines needs every session of a
    slot to know what the slot holds).

    >>> from rehabplan import examples
    >>> planned = plan(examples.calf_runner())
    >>> sorted({s.prescription.id for s in planned.rest})
    ['clamshell', 'glute-bridge', 'run', 'vastus-lateralis-foam-roll']

    Raises:
        ScheduleError: as `rehabplan.expand`.

    """
    return _walk(programme, start, until, limit, keep_series=True, partial=partial, strict=strict)


def _check_window_arguments(start: dt.date | None, until: dt.date | None, limit: int) -> None:
    """Refuse a *start* or *until* that is not a date, and a *limit* below 1."""
    for name, value in (("start", start), ("until", until)):
        if value is not None and (isinstance(value, dt.datetime) or not isinstance(value, dt.date)):
            raise ScheduleError(f"must be a date such as 2027-03-01 (got {value!r})", where=name)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ScheduleError(
            f"must be a whole number of sessions, at least 1 (got {limit!r})", where="limit"
        )


def _expansion_window(
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


def _edge_error() -> ScheduleError:
    # A wall-clock time on 9999-12-31 west of UTC (or 0001-01-01 east of it) has
    # no UTC instant Python can hold.
    return ScheduleError(
        "the schedule reaches the edge of the calendar (year 1 or 9999), where "
        "times cannot be placed in the time zone; end it earlier",
        where="until",
    )


def _limit_error(limit: int) -> ScheduleError:
    return ScheduleError(
        f"the schedule would have more than {limit} sessions; "
        "shorten the window (until) or raise the limit",
        where="limit",
    )


@checked("start", "until", "limit", "keep_series")
def _walk(
    programme: Programme,
    start: dt.date | None,
    until: dt.date | None,
    limit: int,
    *,
    keep_series: bool,
    partial: bool = True,
    strict: bool = False,
) -> Plan:
    """
    Every entry of the programme over the window: as a `Series` where it is plain and
    *keep_series*, else listed session by session into the plan's *rest*.
    """
    _check_window_arguments(start, until, limit)
    entries = programme_entries(programme)
    window = _expansion_window(programme, entries, start, until)
    if window is None:
        # A window that starts after the last session is empty, not an error: an app
        # asking for "from today" after a programme ended gets no sessions.
        day = start or programme.start
        empty = Schedule(programme=programme, start=day, until=day, sessions=())
        return Plan(programme=programme, start=day, until=day, series=(), rest=empty)
    first, last = window
    try:
        changes = shifts(programme.tz, first - _DAY, last) if keep_series else None
        layout = _layout(programme, entries, first, last, changes)
        series = [s for _, _, s in layout if s is not None]
        if not partial and any(s is None for _, _, s in layout):
            series = []
        taken = sum(len(s) for s in series)
        if taken > limit:
            raise _limit_error(limit)
        tz = programme.tz
        for one in series:  # the edges of the calendar, as listing them finds them
            for day in (one.days.first, one.days.last):
                for _, clock in one.slots:
                    localize(day, clock, tz)
        listed = [(e, days) for e, days, s in layout if s is None or not series]
        activities = [e for e in entries if isinstance(e.item, Activity)]
        load = plan_load(
            programme,
            [planned_activity(e, programme, last, limit) for e in activities],
            strict=strict,
        )
        numbers = {id(e): number for number, e in enumerate(activities)}
        lists = functools.partial(_list_sessions, programme, entries, window, limit)
        sessions, ties = lists(listed, taken=taken, load=(load, numbers))
        appointments, races, fixed = place_fixed(entries, programme, first, last)
        settled = settle(sessions, fixed, ties)
        if series and not series_hold(series, sessions, settled, fixed, tz, changes or []):
            series = []  # a routine that moves leaves its series: list every item
            sessions, ties = lists([(e, d) for e, d, _ in layout], taken=0, load=(load, numbers))
            settled = settle(sessions, fixed, ties)
        warnings = [*load.warnings, *overlap_warnings(settled, fixed, strict=strict)]
    except OverflowError:
        raise _edge_error() from None
    rest = Schedule(
        programme=programme,
        start=first,
        until=last,
        sessions=settled,
        appointments=appointments,
        races=races,
        warnings=warnings,
    )
    return Plan(programme=programme, start=first, until=last, series=tuple(series), rest=rest)


_Layout = list[tuple[Entry, Recurrence | None, Series | None]]


def _layout(
    programme: Programme,
    entries: list[Entry],
    first: dt.date,
    last: dt.date,
    changes: list[Shift] | None,
) -> _Layout:
    """Each entry with its days in the window (None if anchored) and its series, if *changes*."""
    stretches = collections.Counter((e.item.id, e.phase) for e in entries)
    layout: _Layout = []
    for entry in entries:
        begin = max(entry.first, first)
        end = last if entry.last is None else min(entry.last, last)
        if is_activity_anchor(entry.item):
            layout.append((entry, None, None))
            continue
        days = entry_days(entry, programme, begin, end) if begin <= end else None
        if days is None and not isinstance(entry.item, Activity):
            continue
        series = None
        if changes is not None and days is not None and stretches[entry.item.id, entry.phase] == 1:
            series = _series(entry, days, programme, changes)
        layout.append((entry, days, series))
    return layout


def _list_sessions(
    programme: Programme,
    entries: list[Entry],
    window: tuple[dt.date, dt.date],
    limit: int,
    listed: list[tuple[Entry, Recurrence | None]],
    *,
    taken: int,
    load: tuple[LoadPlan, dict[int, int]],
) -> tuple[tuple[Session, ...], list[tuple[dt.datetime, dt.datetime]]]:
    """
    The sessions of the *listed* entries in time order; with the *taken* sessions of
    series, at most *limit*; and (routine start, its activity's start) for each tied one.

    Activities come first: a prescription anchored to one needs its sessions. *load*
    is the activities' planned volumes, with each activity entry's number in it.
    """
    planned, numbers = load
    # Each item order's sessions in the order made; joined by item order, then one stable
    # sort by start gives (start, item order, arrival) without a tuple per session, which
    # would double the peak memory of a long expansion.
    by_order: dict[int, list[Session]] = collections.defaultdict(list)
    count = 0
    starts: Starts = {}
    ends: Ends = {}
    first, last = window
    room = limit - taken

    def add(order: int, session: Session) -> None:
        nonlocal count
        by_order[order].append(session)
        count += 1
        if count > room:
            raise _limit_error(limit)

    by_activity: dict[int, list[Session]] = {}
    anchored: list[tuple[int, Session, Session]] = []
    for entry, days in listed:
        if isinstance(entry.item, Activity):
            own = by_activity.setdefault(id(entry), [])
            number = numbers[id(entry)]
            for session in activity_sessions(entry, number, planned, programme, days, starts):
                own.append(session)
                add(entry.order, session)
    for entry, days in listed:
        if isinstance(entry.item, Activity):
            continue
        if days is None:  # tied to an activity's sessions
            timing = entry.item.timing
            assert isinstance(timing, Timing)
            assert timing.anchor is not None
            targets = anchor_activities(timing.anchor, entries)
            if not targets:
                raise ScheduleError(
                    f"'{timing.anchor}' ties {entry.item.name!r} to {timing.anchor.event!r}, "
                    f"but the programme schedules no {timing.anchor.event!r}; add it as an "
                    "activity, give a time of day instead, or make the prescription 'as needed'",
                    where=entry.where,
                )
            others = sorted(
                (s for e in targets for s in by_activity.get(id(e), ())), key=lambda s: s.start
            )
            begin = max(entry.first, first)
            stop = last if entry.last is None else min(entry.last, last)
            for other, session in anchored_sessions(entry, others, begin, stop):
                anchored.append((entry.order, other, session))
            continue
        own = by_order[entry.order]
        for session in prescription_sessions(entry, programme, days.dates(), starts, ends):
            # add(), inlined: the hot loop
            own.append(session)
            count += 1
            if count > room:
                raise _limit_error(limit)
    stacked = list(stack(anchored))
    for order, _, session in stacked:
        add(order, session)
    # Dropping the caches (the sessions hold what they use) lowers the sort's peak memory.
    starts.clear()
    ends.clear()
    sessions: list[Session] = []
    for order in sorted(by_order):
        sessions += by_order.pop(order)
    sessions.sort(key=operator.attrgetter("start"))
    return tuple(sessions), [(s.start, other.start) for _, other, s in stacked]
