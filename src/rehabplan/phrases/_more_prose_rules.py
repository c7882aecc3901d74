"""
More rules for prose: counts said in words ("a set of 10, then repeat", "5 holds",
"counting to 10", breaths and huffs), days and spans ("rest the other 2 days", a time
for each day, a later window of weeks, "24 hours a day"), and numbers that are not a dose
(an expected time, a limit on the reps, a ratio of body weight, a template's blank).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.model import Anchor
from rehabplan.phrases._anchor_handler import event_of
from rehabplan.phrases._as_needed_rules import h_prn_condition
from rehabplan.phrases._breath_counts import h_for_breaths
from rehabplan.phrases._count_rules import h_counting_to
from rehabplan.phrases._course_handlers import h_day_total
from rehabplan.phrases._days_off import h_rest_days
from rehabplan.phrases._each_and_another import COUNT_CHANGED, h_one_at_a_time
from rehabplan.phrases._facts import Fact, Handler, Span, duration, seconds
from rehabplan.phrases._handlers import (
    asking,
    h_nothing,
    h_per_day,
    h_per_week,
    h_reps,
    h_sets_reps,
    h_side,
    noting,
)
from rehabplan.phrases._handout_handlers import (
    h_days_between,
    h_rep_max,
    h_set_defined,
)
from rehabplan.phrases._hold_handlers import h_count_from_one
from rehabplan.phrases._movement import held_in
from rehabplan.phrases._patterns import DAYU, DISTANCE, EVENT, QUAL, dur, symptom_pattern
from rehabplan.phrases._qualifier_rules import QUALIFIER_RULES
from rehabplan.phrases._shorthand_rules import SHORTHAND_RULES
from rehabplan.phrases._weekday_handlers import h_a_time_for_each_day

__all__ = ["MORE_PROSE_RULES", "h_second_set", "h_then_repeat"]

#: "on each side", "per leg": a side said after a dose.
_ON_EACH_SIDE = r"(?:on |with |for |per |)(?:each|per|ea) (?:side|sides|leg|legs) "
#: Where a dose said last ends: the end of the phrase, or a later stage.
_ENDS = r"(?=[.;)] |$|(?:, )?(?:and )?then |(?:, )?followed by |(?:, )?afterwards )"
#: Days named or of a kind ("Tue and Thu", "on weekends"), and times ("9am-1pm 2pm-7pm").
_DAYS = r"(?:(?:on |every |)(?:DOW|weekdays|weekends) (?:, |and |& |)){1,4}"
_PART = r"(?:(?:nights|night|mornings|morning|evenings|evening) )?"  # of a day off
#: Feelings asked about ("Sore each morning?") that are not symptom nouns.
_FELT = "(?:stiff|sore|painful|aching|achy|tight|swollen|headaches?|cramps?|tingling|numb|needles) "
_ONE_TIME = r"(?:at |@ |from |)TIME (?:(?:to|until|till|-) TIME )?"
_AT_TIMES = rf"{_ONE_TIME}(?:(?:and |, |){_ONE_TIME}){{0,2}}"


def h_day_is_rest(m: re.Match[str], s: Span) -> Iterable[Fact]:
    daily = {"daily", "everyday", "eachday", "day"} & {t.sym for t in s.outside}
    if s.has("listed") and {",", "/"} & {t.sym for t in s.group("listed")}:
        yield s.fact("ambiguous", f"{s.said('all')!r}: all off, or a session on the first?")
    elif daily and {"night", "morning", "evening"} & {t.sym for t in s.tokens}:
        yield s.fact("ambiguous", f"{s.said('all')!r} beside every day: which sessions?")
    elif daily:
        yield from h_rest_days(m, s)  # "3 x 10 every day, Wednesday off": the other days
    else:  # "Monday: Rest Day", a row of a plan whose other rows name the sessions
        yield s.fact("note", "a rest day, not a session: " + s.raw("all"))


def h_relax_then_repeat(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if s.has("rn"):  # "relax for 30 seconds. Repeat.": the rest between holds
        yield s.fact("rest", duration(s, "r"))
    if not _counted(s):  # "squeeze, relax, repeat. Do 10 reps" says how many
        yield s.fact("ambiguous", _NO_COUNT)


def h_then_repeat(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # after a count of repetitions, a second set; after a hold alone, the hold again
    if _counted(s):
        yield s.fact("sets", 2)
        yield s.fact("ambiguous", "'then repeat' read as a second set")
    else:
        yield s.fact("ambiguous", _NO_COUNT)


def h_second_set(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "10 reps, rest, then repeat": a second set; after a hold alone, the hold again
    held = held_in(s.outside)  # ("Complete for 30 s ...": a bout, again)
    syms, values = [t.sym for t in s.outside] + ["", ""], [t.value for t in s.outside] + [0, 0]
    sets = any(  # "3 x 10", "3 sets of 10", "10 reps x 3" (not "1 x 10", "10 x 5 s holds")
        (syms[i : i + 3] in _SETS_SAID and syms[i + 3] not in _TIME_UNITS and values[i + 2] != 1)
        or (syms[i : i + 2] == ["N", "sets"] and values[i] != 1)
        for i in range(len(s.outside))
    )
    pairs = zip(syms, syms[1:], values, strict=False)
    one = any(a == "N" and b == "x" and v == 1 for a, b, v in pairs)
    if one:  # "Do 1 x 10, rest and repeat": the first set said as "1"
        yield s.fact("ambiguous", "'repeat' after one set: say how many sets")
    elif sets:  # "Do 3 x 10, rest 1 minute and repeat": all the sets again?
        yield s.fact("ambiguous", "'repeat' after the sets: all of them again? say how many")
    elif _counted(s) or any(t.sym == "sets" for t in s.tokens):
        yield s.fact("sets", 2)
    elif held:
        yield s.fact("ambiguous", _NO_COUNT)
    elif any(a == "N" and b in _TIME_UNITS for a, b in itertools.pairwise(syms)):
        yield s.fact("sets", 2)  # "Run 2 min, rest 1 min and repeat": twice, or more?
        yield s.fact("ambiguous", "'repeat' after a timed bout read as twice: say how many")
    else:
        yield s.fact("sets", 2)


_SETS_SAID = (["N", "x", "N"], ["reps", "x", "N"])
_TIME_UNITS = frozenset({"sec", "second", "min", "hour"})


def _counted(s: Span) -> bool:
    """True when the words outside the match count repetitions ("10 reps", "10 x")."""
    return any(a.sym == "N" and b.sym in {"reps", "x"} for a, b in itertools.pairwise(s.outside))


_NO_COUNT = "'repeat' after a hold says no count: say how many times"


def h_a_set_of(m: re.Match[str], s: Span) -> Iterable[Fact]:
    later = {t.raw.lower() for t in s.after}
    if s.has("again"):  # "a set of 10, then repeat": two
        yield s.fact("sets", 2)
    elif later & {"repeat", "another", "second", "more", "again"}:
        yield s.fact("ambiguous", "a set said again: say how many sets")
    else:
        yield s.fact("sets", 1)
    yield s.fact("reps", s.value("r"))


def h_days_the_first_week(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("per_week", s.value("n"))
    yield s.fact("duration", 7)


def h_once_each_way(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if s.value("r") == 1:  # "10 times every day, once in each direction"
        yield s.fact("ambiguous", "'once in each direction': say the repetitions")
    else:
        yield from h_reps(m, s)


def h_all_day_long(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if s.value("n") == 24:
        yield s.fact("ambiguous", "worn or done all day and night is not a session: say when")
    else:  # "2 hours a day": a bout (the limits of a bout apply)
        yield s.fact("bout", seconds(s.value("n"), "hour"))


def h_before_event(m: re.Match[str], s: Span) -> Iterable[Fact]:
    event = event_of(s.group("ev"))
    if event is not None:
        yield s.fact("anchor", Anchor("before", event))


#: What easing off says: "the amount ... should be decreased", "do fewer".
_EASING = frozenset(
    "reduce reduced decrease decreased less fewer ease lower cut shorten shorter".split()
)


def h_ease_off(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if _EASING & {t.raw.lower() for t in s.clause}:
        yield s.fact("note", "when to ease off, not as needed: " + s.raw("all"))
    else:  # "use a heat pack if the pain is worse": done as needed
        yield from h_prn_condition(m, s)


def h_sessions_of(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if s.tokens[1].raw.lower() in {"dose", "doses"}:  # "2 doses of ibuprofen daily"
        yield s.fact("note", "a medicine's doses, not read: " + s.said().strip())
        return
    period = s.syms("p")[0] if s.has("p") else s.syms("pd")[0]
    yield from (h_per_day if period in {"day", "daily"} else h_per_week)(m, s)


MORE_PROSE_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "2 mins rest as needed", "with rest intervals as needed": the rests are as needed
    # (read so), or the sessions are: asked, never read as sessions as needed
    (
        "rests_as_needed",
        r"(?:(?<=rest )|(?<=rests )|(?<=break )|(?<=breaks )|(?<=intervals )|(?<=periods )"
        r"|(?<=pauses )|(?<=recovery )|(?<=between ))"
        r"(?:as (?:and when )?(?:needed|necessary|required) |(?:if|when) (?:needed|necessary) )",
        asking("the rests as needed, or the sessions? read as the rests; say which"),
    ),
    # "morning stiffness lasting over 60 minutes": a symptom's time, not the exercise's
    (
        "symptom_at_a_time",
        rf"(?:the |your |my |that |this )?(?P<all>(?:morning|evening|night|nighttime|nocturnal) {symptom_pattern()}"
        rf"|(?:morning|evening|night) (?:leg |knee |back |neck |hip |joint |)(?:stiffness|pain) "
        r"(?!exercises |exercise |routine |stretches |stretch |workout |programme |program )"
        # "stiff in the morning", "Pain each morning?" (not "Stiffness in the morning: do 10")
        r"|(?:stiffness|stiff|soreness|sore|pain|painful|aching|achy) (?:in the |at |during the )"
        rf"(?:morning|evening|night) (?!: )|(?:{symptom_pattern()}|{_FELT})(?:[a-z]+ ){{0,2}}?(?:each|every) "
        r"(?:morning|evening|night) (?=\? ))",
        noting("a symptom at a time of day, not when to exercise"),
    ),
    # "Complete 10 repetitions ..., this is one set": what a set is, not a count of sets
    (
        "set_defined",
        r"(?P<all>(?:this|that|which) (?:is|makes|equals) (?:a |(?P<n>N) )sets )",
        h_set_defined,
    ),
    # "Monday at 12:45 & Friday at 11 a.m.", "Tues 2-7pm Wed 2-7pm": a time for each day,
    # which one timing (every time on every day) cannot hold
    (
        "a_time_for_each_day",
        rf"{_DAYS}{_AT_TIMES}(?:(?:[,;&] |and |, and |; and |){_DAYS}{_AT_TIMES}){{1,5}}",
        h_a_time_for_each_day,
    ),
    # "count from 1 to 5": a hold counted out in seconds
    (
        "count_from_one",
        r"(?:for |)(?:a |)(?:slow )?count (?:from|up from) (?P<n>N) ",
        h_count_from_one,
    ),
    # "SETS REPS 1 8", "Sets/Reps: 3 10": a table's header, then its values in that order
    (
        "sets_reps_header",
        r"sets (?:, |/ |and |& |)reps (?:: |- |= |)(?P<s>N) (?:, |/ |)(?P<r>N) (?!x |/ |sec |min )",
        h_sets_reps,
    ),
    # "Do a set of 10 tilts daily": one set of that many
    (
        "a_set_of",
        # ("a series of 10 sessions" is a course of appointments; "a simple set of 10" is one)
        r"a (?:simple |single |short |quick |full |gentle |complete )?sets of (?P<r>N) (?!x |sec |second |min |hour |exercises |exercise |day |days |week "
        r"|weeks |kg |lb |g |stairs |steps |weights |session |sessions |appointments |classes )"
        r"(?P<again>(?:, )?(?:and )?then repeat (?=[.;)] |$))?",
        h_a_set_of,
    ),
    # "repeat 10 reps, 3x)", "10 reps 3x on each side": the count after the reps, ending
    # the phrase, is the sets
    (
        "reps_then_times",
        rf"(?:repeat |do |perform |)(?P<r>N) reps (?:, |and |)(?P<s>N) x (?P<ea>{_ON_EACH_SIDE})?{_ENDS}",
        h_sets_reps,
    ),
    # "10 reps each side x3", "10 reps both hands x3"
    (
        "reps_side_then_times",
        rf"(?:repeat |do |perform |)(?P<r>N) reps (?:(?P<ea>{_ON_EACH_SIDE})|both legs )(?:, )?"
        rf"(?=x N |N x )(?:x )?(?P<s>N) (?:x )?{_ENDS}",
        h_sets_reps,
    ),
    (
        # "hold for a count of 5, relax then repeat", "release for a moment and repeat"
        "relax_then_repeat",
        rf"(?:relax|release) (?:for {QUAL}{dur('r')}|for (?:a )?(?:VAGUE )?(?:moments|moment"
        r"|while|bit) )?(?:(?:, )?(?:and )?then |\. |, |; |and )repeat "
        r"(?:once |again |it |this )?(?=[.,;)!] |$)",
        h_relax_then_repeat,
    ),
    (  # "Hold for 20 seconds and repeat": the hold again, how often unsaid (not after a rest)
        "held_and_repeat",
        r"(?<=sec |min )(?<!rest for N min )(?<!rest N min )(?<!rest for N sec )(?<!rest N sec )"
        r"and repeat (?:once |again |it |this )?(?=[.,;)!] |$)",
        h_relax_then_repeat,
    ),
    # "Start each run with 5-10mins of brisk walking": before each run
    (
        "start_each_event_with",
        rf"(?:start|begin|precede) (?:each|every|your|the) (?!exercise |exercises |session )(?P<ev>{EVENT})"
        rf"(?:session )?with (?={QUAL}(?:a |)N )",
        h_before_event,
    ),
    # "wait until 12 weeks", "wait for 6 weeks": when to start, not the course
    (
        "wait_until",
        rf"rest (?:until|till) {QUAL}(?:N|a) {DAYU} ",
        asking(
            "a wait before starting is not the course: say when the exercise starts and how long"
        ),
    ),
    # "then repeat with your other leg": each side in turn
    (
        "repeat_other_side",
        r"(?:then |and |, |)(?:repeat|do the same|switch and repeat|proceed|continue|carry on|go on) "
        r"(?:(?:it|this|that|these|them|the|both|all|exercise|exercises|stretch|stretches"
        r"|movement|movements) ){0,2}"
        r"(?:with|on|using|for|to) (?:your |the )?(?:ORD|opposite|second) (?:leg|legs|side|sides) "
        # "..., and then do the left leg": the second side
        r"|(?:, )?(?:then |and ){1,2}do (?:the |your )(?:left|right|ORD|opposite) (?:leg|legs|side|sides) ",
        h_side,
    ),
    # "one arm at a time": each side in turn
    (
        "one_at_a_time",
        r"(?P<n>N) (?:leg|legs|side|sides) at a time ",
        h_one_at_a_time,
    ),
    # "(7 days is ideal)": days a week said as a length
    (
        "days_is_ideal",
        r"(?P<n>N) (?:day|days) (?:is|are|would be) (?:ideal|best|better|recommended|preferred|optimal) ",
        asking("a number of days said to be ideal: days a week, or a course? say which"),
    ),
    # "slowly counting to 10": a hold counted out
    (
        "counting_to",
        r"(?:while |)(?:slowly |)counting (?:slowly |)(?:to|up to|till|until) (?P<n>N) ",
        h_counting_to,
    ),
    # "stay in this position for 5 deep breaths": a hold counted in breaths
    (
        "hold_for_breaths",
        rf"for {QUAL}(?P<r>N) (?:[a-z]+ ){{0,2}}breaths ",
        h_for_breaths,
    ),
    # "about 6 breaths a minute": a breathing rate, not repetitions
    (
        "breathing_rate",
        rf"(?P<all>{QUAL}N breaths (?:a |per |each |/ |in a |in one )min )",
        noting("a breathing rate, not a dose"),
    ),
    # "Breathe 6 times a minute": a rate, not repetitions
    (
        "rate",
        rf"(?P<all>{QUAL}N (?:x |reps |steps |breaths |revolutions |beats |cycles |rotations |skips |revs )(?:(?:a |per |each |/ |in a |in one )min "
        rf"|(?:a |per |/ |in a |in one )(?:sec|second) (?!{DAYU} |time |set |sets |session |round |rounds |go |lap ))"
        # "at 2.5 miles per hour": a speed, not hourly
        rf"|{QUAL}N {DISTANCE} (?:a |an |per |/ )hour )",
        noting("a rate, not a dose"),
    ),
    # "5 holds each direction": the holds are the repetitions
    (
        "holds_counted",
        r"(?P<r>N) hold (?:(?:in )?each direction |per direction |each way )?(?=[.,;)] |$)",
        h_reps,
    ),
    # "if the pain is increased the next day": when to ease off, not as needed
    (
        "if_pain_rises",
        r"(?P<all>if (?:the |your |)(?:pain|symptoms|soreness) (?:is |are |gets |get |)"
        r"(?:increased|increases|increase|worse|worsens|worsen) )",
        h_ease_off,
    ),
    # "12 rep max x 3 sets" is sets of 12 at that load, as "8RM" is; "one-repetition
    # maximum" is a load's measure, not a count
    (
        "repetition_maximum",
        r"(?P<r>N) (?:- )?reps (?:maximum|max) ",
        h_rep_max,
    ),
    # "One repetition includes both sides.": what one repetition is
    (
        "one_rep_is",
        r"(?P<all>N reps (?:includes|include|is|means|=|consists of) (?:both sides |[a-z]+ ){0,4}(?=\. |$))",
        noting("what one repetition is"),
    ),
    # "Once again, do ...", "Once again hold this": said again, not once a day
    (
        "once_again",
        r"(?:N x again (?=, |\. |do |perform |repeat )|(?:(?<=^ )|(?<= \. )|(?<= ; ))N x again )",
        h_nothing,
    ),
    # "10 times x 3.": the count after the times, ending the phrase, is the sets
    (
        "times_then_count",
        r"(?P<r>N) x x (?P<s>N) (?=[.;)] |$)",
        h_sets_reps,
    ),
    # "worn 24 hours a day": worn all the time, not a session to schedule
    (
        "all_day_long",
        r"(?P<n>N) (?:hours|hour) (?:a|per|each|every|/) day ",
        h_all_day_long,
    ),
    # "can take up around 12 weeks for you to notice": how long until a change, no course
    (
        "time_to_notice",
        rf"(?P<all>(?:can |may |will |might |could |)(?:take|takes) (?:up |)(?:to |){QUAL}(?:N|a) {DAYU} "
        r"(?:for|to|before|until) )",
        noting("an expected time, not a course"),
    ),
    # "stretch for about 5 to 10 minutes each day": a time a day, as "N minutes a day" is
    (
        "for_a_time_each_day",
        rf"for {QUAL}{dur('b')}(?:each|per|a|/) day ",
        h_day_total,
    ),
    # "(below 10 reps)", "fewer than 8 reps": a limit, not the dose
    (
        "reps_limit",
        r"(?:below|under|fewer than|less than) N reps ",
        asking("a limit on the repetitions, not the dose: say the repetitions"),
    ),
    # "a 3x bodyweight impact force", "2 x body weight": a ratio of the body's weight
    (
        "times_body_weight",
        r"(?P<all>N x (?:your |their |the |)(?:bodyweight|body weight|bw) )",
        noting("a ratio of body weight, not a dose"),
    ),
    # "Perform _____ sets of _____ repetitions": a template's blank, never a dose
    (
        "blank_to_fill",
        r"(?:_ ){2,}",
        asking("a blank left to fill in: write the number"),
    ),
    # "Monday: Rest Day", "Tuesday - Rest", "Tue, Thu: rest": days without a session
    (
        "day_is_rest",
        # ("Monday nights, Wednesday nights off": both, or a session on Monday? asked)
        rf"(?P<all>(?P<listed>(?:DOW (?:nights|night|mornings|morning|evenings|evening) "
        rf"(?:, |/ |and |& )){{1,5}})?DOW (?:(?:, |and |& |/ )DOW ){{0,6}}{_PART}(?:: |- |)"
        r"(?:rest days|rest day|rest|days off|day off|off|recovery days|recovery day|recovery|recover"
        r"|no (?:training|exercise|exercises|running|run|session|sessions|workout|class)) (?=[.,;()] |$|DOW ))",
        h_day_is_rest,
    ),
    # "(day off in between)": sessions a day apart
    (
        "day_off_between",
        r"(?:a |one |)(?:day|days) off (?:in )?between ",
        h_days_between,
    ),
    # "once in each direction": the count of repetitions is not said
    (
        "once_each_way",
        r"(?P<r>N) x (?:in )?each (?:direction|way) ",
        h_once_each_way,
    ),
    # "increase the weights a bit every two weeks": a progression with no step
    (
        "increase_with_no_step",
        r"(?:increase|add to|progress|build up|raise) (?:(?:the|your|a|bit|little|weight|weights|load|"
        r"reps|distance|time|resistance|difficulty) ){0,5}(?:each|every) (?:N |ORD |)(?:week|weeks|day|days|session) ",
        asking("a progression with no step: say the step, e.g. '+1 kg every 2 weeks'"),
    ),
    # "hold for eight seconds and then switch": each side in turn
    (
        "then_switch",
        # ("after every nappy change": a change of something else, not of side; "you'll
        # notice a change": a change noticed)
        r"(?:and |, |)(?:then )?(?<! nappy )(?<! diaper )(?<! dressing )(?<! bandage )(?<! a )"
        r"(?<! any )(?<! the )(?<! no )(?<! VAGUE )"
        # ("degenerative change": a noun; alone, a command or after a unit: "Hold 30 s - change")
        r"(?:(?:switch|swap) (?:sides |legs |over |)|change (?:sides |legs |over )"
        rf"|(?:(?<=^ )|(?<=[.,;/&] )|(?<= sec \( )|(?<= min \( )|(?<= reps \( )|(?<= x \( )|(?<= each \( )|{COUNT_CHANGED}|(?<= then )|(?<= and )|(?<= sec )|(?<= min )|(?<= N )"
        r"|(?<= reps ))change )(?=[.,;)] |$)",
        h_side,
    ),
    # "in the 3rd and 4th week", "during weeks 3-4": a later stage the timing cannot hold
    (
        "a_later_window",
        r"(?:in|during) (?:the |)ORD (?:(?:and|to|-|&) (?:the |)ORD )?(?:week|weeks) ",
        asking("a later stage of weeks: write it as a phase that starts then"),
    ),
    # "walk three days the first week": days that week, for a week
    (
        "days_the_first_week",
        r"(?P<n>N) days (?:in |during |of |)the first week ",
        h_days_the_first_week,
    ),
    # "increase to five days": days a week, said as a progression
    (
        "increase_to_days",
        r"(?:increase|increasing|build|building|go|going|progress|progressing) (?:up )?to (?P<n>N) days "
        r"(?!a |per |each |every |in a |/ )",
        asking("'increase to N days' names no period: say 'N days a week'"),
    ),
    # "If you feel pain, consider doing the exercises every other day": another schedule
    (
        "schedule_when_in_pain",
        r"if (?:you |)(?:feel |have |get |experience |notice |are in |)(?:any |some |)"
        r"(?:pain|soreness|discomfort) (?:, |)(?:then |)(?:consider |try |you (?:can|could|may|might|should) )",
        asking("a schedule for when there is pain: say the usual one, and keep this as a note"),
    ),
    # "3 to 5 sets of 5 jumps, up to 25 jumps total": a most in all, beside the dose
    (
        "most_in_all",
        r"(?P<all>(?:up to|no more than|not more than|a maximum of|maximum of|maximum|max) N "
        r"(?:[a-z]+ ){0,2}(?:total|in total|altogether|overall) )",
        noting("a most in all, not a count of one set"),
    ),
    # "maximum 40mg in 24 hours": a most in a day, not a course of a day
    (
        "most_in_a_day",
        r"(?P<all>(?:maximum|max|no more than|not more than|up to|not to exceed) (?:of )?N "
        r"(?:mg|ml|mls|mcg|g|tablets|tablet|tabs|tab|doses|dose|capsules|puffs) (?:in|per|a|every) "
        r"(?:any |one |a |)(?:N hours|hours|day|days|N days) )",
        noting("a most in a day, not a course"),
    ),
    # "2 sessions of strength training a week", "3 sessions of Kegels daily": sessions
    # counted and named by what is done in them
    (
        "sessions_of_an_activity",
        r"(?P<n>N) (?:session|classes|class) of (?:(?!N |a |per |each |every |for |in |daily |weekly )[a-z][a-z'-]* ){1,3}"
        r"(?:(?:per |a |each |/ |in a )(?P<p>day|week) |(?P<pd>daily|weekly) )",
        h_sessions_of,
    ),
    *SHORTHAND_RULES,
    *QUALIFIER_RULES,
)
