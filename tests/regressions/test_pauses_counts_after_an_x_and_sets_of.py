"""
Regression: "pause for 2-4 seconds" alone was a 2-4 second bout; "Depth jump × 3 × 10",
an x before each count, was refused as two counts of repetitions; "Repeat this exercise
8 times in sets of 3" was refused as two counts that disagree.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("pause for 2-4 seconds", Range(2, 4)),
        ("Pause for 5 seconds.", 5),
        ("pause for 2 seconds", 2),
    ],
)
def test_a_short_pause_alone_is_held(text: str, hold: object) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (hold, False)


def test_a_pause_between_rounds_or_a_long_one_is_no_hold() -> None:
    assert read("Pause for 30 seconds.").hold_seconds is None
    assert read("Walk for 2 minutes, pause for 10 seconds, walk again").hold_seconds is None


@given(
    name=st.sampled_from(["Squats", "Depth jump", "Alternate leg bounding", "Calf raises"]),
    sets=st.integers(1, 6),
    reps=st.integers(6, 30),
    x=st.sampled_from(["x", "×", "X"]),
)
def test_an_x_before_each_count_reads_as_sets_by_repetitions(
    name: str, sets: int, reps: int, x: str
) -> None:
    """After a name, "× 3 × 10" is "3 × 10": 3 sets of 10, as the same counts without the lead x."""
    reading = read(f"{name} {x} {sets} {x} {reps}")
    plain = read(f"{name} {sets} {x} {reps}")
    assert (reading.sets, reading.reps) == (sets, reps) == (plain.sets, plain.reps)


@pytest.mark.parametrize(
    ("text", "sets", "reps", "per_side", "times_per_day"),
    [
        ("Single-leg 30 cm hurdle hop × 3 × 5/side", 3, 5, True, None),
        ("Calf raises x 3 x 15 each leg", 3, 15, True, None),
        ("Bridges x 10 x 2 a day", None, 10, False, 2),
    ],
)
def test_an_x_before_each_count_beside_sides_and_how_often(
    text: str, sets: int | None, reps: int, per_side: bool, times_per_day: int | None
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.per_side, reading.times_per_day) == (
        sets,
        reps,
        per_side,
        times_per_day,
    )


@pytest.mark.parametrize(
    ("text", "sets", "reps", "other"),
    [
        ("Repeat this exercise 8 times in sets of 3.", 3, 8, "or 8 in all, in sets of 3?"),
        ("Do it 10-15 times in sets of 3.", 3, Range(10, 15), "or 10-15 in all, in sets of 3?"),
        ("Do 30 reps in sets of 10", 3, 10, "or 10 sets of 30?"),
        ("Repeat 3 times in sets of 10", 3, 10, "or 10 sets of 3?"),
    ],
)
def test_a_count_in_sets_of_another_is_asked(
    text: str, sets: int, reps: object, other: str
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (sets, reps, True)
    assert other in (reading.note or "")


@given(count=st.integers(1, 60), each=st.integers(2, 20))
def test_a_count_in_sets_of_another_is_always_asked(count: int, each: int) -> None:
    """Whichever way it is read, it is asked, and one of the two counts is the set's size."""
    reading = read(f"Repeat {count} times in sets of {each}")
    assert reading.ambiguous
    assert each in (reading.sets, reading.reps)
