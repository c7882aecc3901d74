"""
Regression: misreadings found in phrases left over from the twenty-first set. "3 days
in the week" was a course of three days; "5 minute sessions per day" was five sessions
a day; "2 days of the week are rest days" was two days a week; "Each week, exercise 3
times" was once a week of three reps; "3 sets with 2 rest days between" was three sets
of two; "at each meal" was passed over.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "per_week"),
    [("Exercise 3 days in the week", 3), ("Do this on 4 days in the week", 4)],
)
def test_days_in_the_week_are_days_a_week(text: str, per_week: int) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days) == (per_week, None)


def test_days_in_the_week_after_an_event_are_not_days_a_week() -> None:
    assert read("Walk 3 days in the week after surgery").times_per_week is None


@pytest.mark.parametrize(
    "text", ["10 reps in 5 minute sessions per day", "2 x 10 in 15 min sessions a day"]
)
def test_a_length_of_sessions_is_no_count_of_them(text: str) -> None:
    reading = read(text)
    assert reading.times_per_day is None
    assert reading.ambiguous


def test_a_word_before_sessions_still_counts_them() -> None:
    assert read("Do 2 short sessions per day").times_per_day == 2


@pytest.mark.parametrize(
    "text",
    [
        "2 days of the week are rest days",
        "Take 2 rest days a week",
        "2 days a week off",
        "Exercise 4 days a week with 2 rest days",
    ],
)
def test_rest_days_a_week_that_leave_no_count_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "say how many days a week" in (reading.note or "")
    assert reading.times_per_week in (None, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Exercise 5 days a week with 2 rest days",
        "Exercise 5 days a week; 2 days of the week are rest days",
    ],
)
def test_rest_days_that_leave_the_days_a_week_add_nothing(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.ambiguous) == (5, False)


def test_rest_days_between_sessions_are_no_reps() -> None:
    reading = read("3 sets with 2 rest days between sessions")
    assert (reading.sets, reading.reps, reading.every_n_days) == (3, None, 3)


@pytest.mark.parametrize(
    ("text", "per_week", "per_day"),
    [
        ("Each week, exercise 3 times", 3, None),
        ("Every day, walk 2 times", None, 2),
    ],
)
def test_a_period_said_first_counts_the_sessions_after_it(
    text: str, per_week: int | None, per_day: int | None
) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.times_per_day, reading.reps) == (
        per_week,
        per_day,
        None,
    )


@pytest.mark.parametrize(
    "text", ["Do 10 reps at each meal", "Do 10 reps at mealtimes", "Do 10 reps at breakfast"]
)
def test_at_a_meal_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "meal" in (reading.note or "")


def test_at_lunch_is_still_noon() -> None:
    assert read("Do 10 reps at lunch").time_of_day == ("noon",)


def test_a_meal_with_a_count_a_week_says_nothing_of_how_often_a_day() -> None:
    reading = read("walking for 15 minutes three times a week after your evening meal")
    assert (reading.times_per_week, reading.times_per_day) == (3, None)
    assert reading.anchor == "after dinner"


def test_a_meal_alone_is_once_a_day() -> None:
    assert read("after dinner").times_per_day == 1


def test_a_total_time_is_asked_as_a_hold() -> None:
    reading = read("spend a total of 60 seconds on each stretching exercise")
    assert reading.ambiguous
    assert "adding up" in (reading.note or "")
