"""
Rules for words around a count that change what it says: a floor ("more than once a
day" is not once a day), "a set of" a movement (one set), "for four consecutive weeks"
(a course), plans for flare-ups and bad days (as needed), "x2 day" (twice a day; "tid
x7d" is a course), "reps of 10-12", days "of the week" (days a week, not a course), a
rest taken as needed ("Rest and rinse if needed" leaves the exercise on its schedule),
a total after a dose ("3 sets of 12 = 36 reps", checked against it), "in as little
as 6 weeks" (how soon it works, or a plan's length: asked) and "frequent" beside "daily"
(how many a day: asked).
They come last: each reads words no earlier rule takes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.model import Range
from rehabplan.phrases._anchor_handler import h_anchor
from rehabplan.phrases._course_handlers import h_duration, h_progression
from rehabplan.phrases._facts import Fact, Handler, Span, days
from rehabplan.phrases._handlers import asking, h_per_day, h_per_week, h_reps, noting
from rehabplan.phrases._patterns import DAYU, EXERCISE_NOUNS, PER, QUAL

#: Words that put a thing after a movement: "a set of laps around the cones".
_PREPOSITIONS = (
    "(?:with|on|onto|for|and|to|in|into|between|of|or|over|down|across|around|round|through"
    "|along|past|beside|behind|off|under|by|near|from|at|towards|toward)"
)
#: Doing a movement with a thing: "a set of lunges holding dumbbells".
_DONE_WITH = (
    "(?:using|holding|carrying|lifting|gripping|wearing|pushing|pulling|squeezing|swinging"
    "|grabbing|throwing|catching|passing|bouncing|kicking)"
)

__all__ = ["QUALIFIER_RULES"]


def h_average_length(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "than the average four weeks" is a statistic; "continue for an average of 6 weeks"
    or "an average 6 weeks of rehab" may be the course, or how long others take: asked.
    """
    said = s.raw("all")
    if s.has("for") or s.has("of"):
        yield s.fact(
            "ambiguous", f"{said!r}: the course's length, or an average? read as the course"
        )
        yield from h_duration(m, s)
        return
    yield s.fact("note", f"an average, not a course length: {said}")


def h_soon_or_course(m: re.Match[str], s: Span) -> Iterable[Fact]:
    said = s.said()
    if s.value("n") == 1 and s.syms("u")[0] == "day":  # "in just one day": within a day
        yield from h_duration(m, s)
        return
    yield s.fact(
        "ambiguous", f"{said!r}: how soon it works, or the course's length? read as the course"
    )
    yield from h_duration(m, s)


