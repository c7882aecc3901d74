"""
Which way a count for the left and the right goes: "Head turns, 10 to the left and 10 to
the right" counts directions, "10 leg lifts on the right and 10 on the left" counts sides,
and a turn said further back that is neither the exercise's nor plainly another's is asked.
"""

from __future__ import annotations

import itertools

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Span

__all__ = ["each_direction", "which_way"]


def each_direction(s: Span) -> bool | None:
    """
    True when a count said for the left and the right, or "x 10 + 10", counts directions:
    a direction said with it ("forwards and backwards", "side to side", "each way"), a
    movement of turning named right before it or in it ("Look 10 times to the left"), the
    exercise named as a turn ("Neck turn, without leaning, ...") or a turning command
    opening its clause ("Turn the head, ..."). "Lunge with rotation x 8 + 8", "Turn onto
    your side" and a cue further on ("don't roll back") are each side. None when a turn
    said further back is none of these ("Lie down, looking at the ceiling, 10 lifts on the
    right and 10 on the left"): each direction or each side? the caller asks.

    >>> from rehabplan.phrases._tokens import tokenize
    >>> toks = tokenize("Arm circles x 10 + 10 forwards and backwards")
    >>> each_direction(Span(toks, 2, 5, {}))
    True
    """
    after = []
    for tok in s.after[:4]:  # the words said with the count, up to the clause's end
        if tok.sym in {",", ".", ";", ":", "(", ")"}:
            break
        after.append(tok)
    near = [t.raw.lower() for t in [*s.tokens, *after]]
    if not lx.DIRECTIONS.isdisjoint(near) or "side to side" in " ".join(near):
        return True
    # ("Without rotating, 2 sets on the right and 2 on the left": kept from turning; "Head
    # turns, without leaning, 10 to the left ...": the turn named before what is kept from)
    named = [t.raw.lower() for t in [*s.before, *s.tokens]]
    # the sentence, or what follows a "then" in it ("Warm up with arm circles, then lunges")
    starts = [i for i, t in enumerate(s.before) if t.sym in {".", ";", "!", "?", "then"}]
    first = starts[-1] + 1 if starts else 0
    window = range(max(first, len(s.before) - 2), len(named))
    turns = [
        i
        for i in range(first, len(named))
        if named[i] in lx.TURNING
        and not _NOT_TURNING_AFTER.intersection(named[i - 1 : i])
        and named[i - 2 : i] != ["with", "a"]
        and not _kept_from_turning(named, i)
    ]
    if any(i in window for i in turns):
        return True
    # the words said with the count, from the last break before it ("Twist the towel, 10
    # to the right": the towel is not the count's)
    cut = max((i + 1 for i in window if i < len(s.before) and named[i] in _BREAKS), default=0)
    said = named[max(window.start, cut) :]
    if any(w.isalpha() and w not in _NOT_A_MOVEMENT for w in said):
        # "Turn to face the wall, 10 calf raises on the right and 10 on the left": the count
        # names a movement of its own; a turn further back sets up the position
        return False
    if any(_a_turn_of_the_count(named, i) for i in turns):
        return True
    return None if any(not _no_turn_of_the_count(named, i) for i in turns) else False


#: Marks before a count that end what is said with it: "Twist the towel, 10 to the right".
_BREAKS = frozenset({",", ";", ":", "(", ")", "-"})
#: Looks that turn the head when said over the shoulder.
_LOOKS = frozenset({"look", "looking", "glance", "glancing"})


def which_way(s: Span, said: str) -> Fact:
    """
    Ask whether a count for the left and the right is each direction or each side, when a
    turn said further back may or may not be the exercise's.

    >>> from rehabplan.phrases._tokens import tokenize
    >>> which_way(Span(tokenize("10 on the right"), 0, 3, {}), "10 on the right").value
    "'10 on the right' after a turn said earlier: each direction, or each side? say which"
    """
    return s.fact(
        "ambiguous", f"{said!r} after a turn said earlier: each direction, or each side? say which"
    )


