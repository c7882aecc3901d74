"""
Rules for how often in a day: "twice daily", "3x/day", "every 2 hours", "hourly", "each
morning", "most days", a few times a day (asked). They open `_timing_rules.TIMING_RULES`.
"""

from __future__ import annotations

from rehabplan.phrases._course_handlers import (
    h_code_range,
    h_morning_and_evening,
    h_noon,
    h_program_length,
    h_progression_note,
    h_stage,
    h_step_with_no_when,
)
from rehabplan.phrases._facts import Handler
from rehabplan.phrases._handlers import (
    asking,
    h_every_hours,
    h_per_day,
    h_per_day_one,
    h_per_day_slot,
    h_q_slot,
    h_round_clock,
    h_vague,
    h_waking,
    noting,
)
from rehabplan.phrases._how_often_handlers import (
    h_at_all_times,
    h_count_at_slots,
    h_count_each_period,
    h_every_hours_or_half,
    h_most_times,
    h_sessions_of_a_length,
)
from rehabplan.phrases._patterns import (
    COUNTED_SLOT,
    DAYU,
    EVENT,
    EXERCISE_NOUNS,
    LATER_ACTIVITY,
    PER,
    QUAL,
    SLOT,
)
from rehabplan.phrases._per_24_hours import h_per_24_hours

__all__ = ["DAY_LOOKALIKE_RULES", "DAY_RULES", "SESSIONS_OF_A_LENGTH_RULES", "STEP_RULES"]

#: How often in a day, tried first of the timing rules, in this order.
DAY_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "at the beginning and end of each day": morning and evening
    (
        "start_and_end_of_the_day",
        r"(?:at |)the (?:start|from) and (?:the |)end of (?:the |each |every |your |a |)"
        r"(?:working |work |)day ",
        h_morning_and_evening,
    ),
    # "Duration: 9:16": a video's length, not a clock time
    (
        "a_length_in_minutes",
        r"(?P<all>(?:duration|length|running time) (?:: |- |)TIME (?:(?:to |- |)TIME )?)",
        noting("a length, not a time of day"),
    ),
    # times a day
    (
        "x_n_daily",
        rf"x (?P<n>N) (?:(?:{PER})(?:day|daily)|daily|everyday|eachday) ",
        h_per_day,
    ),
    (
        "vague_day",
        # ("several short sessions throughout the day": a word or two may describe them)
        r"(?:a )?VAGUE (?:(?!x |session |time |of )[a-z]+ ){0,2}(?:x |session |time |of x )(?:per |a |each |in a |over the course of (?:the )?|throughout (?:the )?|during (?:the )?|through (?:the )?)?(?:day|daily|week|weekly|eachday) ",
        h_vague,
    ),
    (
        "vague_intervals",
        r"(?:at )?VAGUE intervals (?:(?:throughout|during|through) (?:the )?day )?"
        # "periodically throughout the day"
        r"|VAGUE (?:throughout|during|through) (?:the )?day ",
        h_vague,
    ),
    (
        "most_days",
        r"most days (?:of the week |of a week |)|(?:almost|nearly|most|practically|virtually) (?:each|all) (?:day|days) "
        # ("most evenings", "some nights", "most late evenings": not every one)
        r"|(?:most|VAGUE) (?:of the )?(?:early |late |weekdays |weekends )?"
        r"(?:morning|evening|night|nights|afternoon|lunch x|lunch) "
        r"|most DOW (?:morning|evening|night|nights|afternoon) ",
        h_most_times,
    ),
    (
        "n_times_slot",
        rf"(?P<n>N) x (?:(?:in|at|during) (?:the )?|each |every )(?=(?:early |late )?{SLOT} )",
        h_per_day_slot,
    ),
    (
        "n_times_through_day",
        r"(?P<n>N) x (?:throughout|through|during|over|across) (?:the )?day ",
        h_per_day,
    ),
    (
        "code_range",
        r"(?P<a>N) x daily (?:-|to|or|/) (?P<b>N) x daily ",
        h_code_range,
    ),
    (
        "per_day",
        rf"{QUAL}(?P<n>N) (?:x |session |time )(?:{PER})?(?:daily|day|everyday|eachday) ",
        h_per_day,
    ),
    (
        # "two every day", "2 a day": a count taken at a time, once a day (asked)
        "count_each_day",
        r"(?P<n>N) (?:a |each )(?:day|daily) ",
        h_count_each_period,
    ),
    (
        "per_day_slash",
        rf"{QUAL}(?P<n>N) (?:per |a |/ |each |p )(?:day|daily) ",
        h_per_day,
    ),
    (
        "per_24_hours",
        rf"{QUAL}(?P<n>N) (?:x |session |time )?(?:in|per|every|each|within) (?:a |any )?(?:24|N) (?:hours|hour) "
        # "once an hour", "three times an hour": a count in each hour
        rf"|{QUAL}(?P<n1>N) x (?:in |)(?:a |per |each |/ )hour (?!before |after |later |prior )",
        h_per_24_hours,
    ),
    (
        "every_hours",
        # "a 2-hour session" is a length: after "a", only "an hour" is a frequency
        # ("an hour before exercise" is a time before the event, not hourly)
        rf"(?:(?:each |q ){QUAL}(?P<n>N)? (?:hour|hours|hourly) "
        # ("within an hour", "for an hour", "in half an hour": a length, not hourly)
        rf"|(?<! within )(?<! in )(?<! for )(?<! over )(?<! half )(?<! than )(?<! about )"
        rf"(?<! to )(?<! least )(?<! nearly )(?<! almost )(?<! under )(?<! around )(?<! walk )"
        rf"(?<! run )(?<! cycle )(?<! swim )(?<! bike )(?<! jog )(?<! ride )"
        rf"a (?:hour|hours|hourly) (?!before |after |later |prior |beforehand |afterwards |each (?:morning|afternoon|evening|night) ))(?:daily )?",
        h_every_hours_or_half,
    ),
    (
        "mid_day",
        r"mid (?:- )?day ",
        h_noon,
    ),
    (
        "q_slot",
        r"q (?P<slot>am|pm|morning|evening|night|bedtime) ",
        h_q_slot,
    ),
    (
        "q_day",
        r"q (?:day|daily) ",
        h_per_day_one,
    ),
    (
        "n_hourly",
        rf"{QUAL}(?P<n>N) hourly ",
        h_every_hours_or_half,
    ),
    # "every other hour", "every third hour": every 2 or 3 hours
    ("every_other_hour", r"each (?P<n>ORD) hour ", h_every_hours),
    (
        "hourly",
        r"(?:hourly|each hour|per hour|(?<=min )/ hour|(?<=reps )/ hour|(?<=x )/ hour|(?<=sec )/ hour) ",
        h_every_hours,
    ),
    (
        "round_clock",
        r"(?:round|around) the clock |(?:(?:during|throughout|through) (?:the )?)?day and night "
        r"|24 hours a day |night and day ",
        h_round_clock,
    ),
    (
        "waking",
        r"(?:(?:while|when|whilst) (?:you are |)|)awake |(?:during|throughout) (?:the )?(?:day|daytime|waking hours) |in the (?:daytime|day time) |(?:in |during )?waking hours |(?:until|till) (?:you go to |going to |)(?:bed|bedtime) ",
        h_waking,
    ),
)

