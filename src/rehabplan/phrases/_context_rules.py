"""
Rules for what surrounds a prescription in a handout: three counts a table's header
explained, a table row without its header, a weight held in each hand, counts spread
through the day, reps then a frequency, an expected recovery time, a restriction for a
time, hours to watch after exercise, a later start and a rest for days (none of them
the course), a repetition defined, a rating and a tempo (none of them a dose), another
reading after "or" and another activity's timing (set aside and asked about), and
what a schedule cannot place (a meal "with", minutes apart, an unknown event, the days
another activity leaves free): asked, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.phrases._cadence_rules import CADENCE_RULES
from rehabplan.phrases._count_rules import h_sum, h_tempo
from rehabplan.phrases._day_gap_handlers import h_not_consecutive
from rehabplan.phrases._expected_rules import EXPECTED_RULES
from rehabplan.phrases._facts import Fact, Handler, Span, plus
from rehabplan.phrases._handlers import (
    asking,
    h_bout,
    h_evening_before_bed,
    h_load,
    h_per_day,
    h_per_week,
    h_reps,
    h_sets_reps,
    h_vague,
    noting,
)
from rehabplan.phrases._handout_handlers import (
    h_reps_x_sets,
    h_sets_to_failure,
    h_vague_interval,
    h_vague_length,
)
from rehabplan.phrases._hours_apart import h_hours_apart
from rehabplan.phrases._how_often_handlers import h_every_minutes, h_every_minutes_to_hours
from rehabplan.phrases._patterns import (
    DAYU,
    DETERMINERS,
    EVENT,
    EXERCISE_NOUNS,
    LOCOMOTION,
    NOT_NEGATION,
    PER,
    PERIOD_AHEAD,
    QUAL,
    TU,
    dur,
    symptom_pattern,
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


# the days another activity leaves free are not in the schedule's words: the
# weekdays are asked, never guessed
h_other_days = asking(
    "days told by another activity's schedule: say the weekdays, e.g. 'on Tuesday and Thursday'"
)


# "after 2 weeks, do it once a day" says when something starts, not how long
h_later_start = asking(
    "a start after a time is not a course length: write the time before it as a stage"
    " ('... for 2 weeks, then ...'), or give the start"
)


def h_reduce_to(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "reduce to 2 sets" is a change to the dose (as "progress to" is), not the dose
    yield s.fact("progression", True)
    yield s.fact(
        "ambiguous", "a reduced dose is a change, not the dose: say the dose and when it changes"
    )


# "every time you boil the kettle": tied to something the schedule cannot place
h_unknown_event = asking(
    "tied to an event the schedule does not know: say the times of day, or an event "
    "such as 'when sitting down' or 'after each run'"
)


h_rest_days_first = asking(
    "a rest for a time is not the exercise's course: say when the exercise starts and"
    " how long it runs"
)


# which column holds sets, reps or sessions only the header says: none is guessed
h_table_row = asking(
    "a table row without its header: say what each column counts, e.g. '3 x 6-8, 3 times a week'"
)


def h_reps_then_frequency(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "10 times twice a day": a count of times before a frequency can only be the reps;
    # "10 x 3 times a day" may also be 10 x 3, sets and reps, once a day
    period = h_per_day if s.syms("p")[0] in {"day", "daily", "everyday", "eachday"} else h_per_week
    yield from period(m, s)
    if s.raw("x") in {"times", "time"} or s.raw("n") in {"once", "twice", "thrice"}:
        yield from h_reps(m, s)
        return
    reps, count = s.value("r"), s.value("n")
    yield s.fact(
        "ambiguous",
        f"a count before a frequency: say '{reps} reps, {count} times a day' "
        f"or '{reps} x {count}, once a day'"
        if period is h_per_day
        else f"a count before a frequency: say '{reps} reps, {count} times a week' "
        f"or '{reps} x {count}, once a week'",
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


def h_spread_through_day(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "5 to 7 sets in the course of each day": the day's total, each set done at its
    # own time; "each day" beside it says every day, not one session
    yield s.fact("spread_over_day", True)
    yield s.fact(
        "ambiguous",
        "a count spread through the day: say how many sessions a day and the dose of "
        "each, e.g. '1 x 10, 6 times a day'",
    )


def h_definition(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "1 repetition = both sides in turn" says what one repetition is, not a dose of one
    if s.value("n") == 1:
        yield s.fact("note", "what one repetition or set is, not a dose")
    else:
        yield s.fact("sets" if s.syms("k")[0] == "sets" else "reps", s.value("n"))


h_window_after = noting("hours after the event to watch, not when to exercise")


h_rating = noting("a rating, not a dose")


def h_alternative(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("aside", ("an alternative", "say which one is meant"))


def h_other_activity(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact(
        "aside", ("another activity's dose or timing", "give it as a prescription of its own")
    )


# a schedule ties a session before, after or when an event happens; "with" a meal
# is none of these, so the time is asked, never guessed
h_with_meals = asking(
    "with a meal is not a time the schedule can place: say before or after the meal, "
    "or the times of day"
)


def h_waking_hour(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count = s.value("n", 1)
    if count != 1:  # "twice each waking hour": more than hourly is repetitions each hour
        yield s.fact("reps", count)
    yield s.fact("every_hours", 1)
    yield s.fact("waking", True)


h_review_at = noting("a review, not a course length")
h_time_ahead = noting("a time ahead, not a course length")


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
    # "3 | 3 | 3/6-8 |": two or more cells of bare counts, whose header is not there
    (
        "table_row",
        r"(?P<all>(?:\| )?(?:N (?:/ N )?\| ){2,8}(?:N (?:/ N )?)?)",
        h_table_row,
    ),
    # "10 times twice a day", "10 times 3 times per week": reps, then how often
    (
        "reps_then_frequency",
        rf"(?P<r>N) (?P<x>x )(?P<n>N) x (?:{PER})?(?P<p>daily|day|everyday|eachday|weekly|week) ",
        h_reps_then_frequency,
    ),
    # "3 sets of 10 x2 daily", "3 sets of 10 x4/day": the sets and reps, then how often
    (
        "sets_of_reps_then_frequency",
        rf"(?P<s>N) sets (?:of )?(?P<r>N) (?:reps )?(?=x N (?:x )?(?:{PER})?(?:daily|day|everyday|eachday|weekly|week) )",
        h_sets_reps,
    ),
    # "3 x max reps", "3 x AMRAP", "3 sets of as many as you can": sets, reps to failure
    (
        "sets_to_failure",
        r"(?P<s>N) (?:x |sets (?:of )?)(?:max|maximum|amrap|as many as (?:possible|you can)) (?:reps )?",
        h_sets_to_failure,
    ),
    # "15 x 2 sets", "10x 3 sets", "hold 10 s x 10 reps x 3 sets": the words name the counts
    (
        "reps_x_counted_sets",
        r"(?:x )?(?P<r>N) (?:reps )?x (?P<s>N) sets (?!of |x )",
        h_reps_x_sets,
    ),
    # "Bridges x 15 twice daily": after a name, "x 15" is the reps, then how often
    (
        "x_reps_then_frequency",
        rf"(?<=[a-z] )x (?P<r>N) (?=N x (?:{PER})?(?:daily|day|everyday|eachday|weekly|week) )",
        h_reps,
    ),
    # "1 repetition = ...", "one set is ...": a definition
    (
        "definition",
        r"(?P<n>N) (?P<k>reps|sets) (?:= |is |means |equals |consists of )(?!N )",
        h_definition,
    ),
    # "at RPE 7", "effort 8/10", "Borg rating 13": how hard, not how many
    (
        "rating",
        r"(?P<all>(?:rpe|borg|effort|exertion) (?:rating |scale |level |score )?(?:of |at |: |= |- )?"
        r"N (?:/ N |out of N )?)(?!x N )",
        h_rating,
    ),
    # "monitor pain for 2 hours post exercise": a time to watch after it, not the timing
    (
        "window_after",
        rf"(?P<all>(?:for|within|over|during|in|last|lasts|lasting|settle|settles|subside|subsides) "
        rf"(?:the )?(?:next |first |following )?(?:less than |under |more than |over |longer than |){QUAL}(?:N|a) "
        rf"(?:hour|hours) (?:after|post|following) {DETERMINERS}{EVENT})",
        h_window_after,
    ),
    # "5 to 7 sets in the course of each day", "10 reps spaced throughout the day"
    (
        "spread_through_day",
        r"(?:(?:spread|spaced|divided|split|distributed) (?:out )?(?:over|through|throughout|across|during) "
        r"(?:the course of )?|(?:in|over|during|throughout) the course of )(?:the |each |a |every |your )?day ",
        h_spread_through_day,
    ),
    # "for two weeks, three times per day, or for three weeks, twice per day"
    (
        "alternative",
        r"(?:, |; |\( )or (?=for (?:N|a) |N x |N (?:sets|reps|days|weeks) |each |daily |every |weekly |on DOW |DOW )",
        h_alternative,
    ),
    # "three times per week, with additional walks two times per week"
    (
        "other_activity",
        rf"(?:, |; )?(?:with|plus|and) (?:more|additional|extra|some|separate) (?:{LOCOMOTION}) "
        rf"(?=(?:[a-z]+ ){{0,3}}(?:N|every|each|daily|weekly|on DOW|DOW))",
        h_other_activity,
    ),
    # "on your non-running days", "on the days you don't run", "on rest days"
    (
        "other_days",
        rf"(?:on|during) (?:the |your |)(?:(?:non (?:- )?(?:{LOCOMOTION}|training|exercise|gym|work) "
        r"|rest |off |easy |recovery )days |days (?:(?:when |that |)(?:you |)(?:do not|don't|dont|are not|aren't) "
        r"|between (?:your |the |)|without (?:a |your |)|off from (?:your |)))",
        h_other_days,
    ),
    # "after 2 weeks, ...", "after the first 6 weeks": a later start, not a course ("the
    # following 5-week plan" is the plan's length)
    (
        "later_start",
        rf"(?:(?<! the )after|beyond|past|(?<!until )(?<!till )at the end of) (?:the )?(?:first |initial )?"
        rf"{QUAL}(?:N|a) (?:day|days|week|weeks|month|months) "
        # ("At the end of the 9-week intervention": the course's own length)
        r"(?!(?:intervention|programme|program|course|period|plan|trial|block|study) )",
        h_later_start,
    ),
    # "reduce to 2 sets", "cut back to 10 reps": a change to the dose
    (
        "reduce_to",
        r"(?:reduce|reducing|decrease|decreasing|drop|dropping|cut|cutting) (?:it |this |them |back |down ){0,2}to ",
        h_reduce_to,
    ),
    # "every time you boil the kettle"
    (
        "unknown_event",
        # ("any time you feel short of breath": a symptom, as needed)
        rf"(?:(?:each|every|any) time|anytime) (?:that )?(?:you |)(?!{EVENT})"
        rf"(?!(?:[a-z]+ ){{0,3}}{symptom_pattern()})(?=[a-z])"
        # ("at the beginning of a hot flash"; "at the start of the day" is a time)
        r"|at the (?:beginning|from|start|onset) of (?:a |an |each |every |your )"
        rf"(?!{EVENT})(?!(?:[a-z]+ ){{0,3}}{symptom_pattern()})"
        r"(?!(?:day|week|month|session|sessions|class|programme|program|stage|phase|exercise|working"
        r"|school|work|exercises|workout|set|sets|rep|reps|run|walk|ride|swim|N) "
        r"|(?:morning|evening|night|afternoon) (?!(?!and |or |before |after |with |routine )[a-z]+ ))"
        r"(?=[a-z])",
        h_unknown_event,
    ),
    # "rest for 2 days, then start the exercises": a rest before, not the course
    (
        "rest_for_days",
        rf"(?P<all>(?:relative |complete |)rest (?:for )?{QUAL}(?:N|a) {DAYU} )(?!(?:in )?between )",
        h_rest_days_first,
    ),
    # "with meals", "during your meal": no relation of a schedule says "with"
    (
        "with_meals",
        r"(?:with|during) (?:each |every |your |a |)(?:meals|food|meal|breakfast|lunch|dinner|supper) "
        r"|at (?:each |every |your |)(?:meals|meal|mealtimes|mealtime|breakfast|dinner|supper) ",
        h_with_meals,
    ),
    # "10 reps every waking hour": hourly over the waking day
    (
        "waking_hour",
        r"(?:(?P<n>N) x )?(?:each|q|per|a|in each) waking (?:hour|hours) ",
        h_waking_hour,
    ),
    # "every 90 minutes to 2 hours": a range of minutes apart
    (
        "every_minutes_to_hours",
        r"(?:each|q) (?P<n>N) min (?:to |- |or )(?P<h>N) (?:hour|hours) ",
        h_every_minutes_to_hours,
    ),
    # "every 30 minutes", "every half hour", "once in 10-20 minutes"
    (
        "every_minutes",
        rf"(?:each|q|(?P<once>N) x in) {QUAL}(?:(?P<n>N) min |half (?:a |an |)hour )(?!long )",
        h_every_minutes,
    ),
    # "rest 48 hours between sessions", "keep a 48 hour gap": the spacing of sessions
    (
        "rest_hours_between",
        r"(?:rest|recover|wait|allow|leave) (?:for )?(?:at least |atleast |about |around |)"
        r"(?P<n>N) (?:hour|hours) (?:of rest |recovery |)(?:in )?between "
        r"(?!(?:each )?(?:sets|set|reps|rep|rounds|round) |(?:\S+ ){0,5}and )"  # (X and Y: once)
        r"|(?:keep|leave|allow|have) (?:a |an )(?:minimum |)(?P<n2>N) (?:hour|hours) gap "
        r"(?=(?:\S+ ){0,8}between (?!(?:\S+ ){0,5}and ))",
        h_hours_apart,
    ),
    # "every evening before bed": one session, at bedtime
    (
        "evening_before_bed",
        r"(?:each (?P<other>ORD |second )?|(?:on |)alternate (?P<alt>)|in the |)(?:evenings|nights|evening|night) (?:, |\( |)(?:just |right |)before (?:you |)"
        r"(?:(?:going |go |)(?:to |)|(?:getting |get |climbing |climb )into )(?:bed|bedtime|sleep) ",
        h_evening_before_bed,
    ),
    # "as many as you can in 30 seconds": work for a time, not a hold
    (
        "as_many_as_you_can",
        rf"as VAGUE (?:reps |x |)as (?:you can |possible |able |)(?:in|within) {QUAL}{dur('b')}",
        h_bout,
    ),
    # "10 repetitions, 3 times", "20 heel raises, twice": sets of the reps
    (
        "reps_then_sets",
        rf"(?P<r>N) (?:reps |(?:(?!x |reps |sets |each |per |a |{TU} )[a-z][a-z'-]* ){{0,2}}(?:{EXERCISE_NOUNS}) )"
        rf", (?P<s>N) x (?!{PERIOD_AHEAD})(?!N |more |{TU} |(?:during|throughout|through|over|across|in) )",
        h_sets_reps,
    ),
    # "lift for 2 seconds and lower for 4", "3 seconds up, 3 seconds down": how fast
    # the movement goes, not a position held
    (
        "tempo_seconds",
        # ("tighten the muscles over a period of 5 seconds": how fast, whatever the verb)
        r"(?P<all>(?:(?:slow|slowly) (?:[a-z]+ ){0,2})?over (?:a period of |the course of )N (?:sec|second) (?!hold |holds )"
        r"|(?:slow|slowly) (?:[a-z]+ ){0,2}over N (?:sec|second) (?!hold |holds )"
        rf"|(?:lift|lifting|raise|raising|lower|lowering) (?:(?:slowly|slow|it|yourself|back|down|up|the|your|leg|legs) ){{0,3}}"
        rf"(?:for |over |in |)(?:a )?(?:slow )?{QUAL}N (?:sec|second) (?!hold |holds )"
        rf"|(?:take |taking |using )?{QUAL}N (?:sec|second) (?:each )?(?:to |on the way |)(?:up|down|lift|lifting|raise|raising|lower|lowering|concentric|eccentric) "
        rf"|(?:at )?(?:a )?tempo (?:\( )?(?:of )?{QUAL}N (?:sec|second) (?:(?:total )?(?:per|/) (?:rep|reps) )?"
        # "control the eccentric (lowering) portion for about 3-5 seconds"
        rf"|(?:eccentric|concentric) (?:(?!hold |holding |held |isometric )[^ .,;:]{{1,20}} ){{0,4}}"
        rf"(?:for |over |in |)(?:a )?{QUAL}N (?:sec|second) (?!hold |holds ))",
        h_tempo,
    ),
    # "10 reps, 10 seconds per rep": how long each repetition takes, or a hold in each
    (
        "seconds_per_rep",
        rf"(?P<all>{QUAL}N (?:sec|second) (?:total )?(?:per|/) (?:rep|reps) )",
        asking("seconds per repetition: how long each takes, or a hold in each? say 'hold N s'"),
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
        r"(?:(?:at )?VAGUE intervals (?:(?:throughout|during|through) (?:the )?day )?|little (?:and|but) often "
        r"|(?:regularly|VAGUE|often|repeatedly) (?:throughout|during|through) (?:the )?day "
        # ("often each day", "regularly every day": often in the day, not once)
        r"|(?:often|repeatedly) (?:each|a|per) day )",
        h_spread_over_day,
    ),
    *EXPECTED_RULES,
    # "no more than 2 days in a row": a limit on a run of days, not a course length
    (
        "days_in_a_row_limit",
        r"(?:, |; |)(?P<all>(?:no |not |)(?:more than|at most|a maximum of|maximum of|max|up to) N (?:consecutive days|days in a row|days without) )",
        noting("a limit on days in a row, not a course length"),
    ),
    # "not on consecutive days", "avoid running on consecutive days", "no two days in a row"
    (
        "not_consecutive",
        r"(?:(?:but |and |)(?:not|never|avoid|avoiding) (?:(?!on |off |missing |skipping |resting |rest |taking |without )[a-z][a-z'-]* ){0,2}(?:on )?(?:N )?(?:consecutive|successive|back to back) days (?!off |without |of rest )"
        r"|(?:on )?non (?:consecutive|successive) days "
        # "not on any two days in a row", "do not exercise 2 days in a row"
        r"|(?:no|not|never|don't|dont|avoid) (?:to )?(?:(?:run|running|exercise|exercising|train|training|lift|lifting|walk|walking|swim|swimming|cycle|cycling|stretch|work out|do it|do this|do them|do these)(?: weights)? )?(?:on )?(?:any )?(?P<row>N) days in a row )",
        h_not_consecutive,
    ),
    *CADENCE_RULES,
    # "every few hours", "for several weeks": a vague interval or length is asked
    (
        "vague_interval",
        rf"each VAGUE (?:of )?(?:hour|hours|day|days|week|weeks|{DAYU}) ",
        h_vague_interval,
    ),
    (
        "vague_length",
        rf"(?:for|over) (?:the )?(?:next |first )?(?:a )?VAGUE (?:of )?{DAYU} ",
        h_vague_length,
    ),
    # "your next appointment is in 2 weeks": a time ahead, not the course
    (
        "time_ahead",
        rf"(?P<all>(?:is|are|will be|be|due|back) (?:again )?in {QUAL}(?:N|a) {DAYU} )",
        h_time_ahead,
    ),
    # "do not stretch over eye level for the first 7 days": what to avoid, and for how long
    (
        "restriction",
        # ("suspend running for 2 weeks", "pause running ...": a verb before what is stopped;
        # "rest your muscles for a day between sessions" is a gap)
        rf"(?P<all>(?:(?:don't|dont|do not|never|avoid|no|hold off) "
        rf"|(?:suspend|halt|cease|refrain from|rest) (?!for |from |[^.;]* between ))(?:(?!{PERIOD_AHEAD}|x |for |then |and |but ){NOT_NEGATION}[a-z][a-z'-]* ){{0,8}}?"
        rf"for (?:the )?(?:first |next )?{QUAL}(?:(?:N|a) {DAYU} |{dur('x')}(?:after|before|post) {DETERMINERS}{EVENT}))",
        h_restriction,
    ),
    # "this adds up to 52 sets in total": a sum, not the dose ("that is 2 sets of 10" alone is)
    (
        "sum",
        r"(?P<all>(?:adds|add|comes|come) (?:up )?to (?:a total of )?N (?:sets|reps|x) (?:in total )?"
        r"|N (?:sets|reps|x) in total |(?:that is|that's|making) (?:a total of )?N (?:sets|reps) (?:of (?P<of>N) (?:reps )?)?)",
        h_sum,
    ),
    # "review at 6 weeks": when the plan is looked at again, not how long it runs
    (
        "review_at",
        r"(?P<all>(?:review|reviewed|see|seen|check|checked|reassess|reassessed|recheck) (?:(?!for )[a-z']+ ){0,3}"
        r"(?:at|after|in) (?:N|a) (?:day|days|week|weeks|month|months) )",
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
