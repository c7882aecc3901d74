"""
The rule table of the phrase grammar: (name, pattern over symbols, handler).
"""

from __future__ import annotations

from rehabplan.phrases._course_handlers import (
    h_code_range,
    h_duration,
    h_every_other_slot,
    h_from,
    h_hours_course,
    h_label,
    h_label_period,
    h_morning,
    h_night,
    h_one_unit,
    h_per_24_hours,
    h_progress_step,
    h_progression,
    h_progression_note,
    h_q_weeks,
    h_stage,
    h_uk_duration,
    h_until,
)
from rehabplan.phrases._facts import Handler
from rehabplan.phrases._handlers import (
    h_anchor,
    h_bedtime,
    h_bout,
    h_bout_each_side,
    h_daily,
    h_every_days,
    h_every_hours,
    h_except,
    h_fortnightly,
    h_hold,
    h_hold_count,
    h_load,
    h_monthly,
    h_nothing,
    h_pending_before,
    h_per_day,
    h_per_day_one,
    h_per_day_slot,
    h_per_week,
    h_prn,
    h_prn_condition,
    h_q_slot,
    h_ratio,
    h_reps,
    h_reps_hold,
    h_rest,
    h_rest_day_between,
    h_round_clock,
    h_sets,
    h_sets_hold,
    h_sets_reps,
    h_sets_reps_hold,
    h_side,
    h_then_repeat,
    h_times,
    h_vague,
    h_waking,
    h_weekday_group,
    h_weekdays,
    h_when_event,
)
from rehabplan.phrases._handout_rules import HANDOUT_RULES

__all__ = ["RULES"]
from rehabplan.phrases._patterns import (
    DAYU,
    DETERMINERS,
    EVENT,
    EXERCISE_NOUNS,
    LOCOMOTION,
    NOT_PERIOD,
    PER,
    PERIOD_AHEAD,
    QUAL,
    SIDE,
    SLOT,
    TU,
    dur,
    symptom_pattern,
)

