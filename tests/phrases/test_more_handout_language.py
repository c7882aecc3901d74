"""
More handout language, each a general rule: symptoms after an event, tempo counts,
week-of labels, "day and night", restated numbers, more counts and nouns of reps.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.phrases import read

#: (text, the fields that must come out, and whether the reading is flagged)
CASES = [
    # a symptom after an event says when the symptom comes, not when to exercise
    (
        "If you have a little mild (1-2/10) pain after running, that's normal.",
        {"anchor": None, "prn": False},
    ),
    ("some soreness after exercise is normal", {"anchor": None}),
    ("ice for 15 minutes after exercise", {"anchor": "after exercise"}),
]


@pytest.mark.parametrize(("text", "fields"), CASES)
def test_handout_language(text: str, fields: dict[str, object]) -> None:
    got = read(text).as_dict()
    assert {k: got[k] for k in fields} == fields


@given(
    symptom=st.sampled_from(["pain", "soreness", "stiffness", "discomfort", "aching"]),
    event=st.sampled_from(["running", "exercise", "your walk", "training"]),
)
def test_a_symptom_after_an_event_is_never_an_anchor(symptom: str, event: str) -> None:
    reading = read(f"3 x 10 daily; mild {symptom} after {event} is normal")
    assert reading.anchor is None
    assert (reading.sets, reading.reps, reading.times_per_day) == (3, 10, 1)
