"""
A programme planned as recurrences where it can be, and expanded where it cannot.

A compact calendar needs the sessions only as patterns ("08:00 and 18:00 every day
from 1 March to 23 May"). Expanding a two-year programme into 15,000 sessions to
find the patterns again costs more than writing the calendar, so `plan` reads them
from the rules instead, for each item over each stretch of days it runs (the base,
then each phase: see `rehabplan.scheduling`) when it can prove that its sessions
are a plain recurrence:

- a prescription with a timing: not an activity (its volume grows week by week) and
  not tied to an activity's sessions ("before each run");
- one dose all along: no progression;
- the only stretch of that prescription in that phase;
- no day of the pattern on which the zone skips the day, or on which two of its
  slot times meet in a daylight-saving gap (the gap rule moves both to the
  same instant, and `expand` keeps one). Only days near the zone's offset changes
  in the span are looked at, not every day.

Every other item is expanded as `expand` does it (`Plan.rest`). Together the
recurrences' sessions and the rest are exactly `expand`'s sessions (a test holds
them equal), and the exporters may use either.
"""

from __future__ import annotations

import collections
import datetime as dt
import zoneinfo
from collections.abc import Iterator

import attrs

from rehabplan.model import (
    Dose,
    Prescription,
    Programme,
    Schedule,
    Session,
    Shift,
    Timing,
    localize,
    shifts,
)
from rehabplan.scheduling._expand import (
    DEFAULT_LIMIT,
    Entry,
    check_window_arguments,
    daily_anchor,
    edge_error,
    expand_entries,
    expansion_window,
    is_activity_anchor,
    limit_error,
    programme_entries,
)
from rehabplan.scheduling._recurrence import WEEKLY, day_rule, slot_times

__all__ = ["Days", "Plan", "Recurrence", "plan"]

_DAY = dt.timedelta(days=1)
_NOON = dt.time(12)


@attrs.frozen
class Days:
    """
    The dates of a recurrence from *first* to *last*, both dates of the pattern.

    Every *step* days from *first*; or, when *step* is 0, on *weekdays* (two to six
    of them, Monday 0) every week.

    >>> days = Days(dt.date(2027, 3, 1), dt.date(2027, 3, 12), weekdays=(0, 2, 4))
    >>> len(days), days.nth(4), dt.date(2027, 3, 9) in days
    (6, datetime.date(2027, 3, 10), False)
    """

    first: dt.date
    last: dt.date
    step: int = 0
    weekdays: tuple[int, ...] = ()

    @classmethod
    def of(
        cls,
        rule: tuple[int, int, tuple[int, ...]],
        origin: dt.date,
        first: dt.date,
        last: dt.date,
    ) -> Days | None:
        """
        The dates of a day rule (`_recurrence.day_rule`) from *first* to *last*.

        Every N days counts from *origin* (on or before *first*), the item's own
        start, as `rehabplan.scheduling._recurrence.rule_days` does. None when no date falls
        in the span.
        """
        freq, interval, weekdays = rule
        if freq == WEEKLY and 1 < len(weekdays) < 7:
            begin = next((d for d in _week(first) if d.weekday() in weekdays), None)
            end = next((d for d in _week(last, back=True) if d.weekday() in weekdays), None)
            if begin is None or end is None or end < begin:
                return None
            return cls(begin, end, weekdays=tuple(sorted(weekdays)))
        if freq == WEEKLY:  # one weekday: every 7 days from the first; all seven: every day
            step = 7 if len(weekdays) == 1 else 1
            origin = next(d for d in _week(first) if d.weekday() in weekdays)
        else:
            step = interval
        begin = first + dt.timedelta(days=(origin - first).days % step)
        if begin > last:
            return None
        return cls(begin, last - dt.timedelta(days=(last - begin).days % step), step=step)

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

    def __iter__(self) -> Iterator[dt.date]:
        if self.step:
            ordinals = range(self.first.toordinal(), self.last.toordinal() + 1, self.step)
            return map(dt.date.fromordinal, ordinals)
        return (d for d in _span(self.first, self.last) if d.weekday() in self.weekdays)

    def nth(self, index: int) -> dt.date:
        """The date at *index* (0 is *first*), which must be below ``len(self)``."""
        if self.step:
            return self.first + dt.timedelta(days=index * self.step)
        offsets = self._offsets()
        weeks, rest = divmod(index, len(offsets))
        return self.first + dt.timedelta(days=7 * weeks + offsets[rest])


def _week(day: dt.date, *, back: bool = False) -> Iterator[dt.date]:
    """*day* and the six days after it (before it, with *back*)."""
    sign = -1 if back else 1
    return (day + sign * n * _DAY for n in range(7))


