"""
Regression: a stretch's "1 minute per side" was a timed bout (its number kept in the dose
but not as the hold the handout means), and counts of movements the vocabulary lacked
("Do 10 clamshells", "20 sit to stands", "Do eight releves") were refused, and so was
a count of times after the reps and a side ("10 reps 3x on each side").
"""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Calf Stretching: 1 minute per side.", 60),
        ("Pigeon stretch 2 minutes per side", 120),
        ("Calf stretch 30 seconds each side", 30),
    ],
)
def test_a_stretch_timed_per_side_is_a_hold(text: str, hold: int) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.per_side) == (hold, True)


def test_a_release_timed_per_side_stays_a_bout() -> None:
    reading = read("Foam roll 1 minute each side")
    assert reading.hold_seconds is None
    assert reading.dose is not None
    assert reading.dose.duration == dt.timedelta(minutes=1)


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Do 10 clamshells", 10),
        ("20 sit to stands", 20),
        ("Do 8 pelvic tilts", 8),
        ("Do eight releves", 8),
        ("Make 10 fists", 10),
    ],
)
def test_a_count_of_a_movement_is_the_repetitions(text: str, reps: int) -> None:
    assert read(text).reps == reps


def test_pulses_added_to_each_repetition_are_not_the_repetitions() -> None:
    reading = read("Add five pulses to each of your 10 to 15 repetitions.")
    assert reading.reps != 5


@pytest.mark.parametrize(
    ("text", "per_side"),
    [
        ("Complete 10 reps 3x on each side", True),
        ("10 reps each side x3", True),
        ("10 reps both hands x3", False),
        ("repeat 10 reps, 3x", False),
    ],
)
def test_a_count_of_times_after_the_reps_and_a_side_is_the_sets(text: str, per_side: bool) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.per_side) == (3, 10, per_side)


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Take 3 to 5 long, slow, deep breaths in, through your nose if you can.", [3, 5]),
        ("Begin with 4 – 6 short jogs per a 2 mile walk.", [4, 6]),
        ("6-10 strides after easy runs", [6, 10]),
    ],
)
def test_words_describing_the_movement_may_stand_between_count_and_name(
    text: str, reps: list[int]
) -> None:
    assert read(text).as_dict()["reps"] == reps


@pytest.mark.parametrize(
    "text",
    [
        "Band 90 degree drive rotate press. 10 each slow",
        "One should perform these stretches at least three times a day",
        "Then 6 X ~20 meter flying strides.",
    ],
)
def test_a_unit_or_a_verb_between_count_and_name_is_no_count_of_it(text: str) -> None:
    try:
        reps = read(text).reps
    except PhraseError:
        return  # refused: not read as a count of the movement either
    assert reps not in (90, 1, 20)
