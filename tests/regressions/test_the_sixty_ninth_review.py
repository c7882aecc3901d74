"""
The sixty-ninth fresh-eyes review's findings: each one before a dash, a symptom before an
instruction, a level kept or recorded, arrivals with what one does on coming, a thing
squeezed between, and the thing a gap of weeks falls between.
"""

from __future__ import annotations

import pytest

from rehabplan.model import Range
from rehabplan.phrases import read


def test_each_one_then_a_length_after_a_dash_is_the_length() -> None:
    assert read("Hold each one - 30 seconds").hold_seconds == 30


@pytest.mark.parametrize(
    "text",
    [
        "If stiff go for a 10 minute walk",
        "When tight ease gently into the stretch, hold 30 s",
        "Whenever you feel stiff go for a walk",
    ],
)
def test_a_symptom_then_an_instruction_is_as_needed(text: str) -> None:
    assert read(text).prn


@pytest.mark.parametrize(
    "text",
    ["If your migraines improve, walk 20 min daily", "When the spasms ease, stretch 3 x 30 s"],
)
def test_symptoms_that_ease_in_the_plural_are_no_as_needed(text: str) -> None:
    assert not read(text).prn


@pytest.mark.parametrize(
    "text", ["Keep your daily level below 4/10", "Record your daily pain level in a diary"]
)
def test_a_level_kept_or_recorded_is_a_measure(text: str) -> None:
    assert read(text).times_per_day is None


@pytest.mark.parametrize(
    "text",
    [
        "Arrive and warm up 10 minutes before the class",
        "Arrive and speed walk 10 minutes before the class",
    ],
)
def test_a_session_verb_after_an_arrival_keeps_the_anchor(text: str) -> None:
    assert str(read(text).anchor) == "before class"


def test_signing_in_on_arrival_is_no_session() -> None:
    assert read("Arrive and sign in 10 minutes before the class").anchor is None


@pytest.mark.parametrize(
    "text",
    [
        "Bend each of your knees and squeeze a cushion in between 10 times",
        "Bend each of your knees and squeeze a pillow between, 10 times",
    ],
)
def test_a_thing_squeezed_in_between_is_no_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text",
    ["Leave 2 weeks between each phase of treatment", "Allow 2 weeks between treatment reviews"],
)
def test_weeks_between_phases_or_reviews_of_treatment_are_a_note(text: str) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.duration_days) == (None, None)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Leave 2 weeks between step classes", 14),
        ("wait at least four weeks between each of your treatments.", 28),
        ("Wait 4 weeks between cortisone shots", 28),
    ],
)
def test_weeks_between_sessions_of_any_name_are_a_gap_asked(text: str, days: int) -> None:
    reading = read(text)
    assert reading.every_n_days == days
    assert reading.ambiguous


def test_every_one_dash_a_number_of_hours_is_a_range() -> None:
    assert read("Get up every one - 2 hours").times_per_day == Range(12, 24)


@pytest.mark.parametrize("text", ["Daily level walk 20 min", "Daily level cycling 20 min"])
def test_level_before_a_way_of_moving_is_the_ground_not_a_measure(text: str) -> None:
    assert read(text).times_per_day == 1


@pytest.mark.parametrize(
    "text",
    [
        "Lift each of your legs and rest between 3 sets of 10",
        "Lift each of your legs and pause in between, 10 times",
    ],
)
def test_a_rest_in_between_keeps_the_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "If tight reduce the hold to 10 s",
        "If your knee hurts stop the exercise",
        "If you feel dizziness stop and sit down",
    ],
)
def test_a_rule_to_do_less_or_stop_is_no_as_needed(text: str) -> None:
    assert not read(text).prn


def test_a_symptom_said_with_a_verb_then_an_instruction_is_as_needed() -> None:
    assert read("If your hip aches go through the stretches").prn
