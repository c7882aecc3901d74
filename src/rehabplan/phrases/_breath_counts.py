"""
Breaths counted: repetitions of a breath ("take 4 deep breaths", "Repeat for 5 breaths",
"for 30 breaths twice a day"), or a hold's length counted in breaths ("hold for 5
breaths", "stay in this position for 5 deep breaths"), which is asked: say it in seconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.phrases._facts import Fact, Span
from rehabplan.phrases._handlers import h_reps
from rehabplan.phrases._movement import held_in_clause

__all__ = ["h_breaths", "h_for_breaths", "h_hold_breaths"]

#: Words that hold a position still ("keep" is often "keep moving").
_HELD = frozenset({"hold", "holding", "held", "stay", "remain"})
_HELD_FOR_BREATHS = "a hold counted in breaths: say it in seconds"


def h_breaths(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Breaths counted: repetitions ("take 4 deep breaths"), or a hold's length ("hold
    each side 5 to 10 breaths", asked).
    """
    if _HELD.isdisjoint(t.raw.lower() for t in s.clause if t.start < s.tokens[0].start):
        yield from h_reps(m, s)
    else:
        yield s.fact("ambiguous", _HELD_FOR_BREATHS)


#: Words of breathing done over and over: "Repeat for 5 breaths", "Exhale ... for 10 breaths".
_BREATHED = frozenset(
    """repeat repeating repeated exhale inhale blow huff breathe breathing inhalations
    exhalations""".split()
)
#: Words of a position kept while breathing: "relax in child's pose for 10 breaths".
_STILL_WHILE_BREATHING = frozenset({"rest", "relax", "pose", "position", "stay", "between"})


def h_for_breaths(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "For 5 breaths": a count of breaths after a word of breathing or repeating ("Repeat
    this flow for 5-10 breaths"), or a hold's length counted in breaths ("stay in this
    position for 5 deep breaths", asked).
    """
    said_before = {t.raw.lower() for t in s.clause if t.start < s.start}
    kept_still = _HELD | _STILL_WHILE_BREATHING
    clause = {t.raw.lower() for t in s.clause}
    # ("for 30 breaths twice per day" said first is a count of breaths too)
    breathed = bool(said_before & _BREATHED) or not said_before
    if breathed and kept_still.isdisjoint(clause) and not held_in_clause(s):
        yield s.fact("reps", s.value("r"))
    else:
        yield s.fact("ambiguous", _HELD_FOR_BREATHS)


def h_hold_breaths(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """A hold counted in breaths ("hold for 3 breaths", asked); "hold breath" is none."""
    if s.has("n"):
        yield s.fact("ambiguous", _HELD_FOR_BREATHS)
