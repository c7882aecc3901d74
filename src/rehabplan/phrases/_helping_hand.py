"""
The other hand or leg that helps, not another side: "use your other hand to bend your
fingers", "lower the leg using your other leg", "keep the other hand on the wall", "hold
the band in one hand and pull with the other hand"; where the other limb does the
exercise or takes its turn ("use your other hand to squeeze the ball", "swap and hold
with the other leg") it is the other side.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.phrases import _lexicon as lx
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
#: Verbs another hand does to the first, or to a thing: helping only where what it acts
#: on is the first limb, a direction or a support ("lift your weak arm", "press down",
#: "hold onto the counter", "bend it"; "lift the saucepan" is the other side).
_HELPING_VERBS = _HELPING | frozenset(
    "lift bend straighten keep move flex extend stretch rest lower raise massage rub".split()
)
#: What a helping hand acts on: a part of the body, after any word that describes it
#: ("your weak arm"), or the limb said as "it".
_HELPED = frozenset(
    """finger fingers thumb thumbs wrist wrists knuckle knuckles hand hands arm arms forearm
    forearms elbow elbows shoulder shoulders leg legs knee knees foot feet ankle ankles toe
    toes hip hips head chin neck palm palms joint joints limb limbs heel heels calf thigh
    scar skin muscle muscles tendon fingertip fingertips balance it them""".split()
)
#: What a helping hand acts on first: a direction of the push ("press down", "push off"),
#: or a support ("hold the wall", "rest on the chair"); "push the ball across the table"
#: is the ball's.
_FIRST_HELPED = frozenset(
    """down up back across further forward forwards backwards off wall chair table rail
    railing counter worktop bench bed sink banister""".split()
)
#: Aids the first arm moves with, after any word that describes them: "push the walking
#: stick", "lift the long pole".
_MOVED_WITH = frozenset("stick pole broom cane wand".split())
#: Words that start what a thing is moved to: "press the ball into the palm".
_TOWARDS = frozenset("into to onto across over under above behind towards toward through".split())
#: What a hand holds still while the first works ("hold the band", "hold onto the rail").
_HELD = frozenset("on onto band bands theraband towel strap putty theraputty".split())
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
#: How the other limb is kept while the first works: a posture, said elsewhere.
_POSED = frozenset("raised lifted bent held behind crossed straight off up".split())
#: Words of the other side's turn: "then with the other hand", "swap and hold with ...".
_TURN_WORDS = frozenset(
    "then now next same repeat swap switch change turn swapping switching changing".split()
)
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
    placed_after = bool(s.after) and s.after[0].raw.lower() in _PLACES
    clause = {t.raw.lower() for t in s.clause if t is not s.tokens[-1]}
    kept = not _PLACING.isdisjoint(lead) or not {"with", "using"}.isdisjoint(lead)
    if placed_after and kept:
        # "Keep the other hand on the wall", "Hold 30 s with the other hand on the wall":
        # where it is kept ("then place the other hand on the wall and repeat", "Turn
        # around, place ..." are the other side's turn)
        return _TURN_WORDS.isdisjoint(clause)
    before = [t.raw.lower() for t in s.clause if t.start < s.tokens[0].start]
    paired = any(
        a == "one" and b in _LIMBS | {"end", "side"} for a, b in itertools.pairwise(before)
    )
    posed = bool(s.after) and s.after[0].raw.lower() in _POSED  # "the other leg raised"
    if paired and _TURN_WORDS.isdisjoint(clause) and not posed:
        # "Hold the band in one hand and pull with the other hand": both in one movement
        return True
    in_clause = itertools.takewhile(lambda t: t.sym not in {".", ";", "!", "?"}, s.after[:10])
    after = [t.raw.lower() for t in in_clause if t.raw.lower() not in _MANNER]
    if "use" in lead:
        if after[:1] == ["for"]:
            return after[1:2] != [] and after[1] in _FOR
        if after[:1] != ["to"]:
            return False
        verb = after[1] if len(after) > 1 else ""
        if verb in _DOING_IT:
            return False
        # ("use your other hand to lift, 10 times": nothing named, it helps)
        return _helping_verb(verb, after[2:9], bare=True) or not _HAND_PARTS.isdisjoint(after[2:6])
    if not {"with", "using"} & set(lead):
        return False
    rest = [w for w in after if w != ","]
    verb = rest[0] if rest else ""
    if verb in _DOING_IT:
        return False
    if _helping_verb(verb, rest[1:8]):
        return True  # "With the other hand pull your wrist down"
    # ("pull your fingers down with your opposite hand": the verb before it helps; "hold
    # for 20 seconds and repeat with other hand" and "..., then with the other hand" are
    # the other side)
    turn_words = {t.raw.lower() for t in [*s.before[-1:], *s.tokens]}
    in_turn = not _TURN_WORDS.isdisjoint([*turn_words, *before]) or before[-1:] == ["and"]
    # (the verb nearest before it decides: "Hold 30 s and do it with the other hand")
    verbs = [i for i, w in enumerate(before) if w in _HELPING_VERBS | _ALWAYS_HELPING | _DOING_IT]
    if in_turn or not verbs or before[verbs[-1]] in _DOING_IT:
        return False
    i = verbs[-1]
    return _helping_verb(before[i], before[i + 1 : i + 8])


def _helping_verb(verb: str, object_words: list[str], *, bare: bool = False) -> bool:
    """
    True for a verb of a helping hand: one that always helps, or one acting on the first
    limb, a direction or a support; *bare* says whether nothing named helps too.
    """
    if verb in _ALWAYS_HELPING:
        return True
    if verb not in _HELPING_VERBS:
        return False
    acted_on = list(
        itertools.takewhile(lambda w: w not in {",", "and", ".", ";", "then"}, object_words)
    )
    if acted_on[:1] and acted_on[0][:1].isdigit():
        return False  # "Lift 10 times": the exercise itself, counted
    named = [w for w in acted_on if w not in _MANNER | {"the", "your", "a", "an", "my"}]
    if not named:
        return bare
    # ("hold the jar while you twist the lid"; "hold the kettlebell while you walk" carries)
    meanwhile = next((i for i, w in enumerate(named) if w in {"while", "whilst", "as"}), None)
    doing = named[meanwhile + 1 :] if meanwhile is not None else []
    doing = [w for w in doing if w != "you"]
    kept_still = bool(doing) and doing[0] not in lx.LOCOMOTION | {"step", "squat", "lunge", "stand"}
    held = verb in _HOLDING and (kept_still or not _HELD.isdisjoint(named))
    first = named[1] if named[0] in {"on", "onto", "against"} and named[1:] else named[0]
    # (what it acts on, up to where it is moved to: "press the ball into the palm")
    acted = list(itertools.takewhile(lambda w: w not in _TOWARDS, named[1:]))
    moved_with = not _MOVED_WITH.isdisjoint(named[:2])
    helped = not _HELPED.isdisjoint([named[0], *acted])
    return held or moved_with or first in _FIRST_HELPED or helped


def h_other_limb_last(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "with the other hand" at a clause's end: each side, unless it helps ("assist with your
    other hand"); another limb there helps ("bend your knee using your other leg to help").
    """
    hand = s.tokens[-1].raw.lower() in {"hand", "hands"}
    after = [t.raw.lower() for t in s.after[:1]]
    if (
        not hand
        and after
        and after[0] in _FOR | {"assist", "to", "supporting", "assisting", "helping"}
    ):
        return  # "using your other leg to help", "with the other leg supporting": it helps
    # ("Do 10 squats with the other leg" is each side; "Lower the leg using your other
    # leg" helps)
    yield from h_side_unless_helping(m, s)


