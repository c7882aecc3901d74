"""
The phrase language: a clinician's words to `Dose`, `Timing`, `AsNeeded` and `Prescription`.

Reading happens in three steps, each linear in the length of the text (`_tokens`, `_grammar`, and this module):

1. **Tokens.** The text is normalised character by character (dashes, the times sign,
   full-width digits, case) so every token keeps its span in the original text.
   Number words become numbers, "twice" becomes "2 times", abbreviations (BD, TDS,
   q4h, ...) become the words they stand for, and run-together words ("bidx30",
   "daysprn") are split on the vocabulary in `lexicon`.
2. **Facts.** One regular grammar over the token symbols (see ``_RULES``) finds the
   constructs of the language, left to right: "3 x 30 s hold", "twice daily", "every
   other day", "on Mon, Wed and Fri", "for 2 weeks", "before each run", "as needed".
3. **Values.** The facts are merged: the first value of a field wins, a contradiction
   is an error (or, when reading free text, a note and the *ambiguous* flag).

Strict readers (`parse_dose`, `parse_timing`, `parse_prescription`) refuse any word they
cannot place, naming it and suggesting a close known word.
`read` reads free text, such as a sentence from a handout, into the fields of the
phrase corpus: words outside the language are passed over and listed in the note,
but a word that looks like a misspelt keyword is still an error.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, TypeVar

import attrs
from attrs import frozen

from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.errors import close_matches as _close_matches
from rehabplan.model import (
    SLOT_NAMES,
    WEEKDAY_CODES,
    Anchor,
    AsNeeded,
    Dose,
    Exercise,
    Prescription,
    Range,
    StopRule,
    Timing,
)
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._checks import MAX_LENGTH, check_text
from rehabplan.phrases._facts import DOSE_KINDS as _DOSE_KINDS
from rehabplan.phrases._facts import Fact as _Fact
from rehabplan.phrases._facts import whole as _whole
from rehabplan.phrases._grammar import facts as _facts
from rehabplan.phrases._tokens import Tok as _Tok
from rehabplan.phrases._tokens import known as _known
from rehabplan.phrases._tokens import normalise as _normalise
from rehabplan.phrases._tokens import tokenize as _tokenize

__all__ = ["MAX_LENGTH", "Reading", "parse_dose", "parse_prescription", "parse_timing", "read"]

_T = TypeVar("_T")


# --------------------------------------------------------------------------- values


@frozen(kw_only=True)
class Reading:
    """
    What a phrase prescribes, in the fields of the phrase corpus.

    `read` returns it; `as_dict` gives the JSON object of ``rehabplan parse``.

    .. versionadded:: 0.1
    """

    text: str
    times_per_day: int | Range[int] | None = None
    every_n_days: int | None = None
    times_per_week: int | Range[int] | None = None
    days_of_week: tuple[str, ...] | None = None
    time_of_day: tuple[str, ...] | None = None
    duration_days: int | None = None
    sets: int | Range[int] | None = None
    reps: int | Range[int] | None = None
    hold_seconds: int | Range[int] | None = None
    per_side: bool = False
    anchor: str | None = None
    prn: bool = False
    ambiguous: bool = False
    note: str | None = None
    dose: Dose | None = None
    timing: Timing | AsNeeded | None = None

    def as_dict(self) -> dict[str, Any]:
        """
        The corpus object: ranges as ``[low, high]``, weekdays as ``"MO"``.

        >>> read("3 x 30 s hold each side, twice daily for 2 weeks").as_dict()["hold_seconds"]
        30
        """

        def plain(value: Any) -> Any:
            if isinstance(value, Range):
                return [value.low, value.high]
            if isinstance(value, tuple):
                return list(value)
            return value

        return {
            "text": self.text,
            "times_per_day": plain(self.times_per_day),
            "every_n_days": self.every_n_days,
            "times_per_week": plain(self.times_per_week),
            "days_of_week": plain(self.days_of_week),
            "time_of_day": plain(self.time_of_day),
            "duration_days": self.duration_days,
            "sets": plain(self.sets),
            "reps": plain(self.reps),
            "hold_seconds": plain(self.hold_seconds),
            "per_side": self.per_side,
            "anchor": self.anchor,
            "prn": self.prn,
            "ambiguous": self.ambiguous,
            "note": self.note,
        }


_TIMING_KINDS = frozenset(
    {
        "per_day",
        "times",
        "every_hours",
        "every_days",
        "per_week",
        "weekdays",
        "except",
        "duration",
        "until",
    }
)


class _Merge:
    """Fold facts into fields: the first value wins, a different later one conflicts."""

    def __init__(self, text: str, *, strict: bool) -> None:
        self.text = text
        self.strict = strict
        self.fields: dict[str, Any] = {}
        self.spans: dict[str, tuple[int, int]] = {}
        self.weak: dict[str, Any] = {}
        self.notes: list[str] = []
        self.ambiguous = False
        #: What a reader must ask when the phrase is ambiguous, with the words' span.
        self.questions: list[tuple[str, int, int]] = []
        #: Fields the documented default reading fills in when the caller accepts it.
        self.defaults: list[tuple[str, Any]] = []
        self.progression = False
        self.stage = False
        #: Where a later stage or a progression target was said ("then ...", "progress to").
        self.later: list[tuple[int, int]] = []
        self.stop_rules: list[StopRule] = []
        self.criterion: str | None = None

    def add(self, fact: _Fact) -> None:
        kind = fact.kind
        if kind == "progression":
            self.progression = True
            return
        if kind == "stage":  # "daily for 2 weeks, then every other day": read the first stage
            self.stage = True
            return
        if self.stage and kind in _TIMING_KINDS:
            self.notes.append(f"a later stage not read: {self.text[fact.start : fact.end]!r}")
            self.later.append((fact.start, fact.end))
            self.ambiguous = True
            return
        if kind == "stop_rule":
            self.stop_rules.append(fact.value)
            return
        if kind == "criterion":
            self.criterion = str(fact.value)
            self.notes.append(f"a criterion, not an end date: {fact.value}")
            return
        if kind == "ambiguous":
            self.ambiguous = True
            self.notes.append(str(fact.value))
            self.questions.append((str(fact.value), fact.start, fact.end))
            return
        if kind == "default":
            self.defaults.append(fact.value)
            return
        if kind == "note":
            self.notes.append(str(fact.value))
            return
        if kind == "bad":
            raise PhraseError.problem(self.text, str(fact.value), fact.start, fact.end)
        if fact.weak:
            self.weak.setdefault(kind, fact.value)
            self.spans.setdefault(kind, (fact.start, fact.end))
            return
        if kind in self.fields:
            old = self.fields[kind]
            if old == fact.value or kind in {"condition", "bout"}:
                return
            if kind in {"times", "weekdays"} and not self.progression:
                self.fields[kind] = _union(old, fact.value)
                return
            if self.progression:
                self.notes.append(f"progressing to {self.text[fact.start : fact.end]}")
                self.later.append((fact.start, fact.end))
                self.ambiguous = True
                return
            a, b = self.spans[kind]
            raise PhraseError.problem(
                self.text,
                f"{self.text[a:b]!r} and {self.text[fact.start : fact.end]!r} say different things",
                fact.start,
                fact.end,
            )
        self.fields[kind] = fact.value
        self.spans[kind] = (fact.start, fact.end)


def _union(a: Any, b: Any) -> Any:
    if isinstance(a, frozenset):
        return a | b
    return tuple(dict.fromkeys((*a, *b)))


#: Kinds of fact `_Merge.add` treats specially; any other is a field, first value wins.
_SPECIAL_KINDS = frozenset(
    {"progression", "stage", "ambiguous", "default", "note", "bad", "stop_rule", "criterion"}
)


def _merge(text: str, facts: list[_Fact], *, strict: bool) -> _Merge:
    merged = _Merge(text, strict=strict)
    fields = merged.fields
    spans = merged.spans
    for fact in facts:
        kind = fact.kind
        if kind in fields or kind in _SPECIAL_KINDS or fact.weak or merged.stage:
            merged.add(fact)
        else:  # the common case, as `add` does it
            fields[kind] = fact.value
            spans[kind] = (fact.start, fact.end)
    # "every 12 hours daily", "twice daily" + "daily": a weak daily adds nothing
    # "weekly (on Sunday)": 1 a week
    if (
        "per_day" in merged.weak
        and "per_week" in merged.weak
        and "per_day" not in merged.fields
        and "per_week" not in merged.fields
    ):
        (a, b), (c, d) = merged.spans["per_day"], merged.spans["per_week"]
        raise PhraseError.problem(
            text, f"{text[a:b]!r} and {text[c:d]!r} say different things", c, d
        )
    if "per_week" in merged.weak and "per_week" not in merged.fields:
        merged.fields["per_week"] = merged.weak["per_week"]
    if "pending_before" in merged.fields and "anchor" in merged.fields:
        anchor = merged.fields["anchor"]
        if anchor.relation == "after":
            merged.fields["anchor"] = Anchor("before and after", anchor.event)
    return merged


def _weekday_set(merged: _Merge) -> frozenset[int] | None:
    days: frozenset[int] | None = merged.fields.get("weekdays")
    excluded = merged.fields.get("except")
    if excluded:
        days = (days or frozenset(range(7))) - excluded
    return days


# Timings and doses are immutable values, and phrases share them ("twice daily for
# 12 weeks"): each distinct one is built and validated once. Typed, so that 2 and 2.0
# are told apart; values that cannot be hashed are built afresh.


@functools.lru_cache(maxsize=4096, typed=True)
def _timing(
    per_day: Any,
    times: Any,
    every_hours: Any,
    round_the_clock: bool,
    every_days: Any,
    per_week: Any,
    weekdays: tuple[int, ...],
    start: Any,
    duration: Any,
    until: Any,
    anchor: Any,
) -> Timing:
    return Timing(
        times_per_day=per_day,
        times_of_day=times,
        every_hours=every_hours,
        round_the_clock=round_the_clock,
        every_days=every_days,
        times_per_week=per_week,
        weekdays=weekdays,
        start=start,
        duration_days=duration,
        until=until,
        anchor=anchor,
    )


@functools.lru_cache(maxsize=4096, typed=True)
def _dose(
    sets: Any, reps: Any, hold: Any, each_side: bool, rest: Any, load: Any, bout: Any
) -> Dose:
    return Dose(sets, reps, hold=hold, each_side=each_side, rest=rest, load=load, duration=bout)


def _cached(build: functools._lru_cache_wrapper[_T], *args: Any) -> _T:
    try:
        return build(*args)
    except TypeError:  # an unhashable value
        return build.__wrapped__(*args)


def _to_timing(merged: _Merge) -> Timing | AsNeeded | None:
    """Build the timing from merged facts (None when there is no timing at all)."""
    fields = merged.fields
    get = fields.get
    per_day = get("per_day")
    times = get("times") or ()
    every_hours = get("every_hours")
    every_days = get("every_days")
    per_week = get("per_week")
    weekdays = _weekday_set(merged) or ()
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
    if every_hours is not None and per_day is not None:
        # "every 12 hours, twice a day": one count, said twice
        expected = 24 // (every_hours.low if isinstance(every_hours, Range) else every_hours)
        if per_day == expected:
            per_day = None
        else:
            raise PhraseError.problem(
                merged.text, "an interval in hours and a count per day that disagree"
            )
    if isinstance(every_days, Range):  # "every 2-3 days", read at the low end when accepted
        every_days = every_days.low
    if isinstance(per_week, int) and weekdays and per_week > len(weekdays):
        raise PhraseError.problem(
            merged.text,
            f"{per_week} times a week, but only {len(weekdays)} day(s) named; "
            "name a day for each session",
            *merged.spans["per_week"],
        )
    if every_days is not None and weekdays:
        raise PhraseError.problem(merged.text, "every N days and named weekdays cannot both hold")
    prn = "prn" in fields
    if not (scheduled or bounds or prn or "per_day" in merged.weak):
        return None
    try:
        timing = _cached(
            _timing,
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
_DOSE_FIELDS = ("sets", "reps", "hold", "bout", "per_side", "rest", "load")


def _to_dose(merged: _Merge) -> Dose | None:
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
            raise PhraseError.problem(merged.text, "'each side' needs a dose: sets, reps or a hold")
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
        )
    except ProgrammeError as exc:
        where = exc.where.split(".")[-1]
        span = merged.spans.get(where, (None, None))
        raise PhraseError.problem(merged.text, f"{where} {exc.reason}", *span) from None


# --------------------------------------------------------------------------- checks


def _suggest(word: str) -> tuple[str, ...]:
    return tuple(_close_matches(word, lx.KEYWORDS, n=1, cutoff=0.75))


@functools.lru_cache(maxsize=16384)
def _looks_misspelt(word: str) -> tuple[str, ...]:
    """Close to a keyword and not a word we know: "dialy" (daily), "wekly" (weekly)."""
    if len(word) < 4 or not word.isalpha() or word in lx.ENGLISH_LOOKALIKES:
        return ()
    for ending in ("s", "es", "ed", "d", "ing", "ly"):
        base = word[: -len(ending)]
        if word.endswith(ending) and (_known(base) or base in lx.ENGLISH_LOOKALIKES):
            return ()  # an inflection of a word we know: "rests", "holding"
    return tuple(_close_matches(word, lx.KEYWORDS, n=1, cutoff=0.8))


def _strict_leftovers(text: str, tokens: list[_Tok], used: list[bool], start: int = 0) -> None:
    """
    Refuse any token no rule used that is not a filler word or punctuation.

    Unknown words are named first (with a suggestion), then stray numbers, then known
    words that fit nowhere here.
    """
    left = [
        t for t, was_used in zip(tokens, used, strict=True) if not was_used and t.start >= start
    ]
    for tok in left:
        if tok.raw[:1].isalpha() and not _known(tok.raw):
            raise PhraseError.unknown_word(text, tok.start, tok.end, _suggest(tok.raw))
    for tok in left:
        if tok.sym in {"N", "TIME", "DATE"}:
            raise PhraseError.problem(
                text,
                f"the number {text[tok.start : tok.end]!r} is not part of a dose or a timing "
                "(write '3 x 15', 'twice daily', 'for 2 weeks')",
                tok.start,
                tok.end,
            )
        if tok.sym in {"BADTIME", "BADDATE"}:
            raise PhraseError.problem(text, "not a valid clock time or date", tok.start, tok.end)
    for tok in left:
        if tok.raw[:1].isalpha() and tok.raw not in lx.FILLERS:
            raise PhraseError.problem(
                text, f"{text[tok.start : tok.end]!r} does not fit here", tok.start, tok.end
            )


def _refuse_negative(text: str, tokens: list[_Tok]) -> None:
    """
    A minus sign joined to a number is a negative count, unless a number (and its unit,
    "0°-40°") comes just before it: then it is the dash of a range ("20-30").
    """
    for i, tok in enumerate(tokens):
        if (
            tok.sym == "-"
            and i + 1 < len(tokens)
            and tokens[i + 1].sym == "N"
            and tokens[i + 1].start == tok.end
            and (i == 0 or tokens[i - 1].sym != "N")
            and not (i >= 2 and tokens[i - 2].sym == "N" and tokens[i - 1].end == tok.start)
        ):
            raise PhraseError.problem(
                text, "a count cannot be negative", tok.start, tokens[i + 1].end
            )


#: Timing fields whose range ("2-3 times a week") leaves the count to the patient.
_RANGED_TIMING = {"per_day": "a day", "per_week": "a week", "every_hours": "hours apart"}


def _settle(merged: _Merge, *, accept_defaults: bool) -> None:
    """
    Refuse an ambiguous phrase with the question to answer, unless the caller accepts
    the documented default reading (ranges at their low end, a month as 30 days).
    """
    if merged.later:
        start, end = merged.later[0]
        raise PhraseError.problem(
            merged.text,
            "a later stage or a progression is not one dose or timing; write each stage "
            "as a phase of the programme, or the change as a progression",
            start,
            end,
        )
    if merged.criterion and not ({"duration", "until"} & merged.fields.keys()):
        raise PhraseError.problem(
            merged.text,
            f"{merged.criterion!r} is a criterion, not an end date; give the end as well "
            "(for 6 weeks, until 2027-06-01), and keep the criterion as a stop rule or a note",
        )
    questions = list(merged.questions)
    for key in _RANGED_TIMING:
        value = merged.fields.get(key)
        if isinstance(value, Range) and "prn" not in merged.fields:
            start, end = merged.spans[key]
            words = merged.text[start:end]
            questions.append(
                (
                    f"{words!r} is a range: say {value.low} or {value.high} (the default is the low end)",
                    start,
                    end,
                )
            )
    for kind, value in merged.defaults:
        merged.fields.setdefault(kind, value)
    if questions and not accept_defaults:
        question, start, end = questions[0]
        try:
            timing = _to_timing(merged)
            default = f" {str(timing)!r}" if timing is not None else ""
        except PhraseError:
            default = ""
        ask = "" if "say " in question else "; say exactly what is meant"
        raise PhraseError.problem(
            merged.text,
            f"ambiguous: {question}{ask}, or accept the default reading{default} "
            "(accept_defaults=True, --accept-defaults)",
            start,
            end,
        )


def _scan(text: str) -> tuple[list[_Tok], list[_Fact], list[bool]]:
    tokens = _tokenize(text)
    _refuse_negative(text, tokens)
    facts, used = _facts(tokens)
    return tokens, facts, used


# --------------------------------------------------------------------------- public


def parse_dose(text: str, *, accept_defaults: bool = False) -> Dose:
    """
    Read a dose: sets and reps, holds, sides, rest and load.

    >>> parse_dose("3 x 15")
    Dose(sets=3, reps=15, hold=None, each_side=False, rest=None, load=None, duration=None)
    >>> str(parse_dose("3 x 30 s hold each side"))
    '3 x 30 s hold each side'
    >>> parse_dose("3 sets of 8-12 reps").reps
    Range(low=8, high=12)

    Raises:
        PhraseError: a word it cannot read, or a timing where a dose was expected.

    """
    check_text(text)
    tokens, facts, used = _scan(text)
    _strict_leftovers(text, tokens, used)
    merged = _merge(text, facts, strict=True)
    _settle(merged, accept_defaults=accept_defaults)
    timing = _to_timing(merged)
    if timing is not None:
        raise PhraseError.problem(
            text,
            "this is a timing, not a dose; put how often in 'when'",
            *_first_timing_span(merged),
        )
    dose = _to_dose(merged)
    if dose is None:
        raise PhraseError.problem(text, "no dose found; write it like '3 x 15' or '3 x 30 s hold'")
    return dose


def _first_timing_span(merged: _Merge) -> tuple[int | None, int | None]:
    for key in (
        "per_day",
        "times",
        "every_hours",
        "every_days",
        "per_week",
        "weekdays",
        "duration",
        "until",
        "anchor",
        "prn",
    ):
        if key in merged.spans:
            return merged.spans[key]
    return None, None


def parse_timing(text: str, *, accept_defaults: bool = False) -> Timing | AsNeeded:
    """
    Read a timing: how often, on which days, from when and for how long.

    >>> str(parse_timing("BD for 2/52"))
    'twice daily for 2 weeks'
    >>> parse_timing("every other day").every_days
    2
    >>> parse_timing("Mon, Wed & Fri mornings").weekdays
    (0, 2, 4)
    >>> parse_timing("as needed")
    AsNeeded(limit=None, condition=None)

    Raises:
        PhraseError: a word it cannot read (with a close suggestion), or a dose where a
            timing was expected.

    """
    check_text(text)
    tokens, facts, used = _scan(text)
    _strict_leftovers(text, tokens, used)
    for fact in facts:
        if fact.kind in _DOSE_KINDS:
            raise PhraseError.problem(
                text, "this is a dose, not a timing; put it in 'dose'", fact.start, fact.end
            )
    merged = _merge(text, facts, strict=True)
    _settle(merged, accept_defaults=accept_defaults)
    timing = _to_timing(merged)
    if timing is None:
        raise PhraseError.problem(
            text, "no timing found; write it like 'twice daily for 2 weeks' or 'every other day'"
        )
    return timing


def parse_prescription(text: str, *, accept_defaults: bool = False) -> Prescription:
    """
    Read a whole prescription: the exercise's name, then its dose and timing.

    >>> p = parse_prescription("Eccentric heel drops 3x15 twice daily for 12 weeks")
    >>> p.name, str(p.dose), str(p.timing)
    ('Eccentric heel drops', '3 x 15', 'twice daily for 12 weeks')

    Raises:
        PhraseError: no name, no timing, or a word after the name it cannot read.

    """
    check_text(text)
    tokens, facts, used = _scan(text)
    first = next((i for i, u in enumerate(used) if u), None)
    if first is None:
        raise PhraseError.problem(
            text, "no dose or timing found after the name; write it like 'Calf raises 3 x 15 daily'"
        )
    name = text[: tokens[first].start].strip(" \t,;:-–—(")
    if not name:
        raise PhraseError.problem(text, "the exercise's name must come first", 0, tokens[first].end)
    _strict_leftovers(text, tokens, used, start=tokens[first].start)
    merged = _merge(text, facts, strict=True)
    _settle(merged, accept_defaults=accept_defaults)
    timing = _to_timing(merged)
    if timing is None:
        raise PhraseError.problem(text, "no timing found; add one such as 'twice daily'")
    return Prescription(
        exercise=Exercise(name=name),
        dose=_to_dose(merged),
        timing=timing,
        stop_rules=tuple(merged.stop_rules),
    )


_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]")
#: Finds more letters and digits than the longest whole-phrase code ("night") has.
_TOO_LONG_FOR_A_CODE = re.compile(
    rf"[a-z0-9](?:[^a-z0-9]*[a-z0-9]){{{max(map(len, lx.WHOLE_PHRASE_CODES))}}}"
)
#: The ambiguous abbreviations `read` flags ("pm" and "bd" are read one way).
_FLAGGED_ABBREVIATIONS = frozenset(lx.AMBIGUOUS_ABBREVIATIONS) - {"pm", "bd"}


def read(text: str) -> Reading:
    """
    Read free text, such as a sentence from a handout, into the fields of the phrase corpus.

    Words outside the phrase language are passed over and named in the note; a word
    that looks like a misspelt keyword is an error, and so is text with no dose or
    timing in it at all.

    >>> r = read("Perform 3 × 15 repetitions, 2 × daily, 7 days/week.")
    >>> r.sets, r.reps, r.times_per_day, r.times_per_week
    (3, 15, 2, 7)

    Raises:
        PhraseError: a misspelt keyword ("did you mean ...?") or nothing readable.

    """
    check_text(text)
    body = text
    code_note = None
    if "=" in text:
        left, _, right = text.partition("=")
        code = re.sub(r"[^a-z]", "", left.lower())
        is_code = code in lx.ABBREVIATIONS or code in lx.WHOLE_PHRASE_CODES or not _known(code)
        if left.strip() and right.strip() and len(left.split()) <= 2 and is_code:
            body = " " * (len(left) + 1) + right
            code_note = f"the code {left.strip()!r} is read as the words after '='"
    norm = _normalise(body)
    whole = "" if _TOO_LONG_FOR_A_CODE.search(norm) else _NOT_ALPHANUMERIC.sub("", norm)
    if whole in lx.WHOLE_PHRASE_CODES:
        try:
            reading = read(lx.WHOLE_PHRASE_CODES[whole])
        except PhraseError:  # pragma: no cover - every code's words are readable (tested)
            raise PhraseError.problem(text, "this code has no reading") from None
        note = f"the code {text.strip()!r} read as {lx.WHOLE_PHRASE_CODES[whole]!r}"
        if whole in lx.AMBIGUOUS_ABBREVIATIONS:
            note = lx.AMBIGUOUS_ABBREVIATIONS[whole]
        return attrs.evolve(
            reading,
            text=text,
            note=note,
            ambiguous=whole in lx.AMBIGUOUS_ABBREVIATIONS or reading.ambiguous,
        )
    tokens, facts, used = _scan(body)
    facts = _main_clause_facts(tokens, facts)
    ignored: list[str] = []
    unread: list[str] = []  # numbers no rule placed: flagged, never passed over
    after_period: int | None = None  # "twice a dya": an unknown word where a period goes
    for i, (tok, was_used) in enumerate(zip(tokens, used, strict=True)):
        raw = tok.raw
        if tok.sym in {"BADTIME", "BADDATE"}:
            raise PhraseError.problem(text, "not a valid clock time or date", tok.start, tok.end)
        if not was_used and tok.sym in {"N", "TIME", "DATE"} and not _medicine_count(tokens, i):
            unread.append(text[tok.start : tok.end])
        if was_used or not raw[:1].isalpha() or _known(raw):
            continue
        suspect = _looks_misspelt(raw)
        if suspect:
            raise PhraseError.unknown_word(text, tok.start, tok.end, suspect)
        ignored.append(text[tok.start : tok.end])
        if after_period is None and i >= 2 and raw.isalpha() and _after_period(tokens, i):
            after_period = i
    if after_period is not None:
        tok = tokens[after_period]
        suggestion = tuple(_close_matches(tok.raw, _PERIOD_WORDS, n=1, cutoff=0.5))
        raise PhraseError.unknown_word(text, tok.start, tok.end, suggestion)
    merged = _merge(text, facts, strict=False)
    if unread:
        merged.ambiguous = True
        shown = ", ".join(repr(n) for n in unread[:8]) + (" ..." if len(unread) > 8 else "")
        merged.notes.append(f"not read as a dose or a timing: {shown}")
    if code_note:
        merged.ambiguous = True
        merged.notes.append(code_note)
    letters = norm.replace(".", "")  # a token's text is in it: "o.d." is read as "od"
    if any(abbreviation in letters for abbreviation in _FLAGGED_ABBREVIATIONS):
        for tok in tokens:
            if tok.raw in _FLAGGED_ABBREVIATIONS:
                merged.ambiguous = True
                merged.notes.append(lx.AMBIGUOUS_ABBREVIATIONS[tok.raw])
    if not facts:
        raise PhraseError.problem(
            text,
            "found no dose or timing in it; write it like '3 x 15 twice daily for 2 weeks'",
        )
    return _reading(text, merged, ignored, facts, tokens)


_SLOT_ORDER = {name: i for i, name in enumerate(SLOT_NAMES)}
_ONCE_A_DAY_EVENTS = frozenset({"breakfast", "lunch", "dinner"})

#: Things a sentence may schedule that are not the exercise: "Use crutches for 2 weeks.
#: Do the knee exercises 4 times daily." and "Ice 3 times a day and do the exercises
#: twice a day" are read from their exercise clause.
_OTHER_SUBJECTS = frozenset(
    """
    crutches crutch dressing dressings boot brace splint sling cast bandage plaster
    tablet tablets paracetamol ibuprofen painkillers medication medicine tablets
    appointment appointments check-up checkup review physio clinic pool swimming
    ice icing heat compress
    """.split()
)
_CLAUSE_BREAKS = frozenset({".", ";", "and", "but", "then"})


def _main_clause_facts(tokens: list[_Tok], facts: list[_Fact]) -> list[_Fact]:
    """
    Drop the timing facts of clauses about something else (crutches, a dressing, tablets)
    when another clause schedules the exercise itself.
    """
    if _OTHER_SUBJECTS.isdisjoint([t.raw for t in tokens]):
        return facts
    clauses: list[tuple[int, int]] = []
    begin = 0
    for tok in tokens:
        if tok.sym in _CLAUSE_BREAKS:
            clauses.append((begin, tok.start))
            begin = tok.end
    clauses.append((begin, tokens[-1].end if tokens else 0))

    def clause_of(fact: _Fact) -> int:
        return next((i for i, (a, b) in enumerate(clauses) if a <= fact.start < b), -1)

    def words(i: int) -> set[str]:
        a, b = clauses[i]
        return {t.raw for t in tokens if a <= t.start < b}

    timed = {clause_of(f) for f in facts if f.kind in _TIMING_KINDS}
    other = {i for i in timed if words(i) & _OTHER_SUBJECTS}
    exercise = {
        i
        for i in timed - other
        if words(i) & lx.EXERCISE_WORDS
        or any(f.kind in _DOSE_KINDS and clause_of(f) == i for f in facts)
    }
    if not other or not exercise:
        return facts
    return [f for f in facts if not (f.kind in _TIMING_KINDS and clause_of(f) in other)]


def _exercise_context(tokens: list[_Tok], ignored: list[str], facts: list[_Fact]) -> bool:
    """
    True when an interval in hours is about exercise or icing (usually done while
    awake), false for medication instructions ("1 tab po q8h"), which mean it.
    """
    raws = {t.raw for t in tokens}
    if raws & lx.MEDICATION_WORDS:
        return False
    return bool(ignored or raws & lx.EXERCISE_WORDS or any(f.kind in _DOSE_KINDS for f in facts))


def _medicine_count(tokens: list[_Tok], i: int) -> bool:
    """True for "1 tab", "2 puffs": a count of medicine, not of exercise."""
    return i + 1 < len(tokens) and tokens[i + 1].raw in lx.MEDICATION_WORDS


_PERIOD_WORDS = ("day", "week", "hour", "month", "fortnight", "night")


def _after_period(tokens: list[_Tok], i: int) -> bool:
    """
    True when token *i* follows "twice a", "3 times per": only a period can go there,
    so an unknown word is a misspelt one ("twice a dya"), never prose to pass over.
    """
    return tokens[i - 1].sym in {"a", "per", "each", "/"} and tokens[i - 2].sym == "x"


@functools.lru_cache(maxsize=1024)
def _slots(times: tuple[str | dt.time, ...]) -> tuple[str, ...]:
    """Times of day as the corpus writes them: named slots in day order, then clock times."""
    slots = dict.fromkeys(t if isinstance(t, str) else t.strftime("%H:%M") for t in times)
    return tuple(sorted(slots, key=lambda s: (_SLOT_ORDER.get(s, 99), s)))


@functools.lru_cache(maxsize=1024)
def _day_codes(weekdays: frozenset[int]) -> tuple[str, ...]:
    return tuple(WEEKDAY_CODES[d] for d in sorted(weekdays))


def _reading(
    text: str, merged: _Merge, ignored: list[str], facts: list[_Fact], tokens: list[_Tok]
) -> Reading:
    times = tuple(merged.fields.get("times") or ())
    if "night" in times and "bedtime" in times:  # "each night before bed": one time
        times = tuple(t for t in times if t != "night")
    anchor = merged.fields.get("anchor")
    if anchor is not None and anchor.event == "bed":
        times = (*times, "bedtime")
        anchor = None
    per_day = merged.fields.get("per_day")
    every_hours = merged.fields.get("every_hours")
    notes = list(merged.notes)
    ambiguous = merged.ambiguous
    if per_day is None and every_hours is not None:
        if merged.fields.get("waking"):
            ambiguous = True
            notes.append(
                "an interval in hours while awake: the count per day depends on the waking day"
            )
        elif isinstance(every_hours, Range):
            per_day = Range(24 // every_hours.high, 24 // every_hours.low)
            if per_day.low == per_day.high:
                per_day = per_day.low
        else:
            per_day = max(1, 24 // every_hours)
        if not merged.fields.get("waking") and _exercise_context(tokens, ignored, facts):
            ambiguous = True
            notes.append(
                "every N hours read round the clock (24 / N a day); exercise is usually done while awake"
            )
    elif per_day is not None and every_hours is not None:
        pass
    if per_day is None and times:
        per_day = len(times)
    if per_day is None and anchor is not None and anchor.event in _ONCE_A_DAY_EVENTS:
        per_day = 1  # before breakfast, after dinner: a meal happens once a day
    if per_day is None and "per_day" in merged.weak and every_hours is None:
        per_day = 1
    if per_day is not None and times and isinstance(per_day, int) and per_day != len(times):
        ambiguous = True
        notes.append(f"{per_day} a day but {len(times)} time(s) of day named")
    weekdays = _weekday_set(merged)
    slots = _slots(times) if times else ()
    hold = merged.fields.get("hold")
    hold_seconds: Any = None
    if isinstance(hold, Range):
        hold_seconds = Range(int(hold.low.total_seconds()), int(hold.high.total_seconds()))
    elif hold is not None:
        hold_seconds = int(hold.total_seconds())
    if ignored:
        shown = ", ".join(repr(w) for w in ignored[:8]) + (" ..." if len(ignored) > 8 else "")
        notes.append(f"passed over: {shown}")
    # An out-of-range value or a contradiction is refused here as by the strict readers;
    # "every 2-3 days" has no one timing until the caller picks one.
    timing = _to_timing(merged)
    if isinstance(merged.fields.get("every_days"), Range):
        timing = None
    dose = _to_dose(merged)
    return Reading(
        text=text,
        times_per_day=per_day,
        every_n_days=merged.fields.get("every_days"),
        times_per_week=merged.fields.get("per_week"),
        days_of_week=_day_codes(weekdays) if weekdays else None,
        time_of_day=slots or None,
        duration_days=merged.fields.get("duration"),
        sets=merged.fields.get("sets"),
        reps=merged.fields.get("reps"),
        hold_seconds=hold_seconds,
        per_side=bool(merged.fields.get("per_side")),
        anchor=anchor.normal_form if anchor is not None else None,
        prn=bool(merged.fields.get("prn")),
        ambiguous=ambiguous,
        note="; ".join(notes) if notes else None,
        dose=dose,
        timing=timing,
    )
