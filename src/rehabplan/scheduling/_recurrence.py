"""
A `Timing` as days: the dateutil rrule that yields its dates, and the slot times of a day.

The only module that imports dateutil. dateutil's implicit defaults are always passed
explicitly: *dtstart* (else it is the current time) and *wkst* (else the locale's
first weekday).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rehabplan.model import Programme, SlotTimes, Timing, low

if TYPE_CHECKING:
    from dateutil import rrule

__all__ = ["DAILY", "WEEKLY", "day_rrule", "day_rule", "rule_days", "slot_times"]

# dateutil.rrule's frequencies (rrule.WEEKLY, rrule.DAILY), written out so that
# `import rehabplan` does not import dateutil; a test
# holds them equal.
WEEKLY = 2
DAILY = 3


def day_rule(timing: Timing, programme: Programme) -> tuple[int, int, tuple[int, ...]]:
    """
    The day pattern of a timing as (freq, interval, weekdays).

    Named weekdays win; then every N days; then N times a week on the programme's
    fixed weekdays (1 a week: the start date's weekday; 7 a week: every day); else
    every day. Ranges count at their low end (the plan commits to the minimum).
    """
    if timing.weekdays:
        return WEEKLY, 1, timing.weekdays
    if timing.every_days is not None:
        return DAILY, timing.every_days, ()
    if timing.times_per_week is not None:
        count = low(timing.times_per_week)
        if count >= 7:
            return DAILY, 1, ()
        days = programme.weekly_days[count - 1]
        if not days:
            start = timing.start or programme.start
            days = (start.weekday(),)
        return WEEKLY, 1, days
    return DAILY, 1, ()


def rule_days(
    timing: Timing, programme: Programme, first: dt.date, last: dt.date
) -> Iterator[dt.date]:
    """
    The dates of a timing from *first* to *last* (inclusive), lazily.

    "Every other day" counts from *first*, which is the prescription's own start.
    The dates are those of ``rrule(freq, dtstart=first, interval=..., byweekday=...,
    until=last, wkst=MO)`` (a test holds the two equal), computed with date
    arithmetic: the patterns are only "every N days" and "on these weekdays every
    week", and rrule's general machinery costs several microseconds a date.
    """
    if last < first:
        return iter(())
    freq, interval, weekdays = day_rule(timing, programme)
    if freq == WEEKLY and interval == 1:
        return _weekday_dates(first, last, frozenset(weekdays))
    if freq == DAILY:
        return _every_n_days(first, last, interval)
    raise AssertionError(f"no date pattern for freq={freq} interval={interval}")  # pragma: no cover


def _every_n_days(first: dt.date, last: dt.date, step: int) -> Iterator[dt.date]:
    start = first.toordinal()
    for ordinal in range(start, last.toordinal() + 1, step):
        yield dt.date.fromordinal(ordinal)


def _weekday_dates(first: dt.date, last: dt.date, weekdays: frozenset[int]) -> Iterator[dt.date]:
    # date.weekday() is (ordinal + 6) % 7, Monday 0.
    for ordinal in range(first.toordinal(), last.toordinal() + 1):
        if (ordinal + 6) % 7 in weekdays:
            yield dt.date.fromordinal(ordinal)


def day_rrule(timing: Timing, programme: Programme, first: dt.date, last: dt.date) -> rrule.rrule:
    """
    The dateutil rrule of the timing's dates from *first* to *last* (inclusive).

    `rule_days` yields the same dates faster; this is the rule an exporter writes.
    """
    from dateutil import rrule

    freq, interval, weekdays = day_rule(timing, programme)
    weekday_codes = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)
    return rrule.rrule(
        freq,  # type: ignore[arg-type]
        dtstart=dt.datetime.combine(first, dt.time()),
        interval=interval,
        byweekday=[weekday_codes[d] for d in weekdays] or None,
        until=dt.datetime.combine(last, dt.time()),
        wkst=rrule.MO,
        cache=False,
    )


def _spread(count: int, first: dt.time, last: dt.time) -> list[tuple[str, dt.time]]:
    """*count* clock times evenly from *first* to *last*, on whole 5 minutes."""
    a = first.hour * 60 + first.minute
    b = max(a, last.hour * 60 + last.minute)
    minutes = [a + round((b - a) * i / (count - 1) / 5) * 5 for i in range(count)]
    times = sorted({dt.time(m // 60 % 24, m % 60) for m in minutes})
    return [(t.strftime("%H:%M"), t) for t in times]


def slot_times(timing: Timing, slots: SlotTimes) -> list[tuple[str, dt.time]]:
    """
    The (label, clock time) of each session in a day, in time order.

    Named times of day and clock times are used as given. Otherwise the
    defaults: once = morning; twice = morning + evening; three times = morning, noon,
    evening; four = adds bedtime; five or more = spread evenly from morning to bedtime.
    Every N hours runs from the morning slot up to bedtime, or through the whole day
    when *round_the_clock*.
    """
    if timing.times_of_day:
        # Two names for one clock time (night and bedtime are both 21:00 by default)
        # are one session, under the first name.
        by_time: dict[dt.time, str] = {}
        for t in timing.times_of_day:
            by_time.setdefault(slots.of(t), t if isinstance(t, str) else t.strftime("%H:%M"))
        return sorted(((label, clock) for clock, label in by_time.items()), key=lambda p: p[1])
    if timing.every_hours is not None:
        step = low(timing.every_hours)
        start = slots.morning.hour * 60 + slots.morning.minute
        if timing.round_the_clock:
            end = start + 24 * 60 - 1
        else:
            end = slots.bedtime.hour * 60 + slots.bedtime.minute
            end = end if end >= start else end + 24 * 60
        minutes = range(start, end + 1, step * 60)
        times = sorted(dt.time(m // 60 % 24, m % 60) for m in minutes)
        return [("morning" if t == slots.morning else t.strftime("%H:%M"), t) for t in times]
    count = low(timing.times_per_day) if timing.times_per_day is not None else 1
    names = {
        1: ("morning",),
        2: ("morning", "evening"),
        3: ("morning", "noon", "evening"),
        4: ("morning", "noon", "evening", "bedtime"),
    }.get(count)
    if names is not None:
        return sorted(((n, slots.of(n)) for n in names), key=lambda pair: pair[1])
    return _spread(count, slots.morning, slots.bedtime)
