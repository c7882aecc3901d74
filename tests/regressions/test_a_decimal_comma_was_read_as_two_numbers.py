"""Regression: 'every 2,5 days' was read as 'for 5 days', '3,5 x 10' as 5 x 10."""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_dose, parse_timing, read


@pytest.mark.parametrize(
    ("text", "strict"), [("every 2,5 days", parse_timing), ("3,5 x 10", parse_dose)]
)
def test_a_comma_inside_a_number_is_refused(text: str, strict: object) -> None:
    """Neither a decimal comma nor a thousands separator is guessed at."""
    with pytest.raises(PhraseError, match="a comma inside a number is not read") as caught:
        strict(text)  # type: ignore[operator]
    with pytest.raises(PhraseError) as free:
        read(text)
    assert str(free.value) == str(caught.value)


def test_a_comma_between_a_number_and_a_word_is_punctuation() -> None:
    """'3 x 10, twice daily' keeps its comma as punctuation."""
    assert read("3 x 10, twice daily").times_per_day == 2
