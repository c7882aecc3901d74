"""
The sixty-eighth fresh-eyes review's findings: an arrival with another verb joined, a
rest between repetitions, symptoms that ease said in the plural, a stop of a symptom, level
walking, and gaps between classes of a kind.
"""

from __future__ import annotations

import pytest

from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Arrive and foam roll 5 minutes before the class",
        "Arrive early and spend 5 minutes stretching before the session",
    ],
)
def test_another_verb_joined_to_an_arrival_keeps_the_anchor(text: str) -> None:
    assert read(text).anchor is not None


def test_a_rest_between_repetitions_keeps_the_side() -> None:
    assert read("Lift each of your legs and rest between lifts, 10 times").per_side


@pytest.mark.parametrize(
    "text",
    ["If your migraines improve, walk 20 min daily", "When the spasms ease, stretch 3 x 30 s"],
)
def test_symptoms_that_ease_are_no_as_needed(text: str) -> None:
    assert not read(text).prn


def test_stopping_a_symptom_is_no_as_needed() -> None:
    assert not read("Walk daily when you stop getting headaches").prn


def test_level_walking_daily_is_daily() -> None:
    assert read("Daily level walking, 20 minutes").times_per_day == 1


@pytest.mark.parametrize(
    "text", ["Note your daily pain level", "Keep your weekly level of activity steady"]
)
def test_a_level_said_alone_or_of_something_is_a_measure(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week) == (None, None)


def test_weeks_between_classes_of_a_kind_are_a_gap() -> None:
    reading = read("Leave 2 weeks between step classes")
    assert reading.every_n_days == 14
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text", ["Repeat 10 times every one - two hours.", "Repeat 10 times every one-two hours."]
)
def test_every_one_dash_two_hours_is_a_range_of_hours(text: str) -> None:
    reading = read(text)
    assert reading.times_per_day == Range(12, 24)
    assert reading.ambiguous


def test_each_one_then_a_count_after_a_dash_is_the_count() -> None:
    assert read("do each one - 10 times").reps == 10
