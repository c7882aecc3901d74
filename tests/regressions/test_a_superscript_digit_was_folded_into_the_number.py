"""Regression: '3 x 10²' was read as 3 x 102, and 'Ⅲ x 10' as 10 reps with the numeral passed over."""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_dose, read


@pytest.mark.parametrize("text", ["3 x 10\u00b2", "3 x 10\u2080", "3 x \u2462", "\u2162 x 10"])
def test_a_number_sign_is_refused_not_folded(text: str) -> None:
    """Superscript, subscript, circled and Roman-numeral numbers are refused by every reader."""
    with pytest.raises(PhraseError, match="is not read as a number; write it in digits") as strict:
        parse_dose(text)
    with pytest.raises(PhraseError) as free:
        read(text)
    assert str(free.value) == str(strict.value)


def test_the_fractions_the_reader_knows_still_read() -> None:
    """'1½ min' is still a minute and a half."""
    assert read("hold 1\u00bd min").hold_seconds == 90
