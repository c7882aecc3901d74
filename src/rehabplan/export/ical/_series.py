"""
Recurring series found in a list of dates: the compact form of a calendar.

The schedule is the single source of truth: the dates on which one event (same
content, same local time, same length) happens are covered by maximal regular runs,
each written as one RRULE, and what is left goes out as single events.
A run is "every N days" (``FREQ=DAILY;INTERVAL=N``) or "these weekdays every week"
(``FREQ=WEEKLY;BYDAY=...``); it may skip a few of its own days with EXDATE, it never
passes `MAX_COUNT` instances (Google Calendar stops a series at 730), and it never
spans a day on which its local time is ambiguous or missing (a daylight-saving change,
see `steady`), because calendar engines disagree about those.

`find_runs` finds the runs in a list of dates. `planned_runs` gives the same runs for
the dates of a recurrence (`rehabplan.scheduling.Recurrence`) without listing them where it can
prove what `find_runs` would find: every N days with no unsteady day is one run per
`MAX_COUNT` dates.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Collection, Container, Iterator

import attrs

from rehabplan.model import Shift
from rehabplan.scheduling import Recurrence

__all__ = ["MAX_COUNT", "Run", "find_runs", "planned_runs", "steady"]

#: Instances a series may generate, EXDATEs included (Google Calendar's limit).
MAX_COUNT = 730

_DAY = dt.timedelta(days=1)


@attrs.frozen
class Run:
    """
    Dates covered by one RRULE (or one single date when *rule* is None).

    *first* is the DTSTART of the series, *last* its UNTIL, *count* the dates it
    covers; *skipped* are the dates the rule generates but the schedule does not
    hold (EXDATE).
    """

    first: dt.date
    last: dt.date
    count: int = 1
    rule: str | None = None
    skipped: tuple[dt.date, ...] = ()


def _daily_rule(days: int) -> str:
    return Recurrence(dt.date.min, dt.date.min, step=days).rule


def _weekly_rule(weekdays: Collection[int]) -> str:
    return Recurrence(dt.date.min, dt.date.min, weekdays=tuple(sorted(weekdays))).rule


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
    free: Container[dt.date],
    taken: Container[dt.date],
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
    >>> [(r.rule, r.count) for r in find_runs(days, lambda day: True)]
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
            candidates.append((covered, skipped, _daily_rule(days)))
            week = frozenset(d.weekday() for d in [first, *following] if d - first < 7 * _DAY)
            if 1 < len(week) < 7:
                covered, skipped = _extend(_weekly(first, week), free, taken, last, steady)
                candidates.append((covered, skipped, _weekly_rule(week)))
        best = max(candidates, key=lambda c: len(c[0]), default=None)
        if best is None or len(best[0]) < 2:
            runs.append(Run(first, first))
            free.discard(first)
            taken.add(first)
            continue
        covered, skipped, rule = best
        runs.append(Run(covered[0], covered[-1], len(covered), rule, tuple(skipped)))
        free.difference_update(covered)
        taken.update(covered)
    return runs


@functools.lru_cache(maxsize=4096)
def steady(day: dt.date, clock: dt.time, length: dt.timedelta, tz: dt.tzinfo | None) -> bool:
    """
    True when an event's local start and end exist once each and share one UTC offset.

    Calendar engines disagree about times in a daylight-saving gap or fold (see
    icscheck's "Known differences"), so such occurrences are written in UTC instead.

    >>> import zoneinfo
    >>> london = zoneinfo.ZoneInfo("Europe/London")
    >>> steady(dt.date(2027, 3, 28), dt.time(8), dt.timedelta(minutes=5), london)
    True
    >>> steady(dt.date(2027, 3, 28), dt.time(0, 30), dt.timedelta(minutes=45), london)
    False
    """
    if tz is None:
        return True
    start = dt.datetime.combine(day, clock)
    end = start + length
    offset = start.replace(tzinfo=tz).utcoffset()
    return (
        start.replace(tzinfo=tz, fold=1).utcoffset() == offset
        and end.replace(tzinfo=tz).utcoffset() == offset
        and end.replace(tzinfo=tz, fold=1).utcoffset() == offset
    )


def planned_runs(
    days: Recurrence, clock: dt.time, length: dt.timedelta, tz: dt.tzinfo, changes: list[Shift]
) -> tuple[list[Run], list[dt.date]]:
    """
    The runs `find_runs` finds for an event at *clock* on the steady *days*, and the other days.

    *changes* are the zone's offset changes from the first day to *length* after the
    last (`rehabplan.model._wallclock.shifts`): only days next to one can be unsteady.
    Those days are not covered; the caller writes them as single events (in UTC,
    or as a series of their own when the gap rule moved them to a steady time).

    With no unsteady day the runs are worked out without listing the days, as
    `find_runs` would find them (a test holds the two equal): one run per
    `MAX_COUNT` dates, a last date alone a single. Every N days is ``FREQ=DAILY``.
    Weekdays are ``FREQ=WEEKLY;BYDAY=...``, unless every N days (N the gap to the
    second date) covers the run's dates too, skipping a few days: `find_runs` tries
    that first and keeps it on a tie, so it is tried here the same way, which takes a
    few steps unless it is about to succeed (six days a week).
    With an unsteady day, the other days are listed and given to `find_runs`.

    >>> import zoneinfo
    >>> daily = Recurrence(dt.date(2027, 3, 1), dt.date(2029, 3, 1), step=1)
    >>> runs, unsteady = planned_runs(daily, dt.time(8), dt.timedelta(minutes=5),
    ...                               zoneinfo.ZoneInfo("UTC"), [])
    >>> [(r.first.isoformat(), r.count, r.rule) for r in runs], unsteady
    ([('2027-03-01', 730, 'FREQ=DAILY'), ('2029-02-28', 2, 'FREQ=DAILY')], [])
    """

    def is_steady(day: dt.date) -> bool:
        return steady(day, clock, length, tz)

    unsteady = sorted(
        {
            day
            for change in changes
            for day in change.days_near(clock, length)
            if day in days and not is_steady(day)
        }
    )
    if unsteady:
        gone = set(unsteady)
        return find_runs([day for day in days if day not in gone], is_steady), unsteady
    runs: list[Run] = []
    total = len(days)
    for index in range(0, total, MAX_COUNT):
        count = min(MAX_COUNT, total - index)
        first, last = days.nth(index), days.nth(index + count - 1)
        if count == 1:
            runs.append(Run(first, first))
        elif days.step:
            runs.append(Run(first, last, count, _daily_rule(days.step)))
        else:
            chunk = Recurrence(first, last, weekdays=days.weekdays)
            gap = (days.nth(index + 1) - first).days
            covered, skipped = _extend(_every(first, gap), chunk, set(), last, is_steady)
            if len(covered) == count:
                runs.append(Run(first, last, count, _daily_rule(gap), tuple(skipped)))
            else:
                week = {d.weekday() for d in (first + n * _DAY for n in range(7)) if d in chunk}
                runs.append(Run(first, last, count, _weekly_rule(week)))
    return runs, []
