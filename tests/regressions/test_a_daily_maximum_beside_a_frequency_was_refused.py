"""
Regression: "1-2 four times daily (max 8 in 24hrs)" was refused as two frequencies
that disagree. A most a day beside a count a day is a ceiling, noted; alone it is the
count a day, as before; below the count it is a contradiction.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import read

CEILINGS = [
    "max {n} in 24 hours",
    "maximum {n} a day",
    "a maximum of {n} in 24 hours",
    "no more than {n} times a day",
    "not to exceed {n} in 24 hours",
]


@pytest.mark.parametrize(
    "text",
    [
        "1-2 four times daily(max 8 in 24hrs)",
        "1or 2 four times a day up to a maximum 8 in 24 hours",
        "2 four times a day not to exceed 8 in 24 hours",
    ],
)
def test_a_ceiling_beside_a_frequency_is_noted(text: str) -> None:
    reading = read(text)
    assert reading.times_per_day == 4
    assert "at most: " in (reading.note or "")


@given(ceiling=st.sampled_from(CEILINGS), n=st.integers(1, 12), per_day=st.integers(1, 6))
def test_a_ceiling_is_a_most_never_the_count(ceiling: str, n: int, per_day: int) -> None:
    said = ceiling.format(n=n)
    assert read(said).times_per_day == n  # alone, the count a day
    text = f"{per_day} times a day, {said}"
    if n < per_day:
        with pytest.raises(PhraseError, match="say different things"):
            read(text)
    else:
        reading = read(text)
        assert reading.times_per_day == per_day
        assert f"at most: {said!r}" in (reading.note or "")
