"""
The phrase language: a clinician's words to `Dose`, `Timing`, `AsNeeded` and `Prescription`.

Reading happens in three steps, each linear in the length of the text:

0. **Checks** (`_checks`). Text that hides or disguises words (control, bidi and
   zero-width characters, look-alike letters of other scripts, emoji) and numbers in
   scientific notation are refused, the same way by every reader.
1. **Tokens** (`_tokens`, `_token_passes`). The text is normalised character by
   character (dashes, the times sign, full-width digits, case) so every token keeps its
   span in the original text. Number words become numbers, "twice" becomes "2 times",
   abbreviations (BD, TDS, q4h, ...) become the words they stand for, and run-together
   words ("bidx30", "daysprn") are split on the vocabulary in `_lexicon`.
2. **Facts** (`_grammar` over the table in `_rules` and `_handout_rules`, with the
   handlers in `_handlers` and `_course_handlers`). One regular grammar over the token
   symbols finds the constructs of the language, left to right: "3 x 30 s hold", "twice
   daily", "every other day", "on Mon, Wed and Fri", "for 2 weeks", "before each run".
3. **Values** (`_merge`). The facts are merged: the first value of a field wins, a
   contradiction is an error, and an ambiguous phrase is refused with its question by
   the strict readers unless the caller accepts the documented default reading.

Strict readers (`parse_dose`, `parse_timing`, `parse_prescription`, in `_reader`) refuse
any word they cannot place, naming it and suggesting a close known word.
`read` (in `_free_text`) reads free text, such as a sentence from a handout, into the
fields of the phrase corpus: ordinary words are passed over and listed in the note, a
number it cannot place marks the reading ambiguous, and a word that looks like a
misspelt keyword is an error.
"""

# `parse_prescription` and the other strict readers load with the package; free text,
# progressions and relative dates load on first use (PEP 562), since a program that
# reads one prescription needs none of them and they cost milliseconds to import.
from __future__ import annotations

from typing import TYPE_CHECKING

from rehabplan import _lazy
from rehabplan.phrases._reader import (
    MAX_LENGTH,
    parse_dose,
    parse_prescription,
    parse_timing,
)

if TYPE_CHECKING:
    from rehabplan.phrases._free_text import Reading, read
    from rehabplan.phrases._progressions import parse_duration, parse_progression
    from rehabplan.phrases._relative_dates import resolve_date

#: Each name loaded on first use, and the module that defines it.
_LAZY = {
    "Reading": "rehabplan.phrases._free_text",
    "parse_duration": "rehabplan.phrases._progressions",
    "parse_progression": "rehabplan.phrases._progressions",
    "read": "rehabplan.phrases._free_text",
    "resolve_date": "rehabplan.phrases._relative_dates",
}


__all__ = [
    "MAX_LENGTH",
    "Reading",
    "parse_dose",
    "parse_duration",
    "parse_prescription",
    "parse_progression",
    "parse_timing",
    "read",
    "resolve_date",
]

__getattr__, __dir__ = _lazy.lazy(globals(), _LAZY)