def h_more_than(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if _NEGATIONS & {t.raw.lower() for t in s.before[-3:]}:
        return  # "do not increase more than 10 %": a limit
    most = s.tokens[0].raw.lower() in {"less", "fewer", "<"}
    yield s.fact(
        "ambiguous",
        f"{s.said().strip()!r} before a count: a {'ceiling' if most else 'floor'}, not the count;"
        " say how many",
    )


#: Words that make "more than" that follows them a limit.
_NEGATIONS = frozenset({"not", "never", "don't", "dont", "no", "avoid", "nor"})


def h_count_a_period(m: re.Match[str], s: Span) -> Iterable[Fact]:
    unit = s.group("u")[0]
    shorthand = unit.raw.lower() not in {"day", "week"} or s.value("n") == 1
    if shorthand or _HOW_OFTEN_SYMS & {t.sym for t in s.before}:
        yield from h_duration(m, s)  # "tid x7d", "daily x 5 day", "x1 week": a course
        return
    yield s.fact("per_day" if unit.sym == "day" else "per_week", s.value("n"))


#: Symbols of how often: after them, "x 7 day" is how long.
_HOW_OFTEN_SYMS = frozenset({"daily", "weekly", "day", "week", "hourly", "hour", "hours"})


def h_as_needed_when(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("prn", True)
    yield s.fact("condition", s.raw("all"))


def h_total_of_reps(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("total_reps", s.value("t"))


def h_a_set_of(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("sets", s.value("s", 1))


_LASTING = frozenset("lasting lasts last".split())


def h_each_lasting(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "Four sets of casts, each lasting approximately one week": each one's length, not the
    course ("5 minutes each for 2 weeks" is the course).
    """
    words = {t.raw.lower() for t in s.tokens}
    if "for" in words and _LASTING.isdisjoint(words):
        # "staying at each phase for at least a week": the course
        if s.has("n"):
            yield from h_duration(m, s)
            return
        unit = s.syms("u1")[0]
        if unit == "month":
            yield s.fact("ambiguous", "a month read as 30 days")
        yield s.fact("duration", days(1, unit))
        return
    yield s.fact("note", f"each one's length, not the course: {s.said('all')}")


def h_frequent(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "daily, frequent tummy time": frequent sessions every day, how many a day unsaid, so
    asked (beside a count a day, "twice daily, with frequent rests", it says nothing).
    """
    if {t.raw.lower() for t in s.after[:2]} & _BETWEEN:  # "take frequent breaks, walk daily"
        return
    syms = [t.sym for t in s.clause]
    counted = "VAGUE" in syms or any(
        a == "x" and b in {"daily", "day", "a", "per", "each", "every"}
        for a, b in itertools.pairwise(syms)
    )
    if ("daily" in syms or "day" in syms) and not counted:
        yield s.fact("ambiguous", "'frequent' every day: how many times a day? say the count")


#: What is taken between sessions or inside one: frequent breaks are no sessions.
_BETWEEN = frozenset("breaks break rests rest pauses breaths sips changes".split())


def h_double_sessions(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("per_day", 2)


def h_listed_counts(m: re.Match[str], s: Span) -> Iterable[Fact]:
    first, rest = s.value("a"), s.value("b")
    kind = s.syms("u")[0]
    if isinstance(first, int) and isinstance(rest, Range) and first < rest.low:
        yield s.fact(kind, Range(first, rest.high))
        return
    yield s.fact("ambiguous", f"{s.said()!r}: a list of counts: say one, or a range")


def h_each_of_the_meals(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield from h_anchor(m, s)
    yield s.fact("per_day", s.value("n"))
    more = [t.raw.lower() for t in s.after[:5] if t.raw.lower() != ","]
    if more[:1] in (["and"], ["or"], ["plus"]) and set(more[1:4]) & _EATEN:
        # "after each of the 3 meals and snacks": more times a day than the meals
        yield s.fact("ambiguous", f"{s.said().strip()} {' '.join(more[:2])}: how many a day?")


#: "throughout the day", "across your day", "within a week": the whole of a day or week.
_THROUGH_THE = r"(?:throughout|through|across|in|over|during|of|within) (?:the |your |each |a |)"


#: What is eaten besides the meals: "after each of the 3 meals and snacks".
_EATEN = frozenset("snack snacks supper suppers drink drinks elevenses tea between".split())


QUALIFIER_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "Four sets of casts, each lasting approximately one week": each one's length
    (
        "each_lasting",
        # ("lasting" reads as "for")
        # ("Each phase lasts 2 weeks", "each lasting about a week")
        # ("Walk each week for 4 weeks" is each week's, over a course)
        r"(?P<all>each (?:(?!(?:for|day|days|week|weeks|month|months|night|nights|time|session"
        r"|morning|evening|afternoon|side|leg|arm|course|programme|program|plan|treatment) )"
        rf"[a-z]+ |)(?:for|lasts|last) (?:for )?{QUAL}"
        rf"(?:(?P<n>N) (?P<u>{DAYU})|(?:a|one) (?P<u1>week|fortnight|month|day)) )",
        h_each_lasting,
    ),
    (
        # "daily, frequent tummy time": how many a day?
        "frequent",
        r"frequent ",
        h_frequent,
    ),
    # "improve your posture in as little as 6 weeks" is how soon it works, "from the couch
    # to 30 minutes in just four weeks" a plan's length: asked
    (
        "soon_or_course",
        r"(?:in|within) (?:as little as|as VAGUE as|just|only|under|less than|a mere) "
        rf"{QUAL}(?P<n>N) (?P<u>{DAYU}) (?!{PER}|each |every )",
        h_soon_or_course,
    ),
    # "waiting at least six weeks postpartum before ...": a wait, not a course; "uses 14-day
    # training cycles": a cycle's length
    (
        "wait_or_cycle",
        rf"(?P<all>(?:wait|waiting|waited) (?:for |)(?:the |){QUAL}N {DAYU} "
        # "waiting 6 weeks before running": the end of the wait, not when sessions happen
        r"(?:[a-z]+ )?(?:(?:before|until|prior to) (?:you |)(?:start |begin |starting |beginning |)"
        r"(?:[a-z-]+ |EVENT ))?"
        rf"|N {DAYU} (?:training |)(?:cycle|cycles) )",
        noting("a wait or a cycle's length, not a course length"),
    ),
    # "once you're comfortable walking for 10 minutes at a time": when, not a count
    (
        "once_you",
        r"(?P<all>N x (?:you're|you've|you are|you have|you feel|your) )",  # "once" is "N x"
        noting("a condition ('once you ...'), not a count"),
    ),
    # "a longer phased return than the average four weeks", "(median 40 weeks)": a
    # statistic, not a course
    (
        "average_length",
        rf"(?P<all>(?:(?P<for>for|over) |)(?:the |a |on |)(?:average|median|mean) (?:of |)(?:about |)(?P<n>N) "
        rf"(?P<u>{DAYU}) (?P<of>of )?)(?!{PER}|each |every )",
        h_average_length,
    ),
    # "perform a set of retraction 4 times per day": one set of a movement, its reps unsaid
    (
        "a_set_of",
        r"(?<!ORD )(?<!more )(?:(?P<s>N)|a) sets of (?=[a-z])(?!a |an |x |reps |sets |sec |min "
        # ("a series of simple exercises" is several exercises, no count of sets; "a set of
        # light hand weights" is a thing to use)
        r"|(?:[a-z]+ ){0,2}(?:exercises|exercise|stretches|movements|activities|moves|poses) "
        # (not "a set of squats with weights": no movement, nothing done with a thing and no
        # preposition comes before the thing; "press up bars", "marking cones" are things)
        rf"|(?:(?!(?:{EXERCISE_NOUNS}) (?!ups? )|{_DONE_WITH} |{_PREPOSITIONS} "
        r"|(?<!press )(?<!push )(?<!pull )(?<!chin )up )"
        r"[a-z]+ ){0,3}(?:weights|dumbbells|kettlebells|stairs|cones|bands|balls|bars|plates"
        r"|hurdles|poles|blocks|straps|cuffs|rules|instructions|guidelines|questions|tools|goals) "
        # ("a set of steps", "kitchen steps" to climb; "forward steps", "side steps" are moves)
        r"|(?:kitchen |garden |front |back |porch |wooden |concrete |folding |stone |low |)steps )",
        h_a_set_of,
    ),
    # "more than once a day", "more than 3 times a week", "for over 2 weeks": at least one more than the
    # number, which reading the number alone would schedule too few ("no more than" is
    # a limit, read elsewhere)
    (
        "more_than",
        r"(?<!no )(?<!not )(?<!never )(?:more|longer) than (?=N (?!% )|a |an )"
        # (">2 days per week" says more than too; "less than 3 times a day", a most)
        # ("Rest < 60 s", "sit for less than 30 minutes at a time": a limit on a length)
        r"|(?<!no )(?<!not )(?<!never )(?:less than |fewer than |< )"
        # ("fewer than 2 training sessions per week": a word or two may name them, as they
        # may name any thing counted in a period: "less than 3 long rides per week")
        r"(?=(?:N|a) (?:(?!x |and |or |to |sec |second |min |hour |hours |between )[a-z]+ ){0,2}"
        r"(?:x|sets|reps|days|day|sessions|session"
        r"|week|weeks|month|months|year|years) "
        r"|N (?:(?!x |and |or |to |sec |second |min |hour |hours |between )[a-z]+ ){1,3}"
        r"(?:per |a |each |/ )(?:week|day) )"
        r"|(?<!no )(?<!not )(?<!never )> (?=N (?:x|sets|reps|days|day|sessions|session|sec"
        r"|second|min|hour|hours|week|weeks|month|months|year|years) |a |an )"
        r"|(?<= for )over (?=N )",
        h_more_than,
    ),
    # "for four consecutive weeks", "over five consecutive days", "for 39 more weeks": a
    # course ("in 2 consecutive days", "no more than 2 consecutive days without" are not)
    (
        "for_consecutive",
        # ("3 further weeks of hopping drills": more weeks of the work)
        # ("over" only after the work: "pain that lasts over 3 consecutive days" is no course)
        r"(?:for |(?<=performed )over |(?<=done )over |(?<=completed )over |(?<=out )over "
        r"|(?<![a-z] )(?=N more (?:days|weeks|months) of ))"
        r"(?P<n>N) (?:consecutive|successive|more) (?P<u>days|weeks|months) "
        r"(?!(?:a |per |each |every |/ )(?:week|day) )",
        h_duration,
    ),
    # "during flare-ups", "on bad days", "during sharp pain": sessions when the
    # symptom comes, as needed
    (
        "flare_ups",
        r"(?P<all>(?:during|in|for) (?:a |the |your |)(?:flare|flares|flareup|flareups) (?:ups |up |)"
        r"|on (?:bad|painful|sore|difficult) days |while (?:the |your |)symptoms last "
        r"|when (?:it's|it is) bad |(?<! even )(?<! still )(?<! going )(?<! on )(?<! exercise )(?<! exercising )during (?:a |an |)(?:sharp |severe |acute |bad |mild |)(?:pain|spasms|spasm) "
        r"(?!free |, rest |, stop |, avoid |rest |stop |avoid ))",
        h_as_needed_when,
    ),
    # "x2 day", "x5 week": a count a day or a week in shorthand ("x 5 days" is a course)
    ("x_n_period", r"(?<!N )x (?P<n>N) (?P<u>day|week) (?!N |off )", h_count_a_period),
    # "3 sets with reps of 10-12": the repetitions named first
    ("reps_of", r"(?<!sets )reps of (?P<r>N) (?!x |sets |reps |sec |min |hour |hours )", h_reps),
    # "30 minutes per day on 5 days during the week": days a week, not a course
    (
        "days_of_the_week",
        r"(?:on )?(?P<n>N) (?:days|day) (?:during|of|in) (?:the|each|a|every) week "
        r"(?!after |before |following |post |of |ORD |N )",
        h_per_week,
    ),
    # "3 sets 12 reps = 36 repetitions total": the dose's total, said after it
    (
        "total_of_reps",
        rf"(?:(?<= reps )|(?<= x N ))= (?P<t>N) (?:reps |(?:{EXERCISE_NOUNS}) |)(?:total |in total |in all |)",
        h_total_of_reps,
    ),
    # "Rest and rinse if needed": a rest when needed; the exercise keeps its schedule
    (
        "rest_as_needed",
        r"(?P<all>rest (?:and [a-z]+ |)(?:if|when|as) (?:needed|necessary|required) )",
        noting("a rest when needed, not the exercise as needed"),
    ),
    # "either 1 or 4 times per week": two choices (a trial's two arms), not a range
    (
        "either_count",
        r"either (?=N (?!side |sides |leg |legs |arm |arms ))",
        asking("'either ... or ...' offers two counts, not a range: say which"),
    ),
    # "Double session daily": two sessions a day
    (
        "double_sessions",
        r"(?:double|twin) (?:session|sessions) (?:daily |(?:a|per|each|every|/) day )",
        h_double_sessions,
    ),
    # "they do 1, 2 or 3 sets", "8, 10 or 12 reps": the counts a list offers, as a range
    (
        "listed_counts",
        r"(?<! week )(?<! day )(?<! step )(?<! phase )(?<! stage )(?<! level )(?<! month )"
        r"(?<! grade )(?<! round )(?<! block )"
        r"(?P<a>N) , (?P<b>N) (?P<u>sets|reps) ",
        h_listed_counts,
    ),
    # "holding a plank for 60 seconds three different times": three repetitions
    (
        "separate_times",
        rf"(?P<r>N) (?:different|separate|distinct) x (?!(?:a|per|each|every|/) |daily |weekly "
        rf"|{_THROUGH_THE}(?:day|week) )",
        h_reps,
    ),
    (
        "separate_times_a_day",
        r"(?<! to )(?<! \" )(?P<n>N) (?:different|separate|distinct) x "
        rf"(?:(?:a|per|each|every|/) day |daily |{_THROUGH_THE}day )",
        h_per_day,
    ),
    (
        "separate_times_a_week",
        r"(?<! to )(?<! \" )(?P<n>N) (?:different|separate|distinct) x "
        rf"(?:(?:a|per|each|every|/) week |weekly |{_THROUGH_THE}week )",
        h_per_week,
    ),
    # "15-minute walks after each of three meals": after each meal, three a day
    (
        "each_of_the_meals",
        r"(?P<rel>before|after) each of (?:the |your |)(?P<n>N) (?P<ev>meals) ",
        h_each_of_the_meals,
    ),
    # "held for 10-30 seconds with the goal of reaching 60 seconds": a target after the dose
    (
        "goal_of",
        r"(?:with |)(?:the |a |your |)(?:goal|aim) of (?:reaching |getting to |achieving "
        r"|holding |doing |working up to |building up to |)"
        # ("with a goal of 3-5 sets" after the reps is how many sets)
        r"(?=(?:about |around |)N (?:sec |second |min |x N ))",
        h_progression,
    ),
)
