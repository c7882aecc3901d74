"""
Days between sessions: "every 3 days" (a range asked), "at least one day apart", "two
rest days between runs", "not on consecutive days", "5 days out of 7", and a weekday
that starts a course, which is a date and asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.model import Range
from rehabplan.phrases._facts import Fact, Span, days, plus, whole
from rehabplan.phrases._handlers import h_per_week

__all__ = [
    "every_days_range",
    "h_days_a_week_said",
    "h_days_apart",
    "h_days_out_of_seven",
    "h_every_days",
    "h_not_consecutive",
    "h_rest_day_between",
    "h_start_weekday",
]


def every_days_range(s: Span, value: Range[int]) -> Iterable[Fact]:
    """
    A range of days between sessions, asked: the calendar needs one interval.

    >>> from rehabplan.phrases import read
    >>> read("every 3 days to one week").note
    'every 3-7 days: say every 3 days or every 7 days'
    """
    low = "daily" if value.low == 1 else f"every {value.low} days"
    yield s.fact(
        "ambiguous", f"every {value.low}-{value.high} days: say {low} or every {value.high} days"
    )
    yield s.fact("every_days", value)


def h_every_days(m: re.Match[str], s: Span) -> Iterable[Fact]:
    value = s.value("n", 2)
    if s.has("ord"):
        value = s.value("ord")
    if s.has("u"):
        value = days(value, s.syms("u")[0])
    if s.has("more"):
        value = plus(value, 1)
        yield s.fact("ambiguous", "a day of rest in between read as every other day")
    if not whole(value):
        yield s.fact("bad", "an interval in days must be a whole number")
        return
    if isinstance(value, Range):
        yield from every_days_range(s, value)
        return
    if value == 1:
        yield s.fact("per_day", 1, weak=True)
    else:
        if value >= 28 and s.has("u") and s.syms("u")[0].startswith("month"):
            yield s.fact("ambiguous", "a month read as 30 days")
        yield s.fact("every_days", value)


def h_rest_day_between(m: re.Match[str], s: Span) -> Iterable[Fact]:
    rest = s.value("n", 1)
    if not isinstance(rest, int) or rest < 1:  # "1-2 rest days between": no one interval
        yield s.fact("ambiguous", f"{s.said()!r}: say the days between sessions")
        return
    # "two rest days between runs": every third day
    yield s.fact("every_days", rest + 1)
    yield s.fact("ambiguous", f"{s.said()!r} read as every {rest + 1} days")


def h_days_a_week_said(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Read "two non-consecutive training days per week": the count, and the days apart."""
    yield from h_per_week(m, s)
    if any(t.sym == "non" for t in s.tokens):
        yield s.fact("apart", True)


def h_days_apart(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if s.value("n") == 1 and s.syms("u")[0] == "day":
        yield s.fact("apart", True)  # "at least one day apart": never on consecutive days
    else:
        yield from h_every_days(m, s)  # "3 days apart": every third day


def h_not_consecutive(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # settled once the whole phrase is read (`merge`): a count a week says how many
    if s.has("row") and s.value("row") != 2:  # "not 3 days in a row": 2 in a row may be
        yield s.fact("ambiguous", f"{s.said()!r} is no schedule: say the days a week")
    else:
        yield s.fact("apart", True)


def h_start_weekday(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # the day a course starts is a date, which a weekday alone does not give
    day = " ".join(t.raw for t in s.tokens)
    yield s.fact("ambiguous", f"{day!r} is the first day, not the weekdays: give the start date")


def h_days_out_of_seven(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "6 of 7" and "5 days out of 7" are days a week; "1 of 4" and "part 2 of 3" count
    # something else, never sessions; "3 out of 5 days" is days the week cannot hold
    if s.has("d") and s.value("d") != 7:
        words = s.raw("all")
        if s.has("days"):
            yield s.fact("ambiguous", f"{words!r} is not days a week: say how many days a week")
        else:
            yield s.fact("note", f"{words!r} counts out of {s.raw('d')}, not days a week")
        return
    yield s.fact("per_week", s.value("n", 1))
    course = any(t.sym in {"week", "weeks", "month", "months"} for t in s.outside)
    if {"next", "following"} & {t.raw.lower() for t in s.tokens} and not course:
        yield s.fact("duration", 7)  # "5 of the next 7 days": a week's course