#: Sessions of a length counted with "x" ("3x 50 minute sessions a week", "3 x 10 minute
#: walks a day"): tried before the dose rules, which would read holds of that length.
SESSIONS_OF_A_LENGTH_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "worn at all times, even at night": all day, not a session at night ("keep your arms
    # straight at all times" is how it is done)
    (
        "at_all_times",
        r"(?:(?:worn|wear|wearing) (?:[a-z]+ ){0,2})?at all x (?:, )?"
        r"(?:(?:even|including) (?:at night |in bed |over night |when sleeping ))?",
        h_at_all_times,
    ),
    # "Pain the morning following exercise", "stretch the evening after a long run": a day
    # after each event, which the schedule cannot place
    (
        "the_slot_after_an_event",
        rf"the (?:morning|evening|night) (?:after|following) (?:(?:a|an|each|every|the|your) )?(?={EVENT})",
        asking("the morning or evening after an event: say the days or the times"),
    ),
    (
        # "When you wake at night, do 10 ankle pumps", "when getting up from bed during the
        # night, sit first": each time it happens, not a session at night nor in the morning
        "waking_in_the_night",
        # ("Heel rise at night x 10" is an exercise at night)
        r"(?:(?:on|upon|when|whenever|if|after|each time|every time) (?:you |they |)"
        r"(?:wake|wakes|waking|woken|awake|awaken|awaking|get up|gets up|getting up|rise|rising"
        r"|arise|arising)|(?:(?<=^ )|(?<=[.;] ))(?:wake|waking|get up|getting up|rising|arising))"
        r"(?: up)?(?: (?:from|out of) (?:the |your |)bed)? (?:at|in|during|over) "
        r"(?:the )?night ",
        asking("waking or getting up in the night is no time for a session: say when"),
    ),
    (
        # "do it three times - morning, noon and before bed", "3 x before breakfast, lunch
        # and dinner": a count, then times of day or meals
        "count_at_slots",
        r"(?:repeat (?:it |this |)|)(?P<r>N) x (?=(?:: )?(?:before |after )?"
        rf"(?:{COUNTED_SLOT}|nightly|meals) )",
        h_count_at_slots,
    ),
    (
        # "Walk daily for 2 weeks, then jog every other day", "followed by 2 weeks of
        # jogging": another activity's later stage, not more of the first
        "then_another_activity",
        r"(?:(?:, |; |\. )?(?:and )?)(?:then|thereafter|after that|followed by) "
        f"(?={LATER_ACTIVITY})",
        h_stage,
    ),
    (
        "sessions_of_a_length_counted",
        # ("5 x 30 minutes of moderate exercise a week", "3 x 60 min./week": so many sessions
        # of a length, the activity named or not)
        rf"{QUAL}(?P<n>N) x (?P<bn>N) (?P<bu>min|hour|hours) (?:\. )?(?:long )?(?P<kind>(?:session|walks"
        rf"|runs|rides|swims) |of (?:(?!hold |holds |rest )[a-z-]+ ){{1,3}}|)(?:{PER}|in a |)"
        r"(?P<p>day|daily|week|weekly) ",
        h_sessions_of_a_length,
    ),
)

