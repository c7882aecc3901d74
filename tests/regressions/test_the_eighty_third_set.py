"""
Regression: rules from the blind set `-83`. "when swelling permits" was as needed;
"both lower limbs for 5 seconds" was a tempo (lowering) and the relaxing after it the
hold; "holding the foot at the top of the raise for 3-5 seconds" was a tempo.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize("symptom", ["swelling", "pain", "stiffness", "soreness"])
def test_when_a_symptom_permits_is_a_condition_not_as_needed(symptom: str) -> None:
    reading = read(f"Walk daily when {symptom} permits")
    assert not reading.prn
    assert reading.times_per_day == 1


@given(st.integers(min_value=2, max_value=30), st.integers(min_value=1, max_value=30))
def test_relaxing_after_a_hold_is_the_rest_not_the_hold(hold: int, rest: int) -> None:
    reading = read(
        f"contract the thigh muscles of both lower limbs for {hold} seconds and then "
        f"relaxing them for {rest} seconds"
    )
    assert reading.hold_seconds == hold


def test_the_top_of_the_raise_held_is_a_hold() -> None:
    reading = read(
        "Aim to perform this 5-10 times, raising slowly, holding the foot at the top of "
        "the raise for 3-5 seconds during each repetition. Do this 3-4 times each day."
    )
    assert reading.hold_seconds == Range(3, 5)
    assert reading.times_per_day == Range(3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "lift for 2 seconds and lower for 4 seconds",
        "Lower your legs for 3 seconds",
        "This study trailed the 45 sec hold but then also a 30sec down phase.",
    ],
)
def test_lowering_timed_is_still_a_tempo(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds in (None, 45)
    assert "a tempo" in reading.note
