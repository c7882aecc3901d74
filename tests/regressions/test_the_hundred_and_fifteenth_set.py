"""
Rules made from the blind set -115 (hand therapy, swallowing, voice and eye exercises;
breathing trainers, falls prevention, bone loading and pregnancy): each test names the
rule, with the set's phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("All this with only one class a week!", "times_per_week", 1),
        ("Go to one yoga class a week", "times_per_week", 1),
        ("one walk a day", "times_per_day", 1),
        ("3 long easy runs a week", "times_per_week", 3),
    ],
)
def test_one_outing_a_period_is_a_session(text: str, field: str, value: int) -> None:
    reading = read(text)
    assert getattr(reading, field) == value
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    ["a brisk 10 minute walk each day", "Take a 15 to 30-minute brisk walk every day"],
)
def test_one_walk_of_a_length_is_one_session(text: str) -> None:
    assert read(text).times_per_day == 1


@pytest.mark.parametrize(
    "text",
    [
        "Massage every day for 6 months to 1 year after surgery.",
        "Massage daily for 6 weeks to 3 months",
        "Wear the splint at night for 2 weeks to 10 days",
    ],
)
def test_a_course_of_lengths_in_two_units_is_a_range_asked(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert reading.ambiguous and "a duration given as a range" in (reading.note or "")
    assert reading.times_per_day == 1


def test_two_lengths_apart_are_still_refused() -> None:
    from rehabplan.errors import PhraseError

    with pytest.raises(PhraseError, match="say different things"):
        read("Do this for 6 weeks, 3 months")


@pytest.mark.parametrize(
    "text",
    [
        "Stand on one leg during tooth brushing",
        "conducted twice daily during tooth brushing routines",
        "twice daily for three minutes each during their daily tooth brushing routine",
        "every day while brushing their teeth for 50 weeks",
        "Stand on one leg during toothbrushing",
    ],
)
def test_tooth_brushing_is_brushing_teeth(text: str) -> None:
    assert read(text).as_dict()["anchor"] == "when brushing teeth"


@pytest.mark.parametrize(
    "text",
    [
        "your inspiratory muscles need around 6 hours to recover after training",
        "In the IMT group, the walking distance increased after the training period",
        "The pre-workout phase is 2 weeks",
    ],
)
def test_a_recovery_or_a_span_of_the_course_is_no_event(text: str) -> None:
    assert read(text).anchor is None


def test_an_event_is_still_tied_when_nothing_says_otherwise() -> None:
    assert read("Stretch after training").as_dict()["anchor"] == "after training"


@pytest.mark.parametrize(
    "text",
    [
        "use your other hand to move your fingers through their full range 5 times",
        "Use your other hand to bend your fingers 5 times",
    ],
)
def test_a_hand_used_to_move_the_other_helps(text: str) -> None:
    reading = read(text)
    assert reading.reps == 5 and not reading.per_side


def test_the_other_hand_used_after_a_dose_is_the_other_side() -> None:
    assert read("Repeat 10 times, then use your other hand").per_side


def test_building_up_a_tolerance_to_a_count_is_a_target() -> None:
    reading = read("Repeat 5 times, building up your tolerance to repeat 10 times.")
    assert reading.reps == 5 and reading.ambiguous
    assert "progressing to 10 times" in (reading.note or "")


def test_working_up_to_holding_is_the_hold() -> None:
    assert read("Work up to holding 1 minute.").hold_seconds == 60
