"""
Rules made from the blind set -128 (sports physiotherapy loading and plyometrics;
plain-English leaflets on arthritis, bones, lungs, heart, dementia and frailty): each test
names the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "days"),
    [("The protocol takes 12 weeks to full completion", 84), ("The programme takes 6 weeks", 42)],
)
def test_a_programme_that_takes_a_time_is_a_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


def test_recovery_that_takes_a_time_is_no_course() -> None:
    assert read("Recovery takes 6 weeks").duration_days is None


def test_a_double_session_daily_is_twice_a_day() -> None:
    assert read("Double session daily").times_per_day == 2


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Depending what level they are, they do 1, 2 or 3 sets.", "sets", (1, 3)),
        ("do 8, 10 or 12 reps", "reps", (8, 12)),
    ],
)
def test_a_list_of_counts_is_their_range(text: str, field: str, value: tuple[int, int]) -> None:
    got = getattr(read(text), field)
    assert (got.low, got.high) == value
