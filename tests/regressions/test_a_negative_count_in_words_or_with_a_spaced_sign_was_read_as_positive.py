"""Regression: 'every minus three days' and 'every - 3 days' were read as 'for 3 days'."""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_prescription, parse_timing, read


@pytest.mark.parametrize(
    "text",
    [
        "every minus three days",
        "every - 3 days",
        "daily for negative 2 weeks",
        "3 x 10 -2 times a day",
    ],
)
def test_a_negative_count_in_words_or_with_a_spaced_sign_is_refused(text: str) -> None:
    """Free text and the strict readers refuse the sign instead of dropping it."""
    for reader in (read, parse_timing, lambda t: parse_prescription("Bridges " + t)):
        with pytest.raises(PhraseError, match="a count cannot be negative"):
            reader(text)


def test_a_dash_between_a_name_and_its_dose_is_not_a_sign() -> None:
    """'Calf raise - 3 x 10 daily' and a list dash before a dose read as before."""
    assert read("Calf raise - 3 x 10 daily").sets == 3
    assert read("- 3 x 10 daily").reps == 10
    assert read("3 x 10-12 reps").as_dict()["reps"] == [10, 12]
