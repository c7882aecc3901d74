"""
Handlers of the handout rules (`_handout_rules`): what each matched form of real handouts
says, as facts.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable

from rehabplan.model import Anchor, Range, StopRule
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Span, days, duration, plus, whole
from rehabplan.phrases._handlers import h_bout, h_per_day, h_per_week, h_prn_asked, h_sets_reps
from rehabplan.phrases._hold_handlers import done_for
from rehabplan.phrases._movement import moving
from rehabplan.phrases._tok import Tok
from rehabplan.phrases._turns import each_direction, which_way

__all__ = [
    "h_bare_anchor",
    "h_criterion",
    "h_criterion_clause",
    "h_days_a_week",
    "h_days_between",
    "h_distance_bouts",
    "h_once_a_state",
    "h_rep_max",
    "h_reps_hold",
    "h_reps_rest_rounds",
    "h_reps_x_sets",
    "h_rest",
    "h_rest_from",
    "h_review",
    "h_rounds",
    "h_set_defined",
    "h_sets_of_bout",
    "h_sets_per_day",
    "h_sets_reps_each_side",
    "h_sets_to_failure",
    "h_sets_with_rests",
    "h_stacked_per_day",
    "h_start_after",
    "h_stop_rule",
    "h_time_point",
    "h_timed_sessions",
    "h_timed_work",
    "h_vague_interval",
    "h_vague_length",
]


def h_stacked_per_day(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield from h_sets_reps(m, s)
    yield s.fact("per_day", s.value("n"))


def h_sets_of_bout(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("sets", s.value("s"))
    yield s.fact("bout", duration(s, "b"))
    yield s.fact("counted_as_reps", True)


def h_distance_bouts(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("sets" if s.has("sets") else "reps", s.value("s"))
    yield s.fact("ambiguous", "a distance is not part of a dose: " + s.raw("all"))


def h_criterion_clause(m: re.Match[str], s: Span) -> Iterable[Fact]:
    words = s.raw("all")
    said = [t.raw.lower() for t in [*s.tokens[:3], *s.after[:1]]]
    if said[:3] == ["whenever", "you", "can"] and said[3:] in (["think"], ["remember"], ["fit"]):
        yield from h_prn_asked(m, s)  # "whenever you can think of it": as often as able
        return
    yield s.fact(
        "ambiguous",
        f"a criterion to move on ({words!r} ...): what follows may be a target, not the dose",
    )


def h_time_point(m: re.Match[str], s: Span) -> Iterable[Fact]:
    said = s.raw("all")
    first = s.tokens[0].value
    if first == 0 or (isinstance(first, Range) and first.low == 0):
        # "0 to 21 days postoperatively": from surgery for 21 days, a course
        unit = s.tokens[1].sym
        if (
            not isinstance(first, Range)
            or not whole(first)
            or unit not in {"day", "days", "week", "weeks", "month", "months"}
        ):
            yield s.fact("bad", "a course from the day of an event is a whole number of days")
            return
        if unit.startswith("month"):
            yield s.fact("ambiguous", "a month read as 30 days")
        yield s.fact("duration", days(first.high, unit))
        return
    if s.tokens[0].sym == "N" and any(t.sym == "N" for t in s.outside):
        # "3 x 10 twice daily 6 weeks after surgery": from then, or for that long?
        yield s.fact(
            "ambiguous",
            f"{said!r}: from then, or for that long? say 'from {said}' or 'for {s.tokens[0].raw} "
            f"{s.tokens[1].raw}'",
        )
        return
    yield s.fact("note", "a point in time, not a course length: " + said)


def h_stop_rule(m: re.Match[str], s: Span) -> Iterable[Fact]:
    above = s.value("n")
    if not s.has("what") and above is None:
        # "stop when tired": no symptom or threshold this reader knows
        yield s.fact("ambiguous", "a stop rule naming no symptom or threshold: say 'stop if pain'")
        return
    what = s.raw("what") or "pain"
    if above is not None and not (isinstance(above, int) and 0 <= above <= 9):
        yield s.fact("bad", "a stop threshold is a whole number from 0 to 9 on a 0-10 scale")
        return
    yield s.fact("stop_rule", StopRule(what=what, above=above))


def h_start_after(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("note", "a start after an event, not a course length: " + s.raw("all"))


def h_rest_from(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("note", "a rest from something else, not this exercise's course: " + s.raw("all"))


def h_bare_anchor(m: re.Match[str], s: Span) -> Iterable[Fact]:
    anchor = Anchor("before and after" if s.has("both") else "after", "exercise")
    yield s.fact("anchor", anchor)
    yield s.fact("ambiguous", f"{s.raw('all')!r} names no event: say {anchor.relation} what")


def h_sets_with_rests(m: re.Match[str], s: Span) -> Iterable[Fact]:
    counts = [s.value(g) for g in ("r", "r2", "r2b", "r3") if s.has(g)]
    if len({str(c) for c in counts}) > 1:
        shown = ", ".join(str(c) for c in counts)
        yield s.fact("ambiguous", f"a different count in each set ({shown}): say one, or each set")
        return
    yield s.fact("sets", len(counts))
    yield s.fact("reps", counts[0])
    rests = [duration(s, g) for g in ("rn", "rm") if s.has(f"{g}n")]
    if len({str(r) for r in rests}) > 1:
        yield s.fact("ambiguous", "a different rest after each set: say one rest")
    elif rests:
        yield s.fact("rest", rests[0].high if isinstance(rests[0], Range) else rests[0])


def h_timed_sessions(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield from h_bout(m, s)
    period = s.syms("p")[0] if s.has("p") else "day"  # "throughout the day"
    yield from (h_per_day if period in {"day", "daily"} else h_per_week)(m, s)


def h_criterion(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("criterion", " ".join(t.raw for t in s.tokens))


def h_review(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("note", "then a review")


def h_days_a_week(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("per_week", s.value("n"))


def h_sets_reps_each_side(m: re.Match[str], s: Span) -> Iterable[Fact]:
    reps, other = s.value("r"), s.value("r2")
    if reps != other:
        yield s.fact("ambiguous", "a different count for each side: " + s.raw("all"))
        return
    if s.has("s"):  # "3 x 10 + 10"; "x 8 + 8 reps" says no sets
        yield s.fact("sets", s.value("s"))
    yield s.fact("reps", reps)
    way = each_direction(s)
    if not way:
        yield s.fact("per_side", True)
    else:  # "Arm circles x 10 + 10 forwards and backwards": each direction, no side
        yield s.fact("note", f"each direction, not each side: {s.raw('all')}")
    if way is None:
        yield which_way(s, s.raw("all"))


#: Words that say the time is a hold.
_SAID_HELD = frozenset({"hold", "isometric"})
#: A time this long said after "N x" with no word of holding is as likely a bout.
_LONG_FOR_A_HOLD = dt.timedelta(minutes=3)


def h_reps_hold(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "20-30 sec x 2 sets": sets of the hold, as "2 sets of 30 seconds" are
    yield s.fact("sets" if s.has("sets") else "reps", s.value("r"))
    hold = duration(s, "h")
    rounds = s.after[:1] and s.after[0].raw.lower() in {"rounds", "intervals", "circuits"}
    if moving(s) or rounds:  # "Interval training: 10 x 30 sec", "5 x 1 minute rounds": timed
        yield s.fact("bout", hold)
    else:
        yield s.fact("hold", hold)
    longest = hold.high if isinstance(hold, Range) else hold
    said_held = any(t.sym in _SAID_HELD for t in s.tokens)
    clause = {t.raw.lower() for t in s.clause}
    if not said_held and not moving(s) and (longest >= _LONG_FOR_A_HOLD or "repeats" in clause):
        said = " ".join(t.raw for t in s.tokens).strip()
        yield s.fact("ambiguous", f"{said!r}: holds that long, or timed bouts? say which")
    if s.has("side") or s.has("side0"):  # "hold each side for 30 s", "hold 30 s each side"
        yield s.fact("per_side", True)


def h_reps_x_sets(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield from h_sets_reps(m, s)
    sets, reps = s.value("s"), s.value("r")
    if isinstance(sets, int) and isinstance(reps, int) and sets > reps:
        # "4 x 25 sets": more sets than reps is as likely 4 sets of 25
        yield s.fact(
            "ambiguous", f"'{reps} x {sets} sets': say '{reps} sets of {sets}' or the other"
        )


def h_sets_per_day(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield from h_per_day(m, s)
    said = " ".join(t.raw for t in s.tokens)
    yield s.fact("ambiguous", f"{said!r}: sessions a day, or sets of one session? say which")


#: Words of breathing: "for 4 seconds" beside them is a breath's length.
_WHOLE_ROUNDS = ("circuit", "set", "program", "workout", "warm", "cool")


def h_rounds(m: re.Match[str], s: Span) -> Iterable[Fact]:
    rounds = s.value("n") if s.has("n") else s.value("n2")
    if rounds == 1 and s.tokens[0].raw.lower() == "repeat":  # "repeat the set, once": 2 in all
        yield s.fact("sets", 2)
        yield s.fact("ambiguous", "repeating once is read as 2 in all: say how many times in all")
        return
    if s.has("session") and not any(t.sym == "sets" for t in s.tokens[:4]):
        # "repeat this programme six times each session": the count done at one sitting
        yield s.fact("reps", rounds)
        return
    # "repeat the set twice more": the first round and two more
    more = s.has("more") or s.has("more_first")  # "twice more", "4 more times"
    yield s.fact("sets", plus(rounds, 1) if more else rounds)
    # "hold 5 s ... repeat this sequence 10 times": with no count of reps, the rounds of
    # one movement are the repetitions in the corpus's fields (a circuit's and a
    # programme's are sets)
    if not any(t.raw.lower().startswith(_WHOLE_ROUNDS) for t in s.tokens):
        yield s.fact("counted_as_reps", True)


def h_reps_rest_rounds(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("reps", s.value("r"))
    yield from h_rest(m, s) if s.has("rn") else ()
    if s.has("again"):
        yield s.fact("sets", 2)
        return
    again = (s.has("more") or s.has("more_first")) and s.value("n") == s.value("r")
    if again and any(t.raw.lower() in {"other", "opposite"} for t in s.after[:4]):
        yield s.fact("per_side", True)  # "..., then repeat 10 more times on the other leg"
        return
    if again:
        # "Repeat 10 times, rest, then repeat 10 more times": one more set of the same, or
        # ten more sets?
        yield s.fact("sets", 2)
        yield s.fact("ambiguous", "'repeat the same count more times' after a rest: one more set?")
        return
    yield from h_rounds(m, s)
    if s.has("again_n") and not (s.has("more") or s.has("more_first")):
        # "rest, then repeat again 2-3 times": the first set counted in, or not
        count = s.value("n")
        said = f"{count.low}-{count.high}" if isinstance(count, Range) else str(count)
        yield s.fact(
            "ambiguous",
            f"'repeat again {said} times': say whether the first set is one of them "
            f"(e.g. '{said} sets' or '{said} more')",
        )


def h_days_between(m: re.Match[str], s: Span) -> Iterable[Fact]:
    days = s.value("n", 1)
    if not isinstance(days, int):
        yield s.fact("bad", "the days between sessions must be a whole number")
        return
    yield s.fact("every_days", days + 1)


def h_sets_to_failure(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("sets", s.value("s"))
    yield s.fact("note", "repetitions: as many as possible")


def h_vague_interval(m: re.Match[str], s: Span) -> Iterable[Fact]:
    words = " ".join(t.raw for t in s.tokens)
    yield s.fact(
        "ambiguous", f"{words!r} is a vague interval: say every how many hours, days or weeks"
    )


def h_vague_length(m: re.Match[str], s: Span) -> Iterable[Fact]:
    words = " ".join(t.raw for t in s.tokens)
    yield s.fact("ambiguous", f"{words!r} is a vague length: say for how many days or weeks")


def h_rep_max(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "8-12RM" is 8-12 repetitions at the load that can be lifted that many times; "1RM"
    alone is the load of a single lift, a reference, not a count.
    """
    count = s.value("r")
    if count != 1:
        # "2-3 x 4-8 (6-10 RM)", "Load = 6-8 RM": beside a count of reps, or said as the
        # load, the RM is the load alone
        # ("1RM for power cleans, 6RM bench pulls, 5RM leg press": loads tested, no dose)
        # ("Find your 10RM, then 3 sets at 10RM": one load said twice)
        clause = s.clause
        sets = any(t.sym in {"sets", "x"} for t in clause)
        tested = bool(s.after) and _measured(s.after[0])  # "10RM tested"
        if tested or (not sets and not _MEASURED.isdisjoint(t.raw.lower() for t in clause)):
            # "evaluated by 10 repetition maximum", "Load was increased when subjects
            # performed 10 RM": a load measured or reached, no dose
            yield s.fact("note", f"{count} RM: the load that can be lifted {count} times")
            return
        done = [
            k
            for k, t in enumerate(clause)
            if t.sym == "rm" and k and not (clause[k + 1 : k + 2] and _measured(clause[k + 1]))
        ]
        maxima = {clause[k - 1].raw for k in done}
        several = len(done) > 1
        if len(maxima) > 1 and sets:
            # "3 sets at 10RM, 3 sets at 12RM": which is the dose?
            yield s.fact("ambiguous", "several rep maxima beside sets: say the repetitions")
        elif not s.has("load") and (not several or (sets and len(maxima) == 1)):
            yield s.fact("reps", count, weak=True)
        yield s.fact("note", f"{count} RM: the load that can be lifted {count} times")
    else:
        yield s.fact("note", "1 RM: the load of a single lift, a measure, not a count")


