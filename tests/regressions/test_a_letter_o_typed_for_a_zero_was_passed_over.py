"""Regression: `read("3 x 1O")` was 3 x 1, the letter O passed over as prose."""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize("text", ["3 x 1O", "every 1O days"])
def test_a_letter_typed_for_a_digit_is_refused(text: str) -> None:
    """A letter that looks like a digit, touching a number, is an unknown word, not prose."""
    with pytest.raises(PhraseError, match="unknown word 'O'"):
        read(text)


def test_a_unit_joined_to_a_number_is_still_read() -> None:
    """'10cm' is not a letter typed for a digit."""
    assert read("Lift your leg 10cm, 3 x 10 daily").sets == 3
