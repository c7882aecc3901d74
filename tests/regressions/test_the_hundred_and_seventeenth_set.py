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


@pytest.mark.parametrize(
    "text",
    [
        "Use your other hand to lift the dumbbell, 10 reps",
        "Use your other hand to press the ball into the table, 10 times",
        "Use your other hand to touch each fingertip with your thumb, 10 times",
        "Hold 30 s, then with the other hand",
        "Pull the band apart, 10 reps, then with the other hand",
    ],
)
def test_the_other_hand_doing_the_exercise_is_the_other_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Lift the arm using your other hand, 10 reps",
        "Use your other hand to press down gently, hold 20 s",
        "Slide the leg out with the other leg supporting, 10 times",
    ],
)
def test_a_hand_or_leg_working_the_first_helps(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "When you stretch, hold 30 s",
        "Count to 10 when you stretch",
        "Use a towel when you stretch, hold 30 s",
    ],
)
def test_cues_around_when_you_stretch_are_no_event(text: str) -> None:
    assert read(text).anchor is None


@pytest.mark.parametrize(
    ("text", "days"),
    [("Each course lasts 6 weeks", 42), ("Each programme lasts 12 weeks", 84)],
)
def test_each_course_lasting_is_the_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    ("text", "prn"),
    [
        ("Take 5 minute walking breaks as needed", True),
        ("Run 20 minutes 3 times a week; walking breaks as needed", False),
        ("Run continuously, walk breaks as needed", False),
    ],
)
def test_breaks_as_needed_inside_another_activity(text: str, prn: bool) -> None:
    assert read(text).prn is prn


def test_twice_each_weekday_beside_weekend_counts_is_asked() -> None:
    reading = read("Twice each weekday and 3 times at weekends")
    assert reading.ambiguous


def test_rep_maxima_beside_sets_are_asked() -> None:
    reading = read("3 sets at 10RM, 3 sets at 12RM")
    assert reading.ambiguous and reading.reps is None


@pytest.mark.parametrize(
    "text",
    ["Spread the sessions over 4 days", "Spread evenly across 3 days"],
)
def test_spread_with_words_between_is_days_a_week(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None and reading.ambiguous


@pytest.mark.parametrize(
    "text",
    ["Allow 2 days to recover after training", "Give your body 2 days to recover after a long run"],
)
def test_days_to_recover_are_no_course_nor_event(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None and reading.anchor is None


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("After the core exercises, 5 minutes of stretching", "after exercise"),
        ("Ice after balance exercises, 10 minutes", "after exercise"),
    ],
)
def test_a_length_after_the_exercises_is_the_other_activitys(text: str, anchor: str) -> None:
    assert read(text).as_dict()["anchor"] == anchor
