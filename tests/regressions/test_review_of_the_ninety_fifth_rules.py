"""
What a fresh-eyes review found in the rules made for the blind sets up to -95: each test
names the rule, with the review's phrases and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "If pain is 6/10, it's ok to take 2 paracetamol every 6 hours",
        "If pain reaches 6/10 it is ok to use ice 3 times a day",
        "If pain is 6/10, continue to take painkillers",
        "If pain reaches 6/10, keep taking painkillers",
        "If pain is 6/10, reduce it with ice",
        "If pain reaches 6/10, decrease the swelling with ice",
        "If pain reaches 6/10, keep your leg elevated",
        "If pain reaches 6/10, you can hold the ice pack on for 10 minutes",
        "If pain is 3 out of 10 or less you can continue taking painkillers",
        "If pain reaches 6/10, carry out 10 ankle pumps",
    ],
)
def test_a_treatment_at_a_symptoms_level_is_as_needed(text: str) -> None:
    assert read(text).prn


@pytest.mark.parametrize(
    "text",
    [
        "If pain reaches 6/10, keep your exercises the same",
        "If pain reaches 6/10, keep your sets at 3 x 10",
        "If pain is 6/10, continue to use the leg",
        "If pain is 6/10, continue to take the stairs",
        "If pain is 6/10, continue taking it easy",
        "If pain is 6/10, reduce the pain level by doing fewer reps",
        "If pain is 6/10, reduce pain-provoking activity",
        "If pain is 3 out of 10 or less you can continue",
        "If pain reaches 6/10, it's ok to keep going",
        "If pain is 6/10, it is fine to continue",
        "If the pain is at 4/10 during exercise, that could also be acceptable",
        "If pain is 4/10, that's perfectly acceptable",
        "If pain is 4/10, that is acceptable and you can continue",
        "If pain reaches 6/10, you can carry on",
    ],
)
def test_working_at_a_symptoms_level_is_no_as_needed(text: str) -> None:
    reading = read(text)
    assert not reading.prn
    assert "a level of the symptom, not as needed" in (reading.note or "")


def test_reducing_the_dose_at_a_level_is_a_change_not_as_needed() -> None:
    reading = read("If pain is 6/10, reduce it to 2 sets")
    assert (reading.prn, reading.ambiguous) == (False, True)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The exercises will continue being progressed in 6 weeks", None),
        ("Your brace will continue being adjusted in the first 6 weeks", None),
        ("You will continue being sore in the first 2 weeks", None),
        ("The brace should continue being worn in the first 6 weeks", 42),
        ("Exercises should continue being done in the first 6 weeks", 42),
        ("You will continue doing these in the first 2 weeks", 14),
    ],
)
def test_continuing_being_done_is_the_course_only_when_done_or_worn(
    text: str, days: int | None
) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    "text",
    [
        "Run 2 min, rest 1 min and repeat",
        "Wall sit for 45 seconds, rest 2 minutes and repeat",
        "Walk for 5 minutes, rest 1 minute and repeat",
    ],
)
def test_repeating_a_timed_bout_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "'repeat' after a timed bout" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("10 x 5 second holds, rest 1 minute and repeat", 10),
        ("3 x 30 sec holds, rest 1 minute and repeat", 3),
        ("5 x 5 s hold, rest and repeat", 5),
        ("Do 10 reps, rest 30 seconds and repeat", 10),
    ],
)
def test_repeating_repetitions_of_holds_is_a_second_set(text: str, reps: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (2, reps, False)


@pytest.mark.parametrize(
    "text",
    [
        "10 reps x 3, rest 1 minute and repeat",
        "3 x 10, rest 1 minute and repeat",
        "Week 1: 3 x 10, rest and repeat",
    ],
)
def test_repeating_after_the_sets_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.sets, reading.ambiguous) == (3, True)
    assert "all of them again?" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "hold each hip raise for 5 seconds",
        "hold each knee lift for 5 seconds",
        "hold each heel raise for 5 seconds",
    ],
)
def test_holding_each_raise_of_one_part_is_each_repetition(text: str) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.per_side, reading.ambiguous) == (5, False, False)


@pytest.mark.parametrize(
    "text",
    [
        "hold each leg raise for 5 seconds, 10 reps each leg",
        "hold each side raise 5 seconds, switch sides",
    ],
)
def test_holding_each_leg_raise_with_the_side_said_again_is_not_asked(text: str) -> None:
    reading = read(text)
    assert (reading.per_side, reading.ambiguous) == (True, False)


def test_holding_each_leg_raise_alone_is_asked() -> None:
    reading = read("hold each leg raise for 5 seconds")
    assert reading.ambiguous
    assert "each side, or each repetition?" in (reading.note or "")
