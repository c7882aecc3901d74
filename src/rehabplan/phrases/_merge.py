"""
Facts folded into values: the first value of a field wins, a contradiction is an error,
and an ambiguous phrase is refused with its question unless its default is accepted.
"""

from __future__ import annotations

from typing import Any

from rehabplan.errors import PhraseError
from rehabplan.model import Anchor, StopRule
from rehabplan.phrases._contradictions import (
    days_apart,
    days_questions,
    each_side_of_a_total,
    least_and_most,
    lengths_as_a_range,
    read_aside,
    refuse_contradicting_intervals,
    sets_of_a_total,
    weekly_on_named_days,
)
from rehabplan.phrases._facts import DOSE_KINDS
from rehabplan.phrases._facts import Fact as _Fact
from rehabplan.phrases._merged_questions import whole_phrase_questions
from rehabplan.phrases._said_twice import first_of_alternatives, or_between, said_twice
from rehabplan.phrases._two_activities import two_activities_questions

__all__ = [
    "TIMING_KINDS",
    "TIMING_ORDER",
    "Merge",
    "merge",
    "weekday_set",
]


#: The kinds of fact a timing is made of, in the order an error names the first.
TIMING_ORDER = (
    "per_day",
    "times",
    "every_hours",
    "every_days",
    "per_week",
    "weekdays",
    "except",
    "duration",
    "until",
)
TIMING_KINDS = frozenset(TIMING_ORDER)
#: The kinds of how often: a progression's target naming another is the target's.
_HOW_OFTEN = frozenset({"per_day", "per_week", "every_days", "weekdays", "every_hours"})
#: Kinds besides timing and dose that an aside's words never give the reading.
_ASIDE_ALSO = frozenset({"prn", "anchor"})


