"""
One week of a training load: what each session wants, and what the caps leave it.

The arithmetic of `rehabplan.scheduling._load`, one block (seven-day week) at a time.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from fractions import Fraction

import attrs

from rehabplan.model import Activity
from rehabplan.scheduling._weekly import tenths

__all__ = ["Item", "State", "desired", "fraction", "plan_block"]


@attrs.frozen
class Item:
    """One session of a load: its activity and day, and how it counts toward the load."""

    index: int
    day: dt.date
    activity: Activity
    origin: dt.date
    long: bool
    ratio: Fraction  # group units per tenth of the activity's unit
    fixed: Fraction | None  # a walk/run session's running time, in group units


@attrs.define
class State:
    """Where a load stands after a block: its last total, and each activity's last volume."""

    previous: Fraction = Fraction(0)  # the last block total with sessions
    blocks: int = 0  # blocks with sessions so far
    longs: dict[str, int] = attrs.Factory(dict)  # the last volume of each activity
    totals: dict[int, Fraction] = attrs.Factory(dict)  # block number -> total


def desired(item: Item, state: State, most: int | None) -> int:
    """
    What a session wants, in tenths of its activity's unit, before the shared caps.

    *most* is the longest a long run may be (its race's longest run, the longest-run
    setting and its ceiling).
    """
    activity = item.activity
    assert activity.volume is not None
    unit = activity.volume.unit
    start = tenths(activity.volume, unit, activity)
    if item.long and activity.target is not None and most is not None:
        wanted = most
    else:
        weeks = (item.day - item.origin).days // 7
        grown = start * (1 + fraction(activity.weekly_increase)) ** weeks
        wanted = math.floor(grown)
    if activity.ceiling is not None:
        wanted = min(wanted, tenths(activity.ceiling, unit, activity))
    if item.long and most is not None:
        wanted = min(wanted, most)
    last = state.longs.get(activity.id)
    if last is not None:  # each activity grows under its own cap too
        cap = fraction(activity.weekly_cap)
        # at least a tenth, or a short session cut by a shared cap could never regrow
        wanted = min(wanted, max(math.floor(last * (1 + cap)), last + 1 if cap else last))
    elif item.long:
        wanted = min(wanted, start)
    return max(1, wanted)


def fraction(value: float) -> Fraction:
    """
    A setting's fraction, exactly as written.

    >>> fraction(0.1)
    Fraction(1, 10)
    """
    return Fraction(str(value))


def apportion(values: Sequence[Fraction], scale: Fraction) -> list[int]:
    """
    Scale *values* (tenths) to whole tenths that keep the scaled total: each is
    rounded down, then the tenths the rounding lost go to the largest remainders.

    Rounding each value down alone loses up to a tenth a session, which in a week
    of short sessions is a fifth of the week, and a later cut compounds it.

    >>> apportion([Fraction(6), Fraction(18), Fraction(6)], Fraction(5, 8))
    [4, 11, 3]
    """
    exact = [v * scale for v in values]
    out = [math.floor(v) for v in exact]
    short = math.floor(sum(exact, Fraction(0))) - sum(out)
    by_remainder = sorted(range(len(exact)), key=lambda n: out[n] - exact[n])
    for n in by_remainder[:short]:
        out[n] += 1
    return out


def plan_block(
    items: Sequence[Item],
    wants: Sequence[Fraction],
    allowed: Fraction | None,
    share: Fraction,
    protected: Sequence[bool] = (),
) -> list[int | Fraction]:
    """
    The volume of each item (tenths; a walk/run session its fixed load or 0).

    *wants* are the tenths each wants after its own limits; *allowed* the block's
    allowance in group units (None: no limit). Over the allowance, the items not
    *protected* (a taper week's sessions are, their cut is made already) give way
    first, all alike; only when they cannot are the protected ones cut too.
    """
    kept = list(protected) or [False] * len(items)
    fixed = sum((i.fixed for i in items if i.fixed is not None), Fraction(0))
    loads = [
        w * i.ratio if i.fixed is None else Fraction(0) for i, w in zip(items, wants, strict=True)
    ]
    free = sum((v for v, k in zip(loads, kept, strict=True) if not k), Fraction(0))
    held = sum(loads, Fraction(0)) - free
    scales = [Fraction(1), Fraction(1)]  # for free and for protected items
    if allowed is not None and free + held + fixed > allowed:
        over = free + held + fixed - allowed
        if free >= over:
            scales[0] = (free - over) / free
        else:
            scales[0] = Fraction(0)
            room = max(Fraction(0), allowed - fixed)
            scales[1] = room / held if held else Fraction(1)
    out: list[int | Fraction] = [i.fixed if i.fixed is not None else 0 for i in items]
    for k in (False, True):
        flexible = [n for n, i in enumerate(items) if i.fixed is None and kept[n] is k]
        scaled = apportion([Fraction(wants[n]) for n in flexible], scales[int(k)])
        for n, value in zip(flexible, scaled, strict=True):
            out[n] = value
    others = sum(
        (
            v * i.ratio if i.fixed is None else v
            for i, v in zip(items, out, strict=True)
            if not i.long
        ),
        Fraction(0),
    )
    if share < 1 and others:
        most = share / (1 - share) * others
        for n, item in enumerate(items):
            if item.long and item.fixed is None:
                out[n] = min(out[n], math.floor(most / item.ratio))
    return out
