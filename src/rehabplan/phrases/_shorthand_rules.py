"""
Rules for counts said in shorthand or as totals: "reps x sets: 10 x 3", "tds x 7",
"bi-weekly", "semi-weekly", "Ten repetitions makes one set", "1000 reps each day",
"each of your daily sessions", "Each week, exercise 3 times", and where each of a day's
sessions is done ("once in sitting and once in standing").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.model import Range
from rehabplan.phrases._facts import Fact, Handler, Span, seconds
from rehabplan.phrases._handlers import asking, h_per_day, h_per_week, h_reps, noting
from rehabplan.phrases._handout_handlers import held_in_clause
from rehabplan.phrases._patterns import LOCOMOTION

__all__ = ["SHORTHAND_RULES"]

#: More repetitions than one set of a home exercise holds: "1000 reps a day" is a total.
_MOST_REPS_IN_A_SET = 50


def h_position_of_a_session(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("note", "the position for one of the sessions: " + s.said().strip(", "))


def h_count_of_holds(m: re.Match[str], s: Span) -> Iterable[Fact]:
    said = "" if s.has("r") else "2"
    yield s.fact("reps", s.value("r" + said))
    yield s.fact("hold", seconds(s.value("hn" + said), s.syms("hu" + said)[0]))


def h_age_group(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count, unit = s.tokens
    if unit.raw == "s" and unit.start == count.end:  # "over 65s"
        yield s.fact("note", f"an age group: {count.raw}s")
        return
    yield s.fact("hold", seconds(count.value, "sec"))  # "hold for over 30 seconds"
    if not held_in_clause(s):  # "as many as you can over 30 seconds"
        yield s.fact(
            "prose_question", f"{s.said()!r}: a hold, or a timed bout? say 'hold' or 'for'"
        )


def h_semiweekly(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("per_week", 2)


def h_frequency_times_n(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count = s.value("c") if s.has("c") else 1
    daily = s.syms("p")[0] == "daily"
    yield s.fact("per_day" if daily else "per_week", count)
    n, unit = s.raw("n"), "days" if daily else "weeks"
    yield s.fact("ambiguous", f"'x {n}' after how often: {n} {unit} of it, or {n} repetitions?")


def h_reps_by_sets(m: re.Match[str], s: Span) -> Iterable[Fact]:
    said = "" if s.has("r") else "2"
    yield s.fact("reps", s.value("r" + said))
    yield s.fact("sets", s.value("s" + said))


def h_reps_make_a_set(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield from h_reps(m, s)
    if s.has("s") and s.value("s") != 1:  # "10 reps to complete 3 sets": the sets too
        yield s.fact("sets", s.value("s"))


def h_daily_sessions(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if s.has("n"):  # "3 daily sessions"
        yield from h_per_day(m, s)
    elif s.tokens[-1].raw.lower().endswith("s"):
        yield s.fact("ambiguous", f"{s.said()!r}: how many sessions a day? say the count")
    else:  # "your daily session": one a day
        yield s.fact("per_day", 1, weak=True)
        yield s.fact("every_day", True)


def h_reps_a_day(m: re.Match[str], s: Span) -> Iterable[Fact]:
    reps = s.value("r")
    if (reps.high if isinstance(reps, Range) else reps) <= _MOST_REPS_IN_A_SET:
        yield from h_reps(m, s)
        yield s.fact("per_day", 1, weak=True)
    else:
        yield s.fact("ambiguous", f"{s.said()!r} is a total a day: say the sets, reps and sessions")


#: Tried at the end of the prose rules, in this order.
SHORTHAND_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "Five 10-second holds", "Two 1-minute planks", "10 holds of 10 seconds", "3 holds x
    # 30 s": a count of holds of a length
    (
        "count_of_holds",
        r"(?P<r>N) (?P<hn>N) (?P<hu>sec|second|min) (?:hold|planks|plank|squeezes|squeeze) "
        r"|(?P<r2>N) hold (?:of|x|lasting) (?P<hn2>N) (?P<hu2>sec|second|min) ",
        h_count_of_holds,
    ),
    (
        # "2 times/day, once in sitting ... and once in standing": where each session is
        "once_in_a_position",
        r", (?:and |)N x in (?:sitting|standing|lying|kneeling|supine|prone) "
        r"|(?:(?<= sitting )|(?<= standing )|(?<= lying ))and N x in (?:sitting|standing|lying|kneeling|supine|prone) ",
        h_position_of_a_session,
    ),
    # "This is considered one repetition": what one counts as, not how many
    (
        "what_one_counts_as",
        r"(?P<all>(?:this|that|which|it) (?:is|counts|would be|will be|makes) "
        r"(?:considered |counted |classed |)(?:as |)(?:N|a) (?:reps|set) )(?=[.,;)] |$)",
        noting("what one repetition is, not how many"),
    ),
    # "during each of your daily exercise sessions": sessions a day, but how many?
    (
        "daily_sessions",
        r"(?:(?P<n>N) |)daily (?:(?!session )[a-z]+ ){0,2}session ",
        h_daily_sessions,
    ),
    # "reps x sets: 10 x 3", "10 x 3 (reps x sets)": a header that puts the reps first
    (
        "reps_by_sets",
        r"reps x sets (?:: |= |- |)(?P<r>N) x (?P<s>N) |(?P<r2>N) x (?P<s2>N) (?:\( |)reps x sets (?:\) |)",
        h_reps_by_sets,
    ),
    # "tonight", "this evening": one evening, or every one?
    (
        "one_occasion",
        r"tonight |this (?:morning|afternoon|evening) ",
        asking("one occasion, or every day at that time? say 'every evening' or the date"),
    ),
    # "3 days on, 1 day off": a cycle the timing cannot hold
    (
        "days_on_off",
        r"N (?:days|day) on (?:, |and |then |)N (?:days|day) off ",
        asking("days on and days off: say the days a week, or every N days"),
    ),
    # "Over 65s": an age group, not a time
    ("age_group", r"(?:(?<= over )|(?<= under ))N sec ", h_age_group),
    # "bi-weekly": twice a week to some, every two weeks to others
    (
        "bi_period",
        r"bi-period ",
        asking("'bi-' may mean twice a period or every other one: say which"),
    ),
    ("semiweekly", r"semiweekly ", h_semiweekly),
    # "tds x 7", "twice daily x 14": a course in medicine's shorthand, or a count?
    (
        "frequency_times_n",
        r"(?:(?P<c>N) x |(?<! N ))(?P<p>daily|weekly) x (?P<n>N) (?=[.,;)] |$)",
        h_frequency_times_n,
    ),
    # "Ten repetitions makes one set", "15-20 times to complete one set": what a set is
    (
        "reps_make_a_set",
        r"(?P<r>N) (?:reps |x )(?:makes |make |is |are |equals |equal |= |counts as |constitutes "
        r"|constitute |to complete |to make |to finish )(?:(?P<s>N)|a) sets (?:of [a-z]+ |)(?=[.,;)] |$)",
        h_reps_make_a_set,
    ),
    # "The goal is 1000 reps each day": more than a set holds, a total a day
    (
        "reps_a_day",
        r"(?<! x )(?<! of )(?<! sets )(?P<r>N) reps (?:a|each|per|every|/|in a) day ",
        h_reps_a_day,
    ),
    # "Each week, exercise 3 times": the period said first, the sessions after it (a
    # count after "do it" could as well be the reps, so only whole sessions count here)
    (
        "period_first_week",
        rf"(?:each|per) week , (?:you should |try to |aim to |)(?:exercise|train|{LOCOMOTION}) "
        r"(?P<n>N) x (?!(?:per |a |each |in a |/ )(?:day|week) )",
        h_per_week,
    ),
    (
        "period_first_day",
        rf"(?:each|per) day , (?:you should |try to |aim to |)(?:exercise|train|{LOCOMOTION}) "
        r"(?P<n>N) x (?!(?:per |a |each |in a |/ )(?:day|week) )",
        h_per_day,
    ),
)
