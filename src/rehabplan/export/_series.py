"""
Recurring series found in a list of dates: the compact form of a calendar.

The expanded schedule is the single source of truth: the dates on which one event
(same content, same local time, same length) happens are covered by maximal regular
runs, each written as one RRULE, and what is left goes out as single events.
A run is "every N days" (``FREQ=DAILY;INTERVAL=N``) or "these weekdays every week"
(``FREQ=WEEKLY;BYDAY=...``); it may skip a few of its own days with EXDATE, it never
passes `MAX_COUNT` instances (Google Calendar stops a series at 730), and it never
spans a day on which its local time is ambiguous or missing (a daylight-saving change),
because calendar engines disagree about those.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import attrs

from rehabplan.model import WEEKDAY_CODES

__all__ = ["MAX_COUNT", "Run", "find_runs"]

#: Instances a series may generate, EXDATEs included (Google Calendar's limit).
MAX_COUNT = 730

_DAY = dt.timedelta(days=1)


@attrs.frozen
class Run:
    """
    Dates covered by one RRULE (or one single date when *rule* is None).

    *dates* are the covered dates in order; *skipped* the dates the rule generates
    but the schedule does not hold (EXDATE).
    """

    dates: tuple[dt.date, ...]
    rule: str | None = None
    skipped: tuple[dt.date, ...] = ()

    @property
    def first(self) -> dt.date:
        """The first covered date: the DTSTART of the series."""
        return self.dates[0]

    @property
    def last(self) -> dt.date:
        """The last covered date: the UNTIL of the series."""
        return self.dates[-1]


def _every(first: dt.date, days: int) -> Iterator[dt.date]:
    step = dt.timedelta(days=days)
    day = first
    while True:
        yield day
        day += step


def _weekly(first: dt.date, weekdays: frozenset[int]) -> Iterator[dt.date]:
    day = first
    while True:
        if day.weekday() in weekdays:
            yield day
        day += _DAY


def _extend(
    dates: Iterator[dt.date],
    free: set[dt.date],
    taken: set[dt.date],
    last: dt.date,
    steady: Callable[[dt.date], bool],
) -> tuple[list[dt.date], list[dt.date]]:
    """Follow a rule while it meets free dates, skipping a few days where it must."""
    covered: list[dt.date] = []
    skipped: list[dt.date] = []
    pending: list[dt.date] = []
    for day in dates:
        if day > last or len(covered) + len(skipped) + len(pending) >= MAX_COUNT:
            break
        if day in free:
            covered.append(day)
            skipped += pending
            pending = []
        elif (
            len(pending) < 2
            and len(skipped) + len(pending) < len(covered) // 3
            and (day in taken or steady(day))
        ):
            pending.append(day)
        else:
            break
    return covered, skipped


def find_runs(dates: list[dt.date], steady: Callable[[dt.date], bool]) -> list[Run]:
    """
    Cover sorted, distinct *dates* by regular runs and single dates, earliest first.

    *steady(day)* says whether the event's local time exists once, unambiguously, on
    *day*; a run never generates an instance on a day where it does not.

    >>> days = [dt.date(2027, 3, 1) + dt.timedelta(days=2 * i) for i in range(5)]
    >>> [(r.rule, len(r.dates)) for r in find_runs(days, lambda day: True)]
    [('FREQ=DAILY;INTERVAL=2', 5)]
    >>> mwf = [dt.date(2027, 3, d) for d in (3, 5, 8, 10, 12)]
    >>> [(r.rule, r.first.isoformat()) for r in find_runs(mwf, lambda day: True)]
    [('FREQ=WEEKLY;BYDAY=MO,WE,FR', '2027-03-03')]
    """
    free = set(dates)
    taken: set[dt.date] = set()
    last = dates[-1] if dates else dt.date.min
    runs: list[Run] = []
    for index, first in enumerate(dates):
        if first not in free:
            continue
        candidates: list[tuple[list[dt.date], list[dt.date], str]] = []
        following: list[dt.date] = []
        for day in dates[index + 1 :]:
            if following and day - first >= 7 * _DAY:
                break
            if day in free:
                following.append(day)
        if following:
            days = (following[0] - first).days
            covered, skipped = _extend(_every(first, days), free, taken, last, steady)
            rule = "FREQ=DAILY" if days == 1 else f"FREQ=DAILY;INTERVAL={days}"
            candidates.append((covered, skipped, rule))
            week = frozenset(d.weekday() for d in [first, *following] if d - first < 7 * _DAY)
            if 1 < len(week) < 7:
                covered, skipped = _extend(_weekly(first, week), free, taken, last, steady)
                byday = ",".join(WEEKDAY_CODES[d] for d in sorted(week))
                candidates.append((covered, skipped, f"FREQ=WEEKLY;BYDAY={byday}"))
        best = max(candidates, key=lambda c: len(c[0]), default=None)
        if best is None or len(best[0]) < 2:
            runs.append(Run(dates=(first,)))
            free.discard(first)
            taken.add(first)
            continue
        covered, skipped, rule = best
        runs.append(Run(dates=tuple(covered), rule=rule, skipped=tuple(skipped)))
        free.difference_update(covered)
        taken.update(covered)
    return runs
