"""
Overlaps: dated items of one schedule that would have the patient in two places at once.

A routine lasts as long as its exercises one after the other; an activity session
as long as its planned volume takes; an appointment its booked length. Two of them
overlap when one starts before the other ends.

Part of `rehabplan.scheduling`, which re-exports every public name.
"""

from __future__ import annotations

from attrs import frozen

from rehabplan.model import Routine, Schedule, ScheduledAppointment

__all__ = ["Overlap", "overlaps"]


def _span(item: Routine | ScheduledAppointment) -> str:
    return f"{item.start:%H:%M}-{item.end:%H:%M}"


@frozen(kw_only=True)
class Overlap:
    """
    Two dated items of a schedule that overlap: *first* starts before *second* ends.

    .. versionadded:: 0.2
    """

    first: Routine | ScheduledAppointment
    second: Routine | ScheduledAppointment

    def describe(self) -> str:
        """
        The overlap in words, naming both items, their day and their times.

        >>> import datetime as dt
        >>> from rehabplan import Activity, Programme, Timing, Volume, examples, expand
        >>> runner = Programme(title="Long runs", start=dt.date(2027, 3, 1), timezone="UTC",
        ...     until=dt.date(2027, 3, 7), prescriptions=examples.achilles().prescriptions,
        ...     activities=[Activity(kind="run", timing=Timing(weekdays=(6,)), volume=Volume(32))])
        >>> print(overlaps(expand(runner))[0].describe())  # doctest: +ELLIPSIS
        Sun 2027-03-07: Run · 32 km (15:00-18:15) overlaps Eccentric heel drops ... (18:00-18:...)
        """
        return (
            f"{self.first.start:%a %Y-%m-%d}: {self.first.summary} ({_span(self.first)}) "
            f"overlaps {self.second.summary} ({_span(self.second)})"
        )


def overlaps(schedule: Schedule) -> tuple[Overlap, ...]:
    """
    Every pair of routines, activity sessions and timed appointments that overlap.

    Sessions that share a start are one routine, done one after the other, so they
    never overlap each other.

    >>> from rehabplan import examples, expand
    >>> overlaps(expand(examples.achilles()))
    ()

    .. versionadded:: 0.2
    """
    blocks: list[Routine | ScheduledAppointment] = [
        *schedule.routines(),
        *(a for a in schedule.appointments if not a.all_day),
    ]
    blocks.sort(key=lambda item: item.start)
    found = []
    for index, block in enumerate(blocks):
        for later in blocks[index + 1 :]:
            if later.start >= block.end:
                break
            found.append(Overlap(first=block, second=later))
    return tuple(found)
