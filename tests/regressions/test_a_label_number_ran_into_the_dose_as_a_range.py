"""
Regression: "Level Three - 6 to 8 repetitions, 4 sets, 3 days week" was read as 8 reps
for 3 days: the level's number was joined to the 6 as a range, and "3 days week" taken
as a course. "stage 2 - 3 x 10" lost its 3 sets the same way.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Level Three - 6 to 8 repetitions, 4 sets, 3 days week",
            {"sets": 4, "reps": [6, 8], "times_per_week": 3, "duration_days": None},
        ),
        ("stage 2 - 3 x 10", {"sets": 3, "reps": 10}),
        ("Level 2 - 8-12 reps", {"reps": [8, 12]}),
        ("phase 1-2: 3 x 10 daily", {"sets": 3, "reps": 10, "times_per_day": 1}),
        ("3 days week", {"times_per_week": 3, "duration_days": None}),
    ],
)
def test_a_label_keeps_its_number(text: str, fields: dict[str, object]) -> None:
    got = read(text).as_dict()
    assert {k: got[k] for k in fields} == fields


@given(
    label=st.sampled_from(["Level", "Stage", "Phase", "Step"]),
    number=st.integers(1, 5),
    low=st.integers(2, 10),
    spread=st.integers(1, 6),
    sets=st.integers(2, 5),
)
def test_the_dose_after_a_label_is_read_as_without_it(
    label: str, number: int, low: int, spread: int, sets: int
) -> None:
    dose = f"{low} to {low + spread} repetitions, {sets} sets"
    alone = read(dose).as_dict()
    labelled = read(f"{label} {number} - {dose}").as_dict()
    assert (labelled["sets"], labelled["reps"]) == (alone["sets"], alone["reps"])
