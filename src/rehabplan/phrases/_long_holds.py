"""
Holds too long to be what was meant: over 10 minutes ("Hold for 2030 seconds": a
misprint, or a timed bout?), or over 2 minutes with the digits of a range run together
("Hold for 510 seconds": 5-10 with the dash lost?). Both are asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from rehabplan._regex import LazyRegex
from rehabplan.model import Range

__all__ = ["long_hold"]

#: What a merged phrase says: the words, where they are, and whether it asks.
Said = tuple[str, int, int, bool]

#: A hold longer than this is asked about: a misprint ("Hold for 2030 seconds" for
#: 20-30) or a timed bout, far more often than a static hold.
_LONGEST_HOLD = dt.timedelta(minutes=10)
#: Beyond the model's limit a hold is refused with the model's message, not asked.
_MOST_HOLD = dt.timedelta(hours=2)


def long_hold(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[Said]:
    hold = fields.get("hold")
    longest = hold.high if isinstance(hold, Range) else hold
    if isinstance(longest, dt.timedelta) and _LONGEST_HOLD < longest <= _MOST_HOLD:
        start, end = spans["hold"]
        said = f"{text[start:end]!r} holds over 10 minutes: a misprint, or a timed bout? say which"
        yield said, start, end, True
    elif isinstance(longest, dt.timedelta) and longest > _TWO_MINUTES:
        start, end = spans["hold"]
        seconds = str(int(longest.total_seconds()))
        run_together = _a_range_run_together(seconds)
        if seconds in _DIGITS.findall(text[start:end]) and run_together is not None:
            low, high = run_together
            said = f"{text[start:end]!r}: {seconds} seconds, or {low}-{high} with the dash lost?"
            yield said, start, end, True


#: Holds a misprint runs together ("510 seconds" for 5-10) are longer than this.
_TWO_MINUTES = dt.timedelta(minutes=2)
_DIGITS = LazyRegex(r"\d+")
#: The lengths of hold a range is written with.
_ROUND_HOLDS = frozenset({1, 2, 3, 5, 10, 15, 20, 30, 45, 60, 90, 120})


def _a_range_run_together(digits: str) -> tuple[int, int] | None:
    """
    The range a number of seconds may be with its dash lost: "510" is 5-10, "2030" 20-30;
    None where no split gives two round lengths, the second no more than 4 times the first.

    >>> _a_range_run_together("510"), _a_range_run_together("600")
    ((5, 10), None)
    """
    for cut in range(1, len(digits)):
        low, high = int(digits[:cut]), int(digits[cut:])
        if digits[cut] != "0" and {low, high} <= _ROUND_HOLDS and low < high <= 4 * low:
            return low, high
    return None
