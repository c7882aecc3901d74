"""
Hours said between sessions: "rest 48 hours between sessions" is every other day, "24 hours
between" at most one a day, "at least 2 hours between each" a gap in the day, asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.model import Range
from rehabplan.phrases._facts import Fact, Span
from rehabplan.phrases._tok import Tok

__all__ = ["h_hours_apart"]


def h_hours_apart(m: re.Match[str], s: Span) -> Iterable[Fact]:
    group = "n" if s.has("n") else "n2"
    hours = s.value(group)
    if isinstance(hours, int) and hours >= 48 and hours % 24 == 0:
        yield s.fact("every_days", hours // 24)
    elif isinstance(hours, Range) and hours.low >= 48 and not (hours.low % 24 or hours.high % 24):
        low, high = hours.low // 24, hours.high // 24  # "48-72 hours between sessions"
        yield s.fact("every_days", Range(low, high))
        yield s.fact(
            "ambiguous", f"every {low}-{high} days: say every {low} days or every {high} days"
        )
    elif hours == 24:
        # "leave 24 hours between sessions": a session a day at most; how often, when
        # nothing else says ("3x/week, with 24 h rest between sessions" does)
        said = f"{s.raw(group)} hours between"
        yield s.fact(
            "note" if _how_often(s.outside) else "ambiguous", f"{said}: at most a session a day"
        )
    elif isinstance(hours, int) and 0 < hours < 24:
        # "3-4 times a day, at least 2 hours between each": a gap within the day
        yield s.fact(
            "ambiguous",
            f"{s.raw(group)} hours between sessions is not checked: give the times of day",
        )
    else:
        yield s.fact("bad", "a spacing in hours must be whole days (48 hours, 72 hours)")


def _how_often(tokens: list[Tok]) -> bool:
    """
    True when the words say how often: "daily", "weekly", a weekday, or so many a day or a
    week ("3x/week", "twice a day"); not a dose's "x" nor a course ("for 6 weeks").

    >>> from rehabplan.phrases._tokens import tokenize
    >>> _how_often(tokenize("3x/week")), _how_often(tokenize("3 x 10 for 6 weeks"))
    (True, False)
    """
    syms = [t.sym for t in tokens]
    if not {"daily", "weekly", "DOW", "nightly"}.isdisjoint(syms):
        return True
    return any(
        sym in {"day", "week"} and i and syms[i - 1] in {"a", "per", "/", "each", "every"}
        for i, sym in enumerate(syms)
    )
