"""
Breaks as needed: "take stretch breaks as needed" is the exercise, as needed; breaks taken
inside another session ("Run 20 minutes, walk breaks as needed", "walk breaks between
runs") are rests within it, not sessions of their own.
"""

from __future__ import annotations

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Span
from rehabplan.phrases._tok import Tok

__all__ = ["active_breaks"]

#: Breaks that are the exercise: "stretch breaks", "movement breaks".
_ACTIVE_BREAKS = frozenset("stretch stretching exercise movement activity walking walk".split())
#: Activities a break is taken inside: "Run continuously, walk breaks as needed".
_OUTINGS = frozenset(
    "run runs running jog jogs jogging hike hikes hiking cycle cycling ride rides swim swims"
    " bike walk walks walking".split()
)
#: Words before an outing that is over or still to come: "after walking".
_EDGES = frozenset("after following before".split())
#: Words that put breaks inside an outing said after them: "walk breaks between runs".
_INSIDE = frozenset("between during in within on throughout when while".split())


def _over(said: list[Tok]) -> bool:
    """
    True when the words just before an outing put it before or after the breaks: "After
    your run", "After a long slow run", "After your lunch walk" (not "After dinner, walk",
    "After lunch walk with breaks", where the walk is said as what to do).
    """
    between: list[str] = []
    for tok in reversed(said[-6:]):
        word = tok.raw.lower()
        if word in _EDGES:
            described = [w for w in between if w not in _DETERMINERS]
            named_event = any(w in lx.EVENTS for w in described)
            return len(described) <= 2 and (not named_event or len(described) < len(between))
        if tok.sym in {",", ".", ";"}:
            return False
        between.append(word)
    return False


#: Words before a noun: "after a walk", "after your run".
_DETERMINERS = frozenset("a an the your my his her their each every".split())


def active_breaks(s: Span) -> bool:
    """
    True for the span "breaks" (before "as needed") that are the exercise itself: stretch
    or movement breaks, with no session around them.

    The breaks' own length or count ("5 minute walking breaks", "stretch breaks as
    needed, up to 5 a day") is no session's; a count or an outing said before them, or
    an outing they are taken in ("between runs"), is.

    >>> from rehabplan.phrases import read
    >>> read("Take stretch breaks as needed").prn, read("Jog, walk breaks as needed").prn
    (True, False)
    """
    if s.tokens[0].raw.lower() not in {"break", "breaks"}:
        return False
    near = {id(t) for t in s.before[-3:]}
    counted = any(t.sym in {"N", "x"} for t in s.before if id(t) not in near)
    # ("After walking, take stretch breaks as needed": that walk is over)
    outing = any(
        t.raw.lower() in _OUTINGS and not _over(s.before[:i]) for i, t in enumerate(s.before[:-1])
    )
    later = [t.raw.lower() for t in s.after]
    inside = any(
        w in _INSIDE and not _OUTINGS.isdisjoint(later[i : i + 4]) for i, w in enumerate(later)
    )
    kind = {t.raw.lower() for t in s.before[-3:]} & _ACTIVE_BREAKS
    return bool(kind) and not (counted or outing or inside)
