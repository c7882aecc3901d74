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
    first=st.integers(1, 30),
    second=st.integers(1, 30),
    x=st.sampled_from(["x", "×", "X"]),
)
def test_an_x_before_each_count_is_read_smaller_as_sets_and_asked(
    name: str, first: int, second: int, x: str
) -> None:
    """After a name, "× 3 × 10" and "x 10 x 3" say no order: 3 sets of 10, always asked."""
    reading = read(f"{name} {x} {first} {x} {second}")
    assert (reading.sets, reading.reps) == tuple(sorted((first, second)))
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "sets", "reps", "per_side", "times_per_day"),
    [
        ("Single-leg 30 cm hurdle hop × 3 × 5/side", 3, 5, True, None),
        ("Calf raises x 3 x 15 each leg", 3, 15, True, None),
        ("Bridges x 10 x 2 times a day", None, 10, False, 2),
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
        ("Repeat 3 times in sets of 10", 3, 10, "or 10 sets of 3?"),
        ("Repeat 10 times in sets of 10", 1, 10, "1 set of 10, or 10 sets of 10?"),
    ],
)
def test_a_count_in_sets_of_another_is_asked(
    text: str, sets: int, reps: object, other: str
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (sets, reps, True)
    assert other in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "sets", "reps", "question"),
    [
        ("Do 30 reps in sets of 10", 3, 10, "30 in all, as 3 sets of 10?"),
        ("Do 20-30 reps in sets of 10", None, 10, "20-30 in all, as sets of 10?"),
        ("Repeat 40 times in sets of 15", None, 15, "40 in all, as sets of 15?"),
    ],
)
def test_a_count_in_bigger_sets_is_a_total(
    text: str, sets: int | None, reps: int, question: str
) -> None:
    """Sets of more than a few hold a total: never 10 sets of 20-30, whatever is accepted."""
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (sets, reps, True)
    assert question in (reading.note or "")


@given(count=st.integers(1, 60), each=st.integers(0, 20))
def test_a_count_in_sets_of_another_is_always_asked(count: int, each: int) -> None:
    """
    Whichever way it is read, it is asked, the set's size is one of the counts, and no
    more repetitions are read than the count said (sets of 0 are asked, never a crash).
    """
    reading = read(f"Repeat {count} times in sets of {each}")
    assert reading.ambiguous
    if each:
        assert each in (reading.sets, reading.reps)
        total = (reading.sets or 1) * (reading.reps or 1)
        assert total <= count * each
