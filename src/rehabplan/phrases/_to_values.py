"""
Merged facts built into the model's values: a `Timing` (or `AsNeeded`) and a `Dose`,
each checked by the model and refused with the phrase's words where it says no.
"""

from __future__ import annotations

import functools
import re
from typing import Any, TypeVar

import attrs

from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.model import AsNeeded, Dose, Range, Timing
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import whole as _whole
from rehabplan.phrases._merge import Merge, weekday_set

__all__ = ["bound_beside_hours", "spaced_in_a_day", "to_dose", "to_timing"]

_T = TypeVar("_T")
# Timings and doses are immutable values, and phrases share them ("twice daily for
# 12 weeks"): each distinct one is built and validated once. Typed, so that 2 and 2.0
# are told apart; values that cannot be hashed are built afresh.


#: Timing's fields in their declared order: the order `to_timing` passes its values in.
_TIMING_FIELDS = tuple(f.name for f in attrs.fields(Timing))


@functools.lru_cache(maxsize=4096, typed=True)
def _timing(*values: Any) -> Timing:
    return Timing(**dict(zip(_TIMING_FIELDS, values, strict=True)))


@functools.lru_cache(maxsize=4096, typed=True)
def _dose(
    sets: Any, reps: Any, hold: Any, each: bool, rest: Any, load: Any, bout: Any, side: Any
) -> Dose:
    return Dose(sets, reps, hold, each, rest=rest, load=load, duration=bout, side=side)


def _cached(build: functools._lru_cache_wrapper[_T], *args: Any) -> _T:
    try:
        return build(*args)
    except TypeError:  # an unhashable value
        return build.__wrapped__(*args)


def to_timing(merged: Merge) -> Timing | AsNeeded | None:
    """Build the timing from merged facts (None when there is no timing at all)."""
    fields = merged.fields
    get = fields.get
    per_day = get("per_day")
    times = get("times") or ()
    every_hours = get("every_hours")
    every_days = get("every_days")
    per_week = get("per_week")
    weekdays = weekday_set(merged) or ()
    anchor = get("anchor")
    if anchor is not None and anchor.event == "bed":
        anchor = None
        times = (*times, "bedtime")
    scheduled = bool(times or weekdays) or not (
        per_day is None
        and every_hours is None
        and every_days is None
        and per_week is None
        and anchor is None
    )
    bounds = "duration" in fields or "until" in fields or "start" in fields
    if every_hours is not None and per_day is not None and _fills_the_day(per_day, every_hours):
        every_hours = None  # "every 4-6 hours, 4 times a day": the count, the hours its spacing
    if every_hours is not None and per_day is not None:
        # "every 12 hours, twice a day": one count, said twice
        expected = 24 // (every_hours.low if isinstance(every_hours, Range) else every_hours)
        if per_day == expected:
            per_day = None
        else:
            raise PhraseError.problem(
                merged.text, "an interval in hours and a count per day that disagree"
            )
    if isinstance(every_days, Range):  # accepted: "every 2-3 days" at its low end, "1-2" daily
        low = every_days.low
        every_days, per_day = (None, per_day or 1) if low == 1 else (low, per_day)
    if isinstance(per_week, int) and weekdays and per_week > len(weekdays):
        raise PhraseError.problem(
            merged.text,
            f"{per_week} times a week, but only {len(weekdays)} day(s) named; "
            "name a day for each session",
            *merged.spans["per_week"],
        )
    if isinstance(per_week, int) and weekdays and per_week < len(weekdays):
        raise PhraseError.problem(
            merged.text,
            f"{per_week} times a week, but {len(weekdays)} days named; "
            "say which days, or drop the count",
            *merged.spans["per_week"],
        )
    if every_days is not None and weekdays:
        raise PhraseError.problem(merged.text, "every N days and named weekdays cannot both hold")
    prn = "prn" in fields
    if not (scheduled or bounds or prn or "per_day" in merged.weak):
        return None
    try:
        timing = _cached(
            _timing,  # the values in Timing's field order
            per_day,
            times,
            every_hours,
            bool(get("round_the_clock")) and every_hours is not None,
            every_days,
            per_week,
            tuple(sorted(weekdays)),
            get("start"),
            get("duration"),
            get("until"),
            anchor,
        )
    except ProgrammeError as exc:
        raise PhraseError.problem(merged.text, f"{exc.where}: {exc.reason}") from None
    if prn:
        limit = timing if (scheduled or bounds) else None
        return AsNeeded(limit=limit, condition=get("condition"))
    return timing


#: The fields of a dose; a dose needs one of the first four ("each side" alone is none).
_DOSE_FIELDS = ("sets", "reps", "hold", "bout", "per_side", "rest", "load", "side")


def to_dose(merged: Merge) -> Dose | None:
    fields = merged.fields
    if fields.keys().isdisjoint(_DOSE_FIELDS):
        return None
    get = fields.get
    sets = get("sets")
    reps = get("reps")
    if sets is not None and not _whole(sets):
        raise PhraseError.problem(merged.text, "sets must be a whole number", *merged.spans["sets"])
    if reps is not None and not _whole(reps):
        raise PhraseError.problem(merged.text, "reps must be a whole number", *merged.spans["reps"])
    hold = get("hold")
    bout = get("bout")
    if sets is None and reps is None and hold is None and bout is None:
        if merged.strict:
            raise PhraseError.problem(merged.text, "a side needs a dose: sets, reps or a hold")
        return None
    try:
        return _cached(
            _dose,
            sets if sets is not None else 1,
            reps,
            hold,
            bool(get("per_side")),
            get("rest"),
            get("load"),
            bout,
            get("side"),
        )
    except ProgrammeError as exc:
        where = exc.where.split(".")[-1]
        span = merged.spans.get(where, (None, None))
        raise PhraseError.problem(merged.text, f"{where} {exc.reason}", *span) from None


