"""
How a length of days is said beside a course: heading the text ("6 weeks: 3 x 10 daily",
asked: for 6 weeks, or at 6 weeks?) or with another length offered ("for the next week
or fortnight", asked: the first is read).
"""

from __future__ import annotations

from collections.abc import Iterable

from rehabplan.phrases._facts import Fact, Span, days

__all__ = ["heading", "heads", "or_another_length"]


def heads(s: Span) -> bool:
    """True for a length that heads the text with a colon: "6 weeks: ..."."""
    colon = s.next_token
    if colon is None or colon.sym != ":" or s.tokens[0].sym != "N":  # "for 6 weeks:" is a course
        return False
    before = s.before
    return not before or before[-1].sym in {".", ";"}


def heading(s: Span, count: int, unit: str) -> Iterable[Fact]:
    """
    "6 weeks: 3 x 10 daily" may be for 6 weeks or at 6 weeks, so the course it is read
    as is asked; "4 weeks: Discontinue brace at 4 weeks" says the length again as a point
    in time, so it is read as no course, asked too (a dose may still run for it).
    """
    said = s.said()
    after = s.after
    recurs = any(
        a.raw.lower() in {"at", "by", "after", "from"}
        and n.sym == "N"
        and n.value == count
        and u.sym.rstrip("s") == unit.rstrip("s")
        for a, n, u in zip(after, after[1:], after[2:], strict=False)
    )
    if recurs:
        yield s.fact("ambiguous", f"'{said}:' heads a point in time said again: read as no course")
        return
    yield s.fact(
        "ambiguous",
        f"'{said}:' heads what follows: for {said}, or at {said}? read as for {said}",
    )
    yield s.fact("duration", days(count, unit))


#: What a second length offered after "or" starts with.
_LENGTH_SYMS = frozenset("N fortnight week weeks month months day days".split())
_UNITS = frozenset("week weeks month months day days".split())
#: What a number after "or" may count that is no length: "for 6 weeks or 12 sessions".
_COUNTED = frozenset("session sessions x reps sets min sec second hour hours visits".split())


def or_another_length(s: Span) -> Iterable[Fact]:
    """Another length offered ("for the next week or fortnight"): the first is read, asked."""
    joined = s.next_token
    if joined is None or joined.raw.lower() != "or":
        return
    after = s.after
    rest = after[2:] if len(after) > 2 and after[1].raw.lower() in {"a", "an"} else after[1:]
    if rest and rest[0].sym == "N":  # "for 6 weeks or 12 sessions" is no second length
        unit = rest[1].sym if len(rest) > 1 else "."
        rest = rest[:2] if unit in _UNITS else [] if unit in _COUNTED else rest[:1]
    if rest and rest[0].sym in _LENGTH_SYMS:
        said = " ".join(t.raw for t in rest)
        yield s.fact("ambiguous", f"'{s.said()} or {said}': two lengths, read the first")
