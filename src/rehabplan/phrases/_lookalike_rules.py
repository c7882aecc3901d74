"""
Rules for words that look like a timing or a count and are not one: the weeks of a plan,
"once" said as "when", a later week's count, a second session, an age, "while walking",
"I am", a rate of progress a week, a condition on a progression or a support ("add
weight if needed"), the step of a progression ("each week, increase by 5 minutes") and
everyday life ("daily activities"). Each is read as what it is, so no timing rule takes it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._breaks import active_breaks
from rehabplan.phrases._course_handlers import h_progression_note
from rehabplan.phrases._day_rules import DAY_LOOKALIKE_RULES
from rehabplan.phrases._facts import Fact, Handler, Span
from rehabplan.phrases._handlers import asking, h_nothing, h_per_week, noting
from rehabplan.phrases._handout_handlers import h_once_a_state
from rehabplan.phrases._patterns import (
    A_STEPS_WORDS,
    CADENCE_UNIT,
    CHECK_AS_A_REVIEW,
    COUNTED_SLOT,
    DAYU,
)
from rehabplan.phrases._weekday_handlers import h_weekends_included

__all__ = ["EARLY_LOOKALIKE_RULES", "LOOKALIKE_RULES"]


_note_condition = noting("a condition on how it is done, not as needed")


def h_once_when(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Read "once a stretch is felt" as "when"; "Lift 10 times your muscles ..." is 10 reps."""
    if s.tokens[0].raw.lower() != "once":
        yield s.fact("reps", s.tokens[0].value)


