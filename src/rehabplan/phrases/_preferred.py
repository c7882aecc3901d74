"""
A least count with a preferred one after it: "at least 2, preferably 3, sessions per week"
is two or three a week, read as the range "2-3" (the note keeps the words).
"""

from __future__ import annotations

from rehabplan.model import Range
from rehabplan.phrases._tok import Tok

__all__ = ["PREFERRING", "preferred_ranges"]

#: Words that say the count after them is the one preferred: "preferably 3", "ideally 3".
PREFERRING = frozenset({"preferably", "ideally", "optimally"})
#: Words passed between the least count and the preferred one: "2 times, and preferably".
_BETWEEN = frozenset({",", "and", "but", "or"})


def preferred_ranges(tokens: list[Tok]) -> list[Tok]:
    """
    The tokens with each "at least N, preferably M" (M more than N) joined into the range
    N-M, and the count's "times" kept once after it.

    >>> from rehabplan.phrases._tokens import tokenize
    >>> said = tokenize("at least 2 times, and preferably 3 times a week")
    >>> [t.raw for t in preferred_ranges(said)]
    ['at', 'least', '2-3', 'times', 'a', 'week']
    """
    out: list[Tok] = []
    i = 0
    while i < len(tokens):
        joined = _joined(tokens, i) if out and out[-1].raw.lower() == "least" else None
        if joined is None:
            out.append(tokens[i])
            i += 1
            continue
        made, i = joined
        out.extend(made)
    return out


def _joined(tokens: list[Tok], i: int) -> tuple[list[Tok], int] | None:
    """The range that starts at *i* and the index after it, or None."""
    low = tokens[i]
    if low.sym != "N" or not isinstance(low.value, int):
        return None
    j = i + 1
    times = tokens[j] if j < len(tokens) and tokens[j].sym == "x" else None
    j += times is not None
    while j < len(tokens) and tokens[j].sym in _BETWEEN:
        j += 1
    if j + 1 >= len(tokens) or tokens[j].raw.lower() not in PREFERRING:
        return None
    high = tokens[j + 1]
    if high.sym != "N" or not isinstance(high.value, int) or high.value <= low.value:
        return None
    j += 2
    if j < len(tokens) and tokens[j].sym == "x":
        times = times or tokens[j]
        j += 1
    if j < len(tokens) and tokens[j].sym == ",":
        j += 1
    made = [
        Tok("N", f"{low.value}-{high.value}", low.start, high.end, Range(low.value, high.value))
    ]
    return ([*made, times] if times is not None else made), j
