"""
Free text: a sentence from a handout read into the fields of the phrase corpus.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs
from attrs import frozen

from rehabplan._regex import LazyRegex
from rehabplan.errors import PhraseError
from rehabplan.model import (
    DAILY_EVENT_SLOTS,
    SLOT_NAMES,
    WEEKDAY_CODES,
    AsNeeded,
    Dose,
    Range,
    Stage,
    Timing,
)
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._checks import check_text
from rehabplan.phrases._facts import Fact as _Fact
from rehabplan.phrases._markers import unplaced_markers
from rehabplan.phrases._medicine import exercise_context, medicine_count
from rehabplan.phrases._merge import Merge, merge, weekday_set
from rehabplan.phrases._merged_questions import reps_or_sessions
from rehabplan.phrases._numbers_shown import numbers_not_shown, rounded_holds
from rehabplan.phrases._other_subjects import main_clause_facts
from rehabplan.phrases._reader import NOT_READ, scan, strict_leftovers
from rehabplan.phrases._said_twice import in_slot, said_as_a_schedule
from rehabplan.phrases._stages import read_stages, stage_cuts, stages_after
from rehabplan.phrases._to_values import (
    bound_beside_hours,
    spaced_in_a_day,
    to_dose,
    to_timing,
)
from rehabplan.phrases._tokens import Tok as _Tok
from rehabplan.phrases._tokens import known as _known
from rehabplan.phrases._tokens import normalise as _normalise
from rehabplan.phrases._typos import TYPOS, misspelt, misspelt_period

__all__ = ["Reading", "read"]


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
    #: The stages after the first, when the text is a prescription in stages; the
    #: corpus fields hold the first stage only, so such a reading stays *ambiguous*.
    stages: tuple[Stage, ...] = ()

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
            "every_n_days": plain(self.every_n_days),
            "times_per_week": plain(self.times_per_week),
            "days_of_week": plain(self.days_of_week),
            "time_of_day": plain(self.time_of_day),
            "duration_days": plain(self.duration_days),
            "sets": plain(self.sets),
            "reps": plain(self.reps),
            "hold_seconds": plain(self.hold_seconds),
            "per_side": self.per_side,
            "anchor": self.anchor,
            "prn": self.prn,
            "ambiguous": self.ambiguous,
            "note": self.note,
        }


_NOT_ALPHANUMERIC = LazyRegex(r"[^a-z0-9]")
#: Finds more letters and digits than the longest whole-phrase code ("night") has.
_TOO_LONG_FOR_A_CODE = LazyRegex(
    rf"[a-z0-9](?:[^a-z0-9]*[a-z0-9]){{{max(map(len, lx.WHOLE_PHRASE_CODES))}}}"
)
#: The ambiguous abbreviations `read` flags ("pm" and "bd" are read one way).
_FLAGGED_ABBREVIATIONS = frozenset(lx.AMBIGUOUS_ABBREVIATIONS) - {"pm", "bd"}
_DAY_NAMES = tuple(f"{d}day" for d in "mon tues wednes thurs fri satur sun".split())


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
        PhraseError: nothing readable, or more than one misspelt keyword.

    A single misspelt keyword is read as the keyword meant, and the reading is flagged:

    >>> r = read("3 x 10 twice dialy")
    >>> r.times_per_day, r.ambiguous, r.note
    (2, True, "'dialy' read as 'daily'")

    """
    try:
        return _read(text)
    except PhraseError as error:
        meant = error.suggestions
        if error not in TYPOS or len(meant) != 1 or error.start is None or error.end is None:
            raise
        start, end = error.start, error.end
        try:  # a second slip in the same text is not guessed at
            reading = _read(text[:start] + meant[0] + text[end:])
        except PhraseError:
            raise error from None
        note = "; ".join(
            n for n in (f"{text[start:end]!r} read as {meant[0]!r}", reading.note) if n
        )
        return attrs.evolve(reading, text=text, ambiguous=True, note=note)