#: The grammar: (name, pattern over symbols, handler), tried in this order at each
#: position (the first that matches wins, so longer and more specific come first).
RULES: tuple[tuple[str, str, Handler], ...] = (
    # labels in tables: "REPS: 10", "SETS: 3", "HOLD: 2", "DAILY: 1", "WEEKLY: 3"
    (
        "label_sets_x_reps",
        r"sets x reps (?:: |- |= )?(?P<s>N) x (?P<r>N) ",
        h_sets_reps,
    ),
    (
        "label_per_period",
        rf"(?:x|session) (?:per|a|each|/) (?P<k>day|week) (?:: |- |= |\| )?(?P<v>N) (?!x |{TU} )",
        h_label_period,
    ),
    (
        "label_bare",
        r"(?P<k>reps|sets|hold) (?P<v>N) (?=(?:reps|sets|hold|x (?:a|per|each|/) (?:day|week)) (?:: |- |= |)N |[.,;|)] |$)",
        h_label,
    ),
    *HANDOUT_RULES,
    (
        "hold_breaths",
        r"hold (?:it |this |for |)(?:N )?(?:breaths|breath) ",
        h_nothing,
    ),
    (
        "increase_by",
        r"(?:increase|increasing|add|adding) (?:by )?N (?:reps|sets|sec|second|min|x|kg|lb) (?:(?:per |a |each |/ |every )(?:week|day|session) )?",
        h_progression_note,
    ),
    (
        "then_stage",
        r"(?:(?:, |; |\. )?(?:and )?)(?:then|thereafter|there after|after that) (?=each |daily |N x |alternate |weekly |N (?:days|x) |on DOW |every |DOW |as (?:needed|required|necessary|and when) |prn )",
        h_stage,
    ),
    (
        "label_sets_slash_reps",
        r"sets / reps (?:: |- |= )?(?P<s>N) / (?P<r>N) ",
        h_sets_reps,
    ),
    (
        "label",
        rf"(?P<k>reps|sets|hold|daily|weekly|repeat) (?:: |- |= |\| )?{QUAL}(?P<v>N) (?!(?:reps|sets|sec|second|min|hour|hours|x) (?!: )|{PERIOD_AHEAD}(?<!: )(?!: ))(?:x )?",
        h_label,
    ),
    # progression markers: values after them are targets, not the dose
    (
        "progression",
        r"(?:increasing|increase|progress|progressing|progressed|build|building|work|working|advance|advancing|going) (?:the (?:[a-z]+ ){1,2})?(?:up )?to ",
        h_progression,
    ),
    (
        "progress_step",
        rf"\+ (?P<n>N) (?:reps|sets|sec|second|min|x|kg|lb|%) (?:{PER}|each )?(?:week|day|session|N weeks|N days) ",
        h_progress_step,
    ),
    # UK shorthand durations: "for 5/7" (days), "for 3/52" (weeks), "for 2/12" (months)
    (
        "uk_duration",
        r"(?P<for>for |x |)(?P<n>N) / (?P<d>N) (?!N |each |reps |x |per |ea )",
        h_uk_duration,
    ),
    (
        "ratio",
        r"N / N ",
        h_ratio,
    ),
    # bouts that are not holds or frequencies
    (
        "bout_per_day",
        rf"{QUAL}{dur('b')}(?:per |a |each |/ )(?:day|daily|session) ",
        h_bout,
    ),
    (
        "bout_at_a_time",
        rf"(?:for )?{QUAL}{dur('b')}at a time ",
        h_bout,
    ),
    # doses
    (
        "bout_locomotion",
        rf"(?:{LOCOMOTION}) (?:for )?{QUAL}{dur('b')}",
        h_bout,
    ),
    (
        "bout_then_locomotion",
        rf"{QUAL}{dur('b')}(?:{LOCOMOTION}) ",
        h_bout,
    ),
    (
        "sets_reps_hold",
        rf"(?P<s>N) x (?P<r>N) x {QUAL}{dur('h')}(?:hold |isometric )?",
        h_sets_reps_hold,
    ),
    (
        "reps_hold",
        rf"(?P<r>N) x {QUAL}{dur('h')}(?:hold |isometric ){{0,3}}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {SIDE} )?",
        h_reps_hold,
    ),
    (
        "sets_of_hold",
        rf"(?P<s>N) (?:sets) (?:of |x |)(?:(?P<r>N) x )?{QUAL}{dur('h')}(?:hold |isometric ){{1,3}}",
        h_sets_hold,
    ),
    (
        "sets_of_dur",
        rf"(?P<s>N) (?:sets) of (?:(?P<r>N) x )?{QUAL}(?P<hn>N) (?P<hu>sec|second|min) (?:to (?P<hn2>N) (?P<hu2>sec|second|min) )?(?!{PERIOD_AHEAD})",
        h_sets_hold,
    ),
    (
        "reps_of_hold",
        rf"(?P<r>N) (?:reps) (?:of |x |)(?:{QUAL}){dur('h')}(?:hold |isometric ){{0,3}}",
        h_reps_hold,
    ),
    (
        "sets_x_reps",
        rf"(?P<s>N) x (?P<r>N) (?!x |{TU} )(?:reps )?(?P<ea>ea )?",
        h_sets_reps,
    ),
    (
        "sets_of_reps",
        r"(?P<s>N) sets (?:of |x |, |: |with |)(?P<r>N) (?!x |sec |second |min |hour |session |days |day |time )(?:reps )?(?P<ea>ea )?",
        h_sets_reps,
    ),
    (
        "reps_x_sets",
        r"(?P<r>N) reps (?P<ea>ea |each )?(?:x |, |/ |in |of |)(?P<s>N) sets ",
        h_sets_reps,
    ),
    (
        "sets",
        r"(?P<s>N) (?:more )?sets ",
        h_sets,
    ),
    (
        "reps_per_side",
        rf"(?P<r>N) (?:reps |x )?(?P<side>(?:on |with |for |per |)(?:each|per|ea) {SIDE} )",
        h_reps,
    ),
    (
        "reps_rm",
        r"(?P<r>N) rm ",
        h_reps,
    ),
    (
        "reps",
        r"(?P<r>N) (?P<more>more )?(?:(?!sets |x |each |per |a |reps )[a-z][a-z'-]* )?reps (?:/ sets |per sets |/ x |each x )?(?P<side>ea )?",
        h_reps,
    ),
    (
        "repeat",
        rf"repeat (?:(?:it|this|each|the|exercise|stretch|them|these|that|all|both|sequence|above|movement|on|with|your|other) ){{0,4}}(?:: )?{QUAL}(?P<r>N) (?!hours |hour |hourly )(?P<more>more )?(?:x |reps )?{NOT_PERIOD}",
        h_reps,
    ),
    (
        "then_repeat",
        r"(?:and )?then repeat (?:once |again |it |this )?(?=[.,;)] |$)",
        h_then_repeat,
    ),
    (
        "repeat_x",
        rf"repeat (?:(?:it|this|each|the|exercise|stretch|them|these|that|all|both) ){{0,3}}(?:: )?x (?P<r>N) {NOT_PERIOD}",
        h_reps,
    ),
    (
        "n_more_times",
        r"(?P<r>N) (?P<more>more )x ",
        h_reps,
    ),
    # holds
    (
        "hold_x",
        rf"hold (?:for )?{QUAL}{dur('h')}(?:hold )?(?:, )?x (?P<r>N) {NOT_PERIOD}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {SIDE} )?",
        h_reps_hold,
    ),
    (
        "dur_hold_x",
        rf"{QUAL}{dur('h')}(?:hold|isometric) (?:, )?x (?P<r>N) {NOT_PERIOD}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {SIDE} )?",
        h_reps_hold,
    ),
    (
        "dur_x_n",
        rf"{QUAL}(?P<hn>N) (?P<hu>sec|second|min) x (?P<r>N) {NOT_PERIOD}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {SIDE} )?",
        h_reps_hold,
    ),
    (
        "hold_count",
        r"hold (?:(?:it|this|for|the|position|stretch|each) ){0,3}(?:for )?(?:a )?(?:slow )?count (?:of |to )(?P<c>N) ",
        h_hold_count,
    ),
    (
        "hold_until_count",
        r"hold until (?:you |your )?count (?:to )?(?P<c>N) ",
        h_hold_count,
    ),
    (
        "stay_hold",
        rf"(?:keep|stay|remain|rest) (?:in )?(?:the |this |that |your )?(?:position|there|still|pose|stretch) (?:for )?{QUAL}{dur('h')}",
        h_hold,
    ),
    (
        "hold",
        rf"hold (?:(?P<side0>(?:on |with |for |)(?:each|per|both) {SIDE} )|(?:[a-z][a-z'-]*|,|:|-|=|\|) ){{0,5}}?(?:for )?{QUAL}{dur('h')}(?P<side>(?:on |with |for |per |)(?:each|per) {SIDE} )?",
        h_hold,
    ),
    (
        "hold_bare",
        r"hold (?:: |for )?(?P<c>N) (?=[.,;:()/] |$)",
        h_hold_count,
    ),
    (
        "tempo",
        r"over a count of N ",
        h_nothing,
    ),
    (
        "count_of",
        r"(?:for )?(?:a )?count of (?P<c>N) ",
        h_hold_count,
    ),
    (
        "dur_hold",
        rf"{QUAL}{dur('h')}(?:hold|isometric) (?:hold )?",
        h_hold,
    ),
    (
        "dur_each_side",
        rf"{QUAL}(?P<hn>N) (?P<hu>sec|second|min) (?:to (?P<hn2>N) (?P<hu2>sec|second|min) )?(?P<side>(?:on |with |for |per |)(?:each|per) {SIDE} )",
        h_bout_each_side,
    ),
    # rest between sets
    (
        "rest",
        rf"rest (?:for |of |)(?:{QUAL}){dur('r')}(?:between (?:each )?(?:sets|reps|set|rounds|round) )?",
        h_rest,
    ),
    (
        "rest_after",
        rf"{QUAL}{dur('r')}(?:of )?rest (?:between (?:each )?(?:sets|reps|set|rounds) )?",
        h_rest,
    ),
    (
        "relax",
        rf"(?:relax|rest) (?:for )?{QUAL}{dur('x')}",
        h_nothing,
    ),
    # load
    (
        "load",
        r"(?:with |at |using |holding |)(?P<w>N) (?P<u>kg|lb) ",
        h_load,
    ),
    # sides
    (
        "each_direction",
        r"(?:on |with |for |in |)(?:each|per|both) direction ",
        h_nothing,
    ),
    (
        "side",
        rf"(?:on |with |for |per |in |using |)(?:each|per|either|both|alternate|alternating|opposite|ORD) {SIDE} ",
        h_side,
    ),
    (
        "side_words",
        r"(?:bilateral |ea |(?:switch|change|swap|swapping|switching|changing) (?:sides|side|legs|leg|arms|arm|over) |(?:then |and |repeat |)(?:on |with |using |for )?(?:the )?(?:ORD|opposite) (?:side|leg|arm|sides|legs) |left and right |right and left |(?:l|r) (?:&|\+|and|/) (?:l|r) |/ (?:side|leg|arm|sides|legs) |(?:each|both|either) (?:nostril|nostrils|eye|eyes|ear|ears) )",
        h_side,
    ),
    # times a day
    (
        "x_n_daily",
        rf"x (?P<n>N) (?:(?:{PER})(?:day|daily)|daily|everyday|eachday) ",
        h_per_day,
    ),
    (
        "vague_day",
        r"(?:a )?VAGUE (?:x |session |time |of x )(?:per |a |each |in a |over the course of (?:the )?|throughout (?:the )?|during (?:the )?|through (?:the )?)?(?:day|daily|week|weekly|eachday) ",
        h_vague,
    ),
    (
        "vague_intervals",
        r"(?:at )?VAGUE intervals (?:(?:throughout|during|through) (?:the )?day )?",
        h_vague,
    ),
    (
        "most_days",
        r"most days (?:of the week )?",
        h_vague,
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
        "per_day_slash",
        rf"{QUAL}(?P<n>N) (?:per |a |/ |each |p )(?:day|daily) ",
        h_per_day,
    ),
    (
        "per_24_hours",
        rf"{QUAL}(?P<n>N) (?:x |session |time )?(?:in|per|every|each|within) (?:a |any )?(?:24|N) (?:hours|hour) ",
        h_per_24_hours,
    ),
    (
        "every_hours",
        rf"(?:each |q |a ){QUAL}(?P<n>N)? (?:hour|hours|hourly) (?:daily )?",
        h_every_hours,
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
        h_every_hours,
    ),
    (
        "hourly",
        r"(?:hourly|each hour|per hour) ",
        h_every_hours,
    ),
    (
        "round_clock",
        r"(?:round|around) the clock |day and night |24 hours a day |night and day ",
        h_round_clock,
    ),
    (
        "waking",
        r"(?:(?:while|when|whilst) (?:you are |)|)awake |(?:during|throughout) (?:the )?(?:day|daytime|waking hours) |(?:in |during )?waking hours ",
        h_waking,
    ),
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
        h_every_days,
    ),
    (
        "rest_day_between",
        r"(?:with |and |)(?:a |one |N )?rest days? (?:in )?between (?:each |)(?:[a-z]+ )?",
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
        "per_week",
        rf"{QUAL}(?P<n>N) (?:x |session |days |day |time )(?:{PER}|in a |each )?(?:week|weekly) ",
        h_per_week,
    ),
    (
        "days_out_of_seven",
        rf"{QUAL}(?P<n>N) (?:days |day |x )?(?:out of|of) (?:N|the week) ",
        h_per_week,
    ),
    (
        "per_week_slash",
        rf"{QUAL}(?P<n>N) (?:{PER}|in a |each )(?:week|weekly) ",
        h_per_week,
    ),
    (
        "n_weekly",
        rf"{QUAL}(?P<n>N) (?:x )?weekly ",
        h_per_week,
    ),
    (
        "days_per_week_adj",
        rf"{QUAL}(?P<n>N) (?:[a-z][a-z'-]* ){{1,2}}(?:days|day) (?:{PER}|in a |each )(?:week|weekly) ",
        h_per_week,
    ),
    (
        "sessions_per_week",
        rf"{QUAL}(?P<n>N) (?:[a-z][a-z'-]* ){{1,4}}session (?:{PER}|in a )(?:week|weekly) ",
        h_per_week,
    ),
    (
        "sessions_per_day",
        rf"{QUAL}(?P<n>N) (?:[a-z][a-z'-]* ){{1,3}}session (?:{PER}|in a )(?:day|daily) ",
        h_per_day,
    ),
    (
        "weekly",
        r"(?:weekly|each week|once a week) ",
        h_per_week,
    ),
    # weekdays
    (
        "except",
        r"(?P<daily>(?:each day|eachday|everyday|daily|each night|nightly) )?(?:but |)(?:except|not|excluding) (?:on |for |at )?(?:the )?(?:(?P<list>DOW (?:(?:, |and |& |/ |or |- |to |through |thru ){0,3}DOW )*)|(?P<g>weekends|weekdays) )",
        h_except,
    ),
    (
        "weekdays",
        r"(?:on |each |every |)DOW (?:(?:, |and |& |/ |or |- |to |through |thru |plus ){0,3}DOW )*",
        h_weekdays,
    ),
    (
        "weekday_group",
        r"(?:on |at |during |each |)(?:the )?(?P<g>weekdays|weekends) ",
        h_weekday_group,
    ),
    # times of day
    (
        "before_bed",
        r"(?:before|at|prior to) (?:going to |you go to )?(?:bed|bedtime) (?:time )?",
        h_bedtime,
    ),
    (
        "on_waking",
        r"(?:on|upon|when|after|as soon as) (?:you )?(?:waking|wake|awaking|wakening|rising|first waking)(?: up)? ",
        h_morning,
    ),
    (
        "omni_nocte",
        r"N on (?=$|and |\+ |, |; )",
        h_night,
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
        "anchor",
        rf"(?P<rel>before|after|prior|following)(?: to)? (?:(?:and|&|/|or) (?P<rel2>after|before) )?(?:(?:and|or|during) )?{DETERMINERS}(?P<ev>{EVENT})",
        h_anchor,
    ),
    (
        "when_event",
        rf"(?:each time |time |whenever |when |any time |anytime |every time )(?:that )?(?P<ev>{EVENT})",
        h_when_event,
    ),
    (
        "vague_phrases",
        r"(?:as directed |as often as (?:possible |you can |able )|little (?:and|but) often |(?:with|during) (?:each |your |)(?:meals|food|meal) |as tolerated |as able |as (?:pain|symptoms) allow(?:s|) )",
        h_vague,
    ),
    (
        "prn",
        r"(?:as (?:and when )?(?:needed|necessary|directed by symptoms) |(?:when|if) (?:needed|necessary) |prn |on demand |as often as (?:you )?(?:would |can |)(?:like|want|wish|need|needed|tolerated) |as desired |when required |as and when )",
        h_prn,
    ),
    (
        "prn_condition",
        rf"(?:when|if|whenever) (?:(?:you|your|the|my|it|are|feel|feels|get|gets|have|has|is|becomes|become|feeling|a|any|[a-z]+) ){{0,3}}(?:{symptom_pattern()})",
        h_prn_condition,
    ),
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
        rf"(?:for |over |during |x |lasting |in |within |for the next |for the after |for another |for a further |, |: )?(?:a |the |next |another |further |total of |a total of |)?{QUAL}(?P<n>N) (?P<u>{DAYU}) (?:period )?(?!(?:{PER}|each |every |in a )(?:week|day|weekly|daily) |apart |of rest |rest )",
        h_duration,
    ),
    # "do this ten times": repetitions, when no period follows
    (
        "reps_noun",
        rf"(?P<r>N) (?:(?!x |reps |sets |each |per |a )[a-z][a-z'-]* ){{0,2}}(?:{EXERCISE_NOUNS}) ",
        h_reps,
    ),
    (
        "reps_direction",
        r"(?P<r>N) (?:x |reps |circles |rotations |turns )?(?:(?:in |)each (?:direction|way) |(?:clockwise|anticlockwise|counterclockwise|anti clockwise|anti clock wise|clock wise) )",
        h_reps,
    ),
    (
        "reps_each",
        r"(?P<r>N) (?:reps |x )?each (?=[.,;:)(/] |$)",
        h_reps,
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
        r"(?:for|over|during|within) (?:a|an|one|the next|the following|another|a further|one more) (?P<u>day|week|month|fortnight|night|year) ",
        h_one_unit,
    ),
    (
        "hours_course",
        r"(?:for|during|over|within|in) (?:the )?(?:first |next )?(?P<n>N) (?:hours|hour) (?!to )",
        h_hours_course,
    ),
    (
        "bout",
        rf"(?:for |lasting )?{QUAL}{dur('b')}",
        h_bout,
    ),
    # plain "daily"
    (
        "daily",
        r"(?:daily|everyday|eachday|each day|qd) ",
        h_daily,
    ),
)
