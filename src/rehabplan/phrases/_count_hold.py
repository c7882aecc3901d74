"""
A hold counted out: "hold for a count of 5", "30 count", "count to 10", unless the count
paces a movement or a breath ("lower for a count of 3", "breathe in for 4 counts") or is
said of a swing or a walk (asked).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Span, seconds
from rehabplan.phrases._movement import held_in_clause
from rehabplan.phrases._patterns import SENTENCE_ENDS

__all__ = ["LOWER_PARTS", "PACED", "h_count_hold"]

#: Words of a movement or a breath paced by a count: "lower slowly counting to 3".
PACED = frozenset(
    "lower lowering raise raising lift lifting return returning bend bending straighten "
    "breathe breathing inhale inhaling exhale exhaling breath walk walking march marching".split()
)


def h_count_hold(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count = next(s.value(g) for g in ("n", "n2", "n3") if s.has(g))
    if _SWINGING & {t.raw.lower() for t in s.clause}:
        # "let the arm swing in a circle for a count of 10": 10 swings, or a 10 s bout?
        yield s.fact("ambiguous", f"{s.said()!r} while moving: a count of movements, or seconds?")
        return
    if _breathing_before(s):
        # "Breathe in for 5 counts and out for 5 counts": a breath's length
        yield s.fact("note", f"a breath's length, not a hold: {s.said()}")
        return
    before = {t.raw.lower() for t in s.before}
    # "raise for 3 counts / lower for 3 counts": the way up timed beside the way down
    lowering_next = _LOWERING & {t.raw.lower() for t in s.after[:3]}
    lowering = (
        lowering_next
        or _lowered([t.raw.lower() for t in s.before])
        or ({"come", "coming", "go", "going"} & before and "down" in before)
    )
    if lowering and not held_in_clause(s):
        yield s.fact("note", f"a tempo, not a hold: {s.said()}")  # "Come down for a count of 4"
        return
    clause = {t.raw.lower() for t in s.clause}
    if "total" in {t.raw.lower() for t in s.before[-4:]}:  # "Total metered count of twenty"
        yield s.fact("note", f"a total count, not a hold: {s.said()}")
        return
    end = _at_an_end(s)
    still = end == "held" or held_in_clause(s) or bool((lx.GRIPPING_WORDS | _PAUSING) & clause)
    if not still and _moved_first(s) and not s.has("n3"):
        # "Walk in place and count to 30": the walking's pace, or held at its end?
        yield s.fact("ambiguous", f"{s.said()!r} after a movement: its pace, or a hold at its end?")
        return
    if not still and end != "placed" and _paced(s):
        # "Slowly count to 5 as you breathe out", "Walk to a 4 count": a pace
        yield s.fact("note", f"a count for the pace, not a hold: {s.said()}")
        return
    if (s.has("n3") or end == "placed") and not still:
        # "Rest for a 10 count", "count to 10 at the top of the stairs": nothing says it is held
        yield s.fact("ambiguous", f"{s.said()!r}: a hold of that many seconds, or a pace?")
        return
    yield s.fact("hold", seconds(count, "sec"))


_PAUSING = frozenset({"pause", "against"})  # "pause and count to 5", "against the wall"


def _paced(s: Span) -> bool:
    """
    True when a movement or a breath is paced by the count: "lower slowly counting to 3",
    "Slowly count to 5 as you breathe out" (not "Straighten your knee and count to 5",
    held at the end, nor "Count to three and then slowly lower back", the next step).
    """
    breaks = {".", ";", ",", "and"}
    before = list(itertools.takewhile(lambda t: t.sym not in breaks, reversed(s.before)))
    after = itertools.takewhile(lambda t: t.sym not in {".", ";", "then", "and"}, s.after)
    words = [t.raw.lower() for t in [*reversed(before), *after]]
    named = [w for i, w in enumerate(words) if not _a_part(words, i)]  # "your lower back"
    return not (PACED | lx.MOVING_WORDS).isdisjoint(named)


def _moved_first(s: Span) -> bool:
    """
    True when the nearest step before the count in its sentence moves: "Stand up and walk
    on the spot and count to 30" (not "Walk to the wall, then stand and count to 30").
    """
    words = [t.raw.lower() for t in s.before]
    for i in range(len(words) - 1, -1, -1):
        word, wall = words[i], i > 0 and words[i - 1] == "wall"  # ("wall squats" are held)
        if s.before[i].sym in _STEP_ENDS or word in _STILL_STEPS or (wall and "squat" in word):
            return False
        if word in lx.MOVING_WORDS:
            return True
    return False


def _at_an_end(s: Span) -> str:
    """
    "held" for a count at the end of a movement ("count to 5 at the top", "at the top of
    each heel raise"), "placed" at the end of anything else ("of the stairs", "of your walk").
    """
    words = [t.raw.lower() for t in itertools.takewhile(lambda t: t.sym != ",", s.after[:9])]
    if words[:2] != ["at", "the"] or words[2:3] not in (["top"], ["bottom"], ["end"]):
        return ""
    named = [w for w in words[4:] if w not in {"the", "each", "your", "a"}][:4]
    return "held" if words[3:4] != ["of"] or not named or set(named) & _MOVEMENTS else "placed"


#: Where a step's stretch ends, walking back from a count.
_STEP_ENDS = SENTENCE_ENDS | {":", "then"}
#: Still steps: a count after them is held ("sit down, straighten your knee and count").
_STILL_STEPS = frozenset(
    "stand standing sit sitting straighten straightening balance balancing hold holding "
    "stay staying lie lying kneel kneeling press pressing push pushing squeeze squeezing".split()
)
#: Movements a count is held at the end of: "at the top of each heel raise" (not "at the
#: top of the stairs" or "at the end of your walk", asked).
_MOVEMENTS = frozenset(
    "lift lifts raise raises squat squats lunge lunges bend curl press push stretch rep reps "
    "repetition movement move motion range crunch roll slide shrug hitch kick lowering dip "
    "bridge tuck breath contraction squeeze extension row rows pull step clam tilt".split()
)


def _breathing_before(s: Span) -> bool:
    """True when the nearest verb before the count breathes ("in", "out"), not holds."""
    if lx.BREATHING_WORDS.isdisjoint(t.raw.lower() for t in s.clause):
        return False
    said = [t.raw.lower() for t in s.clause]
    if said[:1] in _HELD_BREATH_OPENS or said[:2] in _HELD_BREATH_OPENS:
        return False  # "Hold the air at the top of the inhale while counting to three"
    before = s.before
    for i in range(len(before) - 1, -1, -1):
        word = before[i].raw.lower()
        if before[i].sym in {".", ";", "!", "?"} or word in _HOLDING:
            return False
        if word in {"in", "out"}:
            return True
        if word in lx.BREATHING_WORDS:  # "hold your breath for a count of 4" holds it
            return _HOLDING.isdisjoint(t.raw.lower() for t in before[max(0, i - 2) : i])
    return False


#: A clause that opens by holding the breath: its count is held, whatever breath follows.
_HELD_BREATH_OPENS = [["hold"], ["suspend"], ["hold", "the"], ["hold", "your"]]
#: Words of holding: a count after them is held, even with a breath in the sentence.
_HOLDING = frozenset({"hold", "holding", "pause", "keep", "suspend"})
#: Words of a movement's way down or up: a count said with them is its pace.
_LOWERING = frozenset("lower lowering descend descending drop dropping".split())
_BEFORE_A_PART = frozenset("keep your the my his her set press draw".split())
#: Parts named after "lower": "keep your lower back flat" ("the lower phase" is lowering).
LOWER_PARTS = frozenset(
    """back abs abdominals abdominal tummy stomach belly leg legs limb limbs ribs body core
    spine traps trunk abdomen pelvic shoulder""".split()
)


def _lowered(words: list[str]) -> bool:
    """A lowering said in *words*, not "lower" naming a part ("your lower back")."""
    return any(w in _LOWERING and not _a_part(words, i) for i, w in enumerate(words))


def _a_part(words: list[str], i: int) -> bool:
    """True for "lower" at *i* naming a part: "keep your lower back flat"."""
    if words[i] != "lower" or not i or words[i - 1] not in _BEFORE_A_PART:
        return False  # ("Lower back down to a count of 3": lowering)
    return words[i + 1 : i + 2] != [] and words[i + 1] in LOWER_PARTS


#: Movements whose count is not a hold: "swing ... for a count of 10".
_SWINGING = frozenset(
    "swing swinging swings circle circles circling circular rotate rotating march marching "
    "pump pumping bounce bouncing rock rocking pendulum jacks taps jumps kicks hops marches".split()
)
