"""
Weekly volume plans for activities: growth under a cap, and planning back from a target.

Volumes are counted in whole tenths of their unit (0.1 km, 0.1 mile, 0.1 min), so the
cap holds exactly: week k's total (volume per session times sessions that week) is
never more than ``(1 + weekly_cap)`` times the total of the week before (the last week
with sessions). Weeks are seven-day blocks from the activity's first day.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from fractions import Fraction

from rehabplan.errors import ScheduleError
from rehabplan.model import Activity, Volume

__all__ = ["plan_volumes", "weekly_totals"]

#: How far ahead we look for the earliest date a target could be reached.
_HORIZON_WEEKS = 520


def _scale(_unit: str) -> int:
    return 10


def _units(volume: Volume) -> int:
    return max(1, round(volume.amount * _scale(volume.unit)))


def _counts(days: Sequence[dt.date], first: dt.date, weeks: int) -> list[int]:
    counts = [0] * weeks
    for day in days:
        week = (day - first).days // 7
        if 0 <= week < weeks:
            counts[week] += 1
    return counts


def _grow(
    counts: Sequence[int], start: int, cap: Fraction, desired: Sequence[int | None]
) -> list[int]:
    """Per-session volume of each week: as *desired* (None: as much as the cap allows)."""
    volumes: list[int] = []
    total = 0
    previous = start
    for week, count in enumerate(counts):
        if count == 0:
            volume = previous
        elif total == 0:
            volume = start
        else:
            allowed = math.floor(total * (1 + cap) / count)
            wanted = desired[week]
            volume = allowed if wanted is None else min(wanted, allowed)
        volume = max(1, volume)
        volumes.append(volume)
        previous = volume
        if count:
            total = volume * count
    return volumes


def _backward(counts: Sequence[int], goal: int, last: int, cap: Fraction) -> list[int]:
    """
    The least volume each week must have for the target week to reach *goal*.

    From week k-1 to k the volume may rise to ``floor(total * (1 + cap) / n_k)``, so
    week k-1 needs at least ``ceil(b_k * n_k / ((1 + cap) * n_(k-1)))`` a session.
    Weeks after the target keep the goal; weeks without sessions carry the need on.
    """
    needs = [goal] * len(counts)
    need, count = goal, counts[last] if last < len(counts) else 0
    for week in range(min(last, len(counts) - 1), -1, -1):
        if week < last and counts[week]:
            if count:
                need = math.ceil(Fraction(need * count) / ((1 + cap) * counts[week]))
            count = counts[week]
        elif week == last:
            count = counts[week]
        needs[week] = need
    return needs


def plan_volumes(
    activity: Activity, days: Sequence[dt.date], first: dt.date, *, where: str = ""
) -> dict[dt.date, Volume]:
    """
    The volume of each session of *activity* on *days*, weeks counted from *first*.

    Without a target the volume grows by *weekly_increase* a week (compounded) up to
    the *ceiling*; with one it is planned back from the target: flat at the starting
    volume until it must grow, then up at the cap to reach the target's volume in the
    target's week.

    Raises:
        ScheduleError: the target cannot be reached under the cap by its date; the
            message says what is reachable by then and the earliest date it could be.

    """
    volume = activity.volume
    if volume is None or not days:
        return {}
    unit = volume.unit
    start = _units(volume)
    weeks = (max(days) - first).days // 7 + 1
    target = activity.target
    if target is not None:
        weeks = max(weeks, (target.date - first).days // 7 + 1)
    counts = _counts(days, first, weeks)
    cap = Fraction(str(activity.weekly_cap))
    ceiling = _units(activity.ceiling) if activity.ceiling is not None else None
    desired: list[int | None]
    if target is None:
        growth = Fraction(str(activity.weekly_increase))
        desired = [math.floor(start * (1 + growth) ** week) for week in range(weeks)]
    else:
        goal = _units(target.volume)
        last = (target.date - first).days // 7
        desired = [max(start, need) for need in _backward(counts, goal, last, cap)]
        desired = [min(d, goal) if d is not None else None for d in desired]
    if ceiling is not None:
        desired = [min(d, ceiling) if d is not None else ceiling for d in desired]
    volumes = _grow(counts, start, cap, desired)
    if target is not None:
        goal = _units(target.volume)
        last = (target.date - first).days // 7
        if volumes[last] < goal:
            greedy = _grow(
                counts, start, cap, [goal if ceiling is None else min(goal, ceiling)] * weeks
            )
            if greedy[last] < goal:
                raise ScheduleError(
                    _unreachable(activity, first, greedy[last], unit, counts[: last + 1]),
                    where=where,
                )
            volumes = greedy
    return {day: Volume(volumes[(day - first).days // 7] / _scale(unit), unit) for day in days}


def _unreachable(
    activity: Activity, first: dt.date, reached: int, unit: str, counts: Sequence[int]
) -> str:
    assert activity.target is not None
    assert activity.volume is not None
    target = activity.target
    reach = Volume(reached / _scale(unit), unit)
    cap = f"{activity.weekly_cap:.0%}"
    text = (
        f"cannot build up to {target.volume} by {target.date} from {activity.volume} "
        f"under the {cap} weekly cap: the most reachable by then is {reach}"
    )
    goal = _units(target.volume)
    ceiling = _units(activity.ceiling) if activity.ceiling is not None else None
    if ceiling is not None and ceiling < goal:
        return text + f"; the ceiling {activity.ceiling} is below the target"
    if activity.weekly_cap > 0:
        # The weekly session counts so far (whole weeks), repeated: the same day rule.
        pattern = list(counts[:-1] if len(counts) > 1 else counts) or [1]
        if not any(pattern):
            pattern = [1]
        ahead = [pattern[week % len(pattern)] for week in range(_HORIZON_WEEKS)]
        greedy = _grow(
            ahead,
            _units(activity.volume),
            Fraction(str(activity.weekly_cap)),
            [None] * _HORIZON_WEEKS,
        )
        for week, value in enumerate(greedy):
            if value >= goal:
                earliest = first + dt.timedelta(weeks=week)
                text += f"; the earliest week it could be reached starts {earliest}"
                break
    return text + "; move the target later, start higher, or raise weekly_cap"


def weekly_totals(volumes: dict[dt.date, Volume], first: dt.date) -> list[float]:
    """
    The total volume of each seven-day week from *first* (weeks with no session are 0).

    >>> weekly_totals({dt.date(2027, 3, 1): Volume(3), dt.date(2027, 3, 9): Volume(3.3)},
    ...               dt.date(2027, 3, 1))
    [3.0, 3.3]
    """
    if not volumes:
        return []
    weeks = (max(volumes) - first).days // 7 + 1
    totals = [0.0] * weeks
    for day, volume in volumes.items():
        totals[(day - first).days // 7] += volume.amount
    return [round(t, 6) for t in totals]
