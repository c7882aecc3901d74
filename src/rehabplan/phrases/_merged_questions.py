"""
What only the whole phrase shows, once its facts are merged: a most a day beside a
count a day ("four times a day, max 8 in 24 hours"), a count added after a timing
("once in the morning and repeated twice more"), a count a day after a hold that may
be the holds ("hold 10 s, 10 times every day"), ten or more a day with no dose in free
text ("10-20 times daily": the sessions, or the repetitions?), long bouts counted in
words ("walk twice for 10 minutes"), and days kept apart ("not on consecutive days")
with or without a count a week.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from rehabplan._regex import LazyRegex
from rehabplan.errors import PhraseError
from rehabplan.model import MAX_REPS, MAX_TIMES_A_DAY, Range
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._long_holds import long_hold

__all__ = ["reps_or_sessions", "whole_phrase_questions"]

#: What a merged phrase says: the words, where they are, and whether it asks.
Said = tuple[str, int, int, bool]

#: From this many a day, a count after a hold is as likely the holds as the sessions.
_HOLDS_NOT_SESSIONS = 5
#: An "x" standing just before a count: "30 s x 4 weekly".
_X_BEFORE = LazyRegex(r"(?:^|\s)[xX×]\s*$")


def _ceiling(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[Said]:
    """
    "max 8 in 24 hours" alone is the count a day; beside a count a day ("four times a
    day, max 8 in 24 hours": doses of two) it is a most, noted, and refused if below it;
    after a least ("at least twice a day, max 4 times a day") the two are a range, asked.
    """
    ceiling = fields.pop("per_day_max", None)
    if ceiling is None:
        return
    where = spans.pop("per_day_max")
    per_day = fields.get("per_day")
    if per_day is None:
        fields["per_day"], spans["per_day"] = ceiling, where
        return
    high = per_day.high if isinstance(per_day, Range) else per_day
    most = ceiling.high if isinstance(ceiling, Range) else ceiling
    said = text[where[0] : where[1]]
    a, b = spans["per_day"]
    if isinstance(high, int) and isinstance(most, int) and most < high:
        raise PhraseError.problem(text, f"{text[a:b]!r} and {said!r} say different things", *where)
    least = isinstance(per_day, int) and _AT_LEAST.search(text, max(0, a - 16), b)
    if least and isinstance(most, int) and most > per_day:  # "a minimum of once a day and ..."
        fields["per_day"], spans["per_day"] = Range(per_day, most), (a, max(b, where[1]))
        yield f"from {text[a:b]!r} to {said!r}: say how many a day", a, where[1], True
        return
    yield f"at most: {said!r}", *where, False


#: A least said with a count: "a minimum of one time per day", "at least twice a day".
_AT_LEAST = LazyRegex(r"\b(?:minimum|at least|min)\b", re.IGNORECASE)


_WORD = LazyRegex(r"[a-z]+")
_HELD = frozenset({"hold", "holds", "holding", "held", "isometric", "static"})


def _reps_of_a_bout(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[Said]:
    """
    Ask about repetitions said beside a timed bout with no word of holding.

    "Balance on one leg for 30 seconds x 3": a position held, or timed work?
    """
    if "reps" not in fields or "bout" not in fields or "hold" in fields:
        return
    words = set(_WORD.findall(text.lower()))
    if words & lx.MOVING_WORDS and not words & _HELD:
        return  # "hops 3 x 20 seconds", "Interval training: 10 x 30 sec": timed work
    if "rest" in fields and words & {"off", "hard"} and not words & _HELD:
        return  # "40 seconds hard, 20 seconds off x 10": intervals of work and rest
    (start, end), reps = spans["bout"], spans["reps"]
    between = text[min(end, reps[1]) : max(start, reps[0])]
    if not between.strip(" ,;x\u00d7"):  # side by side: "for 30 s x 3", "for 1 minute, 3 times"
        said = f"{text[start:end]!r} done more than once: holds, or timed bouts? say which"
        yield said, start, end, True


#: A bout this long, done a few times with no word of one session, may be the sessions.
_LONG_BOUT = dt.timedelta(minutes=5)


def _bouts_or_sessions(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[Said]:
    """
    "Walk twice for 10 minutes", long bouts counted in words: in one session, or
    separate sessions? (asked; "2 x 10 min" and "repeat 3 times" are intervals).
    """
    reps, bout = fields.get("reps"), fields.get("bout")
    most = reps.high if isinstance(reps, Range) else reps
    shortest = bout.low if isinstance(bout, Range) else bout
    if not isinstance(most, int) or not isinstance(shortest, dt.timedelta):
        return
    (start, end), (b_start, b_end) = spans["reps"], spans["bout"]
    said = text[start:end]
    if (
        most > 1
        and shortest >= _LONG_BOUT
        and "sets" not in fields
        and "rest" not in fields
        and _IN_WORDS.search(said)
        and not _X_SAID.search(said)
        and not _INTERVALS.search(text)
    ):
        bouts = f"{said!r}, {text[b_start:b_end]!r} each"
        yield f"{bouts}: in one session, or separate sessions? say which", start, end, True


#: A count said in words: "twice", "3 times".
_IN_WORDS = LazyRegex(r"\b(?:twice|thrice|times?)\b", re.IGNORECASE)
#: Words of intervals in one session: "run 5 minutes, walk 2 - repeat 4 times".
_INTERVALS = LazyRegex(
    r"\b(?:repeat\w*|recover\w*|rest|break|in a row|more times|afterwards|continuous\w*"
    r"|(?:per|a|each|the same) session)\b",
    re.IGNORECASE,
)
#: A count said with a multiplication sign: "2 x 10 min" is intervals.
_X_SAID = LazyRegex(r"(?<![a-z])[x\u00d7*](?![a-z])", re.IGNORECASE)


#: As many repetitions as one set of an exercise holds, at most: "500 swings" is a total.
_MOST_REPS_IN_A_SET = 99


def _total_said_as_reps(
    fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[Said]:
    """Ask about a count of repetitions too large for one set ("500 swings per workout")."""
    reps = fields.get("reps")
    most = reps.high if isinstance(reps, Range) else reps
    if isinstance(most, int) and most > _MOST_REPS_IN_A_SET and "reps" in spans:
        said = f"{most} repetitions in one set: a total? say the sets and the repetitions of each"
        yield said, *spans["reps"], True


#: What says how often besides a time of day: with one of these, the time is a session's.
_HOW_OFTEN = ("per_day", "per_week", "every_days", "every_hours", "weekdays", "anchor", "prn")
#: Words that make a time of day a start, a meeting or a suggestion, not a session's time
#: each day: "The walks begin at 7 a.m.", "can be done first thing in the morning".
_WHEN_NOT_HOW_OFTEN = LazyRegex(
    r"\b(?:(?<!pain )(?:begin|start)(?:s|ning|ing)?(?! (?:your|the|each|every) day| of\b)"
    r"|began|kicks? off"
    r"|meet(?:s|ing)?|gather(?:s|ing)?|opens|commences|scheduled"
    r"|can|could|(?-i:may)|might|prefer\w*|better|best|recommend\w*|helpful|ideal|try\w*"
    r"|(?:good|great|awesome|perfect|excellent|nice|fine|brilliant|lovely) (?:time|moment)"
    r"|(?:is|are) good for|works? well|suits)\b",
    re.IGNORECASE,
)
_SENTENCE_END = LazyRegex(r"[.;!?](?:\s|$)")
#: How often said with a day-word: "each morning", "every day", "daily".
_EACH = LazyRegex(
    r"\b(?:(?:each|every) (?:single )?(?:day|morning|afternoon|evening|night|week)s?|daily"
    r"|nightly)\b",
    re.IGNORECASE,
)
_EACH_NIGHT = frozenset({"night", "bedtime"})


def _when_not_how_often(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[Said]:
    """
    Ask about a time of day said, with no how-often, beside a start, a meeting or a
    suggestion ("The walks begin at 7 a.m.", "can be done in the morning"): it says
    when, not that it happens every day, so the one session a day is asked.
    """
    times = fields.get("times")
    if not times or len(times) > 1 or any(kind in fields for kind in _HOW_OFTEN):
        return  # "in the morning and in the evening" says twice a day, whoever may
    start, end = spans["times"]
    if times[0] in _EACH_NIGHT:
        return  # a night splint or brace is worn each night
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, max(start, end - 1))  # "at 7 am. Stop if ..."
    sentence = text[ends[-1] if ends else 0 : after.start() if after else len(text)]
    found = _WHEN_NOT_HOW_OFTEN.search(sentence)
    if found is not None and _EACH.search(sentence) is None:  # "try these each morning"
        said = text[start:end].strip(" ,;")
        if said.endswith(".") and not said.endswith(("a.m.", "p.m.")):
            said = said[:-1]  # the sentence's full stop
        yield (
            f"{said!r} beside {found.group(0)!r} says when, not how often: read as every "
            "day at that time; say how often",
            start,
            end,
            True,
        )


#: A bout this long once a day is a time worn or kept a day as often as one session.
_LONG_DAY = dt.timedelta(hours=2)
_A_DAY_AFTER = LazyRegex(r"\s*(?:daily|(?:a|per|each|every) (?:day|night))\b", re.IGNORECASE)


def _hours_a_day(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[Said]:
    """Ask about hours a day ("wear them for 8 to 10 hours daily"): a total or a session."""
    bout = fields.get("bout")
    longest = bout.high if isinstance(bout, Range) else bout
    if not isinstance(longest, dt.timedelta) or longest < _LONG_DAY or "per_day" in fields:
        return
    start, end = spans["bout"]
    found = _A_DAY_AFTER.match(text, end)
    if found is not None:
        said = f"{text[start:end].strip(' ,;')} {found.group(0).strip()}"
        yield f"{said!r}: a total worn or kept, or one session? say which", start, end, True


def _time_and_event(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[Said]:
    """
    Ask about a time of day and an event joined by "and" ("after exercise and at
    bedtime"): a session tied to each, two a day, where one timing holds one session.
    """
    if "anchor" not in fields or "times" not in fields or "per_day" in fields:
        return
    if fields["anchor"].event in {"breakfast", "lunch", "dinner"}:
        return  # a daily meal is a time of its own: the schedule gives it its own session
    first, second = sorted((spans["anchor"], spans["times"]))
    if re.fullmatch(r"[\s,]*(?:and|&|\+|as well as)\s*", text[first[1] : second[0]]):
        said = f"{text[first[0] : second[1]]!r}: a session at each, two a day? say how many"
        yield said, first[0], second[1], True


def _added_count(fields: dict[str, Any], spans: dict[str, tuple[int, int]]) -> Iterator[Said]:
    """Ask whether "repeated twice more" after a timing adds repetitions or sessions."""
    added = fields.pop("added_count", None)
    if added is not None and any(
        spans[kind][0] < added[0] for kind in ("per_day", "times") if kind in spans
    ):
        yield (
            "a count added after a timing: 'more' is read as more repetitions; "
            "if more sessions a day are meant, say how many times a day",
            *added,
            True,
        )


def _total_of_reps(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[Said]:
    """Check a total said after a dose ("3 sets 12 reps = 36 repetitions") against it."""
    total = fields.pop("total_reps", None)
    if total is None:
        return
    start, end = spans.pop("total_reps")
    sets, reps = fields.get("sets", 1), fields.get("reps")
    if isinstance(sets, int) and isinstance(reps, int) and sets * reps == total:
        yield f"{text[start:end].strip()!r}: the total of {sets} x {reps}", start, end, False
        return
    said = text[start:end].strip()
    yield f"{said!r} is not the sets times the repetitions: say the dose once", start, end, True


def whole_phrase_questions(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]], *, strict: bool = True
) -> Iterator[Said]:
    """
    The notes and questions of a merged phrase's *fields* (read from *text* at *spans*).
    Days kept apart are settled in *fields*: the marker goes, every other day may come.

    >>> said = whole_phrase_questions(
    ...     "hold 10 s, 10 times every day", {"hold": 10, "per_day": 10}, {"per_day": (11, 29)}
    ... )
    >>> [asked for _, _, _, asked in said]
    [True]
    """
    yield from _ceiling(text, fields, spans)
    if not strict:  # a dose line may hold up to the model's limit, as its text says
        yield from long_hold(text, fields, spans)
        yield from _reps_of_a_bout(text, fields, spans)
        yield from _bouts_or_sessions(text, fields, spans)
        yield from _total_said_as_reps(fields, spans)
        yield from _when_not_how_often(text, fields, spans)
        yield from _hours_a_day(text, fields, spans)
    yield from _added_count(fields, spans)
    yield from _total_of_reps(text, fields, spans)
    yield from _time_and_event(text, fields, spans)
    yield from _holds_or_sessions(text, fields, spans)
    yield from _days_apart(text, fields, spans)
    yield from _preferred(text, spans)
    yield from _rather_than(text, spans)
    yield from _rounds(text, fields, spans)
    yield from _either_time(text, fields, spans)


#: A time of day said to do as well as another: "Walk in the morning; evening is also fine".
_ALSO_FINE = LazyRegex(
    # ("evening walks are also fine", "morning would also be fine", "evening works too")
    r"\b(?:morning|afternoon|evening|night|lunchtime|midday|bedtime)s? (?:[a-z]+ )?"
    r"(?:is|are|works|would be|would) (?:also |too |equally |just as )(?:be )?"
    r"(?:fine|ok|okay|good|acceptable|possible|alright|an option)\b"
    r"|\b(?:morning|afternoon|evening|night|lunchtime|midday|bedtime)s? (?:[a-z]+ )?"
    r"works? (?:too|as well|also|just as well)\b"
    # ("morning and evening are good times" says both; "evening is fine" alone, either)
    r"|(?<!and )(?<!or )\b(?:morning|afternoon|evening|night|lunchtime|midday|bedtime)s? "
    r"(?:is|are|works|would be) (?:fine|ok|okay|good|acceptable|possible|alright|an option)\b",
    re.IGNORECASE,
)


def _either_time(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[Said]:
    # "Walk in the morning; evening is also fine": one time or the other, not both
    found = _ALSO_FINE.search(text)
    if found is not None and len(fields.get("times") or ()) > 1:
        said = found.group(0)
        yield (
            f"{said!r}: at either time, or at each? read as each; say which",
            *spans["times"],
            True,
        )


#: Words of a sequence gone through again: its count may be sets or repetitions.
_ROUNDS = LazyRegex(r"\brounds?\b", re.I)


def _rounds(text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]) -> Iterator[Said]:
    # "5 rounds of breathing": read as sets; with no repetitions said,
    # a round may as well be one repetition of a sequence
    if "sets" not in fields or "reps" in fields or "hold" in fields:
        return
    a, b = spans["sets"]
    if _ROUNDS.search(text[a:b]):
        yield f"{text[a:b]!r}: sets, or repetitions of a sequence? say which", a, b, True


#: A frequency said as the better one: "daily is better", "even better, twice a day".
_BETTER_AFTER = LazyRegex(r"\s*(?:is|are|would be|even|is even) (?:better|best|ideal)\b", re.I)
_BETTER_BEFORE = LazyRegex(r"(?:even better|better still|or better|or even|is best)[\s,:-]*$", re.I)


_ANOTHER_TIMING = LazyRegex(
    r"\b(?:daily|weekly|twice|thrice|times|(?:a|per|each|every) (?:day|week)|days)\b", re.I
)


def _preferred(text: str, spans: dict[str, tuple[int, int]]) -> Iterator[Said]:
    # "2-3 days per week; daily is better": beside another timing, the least asked for,
    # or the better? ("3 x 10 twice a day is best" alone is the dose)
    for kind in ("per_day", "per_week", "every_n"):
        if kind in spans:
            start, end = spans[kind]
            better = _BETTER_AFTER.match(text, end) or _BETTER_BEFORE.search(text, 0, start)
            if better and _ANOTHER_TIMING.search(f"{text[:start]} {text[end:]}"):
                said = text[start:end].strip(" ,;-")
                yield (
                    f"{said!r} is said as better: the dose, or a choice? say which",
                    start,
                    end,
                    True,
                )
                return


#: From this many times a day (at the top of a range), with no dose said, a count is as
#: likely the repetitions.
_REPS_NOT_SESSIONS = 10
#: From this many a day after "repeat" in its clause, the count is as likely repetitions.
_REPEATED = 5
_REPEAT = LazyRegex(r"\brepeat\b[^,.;:!?]*$", re.IGNORECASE)
#: What a dose can be said with: with one of these said, a count a day is the sessions.
#: Sets alone do not: "Step 10 times daily, 3 sets" is as likely 3 sets of 10 once a day.
_DOSED = ("reps", "hold", "bout", "every_hours", "times")


def reps_or_sessions(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[Said]:
    """
    In free text, "do this exercise 10-20 times daily": ten or more sessions a day is
    rarely meant when no dose is said, so the count is asked about (a timing alone, as a
    programme file gives it apart from its dose, is not).

    >>> said = reps_or_sessions("10 times a day", {"per_day": 10}, {"per_day": (0, 14)})
    >>> [asked for *_, asked in said]
    [True]
    """
    per_day = fields.get("per_day")
    high = per_day.high if isinstance(per_day, Range) else per_day
    if isinstance(high, int) and MAX_TIMES_A_DAY < high <= MAX_REPS:
        # "Repeat 1000 times during the day": no day holds that many sessions (a count
        # above the most repetitions too is refused as it is said)
        start, end = spans.pop("per_day")
        words = text[start:end].strip(" ,;-")
        del fields["per_day"]
        if "reps" not in fields:
            fields["reps"] = per_day
            spans["reps"] = (start, end)
        yield (
            f"{words!r} is more sessions than a day holds: read as repetitions through "
            "the day; say how many sessions",
            start,
            end,
            True,
        )
        return
    if not isinstance(high, int) or "per_day" not in spans or any(k in fields for k in _DOSED):
        return
    start, end = spans["per_day"]
    # "Repeat this exercise 5 times every day": repeating says repetitions sooner
    if high < (_REPEATED if _REPEAT.search(text, 0, start) else _REPS_NOT_SESSIONS):
        return
    words = text[start:end].strip(" ,;-")
    yield (
        f"{words!r} with no dose said: the sessions a day, or the repetitions of one "
        "session? say '10 reps, once a day' or '1 rep, 10 times a day'",
        start,
        end,
        True,
    )


def _holds_or_sessions(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[Said]:
    # "hold 10 s, 10 times every day", "30 s hold x 3 daily": no repetitions said, so
    # the count before the day (or week) is the holds as often as the sessions
    if "hold" not in fields or "reps" in fields:
        return
    for key, period in (("per_day", "a day"), ("per_week", "a week")):
        if key not in fields:
            continue
        value = fields[key]
        low = value.low if isinstance(value, Range) else value
        start, end = spans[key]
        words = text[start:end].strip(" ,;-")
        # "x 3 daily" right after a hold is as likely its count as "3 x 30 s hold" is
        stacked = words[:1] in "xX×" or _X_BEFORE.search(text, 0, start) is not None
        least = 2 if stacked else _HOLDS_NOT_SESSIONS
        if not isinstance(low, int) or low < least:
            continue
        question = (
            f"{words!r} after a hold: the holds of one session, or the sessions {period}? "
            f"say 'hold ..., N times, once {period}' or 'hold ..., N times {period}'"
        )
        yield question, start, end, True


def _days_apart(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[Said]:
    # up to 3 a week the schedule spreads the days apart already; with no count it is
    # every other day, as "48 hours apart" is (asked: MWF is apart too); 4 or more a
    # week cannot all be apart
    if not fields.pop("apart", False):
        return
    start, end = spans.pop("apart")
    words = text[start:end].strip(" ,;()")
    per_week = fields.get("per_week")
    high = per_week.high if isinstance(per_week, Range) else per_week
    if per_week is None and not {"every_days", "weekdays"} & fields.keys():
        fields["every_days"] = 2
        spans["every_days"] = (start, end)
        yield f"{words!r} read as every other day: say the days a week, or accept", start, end, True
    elif isinstance(high, int) and high > 3:
        yield (
            f"{words!r}: {high} days a week cannot all be apart; say the weekdays",
            start,
            end,
            True,
        )
    else:
        yield f"{words!r}: the days of the week are spread apart", start, end, False


#: What is not to be done: "rather than train every day", "instead of daily".
_RATHER_THAN = LazyRegex(r"\b(?:rather than|instead of)\b[^,.;:!?]*$", re.IGNORECASE)


def _rather_than(text: str, spans: dict[str, tuple[int, int]]) -> Iterator[Said]:
    # "Keep your sessions few rather than train every day": the timing not to keep
    for kind in ("per_day", "per_week", "every_n"):
        if kind in spans and _RATHER_THAN.search(text, 0, spans[kind][0]):
            start, end = spans[kind]
            said = text[start:end].strip(" ,;-")
            yield f"{said!r} is said as what not to do: say the timing to keep", start, end, True
            return
