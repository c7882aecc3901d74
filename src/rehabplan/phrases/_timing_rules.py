"""
The timing half of the phrase grammar's rule table (`_rules.RULES` ends with it): how often,
days, times, anchors, conditions, courses; then bare counts, bouts and "daily", if left.
"""

from __future__ import annotations

from rehabplan.phrases._as_needed_rules import AS_NEEDED_RULES, PRN_CONDITION_RULES
from rehabplan.phrases._course_handlers import (
    h_duration,
    h_every_other_slot,
    h_hours_course,
    h_morning,
    h_night,
    h_one_unit,
    h_q_weeks,
)
from rehabplan.phrases._date_handlers import h_from, h_until
from rehabplan.phrases._day_gap_handlers import (
    h_days_a_week_said,
    h_days_apart,
    h_days_out_of_seven,
    h_every_days,
    h_rest_day_between,
    h_start_weekday,
)
from rehabplan.phrases._day_rules import DAY_RULES
from rehabplan.phrases._each_and_another import REPS_EACH, h_count_each
from rehabplan.phrases._facts import Handler
from rehabplan.phrases._handlers import (
    asking,
    h_bedtime,
    h_daily,
    h_fortnightly,
    h_label_per,
    h_monthly,
    h_pending_after,
    h_pending_before,
    h_per_day,
    h_per_week,
    h_reps,
    h_sessions_in_a_week,
    h_time_span,
    h_times,
)
from rehabplan.phrases._hold_handlers import h_timed
from rehabplan.phrases._how_often_handlers import (
    h_count_each_period,
    h_sessions_of_a_length,
    h_times_over_a_span,
    h_when_in_bed,
)
from rehabplan.phrases._patterns import (
    DAYU,
    EXERCISE_NOUNS,
    NOT_A_COURSE_HERE,
    NOT_AN_ADJECTIVE,
    NOT_PERIOD,
    PER,
    POST_OP,
    QUAL,
    SLOT,
    TU,
    dur,
)
from rehabplan.phrases._weekday_handlers import (
    h_except,
    h_times_each_weekday,
    h_times_on_days,
    h_weekday_group,
    h_weekdays,
)
from rehabplan.phrases._when_rules import WHEN_RULES

__all__ = ["TIMING_RULES"]

#: "the working day" is the hours at work ("twice during the working day"), not the
#: weekdays "working days" and "each school day" name.
#: Rising from bed or sleep is the morning; from a chair, or at night, it is not.
_FROM_BED = (
    r"(?! from (?!(?:the |your |)(?:bed|sleep) (?!or |at night |during the night |in the night "
    r"|after )))"
)
_NOT_THE_DAYS_SPAN = "".join(
    f"(?<!{whose} {kind} day)"
    for whose in ("the", "your")
    for kind in ("school", "work", "working")
)

#: Words that are no part of a thing's name: a timing, an event, a side or a change.
_NOT_A_THING = (
    r"(?:each|daily|day|days|morning|mornings|afternoon|afternoons|evening|evenings|night"
    r"|nights|noon|bedtime|am|pm|TIME|weekday|weekdays|weekend|weekends|for|before|after|when"
    r"|while|during|side|sides|ORD|alternate|per|x|hold|progressing|increasing|then|DOW)"
)