def h_condition_on_doing(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    Note the condition; "switching legs as needed" still says each side is done, and
    "take stretch and exercise breaks as needed" are the exercise, as needed.
    """
    if active_breaks(s):
        yield s.fact("prn", True)
        return
    yield from _note_condition(m, s)
    if s.tokens[0].raw.lower().startswith(("switch", "alternat", "chang")):
        yield s.fact("per_side", True)


#: What a progression adds or takes away: the load, the count, the distance.
_LOADS = (
    "weight|weights|load|resistance|band|bands|kg|lb|lbs|dumbbell|dumbbells|reps|sets|"
    "difficulty|intensity|distance|speed|exercise|exercises|it|them"
)


def h_milestone(m: re.Match[str], s: Span) -> Iterable[Fact]:
    said = s.raw("all")
    dosed = {t.sym for t in s.clause if t.start < s.tokens[0].start} & {"x", "sets", "reps"}
    # ("by 6 weeks, 3 x 15": the dose after it, in the same sentence)
    sentence_after = itertools.takewhile(lambda t: t.sym not in {".", ";"}, s.after)
    dosed |= {t.sym for t in sentence_after} & {"x", "sets", "reps"}
    if dosed:  # "You should manage 3 x 15 by 6 weeks": a target by then, or the dose now?
        yield s.fact("ambiguous", f"{said!r}: a dose to reach by then, or to do now? say which")
        return
    yield s.fact("note", f"a milestone, not a course: {said}")


def h_total_over_sets(m: re.Match[str], s: Span) -> Iterable[Fact]:
    total = next(s.value(g) for g in ("t", "t2", "t3", "t4") if s.has(g))
    sets = next(s.value(g) for g in ("s", "s2", "s3", "s4") if s.has(g))
    said = s.said().strip()
    if s.has("t4"):  # "Do 20 reps in 2 sets": 2 sets of 20, or 20 in all?
        yield s.fact("sets", sets)
        yield s.fact("reps", total)
        yield s.fact("ambiguous", f"{said!r}: {total} in each set, or {total} in all? say which")
        return
    yield s.fact("sets", sets)
    if isinstance(total, int) and isinstance(sets, int) and sets and total % sets == 0:
        yield s.fact("reps", total // sets)  # "30 reps split into 3 sets": 3 sets of 10
        yield s.fact("note", f"a total of {total} over {sets} sets: {said}")
        return
    yield s.fact("ambiguous", f"{said!r}: a total over the sets; say the repetitions of each set")


def h_one_repetition_is(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """'to complete one repetition': what one repetition is, not the count."""
    count = next((t for t in s.tokens if t.sym == "N"), None)
    if count is not None and count.value != 1:  # "this makes 10 reps": the count
        yield s.fact("reps", count.value)
        return
    yield s.fact("note", f"what one repetition is, not the count: {s.said('all')}")


def h_load_cadence(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """'add weight every 2 weeks': how often a progression steps; with no size, asked."""
    yield from h_progression_note(m, s)
    cadence = {"each", "weekly", "fortnightly", "monthly", "daily"}
    step = itertools.takewhile(lambda t: t.sym not in cadence, s.tokens)
    said = s.said().strip()
    if not s.has("swap") and all(t.sym != "N" for t in step):
        yield s.fact("ambiguous", f"{said!r}: a change with no size: say the step")
    elif s.has("swap") and s.after[:1] and s.after[0].sym == "N":
        # "rotate the exercise daily 10 times": exercises changed daily, or a rotation done
        # 10 times each day?
        yield s.fact("ambiguous", f"{said!r} before a count: how often to change, or to do it?")


def h_step_cadence(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "Every 2 weeks, add 5 seconds": how often the programme grows, which is no schedule
    # of sessions; "Review the programme every 6 weeks": asked (a review has its own days)
    said = s.raw("all") + (" " + s.raw("step") if s.has("step") else "")
    if s.has("review"):  # "Retest yourself every four weeks": a test on its own days?
        yield s.fact(
            "ambiguous", f"{said!r}: a review or a test on its own days, not the sessions?"
        )
        return
    yield s.fact("note", "how often the progression steps, not the sessions: " + said)
    if s.has("grows"):
        yield s.fact("progression", True)


#: Where a heading starts: the text's start, a mark, "in", or a dash kept between numbers.
_HEAD = r"(?:(?<=^ )|(?<=[,;:(•|.] )|(?<= in )|(?<= - ))"


def h_week_heading(m: re.Match[str], s: Span) -> Iterable[Fact]:
    said = " ".join(t.raw for t in s.tokens)
    yield s.fact("ambiguous", f"{said!r} heads a part of a plan: that part's dose only?")


def h_day_and_the_next(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "3 x 10 one day and rest the next": every other day; "walk one day and cycle the
    # next": each of two activities every other day, asked
    yield s.fact("every_days", 2)
    said = [t.raw.lower() for t in s.after[:10]]
    turn = said.index("the") if "the" in said else len(said)
    rest_next = bool({"rest", "off"} & set(said[:turn])) or "off" in said[turn : turn + 4]
    if not rest_next or {"then", "week", "daily"} & set(said[turn:]):
        # "walk one day and cycle the next", "lift one day, cardio the next, then rest"
        yield s.fact("ambiguous", "days in turn: each activity every other day? say the days")


LOOKALIKE_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "each week of the schedule do ... on Monday and Thursday": the weeks of the plan,
    # not how often
    (
        "week_of_the_plan",
        r"(?:each|every|for each|in each) week of (?:the |this |your |our |my )?"
        r"(?:schedule|programme|program|plan|course|training) ",
        h_nothing,
    ),
    # "hold 30 seconds once a stretch is felt": "once" is "when", not a count
    (
        "once_when",
        r"N x (?:a |the |your |you |it |this |they )"
        r"(?:(?!day |week |month |hour |x |N )[a-z]+ ){0,2}"
        r"(?:is |are |has |have |feel |feels |can |starts |begins |gets |get )",
        h_once_when,
    ),
    # "3 times this week, 4 times next week": a later week's count, asked
    (
        "next_week",
        r"N (?:x |days |day )(?:next|the following|the next) week "
        r"|(?:next|the following) week (?:, )?N x ",
        asking("a later week's count: read the weeks as stages with parse_prescription"),
    ),
    # "take a second walk each day": another session, so how many in all?
    (
        "a_second_session",
        r"a second (?:session|sessions|walk|walks|run|runs|workout|workouts|ride|swim) ",
        asking("another session: say how many in all"),
    ),
    # "adults over 45 years old", "aged 70": an age, not a course
    (
        "age",
        r"(?:a |an |over |under |about |)N (?:- )?(?:years|year) (?:- )?(?:old |of age )"
        r"|(?:aged|age|ages) N (?:(?:-|to) N )?(?:years |)"
        r"|(?:(?<= people )|(?<= adults ))(?:over |under |aged |)N (?:years |year )"
        r"|(?:over |under |)N (?:years|year) (?:and|or) (?:older|over|above|younger|under) ",
        h_nothing,
    ),
    # "squeeze while walking", "keep your back straight while walking": how, not when
    (
        "while_moving",
        r"(?P<all>(?:while|whilst) (?:you |you are |you're |)(?:walking|walk|running|run|exercising"
        r"|exercise|cycling|swimming|sitting|standing|lying) )",
        noting("how it is done, not a time to tie the session to"),
    ),
    # "when I am performing": a verb, not the morning
    ("i_am", r"i am (?=[a-z])(?!and |or |pm )", h_nothing),
    # "increase by 10% each week": a rate of progress, not a session a week
    (
        "percent_a_week",
        r"(?:by |at |of |)(?P<all>N % (?:more |increase |increment |)(?:(?:each|a|per|every) week |weekly ))",
        noting("a rate of progress a week, not a session a week"),
    ),
    # "add weight if needed", "increase weight by 1 kg if needed", "if needed, add a
    # band", "hold onto a chair if needed": a condition on the progression or on a
    # support, not sessions as needed ("add an afternoon stretch as needed" is one)
    (
        "progression_condition",
        r"(?P<all>(?:(?:add|adding|increase|increasing|progress|progressing|reduce|reducing|"
        r"decrease|decreasing) (?:(?!if |as |when |and |then )(?:[a-z]+|N) ){0,3}"
        rf"(?:{_LOADS}) (?:(?!if |as |when |and |then )(?:[a-z]+|N) ){{0,3}}"
        r"|(?:hold on to|hold onto|holding onto|hold) (?:a |the |your |)"
        r"(?:chair|wall|table|counter|rail|support|something|worktop|bench) (?:for support )?"
        # "(switching legs and arms as needed)": when to change sides
        r"|(?:switching|switch|alternating|alternate|changing|change) (?:[a-z]+ ){0,2}"
        r"(?:sides|side|legs|leg|arms|arm|hands|hand) (?:[a-z]+ ){0,3}"
        # "with breaks taken in between each set as needed": the rests, not the sessions
        r"|(?:breaks|break) (?:[a-z]+ ){0,5}"
        # "(supported if needed)", "using an assistive device for support as needed",
        # "you can shift them around as needed": how, or which days, not how often
        r"|(?:supported |with support (?:[a-z]+ ){0,3}(?:, )?|using (?:[a-z]+ ){0,3}for support "
        r"|(?:shift|move|swap|rearrange) (?:them |it |these |the days |your sessions )"
        r"(?:around )?)"
        r")"
        r"(?:if|when|as) (?:needed|required|necessary) "
        rf"|(?:if|when|as) (?:needed|required|necessary) , (?:add|increase|progress|reduce) "
        rf"(?:(?:[a-z]+|N) ){{0,2}}(?:{_LOADS}) )",
        h_condition_on_doing,
    ),
    # "Each week progress the time you walk by 2 to 5 minutes": the step of a progression,
    # not a session a week
    (
        "weekly_step",
        r"(?:(?<=^ )|(?<=\. )|(?<=; )|(?<=: )|(?<=, )|(?<= and )|(?<= then )|(?<=\( ))"
        r"(?P<all>(?:each|per) week (?:, )?"
        r"(?:(?:she|he|you|we|they|i|can|will|should|may|might|then) ){0,2}"
        r"(?:progress|increase|add|adds|extend|lengthen|increases|progresses) "
        r"(?:(?!by )[a-z]+ ){0,8}(?:by |)(?:N|a) (?:min |sec |reps |sets |x |kg |lb |% |))",
        noting("progression"),
    ),
    # "daily activities", "activities of daily living": everyday life, not a session a day
    (
        "daily_life",
        # ("walk 20 min daily, activity permitting" is daily)
        # ("30 minutes of daily physical activity" is daily)
        r"(?:(?<!min )(?<!hour )(?<!hours )(?<!days )of |(?<= your )|(?<= my )|(?<= their )|(?<= the )|(?<= normal )|(?<= usual )"
        r"|(?<= with )|(?<= in )|(?<= during )|(?<= perform )|(?<= performing )|(?<= affect )"
        r"|(?<= and )|(?<= a )|(?<= any ))daily (?:physical |)"
        r"(?:activities|activity|tasks|task|life|living|chores|ritual|rituals|intake) "
        # "improved everyday hand tasks": "everyday" before a noun is ordinary, not daily
        r"|everyday (?:[a-z]+ |)(?:activities|activity|tasks|task|life|living|chores|things"
        r"|movements|movement|functions|function|situations) ",
        h_nothing,
    ),
    # "Once you're 16 weeks pregnant": a stage of pregnancy, not a course ("for 6 weeks
    # postpartum" is one)
    (
        "weeks_pregnant",
        r"(?<!for )(?P<all>(?:N|a) (?:weeks|week|months|month) (?:pregnant|gestation) )",
        noting("a stage of pregnancy, not a course length"),
    ),
    # "then relax for five seconds to complete one repetition": what one repetition is
    (
        "one_repetition_is",
        r"(?P<all>(?:to complete|completes) (?:N|a) (?:reps|cycle) )",
        h_one_repetition_is,
    ),
    # "Here are eight stretches to add to your routine", "Practice all three stretches":
    # how many exercises, not reps
    (
        "count_of_exercises",
        r"(?P<all>(?:(?:here are|there are|these are|try these|try|the following|following) "
        r"(?:the |these |)|(?:all|these|those|the(?: last| other| ORD| next| first| remaining"
        r"| above)?) "
        # ("choose one or two calf stretches", "pick 3 exercises from the list")
        r"|(?:choose|chose|pick|select) (?:any |)"
        r")N (?:(?!daily |weekly )[a-z]+ ){0,2}"
        r"(?:stretches|exercises|moves"
        r"|poses|movements) )",
        noting("a count of exercises, not repetitions"),
    ),
    (
        # "do 2 or 3 different stretches": how many, not how often each
        "count_of_different_exercises",
        r"(?P<all>N (?:or N |- N |to N |)different (?:[a-z]+ |)(?:stretches|exercises|moves"
        r"|poses|movements|drills|positions) )",
        noting("a count of exercises, not repetitions"),
    ),
    (
        # "2 to 3 times longer than the time you inhale": a ratio, not a count
        "times_longer",
        r"N x (?:longer|shorter|as long|as much|more|less|faster|slower|harder|bigger|greater)"
        r" (?:than |as )|N x as (?:great|high|big|heavy|fast) as (?!you |possible |is |comfortable )"
        # ("imagine it is 3x higher": a comparison said without its "than")
        r"|N x (?:longer|shorter|faster|slower|harder|bigger|greater|higher|lower|heavier|lighter|stronger|weaker|likelier|larger|smaller) (?=[.,;)] |$)"
        # ("3 times higher risk", "2 times more likely": a comparison before its noun; "three
        # times commoner in men", "3 times more common in girls": between two groups)
        r"|N x (?:higher|greater|larger|smaller|bigger|likelier|commoner|rarer"
        r"|(?:more|less) (?:likely|common|prevalent|frequent|prone|often seen)) "
        r"|N x (?!rather |other |whether |either |ever |never |over |after |under )[a-z]{2,}er than "
        # "by twice the amount", "three times the weight"
        r"|N x the (?:amount|number|weight|load|force|distance|size) ",
        h_nothing,
    ),
)

#: Tried with the first rules: they must beat the dose and timing rules at the same word.
EARLY_LOOKALIKE_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "Every 2 weeks, add 5 seconds", "Each fortnight: +2 reps", "Weekly: increase by
    # 10%": the cadence of a step up; "Review the programme every 6 weeks", "Change to a
    # stronger band every 2 weeks": of a review or a change
    (
        "step_cadence",
        # (said first in its sentence: "Do a long run each week, increase by 5 minutes" runs
        # each week)
        rf"(?:(?<=^ )|(?<=[.;:(] ))(?P<all>(?:each|every) (?:N |ORD |other |second |third |){CADENCE_UNIT}"
        r"|weekly |fortnightly |monthly )(?:, |: |- |)"
        r"(?:(?P<step>\+ N (?:reps|sets|sec|second|min|x|kg|lb|%) )"
        r"|(?=(?P<grows>add|adding|increase|increasing|progress|progressing|raise) "
        rf"|(?P<review>review|retest|re test|{CHECK_AS_A_REVIEW}|update) |(?:change to|change the|upgrade|reduce|decrease) ))",
        h_step_cadence,
    ),
    (
        "change_cadence",
        rf"(?P<all>(?:change to|(?P<review>review|reviewed|retest|re test|{CHECK_AS_A_REVIEW}|checked|update|updated"
        r"|recorded|measured|assessed|reassessed|monitored|tested|retested|weighed|evaluated)|upgrade"
        r"|progressed|upgraded) (?:(?!each |every |N |x |sets |reps |daily )[a-z'-]+ ){0,6}"
        rf"(?:each|every) (?:N |ORD |other |second |third |){CADENCE_UNIT})",
        h_step_cadence,
    ),
    # "add weight every 2 weeks", "by 0.5 km/h each week", "change exercises every 4 weeks":
    # how often a load or a level steps, not the sessions ("add 1 rep every other day" is a
    # progression with its step; "use the band daily" and "Change your shoes and do the
    # exercises daily" are the sessions)
    (
        "load_cadence",
        r"(?P<all>(?:(?:add|adding|increase|increasing|double|doubling|go up|step up|move up"
        r"|move to|swap to|switch to|progress|change|(?:(?<=^ )|(?<=[.,;:] ))up(?= your | the )"
        r"|reduce|reducing|decrease|decreasing|cut|halve)"
        r" |(?:use|try) (?=a heavier |a harder |a stronger |a thicker |the next ))"
        r"(?:(?:the|a|an|your|my|one|another|heavier|harder|stronger|thicker|bigger|next|more"
        r"|extra|to|onto|on|up|bit|little|of|slightly|some|VAGUE|walking|running|red|green|blue"
        r"|yellow|black|purple|orange|grey|silver|gold|chair|seat|step|box|bench|table|number"
        r"|amount|and(?! hold)) ){0,4}"
        r"(?:weight|weights|load|band|bands|level|levels|resistance|reps|sets|difficulty"
        r"|intensity|incline|speed|distance|mileage|pace|dumbbell|dumbbells|kettlebell"
        r"|colour|color|height|bar|box|step|chair|seat|bench|distances|sec|time|duration"
        r"|amount|hold|holds) "
        r"(?:colour |color |up |down |you (?:run|walk|swim|cycle|lift|use) |)"
        rf"(?:N % |by N {A_STEPS_WORDS}|to N |)"
        r"|(?P<swap>(?:change|changing|vary|rotate|switch|swap) (?:the |your |)(?:exercises|exercise) ))"
        rf"(?:(?:each|every) (?:N |ORD |other |second |third |){CADENCE_UNIT}"
        r"|weekly |fortnightly |monthly |daily )",
        h_load_cadence,
    ),
    # "Lower the reps by 2 each week" ("Raise the dumbbell daily" is the exercise)
    (
        "lowered_load_cadence",
        r"(?P<all>(?<! and )(?:lower|lowering|raise|raising) (?:the |your )(?:(?:chair|seat|step"
        r"|box|bench|table|bar|number of|amount of) )?(?:reps|sets|level|resistance|intensity"
        r"|difficulty|height|speed|distance|load|incline|weight|weights|step|box|bar) "
        rf"(?:by N {A_STEPS_WORDS}|)(?:(?:each|every) (?:N |ORD |other |second |third |)"
        rf"{CADENCE_UNIT}|weekly |fortnightly |monthly ))",
        h_load_cadence,
    ),
    # "move the plan back 2 weeks", "within 30 days of stroke onset": a shift or a window
    # of time, not the course
    (
        "shift_or_window",
        r"(?P<all>(?:move|moved|moving|push|pushed|pushing|put|set|setting) (?:[a-z']+ ){0,3}"
        rf"back (?:by )?(?:N|a) {DAYU} |within (?:N|a) (?:{DAYU}|hours|hour) "
        r"(?:of|after|from|following) )",
        noting("a shift or a window of time, not a course length"),
    ),
    # "daily, including weekends": every day, the weekend too, not the weekend only
    (
        "weekends_included",
        r"(?P<all>(?:including|incl|inc|even on|even at) (?:\. |)(?:the |)weekends "
        r"|weekends (?:included|too|as well) )",
        h_weekends_included,
    ),
    # "Full extension by 2 weeks", "Running by 16 weeks": when something is reached, not
    # the course ("increase by 2 weeks" is a step)
    (
        "milestone_by",
        r"(?<!increase )(?<!reduce )(?<!extend )(?<!decrease )(?<!increased )(?<!reduced )"
        r"(?<!followed )(?P<all>by (?:about |around |approximately |approx |the end of |)(?:the |)"
        r"(?:N (?:day|days|week|weeks|month|months) |week N |month N |ORD (?:week|month) )"
        r"|by the end of (?:the |this |your |)(?:ORD |first |)(?:week|month|day) |by DOW "
        r"|by your next (?:appointment|visit|review|session) )",
        h_milestone,
    ),
    # "Increase your weekly mileage by 10%", "Keep a daily diary": a measure or a record
    # said by the day or the week, not how often to exercise
    (
        "daily_measure",
        r"(?<! min )(?<! sec )(?<! second )(?<! hour )(?<! hours )(?<! x )(?<! N )"
        r"(?P<all>(?:daily|weekly|monthly) (?:high |low |total |)"
        r"(?:running |walking |exercise |training |step |pain |)"
        r"(?:distance|mileage|volume|time|count|score|diary|log|journal|progress|plan|limit|activities"
        r"|living|tasks|total|target|targets|goal|goals|average|steps|intake|allowance|record|chart"
        r"|load|improvement|improvements|gain|gains|loss|rate|level(?= (?:(?:of|below|above|under|over|in|on|at|to|is|was|and|or|[.,;:)!?]) |$))|levels"
        r"|activity level|activity levels) "
        # "the weekly number of hours" ("a daily amount of walking" is daily)
        r"|(?<! a )(?:daily|weekly|monthly) (?:number|amount|hours|calories|min(?= of )) "
        # "the maximum daily dose": a limit, not a dose a day
        r"|(?<= maximum )(?:daily|weekly) session )",
        noting("a measure or a record, not how often"),
    ),
    # "Alternate between a strength workout one day and an aerobic activity the next":
    # days taken in turn, not a course of one day
    (
        "one_day_and_the_next",
        r"(?P<all>N day )(?!on |off |split )(?=(?:(?![.;] )\S+ ){1,8}the (?:next|after) "
        r"(?!N |ORD |morning |afternoon |evening |night |week |time |session ))",
        h_day_and_the_next,
    ),
    # "Hold between 2 minutes and 1 minute": two lengths, the longer first
    (
        "lengths_longer_first",
        r"between N (?:sec|second|min|hour|hours) and (?:N|a) (?:sec|second|min|hour|hours) ",
        asking("two lengths, the longer first: say the range, shorter first"),
    ),
    *DAY_LOOKALIKE_RULES,
    # "flip over once in a while": now and then, not once
    ("once_in_a_while", r"N x in (?:a while|awhile) ", asking("once in a while: say how often")),
    # "almost daily", "nearly every day": most days
    (
        "almost_daily",
        r"(?:almost|nearly) (?:daily|each day) ",
        asking("almost every day is most days: say the days a week"),
    ),
    # "spread over at least 3 days of the week": days a week ("2 days of the week are
    # rest days" are not)
    (
        "days_of_the_week",
        r"(?:(?:spread |)(?:over|across) |)(?:at least |)(?P<n>N) days of the week (?!are |as |is |off |will |should |must )",
        h_per_week,
    ),
    # "Option 2 - 5x5": a heading's number, then the dose
    (
        "option_heading",
        rf"{_HEAD}(?:option|session|workout) N (?=N (?!session ))|(?:option|session|workout) N (?=- N )",
        h_week_heading,
    ),
    # "Week 1 - 3 x 10", "Day 2 - 3x10": the dose of one week or day of a plan
    (
        "week_heading",
        rf"{_HEAD}(?:week|day|month) N (?=N (?!session ))|(?:week|day|month) N (?=- N )",
        h_week_heading,
    ),
    # "Look left and right", "Twist left and right 10 times": the directions of one
    # movement, not each side
    (
        "directions_of_a_movement",
        "(?:" + "|".join(f"(?<= {words} )" for words in lx.BEFORE_DIRECTIONS) + ")"
        r"(?P<all>(?:to the |)(?:left and (?:to the |)right|right and (?:to the |)left) )"
        # ("..., then left and right leg 10 times": each leg)
        r"(?!(?:leg|legs|arm|arms|side|sides|hand|hands|foot|feet|knee|knees|lead) )",
        noting("directions of one movement, not each side"),
    ),
    # "Once healed, swim twice a week", "Once stable, hold for 30 seconds": "once" says when
    (
        "once_a_state",
        r"N x (?!weekly |daily |monthly |a |per |each |every |more |only |again |or |and |N )"
        r"(?=(?:(?:the |your |you're |)[a-z]+ |)(?:fully |completely |)"
        r"(?:[a-z]+ed|stable|mobile|confident|independent|upright|comfortable|able|strong|ready|tolerant|capable|in place|in position"
        r"|home|pain free|painfree) )"
        # "Once at home, ...", "Once morning walks are easy, ...": said first, a clause read
        # with it (not "3 x morning, noon and night", "3 x before meals", "once in the morning")
        r"|(?:(?<=^ )|(?<=[.;] ))N x (?!weekly |daily |monthly |a |an |per |each |every |more |only "
        rf"|again |or |and |N |x |in a |for |you |your |(?:before |after |){COUNTED_SLOT} "
        rf"(?:, |and |& )|(?:before |after |)meals |(?:in |at |during )(?:the |){COUNTED_SLOT} "
        # ("3 times on each leg, hold 20 s": a count with its side)
        r"|(?:on |with |per |for |using |to |)(?:each|both|either|alternate|left|right|the other) )"
        r"(?:[a-z']+ ){1,4}(?=, )",
        h_once_a_state,
    ),
    # "30 reps split into 3 sets": a total, each set its share ("Do 20 reps in 2 sets" is asked)
    (
        "total_over_sets",
        r"(?P<t>N) (?:reps |x )(?:, |)(?:split|divided|spread|broken|shared) (?:up |out |)"
        r"(?:into|over|across|between|among) (?P<s>N) sets "
        r"|(?P<t2>N) reps across (?P<s2>N) sets "
        r"|(?P<s3>N) sets (?:totalling|totaling|adding up to|making|for a total of) (?P<t3>N) reps "
        r"|(?P<t4>N) reps (?:in|over) (?P<s4>N) sets ",
        h_total_over_sets,
    ),
    # "in the morning when you are less stiff", "when your pain is least": why this time
    # was chosen, not sessions as needed
    (
        "reason_for_the_time",
        r"(?P<all>(?:when|while) (?:you (?:are |feel |)|you're |your [a-z]+ (?:is |are |feels |feel |)"
        r"|it is |it's |)(?:least|less|lowest|lower|at (?:its|their|your) (?:lowest|least|best)) "
        r"(?!than )(?:[a-z]+ |))",
        noting("why this time, not as needed"),
    ),
)
