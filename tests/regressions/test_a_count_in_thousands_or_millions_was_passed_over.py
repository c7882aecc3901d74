"""Regression: 'daily for a thousand years' was read as 'daily', the count passed over."""

from __future__ import annotations

import re

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_dose, parse_timing, read


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("daily for a thousand years", "duration_days: must be at most 36600"),
        ("a million times a day", "times_per_day: must be at most 96 (got 1000000)"),
        ("every million days", "every_days: must be at most 366"),
    ],
)
def test_an_absurd_count_in_words_is_refused_as_out_of_range(text: str, problem: str) -> None:
    """Both readers read the count whole and refuse it with the same message."""
    with pytest.raises(PhraseError, match=re.escape(problem)) as strict:
        parse_timing(text)
    with pytest.raises(PhraseError) as free:
        read(text)
    assert str(free.value) == str(strict.value)


def test_hundreds_in_words_are_one_count() -> None:
    """'three hundred reps' is 300 reps, not 100 with 'three' left over."""
    assert parse_dose("three hundred reps").reps == 300
    assert parse_dose("a hundred reps").reps == 100
