"""
Rules made from the blind set -111 (climbers' hangboards, calisthenics, handstands and
mobility routines; hospital ward and discharge sheets for older adults): each test names
the rule, with the set's phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Hold each position for 510 seconds.", 5, 10),
        ("Hold for 510 seconds, repeat 3 times", 5, 10),
    ],
)
def test_a_long_hold_that_is_a_range_run_together_is_asked(text: str, low: int, high: int) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert f"{low}-{high} with the dash lost" in (reading.note or "")


@pytest.mark.parametrize(
    "text", ["Hold for 150 seconds", "Hold for 180 seconds", "Hold for 600 seconds"]
)
def test_a_long_hold_that_is_no_range_run_together_is_read(text: str) -> None:
    reading = read(text)
    assert not reading.ambiguous and reading.hold_seconds is not None


@pytest.mark.parametrize(
    "text",
    [
        "community-dwelling older adults (aged ≥65 years) attending weekly Otago classes",
        "older adults (age 70 years) walk daily",
    ],
)
def test_an_age_in_years_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "an age" in (reading.note or "") or "no dose or timing" in (reading.note or "")


def test_each_week_day_is_each_weekday() -> None:
    reading = read("Patients are encouraged to participate in group therapy each week day")
    assert reading.as_dict()["days_of_week"] == ["MO", "TU", "WE", "TH", "FR"]
    assert reading.times_per_week is None


@pytest.mark.parametrize(
    "text",
    [
        "Start with exercising for one or two days in a week and slowly increase to alternate days.",
        "Walk 1-2 days a week, progressing to alternate days",
    ],
)
def test_a_progressions_how_often_is_the_targets_not_a_second_one(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and reading.every_n_days is None
    assert reading.times_per_week is not None


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "Pump ankle 5-10x to reduce blood pressure drop after rising from seating position.",
            "after standing up",
        ),
        ("Do this before rising from a chair", "before standing up"),
    ],
)
def test_rising_from_a_seat_is_standing_up(text: str, anchor: str) -> None:
    reading = read(text)
    assert (reading.as_dict()["anchor"], reading.time_of_day) == (anchor, None)


def test_rising_from_bed_is_still_the_morning() -> None:
    assert read("Stretch on rising from bed").as_dict()["time_of_day"] == ["morning"]


def test_free_of_a_symptom_for_a_time_is_a_condition_not_a_course() -> None:
    reading = read(
        "you can consider returning to light exercise once you've been fever-free for at least 24 hours"
    )
    assert reading.duration_days is None
    assert "a condition" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "If you're able to easily complete three sets of 15 curls, increase the weight slightly.",
        "It assumes you can hang for 45 seconds.",
    ],
)
def test_what_you_are_able_to_do_is_a_criterion(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a criterion to move on" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "reps", "hold"),
    [
        ("Stand on one leg 3 x hands free for 30 seconds", 3, 30),
        ("Stand 3 x hands free for 10 seconds", 3, 10),
    ],
)
def test_hands_free_is_no_condition(text: str, reps: int, hold: int) -> None:
    reading = read(text)
    assert (reading.reps, reading.hold_seconds) == (reps, hold)


def test_free_of_dizziness_for_a_time_is_a_condition() -> None:
    reading = read("Do the exercises if you have been free of dizziness for 48 hours")
    assert reading.duration_days is None and "a condition" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "asked"), [("Day 1-3: recovery", True), ("Day 1-3: recovery run", False)]
)
def test_a_recovery_day_is_rest_and_a_recovery_run_is_not(text: str, asked: bool) -> None:
    assert read(text).ambiguous is asked


@pytest.mark.parametrize("text", ["Over 65 years: walk daily", "Under 12 years: play daily"])
def test_a_course_of_years_past_five_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and reading.duration_days is None


def test_getting_up_from_a_sitting_position_is_standing_up() -> None:
    reading = read("after getting up from a sitting position, march on the spot")
    assert reading.as_dict()["anchor"] == "after standing up"