def _read(text: str) -> Reading:
    check_text(text)
    body = text
    code_note = None
    if "=" in text:
        left, _, right = text.partition("=")
        code = re.sub(r"[^a-z]", "", left.lower())
        # "Target Repetitions = 5" is a label with a keyword in it, not a code
        words = re.findall(r"[a-z]+", left.lower())
        is_code = (
            code in lx.ABBREVIATIONS or code in lx.WHOLE_PHRASE_CODES or not any(map(_known, words))
        )
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
    tokens, facts, used = scan(body)
    facts, elsewhere = main_clause_facts(tokens, facts)
    ignored: list[str] = []
    unread: list[str] = []  # numbers no rule placed: flagged, never passed over
    medicine: list[str] = []
    after_period: PhraseError | None = None  # "twice a dya": an unknown word where a period goes
    for i, (tok, was_used) in enumerate(zip(tokens, used, strict=True)):
        raw = tok.raw
        if tok.sym in {"BADTIME", "BADDATE", "BADRANGE"}:
            raise PhraseError.problem(text, NOT_READ[tok.sym], tok.start, tok.end)
        if not was_used and tok.sym in {"N", "TIME", "DATE", "PACE", "PRIMED", "DAYCODE"}:
            if medicine_count(tokens, i):  # "Take 2 tablets": named, not a dose of exercise
                medicine.append(text[tok.start : tokens[i + 1].end])
            else:
                unread.append(text[tok.start : tok.end])
        if (
            was_used
            or tok.sym in {"N", "TIME", "DATE", "PACE"}
            or not raw[:1].isalnum()
            or _known(raw)
        ):
            continue
        typo = misspelt(text, tokens, i)
        if typo is not None:
            raise typo
        ignored.append(text[tok.start : tok.end])
        if after_period is None:
            after_period = misspelt_period(text, tokens, i)
    if after_period is not None:
        raise after_period
    merged = merge(text, facts, strict=False)
    for said, start, end, _ in reps_or_sessions(text, merged.fields, merged.spans):
        merged.ambiguous = True
        merged.notes.append(said)
        merged.questions.append((said, start, end))
    if unread:
        merged.ambiguous = True
        shown = ", ".join(repr(n) for n in unread[:8]) + (" ..." if len(unread) > 8 else "")
        merged.notes.append(f"not read as a dose or a timing: {shown}")
    for rounded in rounded_holds(text, tokens, facts):  # "hold 2.5 s": whole seconds
        merged.ambiguous = True
        merged.notes.append(f"{rounded!r} read to the nearest whole second")
    if medicine:
        merged.notes.append("a medicine's count, not read: " + ", ".join(map(repr, medicine)))
    for fact in elsewhere:  # named, so that a clause given to the wrong subject shows
        merged.notes.append(f"another subject's timing: {text[fact.start : fact.end]!r}")
    for marker in unplaced_markers(tokens, used, facts):
        if marker.problem == _EXCEPTION:
            # "daily except daily": scheduling without the exception it cannot place
            # would schedule the days it excludes, so it is refused, not flagged.
            raise PhraseError.problem(
                text,
                f"{marker.problem} here is not read as part of a dose or a timing",
                marker.start,
                marker.end,
            )
        merged.ambiguous = True
        if marker.problem == "an alternative" and any(": say which" in n for n in merged.notes):
            continue  # "daily or every other day" is asked about already
        merged.notes.append(f"{marker.problem} not read: {text[marker.start : marker.end]!r}")
    for word in ignored:  # "ThursdayLonger": a day run into the next word, not passed over
        if word.lower().startswith(_DAY_NAMES) and word.lower() not in _DAY_NAMES:
            merged.ambiguous = True
            merged.notes.append(f"a day run into a word, not read: {word!r}")
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
        # Nothing read: the words that stopped it are named as the strict readers name them.
        strict_leftovers(text, tokens, used, facts)
        raise PhraseError.problem(
            text,
            "found no dose or timing in it; write it like '3 x 15 twice daily for 2 weeks'",
        )
    stages = _later_stages(body, facts)
    if stages:  # the fields hold the first stage; the note names the others, read
        merged.notes = [n for n in merged.notes if not n.startswith("a later stage not read")]
        merged.notes.append("then, in stages: " + "; then ".join(map(str, stages)))
    reading = _reading(text, merged, ignored, facts, tokens, stages)
    return _with_numbers_shown(reading, tokens, used, [*facts, *elsewhere])


