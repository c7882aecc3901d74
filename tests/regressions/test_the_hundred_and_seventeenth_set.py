"""
Rules made from the blind set -117 (cancer, transplant and diabetes exercise advice;
return-to-sport protocols, cycling, rowing and swimming plans): each test names the rule,
with the set's phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


def test_loads_tested_by_their_rep_maxima_are_no_dose() -> None:
    reading = read("one rep max (1RM) for power cleans, 6RM bench pulls, 5RM leg press")
    assert reading.reps is None


def test_a_rep_maximum_alone_is_the_count() -> None:
    assert read("3 sets of 8-12RM").as_dict()["reps"] == [8, 12]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Exercise consisted of 3x 50 minute sessions a week for 5 weeks", "times_per_week", 3),
        ("3 x 10 minute sessions a day", "times_per_day", 3),
        ("3 x 10 minute walks a day", "times_per_day", 3),
    ],
)
def test_sessions_of_a_length_counted_with_x_are_sessions(
    text: str, field: str, value: int
) -> None:
    reading = read(text)
    assert getattr(reading, field) == value
    assert reading.hold_seconds is None and reading.reps is None


def test_a_hold_of_minutes_counted_with_x_is_still_a_hold() -> None:
    assert read("3 x 10 min hold").hold_seconds == 600


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Each week includes 3 rowing workouts.", "times_per_week", 3),
        ("Every week has 2 long rides", "times_per_week", 2),
        ("Each week, 3 sessions of 10 reps", "times_per_week", 3),
        ("each day, 2 walks", "times_per_day", 2),
    ],
)
def test_the_period_said_before_its_outings(text: str, field: str, value: int) -> None:
    reading = read(text)
    assert getattr(reading, field) == value and not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "distributed across at least 3 days with no more than 2 consecutive days without exercise",
        "150 minutes a week, spread over 5 days",
    ],
)
def test_spread_across_days_is_days_a_week_asked(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None and reading.ambiguous
    assert reading.times_per_week in (3, 5)
