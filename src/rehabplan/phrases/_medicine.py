"""
Whether an interval in hours is a medicine's, meant round the clock ("1 tab po q8h"), or
exercise's, usually done while awake; and a count of medicine ("Take 2 tablets").
"""

from __future__ import annotations

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._tok import Tok

__all__ = ["exercise_context", "medicine_count"]


def exercise_context(tokens: list[Tok]) -> bool:
    """
    True when an interval in hours may be about exercise or icing (usually done while
    awake): false only for medication instructions ("1 tab po q8h", "a tablet every 4
    hours"), which mean it. Words a breathing or jaw exercise shares with them ("inhale",
    "mouth", "drop") do not make an instruction a medicine's.
    """
    return not any(
        (t.raw in lx.MEDICINE_NAMES and not _a_device(tokens, i))
        or (t.sym == "N" and medicine_count(tokens, i))
        for i, t in enumerate(tokens)
    )


def _a_device(tokens: list[Tok], i: int) -> bool:
    """
    True for "a computer, tablet, cell phone", "a break from your tablet": a tablet among
    a screen's words and not counted out or taken ("2 tablets", "Take your tablets").
    """
    before = {t.raw.lower() for t in tokens[max(0, i - 3) : i]}
    near = {t.raw.lower() for t in tokens[max(0, i - 4) : i + 5]}
    taken = (tokens[i - 1].sym == "N" if i else False) or not before.isdisjoint(_TAKEN)
    screen = not near.isdisjoint(_SCREENS)
    return tokens[i].raw in {"tablet", "tablets"} and screen and not taken


_TAKEN = frozenset("take taking took swallow swallowing dose".split())
_SCREENS = frozenset(
    "computer phone screen laptop ipad use using break away time reading watching".split()
)


def medicine_count(tokens: list[Tok], i: int) -> bool:
    """True for "1 tab", "2 puffs": a count of medicine ("for 10 doses" is a course)."""
    after_for = i > 0 and tokens[i - 1].sym == "for"
    return i + 1 < len(tokens) and tokens[i + 1].raw in lx.MEDICATION_WORDS and not after_for
