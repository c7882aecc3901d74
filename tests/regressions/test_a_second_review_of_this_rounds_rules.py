"""
Regression: a second fresh-eyes review of this round's rules (1,426 probes). A dash still
joined a hold to any rest word off a list ("Hold 10 seconds – 1 minute of rest"); a dash
range within minutes lost its end ("Hold 1 min - 2 mins"); any turning word in the clause
took away each side ("Lunge with rotation x 8 + 8", "Clams x 15 + 15, don't roll back");
feet and steps to the left and right were repetitions each side, and "forward and
backward", "side to side" and glances were sides.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Hold 10 seconds – 1 minute of rest, x 5", 10),
        ("Hold 10 s - 1 min in between, x 5", 10),
        ("Hold 20 s - 2 min breather, 3 reps", 20),
        ("Hold 1 min - 2 mins", Range(60, 120)),
        ("Hold for 1 min – 1.5 min", Range(60, 90)),
        ("Hold 1 min - 2 min each side", Range(60, 120)),
        ("Hold for 30 seconds – 1 minute.", Range(30, 60)),
    ],
)
def test_a_dash_joins_two_lengths_only_when_nothing_else_follows(text: str, hold: object) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text",
    [
        "Lunge with rotation x 8 + 8",
        "Clams x 15 + 15, don't roll back",
        "Single leg RDL x 8 + 8, no twisting",
        "Split squat x 10 + 10, keep looking ahead",
        "Calf raises 10 on the left and 10 on the right, don't lean forwards",
    ],
)
def test_a_turning_word_that_is_no_direction_of_the_count_keeps_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Pelvic tilts x 10 + 10 forward and backward",
        "Glance 5 times to the left and 5 times to the right",
        "Eye movements x 10 + 10 side to side",
        "Arm circles x 10 + 10 forwards and backwards",
    ],
)
def test_a_direction_said_with_the_count_is_no_side(text: str) -> None:
    reading = read(text)
    assert not reading.per_side
    assert reading.reps in (5, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Walk 20 feet to the left and 20 feet to the right",
        "Take 2 steps to the left and 2 steps to the right",
    ],
)
def test_a_distance_to_the_left_and_right_is_no_repetition(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert reading.reps is None


@pytest.mark.parametrize(
    "text", ["Do not hold for 30 seconds", "Never hold for more than 10 seconds"]
)
def test_a_negated_hold_with_a_length_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.hold_seconds is None


def test_no_hold_alone_is_no_hold() -> None:
    reading = read("Stretch 10 times, no hold")
    assert (reading.reps, reading.hold_seconds, reading.ambiguous) == (10, None, False)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Exercise any day but Monday", ("TU", "WE", "TH", "FR", "SA", "SU")),
        ("3 x 10 daily, Sunday excepted", ("MO", "TU", "WE", "TH", "FR", "SA")),
    ],
)
def test_a_day_excepted_is_never_the_session_day(text: str, days: tuple[str, ...]) -> None:
    assert read(text).days_of_week == days


def test_a_day_of_no_training_is_a_rest_day() -> None:
    reading = read("Friday: no training")
    assert not reading.days_of_week
    assert "a rest day" in reading.note
