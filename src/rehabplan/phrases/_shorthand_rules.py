"""
Rules for counts said in shorthand or as totals, and for numbers that look like a dose
and are something else: "reps x sets: 10 x 3", "tds x 7", "bi-weekly", "semi-weekly",
"Five 10-second holds", "Ten repetitions makes one set", "1000 reps each day", "each of
your daily sessions", "Each week, exercise 3 times", where each of a day's sessions is
done ("once in sitting and once in standing"), a later start ("starting in 2 weeks",
"6 weeks+:"), an age group ("over 65s"), one evening ("tonight"), days on and off, days
of another activity, a swimmer's repeats of a distance (and their send-off time: "10 x 150
on 1:30"), and a bare "each" after a count ("3 x 10 each").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan._regex import LazyRegex
from rehabplan.model import Range
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._each_and_another import h_count_each, h_sets
from rehabplan.phrases._facts import Fact, Handler, Span, duration, seconds
from rehabplan.phrases._handlers import (
    asking,
    h_per_day,
    h_per_week,
    h_reps,
    h_sets_reps,
    h_side,
    h_times,
    noting,
)
from rehabplan.phrases._handout_handlers import h_start_after
from rehabplan.phrases._movement import held_in_clause
from rehabplan.phrases._paces import STROKES
from rehabplan.phrases._patterns import EACH_ALONE, LOCOMOTION, SENTENCE_ENDS, SLOT, dur

__all__ = ["DOSE_A_DAY_RULES", "SHORTHAND_RULES"]

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


def h_week_days(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("weekdays", frozenset(range(5)))


def h_for_sets(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if s.has("s") and s.value("s") != 1:  # "repeat 10 times for 3 sets"
        yield s.fact("sets", s.value("s"))
    else:
        yield s.fact("note", "what one set is: " + s.said())


def h_days_on_off(m: re.Match[str], s: Span) -> Iterable[Fact]:
    on, off = s.value("on"), s.value("off")
    if on == 1 and isinstance(off, int):  # one day on, N off: every N + 1 days
        yield s.fact("every_days", 1 + off)
    else:
        yield s.fact("ambiguous", "days on and days off: say the days a week, or every N days")


def h_semiweekly(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("per_week", 2)


def h_bi_period(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "biweekly", "bi-daily": read as twice a week (a day), the sense most handouts mean, and
    asked, naming every other one; "bimonthly", and a step's or a test's period ("increase
    the weight biweekly", "weigh yourself biweekly"), are only asked.
    """
    said = s.tokens[0].raw.lower()
    other = next((p for w, p in _PERIODS.items() if said.endswith(w)), "period")
    # (the words just before: "measure the effects of a biweekly programme" is the programme's)
    clause = itertools.takewhile(lambda t: t.sym not in {".", ";", ","}, s.before[:-4:-1])
    if not any(t.raw.lower().startswith(lx.STEP_OR_CHECK_STEMS) for t in clause):
        if other == "week":
            yield s.fact("per_week", 2)
        elif other == "day":
            yield s.fact("per_day", 2)
    yield s.fact(
        "ambiguous", f"{s.said().strip()!r}: twice a {other}, or every other {other}? say which"
    )


_PERIODS = {"weekly": "week", "daily": "day", "monthly": "month", "yearly": "year"}


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
    yield from h_for_sets(m, s)  # "10 reps to complete 3 sets": the sets too


