"""
Rules made from the blind set -125 (shoulder, elbow, neck and jaw from clinics and sports
clubs; children's exercise, diabetes, weight, blood pressure, cancer survivors and
hydrotherapy): each test names the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "take a 10 minute walk on flat ground, four days during the week",
        "Walk 20 minutes, four days in the week",
    ],
)
def test_days_during_the_week_are_days_a_week(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days) == (4, None)


def test_days_in_the_week_after_an_event_are_a_course() -> None:
    assert read("for 3 days in the week after surgery").duration_days == 3


def test_an_arm_position_is_no_side_in_the_side_rule() -> None:
    assert read("Hold for 10 seconds in each arm position").per_side is False


def test_for_at_least_days_of_an_activity_a_week_are_days_a_week() -> None:
    reading = read("Aim for at least 2 days of strength training per week.")
    assert (reading.times_per_week, reading.duration_days) == (2, None)


@pytest.mark.parametrize(
    "text", ["Repeat the stretch on the second side.", "Repeat with the second leg"]
)
def test_the_second_side_is_the_other_side(text: str) -> None:
    assert read(text).per_side is True


@pytest.mark.parametrize(
    "text",
    ["15-minute walks after each of three meals", "walk for 10 minutes after each of your 3 meals"],
)
def test_after_each_of_n_meals_is_after_a_meal_n_times_a_day(text: str) -> None:
    reading = read(text)
    assert (reading.anchor, reading.times_per_day) == ("after meal", 3)
