"""
Regression: free text refused "8-week training program for preventing recurrent ankle
sprain" as a misspelt "evening", and "Thera-Band" as a misspelt "other".
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("8-week training program for preventing recurrent ankle sprain", "duration_days", 56),
        ("step down with Thera-Band resistance, 3 x 10 repetitions", "sets", 3),
    ],
)
def test_an_ordinary_word_is_passed_over(text: str, field: str, value: int) -> None:
    """A word more than two letters longer or shorter than a keyword is not its typo."""
    assert read(text).as_dict()[field] == value


def test_a_typo_is_still_refused_with_a_suggestion() -> None:
    """A slip of the keyboard in a keyword is never passed over: read as meant, or refused."""
    reading = read("3 x 10 twice dialy")
    assert reading.ambiguous and "'dialy' read as 'daily'" in (reading.note or "")
    with pytest.raises(PhraseError, match="did you mean 'daily'"):
        read("3 x 10 twice dialy wekly")
