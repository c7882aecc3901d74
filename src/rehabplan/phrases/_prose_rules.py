"""
Rules for doses told in prose: sets counted out with rests between them ("do ten, rest,
then ten more"), the two sides done one after the other ("ten on the left, then repeat
on the right"), and "as needed" said through the symptom ("as pain requires").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.model import Anchor, Range
from rehabplan.phrases._anchor_handler import h_anchor
from rehabplan.phrases._as_needed_rules import h_prn
from rehabplan.phrases._day_gap_handlers import every_days_range
from rehabplan.phrases._facts import Fact, Handler, Span, days, duration
from rehabplan.phrases._handlers import (
    asking,
    every_hours,
    h_per_day,
    h_sets_reps,
    h_side,
    noting,
)
from rehabplan.phrases._handout_handlers import (
    h_days_between,
    h_rest,
    h_sets_with_rests,
)
from rehabplan.phrases._more_prose_rules import MORE_PROSE_RULES
from rehabplan.phrases._patterns import (
    DETERMINERS,
    EVENT,
    NOT_PERIOD,
    PER,
    QUAL,
    dur,
    symptom_pattern,
)
from rehabplan.phrases._plan_days import h_day_of_the_plan
from rehabplan.phrases._when_rules import h_after_finishing

__all__ = ["PROSE_RULES"]

#: What a bare count in prose counts: "ten", "10 reps", "15 times", "15 exercises".
_COUNTED = r"(?:reps |x |exercises |of (?:these|them) )?"
#: A side, and the part of the body it is said of: "the left", "your right leg".
_SIDE = r"(?:the |your )?(?:left|right) (?:side |leg )?"
#: People a symptom is said of: "patients with back pain lasting 3 months".
_PEOPLE = (
    "patients|people|adults|those|anyone|children|someone|individuals|participants|subjects"
    "|women|men|athletes|runners|persons"
)
#: A word of a condition people have, not of a treatment they get ("with daily walking").
_CONDITION = (
    r"(?!(?:daily|weekly|regular|training|exercise|exercises|programme|program|physio"
    r"|physiotherapy|therapy|home|supervised|class|classes|sessions?|walking|running|cycling"
    r"|swimming|stretching|strengthening|exercising|hydrotherapy|pilates|yoga|massage)\b)[a-z]+ "
)
#: A meal's determiner.
_MEAL = r"(?:your |each |every |)"


def _bout(i: int) -> str:
    """A bout said before a meal ("10min after lunch"), as the groups b{i}n and b{i}u."""
    return rf"(?:(?P<b{i}n>N) (?P<b{i}u>min|sec|second|hour|hours) )?"


#: Outings counted as sessions, with up to two words of their kind: "3 long runs a week";
#: one said with at most one ("one yoga class a week"; "a 10 minute brisk walk daily" is
#: one walk of a length).
_OUTINGS = (
    # ("Two 2 mile walks a day": two walks of a length)
    "(?:N (?!min |sec |hour |hours )[a-z]+ )?(?:(?!min |sec |hour |hours |mile |miles |km )"
    "[a-z][a-z'-]* ){0,2}(?:runs"
    "|walks|jogs|rides"
    "|bike rides|swims|hikes|classes|outings|workouts|visits)"
    "|(?:(?!min |sec |hour |hours |mile |miles |km )[a-z][a-z'-]* )?"
    "(?:run|walk|jog|ride|bike ride|swim|hike|class|outing|workout|visit)"
)
_OUTINGS_SAID = frozenset(
    "runs walks jogs rides swims hikes classes outings workouts visits".split()
)
_OUTING_WORDS = frozenset("run walk jog ride bike swim hike class outing workout visit".split())
_OTHER_SIDE = r"(?:the |your )?(?:right|left|ORD|opposite) (?:side |leg )?"


def _rest(p: str) -> str:
    """A rest between sets told in prose: "rest, then", "rest for a minute, do"."""
    return (
        rf"(?:rest|pause|relax) (?:(?:for )?{QUAL}{dur(p)})?(?:, )?(?:then |and )?(?:do |perform )?"
    )


def h_outings(m: re.Match[str], s: Span) -> Iterable[Fact]:
    words = " ".join(t.raw for t in s.tokens)
    if s.has("rel"):  # "before 3 runs a week": tied to another activity's sessions
        yield s.fact("ambiguous", f"{words!r} is another activity's sessions: say how often")
        return
    period = s.syms("p")[0] if s.has("p") else s.syms("pd")[0]
    kind = "per_day" if period in {"day", "daily"} else "per_week"
    count = s.value("n")
    if any(t.raw.lower() in {"session", "sessions"} for t in s.tokens):
        yield s.fact(kind, count)  # "Each week, 3 sessions of 10 reps": the exercise's own
        return
    plural = any(t.raw.lower() in _OUTINGS_SAID for t in s.tokens)
    # ("3 x run a week", "2 walk a day": so many outings; "a 5k run a week": one of 5k)
    at = next(i for i, t in enumerate(s.tokens) if t.sym == "N")
    word_after = s.tokens[at + 1]
    counted = word_after.sym == "x" or word_after.raw.lower() in _OUTING_WORDS
    if count != 1 and not plural and not counted:
        # "A 5k run a week", "a 2 lap swim a day": one outing of that many units
        yield s.fact("ambiguous", f"{words!r}: one outing, or {count}? read as one")
        count = 1
    yield s.fact("outings", (kind, count))


def h_each_meal(m: re.Match[str], s: Span) -> Iterable[Fact]:
    relations = {s.syms(g)[0] for g in ("rel", "rel2", "rel3") if s.has(g)}
    if len(relations) > 1:  # "after breakfast, before lunch and after dinner"
        yield s.fact("ambiguous", "before some meals and after others: say one, or each meal")
        return
    yield s.fact("per_day", 3)
    yield s.fact("anchor", Anchor(relations.pop(), "meal"))  # type: ignore[arg-type]
    bouts = [duration(s, f"b{i}") for i in (1, 2, 3) if s.has(f"b{i}n")]
    if (len(bouts) == 3 and len(set(map(str, bouts))) == 1) or len(bouts) == 1:
        yield s.fact("bout", bouts[0])  # "10min after breakfast, lunch and dinner"
    elif bouts:
        yield s.fact("ambiguous", "a different time after each meal: say one, or each meal")


#: Words a medicine's dose ends with, before a time before or after an event.
_MEDICINE_BEFORE = (
    "(?:"
    + "|".join(
        f"(?<= {w} )"
        for w in ("puff", "puffs", "tablet", "tablets", "take", "use", "drops", "dose")
    )
    + ")"
)


def h_offset_anchor(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if s.has("bed"):
        yield s.fact("times", ("bedtime",))
    else:
        yield from h_anchor(m, s)
    words = " ".join(t.raw for t in s.tokens)
    yield s.fact(
        "ambiguous",
        f"{words!r}: the schedule places the session at the event, not the time before "
        "or after it; say the time of day",
    )


def h_one_side(m: re.Match[str], s: Span) -> Iterable[Fact]:
    which = s.raw("which") if s.has("which") else s.raw("which2")
    yield s.fact("side", "left" if which.startswith("l") else "right")


h_each_session = noting("each session, not an event")


def h_reps_each_side(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("reps", s.value("r"))
    yield from h_side(m, s)


def h_replaced(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "once a day instead of twice", "3 x 10 every other day instead of 3 x 10 each day":
    what the dose replaces, not a dose; a period said with it where the dose has none of
    its own ("Do 3 x 10 instead of 2 x 10 each day") is asked.
    """
    yield s.fact("note", f"what it replaces, not a dose: {s.said('all')}")
    if s.has("p") and _SCHEDULED.isdisjoint(t.sym for t in s.outside):
        yield s.fact("ambiguous", f"{s.said('p')!r} said with what is replaced: the new dose too?")