def _with_numbers_shown(
    reading: Reading, tokens: list[_Tok], used: list[bool], facts: list[_Fact]
) -> Reading:
    """Name the numbers a rule took that the reading shows nowhere; refuse a reading of nothing."""
    text = reading.text
    as_no_dose, without_a_dose = numbers_not_shown(
        text, tokens, used, facts, dosed=reading.dose is not None
    )
    if not as_no_dose and not without_a_dose:
        return reading
    notes = [reading.note] if reading.note else []
    if as_no_dose:
        notes.append("read as no dose or timing: " + ", ".join(map(repr, as_no_dose)))
    if without_a_dose:  # "Rest 90 seconds": a rest or a load with no dose to hold it
        if reading.timing is None and not reading.ambiguous and not _shows_anything(reading):
            raise PhraseError.problem(
                text,
                f"found no dose or timing in it ({', '.join(map(repr, without_a_dose))}: a rest, "
                "a load or a bout belongs to a dose); write it like '3 x 15 twice daily for 2 weeks'",
            )
        notes.append("with no dose to hold it: " + ", ".join(map(repr, without_a_dose)))
    return attrs.evolve(
        reading, note="; ".join(notes), ambiguous=reading.ambiguous or bool(without_a_dose)
    )


def _shows_anything(reading: Reading) -> bool:
    fields = reading.as_dict()
    return any(
        fields[k] not in (None, False, ()) for k in fields if k not in {"text", "note", "ambiguous"}
    )


#: What `unplaced_markers` calls an "except" no rule placed.
_EXCEPTION = "an exception"


def _later_stages(text: str, facts: list[_Fact]) -> tuple[Stage, ...]:
    """
    The stages after the first, read as `parse_prescription` reads them; none when the
    text has no later stage or its stages cannot be read strictly (the note says why).

    >>> [str(s) for s in read("3 x 10 daily for 2 weeks, then 3 x 15 every other day").stages]
    ['3 x 15 every other day']
    """
    if not stage_cuts(facts):
        return ()
    try:
        pieces = read_stages(text, facts, accept_defaults=False)
        timing = to_timing(pieces[0])
        if timing is None:
            return ()
        return stages_after(text, facts, pieces, (timing, to_dose(pieces[0])))
    except PhraseError:
        return ()


_SLOT_ORDER = {name: i for i, name in enumerate(SLOT_NAMES)}
_ONCE_A_DAY_EVENTS = frozenset({"breakfast", "lunch", "dinner"})


def _slots(times: tuple[str | dt.time, ...]) -> tuple[str, ...]:
    """Times of day as the corpus writes them: named slots in day order, then clock times."""
    slots = dict.fromkeys(t if isinstance(t, str) else t.strftime("%H:%M") for t in times)
    return tuple(sorted(slots, key=lambda s: (_SLOT_ORDER.get(s, 99), s)))


def _day_codes(weekdays: frozenset[int]) -> tuple[str, ...]:
    return tuple(WEEKDAY_CODES[d] for d in sorted(weekdays))


