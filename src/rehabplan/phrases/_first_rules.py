"""
Rules tried before all others, for words the dose rules would otherwise read as
repetitions, a course or a rest: another count said as an option ("twice a day, three
times if you can"), counts a fortnight or a month, a weekday every other week, "3 times
throughout the week", "once in 3 days", a rest day every third day, "3 days this week",
"twice as many", a list of meals, "hold 1m", "hold 10 x 10", a start or a restriction
said first, a pause held before lowering, a bout each hour, a count before a clock
time ("3 x 10 am"), "every hour or two", a list number ("Exercise 1 - Heel slides"),
a place beside something ("on each side of the chair"), a size ("40 x 40 cm"), the
count a new one replaces ("once a day instead of twice"), a cue every so many
repetitions ("every 10 reps, switch legs"), sessions in all ("12 x group sessions"), a
time past ("3 weeks ago"), the exercise "good mornings" and a device worn for a time
("wear the brace for 6 weeks": asked whose course it is).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.model import Range
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._course_handlers import h_bout_each_hour
from rehabplan.phrases._each_and_another import (
    h_another,
    h_balance,
    h_left_and_right,
    h_sets_reps_per_side,
    h_side_count_then_sets,
)
from rehabplan.phrases._facts import Fact, Handler, Span, seconds
from rehabplan.phrases._handlers import (
    asking,
    h_bout,
    h_fortnightly,
    h_monthly,
    h_per_day,
    h_per_week,
    h_reps,
    noting,
)
from rehabplan.phrases._handout_handlers import h_criterion, h_start_after
from rehabplan.phrases._hold_handlers import h_hold
from rehabplan.phrases._later_words import LATER_RULES
from rehabplan.phrases._lookalike_rules import EARLY_LOOKALIKE_RULES
from rehabplan.phrases._movement import h_work_and_rest
from rehabplan.phrases._patterns import (
    EXERCISE_NOUNS,
    NOT_AN_ADJECTIVE,
    QUAL,
    SIDE,
    TU,
    dur,
    symptom_pattern,
)
from rehabplan.phrases._prose_rules import h_replaced
from rehabplan.phrases._weekday_handlers import h_times_during_the_day
from rehabplan.phrases._when_rules import h_meals

#: A thing put beside the body before "on each side of": "a pillow on each side of their head".
_PUT_THERE = "|".join(f"(?<= {thing} )" for thing in sorted(lx.SUPPLIES))

__all__ = ["FIRST_RULES"]


#: Symbols of how often, before an option's count: "twice a day, three times if you can".
_SAID_HOW_OFTEN = frozenset({"day", "daily", "week", "weekly", "sets", "x"})


def h_optional_count(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if _SAID_HOW_OFTEN.isdisjoint(t.sym for t in s.before):
        # "Hold 30 s, 3 times if it is comfortable": the repetitions, said once
        yield s.fact("reps", next(s.value(g) for g in ("r", "r2", "r3") if s.has(g)))
        return
    said = s.said().strip()
    yield s.fact("ambiguous", f"{said!r}: another count as an option; read as the first, say which")


def h_device_worn(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "Wear the knee brace for 6 weeks", "Splint at night": the device's course or
    # times, which may not be the exercise's (asked, unless another clause is the
    # exercise's and these are set apart: `main_clause_facts`)
    timed = {t.sym for t in s.clause} & {"day", "days", "week", "weeks", "month", "night", "N"}
    if timed:
        said = f"{s.said()!r}: its course or times may not be the exercise's; say which"
        yield s.fact("device_worn", said)


def h_least_and_most_count(m: re.Match[str], s: Span) -> Iterable[Fact]:
    low, high = s.value("lo"), s.value("hi")
    if not (isinstance(low, int) and isinstance(high, int) and low < high):
        said = s.said().strip()
        yield s.fact("ambiguous", f"{said!r}: a least and a most that make no range; say which")
        return
    if not (s.has("p") or s.has("pd")):  # "Repeat at least 3 and no more than 10 times"
        yield s.fact("reps", Range(low, high))
        return
    period = s.syms("p")[0] if s.has("p") else s.syms("pd")[0]
    yield s.fact("per_day" if period in {"day", "daily"} else "per_week", Range(low, high))


#: Units and things laid out whose counts to the left and right are no repetitions
#: ("feet" is read as the limb, "legs", before the grammar sees it).
_MEASURED = (
    r"(?:cm|mm|inch|inches|legs|centimetres|centimeters|steps|step|cones|cone|squares|paces)"
)


def h_count_a_period(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("per_day" if s.syms("p") == ["daily"] else "per_week", s.value("n"))


def h_hour_or_more(m: re.Match[str], s: Span) -> Iterable[Fact]:
    most = s.value("b", s.value("b2"))
    if not isinstance(most, int) or not 2 <= most <= 24:
        yield s.fact("bad", "an interval in hours must be a whole number from 1 to 24")
        return
    yield s.fact("every_hours", Range(1, most))


def h_count_a_long_period(m: re.Match[str], s: Span) -> Iterable[Fact]:
    period = "year" if s.has("y") else s.syms("p")[0]
    if s.value("n") == 1 and period == "year":
        # "have your height measured once a year": a yearly interval, not one repetition
        yield s.fact("every_days", 365)
        yield s.fact("ambiguous", "a year read as 365 days")
        return
    if s.value("n") == 1:
        yield from (h_fortnightly if period == "fortnight" else h_monthly)(m, s)
        return
    yield s.fact(
        "ambiguous",
        f"{s.said().strip()!r}: sessions a {period} are no count a week or interval; "
        "say the days a week or every N days",
    )


def h_count_in_days(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count, days = s.value("n"), s.value("d")
    if count == 1 and isinstance(days, int):
        yield s.fact("every_days", days)  # "once in 3 days"
    elif days == 7:
        yield s.fact("per_week", count)  # "3 times in 7 days"
    else:
        yield s.fact("ambiguous", f"{s.said().strip()!r}: say the days a week, or every N days")


def h_rest_every(m: re.Match[str], s: Span) -> Iterable[Fact]:
    every = s.group("o" if s.has("o") else "o2")[0]
    if every.raw.lower() in {"other", "second", "2nd"} or every.value == 2:
        yield s.fact("every_days", 2)  # a rest every other day: a session every other day
        return
    yield s.fact(
        "ambiguous",
        f"{s.said().strip()!r}: a rest day in a cycle; say the days a week, or every N days",
    )


def h_times_as(m: re.Match[str], s: Span) -> Iterable[Fact]:
    how = [t.raw.lower() for t in [*s.tokens[-1:], *s.after[:2]]]
    if how[0] in _MANNER and how[1:2] == ["as"] and how[2:] in (["you"], ["possible"]):
        # "Do this ten times as fast as you can": ten; "twice as far as you can", asked
        twice = s.tokens[0].raw.lower() in {"twice", "thrice"}
        said = f"{s.said().strip()!r}: a count, or a ratio? say which"
        yield s.fact("ambiguous", said) if twice else s.fact("reps", s.value("r"))
        return
    yield s.fact("note", f"a ratio, not a count: {s.said().strip()}")


#: How a count is done, not a ratio: "ten times as fast as you can".
_MANNER = frozenset("fast quickly hard high far slowly gently firmly big large wide strong".split())


def h_hold_m(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("hold", seconds(s.value("n"), "min"))
    yield s.fact("ambiguous", f"{s.said().strip()!r}: 'm' read as minutes; write 'min'")


FIRST_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "5 swings on the left and 5 swings on the right", "10L/10R": a count each side
    (
        "left_and_right",
        rf"(?P<r>N) (?!{NOT_AN_ADJECTIVE}|{TU} |{_MEASURED} )(?:(?!and |then )[a-z]+ ){{0,2}}(?:on |with |to |)"
        r"(?:the |your |)(?P<a>left|right|l|r) "
        r"(?:(?:leg|side|arm|foot|hand) )?(?:and |then |, |/ |& ){1,2}(?P<r2>N) "
        rf"(?!{NOT_AN_ADJECTIVE}|{TU} |{_MEASURED} )(?:(?!and |then )[a-z]+ ){{0,2}}(?:on |with |to |)"
        r"(?:the |your |)(?P<b>left|right|l|r) ",
        h_left_and_right,
    ),
    # "repeat a further 10 times", "repeat the process another 5 times": more, said first
    (
        "repeat_another",
        r"repeat (?:(?:it|this|the|exercise|process|sequence|movement|stretch|them|these|all) ){0,3}"
        rf"(?:a |)(?P<more>another |more ){QUAL}(?P<r>N) (?:x |reps )"
        r"(?!daily |weekly |a |per |each |every |/ )",
        h_another,
    ),
    # "Clams 15 each side x 3", "10/side x 3": the count for each side, then the sets
    (
        "side_count_then_sets",
        rf"(?P<r>N) (?:reps |)(?:(?:each|per|a|/|on each) {SIDE} |(?P<bare>each ))x (?P<s>N) (?=[.,;)] |$)",
        h_side_count_then_sets,
    ),
    # "Perform 10 repetitions and do 2-3x.", "Do 20 dips and repeat 3 times", "Lift 5 times
    # and repeat 3 times": the repetitions, then how many times: sets
    (
        "reps_then_times",
        # ("5 times, repeat 10 times" with no verb before it is left to the others)
        rf"(?P<r>N) (?:reps |(?<=[a-z] N )x |(?:(?!{TU} |{_MEASURED} |x |reps |sets )[a-z]+ )?(?:{EXERCISE_NOUNS}) "
        rf"|(?=(?:per|each|on each) (?:side|{SIDE}) ))"
        rf"(?P<side>(?:per|each|a|on each) (?:side|{SIDE}) )?(?:(?:, |and |then |\. ){{1,2}}"
        r"(?:do (?:it |this |them |these |)|repeat (?:it |this |them |these |)|)"
        # ("10 squats (repeat 3x)")
        r"|\( repeat (?:it |this |them |these |all |))(?P<s>N) x "
        r"(?=[.;)] |$|, (?!daily |a day |per day |each day |every day |ORD ))",
        h_sets_reps_per_side,
    ),
    # "Try to balance for 30 seconds to a minute": a balance held for a time
    (
        "balance_for",
        rf"(?:balance|balancing) (?!exercises |exercise |training |activities |classes |class |work |practice |drills |drill |sessions |session |programme |program |routine |routines )(?:(?!for |and |then )\S+ ){{0,4}}?for {QUAL}{dur('h')}",
        h_balance,
    ),
    # "Remain up to 5 minutes in this position": a position held
    (
        "held_in_a_position",
        rf"(?:remain|stay) {QUAL}{dur('h')}in (?:this|that|the|your) position ",
        h_hold,
    ),
    # "Do daily two times", "daily 3 times.": the sessions a day, said after the day
    (
        "daily_then_count",
        r"(?:do |)daily (?:, |)(?P<n>N) x (?=[.,;)] |$|or |for )",
        h_per_day,
    ),
    # "if pain lasts 3 days", "when symptoms persist for more than a week": how long a
    # symptom lasts, a condition, not the course
    (
        "symptom_lasts",
        rf"(?P<all>(?:(?:if|when|should|where|while|whilst|once) (?:you |they |)(?:have had |has had |have |has |had |get "
        rf"|experience |feel |)(?:the |your |any |)|(?:have|has|had|having|exhibit|exhibits"
        rf"|experience|experiences|experiencing|report|reports) (?:the |your |any |)|(?:(?<=^ )|(?<=[.,;:] ))(?:the |your |my |his |her |this |))(?:back |knee |neck |shoulder |hip |leg |arm |foot |heel |joint |)"
        rf"(?:{symptom_pattern()}|symptoms )(?:(?:has|have) (?:lasted|persisted)|lasted|persisted"
        r"|(?:has|have|had) been (?:present|there|ongoing|around|constant|going on)"
        r"|lasts|last|for|persists|persist|persisting|lingers|linger|remains|remain"
        r"|continues|continue|that lasts|which lasts) (?:for |)(?:more than |longer than |over |beyond "
        r"|at least |)(?:N|a|an|one) (?:hours|hour|days|day|weeks|week|months|month) "
        r"(?:after (?:a |the |each |your |)[a-z]+ )?)",
        noting("how long a symptom lasts, not the course"),
    ),
    # "until you've gone 24 hours without dizziness": when to stop, not a bout or a course
    (
        "criterion_free_for",
        r"until (?:you |you've |you have |you've been |you have been |)(?:gone |been |had |go |)"
        r"(?:N|a|an|one) (?:full |whole |)(?:hours|hour|days|day|weeks|week) (?:without|free of"
        r"|free from|with no) (?:any |)[a-z]+ ",
        h_criterion,
    ),
    # "twice-weekly classes", "three-times-weekly gym sessions": sessions a week, not in all
    (
        "weekly_classes",
        r"(?P<n>N) x (?:a |per |)(?P<p>weekly|daily) (?=(?:[a-z]+ ){0,2}(?:classes|class|session) )",
        h_count_a_period,
    ),
    # "Exercise 1 - Heel slides", "Step 2: ...", "No. 4:", "#5 wall sits": a list number
    # heading an exercise ("3. Bridges 3 x 10" is asked: a bare number may be a count)
    (
        "list_number",
        r"(?<=^ )(?P<all>(?:exercise|exercises|step|no|no \.|#) N )(?:\. |: |\) |)"
        r"(?!x |reps |sets |min |sec |hour |hours |day |days |week |weeks |each |per |a |/ |or |and |N |out |of )",
        noting("a list number, not a dose"),
    ),
    # "hands on each side of the chair", "a pillow either side of your knee": a place
    # ("Place a pillow on each side of their head": a thing put there, beside the body too)
    (
        "side_of_a_thing",
        rf"(?P<all>(?:{_PUT_THERE})(?:on |to |at |)(?:each|either|both) (?:side|sides) of "
        r"(?:the |your |their |his |her |a |an )?[a-z]+ "
        r"|(?:on |to |at |)(?:each|either|both) (?:side|sides) of (?:the |your |their |his |her |a |an )?"
        r"(?!(?:the|your|their|his|her|a|an|body|neck|head|spine|trunk|back|face|jaw|mouth|tongue|waist|chest|pelvis|hips|hip) )[a-z]+ )",
        noting("a place, not each side"),
    ),
    # "a 40 x 40 cm foam pad": a size
    (
        "size",
        r"(?P<all>N x N (?:x N )?(?:cm|mm|inch|inches) )",
        noting("a size, not a dose"),
    ),
    # "once a day instead of twice": the count the new one replaces
    (
        "replaced_count",
        r"(?P<all>(?:instead of|rather than|in place of) (?:the |your |)N (?:(?:x|sets of) N "
        r"(?:reps )?|x |reps |sets |)(?P<p>(?:a|per|each) (?:day|week) |daily |weekly )?)",
        h_replaced,
    ),
    # "Every 10 reps, switch legs", "every 4th rep, hold": a cue within the set
    (
        "cue_every_reps",
        r"(?P<all>(?:each|every) (?:N|ORD) (?:reps|squats|lunges|steps|jumps|lifts|raises) )",
        asking("a cue every so many repetitions, not the repetitions: say the dose"),
    ),
    # "12 x supervised group exercise sessions": how many sessions in all, not a dose
    (
        "sessions_in_all",
        r"(?P<all>N x (?:(?!reps |sets |a |per |each )[a-z]+ ){0,3}(?:session|classes|class|visits|visit) )"
        r"(?!(?:a|per|each|every|/) )",
        noting("sessions in all, not a dose"),
    ),
    # "about 3 weeks ago": a time past, not a course
    (
        "time_ago",
        rf"(?P<all>{QUAL}(?:N|a|an) (?:days|day|weeks|week|months|month|years|year) ago )",
        noting("a time past, not a course length"),
    ),
    # "Good mornings 3 x 8": an exercise's name, not a time of day
    ("good_mornings", r"(?P<all>good morning )", noting("an exercise")),
    # "Wear the knee brace for 6 weeks": the device's course
    (
        "device_worn",
        r"(?:wear|wearing|worn|use|using) (?:the |a |an |your |)(?:[a-z]+ ){0,2}?"
        r"(?:brace|splint|sling|boot|crutches|collar|cast|orthosis|bandage|insoles|stick|walker|frame|tape) ",
        h_device_worn,
    ),
    # "every hour or two", "every one or two hours": every 1-2 hours
    (
        "hour_or_more",
        r"(?:each|every) (?:one or (?P<b>N) (?:hours|hour) |(?:a |an |)hour or (?P<b2>N) (?:hours |hour |)(?!N |min |sec ))",
        h_hour_or_more,
    ),
    # "twice a day, three times if you can", "3 times a day, but usually only twice",
    # "Do 2 sets, 3 if you can", "Twice daily, once on run days"
    (
        "optional_count",
        r"(?<=, )(?:(?:but |)(?:usually |only |maybe |perhaps |at least |at most |up to ){0,3}(?P<r>N) x "
        r"(?=if |when |on (?!each |both |the |alternate |either ))"
        r"|but (?:usually |only |maybe |perhaps |at least |at most ){0,3}(?P<r2>N) x (?=[.,;)] |$)"
        r"|(?P<r3>N) (?=if (?:you can|able|possible|tolerated) |if possible ))",
        h_optional_count,
    ),
    # "hold 10 x 10": a 10 s hold 10 times, or 10 sets of 10?
    (
        "hold_no_unit_x",
        r"hold (?:for )?(?=N x N (?!sec |second |min |hour |hours |x ))",
        asking("a hold with no unit before 'N x N': say the hold in seconds and the count"),
    ),
    # "3 times a fortnight", "twice a month": neither a count a week nor an interval
    (
        "count_a_long_period",
        r"(?P<n>N) x (?:(?:a |per |each |every |in a |/ )(?P<p>fortnight|month|year) "
        r"|(?P<y>yearly |annually |per annum |a annum |every year ))",
        h_count_a_long_period,
    ),
    # "every other Monday", "alternate Fridays", "first Monday of the month": a weekday
    # every other week (or month), which the schedule cannot hold
    (
        "weekday_every_other_week",
        r"(?:(?:each|every) (?:ORD|other|second|third) |alternate |ORD |first |last )(?=DOW |weekend |weekends )",
        asking("a weekday every other week or month: say every 14 days, or the dates"),
    ),
    # "3 times throughout the week", "do it 3 times over the week": times a week
    (
        "times_during_the_week",
        rf"(?:repeat |repeated |do this |do it |){QUAL}(?P<n>N) x (?:during|throughout|through|over|across|in) "
        r"(?:the course of )?(?:the |each |a |your )?week ",
        h_per_week,
    ),
    # "Repeat this exercise 5 to 6 times throughout the day": times a day, not repetitions
    (
        "times_during_the_day",
        rf"(?:(?:repeat|repeated|do|perform) (?:this |it |these |each |the )?(?:exercise |exercises |stretch "
        rf"|stretches |movement |)|){QUAL}(?P<n>N) x (?:during|throughout|through|over|across) "
        r"(?:the course of )?(?:the |each |a |your )?(?P<work>work |working |school )?day ",
        h_times_during_the_day,
    ),
    # "at least twice and up to four times a day": a range of times a day ("Repeat at
    # least 3 and no more than 10 times": of repetitions)
    (
        "least_and_most_count",
        r"(?:(?:repeat|do|perform) (?:it |this |them |)|)(?:at least|a minimum of|no less than) (?P<lo>N) "
        r"(?:x )?(?:and |but |, |)(?:up to|no more than"
        r"|not more than|at most|a maximum of) (?P<hi>N) (?:x |reps )(?:(?:per |a |each |/ |in a )(?P<p>day|week) "
        r"|(?P<pd>daily|weekly) |(?!N |x |sets |every |each |per |a |/ |in a |daily |weekly ))",
        h_least_and_most_count,
    ),
    # "each stretch session should last no more than 1 minute": how long a session
    # lasts, whatever is done in it, not a hold
    (
        "session_lasts",
        rf"session (?:should |will |must |can |may |)(?:last|lasts|take|takes) (?:for )?{QUAL}{dur('b')}",
        h_bout,
    ),
    # "10 week program (longer if needed)": it may go on longer, which is not scheduled
    (
        "longer_if_needed",
        r"(?P<all>(?:or |)longer if (?:needed|necessary|required) )",
        noting("not scheduled"),
    ),
    # "a 3-day workout week", "a 4-day training week": days a week
    (
        "days_a_week_plan",
        r"(?:a |)(?P<n>N) day (?:workout |training |exercise |running |strength |lifting |session |)week ",
        h_per_week,
    ),
    # "40 seconds hard, 20 seconds off", "45 seconds on, 15 seconds off": intervals, work
    # then rest
    (
        "work_and_rest",
        rf"{dur('b')}(?:on|hard|work|fast|of work|of exercise|effort|sprint) (?:, |/ |and |then |)"
        rf"{dur('r')}(?:off|rest|easy|recovery|of rest|active rest|of recovery|of active recovery) ",
        h_work_and_rest,
    ),
    # "EMOM 10 minutes: 5 squats": every minute on the minute, a count each minute
    (
        "every_minute_on_the_minute",
        r"(?:emom|e2mom|otm) ",
        asking("every minute on the minute: say the repetitions and the minutes as a dose"),
    ),
    *EARLY_LOOKALIKE_RULES,
    *LATER_RULES,
    # "then do this a further three times": three more, as "three more times" is
    (
        "a_further_count",
        r"(?:(?:repeat|do|perform) (?:this |it |that |them |these |the exercise |)|)a (?P<more>more) (?P<r>N) x ",
        h_reps,
    ),
    # "once in 3 days", "3 times in 7 days", "twice every 3 days"
    (
        "count_in_days",
        r"(?P<n>N) x (?:in|every|each) (?P<d>N) days ",
        h_count_in_days,
    ),
    # "Rest every third day", "Take every third day off", "Every 3rd day is a rest day"
    (
        "rest_every",
        r"(?:rest|skip|off) (?:day |days |)(?:each|every) (?P<o>ORD|N|second) day "
        r"|(?:take )?(?:each|every) (?P<o2>ORD|N|second) day (?:off |(?=is (?:a )?(?:rest|day off) ))",
        h_rest_every,
    ),
    # "3 x 10, 3 days this week": days this week, not a course
    (
        "days_this_week",
        r"(?:, )?(?P<n>N) (?:days|day) this week ",
        h_per_week,
    ),
    # "twice as many", "twice as long": a ratio, not a count
    (
        "times_as",
        r"(?P<r>N) x as (?:VAGUE|many|much|long|slowly|slow|far|often|hard|fast|high|quickly"
        r"|likely|common|prevalent|frequent|frequently|effective|strong|big|great|large|prone) ",
        h_times_as,
    ),
    # "breakfast, lunch and dinner", "at lunch and supper": a session at each meal
    (
        "meals",
        r"(?:at |with |)(?:breakfast|lunch|dinner|supper|tea) (?:(?:, |and |& )(?:breakfast|lunch|dinner|supper|tea) ){1,4}",
        h_meals,
    ),
    # "hold 1m": minutes, or metres?
    ("hold_m", r"hold (?:for )?(?P<n>N) m (?!N )", h_hold_m),
    # "In 2 weeks time, ...", "In 6 weeks you can start jogging", "Two weeks from now,",
    # "2 weeks in,": when to start, said first, not a course
    (
        "start_said_first",
        r"(?:(?<=^ )|(?<=\. ))(?P<all>in (?:N|a) (?:days|weeks|months|day|week|month) (?:' |)(?:s |)(?:time |)"
        r"(?=, |you |begin |start |we )|(?:N|a) (?:days|weeks|months) (?:from (?:now|today) |in (?=, )))",
        h_start_after,
    ),
    # "Until 12 weeks, no running", "For the first 6 weeks avoid stairs": a restriction's
    # time
    (
        "restriction_first",
        r"(?:until|till|for|up to|during|in|over|within) (?:the (?:first |next |initial |)|your (?:first |)|)"
        r"(?:N|a) (?:days|weeks|months|day|week|month) (?:post op |after surgery |)(?:, |: |- |)"
        r"(?=no |avoid |do not |don't |dont |not |never |you (?:should|must) (?:not|avoid|never) )",
        asking("a time said before a restriction: the course of the restriction, not the exercise"),
    ),
    # "Lift your hips, pause 2 to 3 seconds, then lower slowly": a pause held at the top,
    # not a rest between repetitions
    (
        "pause_then_lower",
        rf"rest (?:for |)(?:{QUAL}){dur('h')}(?=(?:, |)(?:and |)then (?:lower|return|relax|release|slowly) )",
        h_hold,
    ),
    # "15 min/hr": a bout in each hour
    (
        "bout_each_hour",
        rf"{dur('b')}(?:/ |per |an |a |each |every )hour (?!before |after |later |prior )",
        h_bout_each_hour,
    ),
    # "3 x 10 am": 3 x 10 in the morning, or three times at 10:00?
    (
        "dose_or_clock",
        r"N x TIME ",
        asking(
            "a count before a clock time: a dose in the morning or evening, "
            "or times at that hour? say which"
        ),
    ),
)
