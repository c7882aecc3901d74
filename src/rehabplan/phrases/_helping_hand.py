"""
The other hand that helps, not another side: "use your other hand to bend your fingers",
"pull your fingers down with your opposite hand", "use the other hand for support"; where
the other hand does the exercise ("use your other hand to squeeze the ball", "with the
other hand, squeeze the ball") it is the other side.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.phrases._facts import Fact, Handler, Span
from rehabplan.phrases._handlers import h_nothing
from rehabplan.phrases._patterns import SIDE

__all__ = ["NOT_A_SIDE_RULES", "h_other_limb_last", "h_side_unless_helping", "helps"]

#: Verbs of a hand that helps ("pull your fingers down with your opposite hand").
_HELPING = frozenset(
    """pull push press support guide assist help hold steady cup clasp pulling pushing
    pressing supporting holding""".split()
)
#: Verbs of a hand that helps whatever it acts on: "use your other hand to support".
_ALWAYS_HELPING = frozenset("support assist help guide steady stabilise stabilize".split())
#: Verbs another hand does to the first, or to a thing: helping unless what it acts on
#: is a thing the exercise moves ("lift the arm", "hold onto the counter", "bend it";
#: "lift the dumbbell" is the other side).
_HELPING_VERBS = _HELPING | frozenset(
    "lift bend straighten keep move flex extend stretch rest lower raise".split()
)
#: Things an exercise lifts, squeezes or moves: a hand acting on one does the exercise.
_THINGS = frozenset(
    """dumbbell dumbbells weight weights ball balls can cans bottle bottles tin tins bag
    bags book books kettlebell kettlebells bar barbell putty pen pencil coin coins object
    objects item items peg pegs cup cups kettle box boxes button buttons door jar jars lid
    key keys card cards bean beans marble marbles block blocks cone cones plate glass spoon
    counters""".split()
)
#: Aids a hand holds still while the first works ("use your other hand to hold the
#: band"), and a hand pulling or stretching one does the exercise.
_AIDS = frozenset("band bands theraband towel strap cord rope".split())
_HOLDING = frozenset("hold holding keep steady".split())
#: Verbs of a hand doing the exercise itself: "use your other hand to squeeze the ball".
_DOING_IT = frozenset(
    "do repeat perform complete squeeze grip make tap throw write turn catch touch pick".split()
)
#: Parts of the hand another hand works on: "use your other hand to move your fingers".
_HAND_PARTS = frozenset("finger fingers thumb thumbs wrist knuckle knuckles".split())
#: Adverbs before the verb: "use your other hand to gently push".
_MANNER = frozenset("gently slowly carefully firmly lightly".split())
#: Limbs that may help the first: "use your other leg to lift the bad one".
_LIMBS = frozenset("hand hands leg legs arm arms foot".split())
#: Verbs that put a hand somewhere, and where: "keep the other hand on the wall".
_PLACING = frozenset("keep place put rest lay".split())
_PLACES = frozenset("on against behind under across at by around over".split())
#: Words of the other side's turn: "then with the other hand", "repeat with ...".
_TURN_WORDS = frozenset("then now next same repeat".split())
#: What a hand is used for when it helps: "use your other hand for support".
_FOR = frozenset("support help balance assistance".split())


def helps(s: Span) -> bool:
    """
    True when the span, ending in "other hand" or "opposite hand", names a hand that helps
    the first: used to work on it ("use your other hand to bend your fingers") or with a
    verb of helping ("pull your fingers down with your opposite hand").
    """
    words = [t.raw.lower() for t in [*s.before[-3:], *s.tokens]]
    if not words or words[-1] not in _LIMBS or words[-2:-1] not in (["other"], ["opposite"]):
        return False
    lead = words[-5:-2]
    if not _PLACING.isdisjoint(lead) and s.after and s.after[0].raw.lower() in _PLACES:
        # "Keep the other hand on the wall": it holds the body still ("then place the
        # other hand on the wall and repeat" is the other side's turn)
        said_before = {t.raw.lower() for t in s.clause if t.start < s.tokens[0].start}
        return _TURN_WORDS.isdisjoint(said_before)
    in_clause = itertools.takewhile(lambda t: t.sym not in {".", ";", "!", "?"}, s.after[:8])
    after = [t.raw.lower() for t in in_clause if t.raw.lower() not in _MANNER]
    if "use" in lead:
        if after[:1] == ["for"]:
            return after[1:2] != [] and after[1] in _FOR
        if after[:1] != ["to"]:
            return False
        verb = after[1] if len(after) > 1 else ""
        if verb in _DOING_IT:
            return False
        return _helping_verb(verb, after[2:7]) or not _HAND_PARTS.isdisjoint(after[2:6])
    if not {"with", "using"} & set(lead):
        return False
    rest = [w for w in after if w != ","]
    verb = rest[0] if rest else ""
    if verb in _DOING_IT:
        return False
    if _helping_verb(verb, rest[1:6]):
        return True  # "With the other hand pull your wrist down"
    # ("pull your fingers down with your opposite hand": the verb before it helps; "hold
    # for 20 seconds and repeat with other hand" and "..., then with the other hand" are
    # the other side)
    before = [t.raw.lower() for t in s.clause if t.start < s.tokens[0].start]
    turn_words = {t.raw.lower() for t in [*s.before[-1:], *s.tokens]}
    in_turn = not _TURN_WORDS.isdisjoint([*turn_words, *before]) or before[-1:] == ["and"]
    # (the verb nearest before it decides: "Hold 30 s and do it with the other hand")
    verbs = [i for i, w in enumerate(before) if w in _HELPING_VERBS | _ALWAYS_HELPING | _DOING_IT]
    if in_turn or not verbs or before[verbs[-1]] in _DOING_IT:
        return False
    i = verbs[-1]
    return _helping_verb(before[i], before[i + 1 : i + 6])


def _helping_verb(verb: str, object_words: list[str]) -> bool:
    """True for a verb of a helping hand, unless what it acts on is a thing lifted."""
    if verb in _ALWAYS_HELPING:
        return True
    acted_on = list(
        itertools.takewhile(lambda w: w not in {",", "and", ".", ";", "then"}, object_words)
    )
    if acted_on[:1] and acted_on[0][:1].isdigit():
        return False  # "Lift 10 times": the exercise itself, counted
    things = _THINGS if verb in _HOLDING else _THINGS | _AIDS
    return verb in _HELPING_VERBS and things.isdisjoint(acted_on)


def h_other_limb_last(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "with the other hand" at a clause's end: each side, unless it helps ("assist with your
    other hand"); another limb there helps ("bend your knee using your other leg to help").
    """
    if s.tokens[-1].raw.lower() in {"hand", "hands"}:
        yield from h_side_unless_helping(m, s)
        return
    after = [t.raw.lower() for t in s.after[:2]]
    if after[:1] and after[0] in _FOR | {"assist", "to", "supporting", "assisting", "helping"}:
        return  # "using your other leg to help", "with the other leg supporting": it helps
    # ("Do 10 squats with the other leg" is each side; "Lower the leg using your other
    # leg" helps)
    yield from h_side_unless_helping(m, s)


def h_side_unless_helping(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Each side, unless the other hand named helps the first."""
    if helps(s):
        yield s.fact("note", f"a helping hand, not another side: {s.said()}")
        return
    yield s.fact("per_side", True)


#: Limbs named that are no side in turn: both at once, or the other hand helping.
NOT_A_SIDE_RULES: tuple[tuple[str, str, Handler], ...] = (
    (
        # "lift both arms simultaneously", "assist with your other hand": both at once,
        # or a helping hand, not each side in turn
        "not_a_side",
        rf"(?:both {SIDE} (?:together |simultaneously |at the same time |at once )"
        rf"|(?:use|using) both {SIDE} "
        # "place it across both eyes": one thing over both at once
        r"|(?:across|over|covering|cover) both [a-z]+ )",
        h_nothing,
    ),
    (
        # "assist with your other hand" helps; "squeeze the ball with the other hand, 10
        # times" is the other side
        "other_hand_at_the_end",
        r"(?:with|using) (?:your |the )ORD leg (?=assist|help|support|to |, |\. |$)",
        h_other_limb_last,
    ),
)
