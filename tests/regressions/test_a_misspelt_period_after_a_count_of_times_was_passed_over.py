"""
Regression: "inhale 1 dose twice dail" was read as 2 repetitions, "dail" passed over
as a real word (it is one, in old dictionaries). Straight after "twice" or "3 times",
a word that looks like a period is a misspelt one: free text reads it as the period
meant and flags the reading; the strict readers refuse it.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_timing, read


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("inhale 1 dose twice dail", "daily"),
        ("3 times dialy", "daily"),
        ("twice weeky", "weekly"),
        ("4 times dayly", "daily"),
    ],
)
def test_a_misspelt_period_after_times_is_refused_with_the_word_meant(
    text: str, meant: str
) -> None:
    reading = read(text)
    assert reading.ambiguous and f"read as '{meant}'" in (reading.note or "")
    with pytest.raises(PhraseError):
        parse_timing(text)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("repeat 3 times slowly", "reps", 3),
        ("twice daily", "times_per_day", 2),
        ("10 times holding the rail", "reps", 10),
    ],
)
def test_other_words_after_times_are_still_read_or_passed_over(
    text: str, field: str, value: int
) -> None:
    assert getattr(read(text), field) == value