class Merge:
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
        #: Whether how often was said before the progression's target.
        self.often_before_target = False
        #: Whether a dose came before the progression's target ("10 reps, build up to 2
        #: sets of 10"): then each dose value in the target's clause (from the marker) is its.
        self.dosed_before_target = False
        self.target_from = 0
        self.stage = False
        #: Where a later stage or a progression target was said ("then ...", "progress to").
        self.later: list[tuple[int, int]] = []
        self.stop_rules: list[StopRule] = []
        self.criterion: str | None = None
        #: What begins once another reading ("..., or for 3 weeks") or another
        #: activity's timing ("with additional walks ...") is said: what follows is
        #: not this prescription's.
        self.aside: str | None = None

    def add(self, fact: _Fact) -> None:
        kind = fact.kind
        if kind == "progression":
            self.progression = True
            # ("Balance on both feet, then progress to single leg 3 x 30 s": a later stage's)
            after_then = self.text[: fact.start].rstrip(" ,").lower().endswith("then")
            self.dosed_before_target = after_then or not DOSE_KINDS.isdisjoint(self.fields)
            self.often_before_target = not _HOW_OFTEN.isdisjoint(self.fields)
            self.target_from = fact.end
            return
        if kind == "stage":  # "daily for 2 weeks, then every other day": read the first stage
            # "2 tablets on day 1, then 1 daily for 4 days": with nothing read before it,
            # the "then" starts the prescription, not a later stage
            said = {*self.fields, *self.weak}
            self.stage = not (TIMING_KINDS.isdisjoint(said) and DOSE_KINDS.isdisjoint(said))
            return
        if kind == "aside":
            what, question = fact.value
            self.aside = what
            self.ambiguous = True
            self.questions.append((f"{what}: {question}", fact.start, fact.end))
            return
        if self.aside and (kind in TIMING_KINDS or kind in DOSE_KINDS or kind in _ASIDE_ALSO):
            note = f"{self.aside} not read: {self.text[fact.start : fact.end]!r}"
            if note not in self.notes:  # "2 x 15" gives sets and reps: one note
                self.notes.append(note)
            return
        if self.stage and (kind in TIMING_KINDS or kind in DOSE_KINDS or kind == "prn"):
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
        if kind == "ambiguous" or (kind == "prose_question" and not self.strict):
            self.ask(str(fact.value), fact.start, fact.end)
            return
        if kind == "prose_question":  # a dose line follows the documented convention
            return
        if kind == "default":
            self.defaults.append(fact.value)
            return
        if kind == "note":
            self.notes.append(str(fact.value))
            return
        if kind == "bad":
            raise PhraseError.problem(self.text, str(fact.value), fact.start, fact.end)
        # "12 reps, build up to 2 sets of 12", "1-2 days a week, progressing to alternate
        # days": the target's sets or how often, not the start's ("work up to 3 sets of
        # 20", with no start, is the dose)
        targets = (DOSE_KINDS if self.dosed_before_target else frozenset()) | (
            _HOW_OFTEN if self.often_before_target else frozenset()
        )
        if (
            kind in targets
            and kind not in self.fields
            and not _CLAUSE_ENDS.intersection(self.text[self.target_from : fact.start])
        ):
            self.notes.append(f"progressing to {self.text[fact.start : fact.end]}")
            self.later.append((fact.start, fact.end))
            self.ambiguous = True
            return
        if fact.weak:
            self.weak.setdefault(kind, fact.value)
            self.spans.setdefault(kind, (fact.start, fact.end))
            return
        if kind in self.fields:
            old = self.fields[kind]
            if (old == fact.value and kind != "bout") or kind == "condition":
                return  # ("run 1 minute, walk 1 minute": two bouts, asked below)
            if (
                kind == "anchor"
                and old.event == fact.value.event
                and {old.relation, fact.value.relation} == {"before", "after"}
            ):
                # "heat before exercise and cold packs after exercise": both, one event
                self.fields[kind] = Anchor("before and after", old.event)
                return
            if kind in {"bout", "anchor"}:
                # "walk 4 min / run 1 min": a dose has one timed bout, the first; "before
                # you get out of bed ... before standing": one event, the first, asked
                a, b = self.spans[kind]
                what = "timed bouts" if kind == "bout" else "events"
                question = (
                    f"two {what}, {self.text[a:b]!r} and "
                    f"{self.text[fact.start : fact.end]!r}: "
                    + ("a dose has one" if kind == "bout" else "say which one it is tied to")
                )
                self.ask(question, fact.start, fact.end)
                return
            here = (fact.start, fact.end)
            if kind == "weekdays" and not self.progression and old & fact.value:
                raise PhraseError.problem(self.text, "the same day is named twice", *here)
            if kind == "times" and or_between(self.text, self.spans[kind], here):
                # "in the morning or before bed at night": one session, at either time
                self.ask_which(self.spans[kind], here)
                return
            apart = kind == "weekdays" and days_apart(self.text, self.spans[kind], here)
            if apart and not self.strict:
                # "Run Mon/Wed/Fri and do strength work on Tue and Thu": two activities
                self.ask("days named in two clauses: read as the first; say which", *here)
                self.aside = "another clause's days"
                return
            if kind in {"times", "weekdays", "except"} and not self.progression:
                self.fields[kind] = _union(old, fact.value)
                return
            if self.progression:
                self.notes.append(f"progressing to {self.text[fact.start : fact.end]}")
                self.later.append((fact.start, fact.end))
                self.ambiguous = True
                return
            a, b = self.spans[kind]
            if not self.strict and or_between(self.text, (a, b), (fact.start, fact.end)):
                self.ask_which((a, b), (fact.start, fact.end))
                return
            bounds = least_and_most(self.text, (a, b), old, (fact.start, fact.end), fact.value)
            if bounds is not None:  # "at least 10 seconds and no more than 20 seconds"
                self.fields[kind] = bounds
                self.spans[kind] = (min(a, fact.start), max(b, fact.end))
                return
            span = (a, b)
            lengths = kind == "duration" and lengths_as_a_range(
                self.text, span, old, here, fact.value
            )
            if lengths:  # "for 6 months to 1 year": a course of 180 to 365 days, asked
                del self.fields[kind], self.spans[kind]
                self.ask("a duration given as a range: say one length", a, fact.end)
                self.defaults.append((kind, lengths.low))
                return
            total = each_side_of_a_total(self.text, (a, b), old, here, fact.value)
            if total is None and kind == "reps":  # "30 reps (3 sets of 10)": the sets of it
                sets, sets_at = self.fields.get("sets"), self.spans.get("sets")
                total = sets_of_a_total(self.text, (a, b), old, fact.value, sets, sets_at)
            if total is not None:  # "x20 (x10 each leg)": the count each side
                self.fields[kind], self.spans[kind] = fact.value, here
                self.notes.append(total)
                return
            differ = f"{self.text[a:b]!r} and {self.text[slice(*here)]!r} say different things"
            if self.strict or not read_aside(self.text, b, fact.start, fact.end):
                raise PhraseError.problem(self.text, differ, fact.start, fact.end)
            # "exercise three times a week and walk twice a week": free text often gives
            # a second activity its own timing; the first is read, the second asked, and
            # the rest of the second clause is not merged into the first's reading
            self.ask(f"{differ}: read as the first; say which", fact.start, fact.end)
            self.aside = "another clause's value"
            return
        self.fields[kind] = fact.value
        self.spans[kind] = (fact.start, fact.end)

    def ask_which(self, first: tuple[int, int], second: tuple[int, int]) -> None:
        """Flag two values said as alternatives ("daily or every other day"); keep the first."""
        said = [self.text[a:b] for a, b in (first, second)]
        self.ask(f"{said[0]!r} or {said[1]!r}: say which", *second)

    def ask(self, question: str, start: int, end: int) -> None:
        """Flag the reading with *question*, about the words from *start* to *end*."""
        self.ambiguous = True
        self.notes.append(question)
        self.questions.append((question, start, end))