def h_daily_sessions(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if s.has("bn"):  # "2 daily 10-minute walking sessions": each one that long
        yield s.fact("bout", duration(s, "b"))
    if s.has("n"):  # "3 daily sessions"
        yield from h_per_day(m, s)
    elif s.tokens[-1].raw.lower().endswith("s") and not s.has("bn"):
        # ("daily 30-minute sessions": sessions of a length, done daily)
        yield s.fact("ambiguous", f"{s.said()!r}: how many sessions a day? say the count")
    else:  # "your daily session": one a day
        yield s.fact("per_day", 1, weak=True)
        yield s.fact("every_day", True)


def h_dose_a_day(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "3 sets of 10 repetitions a day", "three sets of five squeezes each day": sets of
    repetitions a day, done once a day (as "10 reps a day" is).
    """
    yield from h_sets_reps(m, s)
    sets = s.value("s")
    spread = _spread_over_the_day([t.raw.lower() for t in s.clause])
    if spread or (sets.high if isinstance(sets, Range) else sets) > _MOST_SETS_AT_ONCE:
        # "3 sets of 10 a day, throughout the day", "8 sets of 10 squeezes a day": sets
        # spread over the day may each be a session
        yield s.fact("ambiguous", f"{s.said().strip()!r}: in one session, or spread over the day?")
    else:
        # ("Repeat three times a day, three sets of ten a day": the count said first wins;
        # one said after is another count, or a later stage's, and is asked or refused)
        counted = not _COUNTS_A_DAY.isdisjoint(t.raw.lower() for t in s.before)
        yield s.fact("per_day", 1, weak=counted)


#: Words of another count a day said beside the sets: "twice a day", "3 times daily".
_COUNTS_A_DAY = frozenset(
    {"times", "twice", "once", "thrice", "daily", "x", "tds", "bd", "bid", "tid"}
)


def _spread_over_the_day(words: list[str]) -> bool:
    """
    True for words that spread a day's sets over it: "throughout the day", "at intervals",
    "at different times", "spaced out" (not "rest intervals" or "different positions").

    >>> _spread_over_the_day("3 sets a day at different times".split())
    True
    >>> _spread_over_the_day("3 sets a day in different positions".split())
    False
    """
    pairs = set(itertools.pairwise(words))
    return not _SPREAD.isdisjoint(words) or not _SPREAD_PAIRS.isdisjoint(pairs)


#: Words that spread a day's sets over it alone, and pairs of words that do.
_SPREAD = frozenset({"throughout", "spread", "spaced", "scattered", "whenever"})
_SPREAD_PAIRS = frozenset(
    {
        ("at", "intervals"),
        ("at", "different"),
        ("different", "times"),
        ("separate", "times"),
        ("separate", "sessions"),
        ("separate", "occasions"),
        ("broken", "up"),
        ("across", "the"),
    }
)
#: More sets a day than one session of a home exercise usually holds.
_MOST_SETS_AT_ONCE = 5


def h_time_in_brackets(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    A clock time alone in brackets at the end: "(0:35)", "(12:45)" with an hour up to 12
    and no am or pm may be a place in a video or minutes and seconds, and is asked;
    "(7am)" and "(20:00)" are times of day.
    """
    said = s.tokens[1].raw
    if _A_PLACE_IN_A_VIDEO.fullmatch(said):
        yield s.fact(
            "ambiguous",
            f"'({said})', a time alone in brackets: a time of day, or a place in a video?",
        )
    else:
        yield from h_times(m, s)


#: A clock time that may be minutes and seconds: an hour up to 12, a colon, two digits,
#: no am or pm ("(12:45)" after a video's name is as likely a place in it).
_A_PLACE_IN_A_VIDEO = LazyRegex(r"(?:0?\d|1[0-2]):\d\d")


def h_time_not_chosen(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    A time of day after "rather than" or "instead of", or after "than" with a word that
    compares ("better", "earlier") before it, is noted; after "than" that compares a
    count ("more reps in the morning than the evening") it is another session.
    """
    clause = [t.raw.lower() for t in s.before if t.sym not in SENTENCE_ENDS]
    than = s.tokens[0].raw.lower() == "than"
    limit = clause[-1:] in (["later"], ["earlier"], ["sooner"])  # "no later than 8pm": by then
    # "more in the morning than the evening" (not "more effective in the morning than")
    counts = any(
        word in _COUNTED_MORE and not _an_adjective(following)
        for word, following in itertools.pairwise([*clause[-8:], ""])
    )
    if than and (limit or counts or _COMPARING.isdisjoint(clause[-8:])):
        yield from h_times(m, s)
    else:
        yield s.fact("note", f"a time compared, not a session: {s.said('all')}")


#: Words that compare one time of day with another: "better in the morning than ...".
_COMPARING = frozenset(
    "better worse best preferable preferably easier harder earlier later effective ideal".split()
)
#: Words that compare how much is done at two times, each a session.
_COUNTED_MORE = frozenset({"more", "less", "fewer", "extra"})


def _an_adjective(word: str) -> bool:
    """True for a word that "more" makes a comparison of: "effective", "useful", "likely"."""
    return word.endswith(("ive", "ful", "ble", "ent", "ant", "ous", "ial", "ly"))


#: What a time of day may name: "instead of the evening session".
_AN_OUTING = (
    "(?:session|sessions|walk|walks|run|runs|class|classes|exercise|exercises|workout|workouts"
    "|dose|stretches|swim)"
)


def h_reps_a_day(m: re.Match[str], s: Span) -> Iterable[Fact]:
    reps = s.value("r")
    if (reps.high if isinstance(reps, Range) else reps) <= _MOST_REPS_IN_A_SET:
        yield from h_reps(m, s)
        yield s.fact("per_day", 1, weak=True)
    else:
        yield s.fact("ambiguous", f"{s.said()!r} is a total a day: say the sets, reps and sessions")


def h_send_off(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "10 x 150 on 1:30": repeats of a distance, each started on a send-off time; "10 x 25s on
    the 2:00" may be bouts of 25 s (asked).
    """
    said = s.said()
    yield s.fact("reps", s.value("s"))
    if s.has("u") and s.syms("u")[0] == "sec":  # "25s": lengths of 25, or 25 seconds?
        yield s.fact("ambiguous", f"{said!r}: repeats of a distance, or timed bouts? say which")
    else:
        yield s.fact("note", "repeats of a distance on a send-off time, not a time of day: " + said)


#: A swim set's stroke words, as the send-off of `paces` reads them.
_STROKE = "(?:" + "|".join(sorted(STROKES)) + ")"


#: Up to two words naming what is counted ("push ups", "Kegel exercises"), never a
#: unit, a period or a word that starts another part of the phrase.
_NAMED = (
    r"(?:(?!(?:sec|second|min|hour|hours|day|days|week|weeks|x|times|twice|each|per|a|every"
    r"|in|of|to|for|and|or|then|with|daily|hourly|weekly|nightly|an|the|your|at|on|if|until|as"
    r"|total|altogether|overall) )[a-z][a-z']* ){0,2}"
)
#: "a day", "per day", not "a day off" ("/day" and "·d−1" are a research paper's totals
#: a day; "each day" and "every day" are how often, read by the rules of days).
_A_DAY = r"(?:a|per) day (?!off |of |or |between |rest |break )"

#: Sets of repetitions a day, tried before the plain sets-and-repetitions rules ("2-3
#: sets per day" alone may be sessions, and is asked by its own rule).
DOSE_A_DAY_RULES: tuple[tuple[str, str, Handler], ...] = (
    (
        "sets_of_reps_a_day",
        rf"(?P<s>N) sets (?:of |x )(?P<r>N) (?:reps )?{_NAMED}{_A_DAY}",
        h_dose_a_day,
    ),
)


#: Tried at the end of the prose rules, in this order.
SHORTHAND_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "Take a 5 minute break every 60 minutes (0:35)": a clock time alone in brackets at
    # the end may be a place in a video or a length in minutes and seconds
    (
        "time_in_brackets_at_the_end",
        r"\( TIME \) (?=\. $|$)",
        h_time_in_brackets,
    ),
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
        rf"(?:(?P<n>N) |)daily (?:{dur('b')})?(?:(?!session )[a-z]+ ){{0,2}}session ",
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
    # "3 days on, 1 day off": a cycle the timing cannot hold ("one day on and one day
    # off" can: every other day)
    (
        "days_on_off",
        r"(?P<on>N) (?:days|day) on (?:, |and |then |)(?P<off>N) (?:days|day) off ",
        h_days_on_off,
    ),
    # "Over 65s": an age group, not a time
    ("age_group", r"(?:(?<= over )|(?<= under ))N sec ", h_age_group),
    # "each week day": each weekday, said in two words
    ("week_days", r"(?:each|every|on) week (?:day|days) ", h_week_days),
    # "(aged ≥65 years)", "adults 65 years and older", "over 65 years of age": an age,
    # not a course of 65 years
    (
        "age_in_years",
        r"(?P<all>(?:aged|age|ages) (?:≥ |> |over |under |at least )?N (?:years |year )?"
        r"|N (?:years|year) (?=old |of age |and older |and over |or older |or over ))",
        noting("an age, not a course"),
    ),
    # "Start jogging in 4 weeks", "12 weeks onwards:", "6 weeks+:": a start, not a course
    (
        "start_later",
        r"(?P<all>(?:start|started|starting|begin|begun|beginning|from) (?:[a-z]+ ){0,2}in (?:N|a) (?:day|days|week|weeks|month|months) "
        r"|(?:N|a) (?:days|weeks|months) (?:onwards |on |\+ |plus )(?=: |, |- )|> N (?:days|weeks|months) (?=: |, |- ))",
        h_start_after,
    ),
    # "Repeat 10 times for one set": what one set is
    ("for_one_set", r"(?<= x )for (?:a|(?P<s>N)) sets (?=[.,;)] |$)", h_for_sets),
    # "with one foot and then the other": each side in turn
    (
        "one_then_the_other",
        r"(?:with |on |using |)N (?:leg|arm|side) (?:, |)(?:and |)(?:then |)(?:with |on |)the (?:ORD|opposite) "
        # ("stand on one leg with the other leg raised": a posture held, not the next side)
        r"(?!(?:leg |arm |foot |knee |hand )?(?:(?:raised|lifted|bent|held|crossed|straight|behind) |off (?=the (?:floor|ground|step|bed) |to the side |[.,;)] |$|and )|up (?!to N |N (?:x|reps) )))",
        h_side,
    ),
    # "four days per week on the rower, with one day of circuit training": another
    # activity's days, not a course
    (
        "days_of_another_activity",
        rf"(?:N|a) (?:day|days) of (?:[a-z-]+ ){{0,2}}(?:training|circuits|circuit|workouts|workout|cross-training|cardio|exercise|yoga|pilates"
        rf"|stretching|{LOCOMOTION}) ",
        asking("days of another activity: days a week, or a course? say which"),
    ),
    # "10 x 150 on 1:30", "10 x 25s on the 2:00": repeats of a distance, each started on
    # a clock (a send-off), never a time of day
    (
        "send_off",
        rf"(?P<s>N) x (?P<d>N) (?:(?P<u>sec|m|y|yd|yds|yards|metres|meters) |)(?:{_STROKE} ){{0,2}}on (?:the |: |)PACE ",
        h_send_off,
    ),
    # "Done continuously 6 times through": rounds of the whole routine, sets
    (
        "times_through",
        r"(?P<s>N) x through (?=[.,;)] |$|it (?:[.,;)] |$)|(?:the |all |each |it |this |your |)(?:whole |entire |full |)"
        r"(?:circuit|circuits|routine|workout|program|programme|sequence|exercises|list|series|set|sets)\b)",
        h_sets,
    ),
    # "going through all exercises twice": rounds of the whole routine, sets
    (
        "through_all_times",
        r"(?:go|going|goes|work|working|cycle|cycling|run|running) through (?:all |the |these "
        r"|all the |all of the |all these |each of the |)(?:whole |entire |full |)(?:exercises"
        r"|circuit|routine|sequence|list|series|stretches|moves) (?P<s>N) x "
        r"(?!(?:a|per|each|every|/) |daily |weekly |nightly |day |week |(?:in|over|during) the day )",
        h_sets,
    ),
    # "12 x 25 fast freestyle kick": a swimmer's repeats of a distance, not sets of reps
    (
        "swim_repeats",
        r"N x N (?=(?:[a-z]+ ){0,3}(?:freestyle|backstroke|breaststroke|butterfly|crawl|swim|swimming|laps|lengths) )",
        asking("repeats of a distance: say the repeats and the distance, e.g. '12 x 25 m'"),
    ),
    # "bi-weekly": twice a week to some, every two weeks to others
    (
        "bi_period",
        r"bi-period ",
        h_bi_period,
    ),
    (
        "tri_period",
        r"(?:tri-period |tri (?:weekly|daily|monthly) )",
        asking("'tri-' may mean three times a period or every third one: say which"),
    ),
    ("semiweekly", r"semiweekly ", h_semiweekly),
    # "the morning rather than the evening session", "better in the morning than at
    # night": a time compared, not another session ("more in the morning than the
    # evening" names both)
    (
        "time_not_chosen",
        rf"(?P<all>(?:rather than|instead of|than) (?:in |during |at )?(?:the |your )?"
        rf"(?:late |early )?{SLOT} (?:(?:or|and|,) (?:in |the )?(?:late |early )?{SLOT} ){{0,3}})"
        rf"(?:{_AN_OUTING} )?",
        h_time_not_chosen,
    ),
    # "tds x 7", "twice daily x 14": a course in medicine's shorthand, or a count?
    (
        "frequency_times_n",
        r"(?:(?P<c>N) x |(?<! N ))(?P<p>daily|weekly) x (?P<n>N) (?=[.,;)] |$)",
        h_frequency_times_n,
    ),
    # "Ten repetitions makes one set", "15-20 times to complete one set": what a set is
    (
        "reps_make_a_set",
        r"(?P<r>N) (?:reps |x )(?:of (?:each|every|the|this|that|your) (?:[a-z]+ )?)?"
        r"(?:makes |make |is |are |equals |equal |= |counts as |constitutes "
        r"|constitute |to complete |to make |to finish |for )(?:(?P<s>N)|a) sets (?:of [a-z]+ |)(?=[.,;)] |$)",
        h_reps_make_a_set,
    ),
    # "The goal is 1000 reps each day": more than a set holds, a total a day
    (
        "reps_a_day",
        r"(?<! x )(?<! of )(?<! sets )(?P<r>N) reps (?:a|each|per|every|/|in a) day ",
        h_reps_a_day,
    ),
    # "Lunges 3 x 10 each", "Forward flys (x 10 each)": a bare "each" after the count is
    # each side to most writers, and each of several exercises to some
    (
        "count_each",
        r"(?:(?<= N )|(?<= N reps ))(?<! of N )(?<! with N reps )"
        rf"each {EACH_ALONE}",
        h_count_each,
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
