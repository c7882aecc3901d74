"""
Numbers a rule took that no part of the reading shows. Free text may pass over words,
never a number: a rule that reads "70 %" in "3 x 10 at 70 % effort", "90 degrees" or
"stage 2" as no dose takes those tokens, and a rest or a load with no dose to hold it
("Rest 90 seconds", "Use a 1 kg weight") has nowhere to go; the reading names them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from rehabplan.phrases._facts import Fact
from rehabplan.phrases._tokens import Tok

__all__ = ["numbers_not_shown", "rounded_holds"]

#: Facts whose numbers a reading shows: in a field, a timing, a note or a question.
_SHOWN = frozenset(
    """
    per_day every_days every_hours per_week weekdays times duration sets reps hold
    per_side side anchor prn outings rest_days days_off every_day per_day_max total_reps
    note ambiguous prose_question bad stage criterion stop_rule condition default
    """.split()
)
#: Facts a dose holds: shown only when there is a dose.
_IN_A_DOSE = frozenset({"bout", "rest", "load"})
_NUMBERS = frozenset({"N", "ORD", "TIME", "DATE", "PACE"})
#: Words read as counts that are ordinary English first ("a second", "once again").
_ORDINARY = frozenset({"a", "an", "other", "once", "second"})


def numbers_not_shown(
    text: str, tokens: Sequence[Tok], used: Sequence[bool], facts: Sequence[Fact], *, dosed: bool
) -> tuple[list[str], list[str]]:
    """
    The numbers rules took that the reading does not show, with the word after each:
    those read as no dose at all, and those of a rest, a load or a bout with no dose.

    >>> from rehabplan.phrases._tokens import tokenize
    >>> toks = tokenize("Rest 90 seconds")
    >>> numbers_not_shown("Rest 90 seconds", toks, [True] * 3, [], dosed=False)
    (['90 seconds'], [])
    """
    as_no_dose: list[str] = []
    without_a_dose: list[str] = []
    shown: list[tuple[int, int]] | None = None  # the spans shown, built at the first number
    for i, tok in enumerate(tokens):
        if tok.sym not in _NUMBERS or not used[i]:
            continue  # numbers no rule took are named by the reader already
        if shown is None:
            shown = [
                (f.start, f.end)
                for f in facts
                if f.kind in _SHOWN or (dosed and f.kind in _IN_A_DOSE)
            ]
        start, end = tok.start, tok.end
        for a, b in shown:
            if a <= start and end <= b:
                break
        else:
            if tok.raw.lower() in _ORDINARY:
                continue
            held = not dosed and any(
                f.kind in _IN_A_DOSE and f.start <= start and end <= f.end for f in facts
            )
            if i + 1 < len(tokens) and tokens[i + 1].sym not in _NUMBERS:
                following = tokens[i + 1].raw  # named with its unit: "90 degrees", "70%"
                if following[:1].isalpha() or following == "%":
                    end = tokens[i + 1].end
            (without_a_dose if held else as_no_dose).append(text[start:end])
    return list(dict.fromkeys(as_no_dose)), list(dict.fromkeys(without_a_dose))


def rounded_holds(text: str, tokens: Sequence[Tok], facts: Sequence[Fact]) -> list[str]:
    """
    The fractions of a second a hold was rounded from: a hold is whole seconds, so
    "hold 2.5 s" is read as 3 s, and the reading says so.

    >>> from rehabplan.phrases._tokens import tokenize
    >>> toks = tokenize("hold 2.5 s")
    >>> rounded_holds("hold 2.5 s", toks, [Fact("hold", None, 0, 10)])
    ['2.5 s']
    """
    holds = [(f.start, f.end) for f in facts if f.kind == "hold"]
    out: list[str] = []
    if not holds:
        return out
    for tok, unit in itertools.pairwise(tokens):
        fraction = isinstance(tok.value, float) and not tok.value.is_integer()
        if (
            fraction
            and unit.sym in {"sec", "second"}
            and any(a <= tok.start and unit.end <= b for a, b in holds)
        ):
            out.append(text[tok.start : unit.end])
    return out