#: Symbols of a schedule of the dose's own.
_SCHEDULED = frozenset("day daily week weekly DOW morning evening night bedtime".split())


def h_set_named(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "Set 2: 8 reps", "Circuit 1: repeat 2x": which set, its count asked for the others;
    "Sets 3: 10 reps" is the count of sets.
    """
    if s.tokens[0].raw.lower() in {"set", "circuit", "round"} or not isinstance(s.value("n"), int):
        yield s.fact("ambiguous", f"which set, not how many: {s.said('all')}: the others too?")
    else:
        yield s.fact("sets", s.value("n"))


def h_at_intervals(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Every so many days: "at 4 week intervals", "at intervals of 3 days"."""
    count = s.value("n") if s.has("n") else s.value("n2")
    unit = s.syms("u" if s.has("u") else "u2")[0]
    if unit.startswith("hour"):  # "at 2-hour intervals": every 2 hours
        yield from every_hours(s, count)
        return
    if unit.startswith("month"):
        yield s.fact("ambiguous", "a month read as 30 days")
    yield s.fact("every_days", days(count, unit))


def h_hold_least_and_most(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """A hold of at least one length and at most another: "min. 30 s, max. 2 minutes"."""
    held = duration(s, "h")
    if isinstance(held, Range):
        yield s.fact("hold", held)
    else:
        yield s.fact("bad", f"{s.said().strip()!r}: the least is not under the most")


def h_plan_of_care_code(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Three a week for 4 weeks, written "3w4" as one word ("3 w 4" is refused)."""
    count, week, weeks = s.group("n")[0], s.group("wk")[0], s.group("w")[0]
    if week.raw.lower() == "w" and count.end == week.start and week.end == weeks.start:
        yield s.fact("per_week", count.value)
        yield s.fact("duration", days(weeks.value, "week"))
    else:  # ("<12 wk 50 (32.9)", a table's cells)
        yield s.fact("bad", f"{s.said().strip()!r}: write '3w4' or '3 times a week for 4 weeks'")


def h_each_set_again(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Repetitions ("Do each set 10 times"), or sets ("do each set 3 times"), asked."""
    count = s.value("n")
    most = count.high if isinstance(count, Range) else count
    said = {t.sym for t in s.outside}
    # ("10 reps, repeat each set 3 times": 3 sets; "3 x 10, repeat each set 3 times": 9?)
    pairs = {(a.sym, b.sym) for a, b in zip(s.outside, s.outside[1:], strict=False)}
    counted = "reps" in said and "sets" not in said and ("x", "N") not in pairs
    if most >= _MANY_SETS:  # "Do each set 10 times": 10 repetitions
        yield s.fact("reps", count)
        return
    yield s.fact("sets", count)  # "do each set twice", "10 reps, repeat each set 3 times"
    if most > _TWO and not counted:
        yield s.fact("ambiguous", f"'each set {count} times': {count} sets, or {count} reps each?")


_TWO = 2
_MANY_SETS = 8


def h_every_to_every(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """A range of intervals said in two units: "every 3 days to one week"."""
    unit = s.syms("u2")[0]
    low, high = days(s.value("n", 1), s.syms("u")[0]), days(s.value("n2", 1), unit)
    if unit.startswith(("month", "year")):
        yield s.fact("ambiguous", f"a {unit.rstrip('s')} read as {days(1, unit)} days")
    if isinstance(low, int) and isinstance(high, int) and 0 < low < high:
        yield from every_days_range(s, Range(low, high))
    else:
        yield s.fact("bad", f"{s.said().strip()!r} is no range of intervals")


def h_on_days(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "Walk for 30 minutes on at least five days": days a week, asked (a course is said with
    "for").
    """
    days = s.value("n")
    if isinstance(days, int) and days <= _WEEK:
        yield s.fact("per_week", days)
    yield s.fact("ambiguous", f"{s.said().strip()!r}: days a week? say 'N days a week'")


_WEEK = 7

PROSE_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "neck pain of at least six-week duration", "pain lasting over 3 months": how long a
    # symptom has lasted, not the course
    (
        "symptom_of_a_length",
        rf"(?P<all>(?:{symptom_pattern()}|symptoms )of (?:more than |longer than "
        r"|over |at least |)N (?:hours|hour|days|day|weeks|week|months|month|years|year) "
        r"(?:duration |)(?!of |post |after |before )"
        # ("people with back pain lasting 3 months"; "lasting" is read as "for";
        # "Walk daily with pain for 2 weeks" is the course)
        rf"|(?:{_PEOPLE}) with (?:{_CONDITION}){{0,3}}?(?:{symptom_pattern()}|symptoms |{_CONDITION})for (?:more than |longer than "
        r"|over |at least |)N (?:hours|hour|days|day|weeks|week|months|month|years|year) "
        r"(?!of |post |after |before ))",
        noting("how long a symptom lasts, not the course"),
    ),
    # "the 60-day certification period": a period of another kind, not the course
    (
        "another_kind_of_period",
        r"(?P<all>(?:a |an |the |)N (?:day|week|month|year) )(?=(?:certification|authorization"
        r"|authorisation|billing|warranty|waiting|insurance|free|access) )",
        noting("another period, not the course"),
    ),
    # "a 6-week follow-up", "10-year survival": a length naming a point in time or an
    # outcome, not the course ("a 6-week programme" is one)
    (
        "length_naming_a_point",
        r"(?<!until )(?<!until the )(?<!till )(?<!till the )"
        r"(?P<all>(?:a |an |the |)N (?:day|week|month|year) )"
        r"(?=(?:N % |(?!programme |program |class |course )[a-z]+ )?(?:follow|check|checkup|review"
        r"|appointment|visit|assessment|reassessment|survival|outcome|outcomes|results|mark"
        r"|milestone) (?!(?:up |in )?(?:\S+ )?(?:programme|program|class|classes|course|period|plan|block"
        r"|phase|exercise|exercises|training) ))",
        noting("a point in time, not a course length"),
    ),
    # "hold for min. 30s, max. 2 minutes": a hold between the two
    (
        "hold_least_and_most",
        r"hold (?:for |)(?:a |)(?:minimum|min|at least) (?:\. )?(?:of )?(?P<hn>N) (?P<hu>sec|min) "
        r"(?:, |and |- |to |)(?:a |)(?:maximum|max|up to|at most) (?:\. )?(?:of )?(?P<hn2>N) (?P<hu2>sec|min) ",
        h_hold_least_and_most,
    ),
    # "3w4", a plan of care's shorthand: 3 times a week for 4 weeks
    (
        "plan_of_care_code",
        r"(?:: )?(?P<n>N) (?P<wk>week) (?P<w>N) (?!sets |reps |sec |min |week |weeks |day |days )",
        h_plan_of_care_code,
    ),
    # "1-2 times per week or month": a count in one period or another, asked
    (
        "per_one_period_or_another",
        r"N (?:x |session |sessions |time )?(?:per |a |/ |each |every |p )?(?:day|week|month) or "
        r"(?:per |a |/ |each |every )?(?:day|week|month|year|fortnight) ",
        asking("a count in one period or another: say which"),
    ),
    # "do each set 3 times": 3 sets, or 3 repetitions in each (asked); "each set 10
    # times" is 10 repetitions
    (
        "each_set_again",
        r"(?:repeat|do|complete|perform) (?:each|every) sets (?P<n>N) x "
        r"(?!a |per |each |/ |during |throughout |through |over |in |daily |weekly )",
        h_each_set_again,
    ),
    # "every 3 days to one week", "every 2 weeks to a month": a range of intervals
    (
        "every_to_every",
        r"each (?:(?P<n>N) )?(?P<u>days|weeks|day|week|fortnight) to (?:(?P<n2>N) |a |an )"
        r"(?P<u2>day|days|week|weeks|fortnight|fortnights|month|months|year|years) ",
        h_every_to_every,
    ),
    # "at 4 week intervals", "at intervals of 3 days": every so many days
    (
        "at_intervals",
        r"at (?:(?P<n>N) (?P<u>hour|hours|day|days|week|weeks|month|months) intervals |intervals of "
        r"(?P<n2>N) (?P<u2>hour|hours|day|days|week|weeks|month|months) )",
        h_at_intervals,
    ),
    # "Day 9- Calf Raises", "Day 3: 20 squats": a day of the plan, not a count
    (
        "day_of_the_plan",
        r"(?:(?<=^ )|(?<=[.;] ))(?P<all>(?:day (?P<n>N|ORD)|days (?P<range>N)) )"
        r"(?!(?:a |per |each |/ )?(?:day|week) |x )"
        r"(?P<counted>(?:reps|sets|rounds|circuits|breaths) (?!: ))?",
        h_day_of_the_plan,
    ),
    # "Set 2: 8 reps": which set, not how many
    (
        "set_named",
        r"(?:(?<=^ )|(?<=[.;] ))(?P<all>sets (?P<n>N) )(?=: )",
        h_set_named,
    ),
    # "(around 3 days) between the more intense sessions": days apart
    (
        "days_between_said_after",
        r"(?<!on )(?<!than )(?<!to )(?<!most )(?<!max )(?<!maximum )"
        r"(?:at least |a minimum of |around |about |approximately |roughly |)"
        r"(?P<n>N) days (?:\) )?between "
        r"(?=(?:the |your |)(?:[a-z]+ ){0,3}?(?:session|sessions|workouts|runs|days) )",
        h_days_between,
    ),
    # "three or four daily walks": sessions a day
    ("daily_sessions", r"(?P<n>N) daily (?:walks|sessions|runs|rides|swims) ", h_per_day),
    # "on at least five days": days a week, not a course of five days
    (
        "on_days",
        rf"(?<=on ){QUAL}(?P<n>N) days "
        r"(?!a |per |/ |each |every |of |in |out |off |running |after |before |post |following "
        r"|weekly |week |wk |pw |x )",
        h_on_days,
    ),
    # "distributed across at least 3 days": days a week, not a course of three days
    (
        "spread_across_days",
        # ("Spread the walks evenly across 3 days", "over 3 days in the week", "Spread your
        # 150 minutes evenly over 5 days")
        r"(?:distributed|distribute|spread|split|divided|divide) (?:(?!over |across |into )"
        r"(?:[a-z][a-z'-]*|N|min"
        r"|hour|hours) ){0,4}"
        rf"(?:across|over|into) {QUAL}(?P<n>N) days "
        r"(?!a |per |/ |each |every |of |in (?!the week )|weekly |week |wk |pw |x )",
        h_on_days,
    ),
    # "do ten, rest, then ten more and a final ten", "fifteen times, rest for a minute, do
    # fifteen more exercises": sets told in prose
    (
        "sets_with_rests",
        rf"(?:do |perform )?(?P<r>N) {_COUNTED}, {_rest('rn')}(?:(?P<r2>N) more {_COUNTED}"
        rf"(?:(?:, |and ){{1,2}}(?:then )?(?:{_rest('rm')})?(?:a final|another) (?P<r3>N) {_COUNTED})?"
        rf"|another (?P<r2b>N) {_COUNTED})",
        h_sets_with_rests,
    ),
    # "do ten on the left and then repeat on the right side": the count on each side
    (
        "reps_one_side_then_the_other",
        rf"(?:do |perform )?(?P<r>N) {_COUNTED}(?:on|with|for|using) {_SIDE}(?:, )?(?:and )?"
        rf"(?:then )?(?:repeat |do the same |the same |switch |change )(?:on|with|for|to|using) "
        rf"{_OTHER_SIDE}",
        h_reps_each_side,
    ),
    # "three short runs a week", "2 walks a day", "two walks daily": outings counted are the sessions, when
    # nothing else in the phrase says how often or what dose (then they are asked about)
    (
        "outings_per_period",
        rf"(?P<rel>before |after )?{QUAL}(?P<n>N) (?:{_OUTINGS}) (?:(?:{PER}|in a |each )(?P<p>week|day) |(?:/ )?(?P<pd>daily|weekly) )",
        h_outings,
    ),
    (
        # "Each week includes 3 rowing workouts": the period first
        "period_includes_outings",
        r"(?:each|every|per|a) (?P<p>week|day) (?:includes |include |has |contains |consists of "
        rf"|: |, |- ){QUAL}(?P<n>N) (?:{_OUTINGS}|(?:[a-z][a-z'-]* ){{0,2}}session) ",
        h_outings,
    ),
    # "follow each run with a walk", "when you've just come back from a run": after it
    (
        "after_event_in_prose",
        rf"(?:follow (?:up )?(?=(?:[a-z][a-z'-]* ){{0,6}}with )|(?:when|once|after) (?:you've |you have "
        rf"|you're |you are |you )(?:just )?(?:come back|got back|get back|returned|return|finished"
        rf"|completed|done) (?:from |with )?){DETERMINERS}(?P<ev>{EVENT})(?: with)?",
        h_after_finishing,
    ),
    # "a short rest (30 seconds) between sets": the time in brackets is the rest's
    (
        "rest_in_brackets",
        rf"(?:rest|break|pause|recovery) \( {QUAL}{dur('r')}\) ",
        h_rest,
    ),
    # "after breakfast, lunch and dinner": one session after each of the day's meals
    (
        "each_meal",
        rf"{_bout(1)}(?P<rel>before|after) {_MEAL}breakfast (?:, )?{_bout(2)}(?:(?P<rel2>before|after) )?"
        rf"{_MEAL}lunch (?:, )?(?:and |& )?{_bout(3)}(?:(?P<rel3>before|after) )?{_MEAL}(?:dinner|supper|tea) ",
        h_each_meal,
    ),
    # "an hour before exercise", "2 hours after a meal": the event, and a time before it
    # the schedule cannot place (asked; never hourly; "walk 10 minutes after meals" stays
    # a walk of 10 minutes)
    (
        "offset_anchor",
        # (minutes only after a medicine's words: "2 puffs 15 minutes before exercise";
        # "walk 30 minutes after dinner" is a walk)
        rf"(?P<off>{QUAL}(?:N|a) (?:hour|hours) |{_MEDICINE_BEFORE}{QUAL}N (?:- N |to N |)min )(?P<rel>before|after|prior)(?: to)? "
        rf"(?:(?:going to |you go to )?(?P<bed>bed|bedtime|sleep) |{DETERMINERS}(?P<ev>{EVENT}))",
        h_offset_anchor,
    ),
    # "left only", "R only", "on the right leg only", "only on the left side": one side
    (
        "one_side_only",
        r"(?:(?:on |with |for |using |to )?(?:the |your )?(?P<which>left|right|l|r) (?:side |leg )?only "
        r"|only (?:on |with |for |using |to )?(?:the |your )?(?P<which2>left|right) (?:side |leg )?"
        r"(?!after |before |away |now |then |here |there |when |as ))",
        h_one_side,
    ),
    # "six reps of each exercise twice": the reps, done twice, are sets
    (
        "reps_of_each_twice",
        rf"(?P<r>N) reps of (?:each|the|this|these|every) (?:[a-z][a-z'-]* ){{1,2}}(?P<s>N) x {NOT_PERIOD}"
        rf"(?!N |[,;] |in |at |on |each |every |morning |evening |night |noon |afternoon )",
        h_sets_reps,
    ),
    # "take a break for 10 to 20 seconds": a rest, not a hold
    (
        "break_for",
        rf"(?:take |have )?(?:a |)(?:short |brief |quick |)(?:break|pause|breather) (?:of |for ){QUAL}{dur('r')}",
        h_rest,
    ),
    # "20 times each time the exercise is performed": each session, not an event
    (
        "each_time_it_is_done",
        r"(?P<all>(?:each|every) time (?:you (?:do|perform) )?(?:the |this |these |your )?"
        r"(?:exercise|exercises|programme|program|routine) (?:is |are )?(?:performed |done |completed |)"
        r"(?!before |after |when ))",
        h_each_session,
    ),
    *MORE_PROSE_RULES,
    # "3-8 times a day or as pain requires": as needed, said through the symptom
    (
        "as_symptoms_require",
        r"as (?:the )?(?:pain|symptoms|symptom) (?:requires|require|dictates|dictate) (?:it )?",
        h_prn,
    ),
)
