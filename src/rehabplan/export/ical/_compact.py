"""
The events of a calendar: one VEVENT per occurrence (expanded), or series (compact).

A compact calendar writes, for each plain series of the schedule
(`rehabplan.scheduling.Series`), the recurrence it was expanded from, as its RRULE;
what is not a plain series (doses that change, volumes that grow, anchored sessions)
is listed, and its dates are covered by the runs `find_runs` finds in them.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from rehabplan.export.ical._events import EventWriter
from rehabplan.export.ical._series import Run, find_runs, planned_runs, steady
from rehabplan.export.ical._text import (
    Item,
    categories,
    members_key,
    routine_item,
    session_items,
    session_text,
    slot_token,
)
from rehabplan.export.ical._writer import format_date_time
from rehabplan.model import Routine, Shift, localize, shifts
from rehabplan.scheduling import Plan, Series

__all__ = ["dated", "write_compact", "write_expanded", "write_planned"]

_UTC = dt.UTC


def dated(item: Item) -> str:
    return f"{item.base}.{format_date_time(item.start)[:8]}"


def write_expanded(writer: EventWriter, items: list[Item]) -> None:
    for item in sorted(items, key=lambda i: (i.start.astimezone(_UTC), i.base)):
        writer.event(dated(item), item)


#: A single event: its UID base, what it is; a series: what its first occurrence is, its run.
_Single = tuple[str, Item, None]
_Series = tuple[Item, Run]


def write_compact(writer: EventWriter, items: list[Item], routines: bool) -> None:
    singles, series = _found_series(items, writer.tz)
    _write_series(writer, singles, series, routines=routines)


def _found_series(items: list[Item], tz: dt.tzinfo) -> tuple[list[_Single], list[_Series]]:
    """The series `find_runs` finds in the items of each event, and the items left single."""
    groups: dict[tuple[object, ...], list[Item]] = {}
    singles: list[_Single] = []
    for item in items:
        if item.steady:
            key = (
                item.base,
                item.summary,
                item.description,
                item.categories,
                item.start.time(),
                item.length,
            )
            groups.setdefault(key, []).append(item)
        else:
            singles.append((dated(item), item, None))
    series: list[_Series] = []
    for group in groups.values():
        by_day = {i.start.date(): i for i in group}
        first = group[0]
        clock, length = first.start.time(), first.length

        def is_steady(day: dt.date, clock: dt.time = clock, length: dt.timedelta = length) -> bool:
            return steady(day, clock, length, tz)

        for run in find_runs(sorted(by_day), is_steady):
            item = by_day[run.first]
            if run.rule is None:
                singles.append((dated(item), item, None))
            else:
                series.append((item, run))
    return singles, series


def _write_series(
    writer: EventWriter, singles: list[_Single], series: list[_Series], *, routines: bool
) -> None:
    """
    Write single events and series in time order.

    A series' UID names what it is and the day it starts
    (calf-stretch.morning.series-20270301): an edited plan keeps the UID of every
    series that still starts that day, whatever came before or after it.
    """
    events: list[tuple[str, Item, Run | None]] = list(singles)
    for item, found in series:
        base = f"{item.base}.{members_key(item)}" if routines else item.base
        events.append((f"{base}.series-{item.start:%Y%m%d}", item, found))
    events.sort(key=lambda e: (e[1].start.astimezone(_UTC), e[0]))
    for uid, item, maybe in events:
        writer.event(uid, item, maybe)


# --------------------------------------------------------------------------- planned

#: What one series's events say: summary, description, categories.
_Text = tuple[str, str, tuple[str, ...]]


def _session_item(
    one: Series,
    day: dt.date,
    slot: tuple[str, dt.time],
    text: _Text,
    tz: zoneinfo.ZoneInfo,
) -> Item:
    session = one.session(day, slot, tz)
    return Item(
        base=f"{one.prescription.id}.{slot_token(slot[0])}",
        start=session.start,
        end=session.end,
        summary=text[0],
        description=text[1],
        categories=text[2],
    )


def _planned_sessions(
    plan: Plan, tz: zoneinfo.ZoneInfo, changes: list[Shift]
) -> tuple[list[Item], list[_Series]]:
    """
    Per-exercise events of the plan's series, as series planned without expanding.

    Returns the items of the days no series may cover (unsteady days: they go
    through `_found_series` like any other item, as they would from a schedule) and
    the runs of the other days, each with the item of its first day.
    """
    loose: list[Item] = []
    series: list[_Series] = []
    for one in plan.series:
        sample = one.session(one.days.first, one.slots[0], tz)
        text = (sample.summary, session_text(sample, plan.programme), categories((sample,)))
        for slot in one.slots:
            runs, unsteady = planned_runs(one.days, slot[1], one.length, tz, changes)
            loose += [_session_item(one, day, slot, text, tz) for day in unsteady]
            series += [(_session_item(one, run.first, slot, text, tz), run) for run in runs]
    return loose, series


#: The series that make one routine, each with its slot, in the order of `expand`.
_Members = list[tuple[Series, tuple[str, dt.time]]]


def _routine_on(members: _Members, day: dt.date, tz: zoneinfo.ZoneInfo) -> Routine:
    sessions = tuple(r.session(day, slot, tz) for r, slot in members)
    length = sum((s.end - s.start for s in sessions), dt.timedelta(0))
    start = sessions[0].start
    return Routine(start=start, end=start + length, sessions=sessions)


def _planned_routines(
    plan: Plan, tz: zoneinfo.ZoneInfo, changes: list[Shift]
) -> tuple[list[Item], list[_Series]] | None:
    """
    Routine events of the plan's series, when each clock time always holds the same ones.

    That is: every item is planned, the series at one clock time share their
    days, and no two clock times meet at one instant (a daylight-saving gap can move
    one onto another, and `rehabplan.Schedule.routines` then joins them). Else None.
    """
    if plan.rest.sessions or not plan.series:
        return None
    slots: dict[dt.time, _Members] = {}
    for one in plan.series:
        for slot in one.slots:
            slots.setdefault(slot[1], []).append((one, slot))
    for members in slots.values():
        if any(r.days != members[0][0].days for r, _ in members):
            return None
        members.sort(key=lambda member: member[0].order)
    instants: set[dt.datetime] = set()
    zero = dt.timedelta(0)
    near = {day for change in changes for clock in slots for day in change.days_near(clock, zero)}
    for day in sorted(near):
        for clock, members in slots.items():
            if day in members[0][0].days:
                start = localize(day, clock, tz)
                if start in instants:
                    return None
                instants.add(start)
    programme = plan.programme
    loose: list[Item] = []
    series: list[_Series] = []
    for clock, members in slots.items():
        days = members[0][0].days
        length = sum((r.length for r, _ in members), dt.timedelta(0))
        runs, unsteady = planned_runs(days, clock, length, tz, changes)
        loose += [routine_item(_routine_on(members, day, tz), programme) for day in unsteady]
        series += [(routine_item(_routine_on(members, r.first, tz), programme), r) for r in runs]
    return loose, series


def write_planned(
    writer: EventWriter, plan: Plan, *, per_exercise: bool
) -> list[dt.datetime] | None:
    """
    Write the plan's events; None (and nothing written) when its routines cannot be planned.

    Returns the start of the first event and the end of the last (none without
    events), for the range of the VTIMEZONE.
    """
    tz = writer.tz
    longest = sum((r.length for r in plan.series), dt.timedelta(0))  # a whole routine
    changes = shifts(tz, plan.start, plan.until + longest)
    if per_exercise:
        loose, series = _planned_sessions(plan, tz, changes)
        loose += session_items(plan.rest)
    else:
        planned = _planned_routines(plan, tz, changes)
        if planned is None:
            return None
        loose, series = planned
    singles, found = _found_series(loose, tz)
    for item, run in series:  # a run of one date is a single event, as from a schedule
        if run.rule is None:
            singles.append((dated(item), item, None))
        else:
            found.append((item, run))
    _write_series(writer, singles, found, routines=not per_exercise)
    starts = [item.start for _, item, _ in singles] + [item.start for item, _ in found]
    ends = [item.end for _, item, _ in singles] + [
        localize(run.last, item.start.time(), tz) + item.length for item, run in found
    ]
    return [min(starts), max(ends)] if starts else []
