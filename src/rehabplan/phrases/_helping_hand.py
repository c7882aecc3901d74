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
_HELPING = frozenset("pull push press support guide assist help hold steady cup clasp".split())
#: Verbs of a hand that helps whatever it acts on: "use your other hand to support".
_ALWAYS_HELPING = frozenset("support assist help guide steady stabilise stabilize".split())
#: Verbs another hand does to the first, or to a thing: helping only where a part of the
#: body, a support or a direction follows ("lift the arm", "press down"; "lift the
#: dumbbell" is the other side).
_HELPING_VERBS = _HELPING | frozenset(
    "lift bend straighten keep move flex extend stretch rest".split()
)
#: What a helping hand acts on: the first limb or a direction of the push ("hold" and
#: "keep" also a support: "hold the wall").
_HELPED_PARTS = frozenset(
    """finger fingers thumb thumbs wrist wrists knuckle knuckles hand arm arms elbow elbows
    shoulder shoulders leg legs knee knees foot feet ankle ankles toes down across back up
    further""".split()
)
_SUPPORTS = frozenset("wall chair table rail counter support bench".split())
#: Verbs of a hand doing the exercise itself: "use your other hand to squeeze the ball".
_DOING_IT = frozenset(
    "do repeat perform complete squeeze grip make tap throw write turn catch touch pick".split()
)
#: Parts of the hand another hand works on: "use your other hand to move your fingers".
_HAND_PARTS = frozenset("finger fingers thumb thumbs wrist knuckle knuckles".split())
#: Adverbs before the verb: "use your other hand to gently push".
_MANNER = frozenset("gently slowly carefully firmly lightly".split())
#: Words before the thing a verb acts on: "lift the arm", "press down gently".
_BEFORE_OBJECT = frozenset("the your a an my this that his her their it".split()) | _MANNER
#: What a hand is used for when it helps: "use your other hand for support".
_FOR = frozenset("support help balance assistance".split())


def helps(s: Span) -> bool:
    """
    True when the span, ending in "other hand" or "opposite hand", names a hand that helps
    the first: used to work on it ("use your other hand to bend your fingers") or with a
    verb of helping ("pull your fingers down with your opposite hand").
    """
    words = [t.raw.lower() for t in [*s.before[-3:], *s.tokens]]
    if (
        not words
        or words[-1] not in {"hand", "hands"}
        or words[-2:-1]
        not in (
            ["other"],
            ["opposite"],
        )
    ):
        return False
    lead = words[-5:-2]
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
        return _helping_verb(verb, after[2:7]) or _object(after[2:7]) in _HAND_PARTS
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
    in_turn = not {"then", "now", "next", "same", "repeat"}.isdisjoint([*turn_words, *before])
    return not in_turn and any(
        w in _ALWAYS_HELPING or (w in _HELPING_VERBS and _helping_verb(w, before[i + 1 : i + 6]))
        for i, w in enumerate(before)
    )


def _helping_verb(verb: str, object_words: list[str]) -> bool:
    """True for a verb of a helping hand, with what it acts on where that decides."""
    if verb in _ALWAYS_HELPING:
        return True
    thing = _object(object_words)
    holding = verb in {"hold", "keep"} and thing in _SUPPORTS
    return verb in _HELPING_VERBS and (thing in _HELPED_PARTS or holding)


def _object(words: list[str]) -> str:
    """The first word after "the", "your" or an adverb: what a verb acts on."""
    return next((w for w in words if w not in _BEFORE_OBJECT), "")


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
    yield s.fact("per_side", True)  # "Do 10 squats with the other leg"


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
