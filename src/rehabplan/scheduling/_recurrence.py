"""
The one recurrence engine: the dates a timing falls on, as one value that expands
itself through dateutil's `rrule` and writes itself as the RRULE of a calendar.

dateutil's implicit defaults are always passed explicitly: *dtstart* (else it is the
current time) and *wkst* (else the locale's first weekday).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from rehabplan.model import WEEKDAY_CODES, Programme, SlotTimes, Timing, low

if TYPE_CHECKING:
    from dateutil import rrule

__all__ = ["Recurrence", "slot_times"]

_DAY = dt.timedelta(days=1)


def _week(day: dt.date, *, back: bool = False) -> Iterator[dt.date]:
    """*day* and the six days after it (before it, with *back*)."""
    sign = -1 if back else 1
    return (day + sign * n * _DAY for n in range(7))


@attrs.frozen
class Recurrence:
    """
    The dates of a day rule from *first* to *last*, both dates of the pattern.

    Every *step* days from *first* (``FREQ=DAILY;INTERVAL=step``); or, when *step* is
    0, on *weekdays* (two to six of them, Monday 0) every week
    (``FREQ=WEEKLY;BYDAY=...``). Its dates are those of its dateutil `rrule`, and
    `rule` is the RRULE a calendar writes for them: the schedule and the calendar
    read one value.

    >>> days = Recurrence(dt.date(2027, 3, 1), dt.date(2027, 3, 12), weekdays=(0, 2, 4))
    >>> days.rule
    'FREQ=WEEKLY;BYDAY=MO,WE,FR'
    >>> len(days), days.nth(4), dt.date(2027, 3, 9) in days
    (6, datetime.date(2027, 3, 10), False)
    >>> [d.day for d in Recurrence(dt.date(2027, 3, 1), dt.date(2027, 3, 7), step=3)]
    [1, 4, 7]
    """

    first: dt.date
    last: dt.date
    step: int = 0
    weekdays: tuple[int, ...] = ()

    @classmethod
    def of(
        cls, timing: Timing, programme: Programme, origin: dt.date, first: dt.date, last: dt.date
    ) -> Recurrence | None:
        """
        The dates of *timing* from *first* to *last* (inclusive); None when none falls there.

        Named weekdays win; then every N days, counted from *origin* (the item's own
        start, on or before *first*); then N times a week on the programme's fixed
        weekdays (1 a week: the start date's weekday; 7 a week: every day); else every
        day. Ranges count at their low end (the plan commits to the minimum).

        >>> from rehabplan import Programme
        >>> programme = Programme(title="X", start=dt.date(2027, 3, 1), timezone="UTC")
        >>> Recurrence.of(Timing(every_days=2), programme, dt.date(2027, 3, 1),
        ...               dt.date(2027, 3, 4), dt.date(2027, 3, 20)).rule
        'FREQ=DAILY;INTERVAL=2'
        """
        step = 1
        weekdays: tuple[int, ...] = ()
        if timing.weekdays:
            weekdays = timing.weekdays
        elif timing.every_days is not None:
            step = timing.every_days
        elif timing.times_per_week is not None and low(timing.times_per_week) < 7:
            weekdays = programme.weekly_days[low(timing.times_per_week) - 1] or (
                (timing.start or programme.start).weekday(),
            )
        if 1 < len(weekdays) < 7:
            begin = next((d for d in _week(first) if d.weekday() in weekdays), None)
            end = next((d for d in _week(last, back=True) if d.weekday() in weekdays), None)
            if begin is None or end is None or end < begin:
                return None
            return cls(begin, end, weekdays=tuple(sorted(weekdays)))
        if weekdays:  # one weekday: every 7 days from the first; all seven: every day
            step = 7 if len(weekdays) == 1 else 1
            origin = next(d for d in _week(first) if d.weekday() in weekdays)
        begin = first + dt.timedelta(days=(origin - first).days % step)
        if begin > last:
            return None
        return cls(begin, last - dt.timedelta(days=(last - begin).days % step), step=step)

    @property
    def rule(self) -> str:
        """The RRULE value of these dates, without its UNTIL (the writer adds the time)."""
        if self.step:
            return "FREQ=DAILY" if self.step == 1 else f"FREQ=DAILY;INTERVAL={self.step}"
        return "FREQ=WEEKLY;BYDAY=" + ",".join(WEEKDAY_CODES[d] for d in self.weekdays)

    def rrule(self) -> rrule.rrule:
        """
        The dateutil rrule of these dates, at midnight.

        >>> list(Recurrence(dt.date(2027, 3, 1), dt.date(2027, 3, 3), step=2).rrule())
        [datetime.datetime(2027, 3, 1, 0, 0), datetime.datetime(2027, 3, 3, 0, 0)]
        """
        from dateutil import rrule  # only when a schedule is made: `import rehabplan` stays quick

        codes = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)
        return rrule.rrule(
            rrule.DAILY if self.step else rrule.WEEKLY,
            dtstart=dt.datetime.combine(self.first, dt.time()),
            interval=self.step or 1,
            byweekday=[codes[d] for d in self.weekdays] or None,
            until=dt.datetime.combine(self.last, dt.time()),
            wkst=rrule.MO,
            cache=False,
        )

    def dates(self) -> list[dt.date]:
        """
        Every date, in order, as the rrule yields them.

        >>> days = Recurrence(dt.date(2027, 3, 1), dt.date(2027, 3, 10), weekdays=(0, 2))
        >>> [d.day for d in days.dates()]
        [1, 3, 8, 10]
        """
        start = self.first.toordinal()
        span = self.last.toordinal() - start
        shape = _Shape(self.step, self.weekdays, self.first.weekday(), span, self.first)
        return [dt.date.fromordinal(start + offset) for offset in _offsets(shape)]

    def __iter__(self) -> Iterator[dt.date]:
        return iter(self.dates())

    def _offsets(self) -> list[int]:
        start = self.first.weekday()
        return sorted((day - start) % 7 for day in self.weekdays)

    def __len__(self) -> int:
        span = (self.last - self.first).days
        if self.step:
            return span // self.step + 1
        offsets = self._offsets()
        weeks, rest = divmod(span, 7)
        return weeks * len(offsets) + sum(1 for o in offsets if o <= rest)

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, dt.date) or not self.first <= day <= self.last:
            return False
        if self.step:
            return (day - self.first).days % self.step == 0
        return day.weekday() in self.weekdays

    def nth(self, index: int) -> dt.date:
        """The date at *index* (0 is *first*), which must be below ``len(self)``."""
        if self.step:
            return self.first + dt.timedelta(days=index * self.step)
        offsets = self._offsets()
        weeks, rest = divmod(index, len(offsets))
        return self.first + dt.timedelta(days=7 * weeks + offsets[rest])


@attrs.frozen
class _Shape:
    """
    What the dates of a recurrence depend on, counted from its first date: its rule,
    the weekday of its first date and its length; *first* (one such date) is not
    part of it.
    """

    step: int
    weekdays: tuple[int, ...]
    weekday: int
    span: int
    first: dt.date = attrs.field(eq=False)


@functools.lru_cache(maxsize=1024)
def _offsets(shape: _Shape) -> tuple[int, ...]:
    """
    The days from the first date to each date of a recurrence of *shape*, by its rrule.

    Every recurrence of one shape has the same offsets, and the items of a clinic's
    programmes come in a few shapes: the rrule (several microseconds a date) runs
    once per shape, not once per item.
    """
    first = shape.first
    rule = Recurrence(first, first + dt.timedelta(days=shape.span), shape.step, shape.weekdays)
    start = first.toordinal()
    return tuple(moment.toordinal() - start for moment in rule.rrule())


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
