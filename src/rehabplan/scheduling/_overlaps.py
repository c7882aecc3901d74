"""
Overlaps: dated items of one schedule that would have the patient in two places at once.

A routine lasts as long as its exercises one after the other; an activity session
as long as its planned volume takes; an appointment its booked length; a race its
distance at the activity's pace. Two of them overlap when one starts before the
other ends.

Expansion settles them: a routine that would collide with an item placed before it
moves to the next free time that day, taking the routines tied to it ("before each
run") along. What the programme fixed is never moved: appointments, races, and
sessions at a clock time the clinician wrote ("at 07:30"); two fixed items that
collide stay, and the schedule warns, naming both. So does an item with no free
time left that day.

Part of `rehabplan.scheduling`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Container, Iterable, Sequence
from typing import Protocol

import attrs
from attrs import frozen

from rehabplan.errors import ScheduleError
from rehabplan.model import (
    Race,
    Routine,
    Schedule,
    ScheduledAppointment,
    Session,
    Shift,
    Timing,
    checked,
    localize,
)

__all__ = [
    "Overlap",
    "Planned",
    "collides",
    "may_collide",
    "overlap_warnings",
    "overlapping",
    "overlaps",
    "series_hold",
    "settle",
]

_Item = Routine | ScheduledAppointment | Race
_DAY = dt.timedelta(days=1)
_MINUTES = 24 * 60


def _span(item: _Item) -> str:
    return f"{item.start:%H:%M}-{item.end:%H:%M}"


@frozen(kw_only=True)
class Overlap:
    """
    Two dated items of a schedule that overlap: *first* starts before *second* ends.

    .. versionadded:: 0.2
    """

    first: Routine | ScheduledAppointment | Race
    second: Routine | ScheduledAppointment | Race

    def describe(self) -> str:
        """
        The overlap in words, naming both items, their day and their times.

        >>> import datetime as dt
        >>> from rehabplan import Appointment, Programme, expand
        >>> clinic = Programme(title="Reviews", start=dt.date(2027, 3, 1), timezone="UTC",
        ...     appointments=[Appointment(title="Review", date=dt.date(2027, 3, 2),
        ...                               time=dt.time(9, 30)),
        ...                   Appointment(title="Scan", date=dt.date(2027, 3, 2),
        ...                               time=dt.time(9, 45))])
        >>> print(overlaps(expand(clinic))[0].describe())
        Tue 2027-03-02: Review (09:30-10:00) overlaps Scan (09:45-10:15)
        """
        return (
            f"{self.first.start:%a %Y-%m-%d}: {self.first.summary} ({_span(self.first)}) "
            f"overlaps {self.second.summary} ({_span(self.second)})"
        )


def _routines(sessions: Iterable[Session]) -> list[Routine]:
    groups: dict[dt.datetime, list[Session]] = {}
    for s in sessions:
        groups.setdefault(s.start, []).append(s)
    return [
        Routine(
            start=start,
            end=start + sum((s.end - s.start for s in members), dt.timedelta(0)),
            sessions=tuple(members),
        )
        for start, members in groups.items()
    ]


@checked()
def overlaps(schedule: Schedule) -> tuple[Overlap, ...]:
    """
    Every pair of routines, activity sessions, timed appointments and races that overlap.

    Sessions that share a start are one routine, done one after the other, so they
    never overlap each other. Expansion moves what it may; what is left is in the
    schedule's warnings.

    >>> from rehabplan import examples, expand
    >>> overlaps(expand(examples.achilles()))
    ()

    .. versionadded:: 0.2
    """
    return overlapping(schedule.sessions, schedule.appointments, schedule.races)


def overlapping(
    sessions: Iterable[Session],
    appointments: Iterable[ScheduledAppointment],
    races: Iterable[Race],
) -> tuple[Overlap, ...]:
    """`overlaps` of the items of a schedule not yet made."""
    blocks: list[_Item] = [
        *_routines(sessions),
        *(a for a in appointments if not a.all_day),
        *races,
    ]
    blocks.sort(key=lambda item: item.start)
    found = []
    for index, block in enumerate(blocks):
        for later in blocks[index + 1 :]:
            if later.start >= block.end:
                break
            found.append(Overlap(first=block, second=later))
    return tuple(found)


def overlap_warnings(
    sessions: Sequence[Session],
    fixed: Sequence[ScheduledAppointment | Race],
    *,
    strict: bool = False,
) -> list[str]:
    """
    One warning for each two items that overlap, naming both, the first day, and on
    how many more days, up to which last day, the same two overlap at the same times.

    Raises:
        ScheduleError: with *strict*, when any two overlap.

    """
    if not collides(sessions, fixed):
        return []
    appointments = [item for item in fixed if isinstance(item, ScheduledAppointment)]
    races = [item for item in fixed if isinstance(item, Race)]
    days: dict[tuple[str, str, str, str], list[Overlap]] = {}
    for overlap in overlapping(sessions, appointments, races):
        key = (
            overlap.first.summary,
            _span(overlap.first),
            overlap.second.summary,
            _span(overlap.second),
        )
        days.setdefault(key, []).append(overlap)
    warnings = []
    for same in days.values():
        more = len(same) - 1
        last = f"{same[-1].first.start:%Y-%m-%d}"
        repeat = f", and on {more} more day{'s' if more > 1 else ''} to {last}" if more else ""
        warnings.append(
            f"{same[0].describe()}{repeat}: no free time to move it to that day, "
            "or both are at times the programme sets; change a slot time or an item's time"
        )
    if strict:
        raise ScheduleError(warnings[0], where="slot_times")
    return warnings


def _minutes(moment: dt.datetime | dt.time) -> float:
    return moment.hour * 60 + moment.minute + moment.second / 60


def may_collide(
    planned: Iterable[tuple[dt.time, dt.timedelta]],
    listed: Iterable[Session],
    changes: Iterable[Shift],
) -> bool:
    """
    Whether a session kept as a series could overlap another session on some day,
    judged by clock times alone.

    *planned* are the clock times and lengths of the sessions kept as series (due on
    some days, at the same clock time on each); *listed* are dated sessions. Each
    clock time is taken to hold the longest routine it could ever hold; a series'
    clock time that a clock change (of *changes*) skips is widened by the gap, as the
    gap rule moves it on by that much. False means no series session can meet
    another session.
    """
    gaps = [
        (_minutes((c.moment + c.before).time()), (c.after - c.before).total_seconds() / 60)
        for c in changes
        if c.after > c.before
    ]
    series_clocks = set()
    longest: dict[dt.time, dt.timedelta] = {}
    for clock, length in planned:
        series_clocks.add(clock)
        longest[clock] = longest.get(clock, dt.timedelta(0)) + length
    if not series_clocks:
        return False
    by_start: dict[dt.datetime, dt.timedelta] = {}
    for s in listed:
        by_start[s.start] = by_start.get(s.start, dt.timedelta(0)) + (s.end - s.start)
    most: dict[dt.time, dt.timedelta] = {}
    for start, length in by_start.items():
        most[start.time()] = max(most.get(start.time(), dt.timedelta(0)), length)
    for clock, length in most.items():
        longest[clock] = longest.get(clock, dt.timedelta(0)) + length
    spans = []
    for clock, length in longest.items():
        begin = _minutes(clock)
        ours = clock in series_clocks
        slack = max(
            (gap for start, gap in gaps if ours and (begin - start) % _MINUTES < gap), default=0.0
        )
        spans.append((begin, begin + length.total_seconds() / 60 + slack, ours))
    for index, (begin, end, ours) in enumerate(spans):
        if end - begin >= _MINUTES and ours:
            return True  # it meets itself the next day
        for other, (b, e, _) in enumerate(spans):
            # On a round dial: the other item a day earlier, the same day, or a day later.
            if (
                other != index
                and ours
                and any(b + k < end and begin < e + k for k in (-_MINUTES, 0, _MINUTES))
            ):
                return True
    return False


class Planned(Protocol):
    """Sessions kept as a series: the same *slots*, each lasting *length*, on its *days*."""

    @property
    def length(self) -> dt.timedelta: ...

    @property
    def slots(self) -> tuple[tuple[str, dt.time], ...]: ...

    @property
    def days(self) -> Container[dt.date]: ...

    def session(self, day: dt.date, slot: tuple[str, dt.time], tz: dt.tzinfo) -> Session: ...


def series_hold(
    series: Sequence[Planned],
    listed: tuple[Session, ...],
    settled: tuple[Session, ...],
    fixed: Sequence[ScheduledAppointment | Race],
    tz: zoneinfo.ZoneInfo,
    changes: Sequence[Shift],
) -> bool:
    """
    Whether sessions kept as *series* (in the zone *tz*, whose clock *changes* over the
    window are given) stay where their series puts them: nothing *listed* had to move
    (it came back *settled* as it was), and no series session can meet another session
    (by clock times) or an appointment or race (on its day).
    """
    if settled is not listed:
        return False
    planned = [(clock, one.length) for one in series for _, clock in one.slots]
    if may_collide(planned, listed, changes):
        return False
    near = {d for item in fixed for d in (item.start.date() - _DAY, item.start.date())}
    sample = [
        one.session(day, slot, tz)
        for one in series
        for day in near
        if day in one.days
        for slot in one.slots
    ]
    return not collides([*sample, *listed], fixed, days=near)


def collides(
    sessions: Iterable[Session],
    fixed: Iterable[ScheduledAppointment | Race],
    *,
    days: Container[dt.date] | None = None,
) -> bool:
    """
    Whether any two of the routines of *sessions* and the *fixed* items overlap
    (looking only at the sessions on *days*, when given).
    """
    ends: dict[dt.datetime, dt.datetime] = {}
    for s in sessions:
        if days is None or s.start.date() in days:
            ends[s.start] = ends.get(s.start, s.start) + (s.end - s.start)
    spans = sorted(
        [
            *ends.items(),
            *(
                (item.start, item.end)
                for item in fixed
                if not (isinstance(item, ScheduledAppointment) and item.all_day)
            ),
        ]
    )
    reach = None
    for start, end in spans:
        if reach is not None and start < reach:
            return True
        reach = end if reach is None else max(reach, end)
    return False


def _pinned(session: Session) -> bool:
    """A session at a clock time the programme wrote, not a slot the library chose."""
    timing = session.prescription.timing
    if not isinstance(timing, Timing):
        return False
    clocks = [t for t in timing.times_of_day if isinstance(t, dt.time)]
    return any(t.strftime("%H:%M") == session.slot or t == session.start.time() for t in clocks)


@attrs.define
class _Block:
    """
    Routines that move together (an activity with the routines tied to it): each
    routine's start, with how far it moves to follow the one before it.
    """

    start: dt.datetime
    end: dt.datetime
    pinned: bool
    starts: dict[dt.datetime, dt.timedelta]
    #: How far the whole block moves to a free time.
    offset: dt.timedelta = dt.timedelta(0)


def _block(starts: list[dt.datetime], routines: dict[dt.datetime, list[Session]]) -> _Block:
    """
    The routines at *starts*, one after the other: a routine tied to an activity
    follows the whole routine the activity is done in (with other activities or
    exercises that start with it), not just the activity; a routine at a clock time
    the programme wrote keeps it.
    """
    inner: dict[dt.datetime, dt.timedelta] = {}
    end: dt.datetime | None = None
    pinned = False
    for start in sorted(starts):
        members = routines[start]
        fixed = any(_pinned(s) for s in members)
        begin = end if end is not None and start < end and not fixed else start
        inner[start] = begin - start
        finish = begin + sum((s.end - s.start for s in members), dt.timedelta(0))
        end = finish if end is None else max(end, finish)
        pinned = pinned or fixed
    assert end is not None
    first = min(starts)
    return _Block(first + inner[first], end, pinned, inner)


def _blocks(
    sessions: Sequence[Session], ties: Iterable[tuple[dt.datetime, dt.datetime]]
) -> tuple[list[_Block], dict[dt.datetime, list[Session]]]:
    """The routines of *sessions*, joined into blocks by *ties* (pairs of routine starts)."""
    routines: dict[dt.datetime, list[Session]] = {}
    for s in sessions:
        routines.setdefault(s.start, []).append(s)
    parent = {start: start for start in routines}

    def root(start: dt.datetime) -> dt.datetime:
        while parent[start] != start:
            parent[start] = parent[parent[start]]
            start = parent[start]
        return start

    for one, other in ties:
        parent[root(one)] = root(other)
    members: dict[dt.datetime, list[dt.datetime]] = {}
    for start in routines:
        members.setdefault(root(start), []).append(start)
    return [_block(starts, routines) for starts in members.values()], routines


class _Taken:
    """The times already taken, by local date of their start, for a quick look-up."""

    def __init__(self) -> None:
        self.by_day: dict[dt.date, list[tuple[dt.datetime, dt.datetime]]] = {}
        self.longest = dt.timedelta(0)

    def add(self, start: dt.datetime, end: dt.datetime) -> None:
        self.by_day.setdefault(start.date(), []).append((start, end))
        self.longest = max(self.longest, end - start)

    def free_from(self, start: dt.datetime, length: dt.timedelta) -> dt.datetime:
        """The first time from *start* at which *length* meets nothing taken."""
        tz = start.tzinfo
        while True:
            end = start + length
            day = (start - self.longest).date()
            hits = []
            while day <= end.date():
                hits += [e for s, e in self.by_day.get(day, ()) if s < end and start < e]
                day += _DAY
            if not hits:
                return start
            later = max(hits)
            # A time the clock change skips moves on by the gap, as every slot does.
            start = localize(later.date(), later.time(), tz)  # type: ignore[arg-type]


def settle(
    sessions: tuple[Session, ...],
    fixed: Sequence[ScheduledAppointment | Race],
    ties: Iterable[tuple[dt.datetime, dt.datetime]],
) -> tuple[Session, ...]:
    """
    The sessions, with every routine that would collide moved to the next free time.

    *fixed* are the appointments and races, never moved; *ties* pair the start of a
    routine tied to an activity with the start of that activity's session, so they
    move as one. Routines at a clock time the programme wrote stay where they are.
    The others are placed in time order, each at its own time when that is free,
    else at the first free time after it, if it then still ends that day (or no
    later than it would have); otherwise it stays and the overlap is warned about.
    The *sessions* themselves come back when nothing moves.
    """
    if not collides(sessions, fixed):
        return sessions
    blocks, routines = _blocks(sessions, ties)
    taken = _Taken()
    for item in fixed:
        if not (isinstance(item, ScheduledAppointment) and item.all_day):
            taken.add(item.start, item.end)
    for block in blocks:
        if block.pinned:
            taken.add(block.start, block.end)
    moved: dict[int, Session] = {}
    for block in sorted((b for b in blocks if not b.pinned), key=lambda b: b.start):
        length = block.end - block.start
        start = taken.free_from(block.start, length)
        midnight = dt.datetime.combine(block.start.date() + _DAY, dt.time(0), block.start.tzinfo)
        if start + length > max(block.end, midnight):
            start = block.start  # no room left that day: it stays, and is warned about
        taken.add(start, start + length)
        block.offset = start - block.start
    for block in blocks:
        for routine, inner in block.starts.items():
            shift = inner + block.offset
            if shift:
                for s in routines[routine]:
                    moved[id(s)] = attrs.evolve(s, start=s.start + shift, end=s.end + shift)
    if not moved:
        return sessions
    return tuple(sorted((moved.get(id(s), s) for s in sessions), key=lambda s: s.start))
