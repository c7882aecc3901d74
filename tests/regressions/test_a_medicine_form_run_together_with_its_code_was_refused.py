"""
Regression: "2puffsbd", "5mltds" and "1dropbd" were refused as unknown words: a run-
together word splits on the forms a medicine is measured in as on the rest of the
vocabulary, so they read as "2 puffs bd", "5 ml tds" and "1 drop bd".
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read
from rehabplan.phrases._lexicon import MEDICATION_WORDS

CODES = {"bd": 2, "tds": 3, "qds": 4, "nocte": 1}


@pytest.mark.parametrize("form", sorted(MEDICATION_WORDS))
@pytest.mark.parametrize("code", sorted(CODES))
def test_a_form_run_together_with_a_code_reads_as_if_spaced(form: str, code: str) -> None:
    spaced = read(f"2 {form} {code}")
    joined = read(f"2{form}{code}")
    assert joined.times_per_day == spaced.times_per_day == CODES[code]
    assert joined.ambiguous == spaced.ambiguous


@pytest.mark.parametrize(
    ("text", "per_day", "prn"),
    [("2puffqdsprn", 4, True), ("10mlbd", 2, False), ("1 noct", 1, False)],
)
def test_handwritten_forms(text: str, per_day: int, prn: bool) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.prn) == (per_day, prn)
