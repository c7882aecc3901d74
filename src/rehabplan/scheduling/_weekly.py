"""
Measuring activity load: unit conversions, and the weekly totals of a schedule.

Distances convert exactly (a mile is 1.609344 km); time and distance by the
activity's pace.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from fractions import Fraction

from rehabplan.model import DEFAULT_PACE, Activity, Programme, Schedule, Volume, checked
from rehabplan.scheduling._entries import programme_entries
from rehabplan.scheduling._recurrence import Recurrence

__all__ = ["group_unit", "minutes_per_unit", "ratio", "tenths", "weekly_load"]

#: How far past a stretch's first day its first session is looked for, when it has no end.
_LOOK_AHEAD = dt.timedelta(days=366)

_MILE_KM = Fraction("1.609344")


def minutes_per_unit(activity: Activity, unit: str) -> Fraction:
    """
    Minutes of *activity* per *unit* (km or mi at its pace; 1 for min).

    >>> from rehabplan.model import Timing
    >>> minutes_per_unit(Activity(kind="run", timing=Timing(), volume=Volume(3)), "km")
    Fraction(6, 1)
    """
    if unit == "min":
        return Fraction(1)
    pace = activity.pace or DEFAULT_PACE.get(activity.kind, dt.timedelta(minutes=10))
    per_km = Fraction(round(pace.total_seconds()), 60)
    return per_km * (_MILE_KM if unit == "mi" else 1)


def ratio(activity: Activity, unit: str, group_unit: str) -> Fraction:
    """
    Units of *group_unit* per tenth of *unit*: distances convert exactly, time by the pace.

    >>> from rehabplan.model import Timing
    >>> ratio(Activity(kind="run", timing=Timing(), volume=Volume(3)), "km", "min")
    Fraction(3, 5)
    """
    if unit == group_unit:
        return Fraction(1, 10)
    if {unit, group_unit} == {"km", "mi"}:
        return Fraction(1, 10) * (_MILE_KM if unit == "mi" else 1 / _MILE_KM)
    return (
        Fraction(1, 10) * minutes_per_unit(activity, unit) / minutes_per_unit(activity, group_unit)
    )


def tenths(volume: Volume, unit: str, activity: Activity) -> int:
    """
    *volume* in whole tenths of *unit*, rounded down (at least one).

    >>> from rehabplan.model import Timing
    >>> tenths(Volume(3.3), "km", Activity(kind="run", timing=Timing(), volume=Volume(3)))
    33
    """
    exact = Fraction(str(volume.amount)) * 100 * ratio(activity, volume.unit, unit)
    return max(1, math.floor(exact))


def group_unit(activities: Sequence[Activity]) -> str:
    """The unit a load is counted in: that of the first activity with a volume, else min."""
    return next((a.volume.unit for a in activities if a.volume is not None), "min")


def _first_session_day(programme: Programme, kinds: Sequence[str]) -> dt.date | None:
    """
    The first day an activity of *kinds* runs in the programme, however long the window:
    the load planner counts a load's weeks from there.
    """
    firsts = []
    for entry in programme_entries(programme):
        activity = entry.item
        if not isinstance(activity, Activity) or activity.kind not in kinds:
            continue
        last = entry.last
        if last is None:  # open-ended: a year ahead, short of the last date Python holds
            last = entry.first + min(_LOOK_AHEAD, dt.date.max - entry.first)
        days = Recurrence.of(activity.timing, programme, entry.origin, entry.first, last)
        if days is not None:
            firsts.append(days.first)
    return min(firsts, default=None)


@checked()
def weekly_load(schedule: Schedule, *, kinds: Sequence[str] | None = None) -> list[float]:
    """
    The total volume of the activities of *kinds* in each week of the schedule.

    *kinds* defaults to the programme's shared load (every run); weeks are seven-day
    blocks from the first day such an activity runs in the programme (as the load is
    planned), up to the last with a session; walk/run sessions count their running
    time. Totals are in the unit of the first such activity.

    >>> from rehabplan import examples, expand
    >>> weekly_load(expand(examples.calf_runner()))[:4]
    [9.0, 9.9, 10.8, 11.7]
    """
    programme = schedule.programme
    chosen = tuple(kinds) if kinds is not None else programme.training.shared
    sessions = [
        s for s in schedule.sessions if s.activity is not None and s.activity.kind in chosen
    ]
    if not sessions:
        return []
    unit = group_unit([s.activity for s in sessions if s.activity is not None])
    first = _first_session_day(programme, chosen) or sessions[0].day
    totals: dict[int, Fraction] = {}
    for s in sessions:
        activity = s.activity
        assert activity is not None
        week = (s.day - first).days // 7
        if activity.intervals is not None:
            run = activity.intervals.run * activity.intervals.repeats
            load = Fraction(round(run.total_seconds()), 60) * ratio(activity, "min", unit) * 10
        else:
            assert s.volume is not None
            load = Fraction(str(s.volume.amount)) * 10 * ratio(activity, s.volume.unit, unit)
        totals[week] = totals.get(week, Fraction(0)) + load
    return [round(float(totals.get(w, 0)), 6) for w in range(max(totals) + 1)]
