"""
What is kept going for a time: a movement kept up ("Keep the rhythm for 30 seconds",
"Mountain climbers from plank, keep going") is a timed bout; a position or a tension kept
("Keep the tension going", "Plank, keep going for 30 seconds") is a hold.
"""

from __future__ import annotations

import itertools

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Span
from rehabplan.phrases._patterns import SENTENCE_ENDS

__all__ = ["KEEP_GOING", "KEPT_MOVING", "POSED", "kept_moving", "squeezed_again"]

#: Words read as "hold" that may keep up a movement as well as a position.
KEEP_GOING = frozenset({"maintain", "keep", "sustain", "continue"})
#: What is kept up that moves: "keep going", "keep the rhythm", "maintain the pace".
KEPT_MOVING = frozenset({"going", "rhythm", "pace", "tempo", "beat", "momentum"})
#: Positions held still: "Press up into a plank", "Plank, keep going".
POSED = frozenset("plank dog sit squat lunge bridge pose position".split())
#: Words that say a hold outright, so "keep going" after them keeps holding.
_HOLD_WORDS = frozenset({"hold", "holding", "holds", "maintain", "sustain"})
#: What is kept going that holds still: "keep the tension going".
_HELD_STILL_WORDS = frozenset({"tension", "position", "contraction", "squeeze", "stretch"})


def squeezed_again(words: list[str]) -> bool:
    """
    True for a squeeze (not a hold said outright) kept going: one squeeze held, or
    squeezing again and again? "Hold the squeeze and keep going" keeps holding.

    >>> squeezed_again("squeeze , keep going for 30 seconds".split())
    True
    >>> squeezed_again("hold the squeeze and keep going for 10 seconds".split())
    False
    """
    kept = any(a in KEEP_GOING and b == "going" for a, b in itertools.pairwise(words[1:]))
    return kept and words[0] not in _HOLD_WORDS


#: Movements the lexicon's moving words leave out: "Squat pulses", "stand up and sit down".
_MOVES_TOO = frozenset("pulse pulses pulsing dips switch switches return".split())
#: Standing up is a movement; "Standing calf stretch" names a position.
_STANDING = frozenset({"stand", "standing"})
#: Where a movement from a position ends: "Squat to chair", "Bridge and lower".
_END_POINTS = frozenset("chair floor lower lift raise return".split())
_UP_DOWN = (["down", "and", "up"], ["up", "and", "down"])
#: Words that move on from a position: "Squat to stand", "Stand and squat".
_ON_TO = (["to"], ["down"], ["up"], ["and"], ["then"])


def _sentences(words: list[str]) -> list[list[str]]:
    """The words split into sentences, empty ones left out."""
    out: list[list[str]] = [[]]
    for word in words:
        if word in SENTENCE_ENDS:
            out.append([])
        else:
            out[-1].append(word)
    return [sentence for sentence in out if sentence]


#: Words before a position that make it where a movement starts: "from plank".
_STARTED_FROM = frozenset({"from", "start", "starting", "good"})


def kept_moving(s: Span) -> bool:
    """
    True for a movement kept going for a time ("Keep the rhythm for 30 seconds", "Mountain
    climbers from plank, keep going"), not a position kept ("Keep the tension going",
    "Plank, keep going for 30 seconds", "Hold the plank position. Keep going for 30 s").

    >>> from rehabplan.phrases._tokens import tokenize
    >>> toks = tokenize("Plank, keep going for 30 seconds")
    >>> kept_moving(Span(toks, 4, 6, {}))
    False
    """
    said = [t.raw.lower() for t in s.before]
    keep_at = next(
        (i for i in range(max(0, len(said) - 4), len(said)) if said[i] in KEEP_GOING), None
    )
    if keep_at is None:
        keep_at = len(said) if s.tokens[0].raw.lower() in KEEP_GOING else None
    if keep_at is None:
        return False
    kept = [*said[keep_at:], *(t.raw.lower() for t in s.tokens[:3])]
    still = lx.STILL_WORDS | _HELD_STILL_WORDS
    if KEPT_MOVING.isdisjoint(kept) or not still.isdisjoint(kept):
        return False
    # the words of the sentence before "keep" ("Stand tall. Plank, keep going": the plank),
    # or of the sentence before when this one names nothing ("Hold the plank. Then keep
    # going")
    positions = still | POSED
    moves = lx.MOVING_WORDS | _MOVES_TOO | _STANDING
    sentences = _sentences(said[:keep_at])
    named = sentences[-1][-8:] if sentences else []
    if len(sentences) > 1 and len(named) <= 2 and (positions | moves).isdisjoint(named):
        named = sentences[-2][-8:]  # ("Then keep going", "Try to keep going": filler)
    last = max((i for i, w in enumerate(named) if w in positions), default=None)
    if last is None:
        return True
    # a position named before "keep", unless a movement starts from it, is named with it
    # ("Mountain climbers in plank position", "Squat pulses") or moves on to another
    # ("Squat to stand", "Downward dog to plank"); "Standing calf stretch" is a position
    started = not _STARTED_FROM.isdisjoint(named[max(0, last - 3) : last])
    moving = [
        w in lx.MOVING_WORDS | _MOVES_TOO
        or (
            w in _STANDING
            and (named[i + 1 : i + 2] in _ON_TO or positions.isdisjoint(named[i + 1 : i + 3]))
        )
        for i, w in enumerate(named)
    ]
    # ("Squat to stand", "Bridge and lower", "Squat down and up": on to another position or
    # a movement; "Plank and breathe", "Plank up on your elbows" stay)
    ends = positions | moves | _END_POINTS
    moved_on = any(
        w in positions
        and named[i + 1 : i + 2] in _ON_TO
        and (not ends.isdisjoint(named[i + 2 : i + 3]) or named[i + 1 : i + 4] in _UP_DOWN)
        for i, w in enumerate(named)
    )
    return started or moved_on or any(moving)