def _span(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    return map(dt.date.fromordinal, range(first.toordinal(), last.toordinal() + 1))


@attrs.frozen(kw_only=True)
class Recurrence:
    """
    One prescription's sessions over one stretch of days: the same *slots* on every one of *days*.

    Each session starts at its slot's clock time by the gap and fold rule and lasts
    *length*; all have *dose* and *phase*. *order* is the prescription's place in
    the programme (sessions at one instant are listed in that order).
    """

    prescription: Prescription
    phase: str | None
    order: int
    dose: Dose | None
    length: dt.timedelta
    slots: tuple[tuple[str, dt.time], ...]
    days: Days

    def __len__(self) -> int:
        return len(self.days) * len(self.slots)

    def session(self, day: dt.date, slot: tuple[str, dt.time], tz: zoneinfo.ZoneInfo) -> Session:
        """The session of *slot* on *day*."""
        label, clock = slot
        start = localize(day, clock, tz)
        return Session(
            start=start,
            end=start + self.length,
            prescription=self.prescription,
            dose=self.dose,
            slot=label,
            phase=self.phase,
        )

    def sessions(self, tz: zoneinfo.ZoneInfo) -> Iterator[Session]:
        """Every session, day by day: what `rehabplan.expand` gives for this stretch."""
        for day in self.days:
            for slot in self.slots:
                yield self.session(day, slot, tz)


@attrs.frozen(kw_only=True)
class Plan:
    """
    A programme's sessions from *start* to *until*: *recurrences*, and the *rest* expanded.
    """

    programme: Programme
    start: dt.date
    until: dt.date
    recurrences: tuple[Recurrence, ...]
    rest: Schedule

    def __len__(self) -> int:
        return sum(len(r) for r in self.recurrences) + len(self.rest)


def _plain(entry: Entry) -> bool:
    """Whether the entry's sessions can be a recurrence, as far as its rules tell."""
    item = entry.item
    return (
        isinstance(item, Prescription)
        and isinstance(item.timing, Timing)
        and not is_activity_anchor(item)
        and (item.progression is None or item.dose is None)
    )


def _recurrence(
    entry: Entry, programme: Programme, first: dt.date, last: dt.date
) -> Recurrence | None:
    """The recurrence of a plain entry from *first* to *last*; None when it has no day there."""
    prescription = entry.item
    assert isinstance(prescription, Prescription)
    timing = prescription.timing
    assert isinstance(timing, Timing)
    if timing.anchor is not None:  # a daily event: a slot of the day ("before dinner")
        timing = daily_anchor(timing)
    days = Days.of(day_rule(timing, programme), entry.origin, first, last)
    if days is None:
        return None
    dose = prescription.dose
    return Recurrence(
        prescription=prescription,
        phase=entry.phase,
        order=entry.order,
        dose=dose,
        length=dose.estimated_duration() if dose is not None else dt.timedelta(minutes=10),
        slots=tuple(slot_times(timing, programme.slot_times)),
        days=days,
    )


def _regular(recurrence: Recurrence, tz: zoneinfo.ZoneInfo, changes: list[Shift]) -> bool:
    """
    No day on which the zone skips the date, and no two slots that meet in a gap.

    Both happen only next to an offset change, so only those days are looked at,
    with the test `expand` uses (`rehabplan.scheduling._start`).
    """
    days = recurrence.days
    several = len(recurrence.slots) > 1
    near = {
        day
        for change in changes
        for _, clock in recurrence.slots
        for day in change.days_near(clock, dt.timedelta(0))
        if day in days
    }
    for day in near:
        starts = [localize(day, clock, tz) for _, clock in recurrence.slots]
        if any(s.date() != day for s in starts) and localize(day, _NOON, tz).date() != day:
            return False  # a day the zone skipped (Samoa, 30 December 2011)
        if several and len(set(starts)) < len(starts):
            return False
    return True


def plan(
    programme: Programme,
    *,
    start: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = DEFAULT_LIMIT,
    partial: bool = True,
) -> Plan:
    """
    The sessions of `rehabplan.expand` (same arguments, same errors), as recurrences where it can.

    With *partial* false it is all or nothing: when one item cannot be planned, the
    whole programme is expanded into *rest* (a calendar of routines needs every
    session of a slot to know what the slot holds).

    >>> from rehabplan import examples
    >>> planned = plan(examples.achilles())
    >>> [(r.prescription.id, len(r.days), len(r.slots)) for r in planned.recurrences]
    [('eccentric-heel-drops', 84, 2)]
    >>> len(planned), len(planned.rest)
    (168, 0)

    Raises:
        ScheduleError: as `rehabplan.expand`.

    """
    check_window_arguments(start, until, limit)
    entries = programme_entries(programme)
    window = expansion_window(programme, entries, start, until)
    if window is None:  # the window starts after the last session
        day = start or programme.start
        empty = Schedule(programme=programme, start=day, until=day, sessions=())
        return Plan(programme=programme, start=day, until=day, recurrences=(), rest=empty)
    first, last = window
    tz = programme.tz
    stretches = collections.Counter((e.item.id, e.phase) for e in entries)
    changes = shifts(tz, first - _DAY, last)
    recurrences: list[Recurrence] = []
    rest: list[Entry] = []
    try:
        for entry in entries:
            if not _plain(entry) or stretches[(entry.item.id, entry.phase)] > 1:
                rest.append(entry)
                continue
            begin = max(entry.first, first)
            end = last if entry.last is None else min(entry.last, last)
            recurrence = _recurrence(entry, programme, begin, end) if begin <= end else None
            if recurrence is None:
                continue
            if _regular(recurrence, tz, changes):
                recurrences.append(recurrence)
            else:
                rest.append(entry)
        if rest and not partial:
            recurrences, rest = [], entries
        planned = sum(len(r) for r in recurrences)
        if planned > limit:
            raise limit_error(limit)
        for recurrence in recurrences:  # the edges of the calendar, as expand finds them
            for day in (recurrence.days.first, recurrence.days.last):
                for _, clock in recurrence.slots:
                    localize(day, clock, tz)
        schedule = expand_entries(programme, rest, first, last, limit, taken=planned)
    except OverflowError:
        raise edge_error() from None
    return Plan(
        programme=programme,
        start=first,
        until=last,
        recurrences=tuple(recurrences),
        rest=schedule,
    )