def _measured(tok: Tok) -> bool:
    return tok.raw.lower() in _MEASURED


#: Words of a rep maximum measured or reached, not done: "assessed using 4-6 RM".
_MEASURED = frozenset(
    """assessed assessment evaluated evaluation measured measurement tested testing test
    determined estimated increased""".split()
)


def h_rest(m: re.Match[str], s: Span) -> Iterable[Fact]:
    value = duration(s, "r")
    longest = value.high if isinstance(value, Range) else value
    if longest >= _DAY and not isinstance(value, Range) and not longest % _DAY:
        # "48 hours of rest between exercises": the spacing of sessions, not a rest in one
        days = longest // _DAY
        said = " ".join(t.raw for t in s.tokens)
        if days > 1:
            yield s.fact("every_days", days)
        yield s.fact("ambiguous", f"{said!r} is rest between sessions: every {days} day(s)?")
        return
    apart = {t.raw.lower() for t in (*s.tokens, *s.after[:2])} & {"between", "after", "before"}
    if s.tokens[0].raw.lower() == "pause" and longest <= _A_MOMENT and not apart:
        yield s.fact("hold", value)  # "Pause 2-3 seconds, repeat 1-3 times": held a moment
        return
    nxt, timed = s.next_token, s.before[-1:] and s.before[-1].sym in {"min", "sec", "hour"}
    if timed and nxt is not None and nxt.sym == "hold":
        # "2 mins rest 30 sec hold x 10": the rest's time said before it, this one the hold's?
        said = " ".join(t.raw for t in [*s.tokens, nxt])
        yield s.fact("ambiguous", f"{said!r}: the rest's time, or the hold's? say which")
    yield s.fact("rest", longest)


