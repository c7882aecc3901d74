"""
Rules for counts that are not repetitions: degrees of a range of movement, a lifting
tempo ("2-1-1-2", "lower for a count of 3") and holds counted out ("hold for a count of
5", "30 count") or said with no unit ("hold for 10-15").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan._regex import LazyRegex
from rehabplan.model import Range
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Handler, Span, seconds
from rehabplan.phrases._handlers import asking, h_nothing, h_reps, noting
from rehabplan.phrases._hold_handlers import h_hold_no_unit
from rehabplan.phrases._movement import held_in_clause, held_over
from rehabplan.phrases._patterns import DAYU, QUAL, SENTENCE_ENDS, TU

__all__ = [
    "COUNT_RULES",
    "h_count_hold",
    "h_counting_to",
    "h_sum",
    "h_tempo",
    "h_times_in_sets",
    "h_x_before_counts",
]


def h_count_hold(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count = next(s.value(g) for g in ("n", "n2", "n3") if s.has(g))
    if _SWINGING & {t.raw.lower() for t in s.clause}:
        # "let the arm swing in a circle for a count of 10": 10 swings, or a 10 s bout?
        yield s.fact("ambiguous", f"{s.said()!r} while moving: a count of movements, or seconds?")
        return
    if _breathing_before(s):
        # "Breathe in for 5 counts and out for 5 counts": a breath's length
        yield s.fact("note", f"a breath's length, not a hold: {s.said()}")
        return
    before = {t.raw.lower() for t in s.before}
    # "raise for 3 counts / lower for 3 counts": the way up timed beside the way down
    lowering_next = _LOWERING & {t.raw.lower() for t in s.after[:3]}
    lowering = (
        lowering_next
        or _LOWERING & before
        or ({"come", "coming", "go", "going"} & before and "down" in before)
    )
    if lowering and not held_in_clause(s):
        yield s.fact("note", f"a tempo, not a hold: {s.said()}")  # "Come down for a count of 4"
        return
    clause = {t.raw.lower() for t in s.clause}
    if "total" in {t.raw.lower() for t in s.before[-4:]}:  # "Total metered count of twenty"
        yield s.fact("note", f"a total count, not a hold: {s.said()}")
        return
    end = _at_an_end(s)
    still = end == "held" or held_in_clause(s) or bool((lx.GRIPPING_WORDS | _PAUSING) & clause)
    if not still and _moved_first(s) and not s.has("n3"):
        # "Walk in place and count to 30": the walking's pace, or held at its end?
        yield s.fact("ambiguous", f"{s.said()!r} after a movement: its pace, or a hold at its end?")
        return
    if not still and end != "placed" and _paced(s):
        # "Slowly count to 5 as you breathe out", "Walk to a 4 count": a pace
        yield s.fact("note", f"a count for the pace, not a hold: {s.said()}")
        return
    if (s.has("n3") or end == "placed") and not still:
        # "Rest for a 10 count", "count to 10 at the top of the stairs": nothing says it is held
        yield s.fact("ambiguous", f"{s.said()!r}: a hold of that many seconds, or a pace?")
        return
    yield s.fact("hold", seconds(count, "sec"))


_PAUSING = frozenset({"pause", "against"})  # "pause and count to 5", "against the wall"


def _paced(s: Span) -> bool:
    """
    True when a movement or a breath is paced by the count: "lower slowly counting to 3",
    "Slowly count to 5 as you breathe out" (not "Straighten your knee and count to 5",
    held at the end, nor "Count to three and then slowly lower back", the next step).
    """
    breaks = {".", ";", ",", "and"}
    before = list(itertools.takewhile(lambda t: t.sym not in breaks, reversed(s.before)))
    after = itertools.takewhile(lambda t: t.sym not in {".", ";", "then", "and"}, s.after)
    return bool((_PACED | lx.MOVING_WORDS) & {t.raw.lower() for t in [*before, *after]})


def _moved_first(s: Span) -> bool:
    """
    True when the nearest step before the count in its sentence moves: "Stand up and walk
    on the spot and count to 30" (not "Walk to the wall, then stand and count to 30").
    """
    words = [t.raw.lower() for t in s.before]
    for i in range(len(words) - 1, -1, -1):
        word, wall = words[i], i > 0 and words[i - 1] == "wall"  # ("wall squats" are held)
        if s.before[i].sym in _STEP_ENDS or word in _STILL_STEPS or (wall and "squat" in word):
            return False
        if word in lx.MOVING_WORDS:
            return True
    return False


def _at_an_end(s: Span) -> str:
    """
    "held" for a count at the end of a movement ("count to 5 at the top", "at the top of
    each heel raise"), "placed" at the end of anything else ("of the stairs", "of your walk").
    """
    words = [t.raw.lower() for t in itertools.takewhile(lambda t: t.sym != ",", s.after[:9])]
    if words[:2] != ["at", "the"] or words[2:3] not in (["top"], ["bottom"], ["end"]):
        return ""
    named = [w for w in words[4:] if w not in {"the", "each", "your", "a"}][:4]
    return "held" if words[3:4] != ["of"] or not named or set(named) & _MOVEMENTS else "placed"


#: Where a step's stretch ends, walking back from a count.
_STEP_ENDS = SENTENCE_ENDS | {":", "then"}
#: Still steps: a count after them is held ("sit down, straighten your knee and count").
_STILL_STEPS = frozenset(
    "stand standing sit sitting straighten straightening balance balancing hold holding "
    "stay staying lie lying kneel kneeling press pressing push pushing squeeze squeezing".split()
)
#: Movements a count is held at the end of: "at the top of each heel raise" (not "at the
#: top of the stairs" or "at the end of your walk", asked).
_MOVEMENTS = frozenset(
    "lift lifts raise raises squat squats lunge lunges bend curl press push stretch rep reps "
    "repetition movement move motion range crunch roll slide shrug hitch kick lowering dip "
    "bridge tuck breath contraction squeeze extension row rows pull step clam tilt".split()
)


def _breathing_before(s: Span) -> bool:
    """True when the nearest verb before the count breathes ("in", "out"), not holds."""
    if lx.BREATHING_WORDS.isdisjoint(t.raw.lower() for t in s.clause):
        return False
    said = [t.raw.lower() for t in s.clause]
    if said[:1] in _HELD_BREATH_OPENS or said[:2] in _HELD_BREATH_OPENS:
        return False  # "Hold the air at the top of the inhale while counting to three"
    before = s.before
    for i in range(len(before) - 1, -1, -1):
        word = before[i].raw.lower()
        if before[i].sym in {".", ";", "!", "?"} or word in _HOLDING:
            return False
        if word in {"in", "out"}:
            return True
        if word in lx.BREATHING_WORDS:  # "hold your breath for a count of 4" holds it
            return _HOLDING.isdisjoint(t.raw.lower() for t in before[max(0, i - 2) : i])
    return False


#: A clause that opens by holding the breath: its count is held, whatever breath follows.
_HELD_BREATH_OPENS = [["hold"], ["suspend"], ["hold", "the"], ["hold", "your"]]
#: Words of holding: a count after them is held, even with a breath in the sentence.
_HOLDING = frozenset({"hold", "holding", "pause", "keep", "suspend"})
#: Words of a movement's way down or up: a count said with them is its pace.
_LOWERING = frozenset("lower lowering descend descending drop dropping".split())


#: Movements whose count is not a hold: "swing ... for a count of 10".
_SWINGING = frozenset(
    "swing swinging swings circle circles circling circular rotate rotating march marching "
    "pump pumping bounce bouncing rock rocking pendulum jacks taps jumps kicks hops marches".split()
)


def h_times_in_repetitions(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Ten times "in three repetitions": three rounds of ten, or ten in all? Asked."""
    yield s.fact("sets", s.value("s"))
    yield s.fact("reps", s.value("r"))
    yield s.fact("ambiguous", f"{s.said('all')!r}: {s.raw('s')} sets of {s.raw('r')}? say the sets")


def h_times_in_sets(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    A count "in sets of" another, always asked. Sets of a few ("8 times in sets of 3")
    are read as that many sets (3 sets of 8, or 8 in all?); bigger sets hold a total
    ("30 reps in sets of 10": 3 sets of 10); fewer than one set ("3 times in sets of 10")
    is that many sets of it (3 sets of 10, or 10 sets of 3?).
    """
    count, each = s.value("r"), s.value("s")
    said = s.said("all")
    if not isinstance(each, int) or each < 1:
        yield s.fact("ambiguous", f"{said!r}: say the sets and the repetitions of each")
        return
    low, high = (count.low, count.high) if isinstance(count, Range) else (count, count)
    if low > each and each <= _A_FEW_SETS:
        sets, reps, other = each, count, f"{count} in all, in sets of {each}"
    elif low > each:
        yield s.fact("reps", each)
        whole = isinstance(count, int) and not count % each
        if whole:
            yield s.fact("sets", count // each)
        what = f"{count // each} sets of {each}" if whole else f"sets of {each}"
        yield s.fact("ambiguous", f"{said!r}: {count} in all, as {what}? say the sets")
        return
    elif high < each:
        sets, reps, other = count, each, f"{each} sets of {count}"
    else:
        sets, reps, other = 1, each, f"{each} sets of {each}"
    yield s.fact("sets", sets)
    yield s.fact("reps", reps)
    plural = "" if sets == 1 else "s"
    yield s.fact("ambiguous", f"{said!r}: {sets} set{plural} of {reps}, or {other}? say which")


#: Words after "N sets in total" that make them each session's: "3 sets in total each time".
_EACH_TIME = [[a, b] for a in ("each", "per", "every") for b in ("time", "session", "visit")]
#: A day's count or each side said beside "N sets in total": the total may be split over them.
_SPLIT = LazyRegex(
    r"\b(?:twice|thrice|\d+ (?:times|x)|(?:two|three|four|five|six|seven|eight) times)"
    r" (?:a |per |each |every |/ |)(?:day|daily|week|weekly)\b"
    r"|\b\d+ days (?:a|per|each|/) week\b|\b(?:bd|bid|tds|tid|qds)\b"
    r"|\b(?:each|per|every|both|on both) (?:side|leg|arm|hand|foot|knee|elbow|ankle|hip|shoulder"
    r"|wrist)s?\b|\bleft and right\b|\bover the (?:day|week)\b|\bmeals?\b"
    r"|\b(?:morning|evening|night|afternoon)s? and (?:morning|evening|night|afternoon|bedtime)\b"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b"
)
#: Sets of no more than this many ("in sets of 3") are as often the count of sets.
_A_FEW_SETS = 5


_a_total = noting("a total, not the dose")
#: Counts and periods beside "N in total" that make it a total of theirs.
_COUNTED_ELSEWHERE = frozenset(
    "N x day daily week weekly session sets morning noon afternoon evening night nightly bedtime "
    "TIME".split()
)


#: Words that make a count a sum: "a total of 52 sets", "adds up to".
_SUMMING = frozenset({"total", "adds", "add", "comes", "come"})


def h_sum(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    A total ("that is 6 sets"), or, with no repetitions before it, a dose ("that is 2
    sets of 10"), asked after a count or a hold ("Twice a day, that is 2 sets of 10").
    """
    words = {t.raw.lower() for t in s.tokens}
    restated = s.has("of")  # "that is 2 sets of 10 reps"
    syms = [t.sym for t in s.before]
    counted = (
        {"reps", "sets"} & set(syms)
        or any(  # repetitions said before it: "3 x 10"
            syms[i : i + 3] == ["N", "x", "N"] for i in range(len(syms) - 2)
        )
    )
    # ("10 reps per set, 3 sets in total", "10 repetitions for 1 set. Perform 3 sets in
    # total": a set named, not counted)
    sets_said = any(
        sym == "sets"
        and syms[i - 1 : i] not in (["per"], ["each"], ["a"], ["every"])
        and syms[i - 2 : i] != ["for", "N"]
        for i, sym in enumerate(syms)
    ) or any(syms[i : i + 3] == ["N", "x", "N"] for i in range(len(syms) - 2))
    # ("Do 10 reps twice a day, 4 sets in total": the day's sets, a total)
    split = _SPLIT.search(" ".join(t.raw.lower() for t in s.outside)) is not None
    in_all = [t.sym for t in s.tokens[:2]] == ["N", "sets"] and not sets_said
    if in_all and not words & (_SUMMING - {"total"}):
        # "repeat it 10 times, three sets in total": the sets of those repetitions
        yield s.fact("sets", s.tokens[0].value)
        each_time = [t.raw.lower() for t in s.after[:3] if t.raw.lower() != "at"][:2] in _EACH_TIME
        if split and not each_time:  # ("Do 10 reps twice a day, 4 sets in total")
            yield s.fact(
                "ambiguous",
                f"{s.said().strip()!r}: each session's sets, or all of them spread over the "
                "sessions or the sides? say which",
            )
        return
    alone = [t.sym for t in s.tokens[:2]] in (["N", "x"], ["N", "reps"]) and "total" in words
    if alone and all(t.sym not in _COUNTED_ELSEWHERE for t in s.outside):
        # "Cobra to downward dog (12x in total)": with no other count nor a day's, the
        # repetitions ("several times a day (30 repetitions in total)" is the day's)
        yield s.fact("reps", s.tokens[0].value)
        return
    if not restated or counted or words & _SUMMING:
        yield from _a_total(m, s)
        return
    count = next(t for t in s.tokens if t.sym == "N")
    sets = any(t.sym == "sets" for t in s.tokens)
    yield s.fact("sets" if sets else "reps", count.value)
    if sets:
        yield s.fact("reps", s.value("of"))
    if "N" in syms or "hold" in syms:  # "Twice a day, that is 2 sets of 10": each time?
        yield s.fact("ambiguous", f"{s.said()!r}: the dose each time, or a total? say which")


def h_x_before_counts(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "Depth jump × 3 × 10", "Heel raises x 15 x 3": an x before each count says no order,
    so the smaller is read as the sets and the larger as the repetitions; asked unless a
    range keeps them apart ("Band rows x 3 x 12-15"), and asked with the second count as
    times a day when a day follows ("Bridges x 10 x 2 a day").
    """
    first, second = s.value("s"), s.value("r")
    lows = [v.low if isinstance(v, Range) else v for v in (first, second)]
    highs = [v.high if isinstance(v, Range) else v for v in (first, second)]
    sets, reps = (first, second) if lows[0] <= lows[1] else (second, first)
    yield s.fact("sets", sets)
    yield s.fact("reps", reps)
    apart = highs[0] < lows[1] or highs[1] < lows[0]
    daily = [t.sym for t in s.after[:2]][-1:] in (["day"], ["daily"])
    if apart and (isinstance(first, Range) or isinstance(second, Range)) and not daily:
        return
    other = f", or {reps} sets of {sets}" if sets != reps else ""
    if daily:
        other += f", or {first} repetitions {second} times a day"
    plural = "" if sets == 1 else "s"
    yield s.fact("ambiguous", f"{s.said()!r}: {sets} set{plural} of {reps}{other}? say which")


#: From this many, "N of these" is the repetitions; fewer may be a choice of exercises.
_A_FEW_EXERCISES = 5


def h_count_of_these(m: re.Match[str], s: Span) -> Iterable[Fact]:
    count = s.value("r")
    low = count.low if isinstance(count, Range) else count
    if s.tokens[-1].sym == "reps" or (isinstance(low, int) and low >= _A_FEW_EXERCISES):
        yield from h_reps(m, s)
    else:  # "Do 3 of these each week": three of the exercises, or 3 repetitions?
        yield s.fact("ambiguous", f"{s.said()!r}: that many of the exercises, or repetitions?")


def h_counting_to(m: re.Match[str], s: Span) -> Iterable[Fact]:
    if held_in_clause(s):  # "hold this position while counting to 10"
        yield from h_count_hold(m, s)
    elif _PACED.isdisjoint(t.raw.lower() for t in s.clause):
        # "push up on the foot, firmly and steadily while counting slowly to 25": a hold
        # pushed against, or a pace?
        said = " ".join(t.raw for t in s.tokens)
        yield s.fact("ambiguous", f"{said!r}: a hold of that many seconds, or a pace?")
    else:  # "breathe in while counting to two", "lower slowly counting to 3": a pace
        yield s.fact(
            "note", "a count for the pace, not a hold: " + " ".join(t.raw for t in s.tokens)
        )


#: Words of a movement or a breath paced by a count: "lower slowly counting to 3".
_PACED = frozenset(
    "lower lowering raise raising lift lifting return returning bend bending straighten "
    "breathe breathing inhale inhaling exhale exhaling breath walk walking march marching".split()
)


def h_tempo(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "lift for 2 seconds and lower for 4": how fast the movement goes, not a position held;
    but "both lower limbs for 5 seconds" names a body part, and "holding the foot at the
    top of the raise for 3-5 seconds" a position: holds.
    """
    words = [t.raw.lower() for t in s.tokens]
    owned = bool(s.before) and s.before[-1].raw.lower() in {"your", "the", "my", "his", "her"}
    body_part = (
        len(words) > 1
        and words[0] == "lower"
        and (words[1] in _LOWER_PARTS or (owned and words[1] in {"back", "leg", "legs", "body"}))
    )
    named = (  # "the top of the raise": the movement named, as a place
        words[0] in {"raise", "lift"} and bool(s.before) and s.before[-1].raw.lower() == "the"
    )
    count = next((t for t in s.tokens if t.sym == "N"), None)
    unit = next((t for t in s.tokens if t.sym in {"sec", "second"}), None)
    held = words[0] == "over" and held_over(s)
    if (
        count is not None
        and unit is not None
        and (body_part or held or (named and held_in_clause(s)))
    ):
        yield s.fact("hold", seconds(count.value, unit.sym))
        return
    yield s.fact("note", f"a tempo, not a hold: {s.said()}")


#: Body parts named "lower": "both lower limbs", not lowering them.
_LOWER_PARTS = frozenset({"limb", "limbs", "extremity", "extremities"})


COUNT_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "Start off with just 10 of these", "do ten of those": repetitions of the exercise
    # ("3 of these exercises" counts exercises)
    (
        "count_of_these",
        r"(?<! any )(?<! choose )(?<! pick )(?<! select )(?<! or )"
        r"(?P<r>N) of (?:these|those) (?:reps |)"
        r"(?=$|[.,;:!?)(] |and |then |each time |N x (?:a |per |each |daily )|(?:a|per|each|every) (?:day|week) "
        r"|daily )",
        h_count_of_these,
    ),
    # "Do 15 of each of these four exercises", "10 of each side": repetitions of each
    (
        "count_of_each",
        r"(?<! any )(?<! choose )(?<! pick )(?<! or )(?<! take )(?<! taking )(?<! eat )"
        r"(?P<r>N) of each (?:(?P<side>side |leg |arm |foot |hand )"
        r"|(?:exercise|movement|stretch|move|one|position|direction) "
        r"|of (?:these|those|the) (?:N |)(?:exercises |movements |stretches |moves |)|)"
        r"(?=$|[.,;:!?)(] |and |then |N x |(?:a|per|each|every) (?:day|week) |daily |twice |x "
        r"|in |at |before |after |weekly |morning |evening |each |on each )",
        h_reps,
    ),
    # "twice daily (three times is even better)": a better count offered, not the dose
    (
        "better_count",
        r"N (?:x |sets |reps |)(?:is|would be|are) (?:even |)(?:better|best|ideal|preferable|optimal) ",
        asking("another count offered as better: read the first, say which"),
    ),
    # "perform 6-8 basic movements for 3 sets of 10-12 reps": how many exercises
    (
        "exercises_counted",
        r"(?P<all>N (?:(?!x |sets |reps |set |of )[a-z]+ ){0,2}(?:movements|exercises|moves|drills) )"
        r"(?=(?:for |, |: |)N (?:sets (?:of |x )N |x N ))",  # (repetitions said after the sets)
        noting("a count of exercises, not the dose"),
    ),
    (
        "times_in_sets_of",
        r"(?:(?:repeat|do|perform|complete) (?:(?!N )[a-z]+ ){0,3})?"
        # ("30 repetitions of each exercise in sets of 10")
        rf"(?P<all>(?P<r>N) (?:x |reps )(?:of each (?:exercise |movement |stretch |one |)|)"
        rf"in sets of (?P<s>N) )(?!x |sets |reps |{TU} )",
        h_times_in_sets,
    ),
    # "10 times in three repetitions": rounds of the count said as repetitions, asked
    (
        "times_in_repetitions",
        r"(?:(?:repeat|do|perform) )?(?P<all>(?P<r>N) x (?:in|for) (?P<s>N) reps )(?!x |of )",
        h_times_in_repetitions,
    ),
    # "Hold stretches for 20 to 60 seconds or 5 to 10 breaths": another length of the hold
    (
        "or_breaths",
        # ("Hold for 2 minutes (about 15 relaxed breaths)": the same length in breaths)
        r"(?:(?<=sec )|(?<=min ))(?P<all>(?:or |about |approximately |\( (?:about |approximately |around |roughly |or |))"
        r"N (?:slow |deep |relaxed |full |calm |)(?:breaths|breath) )",
        noting("another length of the hold, not read"),
    ),
    # "Repetitions will be in the 6-8 range": the repetitions of each set
    (
        "reps_in_a_range",
        r"reps (?:will be |should be |are |stay |)(?:in |within )(?:the |a |an |)(?P<r>N) range ",
        h_reps,
    ),
    (
        # ("once 90 degrees of flexion is achieved": when, not a count)
        "degrees",
        r"(?:N x (?=N (?:°|degrees|degree) ))?N (?:°|degrees|degree) (?:- N (?:°|degrees) )?",
        h_nothing,
    ),
    # "3-3-3-2-1 reps", "squat 8-5-3x5": repetitions set by set, not one count
    (
        "rep_scheme",
        r"N (?:- N ){2,}(?:reps |x N )",
        asking("repetitions set by set: say the sets and the repetitions of each"),
    ),
    # a lifting tempo, seconds down-pause-up-pause: "2-1-1-2", "tempo 3-0-1"
    (
        "tempo_digits",
        r"(?:tempo (?:: )?N (?:- N ){1,3}|N (?:- N ){2,3}(?:tempo )?)",
        h_nothing,
    ),
    (
        "tempo_count",
        r"over (?:the course of )?(?:a |the )?N (?:sec|second) count "
        r"|(?:over (?:the |a )?(?:slow )?|(?:very )?(?:slowly|slow) (?!count )(?:\( )?"
        r"(?:to |for |over |on |with |)(?:a |the |)(?:slow )?"
        # ("hold your breath for a count of 4" holds; "keep your lower back tense": a part)
        r"|(?<!hold your )(?<!hold the )(?<!hold that )(?<!hold this )(?<!suspend your )"
        r"(?<!keep )(?<!your )(?<!the )(?<!my )"
        r"(?:lower|lowering|drop|raise|raising|lift|lifting|return|release|straighten|bend|breathe|"
        r"breathing|inhale|inhaling|exhale|exhaling|breath) "
        r"(?:(?!hold |and |then )[a-z]+ ){0,6}(?:to |for |over |on |with )(?:a |the |)(?:slow )?)"
        r"count (?:of|to) N ",
        h_nothing,
    ),
    # "Hold for 10-15", "Hold each stretch for about 30 .": a hold with no unit, read
    # as seconds and asked
    (
        "hold_no_unit",
        rf"hold (?:(?!for )[a-z]+ ){{0,3}}for {QUAL}(?P<n>N) "
        rf"(?!{TU} |{DAYU} |x |reps |times |sets |N |- |to |% |/ |more |slow "
        rf"|(?:[a-z]+ )?(?:breaths |breath |counts |count |reps ))",
        h_hold_no_unit,
    ),
    (
        "count_hold",
        r"(?:for |)(?:a |the |)(?:slow )?count (?:slowly |silently |aloud |out loud |)(?:of|to|till|until"
        r"|up to) (?P<n>N) "
        r"(?!reps |x |sets |breaths |breath |steps )"
        # "Balance, 30 count", "30 @ 10 count": a hold counted out ("relax 10 count" rests)
        # (never a tempo or a breath: "lower on a 3 count", "breathe in for 4 count")
        r"|(?:hold (?:for )?(?:at least |a minimum of |)(?:a )?(?:slow |steady |)"
        r"|for (?=N (?:slow )?counts )|(?<![a-zA-Z] ))(?P<n2>N) (?:slow )?(?:count|counts) "
        r"(?!of |to |down |up |lowering |lower |descent |in |out |hold )"
        # "Hold this position for a 5-10 count", "holding to a 35 count", "for a minimum
        # of an eight count": the hold's words before
        r"|(?:to|for) (?:a |an )(?:minimum of (?:a |an )|)(?:slow |)"
        r"(?P<n3>N) (?:count|counts) (?!of |to |down |up |in (?!the )|out )",
        h_count_hold,
    ),
)