def spaced_in_a_day(per_day: Any, every_hours: Any) -> bool:
    """
    True when a count a day disagrees with an interval in hours but fits in a waking day
    at that spacing (5 a day, 4 hours apart: the first and the last 16 hours apart), so
    the hours space the day's sessions.

    >>> spaced_in_a_day(5, 4), spaced_in_a_day(6, 4), spaced_in_a_day(3, 12)
    (True, False, False)
    """
    fewest = per_day.low if isinstance(per_day, Range) else per_day
    apart = every_hours.low if isinstance(every_hours, Range) else every_hours
    if _fills_the_day(per_day, every_hours):
        return False  # "every 10-12 hours, twice a day": the range fills the day
    if not isinstance(fewest, int) or not isinstance(apart, int) or fewest < 2:
        return False
    return fewest * apart != 24 and (fewest - 1) * apart <= _WAKING_HOURS


#: Words that may lead a count a day said plainly: "Take 4 times a day", "hours, 4 times a
#: day" (any other word before it, "Max: 4 times a day", may make it a bound).
_PLAIN_LEADS = frozenset("take use apply do repeat and then hours hrs hr h".split())
#: Words of a bound after a count a day, in its sentence: "4 times a day at the very most",
#: "but no more", "as a minimum", "as needed, max", "not to be exceeded", "only".
_BOUND_AFTER = re.compile(
    r"^only\b|^[\s(]*min\b(?!\s*\d)|\b(?:at (?:the )?(?:very )?(?:most|least)|at the outside"
    r"|max|maximum|maximally|minimum|tops|no more|not more|never more|no further|no fewer"
    r"|no less|exceed\w*"
    r"|beyond (?:this|that|these|it|\d+|one|two|three|four|five|six)|limit\w*"
    r"|(?:is|as) (?:the|a) ceiling|or less|or fewer|or more|up to|(?:more|fewer|less) if)\b"
)
#: A length of its own after a count a day, with any bound on it: "for up to 2 weeks",
#: "hold at least 30 s", "keep the ice on for no more than 20 minutes".
_OWN_LENGTH = re.compile(
    r"\b(?:for|hold\w*|keep\w*)\b[^.;,!?]*?\b(?:\d+|an?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|fifteen|twenty|thirty)\s*(?:(?:-|to)\s*\d+\s*)?(?:s|secs?|seconds?|mins?"
    r"|minutes?|hours?|hrs?|days?|weeks?|months?)\b"
)


def bound_beside_hours(merged: Merge) -> str | None:
    """
    The question for a count a day said as a bound beside a range of hours that it fills
    ("every 3-4 hours, at least 6 times a day": six, or as the hours fall?), else None.

    >>> from rehabplan.phrases import read
    >>> read("every 4-6 hours, no more than 4 times a day").ambiguous
    True
    """
    per_day, every_hours = merged.fields.get("per_day"), merged.fields.get("every_hours")
    if per_day is None or every_hours is None or not _fills_the_day(per_day, every_hours):
        return None
    # a count said plainly, between marks or beside the hours, is the count; any other
    # word beside it may make it a bound ("at least", "a minimum of", "at most")
    start, end = merged.spans.get("per_day", (0, 0))
    before = merged.text[:start].rstrip().lower()
    after = merged.text[end:].strip().lower()
    # (its sentence, less any length of its own: a bound may follow those)
    after = _OWN_LENGTH.sub(" ", re.split(r"[.!?]", after, maxsplit=1)[0])
    said = merged.text[start:end].strip()
    first = said.split()[0].lower() if said else ""
    counted = first[:1].isdigit() or first in lx.NUMBER_WORDS or first in lx.COUNT_WORDS
    lead = re.findall(r"[a-z]+", before)[-1:]
    apart = bool(lead) and any(mark in before[before.rindex(lead[0]) :] for mark in ",;(")
    plain = not lead or lead[0] in _PLAIN_LEADS or apart
    if plain and (counted or " " not in said) and not _BOUND_AFTER.search(after):
        return None
    return (
        f"{said!r} beside every {every_hours} hours, with words around it that may make it a "
        "bound: read as the count; say how many a day"
    )


def _fills_the_day(per_day: Any, every_hours: Any) -> bool:
    """
    True when a count a day, spaced by a range of hours, fills the day at some spacing in
    the range ("every 4-6 hours, 4 times a day": 4 x 6 = 24): one count, said twice.

    >>> _fills_the_day(4, Range(4, 6)), _fills_the_day(2, Range(4, 6)), _fills_the_day(4, 6)
    (True, False, False)
    """
    if not isinstance(per_day, int) or not isinstance(every_hours, Range):
        return False
    return bool(per_day * every_hours.low <= 24 <= per_day * every_hours.high)


#: The longest a day's first and last sessions are apart while awake.
_WAKING_HOURS = 18