#: Turns named as the exercise: "Head turns, without leaning, 10 to the left ...".
_TURNS_NAMED = frozenset("turns rotation rotations circles rolls tilts twists".split())
#: A turn named in the singular after the part it turns: "Neck turn", "Pelvic tilt".
_TURN_NOUNS = frozenset("turn tilt twist circle roll".split())
#: Words before a turn that make it no turn of the count: "Lunge with rotation" (or "with
#: a twist") turns one way; "External rotation" names a movement of one limb.
_NOT_TURNING_AFTER = frozenset({"with", "internal", "external"})
#: Parts of the body a turn moves: "Turn the head", "Neck turn", "Rotate your knees".
_TURNED = frozenset(
    """head neck trunk torso body pelvis pelvic hips hip shoulders shoulder chest spine
    waist chin eyes arm arms ankle ankles wrist wrists foot feet knee knees leg legs
    hand hands""".split()
)
#: Words a bare count for the left and the right is said with ("do 10 times slowly to the
#: left"); any other names a movement of its own ("10 calf raise", "hip abduction x 10 + 10").
_NOT_A_MOVEMENT = (
    frozenset(
        """times time x to the a an on and then each side sides reps rep repetitions
        repetition sets set of with in left right l r more another both your way ways for
        per at go do perform try complete aim repeat slowly slow gently gentle fast quick
        quickly easy controlled hold s sec secs seconds""".split()
    )
    | _TURNED
    | lx.TURNING
)
#: Turning commands that may open a clause: "Turn your head, without leaning, ...".
_OPENING_TURNS = frozenset(
    "turn rotate twist tilt circle lean turning rotating twisting tilting circling".split()
)
#: Words after an opening turn that make it no turn of the count: "Turn onto your side",
#: "Turn over", "Lean against the wall", "Roll up a towel" ("Lean to the side" and "Lean
#: forward" are: the count is each way).
_NOT_A_TURN = frozenset("onto on over around round back into in against up at".split())
#: Words before a thing turned: "Turn the page" is no turn, "Turn the head" is.
_DETERMINERS = frozenset("the a an your my".split())
#: Words that open a clause before a command: "Stand tall, turn your head ...".
_CLAUSE_OPENS = frozenset({",", ";", ":", "and", "then", "."})


def _opens(named: list[str], i: int) -> bool:
    return i == 0 or named[i - 1] in _CLAUSE_OPENS


def _a_turn_of_the_count(named: list[str], i: int) -> bool:
    """The turn at *i* is the exercise's: named as it ("Neck turn", "Head turns") or a
    turning command opening a clause ("Turn the head", "Lean, without twisting").
    """
    word, nxt = named[i], named[i + 1 : i + 3]
    if word in _TURNS_NAMED:
        return True
    if word in _TURN_NOUNS and i and named[i - 1] in _TURNED:
        return True
    over = named[i + 1 : i + 2] == ["over"] and "shoulder" in named[i + 2 : i + 4]
    if word in _LOOKS and over and "blade" not in named[i + 3 : i + 5]:  # "Look over your shoulder"
        return True
    if word not in _OPENING_TURNS or not _opens(named, i):
        return False
    if nxt[:1] and nxt[0] in _DETERMINERS:
        return nxt[1:2] != [] and nxt[1] in _TURNED
    return not (nxt[:1] and nxt[0] in _NOT_A_TURN)


def _no_turn_of_the_count(named: list[str], i: int) -> bool:
    """
    The turn at *i* opens its clause and is plainly not the exercise's: "Turn onto your
    side", "Lean against the wall" ("Turn the page" may be: it is asked).

    >>> _no_turn_of_the_count("rotate onto your side".split(), 0)
    True
    >>> _no_turn_of_the_count("turn the head".split(), 0)
    False
    """
    return _opens(named, i) and named[i + 1 : i + 2] != [] and named[i + 1] in _NOT_A_TURN


#: Positions said with -ing: "from standing" is where a movement starts.
_POSTURES = frozenset("standing sitting lying kneeling".split())
#: Words before a movement that keep it from being done: "without rotating".
_KEPT_FROM = frozenset("without not no avoid avoiding prevent preventing stop".split())
#: Where a clause ends, looking back from a movement: a word before it governs another.
_CLAUSE_BACK = frozenset({"and", ",", ";", "then"})


def _kept_from_turning(said: list[str], i: int) -> bool:
    """
    True when the movement at *i* is kept from: "without rotating", "No twisting or
    rotating", "keep your back from arching and rotating", "Without letting the pelvis
    rotate" (a few words back, within the clause); not "Stand up from the chair and circle".

    >>> _kept_from_turning("keep your back from arching and rotating".split(), 6)
    True
    >>> _kept_from_turning("stand up from the chair and circle".split(), 6)
    False
    """
    head = i  # the first of a list of -ing words ending at the movement
    while (
        said[i].endswith("ing")
        and head >= 2
        and said[head - 1] in {"and", "or", ","}
        and said[head - 2].endswith("ing")
    ):
        head -= 2
    if head and said[head - 1] == "from" and said[head] not in _POSTURES:
        return True  # ("From standing, rotating ...": where it starts, not kept from)
    back = itertools.takewhile(
        lambda w: w not in _CLAUSE_BACK, reversed(said[max(0, head - 4) : head])
    )
    return not _KEPT_FROM.isdisjoint(back)