_DAY = dt.timedelta(days=1)
#: As long as a position "done for" a time is held, not worked at ("do this for 5 s").
_A_FEW_SECONDS = dt.timedelta(seconds=10)
#: A pause this short is held in the movement, never a rest ("pause for 2 seconds, 3 x 10").
_A_MOMENT = dt.timedelta(seconds=3)
#: Words for not moving: a time after them is a rest, or (a pause) a hold.
_RESTING = frozenset({"rest", "relax", "relaxation"})
#: Symbols that say a dose is given beside a rest: the rest is then between its sets.
_DOSED = frozenset({"x", "reps", "sets", "hold"})
#: Words that place a pause at a point of one movement ("pause, then slowly lower").
_AT_A_POINT = frozenset(
    "lower lowering lift lifting raise raising high top straighten bend squeeze tighten "
    "contract return position range".split()
)
#: Words beside a pause that make it a rest: "to catch your breath", "the next set".
_RESTING_AGAIN = frozenset("rest recover breath breathe shake next continue go".split())
#: Words after a pause that make it a break between rounds, not a hold.
_BETWEEN_ROUNDS = frozenset({"between", "repeat", "after", "again", "another"})


def h_timed_work(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    Timed work ("pump your ankles for 30 s") is a bout. Beside a dose, "rest for 30 seconds"
    is the rest; a pause of a moment, at a point of one movement ("then slowly lower") or
    of a few seconds alone is a hold, a few seconds beside a dose the rest.
    """
    first = s.tokens[0]
    # "Do this every hour for 3-10 min" ("rest after each exercise": the rest's place)
    yield from s.passed_over("bn", events=first.sym not in _RESTING)
    value = duration(s, "b")
    longest = value.high if isinstance(value, Range) else value
    pairs = {(a.sym, b.sym) for a, b in zip(s.tokens, s.tokens[1:], strict=False)}
    if pairs & {("each", "side"), ("each", "leg"), ("per", "side"), ("per", "leg")}:
        yield s.fact("per_side", True)  # "Work each side for 30 seconds"
    if first.raw.lower() in {"done", "performed"} and longest < _DAY:
        yield from done_for(s, value, moving(s))  # "The plank is done for 30 s": held
        return
    stretch = {t.sym for t in s.tokens} & {"stretch", "stretches", "stretching"}
    kept = {t.raw.lower() for t in s.tokens} & {"keeping", "holding", "staying", "position"}
    if (stretch or kept) and longest < _DAY and not moving(s):
        # "do this stretch for 30 seconds", "Continue keeping the position for 5-10 seconds":
        # a stretch or a position is held
        yield s.fact("hold", value)
        return
    done_again = first.raw.lower() == "do" and s.tokens[1].raw.lower() in {"this", "it", "that"}
    said = {t.raw.lower() for t in (*s.before, *s.tokens, *s.after)}
    if done_again and longest <= _A_FEW_SECONDS and lx.MOVING_WORDS.isdisjoint(said):
        yield s.fact("hold", value)  # "Do this for 3 to 5 seconds": a position held that long
        return
    if first.sym not in _RESTING or longest >= _DAY:
        yield from h_bout(m, s)  # a day or more is refused there, as no bout or rest
        return
    clause = {t.raw.lower() for t in s.clause}
    if first.raw.lower() == "pause":
        # "pause at the top for 1-2 s", a moment, or a few seconds with nothing else said,
        # is held; a few seconds beside a dose is the rest, asked
        after = {t.raw.lower() for t in s.after[:3]} | {t.sym for t in s.after[:3]}
        said = {t.raw.lower() for t in (*s.clause, *s.after[:6])}
        others = {t.sym for t in s.outside}
        few = longest <= _A_FEW_SECONDS
        quiet = not (after & _BETWEEN_ROUNDS or said & _RESTING_AGAIN)
        held = clause & _AT_A_POINT or longest <= _A_MOMENT or (few and not others & {*_DOSED, "N"})
        if quiet and not clause & lx.TIMED_WORK_WORDS and (held or (few and others & _DOSED)):
            yield s.fact("hold" if held else "rest", value if held else longest)
            if not held:
                yield s.fact("ambiguous", f"{s.said()!r}: a rest, or held in the movement?")
            return
    if s.tokens[1].sym == "for" and any(t.sym in _DOSED for t in s.outside):
        yield s.fact("rest", longest)
        return
    yield from h_bout(m, s)


def h_set_defined(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """What one set is ("..., this is one set"), or a count of sets ("this is 3 sets")."""
    if s.has("n") and s.value("n") != 1:
        yield s.fact("sets", s.value("n"))
        return
    yield s.fact("note", f"what one set is: {s.raw('all')}")


def h_once_a_state(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if s.tokens[0].raw.lower() != "once":  # "twice weighted": a count after all
        yield s.fact("reps", s.tokens[0].value)
        return
    # "Once healed, swim twice a week": when to begin, not one repetition
    state = [*s.tokens[2:], *s.after][:4]
    said = list(itertools.takewhile(lambda t: t.sym not in {",", ".", ";", ":"}, state))
    words = " ".join(t.raw for t in said)
    linked = {"of", "with", "doing", "to"} & {t.raw.lower() for t in said}
    if linked and any(t.sym == "N" for t in said):  # "Once capable of 3 x 10": a target?
        yield s.fact("ambiguous", f"a criterion to move on ('once {words}'): the dose?")
        return
    yield s.fact("note", "when to begin, not a count: once " + words)
