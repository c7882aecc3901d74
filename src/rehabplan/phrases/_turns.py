"""
Which way a count for the left and the right goes: "Head turns, 10 to the left and 10 to
the right" counts directions, "10 leg lifts on the right and 10 on the left" counts sides,
and a turn said further back that is neither the exercise's nor plainly another's is asked.
"""

from __future__ import annotations

import itertools

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Span
from rehabplan.phrases._tok import Tok

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
    if (
        starts
        and s.before[starts[-1]].sym == "then"
        and not any(map(_said_with_the_count, s.before[first:]))
    ):
        # ("Twist your waist, then ten to the left ...": nothing after "then" but the count)
        first = starts[-2] + 1 if len(starts) > 1 else 0
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
    kinds = {_said_with_the_count(t) for t in [*s.before, *s.tokens][max(window.start, cut) :]}
    if "moves" in kinds:
        # "Turn to face the wall, 10 calf raises on the right and 10 on the left": the count
        # names a movement of its own; a turn further back sets up the position
        return False
    if any(_a_turn_of_the_count(named, i) for i in turns):
        # ("Turn your head, 10 hydrant to the left ...": a word neither a movement known
        # nor a count's or a manner's may name one)
        return None if "unsure" in kinds else True
    if "unsure" in kinds:
        return False
    return None if any(not _no_turn_of_the_count(named, i) for i in turns) else False


def _said_with_the_count(tok: Tok) -> str | None:
    """
    "moves" for a word naming a movement ("raise", "clams", "hip abduction"), None for a
    count's, a manner's or a filler ("ten", "slowly", "please", "goes"), else "unsure".

    >>> from rehabplan.phrases._tokens import tokenize
    >>> [_said_with_the_count(t) for t in tokenize("ten calf raise smoothly hydrant")]
    [None, 'unsure', 'moves', None, 'unsure']
    """
    word = tok.raw.lower()
    if not word.isalpha() or tok.sym in {"N", "x", "reps"} or word in _NOT_A_MOVEMENT:
        return None
    if word.endswith("ly") or word in _SAID_HOW:
        return None
    forms = {word, word + "s", word + "es", word.removesuffix("s"), word.removesuffix("es")}
    return "moves" if forms & _OWN_MOVEMENTS else "unsure"


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
#: Manners, lead-ins and fillers said with a count: "Turn your head, now do it 10 times ...".
_SAID_HOW = frozenset(
    """now just again only also please about approximately roughly around up doing do does
    it goes go alternating alternate sideways further far as you can comfortable full small
    big little bit over back then total count counts""".split()
)
#: Words naming a movement of the count's own, in either number: "10 calf raise", "hitches".
_OWN_MOVEMENTS = (
    (lx.EXERCISE_NOUNS | lx.REPEATED_MOVEMENTS | lx.MOVING_WORDS | frozenset({"ups", "pushes"}))
    - lx.TURNING
    - frozenset("repetitions movements repeats efforts brisk vigorous forth tempo".split())
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
    if word in _LOOKS and _at_the_shoulder(named[i + 1 : i + 6]):
        return True
    if word not in _OPENING_TURNS or not _opens(named, i):
        return False
    if nxt[:1] and nxt[0] in _DETERMINERS:
        return nxt[1:2] != [] and nxt[1] in _TURNED
    return not (nxt[:1] and nxt[0] in _NOT_A_TURN)


def _at_the_shoulder(said: list[str]) -> bool:
    """
    True for a look at, towards or over the shoulder ("back over your shoulder", "round to
    the shoulder"), not at a shoulder blade.

    >>> _at_the_shoulder("back over your shoulder".split())
    True
    >>> _at_the_shoulder("at your shoulder blade".split())
    False
    """
    lead = list(itertools.dropwhile(lambda w: w in _LOOKED_HOW, said))
    if not lead or lead[0] not in _LOOKED_TO or "shoulder" not in lead[1:4]:
        return False
    return "blade" not in lead[lead.index("shoulder") + 1 : lead.index("shoulder") + 2]


#: Words between a look and where it goes: "Look back over your shoulder".
_LOOKED_HOW = frozenset({"back", "round", "around", "behind"})
#: Where a look goes to turn the head: "over", "at" or "towards" the shoulder.
_LOOKED_TO = frozenset({"over", "at", "towards", "toward", "to", "down"})


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
