"""
The items of a programme over the stretches of days they run: the base items until the
first phase, then each phase's set, with its additions, changes and drops.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs

from rehabplan.errors import ScheduleError
from rehabplan.model import (
    DAILY_EVENT_SLOTS,
    Activity,
    Anchor,
    Prescription,
    Programme,
    Range,
    Timing,
)

__all__ = [
    "Entry",
    "anchor_activities",
    "daily_anchor",
    "is_activity_anchor",
    "own_end",
    "programme_entries",
]


def _days_after(day: dt.date, days: int) -> dt.date:
    """*day* plus *days*, stopping at the last date Python holds (9999-12-31)."""
    return day + dt.timedelta(days=min(days, (dt.date.max - day).days))


def own_end(timing: Timing, origin: dt.date, programme: Programme) -> dt.date | None:
    """The last day a timing runs by its own words (or the programme's until), if any."""
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
            # A prescription in stages is one stretch of days per stage, each an ordinary
            # prescription from the day after the stage before ends.
            stages = item.staged() if isinstance(item, Prescription) else ((item, 0),)
            for stage, after in stages:
                begins = _days_after(origin, after)
                timing = stage.timing
                assert isinstance(timing, Timing)
                own = own_end(timing, begins, programme)
                if isinstance(stage, Activity) and stage.target is not None:
                    own = _min_date(own, stage.target.date)
                stated = [timing.until] if timing.until is not None else []
                if isinstance(stage, Activity) and stage.target is not None:
                    stated.append(stage.target.date)
                if stated and min(stated) < begins:
                    # "daily until 1 Feb" in a programme that starts in March: never silently empty
                    raise ScheduleError(
                        f"{stage.name!r} ends on {min(stated)}, before it starts on {begins}; "
                        "check its until date, its target date or the start dates",
                        where=where,
                    )
                last = _min_date(end, own)
                first = max(begins, seg_start)
                if last is not None and last < first:
                    continue
                entries.append(
                    Entry(
                        item=stage,
                        where=where,
                        order=order[item_id],
                        phase=name,
                        origin=begins,
                        first=first,
                        last=last,
                    )
                )
    return entries


def anchor_activities(anchor: Anchor, entries: Sequence[Entry]) -> list[Entry]:
    """The activities whose sessions *anchor* ("before each run") ties a prescription to."""
    return [
        e
        for e in entries
        if isinstance(e.item, Activity) and anchor.event in (e.item.kind, e.item.id)
    ]


def daily_anchor(timing: Timing) -> Timing:
    """
    Resolve a daily-life anchor ("before dinner") to its slot: one more time of the day,
    beside the times named ("before breakfast and at bedtime" is two sessions). A count a
    day that is not the number of those times is refused, not dropped.
    """
    anchor = timing.anchor
    assert anchor is not None
    slot = DAILY_EVENT_SLOTS[anchor.event]
    if anchor.relation == "when":
        return timing
    times = tuple(dict.fromkeys((*timing.times_of_day, slot)))
    per_day = timing.times_per_day
    low, high = (per_day.low, per_day.high) if isinstance(per_day, Range) else (per_day, per_day)
    if low is not None and high is not None and not low <= len(times) <= high:
        raise ScheduleError(
            f"{per_day} a day, but '{anchor}' and the times of day named make "
            f"{len(times)} session(s) a day; name a time for each session, or drop the count",
            where="timing",
        )
    return attrs.evolve(timing, times_of_day=times, times_per_day=None, anchor=None)


def is_activity_anchor(prescription: Prescription | Activity) -> bool:
    """Whether a prescription is done just before or after an activity's sessions."""
    timing = prescription.timing
    return (
        isinstance(prescription, Prescription)
        and isinstance(timing, Timing)
        and timing.anchor is not None
        and timing.anchor.event not in DAILY_EVENT_SLOTS
    )
