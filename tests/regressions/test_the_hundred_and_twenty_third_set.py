"""
Rules made from the blind set -123 (foot and ankle, falls, swimming, cycling and rowing;
cancer, fatigue, hand therapy and young people's spines): each test names the rule,
with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Stretches should be held at mild discomfort for 10-30 seconds with the goal of "
            "reaching 60 seconds.",
            "60 seconds",
        ),
        ("3 x 10 daily with the goal of 3 x 15", "3 x 15"),
    ],
)
def test_a_goal_after_the_dose_is_its_target(text: str, target: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert f"progressing to {target}" in reading.note


def test_a_goal_with_no_dose_before_it_is_the_dose() -> None:
    reading = read("With the goal of 3 sets of 15 daily")
    assert (reading.sets, reading.reps, reading.times_per_day) == (3, 15, 1)


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        ("Do 10 of each exercise, going through all exercises twice (2 sets of 10 each)", 2),
        ("Do 10 of each, going through the circuit 3 times", 3),
    ],
)
def test_going_through_all_the_exercises_again_is_sets(text: str, sets: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, 10)


def test_going_through_the_exercises_twice_a_day_is_how_often() -> None:
    reading = read("Go through the exercises twice a day")
    assert (reading.times_per_day, reading.sets) == (2, None)
