"""
Moving work and still positions: whether a time said beside an exercise is a timed bout
("Squats for 30 seconds", "bend and straighten your knee for 30 seconds", work then a
rest) or a hold (a word of holding in the clause, not negated).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable

from rehabplan.model import Range
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Span, duration
from rehabplan.phrases._tokens import Tok

__all__ = [
    "HELD_WORK",
    "h_work_and_rest",
    "held_in",
    "held_in_clause",
    "held_over",
    "moves",
    "moving",
    "other_side_next",
    "work_then_rest",
]

#: The shortest time on of a cycle that fills whole hours: "20 minutes on, 40 minutes
#: off" is ice or a splint each hour, "45 seconds on, 15 seconds off" intervals.
_LONG_ON = dt.timedelta(minutes=5)
_HOUR = dt.timedelta(hours=1)
#: Words and symbols of a count or a when, said beside an on/off cycle.
_WHEN = frozenset(
    """
    N x ORD each every daily day days week weeks weekly DOW DOW? TIME morning afternoon
    evening night noon bedtime bed needed prn until after before when while during hour
    hours times rounds cycles repeats sets reps session sessions
    """.split()
)


def h_work_and_rest(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Work then rest; "20 minutes on, 40 minutes off" fills each hour, so it is hourly."""
    bout, rest = duration(s, "b"), duration(s, "r")
    rest = rest.high if isinstance(rest, Range) else rest
    yield s.fact("bout", bout)
    yield s.fact("rest", rest)
    on_off = {t.raw.lower() for t in s.tokens} >= {"on", "off"}
    # "..., 2 times in a row", "... in the evening", "..., daily": a count or a when said
    # elsewhere is the schedule; the cycle fills the hours only where nothing else does
    said_when = any(t.sym in _WHEN or t.raw.lower() in _WHEN for t in s.outside)
    if (
        on_off
        and not said_when
        and isinstance(bout, dt.timedelta)
        and isinstance(rest, dt.timedelta)
    ):
        cycle = bout + rest
        if bout >= _LONG_ON and cycle % _HOUR == dt.timedelta(0) and cycle <= 12 * _HOUR:
            hours = cycle // _HOUR
            every = "every hour" if hours == 1 else f"every {hours} hours"
            yield s.fact("every_hours", hours)
            yield s.fact("ambiguous", f"time on and time off make a cycle, read as {every}")


#: Words that make what follows an event ("after each run", "post-run", "before cycling").
_EVENT_BEFORE = frozenset({"after", "before", "post", "pre", "following", "prior"})


def moving(s: Span) -> bool:
    """
    True for a clause of moving work ("run", "circles") where no hold is said.

    >>> from rehabplan.phrases._tokens import tokenize
    >>> moving(Span(tokenize("Squats for 30 seconds"), 1, 3, {}))
    True
    """
    said_held = any(t.sym in {"hold", "isometric"} for t in s.tokens)
    return not said_held and moves(_stage_said(s))


def _stage_said(s: Span) -> list[Tok]:
    """
    The clause the match stands in, or only its part after "then" or "followed by" when
    that part names held work: in "Walk daily, then stretch 3 x 30 s" the walk is not
    the stretch's work.
    """
    part: list[Tok] = []
    for tok in reversed(s.before):
        if tok.sym in _STAGE_ENDS:
            return s.clause
        if tok.sym in _STAGES:
            break
        part.append(tok)
    else:
        return s.clause
    if HELD_WORK.isdisjoint(t.raw.lower() for t in part):
        return s.clause
    after = itertools.takewhile(lambda t: t.sym not in _STAGES | _STAGE_ENDS, s.after)
    return [*reversed(part), *s.tokens, *after]


#: What brings in a later stage, and what ends a sentence.
_STAGES = frozenset({"then", "followed"})
_STAGE_ENDS = frozenset({".", ";", "!", "?"})
#: Words of work done still, after "then": "Walk daily, then stretch 3 x 30 s" holds.
HELD_WORK = lx.STILL_WORDS | {"stretching", "hold", "holds", "holding"}


