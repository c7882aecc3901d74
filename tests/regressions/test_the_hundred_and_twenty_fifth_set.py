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


# An eleventh fresh-eyes review's findings on the rules of the sets -122 to -125.


@pytest.mark.parametrize(
    "text",
    [
        "In the first 2 weeks you'll notice a difference",
        "Within the next 6 weeks you should see an improvement",
        "Walk daily, within 2 weeks you'll feel better",
        "In 4 weeks you'll see changes",
    ],
)
def test_a_time_first_then_a_change_noticed_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    "text",
    [
        "6 x 30 s at 90% effort then stretch your calves",
        "5 x 1 min at 80% effort, stand still between",
        "Farmer carry 3 x 30 s at 70% effort, hold the weights tight",
    ],
)
def test_intervals_with_a_stretch_or_a_grip_after_them_are_not_held(text: str) -> None:
    assert read(text).hold_seconds is None


def test_a_hold_said_before_the_share_of_effort_is_held() -> None:
    assert read("Glute bridge hold 3 x 30 s at 70% effort").hold_seconds == 30


@pytest.mark.parametrize(
    "text", ["Stretch after meeting new colleagues", "Walk after meeting up with friends"]
)
def test_meeting_new_people_or_up_with_friends_is_no_event(text: str) -> None:
    assert read(text).anchor is None


@pytest.mark.parametrize(
    "text",
    [
        "The number of reps increases each week",
        "Walking distance increases weekly",
        "The difficulty increases weekly",
    ],
)
def test_what_increases_each_week_is_asked_not_how_often(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week) == (None, None)
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("Go through the exercises twice daily", 2),
        ("Run through the stretches 3 times daily", 3),
        ("Go through the exercises 3 times in the day", 3),
    ],
)
def test_going_through_the_exercises_n_times_a_day_is_how_often(text: str, per_day: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.sets) == (per_day, None)


@pytest.mark.parametrize("text", ["Pain increases every day", "Swelling increases daily"])
def test_a_symptom_that_increases_is_noted_not_a_timing(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (None, False)
    assert "a symptom that changes" in reading.note
