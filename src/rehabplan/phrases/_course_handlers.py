"""
The grammar's handlers for a course's length, table labels, codes, stages and
progressions: each turns the tokens a rule matched into facts.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.model import Range
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Span, days, duration, seconds, whole
from rehabplan.phrases._handlers import h_daily
from rehabplan.phrases._length_words import heading, heads, or_another_length

__all__ = [
    "h_bout_each_hour",
    "h_code_range",
    "h_day_total",
    "h_duration",
    "h_evening",
    "h_every_other_slot",
    "h_hours_course",
    "h_morning",
    "h_morning_and_evening",
    "h_night",
    "h_noon",
    "h_one_unit",
    "h_program_length",
    "h_progress_step",
    "h_progression",
    "h_progression_note",
    "h_q_weeks",
    "h_stage",
    "h_uk_duration",
    "h_week_total",
]


def h_duration(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count = s.value("n")
    unit = s.syms("u")[0]
    if not whole(count):
        yield s.fact("bad", "a duration must be a whole number")
        return
    if isinstance(count, Range):
        yield s.fact("ambiguous", "a duration given as a range: say one length")
        yield s.fact("default", ("duration", days(count.low, unit)))
        return
    if unit.startswith("month"):
        yield s.fact("ambiguous", "a month read as 30 days")
    if unit.startswith("year") and _MOST_YEARS < count <= _MOST_YEARS_READ:
        # "Over 65 years: walk daily": an age, not a course of 65 years
        yield s.fact(
            "ambiguous", f"{s.said().strip()!r}: a course that long, or an age or a span of years?"
        )
        return
    said_for = {t.raw.lower() for t in [*s.before[-3:], *s.tokens[:3]]} & _FOR
    of_what = s.after[:1] and s.after[0].raw.lower() == "of"
    if unit.startswith("year") and count >= 2 and of_what and not said_for:
        # "at least two years of classical training": a history, or a course of years?
        yield s.fact("ambiguous", f"{s.said().strip()!r} of: a course that long, or a history?")
    if s.group("u")[0].raw == "w" and count > 52:
        # "bike, 150W 5 min": watts, not a course of three years
        yield s.fact("ambiguous", f"'{count}w' is not read as weeks: say the course's length")
        return
    yield from or_another_length(s)
    if count >= 1 and heads(s):
        yield from heading(s, count, unit)
        return
    said = s.said().strip(" ,;:")
    bare = s.tokens[0].sym in {",", "N", "x"} and unit in {"day", "days"} and count < _WEEK_DAYS
    clause = list(itertools.takewhile(lambda t: t.sym not in {";", ".", "!"}, reversed(s.before)))
    daily = bare and any(t.sym in _ONCE_A_DAY or t.raw.lower() in lx.ABBREVIATIONS for t in clause)
    dosed = any(t.sym in {"min", "sec", "x", "reps"} for t in s.before) or s.tokens[0].sym == "x"
    if bare and not s.after and not daily and dosed:
        # "15 minutes, 2 days": a dose's days a week, or a course of two days?
        yield s.fact("ambiguous", f"{said!r} after a dose: days a week, or a course?")
        yield s.fact("duration", days(count, unit))
        return
    said_next = [t.raw.lower() for t in s.after[:4]]
    placed = any(t.raw.lower() in {"first", "next", "last"} for t in s.before[-3:])
    of_days = unit == "days" and count < _WEEK_DAYS and said_next[:1] == ["of"]
    # ("2 days of pain a week", "3 days of rest": days of something else; "a week" after
    # the activity has its own rules)
    treated = said_next[2:3] and said_next[2] in _TREATMENTS  # "3 days of pain relief"
    if (
        said_next[:1] == ["of"]
        and said_next[1:2]
        and said_next[1] in lx.SYMPTOMS | _ILLNESS
        and not treated
    ):
        # "If you have 2 days of fever, call us", "Expect 2 days of soreness": a symptom's
        # days, not the course
        yield s.fact("note", f"a symptom's time, not a course length: {said} of {said_next[1]}")
        return
    done = said_next[1:2] != [] and said_next[1] not in lx.SYMPTOMS | _NOT_DONE
    weekly = any(t.sym in {"week", "weekly"} for t in s.after[:6])
    if of_days and done and not weekly and not said_for and not placed:
        # "at least 3 days of balance exercises": days a week, or a course of three days?
        yield s.fact("ambiguous", f"{said!r} of: days a week, or a course? read as days a week")
        yield s.fact("per_week", count)
        return
    in_the_week = said_next[1:3] == ["the", "week"] and said_next[0] in _IN
    # ("for 3 days in the week after surgery" is a course)
    if unit in {"day", "days"} and in_the_week and said_next[3:] not in _AFTER_EVENT:
        # "a 10 minute walk, four days during the week": days a week
        yield s.fact("per_week", count)
        return
    if s.tokens[0].sym == "N" and unit in {"day", "days"} and _a_week_later(s):
        # "run three days and cycle three days each week": days a week, said once for both
        yield s.fact("ambiguous", f"{said!r} before a count a week: days a week, or a course?")
        return
    if _in_a_criterion(s):
        # "Repeat daily until free from vertigo for 24 hours": how long the criterion
        # holds, not the course
        yield s.fact("note", f"part of a criterion, not the course: {said}")
        return
    if _to_recover(s):
        # "Allow 2 days to recover after training", "Allow 2 days for recovery": a
        # recovery's length, not the course ("Walk daily for 2 weeks to recover" is one)
        yield s.fact("note", f"a time to recover, not a course: {said}")
        return
    early = [t.raw.lower() for t in s.before[-3:]]
    if early in (["as", "early", "as"], ["as", "late", "as"], ["as", "soon", "as"]):
        # "some may be cleared as early as one week": a point in time, not a course
        yield s.fact("note", f"a point in time, not a course length: {' '.join(early)} {said}")
        return
    if [t.raw.lower() for t in s.after[:2]] in (["or", "more"], ["or", "longer"]):
        # "anything persisting for 12 weeks or more": at least that long, with no end
        yield s.fact("ambiguous", f"{said!r} or more: a length with no end: say the course")
    following = s.next_token
    if following is not None and following.raw.lower() in {"supply", "supplies", "hire", "rental"}:
        yield s.fact("note", f"a supply, not a course length: {said} {following.raw}")
        return
    gap = [t.raw.lower() for t in s.after[:6]]
    gap = gap[1:] if gap[:2] == ["in", "between"] else gap
    between = gap[:1] == ["between"]
    if between and unit in {"week", "weeks"} and s.tokens[0].raw.lower() != "for":
        # "wait at least four weeks between treatments": a gap, not a course of four weeks;
        # between stages or reviews, a gap of another kind
        if _what_is_between(gap[1:]) in _NOT_SESSIONS:
            yield s.fact("note", f"a gap between other things, not the course: {said} between")
            return
        yield s.fact("every_days", count * _WEEK_DAYS)
        yield s.fact("ambiguous", f"{said!r} between: a gap between sessions; say the days apart")
        return
    between = between and unit in {"day", "days"}
    most = {t.raw.lower() for t in [*s.before[-1:], *s.tokens]} & {"than", "most", "max", "up"}
    if between and most:  # "no more than 2 days between sessions": a gap's most, asked
        yield s.fact("ambiguous", f"{said!r} between: the most days apart; say how often")
        return
    if between and s.tokens[0].raw.lower() != "for":  # (not "for 14 days between reviews")
        yield s.fact("every_days", count + 1)  # "3 x 10, 2 days between sessions": days apart
        return
    if count == 1 and unit == "day" and s.tokens[0].raw.lower() == "in":
        # "up to 12 repetitions in one day": a day's most, not a course of one day
        yield s.fact("note", f"within a day, not a course length: {said}")
        return
    yield s.fact("duration", days(count, unit))


_FOR = frozenset({"for", "over", "during", "within", "throughout"})
#: What treats a symptom, after it: "3 days of pain relief" is a course.
_TREATMENTS = frozenset("relief medication medicine tablets killers killer relievers pills".split())
#: Illness said after "N days of": no course ("2 days of fever").
_ILLNESS = frozenset(
    "sickness illness symptoms fever nausea fatigue headaches headache vomiting".split()
)
#: Days of these are not days of exercise: "3 days of rest", "2 days of bed rest".
_NOT_DONE = _ILLNESS | frozenset(
    "rest bed recovery no none aching not antibiotics tablets medication medicine crutches "
    "brace ice".split()
)
#: Words between days and "the week" that make them days a week ("four days during the week").
_IN = frozenset({"during", "in", "of"})
_AFTER_EVENT = [["after"], ["before"], ["following"], ["of"]]
#: More years than this is no course of exercise: an age, more likely.
_MOST_YEARS = 5
#: Past the model's longest course (36,600 days) a length is refused, not asked.
_MOST_YEARS_READ = 100
#: Fewer days than this, bare after a dose, may be days a week.
_WEEK_DAYS = 7


def _what_is_between(words: list[str]) -> str:
    """
    The thing a gap falls between, the last word of the first run of words after "between"
    ("each of your treatments": treatments; "treatment reviews": reviews; "each phase of
    treatment": phase).
    """
    words = list(itertools.dropwhile(lambda w: w in _BEFORE_A_THING, words))
    run = list(itertools.takewhile(lambda w: w.isalpha() and w not in _BEFORE_A_THING, words))
    return run[-1] if run else ""


#: Words before the thing a gap falls between: "between each of your treatments".
_BEFORE_A_THING = frozenset("each every of your the my a an all two successive and".split())
#: What a gap of weeks may fall between that is not a session: stages, reviews, steps.
_NOT_SESSIONS = frozenset(
    """stage stages review reviews increase increases progression progressions level levels
    phase phases step steps test tests flare flares""".split()
)
#: Words that say a session a day: after them, "x 5 days" is the course.
_ONCE_A_DAY = frozenset({"daily", "day", "morning", "afternoon", "evening", "night", "bedtime"})


def _in_a_criterion(s: Span) -> bool:
    """
    True for a length said with "for" after "until" in the same clause ("until pain-free
    for 2 weeks"; "until 6 weeks" is the end).
    """
    said_for = "for" in {t.raw.lower() for t in [*s.before[-1:], *s.tokens[:1]]}
    # ("until the swelling settles for up to 3 days": the course's most, not the criterion)
    near = [*s.before[-3:], *s.tokens]
    said_near = {t.raw.lower() for t in near}
    # ("for no more than 3 days"; "until you are managing more for 3 days" is the criterion)
    capped = not {"up", "most", "maximum", "max"}.isdisjoint(said_near) or (
        "than" in said_near and not {"no", "not"}.isdisjoint(said_near)
    )
    clause = itertools.takewhile(lambda t: t.sym not in _CLAUSE_ENDS, reversed(s.before))
    until = any(t.raw.lower() in {"until", "till", "til"} for t in clause)
    return said_for and until and not capped


#: Marks that end a clause: "until symptoms settle, for up to 2 weeks" is the course.
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "(", ")", "then", "and"})


def _to_recover(s: Span) -> bool:
    """True for a time allowed or needed to recover ("Allow 2 days' recovery")."""
    after = [t.raw.lower() for t in s.after[:3] if t.raw not in {"'", "’"}]
    recovering = after[:2] in (
        ["to", "recover"],
        ["for", "recovery"],
        ["to", "recovery"],
        ["of", "recovery"],
        ["active", "recovery"],
    ) or after[:3] == ["of", "active", "recovery"]
    # ("2 weeks to recover" said alone is a recovery's length too)
    needed = not s.before or any(t.raw.lower() in lx.NEEDING_WORDS for t in s.before[-3:])
    return needed and s.tokens[0].raw.lower() != "for" and (recovering or after[:1] == ["recovery"])


def _a_week_later(s: Span) -> bool:
    """
    True when "each week", "a week" or "per week" is said in the sentence, after the
    words or before them ("a 6-day a week format (3 days cardio / 3 days strength)").
    """
    ends = {".", ";", "then"}
    after = [t.sym for t in itertools.takewhile(lambda t: t.sym not in ends, s.after)]
    before = [t.sym for t in itertools.takewhile(lambda t: t.sym not in ends, s.before[::-1])]
    return any(
        a in {"each", "a", "per", "every", "the"} and b == "week"
        for sentence in (after, before[::-1])
        for a, b in itertools.pairwise(sentence)
    )


def h_one_unit(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield from or_another_length(s)
    if [t.raw.lower() for t in s.after[:2]] in (["or", "more"], ["or", "longer"]):
        # "If exercise is stopped for a week or longer": at least that long, with no end
        yield s.fact("ambiguous", f"{s.said().strip()!r} or more: a length with no end")
    unit = s.syms("u")[0]
    if unit == "month":
        yield s.fact("ambiguous", "a month read as 30 days")
    yield s.fact("duration", days(1, unit))


def h_hours_course(m: re.Match[str], s: Span) -> Iterable[Fact]:
    hours = s.value("n") if s.has("n") else s.value("n2")
    if isinstance(hours, int | Range) and _in_a_criterion(s):
        # "until free from vertigo for 24 hours": how long the criterion holds
        yield s.fact("note", f"part of a criterion, not the course: {s.said().strip()}")
        return
    if isinstance(hours, int) and hours >= 24 and hours % 24 == 0:
        yield s.fact("duration", hours // 24)
    elif isinstance(hours, Range) and hours.low >= 24:
        yield s.fact("ambiguous", "a duration given as a range: say one length")
        yield s.fact("default", ("duration", max(1, hours.low // 24)))
    else:
        yield s.fact("bout", seconds(hours, "hour"))


def h_uk_duration(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count, per = s.value("n"), s.value("d")
    factor = {7: 1, 52: 7, 12: 30}.get(per)
    if (count, per) == (24, 7):  # "wear the sling 24/7"
        yield s.fact("note", "'24/7': all the time, not a count a week")
        return
    if per == 10:  # "3/10", "8 to 9/10": the scale of pain and effort
        yield s.fact("note", f"{_shown(s)!r}: a rating, not a dose")
        return
    if factor is None or not whole(count) or isinstance(count, Range):
        # its numbers are used here: said, never passed over
        words = _shown(s)
        yield s.fact(
            "ambiguous",
            f"{words!r} is not a length (N/7 days, N/52 weeks, N/12 months): say what it counts",
        )
        return
    if per == 7 and not s.has("for"):
        # "6/7" is days a week to a physio, but N days in UK medical shorthand ("for 5/7")
        yield s.fact("ambiguous", f"'{count}/7' read as {count} days a week, not {count} days")
        yield s.fact("per_week", count)
        return
    if per == 12:
        yield s.fact("ambiguous", "a month read as 30 days")
    yield s.fact("duration", count * factor)


def _shown(s: Span) -> str:
    """The span's words, a range as "7-20"."""
    return " ".join(
        f"{t.value.low}-{t.value.high}" if isinstance(t.value, Range) else t.raw for t in s.tokens
    )


def h_morning(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("times", ("morning",))


def h_morning_and_evening(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("times", ("morning", "evening"))


def h_night(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("times", ("night",))


def h_evening(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("times", ("evening",))


def h_noon(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("times", ("noon",))


def h_q_weeks(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count = s.value("n", 1)
    unit = s.syms("u")[0]
    if not isinstance(count, int):
        return
    if unit.startswith("week") and count == 1:
        yield s.fact("per_week", 1)
        return
    if unit.startswith("month"):
        yield s.fact("ambiguous", "a month read as 30 days")
    yield s.fact("every_days", days(count, unit))


def h_code_range(m: re.Match[str], s: Span) -> Iterable[Fact]:
    a, b = s.value("a"), s.value("b")
    if isinstance(a, int) and isinstance(b, int) and a != b:
        # "tid or bid" offers the same two counts as "bid-tid": the range is low to high
        yield s.fact("per_day", Range(min(a, b), max(a, b)))
    else:
        yield s.fact("per_day", a)


def h_every_other_slot(m: re.Match[str], s: Span) -> Iterable[Fact]:
    ordinal = next((lx.ORDINALS[t.raw.lower()] for t in s.tokens if t.sym == "ORD"), 2)
    yield s.fact("every_days", ordinal)  # "every other evening", "every third night"
    yield s.fact("times", (lx.SLOT_WORDS.get(s.syms("slot")[0], s.syms("slot")[0]),))


def h_stage(m: re.Match[str], s: Span) -> Iterable[Fact]:
    said = {t.raw.lower() for t in s.tokens}
    before = [t.raw.lower() for t in s.before]
    sentence = before[max((i + 1 for i, w in enumerate(before) if w in {".", ";"}), default=0) :]
    if said & _REDUCING and {"if", "when", "whenever", "should"} & set(sentence):
        # "If you have pain, reduce to 2 sets": a change on a condition, not a stage
        yield s.fact(
            "ambiguous",
            "a reduced dose is a change, not the dose: say the dose and when it changes",
        )
        return
    yield s.fact("stage", True)


_REDUCING = frozenset("reduce reducing decrease decreasing cut cutting".split())


def h_progression_note(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("note", "progression: " + " ".join(t.raw for t in s.tokens))
    # "add 1 every day, and do it 15 times": what comes after a step is its target
    yield s.fact("progression", True)


def h_step_with_no_when(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "add another 5 reps": more on top of a dose, or the dose itself? Asked, not guessed.
    yield s.fact("progression", True)
    yield s.fact("ambiguous", f"{s.said()!r}: a step up with no when: say how often it grows")


def h_progression(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("progression", True)


def h_progress_step(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("note", "progression: " + " ".join(t.raw for t in s.tokens))


def h_day_total(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    Read "30 minutes per day" as a bout, and ask whether it is a total a day or one
    session a day ("for 10 minutes per session" is the bout's length, not asked).
    """
    yield s.fact("bout", duration(s, "b"))
    said = [t.raw.lower() for t in (*s.before[-4:], *s.tokens)]
    if said[-2:] == ["every", "day"] and "total" not in said:
        # "walk for 30 minutes every day": one session each day is the reading, as for
        # "30 minutes daily", and the question stays (an activity guideline's total)
        yield from h_daily(m, s)
    if s.tokens[-1].sym in {"day", "daily"}:
        yield s.fact(
            "ambiguous",
            f"{s.said()!r} is a total a day, or one session a day: say how many sessions",
        )


def h_week_total(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "at least 150 minutes a week": a total to spread, or one session a week
    words = " ".join(t.raw for t in s.group("all"))
    yield s.fact(
        "ambiguous",
        f"{words!r} is a total a week, or one session a week: say how many sessions and how long",
    )


def h_program_length(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count = s.value("n")
    if isinstance(count, Range):  # "a 6-8 week program"
        yield s.fact("ambiguous", "a duration given as a range: say one length")
        return
    if not isinstance(count, int):
        yield s.fact("bad", "a programme's length must be a whole number")
        return
    unit = s.syms("u")[0]
    if unit == "day" and count < 7 and _TRAINING_DAYS & {t.sym for t in s.tokens}:
        # "a 3-day workout plan": 3 days a week, as a gym's plans are named (asked)
        yield s.fact("per_week", count, weak=True)  # a count a week said outright wins
        yield s.fact("ambiguous", f"{s.said()!r}: {count} days a week, or a course? say which")
        return
    if unit.startswith("month"):
        yield s.fact("ambiguous", "a month read as 30 days")
    yield s.fact("duration", days(count, unit))


#: Words of a plan named by its days a week: "a 3-day workout plan", "4-day split program".
_TRAINING_DAYS = frozenset({"session", "training", "split", "strength", "gym", "lifting"})


def h_bout_each_hour(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("bout", duration(s, "b"))  # "15 min/hr": a bout in each hour
    yield s.fact("every_hours", 1)
