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

__all__ = ["KEEP_GOING", "KEPT_MOVING", "POSED", "kept_going", "squeezed_again"]

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
_MOVES_TOO = frozenset(
    "pulse pulses pulsing dips switch switches return tap taps tapping touch touches reach reaches"
    " kick kicks".split()
)
#: Standing up is a movement; "Standing calf stretch" names a position.
_STANDING = frozenset({"stand", "standing"})
#: Where a movement from a position ends: "Squat to chair", "Bridge and lower", "Squat
#: down and back up", "Plank to push-up".
_RAISES = frozenset("lower lift raise rise".split())
_END_POINTS = _RAISES | frozenset(
    "chair box bench floor return up down push get press reach step".split()
)
#: Words that link a position to what comes after it: "Squat to stand", "Stand and squat".
_ON_TO = (["to"], ["down"], ["up"], ["and"], ["then"])
#: What stays in the position after a link: "Plank up on your elbows", "Squat and hold",
#: "Plank and breathe", "Plank and then keep going".
_STAYS = frozenset("on onto hold stay still there breathe breathing keep".split())
#: Cues said after "and" in a position held: "Plank and brace your core", "Plank and look
#: down", "Bridge and push through your heels".
_CUES = frozenset("brace tuck stack tighten engage relax look squeeze make".split())
#: Verbs after "and" that are a cue pressing into a support ("Bridge and push through your
#: heels") or a movement ("Squat and press overhead", "Plank and push back into dog").
_TWO_WAY = frozenset("press push pull draw".split())
_PRESSED = frozenset({"into", "through", "against"})
#: Parts a cue moves within a position held: "Side plank and push your hips up", "draw your
#: tummy in" (a limb moved, "pull your knees in", may be a movement: asked).
_BODY = frozenset(
    """hips hip toes tummy belly navel button shoulder shoulders blades heel heels core
    chest ribs stomach abdomen""".split()
)
#: Where a push or a pull that moves on goes, or what it moves: "press overhead", "pull the
#: band in", "push the barbell away" ("push your weight through your heels" is a cue).
_MOVED_ON = frozenset(
    """overhead ceiling sky band bands cable cables rope ropes dumbbell dumbbells
    weights bar barbell barbells ball handle handles kettlebell kettlebells sandbag sandbags
    slider sliders plate plates sled medball""".split()
)
#: Movements said after "and" or "then" that move on from a position: "Lunge and twist".
_MOVED_TO = _RAISES | frozenset("return twist rotate turn jump hop step walk".split())
#: Words passed over to reach what follows a link: "Squat to a chair", "Squat down and up".
_PASSED = frozenset("a an the your my and then back ,".split())
#: Whose a weight is when it is the body's: "push your weight through your heels".
_OWNERS = frozenset("your my his her their body own".split())
#: Where only a thing moved goes: "press overhead", "press up through the ceiling".
_UP_HIGH = frozenset("overhead ceiling sky".split())
_HIGH_PLACES = [["ceiling"], ["sky"], ["roof"]]
#: Where a load is moved: "push the weight up", "pull the weight into your hip".
_LOAD_GOES = [[w] for w in "up overhead above away forward forwards out".split()]
_PULLED_TO = [[w] for w in "into to towards toward in back".split()]
_NEGATIONS = frozenset({"no", "not", "without", "don't", "dont"})


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


def kept_going(s: Span) -> str | None:
    """
    What a time kept going is: "moving" for a movement ("Keep the rhythm for 30 seconds",
    "Mountain climbers from plank, keep going"), "held" for a position or a tension ("Keep
    the tension going", "Squat, keep going for 30 s", "Hold the plank position. Keep going
    for 30 s"), "unsure" for a position followed by words that neither stay in it nor move
    on from it ("Bridge to a comfortable height, keep going": the caller asks), and None
    where nothing is kept going.

    >>> from rehabplan.phrases._tokens import tokenize
    >>> toks = tokenize("Plank, keep going for 30 seconds")
    >>> kept_going(Span(toks, 4, 6, {}))
    'held'
    """
    said = [t.raw.lower() for t in s.before]
    keep_at = next(
        (i for i in range(max(0, len(said) - 4), len(said)) if said[i] in KEEP_GOING), None
    )
    if keep_at is None:
        keep_at = len(said) if s.tokens[0].raw.lower() in KEEP_GOING else None
    if keep_at is None:
        return None
    kept = [*said[keep_at:], *(t.raw.lower() for t in s.tokens[:3])]
    still = lx.STILL_WORDS | _HELD_STILL_WORDS
    if KEPT_MOVING.isdisjoint(kept):
        return None
    if not still.isdisjoint(kept):
        return "held"
    # the words of the sentence before "keep" ("Stand tall. Plank, keep going": the plank),
    # or of the sentence before when this one names nothing ("Hold the plank. Then keep
    # going")
    positions = still | POSED
    moves = lx.MOVING_WORDS | _MOVES_TOO | _STANDING
    sentences = _sentences(said[:keep_at])
    named = sentences[-1][-12:] if sentences else []
    if len(sentences) > 1 and (positions | moves | _RAISES).isdisjoint(named):
        named = sentences[-2][-12:]  # ("Plank. Try your best to keep going": the plank)
    last = max((i for i, w in enumerate(named) if w in positions), default=None)
    if last is None:
        return "moving"
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
    if started or any(moving):
        return "moving"
    # ("Squat to stand", "Bridge and lower", "Squat down and back up", "Squat to a chair": on
    # to another position, a movement or where one ends; "Plank and breathe", "Plank up on
    # your elbows" stay; anything else after the link is asked)
    ways = [
        _moved_on(named, i, positions | moves)
        for i, w in enumerate(named)
        if w in positions and named[i + 1 : i + 2] in _ON_TO
    ]
    return "moving" if True in ways else "unsure" if None in ways else "held"


