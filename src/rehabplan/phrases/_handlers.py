"""The grammar's handlers: each turns the tokens a rule matched into facts."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from typing import Any

from rehabplan.model import Load, Range
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._cadence_rules import symptom_course_before
from rehabplan.phrases._facts import Fact, Handler, Span, duration, plus, seconds, whole
from rehabplan.phrases._movement import held_in, moving, other_side_next
from rehabplan.phrases._said_twice import bare_hour, span_start
from rehabplan.phrases._tokens import Tok as _Tok
from rehabplan.phrases._tokens import known

__all__ = [
    "SLOT_SYMS",
    "asking",
    "every_hours",
    "h_bedtime",
    "h_bout",
    "h_condition_noted",
    "h_daily",
    "h_evening_before_bed",
    "h_every_hours",
    "h_fortnightly",
    "h_label_per",
    "h_load",
    "h_monthly",
    "h_nothing",
    "h_pending_after",
    "h_pending_before",
    "h_per_day",
    "h_per_day_one",
    "h_per_day_slot",
    "h_per_week",
    "h_prn_asked",
    "h_q_slot",
    "h_ratio",
    "h_reps",
    "h_round_clock",
    "h_sessions_in_a_week",
    "h_sets_hold",
    "h_sets_reps",
    "h_sets_reps_hold",
    "h_side",
    "h_time_span",
    "h_times",
    "h_vague",
    "h_waking",
    "is_ceiling",
    "noting",
]


def h_sets_reps_hold(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("sets", s.value("s"))
    yield s.fact("reps", s.value("r"))
    yield s.fact("hold", duration(s, "h"))


def h_sets_hold(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("sets", s.value("s"))
    if s.has("r"):
        yield s.fact("reps", s.value("r"))
    # "tempo for 5 sets of 8 minutes", "six three-minute rounds": timed, not held
    rounds = _ROUNDS & {t.raw.lower() for t in s.tokens} and not held_in(s.clause)
    timed = moving(s) or rounds
    yield s.fact("bout" if timed else "hold", duration(s, "h"))


def h_sets_reps(m: re.Match[str], s: Span) -> Iterable[Fact]:
    sets, reps = s.value("s"), s.value("r")
    if [t.sym for t in s.tokens] == ["N", "x", "N", "x"] and s.tokens[1].raw.lower() == "times":
        # "10 times twice", "ten times three times": the count said first is repeated
        said = s.said().strip()
        yield s.fact("sets", reps)
        yield s.fact("reps", sets)
        if not {"day", "daily", "week", "weekly", "morning", "evening"} & {t.sym for t in s.after}:
            yield s.fact("ambiguous", f"{said!r}: {reps} sets of {sets}, or {reps} times a day?")
        return
    yield s.fact("sets", sets)
    yield s.fact("reps", reps)
    bare = [t.sym for t in s.tokens] == ["N", "x", "N"]
    unit_after = s.next_token is not None and s.next_token.sym not in {",", ".", ";", ")", "|"}
    cells = [t.sym for t in s.tokens] == ["N", "sets", "N"] and not unit_after
    if cells and isinstance(reps, int) and reps > 29:  # "4 sets 45": 45 reps, or seconds?
        yield s.fact("ambiguous", f"{s.said().strip()!r}: {reps} repetitions, or seconds?")
    if bare and isinstance(sets, int) and isinstance(reps, int) and sets >= 6 and reps <= 5:
        # "15 x 3": many short sets, or the repetitions written first?
        yield s.fact("ambiguous", f"{s.said()!r}: {sets} sets of {reps}, or {reps} sets of {sets}?")
    repeats = [t.sym for t in s.tokens] == ["N", "x", "N", "reps"] and s.tokens[3].raw == "repeats"
    if (bare or repeats) and _a_round_distance(reps) and not _names_what_it_counts(s.after):
        # "4 x 100 on 1:40", "5x100 negative split": a swimmer's or runner's repeats
        said = s.said().strip()
        yield s.fact(
            "ambiguous",
            f"{said!r}: {sets} repeats of a distance, or {sets} sets of {reps}? "
            f"say the distance (e.g. '{sets} x {reps} m') or 'reps'",
        )
    following = s.next_token.raw.lower() if s.next_token else ""
    if reps == 1 and following in _ONE_LIMB:  # "3 x 1 arm rows": one-arm rows, or one rep?
        yield s.fact("ambiguous", f"'{s.said().strip()} {following}': 1 repetition, or one limb?")
    if s.has("ea"):
        yield s.fact("per_side", True)


#: Words after a count of one that make it one limb: "3 x 1 arm rows", "2 x 1 leg squats".
_ONE_LIMB = frozenset("arm leg foot hand footed legged handed armed sided".split())


def _a_round_distance(count: object) -> bool:
    """
    True for a count as round and large as a distance: 50, 100, 200, 400 (a count past
    the largest a dose may hold is refused as that, not asked about).
    """
    return isinstance(count, int) and 50 <= count <= 1000 and count % 25 == 0


#: Words after a swimmer's or runner's repeats: "8 x 400 repeats", "5 x 200 easy".
_RUNNING_WORDS = frozenset(
    "repeats repeat fast easy hard steady strong relaxed pace intervals efforts strides "
    "build builds descend descending negative free kick pull swim".split()
)


def _names_what_it_counts(after: list[_Tok]) -> bool:
    """True when the word after a count names a movement or repetitions ("50 calf raises")."""
    if not after:
        return False
    word = after[0]
    if word.raw.lower() in _RUNNING_WORDS:  # "8 x 400 repeats", "8 X 400 fast"
        return False
    return (
        word.sym in {"reps", "x", "leg", "arm"}  # "50 calf raises", "100 arm circles"
        or word.sym in lx.EXERCISE_NOUNS
        or (word.raw.isalpha() and not known(word.raw.lower()))
    )


#: The highest number a set is numbered by ("Set 3 - 10 reps").
_SET_NUMBERS = 5


#: Words of a dose that, said after "2 leg squats", make the 2 a count of legs.
_DOSED = frozenset({"x", "reps", "sets"})


def _limbs_counted(s: Span, limb: str) -> bool:
    """
    True for a count of arms or legs (*limb*, the word after it) before the exercise: "1
    arm rows 3x10", "2 footed jumps" ("10 leg raises" are repetitions, and "2 leg lifts
    each side" two of them: two arms or legs are counted only where a dose follows).
    """
    return limb in {"footed", "legged", "handed", "armed"} or (
        limb in {"arm", "leg"}
        and (s.value("r") == 1 or (s.value("r") == 2 and any(t.sym in _DOSED for t in s.after)))
    )


def _limb_after(s: Span) -> str:
    """The word just after the count that starts the match ("leg" in "2 leg hops"), or ""."""
    counted = s.group("r")
    if not counted or counted[0] is not s.tokens[0]:
        return ""
    at = s.tokens.index(counted[-1])
    return s.tokens[at + 1].raw.lower() if at + 1 < len(s.tokens) else ""


def h_reps(m: re.Match[str], s: Span) -> Iterable[Fact]:
    reps = s.value("r", s.value("r2"))
    if s.tokens[-1].raw.lower() == "hold" and _labelled_after(s.before):
        # "1 Sets, 10 Reps, 10 Hold": a table's row, each number with its label after
        # it, where a hold's number is in seconds as under a "Hold" column
        yield s.fact("hold", seconds(reps, "sec"))
        return
    limb = _limb_after(s)
    if _limbs_counted(s, limb):
        yield s.fact("note", f"how many limbs, not repetitions: {s.said().strip()}")
        return
    # "2 leg squats": two squats, or squats on both legs? ("2 leg lifts each side" are two)
    each = any(
        a.raw.lower() in {"each", "per", "either"} and b.sym in {"side", "sides", "leg", "legs"}
        for a, b in itertools.pairwise(s.after[:4])
    )
    if reps == 2 and limb in {"arm", "leg"} and not each:
        yield s.fact("reps", 2)
        yield s.fact("ambiguous", f"{s.said().strip()!r}: 2 repetitions, or with both limbs?")
        return
    if reps == 1 and s.tokens[0].sym == "repeat" and not s.has("more") and other_side_next(s.after):
        yield s.fact("reps", 1)  # "Repeat once on the other side": one there, not one more
        return
    if reps == 1 and s.tokens[0].sym == "repeat" and not s.has("more"):
        # "hold 30 s, then return. Repeat once.": the first go and one more
        yield s.fact("reps", 2)
        yield s.fact("ambiguous", "repeating once is read as 2 in all: say how many times in all")
        return
    if (
        isinstance(reps, Range)
        and reps.low <= _SET_NUMBERS
        and [t.raw.lower() for t in s.before[-1:]] == ["set"]
        and (len(s.before) == 1 or s.before[-2].sym in {".", ";", ":", ","})
    ):  # "Set 1 - 10 reps": set 1 of 10 reps, or 1 to 10 reps ("set 8-12 reps" is a range)
        yield s.fact("ambiguous", f"'set {reps}': which set, or a range of reps? say which")
    counted = isinstance(reps, int) and reps > 2 and not any(t.sym == "x" for t in s.tokens)
    if s.has("more") and (isinstance(reps, Range) or counted):
        # "Repeat 10-15 more times", "do 10 more reps": another set ("nine more times": 10)
        yield s.fact("reps", reps)
        yield s.fact("sets", 2)
        yield s.fact(
            "ambiguous",
            f"'{reps} more': another set of {reps}, or the repetitions in all? read as another set",
        )
        return
    later = [t.raw.lower() for t in s.after[:5]]
    # ("on the other side of the pool" may be a place, not a side: asked)
    on_the_other = "other" in later[:4] and later[later.index("other") + 2 :][:1] != ["of"]
    if s.has("more") and on_the_other and other_side_next(s.after):
        yield s.fact("reps", reps)  # "Repeat 10 more times on the other side": 10 there
        yield s.fact("per_side", True)
        return
    day = [t.raw.lower() for t in s.after[:3]]
    if s.has("more") and (day[:2] in (["a", "day"], ["today"], ["later"]) or "day" in day):
        # "at least two more times during the day": more sessions, or more repetitions?
        yield s.fact("reps", plus(reps, 1))
        yield s.fact(
            "ambiguous", f"'{s.said().strip()}' in the day: more sessions, or more repetitions?"
        )
        return
    yield s.fact("reps", plus(reps, 1) if s.has("more") else reps)
    if s.has("more"):  # "repeat twice more": a count added to the first go
        yield s.fact("added_count", (s.start, s.end))
    if s.has("more") and isinstance(reps, int) and reps > _FEW_MORE:
        # "repeat 10 more times": handouts mean 11 in all, or 10 (the first go among them)
        yield s.fact(
            "ambiguous", f"'{reps} more times': {reps + 1} in all, or {reps}? say how many in all"
        )
    if s.has("side"):
        yield s.fact("per_side", True)


#: More times than this after a first go are read as one more in all, and asked.
_FEW_MORE = 2


def _labelled_after(before: list[_Tok]) -> bool:
    """True when the words before end in "N reps ," (a row of numbers each labelled after)."""
    syms = [t.sym for t in before[-3:]]
    return syms == ["N", "reps", ","]


def h_q_slot(m: re.Match[str], s: Span) -> Iterable[Fact]:
    slot = {"am": "morning", "pm": "evening"}.get(s.syms("slot")[0], s.syms("slot")[0])
    yield s.fact("times", (lx.SLOT_WORDS.get(slot, slot),))


def h_per_day_one(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("per_day", 1)


_ROUNDS = frozenset("round rounds interval intervals circuit circuits".split())


def h_load(m: re.Match[str], s: Span) -> Iterable[Fact]:
    unit = s.syms("u")[0]  # "kg", "lb" or "g"
    amount = s.value("w")
    if isinstance(amount, Range):
        amount = amount.high
    if not 0 < amount <= 10_000:
        yield s.fact("bad", "a load must be more than 0 and at most 10000")
        return
    yield s.fact("load", Load(amount, unit))


def h_side(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("per_side", True)


def h_nothing(m: re.Match[str], s: Span) -> Iterable[Fact]:
    return ()


def h_ratio(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "3/12 each leg": sets and reps to some, a ratio or a UK duration to others
    a, b = (t.raw for t in s.tokens if t.sym == "N")
    yield s.fact("ambiguous", f"'{a}/{b}': say '{a} x {b}' (sets and reps), or what else it is")


def h_bout(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("bout", duration(s, "b"))


#: Words that make a count a day a ceiling: "max 8 a day", "no more than 3 times a day".
_CEILING = frozenset({"max", "maximum", "no", "not"})


def is_ceiling(s: Span) -> bool:
    """Whether the matched count is said as a most ("a maximum of 8 in 24 hours")."""
    first = [t.sym for t in s.tokens[:2]]
    return first[0] in _CEILING or first[:2] == ["a", "maximum"]


def h_per_day(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("per_day_max" if is_ceiling(s) else "per_day", s.value("n"))


#: More sessions than this at one time of day are repetitions, more likely.
_MOST_AT_ONE_TIME = 3


def h_per_day_slot(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count = s.value("n")
    most = count.high if isinstance(count, Range) else count  # ("5-10 times every morning")
    if isinstance(most, int) and most > _MOST_AT_ONE_TIME:
        # "opening your mouth 10 times each morning and evening": repetitions, each time
        said = " ".join([s.said(), *(t.raw for t in s.after[:1])])
        yield s.fact("reps", count)
        yield s.fact("ambiguous", f"{said!r}: repetitions each time, or {count} sessions?")
        return
    # "once in the morning, once in the evening": each "once" is its own time of day's
    # session, so the times of day named give the count
    yield s.fact("per_day", count, weak=count == 1)
    if count != 1:  # "twice in the morning and twice in the evening": 4 a day, or 2?
        said = " ".join([s.said(), *(t.raw for t in s.after[:1])])
        yield s.fact(
            "ambiguous", f"{said!r}: more than once at one time of day; say how many a day"
        )


def h_daily(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if symptom_course_before(s):  # "Stop if the pain gets worse each day"
        yield s.fact("note", f"a symptom that changes, not how often: {s.said().strip()}")
        return
    yield s.fact("per_day", 1, weak=True)
    yield s.fact("every_day", True)  # every day: weighed against a count a week (`merge`)


def h_every_hours(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield from every_hours(s, s.value("n", 1))


def every_hours(s: Span, hours: Any) -> Iterable[Fact]:
    """
    The facts of "every *hours* hours": a whole day or days read as such.

    >>> from rehabplan.phrases import read
    >>> read("at 2-hour intervals").timing.every_hours
    2
    """
    if whole(hours):
        low_end = hours.low if isinstance(hours, Range) else hours
        if low_end >= 24 and not isinstance(hours, Range) and hours % 24 == 0:
            if hours == 24:
                yield s.fact("per_day", 1)
            else:
                yield s.fact("every_days", hours // 24)
            return
        if (hours.high if isinstance(hours, Range) else hours) <= 24 and low_end >= 1:
            yield s.fact("every_hours", hours)
            return
    yield s.fact("bad", "an interval in hours must be a whole number from 1 to 24")


def h_fortnightly(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("every_days", 14)


def h_monthly(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("every_days", 30)
    yield s.fact("ambiguous", "monthly read as every 30 days")


def h_per_week(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if not s.has("n") and symptom_course_before(s):  # "If pain increases each week, call us"
        yield s.fact("note", f"a symptom that changes, not how often: {s.said().strip()}")
        return
    yield s.fact("per_week", s.value("n", 1), weak=not s.has("n"))


def h_sessions_in_a_week(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("per_week", s.value("n", s.value("n2")))
    yield s.fact("note", "the sessions of one week of the plan")


def asking(question: str) -> Handler:
    """A handler that flags its words as ambiguous, with the *question* that settles them."""

    def ask(m: re.Match[str], s: Span) -> Iterable[Fact]:
        yield s.fact("ambiguous", question)

    return ask


def noting(what: str) -> Handler:
    """A handler that keeps its words (the group ``all``) as a note of *what* they are."""

    def note(m: re.Match[str], s: Span) -> Iterable[Fact]:
        yield s.fact("note", f"{what}: {s.said('all')}")

    return note


def marking(kind: str) -> Handler:
    """A handler that marks the phrase with the fact *kind* ("waking", "round_the_clock")."""

    def mark(m: re.Match[str], s: Span) -> Iterable[Fact]:
        yield s.fact(kind, True)

    return mark


h_round_clock = marking("round_the_clock")
h_waking = marking("waking")
h_pending_before = marking("pending_before")
h_pending_after = marking("pending_after")


def h_vague(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("ambiguous", "a vague count: " + " ".join(t.raw for t in s.tokens))


def _slot_value(tok: _Tok) -> str | dt.time:
    if tok.sym == "TIME":
        assert isinstance(tok.value, dt.time)
        return tok.value
    return lx.SLOT_WORDS[tok.sym]


def h_times(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if symptom_course_before(s, occurring=False):  # "If the pain settles each night, progress"
        yield s.fact("note", f"a symptom that changes, not how often: {s.said().strip()}")
        return
    slots = tuple(_slot_value(t) for t in s.tokens if t.sym in SLOT_SYMS)
    if len(slots) > 1 and any(t.sym == "or" for t in s.tokens):
        # "every morning or evening": one session, at either time, not one at each
        said = " ".join(t.raw for t in s.tokens if t.sym in SLOT_SYMS or t.sym == "or")
        yield s.fact(
            "ambiguous",
            f"{said!r}: one session, at one of these times? read as the first; say which",
        )
        slots = slots[:1]
    yield s.fact("times", slots)
    if any(t.sym in {"pm"} for t in s.tokens):
        yield s.fact("ambiguous", lx.AMBIGUOUS_ABBREVIATIONS["pm"])


SLOT_SYMS = frozenset({*lx.SLOT_WORDS, "TIME"})


def h_time_span(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Read "from 11:00-12:00" as one session at 11:00, its end noted."""
    first, last = (t for t in s.tokens if t.sym in {"TIME", "noon", "N"})  # "from noon to 4 p.m."
    start = _slot_value(first) if first.sym != "N" else bare_hour(first.raw)
    if start is None:  # "10 - 8pm": no hour before the clock time
        yield s.fact("times", (_slot_value(last),))
        return
    if isinstance(start, dt.time) and isinstance(last.value, dt.time):
        start = span_start(first.raw, start, last.raw, last.value)  # "3:40 - 6:00 pm"
    yield s.fact("times", (start,))
    yield s.fact("note", f"a session from {first.raw} to {last.raw}")


def h_bedtime(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("times", ("bedtime",))


def h_evening_before_bed(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Read "every (other, third) evening, just before bed" as one session, at bedtime."""
    if s.has("other"):
        yield s.fact("every_days", lx.ORDINALS.get(s.raw("other").lower(), 2))
    elif m.group("alt") is not None:
        yield s.fact("every_days", 2)
    yield s.fact("times", ("bedtime",))


def h_prn_asked(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Read "as often as you can" as needed, and ask how often that is."""
    yield s.fact("prn", True)
    words = " ".join(t.raw for t in s.tokens)
    yield s.fact("ambiguous", f"{words!r} is read as needed: say how many times a day")


def h_condition_noted(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Note "if the pain allows" and "if the exercise causes pain": not as needed."""
    yield s.fact("note", "a condition, not as needed: " + s.raw("all"))


def h_label_per(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Read a table's "Days per week : 6 to 7" as 6-7 a week."""
    yield s.fact("per_week" if s.syms("p") == ["week"] else "per_day", s.value("n"))
