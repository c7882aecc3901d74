"""
Regression: rules from the blind sets `-51` and `-52`. "AC" and "PC" in a name ("an AC
technique", "the AC joint") were medicine's codes for before and after meals; a limb
named with an adjective ("each upper trap") was no side; a count for each side followed
by the sets ("Side leg raises- 20 each side x 2") was refused as two counts; and a count
said again with "another" or "a further" was passed over ("Perform 10 repetitions ... and
repeat a further 10 times" was one set of 10).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Daily airway clearance routine (Choosing an AC Technique)",
        "AC joint stretch 3 x 10 daily",
        "The AC routine should be reviewed every 6 months",
        "PC muscle squeezes 10 x daily",
    ],
)
def test_the_letters_of_a_name_are_no_meal(text: str) -> None:
    assert read(text).anchor is None


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("1 tab ac", "before meal"),
        ("drug name 250 mg Ac bid x 10 days", "before meal"),
        ("1 tds pc", "after meal"),
        ("3 x 10 pc", "after meal"),
        ("ac and hs", "before meal"),
    ],
)
def test_medicines_meal_codes_stay(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    "text",
    [
        "Start by stretching each upper trap for about 30 seconds",
        "Hold 30 s on each lower leg",
        "3 x 10 with either inner thigh",
    ],
)
def test_a_limb_named_with_an_adjective_is_a_side(text: str) -> None:
    assert read(text).per_side


@given(
    reps=st.integers(2, 30),
    sets=st.integers(2, 6),
    side=st.sampled_from(["each side", "per side", "/side", "each leg", "per arm"]),
)
def test_a_count_for_each_side_then_the_sets(reps: int, sets: int, side: str) -> None:
    reading = read(f"Clams {reps} {side} x {sets}")
    assert (reading.sets, reading.reps, reading.per_side) == (sets, reps, True)
    assert not reading.ambiguous


@given(reps=st.integers(3, 30), word=st.sampled_from(["another", "a further"]))
def test_the_same_count_again_is_a_second_set(reps: int, word: str) -> None:
    reading = read(f"Perform {reps} repetitions, rest for 1 minute and repeat {word} {reps} times.")
    assert (reading.sets, reading.reps) == (2, reps)


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("Hold 5 s. Repeat another 5 times", None, 6),  # as "5 more times": 6 in all
        ("repeat a further 10 times", None, 11),
        ("Hold for 20 seconds. Repeat another five to 10 times, twice a day.", 2, Range(5, 10)),
    ],
)
def test_another_count_alone_is_read_as_more(text: str, sets: int | None, reps: object) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "perform specific exercises at the beginning of each training session twice a week",
            "before training",
        ),
        ("At the start of every session do 2 x 10 bridges", "before session"),
        ("at the end of each run, 3 x 30 s calf stretch", "after run"),
        ("Finish runs with about four to five strides.", "after run"),
        ("end each session with 3 x 30 s stretches", "after session"),
    ],
)
def test_the_start_or_end_of_an_event_is_before_or_after_it(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    "text",
    [
        "A beginner might benefit from starting with two to three days a week",
        "Begin with 10 squats",
    ],
)
def test_starting_with_a_count_is_no_event(text: str) -> None:
    assert read(text).anchor is None
