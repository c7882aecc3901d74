"""
Rules for the language of real handouts: stacked dose and frequency, timed work,
holds said without the word hold, spacing in hours, numbers that are not doses, stop
rules, rest days, starts, criteria, conditions and reviews.
"""

from __future__ import annotations

from rehabplan.phrases._context_rules import CONTEXT_RULES
from rehabplan.phrases._count_rules import COUNT_RULES
from rehabplan.phrases._course_handlers import h_program_length
from rehabplan.phrases._days_off import h_days_off, h_rest_days
from rehabplan.phrases._each_and_another import LIMB_RULES
from rehabplan.phrases._facts import Handler
from rehabplan.phrases._handlers import (
    h_bedtime,
    h_bout,
    h_nothing,
    h_per_day,
    h_per_week,
    h_reps,
    h_sets_hold,
    h_sets_reps,
    h_side,
    noting,
)
from rehabplan.phrases._handout_handlers import (
    h_bare_anchor,
    h_criterion,
    h_criterion_clause,
    h_days_a_week,
    h_days_between,
    h_distance_bouts,
    h_rep_max,
    h_reps_rest_rounds,
    h_rest_from,
    h_review,
    h_rounds,
    h_sets_of_bout,
    h_sets_per_day,
    h_sets_reps_each_side,
    h_stacked_per_day,
    h_start_after,
    h_stop_rule,
    h_time_point,
    h_timed_sessions,
    h_timed_work,
)
from rehabplan.phrases._hold_handlers import h_no_hold, h_seconds_hold
from rehabplan.phrases._hours_apart import h_hours_apart
from rehabplan.phrases._later_words import h_condition
from rehabplan.phrases._lookalike_rules import LOOKALIKE_RULES
from rehabplan.phrases._patterns import (
    BARE_LENGTH_AT_AN_EVENT,
    DAYS_OFF,
    DAYU,
    DETERMINERS,
    DISTANCE,
    EVENT,
    LOCOMOTION,
    NOT_AFTER_COURSE_WORDS,
    NOT_HELD,
    NOT_NEGATION,
    NOT_PERIOD,
    PAIN_FREE_CONDITION,
    PER,
    PERIOD_AHEAD,
    QUAL,
    REST_AHEAD,
    RETURNING,
    TU,
    dur,
    symptom_pattern,
)
from rehabplan.phrases._prose_rules import PROSE_RULES
from rehabplan.phrases._weekday_handlers import h_times_during_the_day
from rehabplan.phrases._when_rules import h_after_finishing

__all__ = ["HANDOUT_RULES"]


h_symptom_after = noting("a symptom after the event, not when to exercise")

#: Symptoms said as nouns: "pain after running" says when the pain comes.
SYMPTOM_NOUNS = frozenset(
    {"pain", "soreness", "discomfort", "ache", "aches", "aching", "stiffness", "swelling"}
)


