"""
The rule table of the phrase grammar: (name, pattern over symbols, handler).
"""

from __future__ import annotations

from rehabplan.phrases._both_eyes import BOTH_EYES_RULES
from rehabplan.phrases._breath_counts import h_breaths, h_hold_breaths
from rehabplan.phrases._count_rules import BREATHS_AFTER_A_TIME, h_x_before_counts
from rehabplan.phrases._course_handlers import (
    h_day_total,
    h_progress_step,
    h_progression,
    h_progression_note,
    h_stage,
    h_uk_duration,
    h_week_total,
)
from rehabplan.phrases._each_and_another import (
    SIDE_SAID_RULES,
    h_repeat_with_both,
    h_sets,
    h_side_said,
)
from rehabplan.phrases._facts import Handler
from rehabplan.phrases._handlers import (
    asking,
    h_bout,
    h_load,
    h_nothing,
    h_ratio,
    h_reps,
    h_sets_hold,
    h_sets_reps,
    h_sets_reps_hold,
)
from rehabplan.phrases._handout_handlers import h_distance_bouts, h_reps_hold, h_rest
from rehabplan.phrases._handout_rules import HANDOUT_RULES
from rehabplan.phrases._helping_hand import NOT_A_SIDE_RULES, h_side_unless_helping
from rehabplan.phrases._hold_handlers import h_bout_each_side, h_hold, h_hold_count
from rehabplan.phrases._labels import h_label, h_label_period
from rehabplan.phrases._timing_rules import TIMING_RULES

__all__ = ["RULES"]
from rehabplan.phrases._day_rules import SESSIONS_OF_A_LENGTH_RULES, STEP_RULES
from rehabplan.phrases._first_rules import FIRST_RULES
from rehabplan.phrases._more_prose_rules import h_second_set, h_then_repeat
from rehabplan.phrases._patterns import (
    DISTANCE,
    LOCOMOTION,
    NOT_PERIOD,
    NOT_PLACED,
    PER,
    PERIOD_AHEAD,
    QUAL,
    SIDE,
    TU,
    dur,
)
from rehabplan.phrases._shorthand_rules import DOSE_A_DAY_RULES

#: What ends a time that is a rest, not a hold: "10 reps 2 mins rest", "3 x 10 60 s break".
_NOT_A_REST = "(?!rest |recovery |break |breaks |pause |between |off )"


