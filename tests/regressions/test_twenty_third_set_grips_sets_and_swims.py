"""
Regression: the twenty-third blind set's silent misreadings. "Repeat 10 times for one
set ... Then complete a second set of 10 repetitions" was one set; "Raise your other
leg ... hold" was each side; "with one day of body circuit training" was a course of a
day; "12 x 25 fast freestyle kick" was 12 sets of 25; "squeeze ... for ~2-3 minutes"
was a timed bout; "10 times every hour with one foot and then the other" lost each side.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


def test_a_second_set_after_what_one_set_is_makes_two() -> None:
    reading = read(
        "Repeat 10 times for one set. Rest for one to two minutes. "
        "Then complete a second set of 10 repetitions."
    )
    assert (reading.sets, reading.reps) == (2, 10)


def test_another_set_alone_is_one_set_described() -> None:
    reading = read("Do another set of 8 to 10 repetitions for each leg.")
    assert reading.sets is None


def test_for_more_sets_than_one_counts_them() -> None:
    assert read("Repeat 10 times for 3 sets").sets == 3


@pytest.mark.parametrize(
    ("text", "per_side"),
    [
        (
            "Raise your other leg a few inches off the ground and hold it there for 5-10 seconds.",
            False,
        ),
        ("Repeat with your other leg", True),
        ("repeat on the other leg", True),
    ],
)
def test_the_other_leg_is_a_side_only_when_the_exercise_moves_to_it(
    text: str, per_side: bool
) -> None:
    assert read(text).per_side is per_side


def test_one_foot_and_then_the_other_is_each_side() -> None:
    assert read("Do this exercise 10 times every hour with one foot and then the other.").per_side


def test_days_of_another_activity_are_asked() -> None:
    reading = read(
        "You will spend four days per week on the rower, with one day of body circuit "
        "training, one day of cross-training, and an active recovery or rest day."
    )
    assert reading.ambiguous
    assert "days of another activity" in (reading.note or "")


def test_a_swimmer_s_repeats_are_asked() -> None:
    reading = read("Quick kicks: 12 x 25 fast freestyle kick with 30 seconds rest interval.")
    assert (reading.sets, reading.reps, reading.ambiguous) == (None, None, True)


def test_a_grip_held_for_minutes_is_a_hold() -> None:
    reading = read(
        "squeeze the handgrip dynamometer at a submaximal intensity for ~2-3 minutes, rest, "
        "and repeat 3 or 4 times for each arm."
    )
    assert reading.as_dict()["hold_seconds"] == [120, 180]


@pytest.mark.parametrize(
    "text",
    [
        "walk for 20 minutes",
        "Before you begin your instructed exercise routine, stretch for 5 – 10 minutes.",
        "grab and release it with your toes for 10 minutes",
    ],
)
def test_minutes_of_moving_or_stretching_are_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("before breakfast and at bedtime", 2),
        ("in the morning and after dinner", 2),
        ("at 8am and after lunch", 2),
        ("every morning before breakfast", 1),
        ("3 x 10 twice a day, before breakfast and at bedtime", 2),
    ],
)
def test_a_daily_meal_beside_times_of_day_counts_as_the_schedule_does(
    text: str, per_day: int
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (per_day, False)