#: Tried after the dose rules of `_rules.RULES`, in this order.
TIMING_RULES: tuple[tuple[str, str, Handler], ...] = (
    *DAY_RULES,
    # every N days
    (
        "every_other_slot",
        r"(?:on )?(?:each (?:ORD|second)|alternate) (?P<slot>morning|evening|night|afternoon|bedtime) ",
        h_every_other_slot,
    ),
    (
        "every_ord_day",
        r"(?:on )?each (?P<ord>ORD|second) (?:day |eachday |(?P<u>week|month|weeks|months) )",
        h_every_days,
    ),
    (
        "alternate_days",
        r"(?:on |every )?alternate (?:\. )?(?:days|day) ",
        h_every_days,
    ),
    (
        "every_n_units",
        rf"each {QUAL}(?P<n>N) (?P<u>{DAYU}) ",
        h_every_days,
    ),
    (
        "q_n_weeks",
        r"q (?P<n>N )?(?P<u>week|weeks|month|months) ",
        h_q_weeks,
    ),
    (
        "q_n_days",
        r"(?:q|o) (?P<n>N) (?:day|days) ",
        h_every_days,
    ),
    (
        "days_apart",
        r"(?P<n>N) (?P<u>day|days|week|weeks) apart ",
        h_days_apart,
    ),
    # "starting Monday", "start on Friday", "I started therapy on Monday": the first day
    (
        "start_weekday",
        r"(?:from|start|starting|begin|beginning) (?:on )?(?:a |this |next )?DOW (?!(?:to|-|until|till|through|thru) DOW )|(?:started|began|begun) (?:(?!i |you |we |they |he |she )[a-z]+ ){0,3}?on (?:a |this |last |)DOW (?!(?:to|-|and|or|until|till|through|thru|,) DOW )",
        h_start_weekday,
    ),
    (
        # "Each session should be followed by a rest day"
        "followed_by_rest_day",
        r"(?:each|a) (?:[a-z]+ ){0,2}(?:should be |is |must be |will be |)followed by "
        r"(?:a |one |(?P<n>N) )(?:full |complete |)(?:rest|recovery) (?:day|days) ",
        h_rest_day_between,
    ),
    (
        "rest_day_between",
        r"(?:with |and |)(?:(?:a |one |(?P<n>N) )?rest days? |(?:a |one )day of (?:rest|recovery) "
        r"|(?:a |one )(?:days |day's |day ' s )(?:rest|recovery) )"
        r"(?:in )?between (?:each |)(?:[a-z]+ ){0,2}",
        h_rest_day_between,
    ),
    (
        "rest_days_between",
        rf"{QUAL}(?P<n>N) (?:day|days) (?:of )?rest (?P<more>(?:in )?between )(?:each [a-z]+ |[a-z]+ )?",
        h_every_days,
    ),
    (
        "fortnightly",
        r"(?:fortnightly|each fortnight|N x (?:a|per|each|every) fortnight) ",
        h_fortnightly,
    ),
    (
        "monthly",
        r"(?:monthly|each month|N x (?:a|per|each|every) month) ",
        h_monthly,
    ),
    # times a week
    (
        # "Days per week : 6 to 7", "Times per day: 3": a table's label, then its value
        "label_days_per_period",
        # (not "2-3 days/week: 15-20 minutes of strength work": a count, then the sessions'
        # length)
        rf"(?:days|times|sessions|session|x) (?:per|a|/) (?P<p>week|day) (?:: |- |= )"
        rf"(?P<n>N) (?!{TU} )",
        h_label_per,
    ),
    (
        # "Week 3: 3 sessions", "your 3 runs in week 9": a plan's week, its sessions
        "sessions_in_a_week",
        r"(?:(?:week|wk) N (?:- N )?(?:: |, |- |= |)(?P<n>N) (?:session|runs|run|workouts|workout) "
        r"|(?P<n2>N) (?:session|runs|workouts) (?:in|during|for|of) (?:week|wk) N )",
        h_sessions_in_a_week,
    ),
    (
        # "1-2 times per shift": a work shift is no calendar day (nights, long shifts)
        "per_shift",
        r"(?:N |)(?:x |session |sessions |)(?:per|each|a|every) (?:work |)shift ",
        asking("a count each work shift: a shift is not a day; say how many a day"),
    ),
    (
        # "each training week has 3 days in which you work out": days a week, not a course
        "a_week_has",
        # ("The second week has 4 sessions" is one week's)
        r"(?:(?<= each week )|(?<= every week )|(?<= training week )|(?<= typical week )"
        r"|(?<= a week )|(?<= the week )|(?<= your week ))"
        r"(?:has|includes|contains|consists of|is made up of) (?P<n>N) "
        r"(?:training |exercise |workout |running |)(?:days|session|workouts|runs) "
        # ("The first week has 3 days of rest": the days off)
        r"(?!of (?:rest|recovery|relative rest) |off |rest |without )",
        h_per_week,
    ),
    (
        "per_week",
        # ("10 Days per week : 6 to 7": a label, "Days per week", after another count;
        # "3 days per week: Monday/Wednesday/Friday" names them, "2-3 days/week: 15-20
        # minutes" or ": 3 x 10" says each session's dose)
        # ("2 times this week": a week of a plan's table)
        # ("twice each week day": twice on each weekday)
        rf"{QUAL}(?P<n>N) (?:(?:x |session |time )(?:{PER}|in a |each |this )?(?:week|weekly) (?!: N |= N |day )"
        rf"|(?:days |day )(?:(?:{PER}|in a |each |this )?(?:week|weekly) (?!: (?!DOW |$|N {TU} |N x N |N sets of N |N reps )|= )|in the week (?!after |before |following |of )))",
        h_per_week,
    ),
    (
        "days_out_of_seven",
        rf"(?P<all>{QUAL}(?P<n>N) (?:days |day |x )?(?:out of|of) (?:the (?:next |following ))?(?:(?P<d>N) (?P<days>days |day )?|the week ))",
        h_days_out_of_seven,
    ),
    (
        # "three times over 4 weeks": sessions in all, asked
        "times_over_a_span",
        rf"(?P<all>{QUAL}(?P<n>N) (?:x |session )(?:over|in|within|during) (?:the |a |)"
        r"(?:first |next |last |)(?:(?P<d>N) (?P<u>weeks|months|days)|(?:first|next) (?:week|month)) )",
        h_times_over_a_span,
    ),
    (
        "per_week_slash",
        rf"{QUAL}(?P<n>N) (?:{PER}|in a |each )(?:week|weekly) ",
        h_per_week,
    ),
    (
        "n_x_weekly",
        rf"{QUAL}(?P<n>N) x weekly ",
        h_per_week,
    ),
    (
        "x_n_weekly",
        r"x (?P<n>N) weekly ",
        h_per_week,
    ),
    (
        # "2 weekly": two at a time once a week, twice a week or every 2 weeks (asked)
        "n_weekly",
        rf"{QUAL}(?P<n>N) (?P<week>weekly) ",
        h_count_each_period,
    ),
    (
        "days_per_week_adj",
        # "two non-consecutive training days per week"; never days of rest ("2 full active
        # rest days per week")
        rf"{QUAL}(?P<n>N) (?:(?!rest |recovery |off |free )[a-z][a-z'-]* ){{1,3}}(?:days|day) "
        rf"(?:{PER}|in a |in the |of the |each )(?:week|weekly) ",
        h_days_a_week_said,
    ),
    (
        # "2 to 3 sessions of 3 to 5 minutes each daily", "two walking sessions of up to 10
        # minutes each in a day", "two sessions of 30 minutes each week": sessions a day (a
        # week), each a bout
        "sessions_of_a_length_a_day",
        rf"{QUAL}(?P<n>N) (?:(?!x |of |per |each |a |an |the |{DAYU} |hour |hours |min |sec |reps "
        rf"|sets )[a-z]+ ){{0,2}}?session of {QUAL}{dur('b')}(?:each |long |)"
        rf"(?:{PER}|in a |)(?:day|daily|(?P<p>week|weekly)) ",
        h_sessions_of_a_length,
    ),
    (
        # "Two sessions of moderate or high intensity strength training per week", "three to
        # four times of flexibility training per week": so many of a thing a week
        "sessions_of_a_thing_per_week",
        # (the words between name the thing: a timing, an event or a side among them is
        # the phrase's own, and "3 times of each exercise daily for a week" is 3 reps)
        rf"{QUAL}(?P<n>N) (?:session|x) of (?!{TU} |N |the |a )(?:each |every |)"
        rf"(?:(?!{_NOT_A_THING}\b)[a-z]+ ){{1,6}}(?:{PER}|in a |each )(?:week|weekly) ",
        h_per_week,
    ),
    (
        "sessions_per_week",
        # (never a length: "40 min exercise sessions per week" are sessions of 40 minutes)
        rf"{QUAL}(?P<n>N) (?!{TU} )(?:[a-z][a-z'-]* ){{1,4}}session (?:{PER}|in a )(?:week|weekly) ",
        h_per_week,
    ),
    (
        "sessions_per_day",
        rf"{QUAL}(?P<n>N) (?:(?:(?!{TU} )[a-z][a-z'-]* ){{1,3}}session |session (?:of (?:this|these|the|each|your) (?:exercise|exercises|stretch|stretches|programme|program) ))(?:{PER}|in a )(?:day|daily) ",
        h_per_day,
    ),
    (
        "weekly",
        r"(?:weekly|each (?:single |)week|once a week) ",
        h_per_week,
    ),
    # weekdays
    (
        "except",
        r"(?P<daily>(?:each day|eachday|everyday|daily|each night|nightly) )?(?:but |)"
        r"(?:except|not|excluding|(?:other|ORD) than|apart from|aside from|save for|besides) "
        r"(?:on |for |at )?(?:the )?(?:(?P<list>DOW (?:(?:, |and |& |/ |or |- |to |through |thru ){0,3}DOW )*)|(?P<g>weekends|weekdays) )"
        # "every day but Sunday", "every day bar Sunday"
        r"|(?P<daily2>(?:each day|eachday|everyday|daily|each night|nightly|any day) )(?:but|bar|save) "
        r"(?:on |for |at )?(?:the )?(?:(?P<list2>DOW (?:(?:, |and |& |/ |or |- |to |through |thru ){0,3}DOW )*)|(?P<g2>weekends|weekdays) )"
        r"|(?P<list3>DOW (?:(?:, |and |& |/ )DOW )*)(?:excepted|excluded) ",  # "Sunday excepted"
        h_except,
    ),
    (
        "weekdays",
        r"(?:on |each |every |)DOW (?:(?:, |and |& |/ |or |- |to |through |thru |plus ){0,3}DOW )*",
        h_weekdays,
    ),
    (
        "weekday_group",
        rf"(?:on |at |during |each |)(?:the )?(?P<g>weekdays|weekends|(?<!non )(?<!ORD )(?<!second )(?<!alternate )(?<!most )(?<!some )(?<!a )(?<!N )(?:school|work|working) (?:days|day{_NOT_THE_DAYS_SPAN})) ",
        h_weekday_group,
    ),
    # times of day
    (
        "before_bed",
        r"(?:before|at|prior to) (?:(?:going to |you go to )?(?:bed|bedtime) (?:time )?"
        r"|(?:you )?(?:fall asleep|falling asleep|go to sleep|going to sleep) )"
        # ("before getting into bed": at bedtime, as before going to bed; "when you get into
        # bed" is as likely how to do it, "keep your knees apart", or a thing worn, and is
        # left to the other rules)
        r"|before (?:you )?(?:get|getting|climb|climbing) into bed ",
        h_bedtime,
    ),
    (
        "when_in_bed",
        # ("remove when you go to bed": a thing worn taken off then, no session)
        # ("bed rest" is a state, not bedtime)
        r"(?<!remove )(?<!removed )(?<!off )(?:when|as|once) (?:you |you're |you are )?"
        # ("go to sleep" is the symbol "go to bed")
        r"(?:get|getting|go|going|climb|climbing|drift|drifting|settle|settling) (?:off |down )?"
        r"(?:into|to|in) bed (?!- |rest )(?:at night )?",
        h_when_in_bed,
    ),
    (
        "on_waking",
        # ("from when you wake up until you go to bed" is the waking day, not the morning)
        rf"(?:on|upon|(?<!from )when|after|as soon as) (?:you )?(?:first )?(?:waking|wake|awaking|awakening"
        rf"|wakening|rising{_FROM_BED}|arising{_FROM_BED}|arise{_FROM_BED})(?: up)? "
        # (not "when you first wake from a nap", "arise in the night")
        r"(?!(?:up )?(?:from (?!(?:the |your |)(?:bed|sleep) )|in the night |during the night "
        r"|at night ))",
        h_morning,
    ),
    (
        "omni_nocte",
        r"N on (?=$|and |\+ |, |; )",
        h_night,
    ),
    (
        # "Tuesday from 11:00-12:00", "11:00 – 11:45": one session, from when to when
        "time_span",
        r"(?:(?:from|at) )?(?:TIME|noon) (?:-|to|until|till) (?:TIME|noon) "
        # "from 2 to 3 p.m.": a bare hour after "from" before a clock time
        r"|from N (?:-|to|until|till) TIME "
        r"|between (?:TIME|noon) and (?:TIME|noon) |(?:start|starts|begin|begins) at TIME (?:and |, )?(?:end|ends|finish|finishes) at TIME ",
        h_time_span,
    ),
    (
        "times",
        rf"(?:(?:in|during|the|each|every|at|this|first|thing|early|late|on) ){{0,5}}{SLOT} (?:(?:and|,|&|or|then) (?:(?:in|the|at|each|every|early|late) ){{0,4}}{SLOT} )*",
        h_times,
    ),
    # anchors and conditions
    (
        "pending_before",
        r"before and (?=N )",
        h_pending_before,
    ),
    (
        # "warm up before you exercise, and cool down afterwards": after it as well
        "pending_after",
        r"(?:and |then |)(?:[a-z]+ ){0,3}(?:afterward|afterwards) ",
        h_pending_after,
    ),
    *WHEN_RULES,
    *AS_NEEDED_RULES,
    *PRN_CONDITION_RULES,
    # course length
    (
        "until",
        r"(?:until|to|through|thru|up to|by|ending) (?:the )?(?:end of )?(?P<date>DATE |(?:N|ORD) (?:of )?MONTH (?:, )?(?:N )?|MONTH (?:N|ORD) (?:, )?(?:N )?)",
        h_until,
    ),
    (
        "from",
        r"(?:from|starting|start|beginning|begin|on) (?:on )?(?P<date>DATE |(?:N|ORD) (?:of )?MONTH (?:, )?(?:N )?|MONTH (?:N|ORD) (?:, )?(?:N )?)",
        h_from,
    ),
    (
        "duration",
        rf"{NOT_A_COURSE_HERE}(?:for |over |during |x |lasting |in |within |for the next |for the after |for another |for a further |, |: )?(?:a |the |next |another |further |total of |a total of |)?(?:more |additional |extra |)?{QUAL}(?P<n>N) (?:full |whole |complete |entire )?(?P<u>{DAYU}) (?:period )?(?!(?:{PER}|each |every |in a |(?:of|out of) (?:the |each |every )(?:working )?|)(?:week|day|weekly|daily) |apart |of rest |rest |break |breaks |pause |gap |off "
        r"|on (?:, |and |then |)N (?:days|day) off )",
        h_duration,
    ),
    # "do this ten times": repetitions, when no period follows; "2 drops 4 times a day":
    # drops of a medicine, or heel drops? ("3 x 15 drops" counts)
    (
        "bare_drops",
        r"(?<! x )N drops ",
        asking("drops of a medicine, or a drop exercise? say which"),
    ),
    (
        "reps_noun",
        # ("these two movements", "the 8 Tai Chi movements", "all three stretches" count
        # exercises, not "the 10 squats"; "15 regular push-ups" are repetitions)
        rf"(?<!these )(?<!those )(?!(?<= the )N (?:[a-z]+ ){{0,3}}(?:movements|exercises|stretches) )"
        rf"(?!(?<= all )N (?:[a-z]+ ){{0,3}}(?:movements|exercises|stretches) )"
        # ("10 daily squats": how often is read apart, or asked)
        rf"(?P<r>N) (?:(?!x |reps |sets |each |per |a |with |daily |weekly |nightly |hourly "
        rf"|{TU} |{DAYU} |{NOT_AN_ADJECTIVE})"
        rf"(?:[a-z][a-z'-]*|VAGUE) (?:, )?){{0,3}}(?:{EXERCISE_NOUNS}) ",
        h_reps,
    ),
    (
        "reps_direction",
        r"(?P<r>N) (?:x |reps |circles |rotations |revolutions |turns )?(?:(?:in |)each (?:direction|way) |(?:clockwise|anticlockwise|counterclockwise|anti clockwise|anti clock wise|clock wise) )",
        h_reps,
    ),
    (
        "reps_each",
        REPS_EACH,
        h_count_each,
    ),
    (
        # "Twice each weekday", "twice each week day": sessions a day, Monday to Friday
        "times_each_weekday",
        rf"{QUAL}(?P<n>N) x (?:on )?(?:each|every|on|per|a) (?:weekdays|week day|week days"
        r"|weekends day|weekends days) ",
        h_times_each_weekday,
    ),
    (
        # "Walk twice on Sundays": sessions that day, or repetitions? Asked
        "times_on_days",
        rf"{QUAL}(?P<n>N) x (?:on |every |each )(?P<d>DOW (?:(?:, |and |& |or |, and )?DOW )*)",
        h_times_on_days,
    ),
    (
        "times_bare",
        rf"(?P<r>N) x {NOT_PERIOD}(?!N )",
        h_reps,
    ),
    # a bout of timed work: "walk 10-15 min", "for 15 minutes"
    (
        "x_n_reps",
        rf"x (?P<r>N) {NOT_PERIOD}(?!{TU} |N |ORD )",
        h_reps,
    ),
    (
        "for_a_unit",
        rf"(?:for|over|during|within|spend|spending) {QUAL}(?:a|an|one|the next|the first|this first|first|the following|another|a further|one more) {POST_OP}?(?P<u>day|week|month|fortnight|night|year) ",
        h_one_unit,
    ),
    # "a year-long trial of twice weekly lifting": a course of a year
    (
        "a_unit_long",
        r"(?:a|an|one|the) (?P<u>week|fortnight|month|year) long (?=(?:, )?(?:[a-z]+ (?:, )?){0,2}"
        r"(?:trial|programme|program|course|plan|protocol|intervention) )",
        h_one_unit,
    ),
    (
        "hours_course",
        # ("8 times in 24 hours", "30ml per kg in 24 hours": a day's count, not a course)
        rf"(?:(?:for|during|over|within) {QUAL}(?:the )?(?:first |next |initial )?"
        rf"|in {QUAL}(?:the )?(?:first |next |initial ))(?P<n>N) (?:hours|hour) "
        r"(?!(?:to |and |or |)(?:a |)(?:N|sec|second|min|hour|hours) )"
        # "(first 48 hours)", "Ice, compression: first 72 hours": said apart ("Rest the first
        # 24 hours", "an initial 24 hours of complete rest": not the course)
        r"|(?:(?:(?<=^ )|(?<=[(,:;] )|(?<=- )|(?<=ice )|(?<=hours ))(?:the )?"
        r"|(?<! the )(?=[a-z]+ N [a-z]+ (?:$|[.;)] )))"
        r"(?:first|initial) (?P<n2>N) (?:hours|hour) "
        r"(?!(?:to |and |or |)(?:a |)(?:N|sec|second|min|hour|hours) |of |period )",
        h_hours_course,
    ),
    (
        "bout",
        rf"(?:for |lasting )?{QUAL}{dur('b')}",
        h_timed,
    ),
    # plain "daily"
    (
        "daily",
        r"(?:daily|everyday|eachday|each (?:single |)day|qd) ",
        h_daily,
    ),
)
