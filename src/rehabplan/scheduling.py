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
from collections.abc import Iterator

from rehabplan._recurrence import rule_days, slot_times
from rehabplan._wallclock import localize
from rehabplan.errors import ScheduleError
from rehabplan.model import (
    Anchor,
    Prescription,
    Programme,
    Schedule,
    Session,
    SlotTimes,
    Timing,
)

__all__ = ["DEFAULT_LIMIT", "expand", "prescription_window"]

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


def prescription_window(
    prescription: Prescription, programme: Programme
) -> tuple[dt.date, dt.date | None]:
    """
    The first and last day (inclusive) of a scheduled prescription.

    The start is the timing's own start, else the programme's; the end comes from the
    timing ("for 2 weeks": 14 days, start included; "until DATE": that date), else the
    programme's *until*, else None (open-ended).
    """
    timing = prescription.timing
    assert isinstance(timing, Timing)
    first = timing.start or programme.start
    if timing.until is not None:
        return first, timing.until
    if timing.duration_days is not None:
        return first, first + dt.timedelta(days=timing.duration_days - 1)
    return first, programme.until


def _anchored_timing(prescription: Prescription, where: str) -> Timing:
    """Resolve a daily-life anchor ("before dinner") to its slot; refuse the others."""
    timing = prescription.timing
    assert isinstance(timing, Timing)
    anchor: Anchor | None = timing.anchor
    if anchor is None:
        return timing
    slot = _DAILY_EVENTS.get(anchor.event)
    if slot is not None and anchor.relation != "when" and not timing.times_of_day:
        return Timing(
            times_of_day=(slot,),
            every_days=timing.every_days,
            times_per_week=timing.times_per_week,
            weekdays=timing.weekdays,
            start=timing.start,
            duration_days=timing.duration_days,
            until=timing.until,
        )
    if slot is not None:
        return timing
    raise ScheduleError(
        f"'{anchor}' ties {prescription.name!r} to {anchor.event!r}, but the programme "
        f"schedules no {anchor.event!r}; add it as an activity, give a time of day "
        "instead, or make the prescription 'as needed'",
        where=where,
    )


def _sessions(
    prescription: Prescription,
    programme: Programme,
    first: dt.date,
    last: dt.date,
    window: tuple[dt.date, dt.date],
    where: str,
) -> Iterator[Session]:
    timing = _anchored_timing(prescription, where)
    slots: SlotTimes = programme.slot_times
    day_slots = slot_times(timing, slots)
    tz = programme.tz
    length = (
        prescription.dose.estimated_duration()
        if prescription.dose is not None
        else dt.timedelta(minutes=10)
    )
    for day in rule_days(timing, programme, first, last):
        if day < window[0]:
            continue
        seen: set[dt.datetime] = set()
        for label, clock in day_slots:
            start = localize(day, clock, tz)
            if start in seen:  # two slot times met in a DST gap: one session
                continue
            seen.add(start)
            yield Session(
                start=start,
                end=start + length,
                prescription=prescription,
                dose=prescription.dose,
                slot=label,
            )


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
    prescription runs. As-needed prescriptions are never scheduled.
    An expansion that would pass *limit* sessions raises `ScheduleError` before it
    uses the memory.

    Raises:
        ScheduleError: an open-ended prescription with no *until* anywhere, an anchor
            to an event the programme does not schedule, or more than *limit* sessions.

    >>> import datetime as dt
    >>> from rehabplan import examples
    >>> schedule = expand(examples.achilles(), until=dt.date(2027, 3, 2))
    >>> [s.start.strftime("%a %H:%M") for s in schedule]
    ['Mon 08:00', 'Mon 18:00', 'Tue 08:00', 'Tue 18:00']

    """
    window_start = start or programme.start
    windows: list[tuple[int, Prescription, dt.date, dt.date | None]] = []
    for index, prescription in enumerate(programme.prescriptions):
        if prescription.as_needed:
            continue
        first, last = prescription_window(prescription, programme)
        windows.append((index, prescription, first, last))
    window_until = until
    if window_until is None:
        open_ended = [p for _, p, _, last in windows if last is None]
        if open_ended:
            raise ScheduleError(
                f"{open_ended[0].name!r} has no end; give it 'for N weeks' or 'until DATE', "
                "set the programme's until, or pass until",
                where=f"prescriptions[{windows[[w[1] for w in windows].index(open_ended[0])][0]}]",
            )
        ends = [last for _, _, _, last in windows if last is not None]
        window_until = max(ends) if ends else window_start
    if window_until < window_start:
        raise ScheduleError(
            f"the window ends ({window_until}) before it starts ({window_start})",
            where="until",
        )
    sessions: list[Session] = []
    for index, prescription, first, last in windows:
        stop = min(last, window_until) if last is not None else window_until
        for session in _sessions(
            prescription,
            programme,
            first,
            stop,
            (window_start, window_until),
            f"prescriptions[{index}]",
        ):
            sessions.append(session)
            if len(sessions) > limit:
                raise ScheduleError(
                    f"the schedule would have more than {limit} sessions; "
                    "shorten the window (until) or raise the limit",
                    where="limit",
                )
    order = {p.id: i for i, p in enumerate(programme.prescriptions)}
    sessions.sort(key=lambda s: (s.start, order[s.prescription.id]))
    return Schedule(programme=programme, start=window_start, until=window_until, sessions=sessions)