def _an_event(clause: list[Tok], i: int) -> bool:
    """True for a word of *clause* named after "after" or "before", two words or fillers back."""
    said = [t.raw.lower() for t in clause[max(0, i - 5) : i]]
    while len(said) > 2 and said[-1] in _EVENT_FILLERS:
        said.pop()
    return not _EVENT_BEFORE.isdisjoint(said[-2:])


#: Words between "before" and its event: "before starting the daily walk".
_EVENT_FILLERS = frozenset("starting beginning your the each every a daily morning evening".split())


def moves(clause: list[Tok]) -> bool:
    """
    True for words of moving work: a word of it ("squats", "nod", "circles") or a
    movement done back and forth ("bend and straighten", "side to side").

    >>> from rehabplan.phrases._tokens import tokenize
    >>> moves(tokenize("bend and straighten your knee")), moves(tokenize("hold the plank"))
    (True, False)
    """
    # "After each run, 3 x 30 s", "Before starting your walk, ...": an activity named as
    # an event is not the work done
    words = [t.raw.lower() for i, t in enumerate(clause) if not _an_event(clause, i)]
    # ("with a rest interval of 3 seconds": the rest, not interval work)
    rests = [i > 0 and words[i - 1] == "rest" for i in range(len(words))]
    named = {w for w, rest in zip(words, rests, strict=True) if not rest} - {"repeats"}
    # "squeezes at 50-70% effort": how hard a squeeze is, not a bout of effort ("6 x 30 s at
    # 90% effort, stay seated" is intervals)
    if (
        "effort" in named
        and (not _SQUEEZES.isdisjoint(named) or _held_at_the_share(clause))
        and any(
            a.sym == "%" and b.raw.lower() == "effort"
            for a, b in itertools.pairwise(t for t in clause if t.raw.lower() not in _MOST)
        )
    ):
        named.discard("effort")
    if not lx.STILL_WORDS.isdisjoint(named):  # "Plank with leg lifts": the plank is held
        return not lx.TIMED_WORK_WORDS.isdisjoint(named)
    if not lx.MOVING_WORDS.isdisjoint(named):
        return True
    return any(
        (a, c) in lx.MOVING_PAIRS and b in {"and", "to", "&", "/"}
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def _held_at_the_share(clause: list[Tok]) -> bool:
    """
    True when "hold" is said before the share of effort ("Glute bridge hold 3 x 30 s at 70%
    effort"; after it, a hold is of something else: "6 x 1 min at 80% effort, hold the
    rails"), or keeping still is ("5 x 45 s at 70% effort, stay still"; "stand still
    between" is a rest).
    """
    said = [t.raw.lower() for t in clause]
    share = next((i for i, t in enumerate(clause) if t.sym == "%"), len(clause))
    kept_still = any(
        a in {"stay", "keep", "remain"} and b == "still" for a, b in itertools.pairwise(said)
    )
    held_after = any(  # "..., hold", "..., hold still" (not "hold the rails")
        w in {"hold", "holds"} and said[i + 1 : i + 2] in ([], *_HELD_ON)
        for i, w in enumerate(said[share:], share)
    )
    stretched = "dynamic" not in said and any(w in _SAID_HELD for w in said[:share])
    return kept_still or held_after or stretched


#: Words after "hold" that hold the position, not a thing: "hold still", "hold it".
_HELD_ON = [[w] for w in "still it this position , . ; and".split()]
#: Holds said before a share of effort: "Hamstring stretch 3 x 30 s at 50% effort".
_SAID_HELD = frozenset({"hold", "holds", "stretch", "stretches"})
#: Words between a share and "effort": "70% maximum effort".
_MOST = frozenset({"maximum", "max", "maximal"})
#: Words of a contraction or a hold that a share of effort can be said of ("plank at 70%
#: effort"; "stay seated" on a bike and "then stretch" after intervals are not one; "hold"
#: is, where it holds no support).
_SQUEEZES = frozenset(
    "squeeze squeezes squeezing contract contracting contraction contractions isometric "
    "isometrics tighten tense position plank planks pose poses".split()
)
#: "plank 30 seconds", "hold this position while counting to 10".
_HOLDING = frozenset(
    """
    hold holds holding held pause stretch stretches stretching squeeze squeezes squeezing contract
    contraction contractions tighten tense isometric static plank planks stay remain maintain
    suspend
    """.split()
)
_NEGATIONS = frozenset({"not", "don't", "dont", "never", "no", "without"})


def held_in_clause(s: Span) -> bool:
    """
    True when the match's clause has a word of holding that is not negated ("do not hold
    your breath" holds nothing).
    """
    return held_in(s.clause)


def held_in(clause: list[Tok]) -> bool:
    """
    True when *clause* has a word of holding a position, not negated and not holding on
    for support ("Hold onto a chair and march").

    >>> from rehabplan.phrases._tokens import tokenize
    >>> held_in(tokenize("Hold for 5 s")), held_in(tokenize("holding a chair, march"))
    (True, False)
    """
    for i, tok in enumerate(clause):
        after = {t.raw.lower() for t in clause[i + 1 : i + 4]}
        if tok.raw.lower() in _HOLDING and not (
            _NEGATIONS & {t.raw.lower() for t in clause[max(0, i - 2) : i]}
            # "Hold onto a chair and march": holding on for support
            or (tok.raw.lower() in {"hold", "holding"} and after & _SUPPORTS)
        ):
            return True
    return False


#: What one holds on to for support, not a position held: "hold onto a chair".
_SUPPORTS = frozenset("onto on wall chair counter rail railing table bench worktop sink".split())


def work_then_rest(s: Span) -> bool:
    """
    True for work for a time followed by a rest for a time, with nothing held or still
    ("Each exercise for 20 seconds, followed by 10 seconds of rest"): intervals.
    """
    words = {t.raw.lower() for t in s.clause}
    # positions kept: "Keep each posture for 10 seconds ... with a rest of 3 seconds"
    still = lx.STILL_WORDS | {"balance", "balancing", "lifted", "raised", "posture", "position"}
    if any(t.sym == "hold" for t in s.clause) or held_in_clause(s) or still & words:
        return False
    ahead = s.after[:14]
    rested = any(t.raw.lower() in {"rest", "off", "recovery", "break"} for t in ahead)
    return rested and any(t.sym in {"sec", "second", "min"} for t in ahead)


def other_side_next(after: list[Tok]) -> bool:
    """
    True when the clause after names another side ("on the other side", "each leg",
    "per side"), not a position ("lying on your side", "with both hands on the wall",
    "hands on each side of the chair") or a later step ("then switch sides").
    """
    words = []
    for tok in after:
        if tok.sym in {",", ".", ";", ":", "then"}:
            break
        words.append(tok.raw.lower())
    words.append("")
    return any(
        (a in {"other", "opposite"} and b in _LIMB_OR_SIDE)
        or (a in {"each", "per"} and b in _SIDE_OR_LIMB_EACH and c != "of")
        # "with each hand" at the clause's end ("with each foot turned out" places it)
        or (a in {"each", "per"} and b in _LIMB_OR_SIDE and c == "")
        or (a == "both" and b == "sides" and _schedule_or_end(c, d))
        for a, b, c, d in zip(words, words[1:], words[2:], [*words[3:], ""], strict=False)
    )


def _schedule_or_end(word: str, then: str) -> bool:
    """
    True when "both sides" is followed by the clause's end or a schedule: "once on both
    sides daily", "... in the morning", "... 3 times a day" (not "at once", "once more"
    or "at the same time", both sides together).
    """
    if (word, then) in {
        ("at", "once"),
        ("once", "more"),
        ("at", "the"),
        ("at", "a"),
        ("in", "one"),
    }:
        return False
    return word in _AFTER_BOTH_SIDES or word.isdigit()


#: What may follow "both sides" when it is another side: the clause's end or a schedule.
_AFTER_BOTH_SIDES = frozenset(
    {"", "daily", "twice", "once", "in", "at", "each", "every", "a", "per", "(", "-", "!", "x"}
)
_LIMB_OR_SIDE = frozenset(
    "side sides leg legs arm arms hand hands foot feet knee knees ankle ankles shoulder "
    "shoulders hip hips wrist wrists elbow elbows".split()
)
#: After "each" or "per", only these name another side ("each foot turned out" places it).
_SIDE_OR_LIMB_EACH = frozenset("side sides leg legs arm arms".split())


def held_over(s: Span) -> bool:
    """
    True for "over a period of N s" after a hold said in its clause with no movement
    between ("Hold the stretch with your arm straight over a period of 30 seconds"); not
    after a grip ("Holding on to the wall, bend ..."), a movement ("Hold the weight and
    press it up over ...", "Bend your knee over ..., then hold") or the hold as a thing
    ("Release the hold over ...").
    """
    clause = list(itertools.takewhile(lambda t: t.sym not in _CLAUSE_BREAKS, reversed(s.before)))
    words = [t.raw.lower() for t in reversed(clause)]
    if not clause:  # "Over a period of 30 seconds, hold the stretch": the hold said next
        words = [t.raw.lower() for t in s.after[:8] if t.sym != ","]
        words = list(itertools.takewhile(lambda word: word not in _CLAUSE_BREAKS, words))
    said = [i for i, word in enumerate(words) if word in {"hold", "holding", "held"}]
    if not said:
        return False
    at = said[-1]
    if at > 0 and words[at - 1] in _NAMING:
        return False  # "Release the hold over ...": the hold as a thing
    after = words[at + 1 :]
    for i, word in enumerate(after):
        # ("Hold the wall sit position", "the squat position", "the chair pose": a
        # position's name, not a grip or a movement)
        if word in _GRIPPED and _POSITIONS.isdisjoint(after[i + 1 : i + 2]):
            return False
        before = after[i - 1] if i else ""
        named = before in _NAMING | _GRIPPED or not _POSITIONS.isdisjoint(after[i + 1 : i + 3])
        # ("Hold the stretch and push further over ...": the stretch deepened, still held)
        deepened = not {"further", "deeper"}.isdisjoint(after[i + 1 : i + 3])
        if word in _MOVED_OVER and not named and not deepened:
            return False
        if word in _MOVED_AFTER_AND and before in {"and", "then"}:
            return False  # "Hold the band and open your arms" ("Hold your mouth open" holds)
    return True


_CLAUSE_BREAKS = frozenset({",", ".", ";", ":", "(", ")", "then"})
#: Words before a noun: "Release the hold", "Hold the squat position".
_NAMING = frozenset({"the", "a", "your", "this", "each", "that"})
#: Words of a position named after a grip or a movement: "the wall sit position".
_POSITIONS = frozenset({"position", "pose", "sit", "squat", "plank", "stance", "bridge"})
#: What a hand holds for support: "holding the rail", "hold the back of a chair".
_GRIPPED = frozenset("rail railing banister chair wall table counter sink bar support".split())
#: Movements between a hold and "over a period of N s": the movement's tempo, not a hold.
_MOVED_OVER = frozenset(
    "lower lowering raise raising lift lifting release releasing inhale exhale squeeze tighten "
    "bend straighten sit squat step rise curl roll rotate turn pull push press slide move "
    "bring let build increase increasing".split()
)
#: Words of a held posture too ("Hold your arms open", "at full reach"), a movement only
#: after "and" or "then".
_MOVED_AFTER_AND = frozenset("open close lunge reach".split())
