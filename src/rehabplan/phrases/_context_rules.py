"""
Rules for what surrounds a prescription in a handout: three counts a table's header
explained, a weight held in each hand, counts spread through the day, an expected
recovery time and a restriction for a time (neither of them the course).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.phrases._facts import Fact, Handler, Span, plus
from rehabplan.phrases._handlers import h_load, h_sets_reps, h_vague
from rehabplan.phrases._patterns import (
    DAYU,
    DETERMINERS,
    EVENT,
    NOT_NEGATION,
    PERIOD_AHEAD,
    QUAL,
    TU,
    dur,
)

__all__ = ["CONTEXT_RULES"]


def h_three_counts(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # a table cell whose column order only its header gave: the first two are read as
    # sets x reps (as "3 x 10" is), the third is asked about, never dropped silently
    yield from h_sets_reps(m, s)
    yield s.fact(
        "ambiguous",
        f"{s.raw('all').strip()!r} gives three counts and no header: say what the last "
        f"{s.raw('n')} counts, e.g. '{s.raw('s')} x {s.raw('r')}, {s.raw('n')} times a day' "
        f"or '{s.raw('s')} x {s.raw('r')}, {s.raw('n')} times a week'",
    )


def h_load_in_hands(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "a weight in each hand" is held in both hands at once: a load, not each side in turn
    if s.has("w"):
        yield from h_load(m, s)


def h_spread_over_day(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "little and often", "at regular intervals": many times a day, so "daily" beside it
    # says every day, not once a day
    yield from h_vague(m, s)
    yield s.fact("spread_over_day", True)


def h_expected_time(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("note", "an expected time, not a course length: " + s.raw("all"))


def h_sum(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("note", "a total, not the dose: " + s.raw("all"))


def h_review_at(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("note", "a review, not a course length: " + s.raw("all"))


def h_more_in_the_day(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("per_day", plus(s.value("n"), 1))


def h_restriction(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact(
        "ambiguous",
        f"a negation for a time, {s.raw('all')!r}, is a restriction, not the course: say the course apart",
    )


#: Tried right after the stacked "3 x 10 x 2 daily", before any other handout rule.
CONTEXT_RULES: tuple[tuple[str, str, Handler], ...] = (
    (
        "three_counts",
        rf"(?P<all>(?P<s>N) x (?P<r>N) (?:reps )?x (?P<n>N) )(?!x |{TU} |sets |reps |hold |{PERIOD_AHEAD}|(?:times |)(?:a|per|/) )",
        h_three_counts,
    ),
    # "a 2 kg weight in each hand": held in both hands at once
    (
        "load_in_hands",
        r"(?:with |using |holding |hold |)(?:a |an |)(?:(?P<w>N) (?P<u>kg|lb) (?:\. )?)?"
        r"(?:weight|weights|dumbbell|dumbbells|can|cans|tin|tins|bottle|bottles) (?:held )?in (?:each|both|either) (?:leg|legs) ",
        h_load_in_hands,
    ),
    (
        "spread_over_day",
        r"(?:(?:at )?VAGUE intervals (?:(?:throughout|during|through) (?:the )?day )?|little (?:and|but) often )",
        h_spread_over_day,
    ),
    # "it may take up to 3 months to ...": how long recovery takes, not the course
    (
        "expected_time",
        rf"(?P<all>(?:may |might |can |could |will |should |usually |often |normally |)(?:take|takes) {QUAL}(?:N|a) {DAYU} )",
        h_expected_time,
    ),
    # "do not stretch over eye level for the first 7 days": what to avoid, and for how long
    (
        "restriction",
        rf"(?P<all>(?:don't|dont|do not|never|avoid|no) (?:(?!{PERIOD_AHEAD}|x |for |then |and |but ){NOT_NEGATION}[a-z][a-z'-]* ){{0,8}}?"
        rf"for (?:the )?(?:first |next )?{QUAL}(?:(?:N|a) {DAYU} |{dur('x')}(?:after|before|post) {DETERMINERS}{EVENT}))",
        h_restriction,
    ),
    # "this adds up to 52 sets in total": a sum over the programme, not the dose
    (
        "sum",
        r"(?P<all>(?:adds|add|comes|come) (?:up )?to (?:a total of )?N (?:sets|reps|x) (?:in total )?)",
        h_sum,
    ),
    # "review at 6 weeks": when the plan is looked at again, not how long it runs
    (
        "review_at",
        r"(?P<all>review (?:at|after|in) N (?:day|days|week|weeks|month|months) )",
        h_review_at,
    ),
    # "done in the morning and repeated twice more during the day": three times a day
    (
        "more_in_the_day",
        r"(?:repeat|repeated|repeating|do it|do this|do them) (?P<n>N) x more "
        r"(?:during|throughout|through|over|across|in) (?:the |a |each )?day ",
        h_more_in_the_day,
    ),
)