#: Characters that end the clause a progression's target is said in.
_CLAUSE_ENDS = frozenset(",;.")


def _union(a: Any, b: Any) -> Any:
    if isinstance(a, frozenset):
        return a | b
    return tuple(dict.fromkeys((*a, *b)))


#: Kinds of fact `Merge.add` treats specially; any other is a field, first value wins.
_SPECIAL_KINDS = frozenset(
    "progression stage aside ambiguous default note bad stop_rule criterion prose_question".split()
)


def merge(text: str, facts: list[_Fact], *, strict: bool) -> Merge:
    merged = Merge(text, strict=strict)
    fields = merged.fields
    spans = merged.spans
    for fact in facts:
        kind = fact.kind
        if (
            kind in fields
            or kind in _SPECIAL_KINDS
            or fact.weak
            or merged.stage
            or merged.aside
            or merged.dosed_before_target
            or merged.often_before_target
        ):
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
    if "outings" in merged.fields:
        _outings(merged)
    for question in two_activities_questions(text, merged.fields, spans):
        merged.ask(*question)
    for question in days_questions(text, merged.fields, merged.weak, spans):
        merged.ask(*question)
    for kind in ("per_week", "reps"):
        if kind in merged.weak and kind not in fields:
            fields[kind] = merged.weak[kind]
    if not strict:  # "held weekly, Tue and Thu": the days each week, asked
        named = len(weekday_set(merged) or ())
        for question in weekly_on_named_days(text, fields, merged.weak, spans, named):
            merged.ask(*question)
    times_said = [(f.value, f.start, f.end) for f in facts if f.kind == "times"]
    for question in said_twice(text, merged.fields, merged.weak, spans, times_said):
        merged.ask(*question)
    either = None if strict else first_of_alternatives(text, merged.fields, merged.weak, spans)
    if either is not None:
        merged.ask_which(*either)
    refuse_contradicting_intervals(merged.text, merged.fields, merged.weak, merged.spans)
    for said, start, end, asked in whole_phrase_questions(
        text, merged.fields, merged.spans, strict=strict
    ):
        merged.notes.append(said)
        if asked:
            merged.ambiguous = True
            merged.questions.append((said, start, end))
    anchor = merged.fields.get("anchor")
    if anchor is not None and (
        ("pending_before" in merged.fields and anchor.relation == "after")
        or ("pending_after" in merged.fields and anchor.relation == "before")
    ):
        merged.fields["anchor"] = Anchor("before and after", anchor.event)
    return merged


#: What says how often, or what dose, beside a count of outings ("3 runs a week").
_BESIDE_OUTINGS = frozenset(
    {
        "per_day",
        "per_week",
        "every_days",
        "every_hours",
        "weekdays",
        "times",
        "sets",
        "reps",
        "hold",
    }
)


def _outings(merged: Merge) -> None:
    """
    "3 runs a week" is how often when nothing else is said; beside another frequency or
    a dose ("3 x 10 daily; 3 runs a week") it is another activity's, and asked about.
    """
    kind, count = merged.fields.pop("outings")
    span = merged.spans.pop("outings")
    if _BESIDE_OUTINGS.isdisjoint({*merged.fields, *merged.weak}):
        merged.fields[kind], merged.spans[kind] = count, span
        return
    question = f"{merged.text[span[0] : span[1]]!r} is another activity's sessions: say how often"
    merged.ambiguous = True
    merged.notes.append(question)
    merged.questions.append((question, *span))


def weekday_set(merged: Merge) -> frozenset[int] | None:
    days: frozenset[int] | None = merged.fields.get("weekdays")
    excluded = merged.fields.get("except")
    if excluded:
        days = (days or frozenset(range(7))) - excluded
    return days
