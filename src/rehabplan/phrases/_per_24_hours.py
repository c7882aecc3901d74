"""
Counts in a window of hours: "4 in 24 hours" is 4 a day, "1 every 6 hours" every 6 hours,
"10 times every two hours" 10 repetitions every 2 hours.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rehabplan.model import Range
from rehabplan.phrases._facts import Fact, Span
from rehabplan.phrases._handlers import is_ceiling

__all__ = ["h_per_24_hours"]


def _hours_between(window: Any, low: int, high: int) -> bool:
    """True when *window* (hours, or a range of them: "every 1-2 hours") is within bounds."""
    if isinstance(window, Range):
        return isinstance(window.low, int) and low <= window.low and window.high <= high
    return isinstance(window, int) and low <= window <= high


def _longest(window: Any) -> int:
    return int(window.high if isinstance(window, Range) else window)


def h_per_24_hours(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    Read "4 in 24 hours" as 4 a day and "1 every 6 hours" as every 6 hours; "two every
    four hours" is two at a time every four hours, and asked about.
    """
    count = s.value("n") if s.has("n") else s.value("n1")
    numbers = [t.value for t in s.tokens if t.sym == "N"]
    window = numbers[-1] if len(numbers) > 1 else 1  # "once an hour": a window of one
    every = len(numbers) == 1 or any(t.sym == "each" for t in s.tokens)
    at_a_time = every and not any(t.sym in {"x", "session", "time"} for t in s.tokens)
    if at_a_time and count != 1:
        n = str(count)
        yield s.fact(
            "ambiguous",
            f"'{n} every {window} hours' is read as {n} at a time, every {window} hours: if "
            f"{n} sessions in each {window} hours are meant, say '{n} times every {window} "
            "hours'",
        )
        count = 1
    if every and count != 1 and _hours_between(window, 1, 23):
        # "use the spirometer 10 times every two hours": 10 repetitions, every 2 hours;
        # as sessions it would be more than once an hour, so only a few are asked about
        yield s.fact("reps", count)
        yield s.fact("every_hours", window)
        high = count.high if isinstance(count, Range) else count
        if len(numbers) == 1:
            # "three times an hour": sessions more often than hourly are not scheduled
            yield s.fact(
                "ambiguous",
                f"'{count} times an hour' is read as {count} repetitions each hour: if "
                f"{count} sessions an hour are meant, say how many repetitions each",
            )
        elif isinstance(high, int) and 24 * high // _longest(window) <= 24:
            yield s.fact(
                "ambiguous",
                f"'{count} times every {window} hours' is read as {count} repetitions every "
                f"{window} hours: if {count} sessions in each {window} hours are meant, say "
                "how many times a day",
            )
        return
    if window == 24:
        yield s.fact("per_day_max" if is_ceiling(s) else "per_day", count)
    elif count == 1 and isinstance(window, int) and 1 <= window <= 23:
        yield s.fact("every_hours", window)
        said = [t.raw.lower() for t in s.tokens[:2]]
        if is_ceiling(s) or said in (["at", "most"], ["up", "to"]):
            # "no more than once an hour", "maximum once every 4 hours": a limit on how
            # often, not a session every hour
            yield s.fact(
                "ambiguous", f"{s.said()!r} is a limit, not a timing: say how many times a day"
            )
    elif count == 1 and isinstance(window, int) and window % 24 == 0:
        yield s.fact("every_days", window // 24)
    elif (
        isinstance(count, int) and isinstance(window, int) and window and (24 * count) % window == 0
    ):
        yield s.fact("per_day", 24 * count // window)
    else:
        yield s.fact(
            "ambiguous", "a count in a window of hours: " + " ".join(t.raw for t in s.tokens)
        )
