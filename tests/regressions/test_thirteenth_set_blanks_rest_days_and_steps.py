"""
Regression: the thirteenth blind set of handout phrases. A template's blanks read a
frequency; "Monday: Rest Day" was a session on Monday; "(day off in between)" was lost;
"once in each direction" turned ten rotations a day into ten sessions of one; "increase
the weights every two weeks" was a session every 14 days; "2 X 500mg" was 2 sets of 500.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Perform _____ sets of _____ repetitions _____ daily.",
        "Rotate your body 10 times every day, once in each direction.",
        "try to increase the weights a bit every two weeks",
    ],
)
def test_blanks_once_each_way_and_stepless_progressions_are_asked(text: str) -> None:
    """A blank, 'once in each direction' and a progression with no step are asked about."""
    reading = read(text)
    assert reading.ambiguous and reading.every_n_days is None


@pytest.mark.parametrize("text", ["Monday: Rest Day", "Tuesday - Rest", "Sunday: day off"])
def test_a_rest_day_is_no_session(text: str) -> None:
    """A day said to be a rest day names no session on it."""
    reading = read(text)
    assert reading.days_of_week is None and "a rest day" in (reading.note or "")


def test_a_day_off_in_between_spaces_the_sessions() -> None:
    """'3 x per week (day off in between)' is every other day."""
    assert read("Frequency of Exercises: 3 x per week (day off in between)").every_n_days == 2


@pytest.mark.parametrize("text", ["two tablets (2 X 500mg)", "2 x 6kg weights"])
def test_a_count_of_a_strength_or_a_weight_is_no_sets(text: str) -> None:
    """'2 X 500mg' and '2 x 6kg' count tablets or weights, never 2 sets."""
    assert read(text).sets != 2


@pytest.mark.parametrize(
    ("text", "reps"), [("10 x each direction", 10), ("Circle 5 times each way", 5)]
)
def test_counts_in_each_direction_are_reps(text: str, reps: int) -> None:
    """'10 x each direction' is 10 repetitions, not sides."""
    reading = read(text)
    assert (reading.reps, reading.per_side) == (reps, False)
