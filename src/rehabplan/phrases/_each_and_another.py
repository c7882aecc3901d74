"""
Counts that lean on what is said around them: a bare "each" after one ("Lunges 3 x 10
each": each side, each exercise or each direction?), "another" before one ("repeat a
further 10 times": a second set, the other side, or more of the same?), and a count for
each side before the sets ("Clams 15 each side x 3": repetitions, or seconds held?).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Handler, Span, plus
from rehabplan.phrases._handlers import h_nothing, h_reps, h_sets_reps, h_side
from rehabplan.phrases._helping_hand import helps
from rehabplan.phrases._hold_handlers import h_hold
from rehabplan.phrases._patterns import EACH_ALONE
from rehabplan.phrases._placed_for import another_movement_counted
from rehabplan.phrases._tok import Tok
from rehabplan.phrases._turns import (
    each_direction,
    which_way,
)

__all__ = [
    "COUNT_CHANGED",
    "LIMB_RULES",
    "REPS_EACH",
    "SIDE_SAID_RULES",
    "h_another",
    "h_balance",
    "h_both_named_sides",
    "h_count_each",
    "h_left_and_right",
    "h_one_at_a_time",
    "h_repeat_with_both",
    "h_sets",
    "h_sets_reps_per_side",
    "h_side_count_then_sets",
    "h_side_said",
]

#: "10 each", "10 reps each", "10 on each": a count with a bare "each" after it.
REPS_EACH = rf"(?<! of )(?P<r>N) (?:reps |(?P<x>x ))?(?:(?P<on>on )|for |)each {EACH_ALONE}"
#: Words that make "each" each of several exercises: "Do these 10 times each".
_SEVERAL = frozenset(
    {"exercises", "stretches", "these", "them", "both", "all", "program", "programme", "routine"}
)
#: Counts a later "N reps each" is of: "3 sets; 15 reps each" is each set.
_COUNTED = frozenset({"sets", "x", "session", "sessions", "daily"})
#: What ends the name of the exercise a count is said after.
_NAME_ENDS = frozenset({",", ".", ";", ":", "(", ")", "then", "-"})
#: What joins two exercises or movements named before one count: "Squats and lunges 10 each".
_JOINED = frozenset({"and", "&", "+", "/"})
#: Words before a limb that make the dose one limb's: "single leg", "alternate arms".
_ONE_LIMB = frozenset(
    {"single", "one", "alternate", "alternating", "each", "either", "per", "both", "other"}
)
#: Words before a turning word that make it no direction: "external rotation" turns one way.
_NOT_A_DIRECTION = frozenset({"internal", "external", "with", "a"})


def _named_before(s: Span) -> list[Tok]:
    """The words of the exercise named right before the count ("Lunges" of "..., Lunges 3 x 10")."""
    named = list(itertools.takewhile(lambda t: t.sym not in _NAME_ENDS, reversed(s.before)))
    return [t for t in reversed(named) if t.sym not in {"N", "x", "reps", "sets"}]


def _one_limb(clause: list[Tok]) -> bool:
    """A side said in the clause: "each side", "single leg", "alternate arms", "both legs"."""
    return any(
        a.raw.lower() in _ONE_LIMB and b.sym in {"leg", "legs", "side", "sides"}
        for a, b in itertools.pairwise(clause)
    )


def h_count_each(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "Lunges 3 x 10 each", "Forward flys (x 10 each)", "10 on each": a bare "each" after
    the count is each side to most writers and each of several exercises to some, so it
    is read as each side and asked about unless a side is said ("single leg", "each side",
    "on each"). After two exercises or movements ("Squats and lunges 10 each") it is read
    as each of them, and after a turning movement ("Arm circles x 10 each") as each
    direction, which is no side; both are asked about too.
    """
    if s.has("r"):
        yield from h_reps(m, s)
    if not _SEVERAL.isdisjoint(t.raw.lower() for t in s.clause):
        return  # "Repeat these exercises 10 times each": each exercise
    after_reps = bool(s.before) and s.before[-1].sym == "reps"
    earlier = s.before[:-2]
    if earlier and earlier[-1].sym == "x":  # "3 x 10 reps each", "30 s x 2 reps each"
        earlier = earlier[:-1]
    if after_reps and not _COUNTED.isdisjoint(t.sym for t in earlier):
        if "sets" in {t.sym for t in earlier[-3:]}:  # "3 sets of 10 reps each": a side?
            said = " ".join(t.raw for t in (*s.before[-2:], *s.tokens))
            yield s.fact("ambiguous", f"{said!r} read as each set; if it means per side, say so")
        return  # "twice daily, 10 reps each": each session
    counted = s.before[-2:] if after_reps else s.before[-1:]
    said = s.said() if s.has("r") else " ".join([*(t.raw for t in counted), s.said()])
    named = [t.raw.lower() for t in _named_before(s)]
    turning = any(
        w in lx.TURNING and (i == 0 or named[i - 1] not in _NOT_A_DIRECTION)
        for i, w in enumerate(named)
    )
    if turning or each_direction(s) is not False:
        yield s.fact("ambiguous", f"{said!r} read as each direction; if each side, say so")
        return
    if s.has("on") or _one_limb(s.clause):
        yield s.fact("per_side", True)
        return
    clause_before = [t.sym for t in s.clause if t.end <= s.start]
    if not _JOINED.isdisjoint(clause_before):
        yield s.fact("ambiguous", f"{said!r} read as each exercise named; if each side, say so")
        return
    yield s.fact("per_side", True)
    yield s.fact(
        "ambiguous", f"{said!r} read as each side; if it means each exercise, say 'of each'"
    )