HANDOUT_RULES: tuple[tuple[str, str, Handler], ...] = (
    # handout language: stacked dose and frequency, timed work, spacing, numbers that
    # are not doses, stop rules, rest days, starts, criteria and conditions
    (
        "stacked_per_day",
        r"(?P<s>N) x (?P<r>N) (?:reps )?x (?P<n>N) (?:(?=daily |each day |eachday |everyday )|(?:times |x )?(?:a|per|/) day )",
        h_stacked_per_day,
    ),
    # "3x10 x 6 weeks": sets and reps, then the course
    (
        "stacked_course",
        r"(?P<s>N) x (?P<r>N) (?:reps )?x (?=N (?:weeks|days|months) )",
        h_sets_reps,
    ),
    (
        # "aim for 15 to 30 seconds per set": each set lasts that long, a timed bout
        "bout_per_set",
        rf"(?:for )?{QUAL}{dur('b')}(?:per|each|a) sets ",
        h_bout,
    ),
    *CONTEXT_RULES,
    *LOOKALIKE_RULES,
    # "mild pain after running is normal": when a symptom comes, not the exercise's time
    (
        "symptom_after",
        rf"(?P<all>(?:{'|'.join(sorted(SYMPTOM_NOUNS))}) (?:(?:is |may be |can be |)(?:normal |ok |fine |)|)"
        rf"(?:after|post|following) {DETERMINERS}{EVENT})",
        h_symptom_after,
    ),
    (
        "reps_x_sets_bare",
        rf"(?P<r>N) reps x (?P<s>N) (?!x |sets |% |{TU} ){NOT_PERIOD}",
        h_sets_reps,
    ),
    (
        "sets_of_bout",
        rf"(?:{LOCOMOTION}|hops|hop|hopping|jumps|jumping) (?:for )?(?P<s>N) x {dur('b')}(?!hold |holds )",
        h_sets_of_bout,
    ),
    (
        # "Complete thirty seconds of each exercise": how long each exercise lasts
        "bout_of_each",
        rf"{QUAL}{dur('b')}of (?:each|every) (?:exercise|exercises|movement|stretch|station) ",
        h_bout,
    ),
    (
        # "Walk/jog on a trampoline: 2 × 45 s": the way of moving named first, then its bouts
        "locomotion_then_bouts",
        # ("Walk daily and then stretch 3 x 30 s": the count is the stretch's)
        rf"(?:{LOCOMOTION}) (?:(?!hold |holds |x |then |followed |daily |weekly )(?:[a-z]+|/|:) ){{0,6}}"
        rf"(?P<s>N) x {dur('b')}(?!hold |holds )",
        h_sets_of_bout,
    ),
    (
        # "10x1 minutes easy running", "3x 1-3 minute burst of continuous running"
        "bouts_then_locomotion",
        rf"(?P<s>N) x {dur('b')}(?:(?!hold |holds |x |and |or |then |after |before |following )[a-z]+ ){{0,3}}(?:{LOCOMOTION}) ",
        h_sets_of_bout,
    ),
    (
        "hours_apart",
        r"(?:(?:separated|spaced) by (?:a minimum of |at least |atleast |)(?P<n2>N) (?:hour|hours) "
        r"|(?:at least |atleast |)(?P<n>N) (?:hour|hours) (?:apart |rest |of rest |recovery |between )"
        r"(?!(?:\S+ ){0,5}and ))",
        h_hours_apart,
    ),
    # "At 4 weeks: can begin wall-sits", "discontinue crutches at 6 weeks": a time point
    (
        "at_a_time_point",
        r"(?P<all>(?:at|@|(?:start|started|starting|begin|begins|beginning|begun)(?: [a-z]+){0,2} (?:at|around|about|after)) "
        r"(?:about |around |approximately |usually |)(?:N|ORD) (?:week|weeks|day|days|month|months) "
        r"|N (?:week|weeks|day|days|month|months) after (?:from|start|beginning|you start|you begin) "
        # "usually two weeks after surgery", "4 and 8 weeks after", "6 months later": a
        # bare length before or after an event is when, not how long ("for 6 weeks
        # after surgery" is read from "for" on, by the course rules)
        rf"|{NOT_AFTER_COURSE_WORDS}{BARE_LENGTH_AT_AN_EVENT})"
        r"(?!(?:a |per |each |every |/ )?(?:day|week|daily|weekly) |intervals )",
        h_time_point,
    ),
    # "150 minutes spread out over a week": a week's total, not a course of a week
    (
        "spread_over_week",
        r"(?:spread|spaced|split|divided) (?:out )?(?:over|across|through|throughout) (?:a|the|each|every) week ",
        h_nothing,
    ),
    # "if this exercise causes pain, stop": the stop rule said condition first
    (
        "stop_rule_after_condition",
        r"(?:if|when|should) (?:it |this |that |the |a |any |your )?(?:exercise |exercises |activity |movement |stretch )?"
        r"(?:causes|increases|produces|brings on|makes|worsens|aggravates|gives you) (?:any |more |your |the |you )?"
        r"(?P<what>pain |discomfort |soreness |symptoms )(?:worse )?(?:, )?(?:then |please )?(?:stop|rest) "
        r"(?:(?:the |this |that )?(?:exercise |exercises |activity |it ))?",
        h_stop_rule,
    ),
    (
        "stop_rule",
        r"(?:stop|reduce|rest|discontinue|cease|halt|skip) (?:(?:the |this |that |your )?(?:exercise |exercises |activity |it |them |a session |the session ))?(?:if|when|once) "
        rf"(?:the |your |you feel |you become |you get |you are |it |)(?P<what>{symptom_pattern()}|symptoms )?"
        r"(?:is |goes |gets |rises |increases |)(?:> |above |over |more than |beyond |exceeds |to |)"
        r"(?:(?P<n>N) (?:/ N |out of N ))?",
        h_stop_rule,
    ),
    (
        "reference",
        # "from step 3 x 8": a number with its reps after it is the dose, the step a box
        r"(?:step N (?!x )|(?:steps|stage|stages|phase|level|page|figure|fig|table|no|number) N (?!out of |/ |x (?!N )))",
        h_nothing,
    ),
    (
        "percent_rm",
        r"N % (?:of )?(?:N rm )?",
        h_nothing,
    ),
    (
        "rep_max",
        r"(?:(?P<load>load|loads|weight|resistance) (?:= |: |of |at |)(?:a |)|)(?P<r>N) rm ",
        h_rep_max,
    ),
    (
        "rating",
        # ("4 out of 7 days" counts days)
        rf"(?:{QUAL}N out of N (?!days |day )|N on (?:a |the )?N (?:- )?point scale )",
        h_nothing,
    ),
    (
        # "Once you can stand on one leg for 30 seconds, try it with your eyes closed":
        # what it takes to move on, which may be a target, not the dose
        "criterion_clause",
        r"(?P<all>(?:(?:once|when|whenever|until|after|if|assumes|assuming|provided) (?:you|you're) (?:can|are able to|able to easily|able to|feel (?:comfortable|confident|able)|"
        r"manage to|have managed to|have mastered|can manage|achieve|reach|get to)|you should (?:aim to )?be able to|"
        r"aim to be able to|(?:the )?(?:in)?ability to|(?:be )?(?:un)?able to(?= (?:perform|do|complete|hold|walk|run|hop|jump|stand|single|balance) )"
        r"|(?:once|when|until) (?:(?!you )[a-z'-]+ ){1,12}?(?:can|is able to|are able to)"
        # "I was able to close the 'S' 30 to 40 times": what someone managed, not a dose
        r"|(?:i|he|she|they|we|patients|participants) (?:was|were) (?:un)?able to)"
        r" )(?![,.;:] |$)",
        h_criterion_clause,
    ),
    (
        # "take at least one complete rest day a week": a day off, not a session a week
        "rest_day_a_week",
        r"(?:at least (?:N |a )|a )(?:complete |full |whole |)(?:rest|recovery|off) (?:day|days) (?:a|per|each|every|in a) week ",
        h_nothing,
    ),
    (
        "days_off",
        DAYS_OFF,
        h_days_off,
    ),
    (
        "rest_days",
        r"(?:DOW (?:, (?:and |or |)|and |or |& )?){1,7}(?:is |are |as )(?:a |your |my |the |)"
        r"(?:rest (?:day|days) |recovery (?:day|days) |(?:day|days) off |off )"
        # "rest on Monday", "with recovery on Sunday", "Rest day: Sunday", "Day off: Friday",
        # "skip Saturdays": days without a session
        r"|(?:and |with |)(?:rest|recovery|off|a rest day|rest days|rest day|day off|days off|skip) "
        r"(?:on |: |- |= |are |is |will be |should be |)(?:DOW (?:, (?:and |or |)|and |or |& )?){1,7}"
        # "Weekend off", "rest at weekends", "weekends are rest days"
        r"|(?:take |have |with |)(?:the |your |)weekends (?:off |free )"
        r"|(?:rest|recover|off) (?:at|on|over|during) (?:the |)weekends "
        r"|weekends (?:are|is) (?:a |your |)(?:rest|recovery|off) (?:day |days |)",
        h_rest_days,
    ),
    (
        "start_after",
        r"(?P<all>(?:start|starting|begin|beginning|from) (?:around |about |approximately |roughly |at least |)"
        r"(?:N|a) (?:day|days|week|weeks) "
        r"(?:after|post|following|gestation|of pregnancy|pregnant|postpartum|postnatal) "
        # "From 2 weeks, 3 x 10 daily", "From 6 weeks onwards, ...": a start said first
        r"|(?:(?:start|starting|begin|beginning) (?:from |at |)|from )(?:around |about |at least |)"
        # ("strengthening from 6 weeks": at the phrase's end)
        r"(?:N|a) (?:day|days|week|weeks|month|months) (?:onwards |on |)(?=, |: |; |- |\. |$))",
        h_start_after,
    ),
    (
        "criterion",
        r"until (?:(?:you are |you're |it is |it's |)(?:pain|symptom|symptoms) free "
        # "until the pain is gone for 24 hours", "until the swelling goes down"
        rf"|(?:the |your |all |)(?:{symptom_pattern()}|symptoms |vertigo )(?:is |has |have |are |)"
        r"(?:gone|settled|resolved|eased|subsided|disappeared|improved|better|go|goes|settles|"
        r"resolves|eases|subsides|improves|disappears|disappear|clears|cleared|stops|stopped) "
        r"(?:down |away |off |up |)(?:completely |))"
        r"(?:for (?:N|a|an) (?:consecutive |)(?:hours|hour|days|day|weeks|week) |)",
        h_criterion,
    ),
    # "until your follow-up appointment", "until you see the physio": an unknown date
    (
        "until_visit",
        r"until (?:you (?:see|are seen by) |)(?:at |by )?(?:your |the |)(?:next |)"
        r"(?:(?:follow up|followup|review|check up|checkup|clinic|physio|physiotherapy|hospital) )?"
        r"(?:appointment|review|visit|clinic|check up|checkup|follow up|followup|physio|physiotherapist|doctor|surgeon) ",
        h_criterion,
    ),
    (
        "condition",
        PAIN_FREE_CONDITION,
        h_condition,
    ),
    (
        "review",
        r"(?:(?:, |; |\. )?(?:and )?then )?(?:a )?review ",
        h_review,
    ),
    (
        "no_hold",
        r"(?:don't|dont|do not|never|no|without) (?:a )?hold(?:ing)? (?P<len>(?:[a-z]+ ){0,2}?(?:for |)(?:more than |longer than |over |)N (?:sec|second|min) )?",
        h_no_hold,
    ),
    # "2 x 10 yards", "3 sets x 15m": bouts, each a distance
    (
        "distance_bouts",
        rf"(?P<all>(?P<s>N) (?P<sets>sets )?x N {DISTANCE} )",
        h_distance_bouts,
    ),
    # "by your two week follow up", "at the 6 week review": a milestone, not a course
    (
        "milestone",
        r"(?:N (?:day|days|week|weeks|month|months) (?:- )?{VISIT}"
        r"|{VISIT}(?:will be |is |)in N (?:day|days|week|weeks|month|months) "
        # ("the minimum follow-up was 5 years", "follow up with your physio in 2 weeks": the
        # time of a follow-up, said after it; not "a follow-up for 3 months", "a follow-up
        # to the six-week programme": a course)
        r"|(?:follow|followed) (?:- )?up (?:(?:period |interval |time |duration |)of |(?:(?!{ACTIVITY}|x |each |daily |for |over |to "
        r"|additional |another |N )[a-z]+ ){{0,4}}(?:in|at|within|after|was|is|were|lasted) )"
        r"(?:about |approximately |around |)N (?:(?:- |to |or |and )N )?(?:day|days|week|weeks|month|months|year"
        r"|years) (?!programme |program |course |plan |study )(?!- ))".format(
            VISIT=r"(?:follow (?:- )?up|followup|appointment|review|check (?:- )?up|checkup|visit|clinic) ",
            ACTIVITY=r"(?:exercises|exercise|walking|walk|walks|programme|program|stretches"
            r"|stretching|continue|training|sessions|session) ",
        ),
        h_nothing,
    ),
    # "a bit further each day": a progression with no number, not how often ("Lift and
    # lower each day": the movement's way down, daily)
    (
        "unmeasured_progression",
        r"(?:more|further|farther|higher|(?:(?<! and )(?<! then )|(?<= lower and ))lower|longer|deeper|harder) (?:each|every) (?:day|week|session|time) ",
        h_nothing,
    ),
    # "then do the same on the left side", "repeat to the right": the other side in turn
    (
        "same_on_named_side",
        # ("Repeat exercise with right hand": the exercise named, then the side)
        r"(?:(?:then |and )?(?:do |repeat )?(?:the )?same|repeat(?: (?:it|this|the|both|exercise"
        r"|exercises|stretch|stretches)){0,2}) (?:on |with |to |for |using )(?:the |your )?"
        r"(?:left|right) (?:side |leg |arm |foot |hand )?",
        h_side,
    ),
    # "do 3 cycles", "repeat for 4-6 intervals", "5 bouts of running": each one a repetition
    (
        "cycles",
        r"(?P<r>N) (?:such )?(?:cycles|intervals|bouts|pass throughs|passes) (?!(?:a |per |/ )min )",
        h_reps,
    ),
    # "the following exercises" lists what comes next: not "after exercise"
    (
        "the_following",
        r"(?:the|these) after (?!N |morning |afternoon |evening |night )",
        h_nothing,
    ),
    (
        "days_of_activity_a_week",
        # ("at least 2 days of resistance training per week": not a course of 2 days)
        r"(?:for |)(?:at least |a minimum of |minimum |up to |)(?P<n>N) (?:day|days) of "
        r"(?!rest |recovery |complete rest |total rest |no |pain |swelling |stiffness |soreness "
        r"|symptoms |discomfort |bed (?!exercises |exercise |mobility |cycling |stretches |stretching |yoga )|flare (?!management )|flares |aching |ache "
        r"|fatigue (?!management )|illness |sickness |off )(?:[a-z]+ ){1,2}(?:a |per |each |/ )week ",
        h_days_a_week,
    ),
    (
        "sets_reps_each_side",
        r"(?P<all>(?:(?P<s>N) |)x (?P<r>N) \+ (?P<r2>N) (?!sec |second |min )(?:reps |))",
        h_sets_reps_each_side,
    ),
    *COUNT_RULES,
    # sets told in prose: "repeat the cycle 2-3 times", "repeat the workout 3 times"
    (
        "rounds",
        r"(?:(?:repeat|repeating|go through|going through|go round|go around|do|doing|complete"
        r"|completing|perform|performing) (?:(?:the|this|that|these|whole|entire|full) ){0,2}"
        r"(?:cycle|sets|sequence|routine|program|programme|series|session|warm up|cool down) (?:, )?(?P<n>N) (?:x (?P<more>more )?|(?P<more_first>more )x )"
        r"(?P<session>(?:each|per|a|every|/) session )?(?:in a row |through (?=[.,;:)] |$))?"
        r"|(?:cycle|sets|sequence|routine|program|programme|series|session) (?:(?:can|should|must|will|may|could) be |is |are |)(?:repeat|completed|done|performed) (?P<n2>N) x )"
        rf"(?!(?:during|throughout|through|over|across|in|this|next|before) |a fortnight |{PERIOD_AHEAD})",
        h_rounds,
    ),
    # "10 reps, rest 1 min, repeat 3 times": the set repeated; "repeat, rest, repeat again"
    (
        "reps_rest_rounds",
        rf"(?:repeat (?:for )?)?(?P<r>N) (?:reps |x )(?:(?:, |and |then |\. |; ){{1,3}}(?:do |)|)rest (?:for |of |)"
        rf"(?:{QUAL}{dur('r')})?(?:, |and |then |\. |; ){{1,3}}(?:then |)repeat (?:(?:this|it|"
        rf"that|the|set|all|(?P<again_n>again)) ){{0,2}}(?:{QUAL}(?P<n>N) (?:x (?P<more>more )?|(?P<more_first>more )x )|(?P<again>again ))"
        rf"{NOT_PERIOD}",
        h_reps_rest_rounds,
    ),
    # "3 sets per day": sets spread through the day are sessions a day
    (
        "sets_per_day",
        r"(?P<n>N) sets (?:per|a|each|/) day ",
        h_sets_per_day,
    ),
    # "an 8-week training program": the course's length
    (
        "program_length",
        r"(?:(?:a |an |the |this |our |my )(?=N day ))?(?P<n>N) (?P<u>week|weeks|day|days|month|months) (?:[a-z]+ ){0,2}(?:program|programme|plan|course|protocol) ",
        h_program_length,
    ),
    # minimum spacing in days: "leave at least a day in between your runs"
    (
        "days_between",
        r"(?:leave|allow|have|take|with|rest) (?:(?:your|the|these|those) [a-z]+ )?(?:for |)"
        r"(?:at least |a minimum of |minimum |)"
        r"(?:a |one |(?P<n>N) )(?:full |)(?:day|days) "
        r"(?:of rest |off |)(?:in |)between ",
        h_days_between,
    ),
    # "repeat these movements for 30 seconds", "relax for 10 s", "do this for 30 s":
    # a time spent moving or resting, not a hold
    # "apply heat for 15 minutes before and after", "ice after completion": no event
    # is named; a handout means the exercise, the default reading
    (
        "bare_anchor",
        r"(?P<all>(?P<both>before and after )|(?:after|on) completion )(?=if |as |when |[,.;)] |$)",
        h_bare_anchor,
    ),
    *PROSE_RULES,
    # "do 10 then change sides", "do 10 of these every time you sit down": repetitions
    (
        "do_n",
        rf"(?:do|perform) {QUAL}(?P<r>N) (?:of (?:them|this|it) )?(?=then |and |each time |[.,;)] |$)"
        r"(?!, N (?:sets|reps) )",  # ("do 1, 2 or 3 sets": a list of counts)
        h_reps,
    ),
    # table labels: "Frequency / day : once", "Frequency / week : 4-5 times per week"
    (
        "label_frequency_day",
        r"frequency (?:per |a |/ )day (?:: |- |= )?(?P<n>N) (?:x )?(?:(?:per|a|each|/) day )?",
        h_per_day,
    ),
    (
        "label_frequency_week",
        r"frequency (?:per |a |/ )week (?:: |- |= )?(?P<n>N) (?:x )?(?:(?:per|a|each|/) week )?",
        h_per_week,
    ),
    # timed sets with the time as an adjective: "three 1-minute sets" (as "3 sets of 1 min")
    (
        "dur_sets",
        r"(?P<s>N) (?P<hn>N) (?P<hu>sec|second|min) sets ",
        h_sets_hold,
    ),
    (
        "last_thing_at_night",
        r"last thing (?:at|each|every) night ",
        h_bedtime,
    ),
    (
        "on_retiring",
        r"(?:on|upon|at|before) retiring ",
        h_bedtime,
    ),
    # "two five-minute sessions a day": how many sessions, and how long each lasts
    (
        "timed_sessions",
        # ("two 40-min exercise sessions", "four individual 60 minute sessions")
        rf"(?P<n>N) (?:individual |separate |short |shorter |long |longer |brief |brisk |gentle "
        rf"|easy |moderate |light |slow |steady |quick |){dur('b')}"
        rf"(?:(?!{TU} )[a-z]+ ){{0,2}}"
        r"(?:session|periods|period|bouts|bout|walks|runs|rides|swims|jogs|classes|class) "
        rf"(?:of (?:[a-z][a-z'-]* ){{1,3}})?(?:(?:{PER}|each |)(?P<p>day|daily|week|weekly) "
        r"|(?:throughout|during|over|across) (?:the |each |a |your )day )",
        h_timed_sessions,
    ),
    # "once you have finished running": after the run
    (
        "once_finished",
        rf"once (?:you |you've |you have |)(?:have )?(?:finished|completed|done) {DETERMINERS}(?P<ev>{EVENT})",
        h_after_finishing,
    ),
    *LIMB_RULES,
    # "rest from running for 2 weeks": how long something else stops
    (
        "rest_from",
        rf"(?P<all>(?:rest|break|time off|stop) from (?:[a-z]+ ){{1,3}}for {QUAL}(?:N|a) {DAYU} )",
        h_rest_from,
    ),
    (
        "timed_work",
        # moving for a time ("swing it in small circles for 30 s", "pump your ankles for
        # 30 s") is timed work too; the words between never include a hold: "do a
        # stretch and hold for 30 s" holds
        # ("complete for 20 seconds" with nothing named between is timed work; "complete
        # plank for 30 seconds" holds)
        r"(?<!without )(?<!not )(?<!no )"
        r"(?:(?:reps|repeat|continue|relax|relaxation|rest|do|done|perform|performed|work|working|swing|swinging"
        r"|pump|pumping|rock|rocking|rotate|rotating|circle|circling|shake|shaking|bounce"
        r"|bouncing|wiggle|wiggling|tap|tapping|pedal|pedalling|pedaling) "
        rf"(?:{NOT_NEGATION}(?!hold |holding |held |sustained |maintained )[a-z]+ ){{0,5}}|complete )for {QUAL}{dur('b')}",
        h_timed_work,
    ),
    (
        "seconds_hold",
        rf"(?:(?:keep|stay|remain|maintain) (?:it |this |that |there |here |the position |position |still |the pressure |pressure ){{0,2}}|(?:be |is |are )?(?:maintained|sustained) )?(?P<for>(?:stretch |stretching |)for |stretching |stretch |)(?P<q>{QUAL})(?P<hn>N) (?P<hu>sec|second) (?:(?:to (?=N (?:sec|second) )|up to (?=N |a ))(?:(?P<hn2>N)|a) (?P<hu2>sec|second|min) )?(?:each (?:reps |time (?!you |that |i |we ))|hold )?(?!(?!daily |each day |every day ){PERIOD_AHEAD}|x |to |apart |{REST_AHEAD}|later |after |before (?!{RETURNING})|{NOT_HELD}|(?:{LOCOMOTION}) )",
        h_seconds_hold,
    ),
    (
        "times_during_the_day",
        rf"(?:repeat |repeated |do this |){QUAL}(?P<n>N) x (?:during|throughout|through|over|across|in) "
        r"(?:the course of )?(?:the |each |a |your )?(?P<work>work |working |school )?day ",
        h_times_during_the_day,
    ),
)
