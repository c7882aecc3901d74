"""
The sixty-seventh fresh-eyes review's findings: a range of lengths with a fraction after a
count or a label, a count of times at a period, words of a progression and a measure, a
gap between unknown things, a day's once in another clause, an arrival with its state,
and the blind set -189.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("2 x 1-1.5 min hold each side", Range(60, 90)),
        ("Hold: 1-1.5 min", Range(60, 90)),
        ("3 x 0.5-1 min holds", Range(30, 60)),
        ("3 sets of 0.5-1 min", Range(30, 60)),
    ],
)
def test_a_rising_range_with_a_fraction_after_a_count_is_read_in_seconds(
    text: str, hold: Range[int]
) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    ("text", "per_day", "per_week"),
    [
        ("Continue physio at 2 x weekly", None, 2),
        ("Ice at 3 x day", 3, None),
        ("Stretch at 3 x daily", 3, None),
    ],
)
def test_a_count_at_a_period_is_how_often(
    text: str, per_day: int | None, per_week: int | None
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week) == (per_day, per_week)


def test_a_hold_stepped_each_week_is_a_progression() -> None:
    assert read("Progress the hold by 5 seconds every week").times_per_week is None


def test_a_daily_pain_level_is_a_measure() -> None:
    assert read("Note your daily pain level").times_per_day is None


def test_weeks_between_a_thing_not_named_as_a_stage_are_a_gap_asked() -> None:
    reading = read("Wait 4 weeks between cortisone shots")
    assert reading.every_n_days == 28
    assert reading.ambiguous


def test_once_a_day_in_another_clause_leaves_x_days_asked() -> None:
    assert read("Stretch every morning; jog 20 min x 3 days").ambiguous


def test_an_arrival_with_its_state_is_still_an_arrival() -> None:
    assert read("Arrive fed and hydrated 30 minutes before your class").anchor is None


def test_a_session_verb_after_the_arrival_keeps_the_anchor() -> None:
    assert str(read("Arrive early and stretch 5 minutes before the class").anchor) == (
        "before class"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Bend each of your knees and squeeze a pillow between them 10 times",
        "Lift each of your legs and lift your upper body 10 times",
    ],
)
def test_limbs_working_together_or_for_the_upper_body_are_no_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    ("text", "time"),
    [("Practise an hour each evening", "evening"), ("Wear the splint an hour each night", "night")],
)
def test_an_hour_each_part_of_the_day_is_a_length_then(text: str, time: str) -> None:
    reading = read(text)
    assert reading.times_per_day == 1
    assert reading.time_of_day == (time,)


def test_relief_needed_is_as_needed() -> None:
    assert read("Repeat whenever easing of pain is needed").prn


@pytest.mark.parametrize(
    "text",
    [
        "the patient can continue to practice the progressive relaxation exercises daily and "
        "whenever they experience a headache.",
        "Apply ice for 15 min when you have a migraine",
    ],
)
def test_a_headache_or_a_migraine_is_a_symptom(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        pytest.fail(f"refused {text!r}")
    assert reading.prn


@pytest.mark.parametrize(
    ("text", "per_day", "per_week"),
    [("Keep at twice weekly for 6 weeks", None, 2), ("Keep the exercises at 2 x daily", 2, None)],
)
def test_keeping_at_a_count_a_period_is_how_often(
    text: str, per_day: int | None, per_week: int | None
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week, reading.reps) == (
        per_day,
        per_week,
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Please arrive changed and ready 10 minutes before your session",
        "Arrive rested and hydrated before each run",
    ],
)
def test_an_arrival_said_with_how_to_come_is_no_anchor(text: str) -> None:
    assert read(text).anchor is None