#: Words of changing side: "Switch legs and repeat another 10 times".
_SWITCHED = frozenset({"switch", "change", "swap", "swapping", "switching", "changing"})
#: Words before a side that name the other one, or each: "with the other leg", "each side".
_OTHER = frozenset({"other", "opposite", "each"})
#: Units after a count that make it no count of repetitions: "Hold 10 seconds".
_MEASURES = frozenset({"sec", "second", "min", "hours", "hour", "day", "days", "week", "weeks"})


def h_another(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "repeat another 10 times", "repeat a further 10 times": after the same count said as
    repetitions, a second set (a third after another "another"); with the other side
    named, the count for that side; said alone, as "10 more times": 11 in all, asked
    from three on (10 again is a reading as likely).
    """
    reps = s.value("r")
    phrase = [*s.before, *s.tokens, *s.after]
    other_side = any(
        a.raw.lower() in _OTHER and b.sym in {"side", "sides", "leg", "legs"}
        for a, b in itertools.pairwise(phrase)
    )
    if other_side or not _SWITCHED.isdisjoint(t.raw.lower() for t in phrase):
        yield s.fact("reps", reps)  # "Switch legs and repeat another 10 times"
        yield s.fact("per_side", True)
        return
    said_before = any(
        a.sym == "N" and a.value == reps and b.sym not in _MEASURES
        for a, b in itertools.pairwise(s.before)
    )
    syms = " ".join(t.sym for t in s.before)
    sets_said = "sets" in syms.split() or "N x N" in syms  # "Do 3 x 10 reps, ..."
    if said_before and sets_said:
        # "Do 3 x 10 reps, rest, then repeat another 10 reps": one set more, or the sets?
        yield s.fact("reps", reps)
        yield s.fact("ambiguous", f"'another {reps}' after the sets: say the sets in all")
        return
    if said_before:  # "Do 10 reps, rest, and repeat a further 10 times": a second set
        yield s.fact("sets", 1 + sum(1 for t in phrase if t.raw.lower() in {"another", "further"}))
        yield s.fact("reps", reps)
        return
    yield from h_reps(m, s)  # "Hold 20 s. Repeat another 5 times": as "5 more times"
    if isinstance(reps, int) and reps >= 3:
        yield s.fact("ambiguous", f"'another {reps}' read as {reps + 1} in all; or {reps} in all?")


#: Words of a position kept still: "Calf stretch 30 each side x 3" counts seconds.
_KEPT_STILL = lx.STILL_WORDS | {"sit", "balance", "hold", "holds"}


def h_side_count_then_sets(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "Clams 15 each side x 3", "10/side x 3": the repetitions for each side, then the sets
    ("Lunges 10 each x 3" is read so and asked, as a bare "each" is);
    asked about where a position is kept still ("Wall sit 45 each leg x 3" counts seconds)
    or the sets outnumber the repetitions ("2 each side x 15").
    """
    yield from h_sets_reps(m, s)
    yield s.fact("per_side", True)
    if s.has("bare") and not _one_limb(s.clause):  # "Lunges 10 each x 3"
        yield s.fact("ambiguous", f"{s.said()!r} read as each side; if each exercise, say so")
    reps, sets = s.value("r"), s.value("s")
    fewer = isinstance(reps, int) and isinstance(sets, int) and reps < sets
    if fewer or not _KEPT_STILL.isdisjoint(t.raw.lower() for t in s.clause):
        yield s.fact(
            "ambiguous",
            f"{s.said()!r}: say what the first number counts, e.g. '30 s each side x 3' or "
            "'3 x 10 each side'",
        )


def h_both_named_sides(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "Do both right leg and left leg": each side in turn. Two limbs of one movement
    ("extend your right arm and left leg"), or both sides moved "together", "alternately"
    or "in total", are asked: each side in turn, or not.
    """
    limbs = {_LIMB.get(w, w) for t in s.tokens if (w := t.raw.lower()) not in _NOT_LIMBS}
    said = {t.raw.lower() for t in s.clause}
    if len(limbs) <= 1 and said.isdisjoint(_NOT_IN_TURN):
        yield s.fact("per_side", True)
        return
    yield s.fact("ambiguous", f"{s.said()!r}: each side in turn, or one movement? say which")


#: Words that say both sides move at once or in alternation, not each in turn.
_NOT_IN_TURN = frozenset(
    "together alternately alternate alternating swap swapping equally total simultaneously".split()
)


#: Words of "both the right and the left leg" that are not the limb.
_NOT_LIMBS = frozenset({"both", "the", "right", "left", "and", "&"})
#: A limb said in the plural, read as the one limb.
_LIMB = {"legs": "leg", "arms": "arm", "sides": "side", "feet": "foot", "hands": "hand"}


#: What "with both hands" follows when it repeats the exercise with each: "Repeat with
#: both hands", "Repeat 4 times with both hands" ("standing with both legs apart" is not).
_REPEATED = frozenset({"repeat", "repeating", "times", "time", "exercise", "this", "it", "again"})


def h_repeat_with_both(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "Hold the fist for 30 s. Repeat with both hands": each hand in turn, to most writers,
    asked (together is the other reading); "with both legs" not after a repeat is a way
    of doing the exercise, no side.
    """
    before = s.before[-1].raw.lower() if s.before else ""
    if before in _REPEATED and any(t.raw.lower() in {"repeat", "repeating"} for t in s.clause):
        yield s.fact("per_side", True)
        yield s.fact(
            "ambiguous", f"'repeat {s.said()}' read as each side in turn; if together, say so"
        )


#: Words before a side that make the count each side's: "each leg", "per side", "/ leg".
_EACH_SIDE = frozenset({"each", "per", "either", "ea", "/"})


def each_said(tokens: list[Tok]) -> bool:
    """True when each side is said among *tokens*: "10 times per side", "each leg"."""
    return any(
        a.raw.lower() in {"each", "per"} and b.sym in {"side", "sides", "leg", "legs"}
        for a, b in itertools.pairwise(tokens)
    )


#: Parts a raise is named by: "each heel raise" is each repetition.
_RAISED_PARTS = frozenset("heel heels calf calves toe toes".split())
#: Exercises named after "both" and a limb: "both calf stretches".
_EXERCISES_NAMED = frozenset("stretches drills moves movements".split())


#: How a limb is kept while the other works: "with the other leg raised".
_POSED = frozenset("raised lifted bent held behind crossed straight".split())
#: Jumps, done with both feet at once when "both" is said.
_JUMPING = frozenset(
    "hop hops hopping jump jumps jumping pogo pogos bound bounds skip skips".split()
)
#: What a limb is kept up or off: "with the other foot off the floor".
_GROUND = [["the", w] for w in ("floor", "ground", "step", "bed")] + [["to", "the"]]


#: Words before "the opposite shoulder" that make it where a limb goes.
_TOWARDS = frozenset({"toward", "towards", "across"})
#: Standing words before "on both feet": a posture, both at once.
_STANDING = frozenset("stand standing stood balance balancing".split())


def h_side_said(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "each leg", "on both sides": the dose is each side's. "alternating legs" alone may
    be the count on each leg or in all ("Repeat 10 times, alternating legs"), so it is
    read as each side and asked, unless each side is said too ("10 each", "each leg").
    """
    words = [t.raw.lower() for t in [*s.before[-2:], *s.tokens]]
    if helps(s):
        # "pull your fingers down with your opposite hand": the hand that helps
        yield s.fact("note", f"the other limb helps or works with it, not another side: {s.said()}")
        return
    first, limb = ["", *words][-2:]
    if first in {"other", "opposite"} and not _TOWARDS.isdisjoint(words[:-2]):
        # "Pull the knee toward your opposite shoulder": where it goes, not the other side
        yield s.fact("note", f"a direction, not the other side: {s.said()}")
        return
    nxt = s.after[0].raw.lower() if s.after else ""
    raised = nxt in {"raise", "raises", "lift", "lifts"}
    if limb in _RAISED_PARTS and raised:
        return  # "at the top of each heel raise": each repetition, not each side
    later = [t.raw.lower() for t in s.after[1:3]]
    # "the other foot off the floor", "the opposite knee up to your chest" (not "up to 10")
    counted = [t.sym for t in s.after[1:3]][:2] in (["to", "N"], ["N", "x"], ["N", "reps"])
    off = nxt == "off" and (later[:1] in ([], [","], ["."], ["and"]) or later in _GROUND)
    kept_off = off or (nxt == "up" and not counted)
    if first in {"other", "opposite"} and (nxt in _POSED or kept_off):
        # "stand on one leg with the other leg raised": how the other one is kept
        yield s.fact("note", f"a posture, not the other side: {s.said()} {nxt}")
        return
    if "of" in words and another_movement_counted(s.after):
        # "Cross each of your arms over your chest and sit up 10 times": placed for it
        yield s.fact("note", f"placed for another movement, not each side: {s.said()}")
        return
    said_before = [t.raw.lower() for t in s.before]
    # "Single leg hops x 10 (both legs)", "One leg hops", not "One minute of hops (both feet)"
    joined = " ".join(said_before)  # ("One leg" is read as the one word "single")
    one_leg = "single" in said_before or re.search(r"\bone[ -](?:leg|legged|foot|footed)\b", joined)
    jumped = not _JUMPING.isdisjoint(said_before)
    stood = not _STANDING.isdisjoint(said_before[-3:]) and limb in {"feet", "legs"}
    if first == "both" and (jumped or stood) and not one_leg:
        # "Low pogo hops x30 (both feet)": a two-footed jump, not each side; "Stand on both
        # feet and rise onto your toes": how to stand
        yield s.fact("note", f"both at once, not each side: {s.said().strip()}")
        return
    yield s.fact("per_side", True)
    if first == "both" and s.before[-1:] and s.before[-1].sym == "(" and not one_leg:
        # "Squats x 10 (both legs)": both at once, or each side in turn?
        yield s.fact("ambiguous", f"'({s.said().strip()})': both at once, or each side?")
        return
    if raised and first in {"each", "both"} and not each_said(s.outside):
        # "Repeat each leg raise 10 times", "Both leg raises 3 x 10": each side, or the
        # exercise named (each repetition, both legs at once)?
        yield s.fact("ambiguous", f"'{first} {limb} {nxt}': each side, or the exercise's name?")
        return
    each = each_said(s.outside)
    if first == "both" and not limb.endswith("s") and nxt in _EXERCISES_NAMED and not each:
        # "Both calf stretches": the two stretches, or each side's?
        yield s.fact("ambiguous", f"'both {limb} {nxt}': each side, or two exercises?")
        return
    if all(t.sym != "alternate" for t in s.tokens):
        return
    rest = [*s.before, *s.after]
    each_side = any(
        a.raw.lower() in _EACH_SIDE and b.sym in {"side", "sides", "leg", "legs"}
        for a, b in itertools.pairwise(rest)
    )
    bare_each = any(
        a.raw.lower() == "each" and b.sym in {".", ",", ";", ")"}
        for a, b in itertools.pairwise(rest)
    ) or (bool(rest) and rest[-1].raw.lower() == "each")
    if not each_side and not bare_each:
        said = s.said().strip(" ,;.")
        yield s.fact("ambiguous", f"{said!r}: the count on each side, or in all? read as each side")


def _sets_said(before: list[Tok]) -> bool:
    """True when a count of sets is said before: "3 sets", "3 x 10" (not "Repeat 10x")."""
    return any(t.sym == "sets" for t in before) or any(
        a.sym == "N" and x.sym == "x" and b.sym == "N"
        for a, x, b in zip(before, before[1:], before[2:], strict=False)
    )


#: Words after "another N sets" that make them the other side's: "on your bad leg".
_OTHER_SIDE = frozenset(
    """left right other opposite bad good weaker stronger affected injured uninjured unaffected
    healthy sore second involved uninvolved operated weak strong""".split()
)


def h_sets(m: re.Match[str], s: Span) -> Iterable[Fact]:
    sets = s.value("s")
    # "perform another 2 sets", "a further 2 sets": more sets, as "2 more sets" (but
    # "another three sets using your left arm" are the other side's)
    more = s.has("more") or (
        bool(s.before)
        and s.before[-1].raw.lower() in {"another", "further"}
        and all(t.raw.lower() not in _OTHER_SIDE for t in s.after[:6])
    )
    if more and _sets_said(s.before):
        # "Do 3 x 10, then 2 more sets": more than the sets said, which are not one
        yield s.fact(
            "ambiguous", f"{s.said().strip()!r} after a count of sets: say the sets in all"
        )
        return
    yield s.fact("sets", plus(sets, 1) if more else sets)
    rounds = any(t.raw.lower() in {"round", "rounds"} for t in s.tokens)
    held = any(t.sym in {"hold", "sec"} for t in s.outside)  # "3 rounds for 30 s each"
    if rounds and held and lx.WHOLE_ROUTINE.isdisjoint(t.raw.lower() for t in s.clause):
        yield s.fact("counted_as_reps", True)  # one held position's rounds, as "3 x 30 s"
    if more:  # "do two more sets": the total is one more
        yield s.fact("added_count", (s.start, s.end))


def h_one_at_a_time(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if s.value("n") == 1:
        yield s.fact("per_side", True)
        return
    said = " ".join(t.raw for t in s.tokens)
    yield s.fact("ambiguous", f"{said!r}: together, or each side in turn? say which")


#: "(change)" after a count is the other side's turn, but not after a supply's count
#: ("Dressing x 1 (change)": replace it).
COUNT_CHANGED = "(?:(?<= breaths \\( )|(?<= N \\( ))" + "".join(
    f"(?<! {supply} x N \\( )(?<! {supply} N \\( )" for supply in sorted(lx.SUPPLIES)
)

#: Sides said in turn or in shorthand: "Alternate your legs", "Repeat this exercise with
#: the left side", "Continue with the left leg", "8 REPS EL" (each leg, after a count;
#: "el" alone is no abbreviation).
SIDE_SAID_RULES: tuple[tuple[str, str, Handler], ...] = (
    (
        "side_in_turn",
        r"(?:alternate|alternating) your (?:legs|arms|sides|feet|hands) "
        r"|repeat (?:this |the |that |)(?:exercise |stretch |movement |)(?:with|on|using) "
        r"(?:the |your )(?:left|right) (?:side|leg|arm|hand|foot) "
        # ("Continue with the left leg only", "... left arm exercises": that limb alone)
        r"|continue (?:with|on|using) (?:the |your )(?:left|right|other) "
        r"(?:side|leg|arm|hand|foot) (?=[.,;:)(] |$|as above |in the same way |for N )",
        h_side_said,
    ),
    (
        "each_leg_shorthand",
        r"(?:(?<= reps )|(?<= N )|(?<= x )|(?<= sec ))el |(?<=^ )el (?=N |: )",
        h_side_said,
    ),
)


def h_balance(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield from h_hold(m, s)
    syms = [t.sym for t in s.tokens]
    if any(a in {"each", "per"} and b in {"leg", "side"} for a, b in itertools.pairwise(syms)):
        yield s.fact("per_side", True)  # "Balance on each leg for 30 seconds"


def h_left_and_right(m: re.Match[str], s: Span) -> Iterable[Fact]:
    one, other = s.value("r"), s.value("r2")
    sides = {s.raw("a").lower()[0], s.raw("b").lower()[0]}
    if one != other or sides != {"l", "r"}:
        yield s.fact("ambiguous", f"a count for each side said apart: {s.said()!r}; say it once")
        return
    counted = "sets" if any(t.sym == "sets" for t in s.tokens) else "reps"
    yield s.fact(counted, one)  # "2 sets on the right and 2 sets on the left"
    # ("Circle the ankle by drawing a circle with the toes, 4 times to the right, then 4
    # times to the left": each way; "No twisting or rotating, side bend 5 times to the
    # right ...": each side)
    way = each_direction(s)
    if not way:
        yield s.fact("per_side", True)
    else:  # "Make 5 circles to the left, and 5 to the right": each direction, no side
        yield s.fact("note", f"each direction, not each side: {s.said()!r}")
    if way is None:
        yield which_way(s, s.said())


def h_sets_reps_per_side(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if s.raw("s").lower() == "once":
        # "Do 10 squats and repeat once": twice in all, or once more?
        yield s.fact("ambiguous", f"{s.said()!r}: twice in all? say how many sets")
        yield s.fact("reps", s.value("r"))
        if s.has("side"):
            yield s.fact("per_side", True)
        return
    yield from h_sets_reps(m, s)
    if s.has("side"):
        yield s.fact("per_side", True)


#: Limbs named for a position or a side: "stand on one leg", "right and left leg".
LIMB_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "stand on one leg at a time", "Do both right leg and left leg": each side in turn
    (
        "one_limb_at_a_time",
        r"(?:on |with |using |)(?:N|a single|single) (?:leg|arm|side) at a time ",
        h_side,
    ),
    (
        "both_named_sides",
        r"(?:both (?:the )?)?(?:right (?:leg |side |)(?:and|&) (?:the )?left"
        r"|left (?:leg |side |)(?:and|&) (?:the )?right) (?:leg|side|legs|sides) ",
        h_both_named_sides,
    ),
    # "stand on one leg": a position, not a count
    (
        "on_one_limb",
        r"on (?:N|a single|single) (?:leg|legs|arm|arms) ",
        h_nothing,
    ),
)