def _pushed_on(verb: str, said: list[str], known: frozenset[str]) -> bool | None:
    """
    Whether a press, a push, a pull or a draw (*verb*) after a position, with the words
    *said* after it, moves on from it (True), is a cue within it (False), or cannot be told
    (None).

    >>> _pushed_on("push", ["through", "your", "heels"], POSED)
    False
    >>> _pushed_on("press", ["the", "weight", "through", "the", "ceiling"], POSED)
    True
    """
    kept = [j for j, w in enumerate(said) if w not in _PASSED][:5]
    said = said[: kept[-1] + 1] if kept else []
    nxt = [said[j] for j in kept]
    if not nxt or not known.isdisjoint(nxt) or nxt[0] in _UP_HIGH or nxt[:2] == ["up", "to"]:
        return True  # "push back into downward dog", "press overhead", "push up to the ceiling"
    # whichever is said first: a thing moved or where it goes ("press the dumbbells
    # overhead through full range", "press through the ceiling"), or a press into a support
    # ("press into the ball", "push through your heels", "the weight of your body": a cue)
    for j, w in enumerate(said):
        if w in _MOVED_ON or (
            w == "weight" and _a_load_moved(verb, said[j - 1 : j], said[j + 1 :])
        ):
            return True
        if w in _BODY:
            return False  # "push your hips up", "draw your tummy in", "hips to the ceiling"
        if w in _PRESSED:
            return [x for x in said[j + 1 : j + 3] if x not in _PASSED][:1] in _HIGH_PLACES
    if nxt[0] == "up":
        return True  # "push up onto your hands": a push-up
    return None  # ("pull your knees in": mountain climbers, or a cue? "press your arms up")


def _a_load_moved(verb: str, before: list[str], after: list[str]) -> bool:
    """
    True for a weight that is a load moved: "push the weight up", "pull the weight into
    your hip" (a row); not "your weight", "the weight of your body" nor "press the weight
    through your heels".
    """
    if _OWNERS.intersection(before) or after[:1] == ["of"]:
        return False
    return after[:1] in _LOAD_GOES or (verb in {"pull", "draw"} and after[:1] in _PULLED_TO)


def _moved_on(named: list[str], i: int, known: frozenset[str]) -> bool | None:
    """
    Whether the position at *i*, linked by the word after it to what follows, is moved on
    from (True), stays (False), or cannot be told (None).

    >>> _moved_on("squat to a chair".split(), 0, POSED)
    True
    >>> _moved_on("plank and brace your core".split(), 0, POSED)
    False
    """
    link = named[i + 1]
    after = [w for w in named[i + 2 :] if w not in _PASSED]
    if not after or after[0] in _STAYS:
        return False
    first = after[0]
    if link in {"and", "then"}:
        if first in _CUES:
            return False
        if first in _TWO_WAY:
            said = named[i + 2 :]
            verb = next(j for j, w in enumerate(said) if w not in _PASSED)
            return _pushed_on(said[verb], said[verb + 1 :], known)
        if first in known or first in _MOVED_TO:
            return True
    elif not (known | _END_POINTS).isdisjoint(after[:3]):
        return True  # "to a chair", "to downward dog", "down and back up", "down and get up"
    if any(
        w in _HOLD_WORDS and _NEGATIONS.isdisjoint(after[j - 1 : j]) for j, w in enumerate(after)
    ):
        return False  # ("Squat down low and hold": the squat held; not "no holding")
    return None