def h_side_unless_helping(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Each side, unless the other hand named helps the first."""
    if helps(s):
        yield s.fact("note", f"the other limb helps or works with it, not another side: {s.said()}")
        return
    said_before = [t.raw.lower() for t in s.before[-3:] if t.raw.lower() not in {"the", "your"}]
    first, last = s.tokens[0].raw.lower(), s.tokens[-1].raw.lower()
    if last in {"switching", "switch"} and {"pose", "poses"} & {t.raw.lower() for t in s.before}:
        # "hold each pose for five seconds before switching": to the next pose
        yield s.fact("note", f"switching poses, not sides: {s.said()}")
        return
    limb = first in {"the", "your", "other", "opposite"} and last not in {"side", "sides"}
    turn = _turn_said(s)
    if limb and said_before[-1:] == ["under"] and turn != "turn":
        # "Roll the ball under the other foot": its turn, or a place under it?
        yield s.fact("per_side", True)
        yield s.fact("ambiguous", f"under {s.said()}: that side's turn, or a place under it?")
        return
    if limb and said_before[-1:] and said_before[-1] in _BY_THE_OTHER and turn == "":
        # "raise it to the height of the opposite knee", "cross it over the other knee":
        # a place beside the other limb, not the other side's turn
        yield s.fact("note", f"a place by the other limb, not another side: {s.said()}")
        return
    if limb and said_before[-1:] and said_before[-1] in _BY_THE_OTHER and turn == "maybe":
        # "Then rest your ankle on top of the other knee", "cross your other ankle over the
        # opposite knee": its turn, or a place by it?
        yield s.fact("per_side", True)
        yield s.fact(
            "ambiguous", f"{said_before[-1]} {s.said()}: that side's turn, or a place by it?"
        )
        return
    yield s.fact("per_side", True)


#: Words before the other limb that name a place beside it: "the height of the other knee".
_BY_THE_OTHER = frozenset(
    "of against beside behind across over towards toward past above below".split()
)


def _turn_said(s: Span) -> str:
    """
    "turn" when the sentence says it is the other side's turn before the place by the
    other limb ("Same again with the ankle over the other knee", "Change and place your
    foot behind the other leg"); "maybe" when it may ("Then lean towards the other leg",
    "cross your other ankle over the opposite knee"); "" when it does not ("Change your
    grip and reach under the other foot", "Repeat 10 times with your foot behind it").
    """
    sentence = itertools.takewhile(lambda t: t.sym not in {".", ";"}, reversed(s.before))
    said = [t.raw.lower() for t in sentence][:_TURN_LOOKED_BACK][::-1]
    clause = said[len(said) - said[::-1].index(",") :] if "," in said else said
    for i, word in enumerate(said):
        after = said[i + 1 : i + 2]
        # ("Repeat 10 times with your foot behind the other leg", "at the same height": no turn)
        counted = bool(after) and (after[0][:1].isdigit() or after[0] in _COUNTED)
        if word in {"switch", "swap"} or (word in {"repeat", "repeating"} and not counted):
            return "turn"
        if (word == "same" and after and after[0] in _SAME_AGAIN) or (
            word == "change" and (not after or after[0] in _CHANGED)
        ):
            return "turn"
    maybe = not {"then", "again"}.isdisjoint(said) or not {"other", "opposite"}.isdisjoint(clause)
    return "maybe" if maybe else ""


#: Words after "same" that make it the other side's turn: "same again", "the same with".
_SAME_AGAIN = frozenset("again with on , stretch exercise thing".split())
#: Counts after "repeat" that make it the repetitions, not the other side's turn.
_COUNTED = frozenset("once twice three four five six eight ten times x".split())
#: Words after "change" that make it the other side's turn: "change and ...", "change legs".
_CHANGED = frozenset("and , : over legs sides side leg arms hands feet".split())
#: How many words before the other limb are looked at for the other side's turn.
_TURN_LOOKED_BACK = 12


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