#: The count a step grows to, said last: "increase by 1 repeat daily to 10 repeats".
_A_TARGET = r"(?:(?:up |)to (?:a maximum of |)N (?:reps |x |sets )(?=[.,;] |$))?"

#: A step up in the dose and how often it is taken, or with no when: how the dose grows,
#: not how often it is done.
STEP_RULES: tuple[tuple[str, str, Handler], ...] = (
    (
        # "try adding one more every 2 weeks": how the dose grows, not how often
        "add_more_every",
        rf"(?:(?:add|adding|increase by|increasing by) (?:(?:a|another) (?:more|extra) )?(?:N|a|an|another) (?:more |extra |)|(?:do|doing) (?:N|a|an|another) (?:more |extra ))(?:reps |sets |min |sec |x |% |(?:(?!second )[a-z]+ ){{1,2}}|)"
        rf"(?:(?:to|onto) (?:your |the |each |)[a-z]+ |)(?:each|every|per|a) (?:N |ORD |second |)(?:{DAYU}) "
        rf"{_A_TARGET}"
        r"|(?:add|adding|increase by|increasing by) N (?:more |extra |)(?:reps|repeat|sets|min|sec|x) "
        rf"(?:daily|weekly) {_A_TARGET}"
        # "increasing the hold every week", "progressing every other week", "bump it up every week"
        rf"|(?:increase|increasing|progress|progressing|bump (?:it )?up) (?:the [a-z]+ |it |)(?:each|every) (?:N |ORD |second |)(?:{DAYU}) "
        r"|(?:increase|increasing) by N (?:% |percent )(?:weekly |daily |(?:each|every|per|a) (?:week|day) )"
        # "increase the jogging time by 1 minute every week", "increase the depth of the
        # squat each week"
        r"|(?:increase|increasing) (?:(?!N |by |each |every |and |then |x )[a-z'-]+ ){1,5}"
        rf"(?:by (?:more than |up to |about |)N (?:reps |sets |sec |second |min |x |kg |lb |(?:% |percent )(?=(?:each|every) (?:N|ORD|second) )|))?(?:each|every) (?:N |ORD |second |)(?:{DAYU}) ",
        h_progression_note,
    ),
    # "add another 5 reps", "add an extra set": a step up that does not say when
    (
        "add_with_no_when",
        r"(?:add|adding) (?:(?:a|another) (?:more|extra) |another |)(?:N|a) (?:more |extra |)"
        rf"(?:reps |sets |(?:[a-z]+ ){{0,2}}(?:{EXERCISE_NOUNS}) )",
        h_step_with_no_when,
    ),
)

#: Days and dates that are no days of a schedule, tried among the lookalike rules: a date,
#: a plan named by its days, a day to copy.
DAY_LOOKALIKE_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "the first class was the following Thursday", "come along next Monday": one day
    (
        "one_named_weekday",
        r"(?:next|the after|this coming|last|this past) (?P<all>DOW )(?!and |, |or |& )",
        asking("one day, not a weekday each week: say the days of the schedule or its start"),
    ),
    # "final session is on Monday, August 19th": a date, not every Monday
    (
        "weekday_of_a_date",
        r"(?:on |)(?P<all>DOW (?:, )?(?:MONTH (?:N|ORD)|(?:N|ORD) (?:of )?MONTH) )(?!x )",
        asking("a date is one day, not the days of a schedule: give the start date"),
    ),
    # "a 4-day split": 4 days a week, asked (as "a 3-day workout plan"); "in a 4 day cycle"
    ("day_split", r"(?:a |)(?P<n>N) (?P<u>day) split ", h_program_length),
    (
        "day_cycle",
        r"(?:in |over |on |)(?:a |an |)N day (?:cycle|rotation) ",
        asking("a cycle of days: how often in it? say the sessions a cycle or a week"),
    ),
    # "Thursday – same as Monday": the day whose plan to copy, not a day of the schedule
    ("same_as_a_day", r"(?P<all>(?:the )?same as (?:on |last |)DOW )", noting("a day to copy")),
)