def _reading(
    text: str,
    merged: Merge,
    ignored: list[str],
    facts: list[_Fact],
    tokens: list[_Tok],
    stages: tuple[Stage, ...],
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
    notes.extend(f"a stop rule: {rule}" for rule in merged.stop_rules)
    ambiguous = merged.ambiguous
    if per_day is None and every_hours is not None:
        if merged.fields.get("waking"):
            ambiguous = True
            notes.append(
                "an interval in hours while awake: the count per day depends on the waking day"
            )
        elif isinstance(every_hours, Range):
            fewest, most = max(1, 24 // every_hours.high), max(1, 24 // every_hours.low)
            # "every 5-6 hours" is 4 a day at either end: one count, not a range
            per_day = fewest if fewest == most else Range(fewest, most)
        else:
            per_day = max(1, 24 // every_hours)
        if (
            not merged.fields.get("waking")
            and not merged.fields.get("round_the_clock")
            and exercise_context(tokens)
        ):
            ambiguous = True
            notes.append(
                "every N hours read round the clock (24 / N a day); exercise is usually done while awake"
            )
    elif question := bound_beside_hours(merged):
        ambiguous = True  # "every 3-4 hours (at least 6 times each day)"
        notes.append(question)
    elif per_day is not None and every_hours is not None and spaced_in_a_day(per_day, every_hours):
        # "5 times a day, every 4 hours", "6 times per day (approximately every 2 hours)":
        # the hours space the day's sessions while awake; the count is read, and asked
        ambiguous = True
        notes.append(
            f"{per_day} a day, {every_hours} hours apart: read as {per_day} a day, spaced "
            "while awake; say which if it is round the clock"
        )
        del merged.fields["every_hours"]
    # "before breakfast and at bedtime" is a session at each, as the schedule makes it
    slot = DAILY_EVENT_SLOTS.get(anchor.event) if anchor and anchor.relation != "when" else None
    named = len({*times, slot} - {None}) if times else 0
    for clock in (t for t in times if slot and isinstance(t, dt.time) and in_slot(slot, t)):
        # "at 7am, before breakfast": the time of the session before it, or two sessions?
        ambiguous = True
        notes.append(
            f"{clock:%H:%M} and '{anchor}' fall in one part of the day ({slot}): "
            "one session, or two? say which"
        )
    days_chosen = any(merged.fields.get(k) for k in ("per_week", "every_days", "weekdays"))
    # "Tuesdays at 7pm", "every Wednesday afternoon" say when on the days they name, not
    # how often a day: a day's sessions are counted where a day-word is the schedule
    # ("every morning") or two times say it
    when_on_the_days = days_chosen and len(times) == 1 and not said_as_a_schedule(tokens)
    if (
        per_day is None
        and times
        and not when_on_the_days
        and not (anchor is not None and anchor.event == "meal")
    ):
        per_day = named  # (not "on waking, before meals and at bedtime": meals are several)
    # before breakfast, after dinner: a meal happens once a day (on the days a count a
    # week or named days choose, the meal says nothing of how often)
    if per_day is None and anchor and anchor.event in _ONCE_A_DAY_EVENTS and not days_chosen:
        per_day = 1
    if (
        per_day is None
        and "per_day" in merged.weak
        and every_hours is None
        and not merged.fields.get("spread_over_day")
    ):
        per_day = 1
    if per_day is not None and times and isinstance(per_day, int) and per_day != named:
        ambiguous = True
        notes.append(f"{per_day} a day but {named} time(s) of day named")
    weekdays = weekday_set(merged)
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
    said_per_day, said_times = merged.fields.get("per_day"), merged.fields.get("times")
    if (
        isinstance(said_per_day, int)
        and said_times
        and anchor is None
        and said_per_day != len(said_times)
    ):
        # "twice daily in the evening": asked above; no one timing says both
        timing = None
    elif isinstance(merged.fields.get("every_days"), Range):
        timing = None  # "every 1-2 days": asked above; no one timing says both
    else:
        timing = to_timing(merged)
    dose = to_dose(merged)
    sets, reps = merged.fields.get("sets"), merged.fields.get("reps")
    if merged.fields.get("counted_as_reps") and reps is None:
        # "walk 2 x 5 min", "hold 5 s, repeat this sequence 10 times": the corpus counts
        # timed bouts and rounds of one movement as it counts holds, as repetitions (the
        # dose says "2 sets of 5 minutes", "10 sets of a 5 s hold")
        sets, reps = None, sets
    return Reading(
        text=text,
        times_per_day=per_day,
        every_n_days=merged.fields.get("every_days"),
        times_per_week=merged.fields.get("per_week"),
        days_of_week=_day_codes(weekdays) if weekdays else None,
        time_of_day=slots or None,
        duration_days=merged.fields.get("duration"),
        sets=sets,
        reps=reps,
        hold_seconds=hold_seconds,
        per_side=bool(merged.fields.get("per_side")),
        anchor=anchor.normal_form if anchor is not None else None,
        prn=bool(merged.fields.get("prn")),
        ambiguous=ambiguous,
        note="; ".join(dict.fromkeys(notes)) if notes else None,
        dose=dose,
        timing=timing,
        stages=stages,
    )
