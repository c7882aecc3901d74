"""
A range of lengths with a fraction at one end ("Hold 1-1.5 min") is read in the unit
below, and a range that cannot be one ("3 to 2 min") is refused: the grammar once took
the first number alone, so "Hold 1-1.5 min" was a one-second hold.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.model import Range
from rehabplan.phrases import parse_dose, read


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Hold 1-1.5 min", 60, 90),
        ("Hold 0.5-1 min", 30, 60),
        ("hold 0.5 to 1 minute", 30, 60),
        ("Hold 1½-2 min", 90, 120),
        ("Hold for 1.5-2 min", 90, 120),
        ("Hold 1 - 1.5 minutes, 3 times", 60, 90),
        ("hold 1 1/2 - 2 min", 90, 120),
        ("hold 1/2 to 1 minute", 30, 60),
        ("2 x 10, hold 1-1.5 min, twice daily", 60, 90),
    ],
)
def test_a_range_of_minutes_with_a_fraction_is_a_range_of_seconds(
    text: str, low: int, high: int
) -> None:
    reading = read(text)
    assert reading.hold_seconds == Range(low, high)
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "hold 3 to 2 min",
        "hold 2-1 min",
        "hold 1.5-1 min",
        "hold 2 or 1.5 min",
        "hold 10 to 5 seconds",
        "hold 2.5-3 s",
        "hold 0.1-0.2 s",
        "3 x 10 hold 2.5-3 s",
    ],
)
def test_a_range_of_lengths_that_cannot_be_one_is_refused_with_its_words(text: str) -> None:
    with pytest.raises(PhraseError, match="not a range of lengths") as caught:
        read(text)
    assert caught.value.start is not None


def test_a_label_number_before_a_spaced_dash_is_no_range() -> None:
    # "Level 2 - 1.5 min hold": the level's number, then the hold
    assert read("Level 2 - 1.5 min hold").hold_seconds == 90


def test_a_range_of_hours_with_a_fraction_is_read_and_kept_whole() -> None:
    reading = read("which translates to 1 1/2 - 2 hours 3 to 4 times a week, year round.")
    assert reading.times_per_week == Range(3, 4)


@given(
    low=st.integers(min_value=1, max_value=20),
    width=st.integers(min_value=1, max_value=20),
    unit=st.sampled_from(["min", "minutes", "minute"]),
    joint=st.sampled_from(["-", " - ", " to "]),
)
def test_any_range_of_half_minutes_is_read_whole_in_seconds(
    low: int, width: int, unit: str, joint: str
) -> None:
    lo, hi = low / 2, (low + width) / 2
    shown = [f"{v:g}" for v in (lo, hi)]
    dose = parse_dose(f"hold {shown[0]}{joint}{shown[1]} {unit}")
    assert dose.hold is not None
    assert dose.hold.low.total_seconds() == lo * 60  # type: ignore[union-attr]
    assert dose.hold.high.total_seconds() == hi * 60  # type: ignore[union-attr]


@given(
    high=st.integers(min_value=1, max_value=30),
    drop=st.integers(min_value=0, max_value=30),
    unit=st.sampled_from(["min", "seconds", "s", "hours"]),
    half=st.booleans(),
)
def test_no_range_of_lengths_going_down_is_read_as_one_length(
    high: int, drop: int, unit: str, half: bool
) -> None:
    top = high + drop + (0.5 if half else 0)
    with pytest.raises(PhraseError):
        read(f"hold {top:g} to {high} {unit}")
