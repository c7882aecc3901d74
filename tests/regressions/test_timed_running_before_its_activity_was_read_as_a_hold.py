"""
Regression: "10x1 minutes easy running pace" and "3x 1-3 minute burst of continuous
running" were read as holds of 1 minute (1-3 minutes): timed work named by a way of
moving after its time is a bout, counted as repetitions in the reading's fields, as
holds are.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("10x1 minutes easy running pace with 1-minute walk recovery between.", 10),
        ("3 x 1 min jog", 3),
        ("run 3 x 5 min", 3),
        ("hops 3×20 seconds", 3),
    ],
)
def test_timed_bouts_are_not_holds(text: str, reps: int) -> None:
    got = read(text).as_dict()
    assert (got["sets"], got["reps"], got["hold_seconds"]) == (None, reps, None)


def test_the_dose_counts_them_as_sets_of_a_bout() -> None:
    assert str(read("3 x 1 min jog").dose) == "3 sets for 1 min"


def test_the_word_sets_stays_sets() -> None:
    got = read("Do this for 30 seconds for 3 sets 4-5 times per day.").as_dict()
    assert (got["sets"], got["reps"]) == (3, None)


@given(
    count=st.integers(2, 12),
    minutes=st.integers(1, 10),
    way=st.sampled_from(["running", "jog", "walking", "easy running", "brisk walk"]),
)
def test_never_a_hold_before_a_way_of_moving(count: int, minutes: int, way: str) -> None:
    got = read(f"{count} x {minutes} min {way}").as_dict()
    assert got["hold_seconds"] is None
    assert got["reps"] == count
