"""
Settle an ambiguous merged phrase: refuse it with the question to answer, unless the
caller accepts the documented default reading.
"""

from __future__ import annotations

from rehabplan.errors import PhraseError
from rehabplan.model import Range
from rehabplan.phrases._merge import Merge
from rehabplan.phrases._to_values import to_timing

__all__ = ["settle"]


#: Timing fields whose range ("2-3 times a week") leaves the count to the patient.
_RANGED_TIMING = {"per_day": "a day", "per_week": "a week", "every_hours": "hours apart"}


def settle(merged: Merge, *, accept_defaults: bool) -> None:
    """
    Refuse an ambiguous phrase with the question to answer, unless the caller accepts
    the documented default reading (ranges at their low end, a month as 30 days).

    >>> from rehabplan.phrases._merge import merge
    >>> from rehabplan.phrases._reader import scan
    >>> merged = merge("every 2-3 days", scan("every 2-3 days")[1], strict=True)
    >>> settle(merged, accept_defaults=True)
    >>> merged.fields["every_days"]
    Range(low=2, high=3)
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
            said = f"{words!r} is a range: say {value.low} or {value.high}"
            questions.append((f"{said} (the default is the low end)", start, end))
    for kind, value in merged.defaults:
        merged.fields.setdefault(kind, value)
    if questions and not accept_defaults:
        question, start, end = questions[0]
        try:
            timing = to_timing(merged)
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
