"""
Regression: "Intensity 8-12RM, 2-4 sets" read 2-4 sets and dropped "8-12RM" without a
word; an RM count is the repetitions when nothing else gives them, and the load beside
a count of reps.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "sets", "reps", "note"),
    [
        ("Intensity 8-12RM, 2-4 sets", [2, 4], [8, 12], "8-12 RM: the load"),
        ("10RM", None, 10, "10 RM: the load that can be lifted 10 times"),
        ("2–3×4–8 (6–10 RM)", [2, 3], [4, 8], "6-10 RM: the load"),
        ("1–2×4–6 per side (8–12 RM)", [1, 2], [4, 6], "8-12 RM: the load"),
    ],
)
def test_an_rm_count_is_read_or_noted(
    text: str, sets: list[int] | None, reps: int | list[int], note: str
) -> None:
    got = read(text).as_dict()
    assert got["sets"] == sets
    assert got["reps"] == reps
    assert note in got["note"]


def test_one_rm_is_a_reference_load_not_a_count() -> None:
    got = read("3 x 10 at 70% 1RM").as_dict()
    assert (got["sets"], got["reps"]) == (3, 10)


@given(rm=st.integers(2, 30), reps=st.integers(1, 30))
def test_beside_a_count_of_reps_the_rm_never_changes_it(rm: int, reps: int) -> None:
    alone = read(f"3 x {reps}").as_dict()
    with_rm = read(f"3 x {reps} ({rm} RM)").as_dict()
    assert (with_rm["sets"], with_rm["reps"]) == (alone["sets"], alone["reps"])
    assert f"{rm} RM" in with_rm["note"]
