"""
The phrase language: a clinician's words to `Dose`, `Timing`, `AsNeeded` and `Prescription`.

Reading happens in three steps, each linear in the length of the text (`_tokens`, `_grammar`, and this module):

1. **Tokens.** The text is normalised character by character (dashes, the times sign,
   full-width digits, case) so every token keeps its span in the original text.
   Number words become numbers, "twice" becomes "2 times", abbreviations (BD, TDS,
   q4h, ...) become the words they stand for, and run-together words ("bidx30",
   "daysprn") are split on the vocabulary in `_lexicon`.
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

from rehabplan.phrases._free_text import (
    Reading,
    read,
)
from rehabplan.phrases._progressions import (
    parse_duration,
    parse_progression,
)
from rehabplan.phrases._reader import (
    MAX_LENGTH,
    parse_dose,
    parse_prescription,
    parse_timing,
)
from rehabplan.phrases._relative_dates import (
    resolve_date,
)

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
