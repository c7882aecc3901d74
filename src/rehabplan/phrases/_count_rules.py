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
from rehabplan.phrases._count_hold import LOWER_PARTS, PACED, h_count_hold
from rehabplan.phrases._facts import Fact, Handler, Span, seconds
from rehabplan.phrases._handlers import asking, h_nothing, h_reps, noting
from rehabplan.phrases._hold_handlers import h_hold_no_unit
from rehabplan.phrases._movement import held_in_clause, held_over
from rehabplan.phrases._patterns import DAYU, QUAL, SENTENCE_ENDS, TU
from rehabplan.phrases._tok import Tok

__all__ = [
    "BREATHS_AFTER_A_TIME",
    "COUNT_RULES",
    "h_counting_to",
    "h_sum",
    "h_tempo",
    "h_times_in_sets",
    "h_x_before_counts",
]


def h_times_it_can_be_lifted(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "a weight you can only lift 8-12 times": the load's measure; with no repetitions said
    elsewhere, also the repetitions, asked (a repetition maximum names both).
    """
    said = s.said("all").strip()
    syms = [t.sym for t in s.outside]
    pairs = set(itertools.pairwise(syms))
    if "reps" in syms or ("x", "N") in pairs or ("sets", "of") in pairs:
        yield s.fact("note", f"the times a load can be lifted, its measure, not the dose: {said}")
        return
    yield s.fact("reps", s.value("n") if s.has("n") else s.value("m"))
    yield s.fact("ambiguous", f"{said!r}: the load's measure, or the repetitions too? say which")


def h_breaths_after_a_time(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    Breaths counted after a hold that they could fill, two seconds or more each ("4 sets of
    30 seconds, about 10 deep breaths"), are its length; after a breath's own time or a
    short hold ("Inhale for 4 sec, 8 breaths", "hold 5 sec, 10 small breaths") the
    repetitions.
    """
    count, time = s.value("n"), s.before[-2:]
    most = count.high if isinstance(count, Range) else count
    said = {t.raw.lower() for t in s.before[-8:]}
    held = not _HELD_WORDS.isdisjoint(said) and not _a_breath_held(s.before[-14:])
    if len(time) == 2 and time[0].sym == "N" and held and most:
        value = time[0].value
        length = seconds(value.low if isinstance(value, Range) else value, time[1].sym)
        if length.total_seconds() / most >= 2:
            breaths = s.said("b").strip(" ,(-")
            yield s.fact("note", f"a hold's length in breaths, not repetitions: {breaths}")
            return
    yield s.fact("reps", count)
    if not _KEPT_WORDS.isdisjoint(said):  # "Stay for 1 min, about 12 breaths": held, or not?
        yield s.fact("ambiguous", "a position kept, counted in breaths: say the hold in seconds")


#: Words of a hold, whose length breaths may count; of a position kept, which may be one.
_HELD_WORDS = frozenset(
    "hold holding held sets set stretch stretches pose hang keep squeeze tighten".split()
)
_KEPT_STILL = frozenset("stretch stretches pose position posture hang plank".split())


def _a_breath_held(before: list[Tok]) -> bool:
    """
    Whether the clause before the breaths holds a breath ("Hold your breath for 10 sec",
    "Breathe in and hold for 10 seconds", "Inhale deeply and hold"), not a stretch kept
    while breathing ("Take a deep breath, then hold the stretch 30 seconds").
    """
    words = [t.raw.lower() for t in before]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in SENTENCE_ENDS:
            words = words[k + 1 :]
            break
    if not _KEPT_STILL.isdisjoint(words):
        return False
    # ("do not hold your breath", "breathe in and out": breathing on, no breath held)
    held = [
        w
        for k, w in enumerate(words)
        if _NOT_HELD.isdisjoint(words[max(0, k - 4) : k])
        and (w in {"breath", "inhale", "inhaling"} or words[k : k + 2] == ["breathe", "in"])
        and words[k + 1 : k + 4] != ["in", "and", "out"]
    ]
    return bool(held)


#: Words before a breath that say it is not held: "do not hold your breath".
_NOT_HELD = frozenset({"not", "don't", "dont", "never", "without", "no"})


_KEPT_WORDS = frozenset("stay remain pause maintain rest".split())


def h_at_once(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Together ("all at once"), not one time; "at 3 x 10" and "at 10 times" are counts."""
    if s.tokens[0].raw.lower() == "once":
        yield s.fact("note", "at once: together, not a count")
        return
    nxt = s.next_token
    if nxt is not None and nxt.raw[:1].isalpha() and nxt.sym not in {"for", "daily"}:
        # "at 1.5x body weight", "at twice the speed": a multiple of something
        yield s.fact("note", f"a multiple, not a count: at {s.said('all')} {nxt.raw}")
        return
    yield from s.read_again("all")


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
    elif PACED.isdisjoint(t.raw.lower() for t in s.clause):
        # "push up on the foot, firmly and steadily while counting slowly to 25": a hold
        # pushed against, or a pace?
        said = " ".join(t.raw for t in s.tokens)
        yield s.fact("ambiguous", f"{said!r}: a hold of that many seconds, or a pace?")
    else:  # "breathe in while counting to two", "lower slowly counting to 3": a pace
        yield s.fact(
            "note", "a count for the pace, not a hold: " + " ".join(t.raw for t in s.tokens)
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


#: "4 sets of 30 seconds, about 10 deep breaths": the hold's length, counted in breaths (read
#: before any count of a thing: "Hold 20 s 4 breaths, 3 times" is a 20-second hold, 3 times).
BREATHS_AFTER_A_TIME: tuple[str, str, Handler] = (
    "hold_in_breaths",
    # ("Hold 1 minute and breathe deeply, around 12 breaths": breathing said between)
    r"(?<=sec |min )(?P<all>(?:(?:and |, |\( |- |while )(?:breathe|breathing) (?:[a-z]+ ){0,3}(?:! |)"
    r"(?:\) |)|)"
    # ("(about 5 breaths)", "- about 5 breaths", "or 5-10 breaths": another length of the
    # hold, read by the rules of a length said twice)
    r"(?P<b>(?:, |)(?:about |around |approximately |roughly |)"
    r"(?P<n>N) (?:[a-z]+ )?(?:breaths|breath) ))",
    h_breaths_after_a_time,
)


COUNT_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "rather than doing it all at once", "at twice the speed": together, or a multiple
    (
        "at_once",
        r"(?<= at )(?P<all>N x )(?!(?:a|per|each|every|in|N|reps|daily|weekly|day|week|days"
        r"|weeks|hourly|monthly|hour|hours|month|months) )",
        h_at_once,
    ),
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
    # "a five times sit to stand test": the name of a test
    (
        "sit_to_stand_test",
        r"(?P<all>N x sit to stand (?:test|time|score|tst) )",
        noting("the name of a test, not a count"),
    ),
    # "the heaviest weight you can only lift 1-3 times", "a weight you can lift 10 times at
    # most": a load's measure, not the dose ("a weight you can lift 10-12 times" is)
    (
        "times_it_can_be_lifted",
        r"(?P<all>can (?:only |just )(?:lift|move|press|push|raise|manage) (?:it |them |this |)"
        r"(?P<m>N) (?:(?:- |to )N )?x |can (?:lift|move|press|push|raise|manage) (?:it |them |this |)"
        r"(?P<n>N) (?:(?:- |to )N )?x (?:at most|at the most|maximum|max) )",
        h_times_it_can_be_lifted,
    ),
    # "heat a damp towel in the microwave for 30 to 60 seconds": how long a thing heats
    (
        "microwaved",
        r"(?P<all>(?:microwave|microwaved|microwaving) (?:(?!N |x |hold |keep |stretch |then "
        r"|and (?!heat |warm ))[a-z]+ ){0,4}?(?:for )?"
        r"(?:about |around |approximately |)N (?:(?:- |to )N )?(?:sec|second|min) )",
        noting("how long a thing is heated, not a hold"),
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
        rf"(?:lower(?! (?:{'|'.join(sorted(LOWER_PARTS))}) )|lowering|drop|raise|raising|lift"
        r"|lifting|return|release|straighten|bend|breathe|"
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
