"""A length said before an activity ("a 2-hour session", "an hour walk") is not hourly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.phrases import parse_prescription, read


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("a 2-hour session twice a week", {"times_per_week": 2, "times_per_day": None}),
        ("a 1 hour walk daily", {"times_per_day": 1, "ambiguous": False}),
        ("an hour walk daily", {"times_per_day": 1, "ambiguous": False}),
        ("an hour session daily", {"times_per_day": 1}),
        ("build up to a one-hour workout", {"times_per_day": None}),
        # with no activity after it, "an hour" is still how often
        ("once an hour", {"times_per_day": 24, "ambiguous": True}),
        ("10 reps an hour", {"times_per_day": 24, "reps": 10}),
        ("every 2 hours", {"times_per_day": 12}),
        ("q 4 hours", {"times_per_day": 6}),
    ],
)
def test_a_length_before_an_activity_is_not_an_interval(
    text: str, fields: dict[str, object]
) -> None:
    got = read(text).as_dict()
    assert {k: got[k] for k in fields} == fields


def test_the_length_is_the_walks_bout() -> None:
    prescription = parse_prescription("Walk: an hour walk daily")
    assert prescription.dose is not None
    assert prescription.dose.duration is not None
    assert prescription.dose.duration.total_seconds() == 3600


@given(
    st.integers(1, 12),
    st.sampled_from(["hour", "hours", "minute", "min"]),
    st.sampled_from(["session", "walk", "workout", "class", "run", "swim"]),
    st.sampled_from(["a {n}-{u}", "a {n} {u}", "a {n}{u}"]),
    st.sampled_from(["twice a week", "on Monday", "daily", "3 times a week"]),
)
def test_a_length_before_an_activity_never_sets_times_a_day_beyond_the_schedule(
    n: int, unit: str, noun: str, shape: str, when: str
) -> None:
    text = f"{shape.format(n=n, u=unit)} {noun} {when}"
    got = read(text).as_dict()
    assert got["times_per_day"] in (None, 1), text