#: The grammar: (name, pattern over symbols, handler), tried in this order at each
#: position (the first that matches wins, so longer and more specific come first).
RULES: tuple[tuple[str, str, Handler], ...] = (
    BREATHS_AFTER_A_TIME,
    *FIRST_RULES,
    *SESSIONS_OF_A_LENGTH_RULES,
    # labels in tables: "REPS: 10", "SETS: 3", "HOLD: 2", "DAILY: 1", "WEEKLY: 3"; not a
    # rating, "each set 8/10"
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
        r"hold (?:it |this |for |)(?:(?P<n>N) )?(?:(?:slow|deep|even|full|relaxed|calm) |, ){0,3}(?:breaths|breath) ",
        h_hold_breaths,
    ),
    (
        # "increase that time up to 45 seconds": where the hold goes, noted
        "increase_to",
        rf"(?:increase|increasing|progress|progressing|build|building) (?:(?:that|the|this|your|hold|holding|time|up) ){{1,3}}(?:to|up to) {dur('t')}",
        asking("a hold to build up to, with no step: say the step, e.g. '+5 s each week'"),
    ),
    *STEP_RULES,
    (
        "increase_by",
        # ("increase the amount of flexion by 5 to 10 degrees every day": how far a day)
        r"(?:increase|increasing|add|adding|introduce|introducing) (?:(?:the |your |it |time |duration |load |weight |number |of |reps |sets |hold |holds |amount |to fatigue "
        r"|flexion |extension |bend |bending |angle |range |motion |movement |distance ){0,5})(?:by )?N "
        r"(?:(?:- |to )N (?=degrees |degree |° ))?(?:(?:degrees|degree|°) (?=(?:per |a |each |every )))?"
        r"(?:(?:more |extra )?(?:reps|sets|sec|second|min|x|kg|lb) (?:(?:per |a |each |/ |every )(?:N |ORD |other |second )?(?:week|weeks|day|days|session|sets|daily|fortnight|month|months) |daily |weekly )?"
        r"|(?:per |a |each |every )(?:N |ORD |other |second )?(?:week|weeks|day|days|session|fortnight|month|months) )",
        h_progression_note,
    ),
    (
        "then_stage",
        r"(?:(?:, |; |\. )?(?:and )?)(?:then|thereafter|there after|after that"
        # "every 2 hours for 2 days and gradually reduce the frequency to 3 times a day"
        r"|(?:gradually |slowly |)(?:reduce|reducing|decrease|decreasing|cut|cutting) (?:(?:the|frequency|it|this|down|back) ){0,3}to"
        r") (?=(?:(?:do|perform|complete) )?(?:N (?!x )(?:[a-z][a-z'-]* ){1,3})?(?:each |daily |N x |N week N |N (?:reps|sets) |alternate |weekly |N (?:days|x) |on DOW |every |DOW |as (?:needed|required|necessary|and when) |prn |for (?:the )?(?:N|a|ORD) )"
        # "then maintain once a week", "then continue twice a week": the later stage's timing
        r"|(?:hold|continue|keep going|keep|carry on|go on) (?:(?:with|it|them|this|these|on) ){0,2}"
        r"(?=each |daily |N x |weekly |alternate |N days |on DOW |DOW |every ))",
        h_stage,
    ),
    (
        "label_sets_slash_reps",
        r"sets / reps (?:: |- |= )?(?P<s>N) / (?P<r>N) ",
        h_sets_reps,
    ),
    (
        "label",
        rf"(?P<k>reps|sets|hold|daily|weekly|repeat) (?:: |- |= |\| )?{QUAL}(?P<v>N) (?!(?!x (?:per |a |each |/ )(?:day |week )(?:: |- |= |\| )N )(?:(?:reps|sets|sec|second|min|hour|hours|more) (?!: )|(?:different|separate|distinct) x |x (?!(?:reps|sets|hold|frequency|daily|weekly) : )|(?:kg|lb|g|(?<!hold N )(?<!hold : N )%) |/ N |for N |{PERIOD_AHEAD}(?<!: )(?!: )))(?:x (?!(?:per |a |each |/ )(?:day |week )(?:: |- |= |\| )N ))?",
        h_label,
    ),
    # progression markers: values after them are targets, not the dose
    (
        "progression",
        # "work your way up to": "way" reads as a direction
        # ("building up your tolerance to repeat 10 times": the count after it)
        r"(?:increasing|increase|increased|progress|progressing|progressed|build|building|work|working|advance|advancing|advanced|going) (?:up (?=your |my ))?(?:(?:the|your|my) (?:[a-z]+ ){1,2}|them |it |this |these )?(?:up )?to (?:as (?:high|many|much) as )?",
        h_progression,
    ),
    # "gradually increasing the amount of time you hold the tension to a count of 10"
    (
        "progression_of_a_measure",
        r"(?:increasing|increase|increased|building|build) (?:up )?the (?:amount|length"
        r"|duration) of (?:[a-z]+ ){1,6}?(?:up )?to (?=(?:a count of |about |around |)N )",
        h_progression,
    ),
    # "(aim for 20 times by week 6)": a target by a later week, after the dose
    (
        "aim_by",
        r"(?:aim|aiming) (?:for|to do|to reach|to get to) "
        r"(?=(?:[a-z]+ ){0,2}N (?:(?:[a-z]+|N) ){0,3}"
        r"(?:by (?:week|day|month|the end|DOW|your|next)|within N) )",
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
        h_day_total,
    ),
    # "at least 150 minutes every week", "2.5 hours (150 minutes) a week", "150 minutes
    # weekly": a total, not how often
    (
        "total_per_week",
        rf"(?<!by )(?<!to )(?P<all>(?:for )?{QUAL}{dur('b')}(?:\( {QUAL}N (?:sec|second|min|hour|hours) \) )?"
        # "150 minutes of moderate intensity activity every week"
        r"(?:of (?:(?!daily |weekly |day |week |and |or |x )[a-z-]+ ){1,4})?"
        r"(?:(?:per |a |each |every |/ |in a )week |weekly ))",
        h_week_total,
    ),
    (
        "bout_at_a_time",
        rf"(?:for )?{QUAL}{dur('b')}at a time ",
        h_bout,
    ),
    # doses
    (
        "bout_locomotion",
        rf"(?:{LOCOMOTION}) (?:for )?{QUAL}{dur('b')}(?!hold |holds )",
        h_bout,
    ),
    (
        "bout_then_locomotion",
        rf"{QUAL}{dur('b')}(?:{LOCOMOTION}) (?!recovery |rest )",
        h_bout,
    ),
    (
        "sets_reps_hold",
        rf"(?P<s>N) x (?P<r>N) x {QUAL}{dur('h')}(?:hold |isometric )?",
        h_sets_reps_hold,
    ),
    (
        "reps_hold",
        rf"(?P<r>N) x {QUAL}{dur('h')}{_NOT_A_REST}(?:hold |isometric ){{0,3}}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {SIDE} )?",
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
        rf"(?P<r>N) (?:reps) (?:of |x |)(?:{QUAL}){dur('h')}{_NOT_A_REST}(?:hold |isometric ){{0,3}}",
        h_reps_hold,
    ),
    *DOSE_A_DAY_RULES,
    (
        "sets_x_reps",
        rf"(?P<s>N) x (?P<r>N) (?!x |{TU} |mg |ml |mcg |g |kg |lb |degrees |degree |° |% )(?:reps )?(?P<ea>ea )?",
        h_sets_reps,
    ),
    (
        "sets_of_reps",
        r"(?P<s>N) (?:(?:light|heavy|hard|easy|perfect|good|quality|working|full|straight|slow"
        r"|controlled|solid|top|clean) )?sets (?:of |x |, |: |with |)(?P<r>N) (?!x |sec |second |min |hour |session |days |day |time |exercises |exercise |rest |recovery |weeks |week |if )"
        # ("2-3 sets of 20 meters": a distance, not repetitions)
        rf"(?!{DISTANCE} )(?:reps )?(?P<ea>ea )?",
        h_sets_reps,
    ),
    (
        "reps_x_sets",
        r"(?P<r>N) reps (?P<ea>ea |each )?(?:x |, |/ |in |of |)(?P<s>N) sets ",
        h_sets_reps,
    ),
    (
        # "Repeat 3 x 10 times.": sets by reps, "times" said again at the end
        "sets_reps_times",
        r"(?P<s>N) x (?P<r>N) x (?=[.,;)] |$)",
        h_sets_reps,
    ),
    (
        # "x3 sets of x15 repetitions", "x4 sets x8 repetitions": an x before each count
        "x_sets_x_reps",
        r"x (?P<s>N) sets (?:of |)(?:x |)(?P<r>N) reps ",
        h_sets_reps,
    ),
    (
        # "Depth jump × 3 × 10", "Heel raises x 15 x 3": an x before each count, asked
        "x_before_sets_x_reps",
        rf"(?:(?<=[a-z] )|(?<=^ ))(?<!min )(?<!sec )(?<!hour )x (?P<s>N) x (?P<r>N) "
        rf"(?!x |{TU} |times "
        r"|legs |sides |arms |directions |ways )(?:reps )?",
        h_x_before_counts,
    ),
    (
        "x_reps",
        r"x (?P<r>N) reps ",
        h_reps,
    ),
    (
        "x_sets",
        r"x (?P<s>N) sets ",
        h_sets,
    ),
    (
        # "in sets of 5-10", "in batches of six or eight": the repetitions of each set
        "in_sets_of",
        rf"(?:in|into) (?:sets|reps) of {QUAL}(?P<r>N) (?!x |sets |{TU} )",
        h_reps,
    ),
    (
        "sets",
        r"(?P<s>N) (?P<more>more )?(?:complete |full |whole |separate |)sets ",
        h_sets,
    ),
    (
        "reps_per_side",
        rf"(?P<r>N) (?:reps |x )?(?P<side>(?:on |with |for |per |)(?:each|per|ea|/) {SIDE} )",
        h_reps,
    ),
    # "eight 400-meter repeats": repeats of a distance (the distance asked about)
    (
        "distance_repeats",
        rf"(?P<s>N) (?P<all>N {DISTANCE} )(?=reps |intervals |efforts |strides |sprints )",
        h_distance_bouts,
    ),
    (
        "reps",
        rf"(?P<r>N) (?P<more>more )?(?:(?!sets |x |each |per |a |reps |{DISTANCE} |{TU} )[a-z][a-z'-]* )?reps (?:/ sets |per sets |/ x |each x )?(?P<side>ea )?"
        r"|(?<!↑ )(?<!\+ )(?<! by )(?<! plus )(?<! add )(?<! drop )(?<! increase )(?!(?:(?<=^ up )|(?<= then up )|(?<= go up )|(?<= going up )|(?<= move up )|(?<= moving up )|(?<= work up )|(?<= build up )|(?<= bump up )|(?<= ramp up )|(?<= scale up )|(?<= add on )|(?<= move on )|(?<= push on )|(?<= go on ))N (?:in each|in every|per|each) sets (?:each|every|a|per|/) |(?<= up )N per sets (?:each|every|a|per|/) (?:week|session|fortnight|workout) )(?P<r2>N) (?:in each|in every|per|each) sets ",  # "5 in each set"
        h_reps,
    ),
    (
        "repeat",
        rf"repeat (?:(?:it|this|each|the|exercise|stretch|them|these|that|all|both|sequence|above|movement|on|with|your|other) ){{0,4}}(?:: )?{QUAL}(?P<r>N) (?!hours |hour |hourly |min |sec |second |sets |more sets |(?:different|separate|distinct) x |x as (?:VAGUE|many|much|long|often) |x N (?!sets )|(?:[a-z]+ ){{0,2}}(?:movements|exercises|stretches|moves|poses|drills) )(?:x (?=more ))?(?P<more>more )?(?:x |reps )?{NOT_PERIOD}",
        h_reps,
    ),
    (
        # "Repeat 15 times, wait 30 seconds and repeat the set", "rest briefly, then another
        # set": a second set
        "repeat_the_set",
        r"(?:(?:and |then |, ){0,2}repeat (?:(?:the|this|that) sets (?:again |once |)|again )|rest (?:briefly |a moment |for a moment |a while |for a while |a little |(?:for )?(?:N|a) (?:sec|min) |)"
        r"(?:, )?(?:and|then) repeat "
        r"|rest (?:briefly )?(?:, )?(?:and |then ){1,2}(?:do |perform )?(?:another|a second) sets "
        r"|(?:and |then ){0,2}(?:do |perform |complete )(?:another|a second|the second) sets )(?=[.,;)] |$)(?!, N x )"
        # "... Then complete a second set of 10 repetitions": after a first set only
        r"|(?<!^ )(?:and |then ){0,2}(?:do |perform |complete )(?:another|a second|the second) sets (?=of N )",
        h_second_set,
    ),
    (
        "then_repeat",
        # ("Hold for 3 minutes. Repeat.": a sentence of its own)
        r"(?:(?:and )?then repeat (?:once |again |it |this )?(?=[.,;)] |$)|(?<=\. )repeat (?=[.;)] |$))",
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
        rf"hold (?:for )?{QUAL}{dur('h')}(?:hold )?(?:, )?x (?P<r>N) {NOT_PERIOD}(?P<sets>sets )?(?P<side>(?:on |with |for |per |)(?:each|per|ea) {SIDE} )?",
        h_reps_hold,
    ),
    (
        "dur_hold_x",
        rf"{QUAL}{dur('h')}(?:hold|isometric) (?:, )?x (?P<r>N) {NOT_PERIOD}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {SIDE} )?",
        h_reps_hold,
    ),
    (
        "dur_x_n",
        rf"{QUAL}(?P<hn>N) (?P<hu>sec|second|min) x (?P<r>N) {NOT_PERIOD}(?P<sets>sets )?(?P<side>(?:on |with |for |per |)(?:each|per|ea) {SIDE} )?",
        h_reps_hold,
    ),
    (
        "hold_count",
        rf"(?:hold (?:(?:it|this|that|for|the|position|stretch|each) ){{0,3}}(?:for )?(?:(?:a )?(?:slow )?count (?:of |to ){QUAL}(?P<c>N) |{QUAL}(?P<c2>N) (?:slow )?counts )"
        rf"|(?:it is |is |)counted (?:up )?to (?P<c3>N) )",
        h_hold_count,
    ),
    (
        # "take four deep breaths": breaths counted as repetitions ("hold for 3 breaths"
        # is a hold measured in breaths, not read)
        "breaths",
        r"(?<!for )(?<!of )(?<!about )(?<!around )(?P<r>N) (?:deep |slow |big |full |)breaths ",
        h_breaths,
    ),
    (
        # "Start off with ten, and work your way up": the first dose
        "start_with",
        r"(?:start|begin|starting|beginning) (?:off |out )?(?:with|by doing|doing) (?P<r>N) (?=[,.;] |and |then |$)",
        h_reps,
    ),
    (
        "hold_until_count",
        r"hold until (?:you |your )?count (?:to )?(?P<c>N) ",
        h_hold_count,
    ),
    (
        "stay_hold",
        # ("Keep this up for 5 minutes": keep doing it, not a hold)
        rf"(?:keep|keeping|stay|staying|remain|remaining|rest) (?!this up |that up )(?:it |them |in )?(?:the |this |that |your )?(?:position|there|here|still|pose|stretch|bent|straight|tight|tense|contracted|raised|lifted|up) (?:for )?{QUAL}{dur('h')}(?!between )",
        h_hold,
    ),
    (
        "hold",
        # ("Hold onto a chair and march for 1 minute": holding on for support)
        # ("squeeze slowly over a period of 3 seconds": how fast, a tempo; "hold the
        # stretch over a period of 30 seconds" holds)
        rf"hold (?!onto |on to |(?:on |)(?:a |the |your |)(?:chair|wall|counter|rail|railing|table|bench|sink) )"
        r"(?!(?:(?:[a-z]+ ){0,2}(?:slowly |gradually |lower |release |and )(?:[a-z]+ ){0,3})?over (?:a period|the course) of N (?:sec|second) )"
        rf"(?:{NOT_PLACED}(?P<side0>(?:on |with |for |)(?:each|per|both) {SIDE} )|(?:[a-z][a-z'-]*|,|:|-|=|\|) ){{0,5}}?(?:for )?{QUAL}{dur('h')}(?P<side>(?:on |with |for |per |)(?:each|per) {SIDE} )?",
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
        # ("a 1-hour class held twice weekly": held is run, not a hold)
        rf"{QUAL}{dur('h')}(?:(?!rest |recovery |and |then |x |of |to |class |classes |session "
        r"|group |groups |meeting |meetings |clinic )[a-z]+ ){0,2}"
        r"(?:hold|isometric) (?!recovery |rest )(?:hold )?",
        h_hold,
    ),
    (
        "dur_each_side",
        rf"{QUAL}(?P<hn>N) (?P<hu>sec|second|min) (?:to (?P<hn2>N) (?P<hu2>sec|second|min) )?(?P<side>(?:on |with |for |per |)(?:each|per) {SIDE} |a side )",
        h_bout_each_side,
    ),
    # rest between sets
    (
        "rest",
        # ("rest less than 2 minutes between holds": a rest's most, never a hold)
        rf"(?:rest|break) (?:time |period |interval |)(?:: |= |)(?:for |of |)"
        rf"(?:{QUAL}|less than |under |no longer than ){dur('r')}"
        r"(?:between (?:each )?(?:sets|reps|set|rounds|round|holds|hold) )?",
        h_rest,
    ),
    (
        "rest_after",
        rf"{QUAL}{dur('r')}(?:(?:period |periods )?of )?(?:(?:isometric|active|passive|easy|complete|full|standing|walking) )?(?:rest|break|breaks|pause|recovery) (?:(?:in )?between (?:each )?(?:sets|reps|set|rounds) |in between )?",
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
        r"(?:with |at |using |holding |hold |)(?:a |an |)(?P<w>N) (?P<u>kg|lb|g) (?:weight |weights |dumbbell |dumbbells )?",
        h_load,
    ),
    # sides
    (
        "each_direction",
        r"(?:on |with |for |in |)(?:each|per|both) direction ",
        h_nothing,
    ),
    *NOT_A_SIDE_RULES,
    *BOTH_EYES_RULES,
    (
        # "raise both arms", "circle both feet": the limbs a verb moves, together or in turn
        "repeat_with_both",
        r"(?:with|using) both legs (?!together |simultaneously |at the same time |at once |on |in )",
        h_repeat_with_both,
    ),
    (
        "both_limbs_moved",
        r"(?<=[a-z] )(?<! on )(?<! to )(?<! in )(?<! for )(?<! with )(?<! per )(?<! and )(?<! or )"
        r"(?<! using )(?<! repeat )(?<! then )(?<! reps )(?<! x )(?<! sec )(?<! second )(?<! min )"
        r"(?<! hour )(?<! sets )(?<! hold )(?<! do )(?<! perform )"
        r"both legs (?!together |simultaneously |at the same time |at once )",
        asking("'both' limbs may move together or each in turn: say 'together' or 'each side'"),
    ),
    *SIDE_SAID_RULES,
    (
        "side",
        # "with both legs on the floor" uses both at once: a position, not each side
        # ("Raise your other leg a few inches": where it is, not each side)
        rf"{NOT_PLACED}(?!(?:with|using|in) both legs? )(?<!with )(?<!using )(?<! in )(?<! raise your )(?<! take your )(?<! move your )(?<! put your )(?<! lift your )(?<! bend your )(?<! keep your )(?<! cross your )(?<! place your )(?:on |with |for |per |in |using |)(?:(?:(?<! keep )(?<! place )(?<! rest )(?<! put )(?<! plant )(?<! set )(?<! lay )(?<! position )(?<! wrap )each of (?:your |the |my |his |her |)|(?:each|per|either|alternate|alternating|opposite|ORD) )(?:upper |lower |inner |outer |sore |painful |stiff |injured |affected |weak |tight |)|both ){SIDE} (?!exercise |exercises |strike |strikes |position |positions |rom |movement |movements )",
        h_side_said,
    ),
    (
        "side_words",
        # ("bilateral leg press" names an exercise done with both at once: "bilateral" before
        # a word is not each side)
        r"(?:(?<= repeat )(?:with |using |on |for |)(?:the |your |)(?:ORD|opposite) eye |(?:(?<= then )|(?<= do )|(?<= then do ))(?:with |using |on |for |)(?:the |your )(?:ORD|opposite) eye (?=[.,;)] |$|too |as well |and repeat |in the same |the same )|bilateral (?![a-z])|ea |(?:switch|change|swap|swapping|switching|changing|reverse|reversing|exchange|exchanging) (?:the |your |)(?:positions of (?:your |the |)|position of (?:your |the |))?(?:sides|side|legs|leg|arms|arm|hands|eyes|over(?! to (?!(?:the |your )?(?:ORD |opposite |other |right |left )))) |(?:facing|face) (?:the )?(?:ORD|opposite) (?:direction|way) |(?:right|left) / (?:left|right) (?:side|leg|arm|sides|legs) |(?<! raise your )(?<! take your )(?<! move your )(?<! put your )(?<! lift your )(?<! bend your )(?<! keep your )(?<! cross your )(?<! place your )(?:then |and |repeat |)(?:on |with |using |for )?(?:the )?(?:ORD|opposite) (?:side|leg|arm|sides|legs) (?!(?:(?:raised|lifted|bent|held|crossed|straight|behind) |off (?=the (?:floor|ground|step|bed) |to the side |[.,;)] |$|and )|up (?!to N |N (?:x|reps) )))|(?:on|with|using|to|for) (?:the |your |)next (?:side|leg|arm) (?!of |exercise |exercises |plank )|left and right |right and left |(?:right|left) (?:and|then|,) N (?:sec|second|min|x|reps) (?:left|right) |(?:switch|switching|change|changing|swap|swapping|move|moving) (?:over )?to (?:your |the )?(?:right|left|ORD|opposite) (?:side|leg|arm|sides|legs|eye|eyes) |(?:switch|switching|change|changing|swap|swapping) (?:over )?to (?:your |the )(?:ORD|opposite) (?=[.,;)] |$)|(?:l|r) (?:&|\+|and|/) (?:l|r) |(?:/ (?:side|sides) |(?<! leg )(?<! arm )(?<! legs )(?<! arms )(?<! neck )(?<! back )(?<! hip )(?<! knee )(?<! trunk )(?<! core )/ (?:leg|arm|legs|arms) )|(?:each|either|per) (?:nostril|nostrils|eye|eyes|ear|ears) |both (?:nostril|nostrils|ear|ears) |(?:before|then|and) (?:switching|switch|swapping|swap) (?=[.,;)] |$))",
        h_side_unless_helping,
    ),
    *TIMING_RULES,
)
