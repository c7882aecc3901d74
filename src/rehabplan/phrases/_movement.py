"""
Moving work and still positions: whether a time said beside an exercise is a timed bout
("Squats for 30 seconds", "bend and straighten your knee for 30 seconds") or a hold.
"""

from __future__ import annotations

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Span
from rehabplan.phrases._tokens import Tok

__all__ = ["moves", "moving"]

#: Words that make what follows an event ("after each run", "post-run", "before cycling").
_EVENT_BEFORE = frozenset({"after", "before", "post", "pre", "following", "prior"})


def moving(s: Span) -> bool:
    """
    True for a clause of moving work ("run", "circles") where no hold is said.

    >>> from rehabplan.phrases._tokens import tokenize
    >>> moving(Span(tokenize("Squats for 30 seconds"), 1, 3, {}))
    True
    """
    said_held = any(t.sym in {"hold", "isometric"} for t in s.tokens)
    return not said_held and moves(s.clause)


def moves(clause: list[Tok]) -> bool:
    """
    True for words of moving work: a word of it ("squats", "nod", "circles") or a
    movement done back and forth ("bend and straighten", "side to side").

    >>> from rehabplan.phrases._tokens import tokenize
    >>> moves(tokenize("bend and straighten your knee")), moves(tokenize("hold the plank"))
    (True, False)
    """
    # "After each run, 3 x 30 s": an activity named as an event is not the work done
    words = [
        t.raw.lower()
        for i, t in enumerate(clause)
        if _EVENT_BEFORE.isdisjoint(c.raw.lower() for c in clause[max(0, i - 2) : i])
    ]
    if not lx.STILL_WORDS.isdisjoint(words):  # "Plank with leg lifts": the plank is held
        return not lx.TIMED_WORK_WORDS.isdisjoint(set(words) - {"repeats"})
    if not lx.MOVING_WORDS.isdisjoint(set(words) - {"repeats"}):  # repeats of a stretch hold
        return True
    return any(
        (a, c) in lx.MOVING_PAIRS and b in {"and", "to", "&", "/"}
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )
