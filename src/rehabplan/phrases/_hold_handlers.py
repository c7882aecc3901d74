"""
The grammar's handlers for holds: a length held ("hold 30 s", "hold each side for 30 s",
"hold each heel raise for 2 s"), a bout on each side, a hold counted out, and a time
"for" that is held or worked ("squeeze for 10 s", "march for 2 minutes").
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from typing import Any

from rehabplan._regex import LazyRegex
from rehabplan.model import Range
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Span, duration, seconds
from rehabplan.phrases._kept_going import (
    KEEP_GOING,
    KEPT_MOVING,
    POSED,
    kept_going,
    squeezed_again,
)
from rehabplan.phrases._movement import held_in, held_in_clause, moves, work_then_rest
from rehabplan.phrases._tok import Tok

__all__ = [
    "done_for",
    "h_bout_each_side",
    "h_count_from_one",
    "h_hold",
    "h_hold_count",
    "h_hold_no_unit",
    "h_no_hold",
    "h_seconds_hold",
    "h_timed",
]


def h_hold(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield from s.passed_over("hn", keep=("side0",), events=False)  # "hold it daily for 30 s"
    words = [t.raw.lower() for t in s.tokens]
    if words[0] in KEEP_GOING and not (lx.MOVING_WORDS | KEPT_MOVING).isdisjoint(words):
        # "Maintain the jog for 30 seconds", "Maintain the pace for 20 seconds": moving
        yield s.fact("bout", duration(s, "h"))
        return
    moved = _movement_after([t.raw.lower() for t in s.tokens])
    if moved is not None:  # "Hold the squat and pulse for 30 s"
        yield s.fact("bout", duration(s, "h"))
        yield _hold_or_movement(s, moved)
        return
    yield s.fact("hold", duration(s, "h"))
    if squeezed_again(words):  # "Quick squeeze, keep going for 30 seconds"
        yield s.fact("ambiguous", f"{s.said()!r}: a hold, or squeezing again and again? say which")
    side = s.group("side") if s.has("side") else s.group("side0") if s.has("side0") else []
    nxt = s.tokens[s.tokens.index(side[-1]) + 1 :][:1] if side else []
    named = [t.raw.lower() for t in nxt] in _RAISES_NAMED  # "hold each hip raise": each rep
    raised = named and side[-1].raw.lower() not in _LIMBS_OF_A_SIDE
    if side and not raised:  # "hold each side for 30 s" ("hold each heel raise" is each rep)
        yield s.fact("per_side", True)
    later = " ".join(t.raw.lower() for t in s.after)  # "..., 10 reps each leg", "switch sides"
    if side and named and not raised and not _SIDE_AGAIN.search(later):
        said = " ".join(t.raw for t in [*side, *nxt])  # "hold each leg raise": asked
        yield s.fact("ambiguous", f"{said!r}: each side, or each repetition? say which")
    first = s.tokens.index(s.group("hn")[0]) if s.has("hn") else 0
    if s.after[:1] and s.after[0].sym == "and" and s.tokens[first - 1].sym == "between":
        yield s.fact("ambiguous", "two lengths, the longer first: say the range, shorter first")


_RAISES_NAMED = [["raise"], ["raises"], ["lift"], ["lifts"]]
_LIMBS_OF_A_SIDE = frozenset("leg legs arm arms side sides".split())
_SIDE_AGAIN = LazyRegex(
    r"\b(?:other|switch|swap|(?:each|per) (?:legs?|arms?|sides?)"
    r"|\d+ each\b(?! way| direction| time| session| exercise))"
)


def h_bout_each_side(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "1 min each side" with no "hold" said is a timed bout on each side (a foam-roller
    # release), not a held position; "30 s each side", a stretch's "1 min per side", held
    stretch = any(t.sym in {"stretch", "stretching", "stretches"} for t in s.clause)
    yield s.fact("bout" if s.syms("hu")[0] == "min" and not stretch else "hold", duration(s, "h"))
    yield s.fact("per_side", True)


def done_for(s: Span, length: Any, moving: bool) -> Iterable[Fact]:
    """
    "Wall sit done for 45 seconds": a position is held that long, asked unless the clause
    names what is held (a plank, a stretch); exercises, or anything done for over a
    minute, are timed bouts.

    >>> from rehabplan.phrases import read
    >>> read("The plank is done for 30 seconds").hold_seconds
    30
    """
    clause = {t.raw.lower() for t in s.clause}
    longest = length.high if isinstance(length, Range) else length
    short = longest <= _A_MINUTE  # ("Each position is done for 3-15 minutes": a bout)
    kept = lx.STILL_WORDS & clause or {"wall", "sit"} <= clause or {"wall", "sits"} <= clause
    if kept and not moving:  # "Isometric exercises are performed ... for 60 seconds"
        yield s.fact("hold", length)
    elif moving or not clause.isdisjoint(_WORKING):
        yield s.fact("bout", length)  # "Every exercise is done for 30 to 60 seconds"
    elif (longest <= 2 * _A_MINUTE and _KEPT & clause) or (short and _HELD_SAID & clause):
        yield s.fact("hold", length)  # "Static stretching done for 2 minutes"
    elif _KEPT & clause:  # "Static stretching done for 3 minutes": that long a hold?
        yield s.fact("hold", length)
        yield s.fact("ambiguous", f"{s.said().strip()!r}: a hold that long, or a timed bout?")
    elif not short:
        yield s.fact("bout", length)
    else:  # "Bridge done for 20 seconds"
        yield s.fact("hold", length)
        yield s.fact("ambiguous", f"{s.said().strip()!r}: a hold, or a timed bout? say which")


_A_MINUTE = dt.timedelta(minutes=1)
#: Words of work done for a time: "Every exercise is done for 30 s", "at maximal intensity".
_WORKING = frozenset(
    "exercise exercises activity activities training workout intensity effort pace".split()
)
_HELD_SAID = frozenset("hold holds held position contraction contractions".split())
#: Words of a position kept up to two minutes: "Static stretching done for 2 minutes".
_KEPT = frozenset("stretching static".split())


def h_no_hold(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if s.has("len"):  # "Do not hold for 30 seconds": no hold of 30 s, or at most 30 s?
        yield s.fact(
            "ambiguous", f"{s.said()!r}: a hold said not to be done, or a most? say the hold"
        )


def h_count_from_one(m: re.Match[str], s: Span) -> Iterable[Fact]:
    counted = s.value("n")
    if not held_in_clause(s):  # "lower slowly, count from 1 to 3": a pace, or a hold?
        yield s.fact("ambiguous", f"{s.raw('n')!r} counted: a hold, or the pace? say 'hold N s'")
    elif isinstance(counted, Range) and counted.low in (0, 1):
        yield s.fact("hold", seconds(counted.high, "sec"))
    else:  # "count from 5": down from 5, or up to some number
        yield s.fact("ambiguous", f"{s.raw('n')!r} is no count from one: say the hold in seconds")


def h_hold_count(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count = s.value("c", s.value("c2", s.value("c3")))
    yield s.fact("hold", seconds(count, "sec"))


def h_timed(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """A time "for": held where its clause holds still ("squeeze ..."), else a timed bout."""
    clause = {t.raw.lower() for t in s.clause}
    value = duration(s, "b")
    longest = value.high if isinstance(value, Range) else value
    resting = any(t.raw.lower() in {"rest", "resting"} for t in s.before)  # "rest in a pose"
    still = not (lx.MOVING_WORDS | _LETTING_GO) & clause and longest <= _LONG_FOR_A_GRIP
    moved = {"change", "changing", "move", "moving"} & clause  # "change position for 5 min"
    gripped = s.tokens[0].raw.lower() == "for" and lx.GRIPPING_WORDS & clause and not moved
    static = lx.STILL_WORDS & clause or {"wall", "sit"} <= clause or {"wall", "sits"} <= clause
    # "tense ... for five to ten seconds before relaxing": held, then let go once
    let_go = [t.raw.lower() for t in s.after[:3]]
    if let_go[:1] == ["between"] and not _DONE_AGAIN.isdisjoint(let_go[1:3]):
        # "Stay in this position for 1 minute between exercises": a pause between, no hold
        between = " ".join(w for w in let_go if w.isalpha())
        yield s.fact("note", f"a pause between, not a hold: {s.said().strip()} {between}")
        return
    named = let_go[1:] if let_go[:1] == ["of"] else let_go  # "5 minutes of cool down"
    if named[:1] in _A_BOUTS_NAME or named[:2] in _A_BOUTS_NAME:
        # "the 5 minute cool down and stretches": the cool-down's length, not a stretch's
        yield s.fact("bout", value)
        return
    # ("10 seconds of staying on one leg" holds; "1 minute of jogging, 1 minute of staying
    # still" is a rest between bouts)
    # ("1 minute of step ups, 30 seconds of remaining still": a rest between bouts)
    others = [*s.before, *s.after[3:]]
    words = [t.raw.lower() for t in others]
    between_bouts = (
        not lx.LOCOMOTION.isdisjoint(words)
        or any(a.sym in _UNITS and b.raw == "of" for a, b in itertools.pairwise(others))
        or any(  # "between sets", "between each set" ("rest between each set" is the rest's)
            word == "between"
            and not _DONE_AGAIN.isdisjoint(words[i + 1 : i + 4])
            and words[i - 1 : i] not in (["rest"], ["resting"], ["recovery"])
            for i, word in enumerate(words)
        )
    )
    stayed = not _STAYING.isdisjoint(let_go[1:2]) and not between_bouts
    contracted = let_go[:1] == ["of"] and (not _HELD_STILL.isdisjoint(let_go[1:2]) or stayed)
    # ("10 seconds of squeezing and releasing", "of squeezing quickly": over and over)
    how = _over_and_over([t.raw.lower() for t in s.after[1:10]]) if contracted else "over"
    if how != "over" and longest <= _LONGEST_CONTRACTION:
        # "5-10 seconds of flexing the quad, 5 seconds of resting": a contraction held
        yield s.fact("hold", value)
        if how == "asked":  # "20 seconds of clenching, unclenching"
            said = " ".join([s.said().strip(), *let_go[:2]])
            yield s.fact("ambiguous", f"{said!r}: one contraction held, or over and over?")
        return
    # ("stretch the fingers for one minute and then release": a stretch or a grip held,
    # then let go once; "Breathe deeply for 2 minutes, then relax" holds nothing)
    next_said = [t.raw.lower() for t in s.after[:4] if t.raw.lower() not in {",", "and"}]
    kept_still = (lx.STILL_WORDS | lx.GRIPPING_WORDS) & clause
    then = next_said[:1] == ["before"] or (next_said[:1] == ["then"] and bool(kept_still))
    then_let_go = then and _LETTING_GO & set(next_said[:3])
    if then_let_go and longest <= _LONG_FOR_A_GRIP and not lx.MOVING_WORDS & clause:
        yield s.fact("hold", value)
        return
    before = [t for t in s.clause if t.start < s.tokens[0].start]
    next_words = {t.raw.lower() for t in s.after[:3]}
    over_and_over = {"repeatedly", "rhythmically", "again", "pulsing"} & next_words
    pressed = _pressed(before) and not over_and_over and not lx.MOVING_WORDS & clause
    if longest <= _LONG_FOR_A_GRIP and pressed:
        # "Press your palms together for 1 minute, then relax": one press held, or
        # pressed over and over for that long? ("Press up into a plank": a pose, held)
        yield s.fact("hold", value)
        if POSED.isdisjoint(t.raw.lower() for t in before):
            yield s.fact(
                "ambiguous", f"{s.said().strip()!r}: one press held, or pressing that long?"
            )
        return
    held = still and (gripped or static) and not resting
    stretch = lx.STILL_WORDS & clause <= {"stretch", "stretches"}  # (a pose is held)
    if held and stretch and not gripped and longest > _LONGEST_STRETCH and not _HELD & clause:
        # "Stretch 5 minutes after each meeting": one stretch held, or stretching that long?
        yield s.fact("ambiguous", f"{s.said().strip()!r}: one stretch held, or a timed bout?")
    yield s.fact("hold" if held else "bout", value)


#: A stretch said longer than this, with no hold said, may be stretching for that long.
_LONGEST_STRETCH = dt.timedelta(minutes=2)
_HELD = frozenset("hold holds held holding".split())
_UNITS = frozenset({"sec", "second", "min", "hour", "hours"})
#: What a rest comes between: "1 minute of remaining seated between sets".
_DONE_AGAIN = frozenset(
    "sets set reps rep repetitions bouts rounds exercises efforts laps intervals stations "
    "circuits stretches".split()
)
#: Still said after "N seconds of", held unless between timed bouts.
_STAYING = frozenset({"staying", "remaining", "holding"})
#: Work said after "N seconds of" that is held still: "10 seconds of squeezing".
_HELD_STILL = frozenset(
    "squeezing flexing contracting tensing tightening clenching pressing gripping "
    "contraction contractions isometric".split()
)


def _over_and_over(after: list[str]) -> str:
    """
    How a contraction said as "N seconds of squeezing" is done, from its words on:
    "over" and over ("of squeezing and releasing", "of squeezing, repeatedly", "of
    flexing your ankle up and down"), "held" ("of squeezing, then relaxing": held, then
    let go once) or "asked" ("of clenching, unclenching": let go once, or over and over?).
    """
    after = list(itertools.takewhile(lambda word: word not in {".", ";", "!", "?"}, after))
    comma = after.index(",") if "," in after else len(after)
    clause, rest = after[:comma], after[comma + 1 :]
    rest = rest[: rest.index(",")] if "," in rest else rest  # ("..., rest, then 10 fast ones")
    # ("of squeezing over and over then rest"; "of gripping then opening and closing your
    # hand" holds, then moves)
    lead = list(itertools.takewhile(lambda word: word not in _ONCE, clause))
    if any(said in " ".join(lead) for said in _SAID_OVER_AND_OVER):
        return "over"
    if rest[:1] != ["then"] and any(said in " ".join(rest) for said in _SAID_OVER_AND_OVER):
        return "over"  # ("of squeezing, on and off"; "..., then bending and straightening" is next)
    plain = [word for word in after if word not in {"a", "and", "with", "then"}]
    quick_release = any(
        (first in _QUICKLY and second in _LET_GO) or (first in _LET_GO and second in _QUICKLY)
        for first, second in itertools.pairwise(plain)
    )
    if quick_release:  # ("with a quick release", "let go fast")
        return "held"
    # ("of squeezing then relaxing", "of gripping without releasing": let go once; "of
    # squeezing and releasing, then rest": over and over)
    over = [i for i, word in enumerate(clause) if word in _OVER_AND_OVER][:1]
    once = [i for i, word in enumerate(clause) if word in _ONCE][:1]
    if over and (not once or over < once):
        return "over"
    # ("squeezing, then quickly releasing", "squeezing, relax": let go once)
    if once or rest[:1] in (["then"], ["release"], ["relax"], ["let"]):
        return "held"
    if not _PULSING.isdisjoint(rest):
        return "over"
    if not _QUICKLY.isdisjoint(rest) and not any(word[:1].isdigit() for word in rest):
        return "over"  # ("squeezing, very quickly", "gripping, repeated quickly")
    return "asked" if rest[:1] and rest[0] in _RELEASING else "held"


_QUICKLY = frozenset("quickly quick fast rapidly rapid repeatedly rhythmically".split())
#: A release said once: "a quick release", "let go fast" ("releasing quickly" is over and over).
_LET_GO = frozenset("release relax let".split())
_RELEASING = frozenset("releasing relaxing letting unclenching opening".split())
_LETS_GO = [[word] for word in ("release", "releasing", "relax", "relaxing", "let", "letting")]
_PULSING = frozenset("pulsing pulse pulses bouncing".split())
_OVER_AND_OVER = _QUICKLY | _RELEASING | _PULSING
#: Words after which a release is let go once, not over and over.
_ONCE = frozenset("then without before".split())
#: Words of a contraction done over and over, wherever they are said after it.
_SAID_OVER_AND_OVER = (
    "bending and straightening",
    "straightening and bending",
    "flexing and extending",
    "extending and bending",
    "up and down",
    "down and up",
    "in and out",
    "on and off",
    "over and over",
    "again and again",
    "as fast as",
    "opening and closing",
)
#: Longer than this, "N minutes of squeezing" may be squeezing over and over.
_LONGEST_CONTRACTION = dt.timedelta(minutes=1)
#: A grip held longer than this is as likely timed work.
_LONG_FOR_A_GRIP = dt.timedelta(minutes=5)
#: Words that name a bout after its length: "a 10 minute warm-up", "the 5 minute cool down".
_A_BOUTS_NAME = [
    ["cooldown"],
    ["warmup"],
    ["warmdown"],
    ["cool", "down"],
    ["warm", "up"],
    ["warm", "down"],
]
#: Words of letting go in turn: "grab and release ... for 10 minutes" repeats.
_LETTING_GO = frozenset("release releasing relax relaxing".split())


_RELAXING = frozenset({"relax", "relaxing", "rest", "resting", "release", "releasing"})


def _pressed(clause: list[Tok]) -> bool:
    """
    True for an isometric press: "Press your palms together", "Push your foot into the
    wall", "Clench your teeth" (not "Push the trolley", "Press and release the ball",
    "Clench and unclench your fist": moving).
    """
    words = [t.raw.lower() for t in clause]
    if not _IN_TURN.isdisjoint(words) or ("not", "clench") in itertools.pairwise(words):
        return False
    for i, word in enumerate(words):
        if word in {"clench", "clenching"}:
            return True
        if word in _PRESSING and not _PRESSED_ON.isdisjoint(words[i + 1 : i + 7]):
            return True
    return False


#: Words of pressing in turn or over and over: "Press your palms together on and off".
_IN_TURN = frozenset(
    "unclench unclenching release releasing relax relaxing let letting repeatedly rhythmically "
    "apart again off pulsing pulse pulses open opening times".split()
)
#: Words of a press, and the words that make it isometric: "press into the wall".
_PRESSING = frozenset("press pressing push pushing".split())
_PRESSED_ON = frozenset("into against together onto between to down".split())


def h_seconds_hold(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "for 20 s" is how a timed bout is written back (str(Dose)); "for 20 seconds",
    # "for up to 45 s" and "stretching 30 s" are holds said without the word hold.
    canonical = s.tokens[0].raw == "for" and not s.has("q") and s.group("hu")[0].raw == "s"
    held, moved = _held_before(s)
    canonical = canonical and not (held and moved is None)
    said_for = s.tokens[0].raw.lower() == "for"
    clause = {t.raw.lower() for t in s.clause}
    of_what = [t.raw.lower() for t in s.after[:2]]
    if of_what[:1] == ["of"] and not _QUICKLY.isdisjoint(of_what[1:]):
        yield s.fact("bout", duration(s, "h"))  # "10 seconds of rapid squeezing": over and over
        return
    went_on = [t.raw.lower() for t in s.before[-2:]]
    kept_on = len(went_on) == 2 and went_on[0] in KEEP_GOING and went_on[1] in KEPT_MOVING
    if said_for and lx.BREATHING_WORDS & clause and not held_in_clause(s) and not kept_on:
        # "Breathe out for 4 seconds through pursed lips": a breath's length, not a hold
        # ("Breathe normally and keep going for 30 s": what is kept going is the length)
        yield s.fact("note", "a breath's length, not a hold: " + " ".join(t.raw for t in s.tokens))
        return
    if said_for and moves(s.clause) and not held_in_clause(s):
        yield s.fact("bout", duration(s, "h"))  # "Star jumps for 30 seconds": moving work
        return
    kept = kept_going(s)
    if kept == "moving":
        yield s.fact("bout", duration(s, "h"))  # "Keep the rhythm for 30 seconds": moving
        return
    if kept is not None:  # "Squat, keep going for 30 s": the position held
        yield s.fact("hold", duration(s, "h"))
        if kept == "unsure":  # "Bridge to a comfortable height, keep going for 30 seconds"
            yield s.fact("ambiguous", f"{s.said()!r}: a position held, or moved on from? say which")
        return
    if said_for and _RELAXING & {t.raw.lower() for t in s.before[-3:]}:
        # "contract for 5 seconds and then relaxing them for 2 seconds": the rest between
        value = duration(s, "h")
        yield s.fact("rest", value.high if isinstance(value, Range) else value)
        return
    if said_for and work_then_rest(s):
        # "Each exercise for 20 seconds, followed by 10 seconds of rest": intervals
        yield s.fact("bout", duration(s, "h"))
        return
    yield s.fact("bout" if canonical else "hold", duration(s, "h"))
    if held and moved is not None and canonical:
        yield _hold_or_movement(s, moved)
    bare = s.tokens[0].sym in {"N", "just", "only", "about", "around", "approximately"}
    if bare and s.before[-1:] and s.before[-1].sym == "more":
        # "remain until the dizziness stops, plus an additional 30 seconds": added to a
        # length the words do not give
        yield s.fact("ambiguous", f"'{s.said()}' more: added to what? say the whole hold")
    elif s.has("q") and "total" in {t.raw.lower() for t in s.group("q")}:  # "a total of 60 s"
        yield s.fact("ambiguous", f"{s.said()!r}: one hold, or holds adding up to it? say the hold")
    elif bare and not held_in_clause(s):
        # "Start with just 30 seconds", "3 sets 30 seconds": nothing says it is held
        said = " ".join(t.raw for t in s.tokens)
        yield s.fact("prose_question", f"{said!r}: a hold, or a timed bout? say 'hold' or 'for'")


def _held_before(s: Span) -> tuple[bool, str | None]:
    """
    Whether a hold is said before the length with no length of its own ("Hold at 70%
    effort for 45 s"; not "1 s hold for 2 s", nor "hold 10 s, walk for 45 s"), and the
    moving work said after the hold, if any ("Hold a weight and jog for 30 s").
    """
    since = [*itertools.takewhile(lambda t: t.sym not in _A_LENGTH_OR_END, reversed(s.before))]
    words = since[::-1]
    start = len(s.before) - len(words)
    own = start > 0 and s.before[start - 1].sym in _A_LENGTH_OR_END and held_in(words[:1])
    held_at = [i for i, t in enumerate(words) if t.raw.lower() in {"hold", "holding", "held"}]
    after = words[held_at[-1] if held_at else 0 :]
    moved = _movement_after([t.raw.lower() for t in [*after, *s.tokens[:1]]])
    return held_in(words) and not own, moved


def _movement_after(said: list[str]) -> str | None:
    """
    The moving work "and", "then", "while" or a comma brings in after a hold ("and jog on
    the spot", "while you walk", "and make small circles"); a cue, a place or a limb ("and
    feel the pull", "while lying on your back", "knees and feet") is none. Positions named
    ("the squat and lunge positions") are held.
    """
    for i, word in enumerate(said):
        if word not in _JOINING:
            continue
        near = said[i + 1 : i + 4]
        moving = [w for w in near if w in _MOVING_AFTER_A_HOLD]
        if moving and _POSITIONS.isdisjoint(said[i + 1 : i + 5]):
            return moving[0]
    return None


def _hold_or_movement(s: Span, moved: str) -> Fact:
    """Ask whose a length is when a movement follows the hold: it may get into the hold."""
    said_for = [i for i, t in enumerate(s.tokens) if t.raw.lower() == "for"]
    said = " ".join(t.raw for t in s.tokens[said_for[-1] :]) if said_for else s.said().strip()
    return s.fact("ambiguous", f"{said!r} after a hold and {moved!r}: the hold's or the moving's?")


#: Words that may bring in another movement after a hold ("Hold the weights, step up").
_JOINING = frozenset({"and", "then", "while", ","})
#: Names of positions held: "Hold the squat and lunge positions for 30 s each".
_POSITIONS = frozenset({"position", "positions", "pose", "poses"})
#: Words of moving work that say how hard or how, not a movement: "at half effort".
_HOW_HARD = frozenset(
    "effort efforts tempo vigorous brisk briskly forth uphill downhill hill hills".split()
)
#: Movements another length may belong to after a hold: "Hold the squat and pulse for 30 s".
_MOVING_AFTER_A_HOLD = lx.MOVING_WORDS - _HOW_HARD | frozenset(
    "pulse pulsing bounce bouncing shake shaking squat squatting lunge lunging step steps "
    "march jump hop slam slams slamming throw throws throwing wave waving whip whipping "
    "climb climbing".split()
)
#: A length or a clause's end: a hold said before it is not the hold of a later length.
_A_LENGTH_OR_END = frozenset({"sec", "second", "min", "hour", "hours", ".", ";", "!"})


def h_hold_no_unit(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count = s.value("n")
    yield s.fact("hold", seconds(count, "sec"))
    yield s.fact("ambiguous", f"{s.said()!r} names no unit: read as {count} seconds; say the unit")
    yield from s.passed_over("n", events=False)


#: What a round is of when it holds more than one movement: its rounds are sets.
