"""A count before the day after a hold is asked about; "e/s" is each side."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan import PhraseError
from rehabplan.phrases import parse_prescription, read


@pytest.mark.parametrize(
    "text",
    [
        "hold 10 s, 10 times every day",
        "30 sec hold x 10 - every day",
        "hold for 20 seconds, repeat 15 times daily x 6 weeks",
        "Hold for around five seconds. Doing this about five or six times per day is advised.",
    ],
)
def test_a_count_a_day_after_a_hold_with_no_reps_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert (
        reading.note is not None
        and "the holds of one session, or the sessions a day" in reading.note
    )


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # repetitions said, or a count a day too small to be the holds: read as it stands
        ("hold 30 s, 10 times, twice daily", {"reps": 10, "times_per_day": 2, "ambiguous": False}),
        ("hold 30 s, 3 times a day", {"times_per_day": 3, "ambiguous": False}),
        ("3 x 10 e/s", {"per_side": True, "sets": 3}),
        ("3 x 10 e/l daily", {"per_side": True, "times_per_day": 1}),
        ("2 x 15 e/a", {"per_side": True}),
        ("hold 30 s e/s", {"per_side": True, "hold_seconds": 30}),
    ],
)
def test_read_as_it_stands(text: str, fields: dict[str, object]) -> None:
    got = read(text).as_dict()
    assert {k: got[k] for k in fields} == fields


def test_a_prescription_with_the_question_is_refused_unless_accepted() -> None:
    with pytest.raises(PhraseError, match="the holds of one session, or the sessions a day"):
        parse_prescription("Calf stretch: hold 30 s, 10 times daily")
    accepted = parse_prescription("Calf stretch: hold 30 s, 10 times daily", accept_defaults=True)
    assert accepted.timing is not None


@given(st.integers(5, 30), st.integers(5, 60), st.sampled_from(["daily", "every day", "a day"]))
def test_the_count_after_a_hold_is_never_silently_sessions(count: int, hold: int, day: str) -> None:
    reading = read(f"hold {hold} s, {count} times {day}")
    assert reading.ambiguous or reading.times_per_day != count


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # sets and reps in words, then a stacked count a day: how often
        ("3 sets of 10 x4/day", {"sets": 3, "reps": 10, "times_per_day": 4}),
        ("3 sets of 10 x2 daily", {"sets": 3, "reps": 10, "times_per_day": 2}),
        ("3 sets of 10 x 5 s hold", {"sets": 3, "reps": 10, "hold_seconds": 5}),
        # "x N weekly" after a hold is asked like "x N daily"
        ("hold 30 seconds x 4 weekly", {"times_per_week": 4, "ambiguous": True}),
        ("hold 30 s, 3 times a week", {"times_per_week": 3, "ambiguous": False}),
        # a slash count that is no length is asked; out of 10 it is a rating
        ("2/7 - 20 sec hold x 20", {"ambiguous": True}),
        ("for 2/3", {"ambiguous": True}),
        ("pain 3/10, 3 x 10 daily", {"ambiguous": False, "sets": 3}),
        ("daily for 6/52", {"duration_days": 42}),
    ],
)
def test_stacked_counts_and_slashes(text: str, fields: dict[str, object]) -> None:
    got = read(text).as_dict()
    assert {k: got[k] for k in fields} == fields
