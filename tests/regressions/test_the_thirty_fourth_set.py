"""
Regression: the thirty-fourth blind set. "three sets of 60 second walks" and "five sets of
one minute simulated skating" were holds, as was "towel grabbing: 2 x 2 minutes"; "each
stretch session should last no more than 1 minute" was a one-minute hold, when it is
how long a session lasts.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Do three sets of 60 second walks daily.",
        "Five sets of one minute simulated skating on the slideboard.",
        "Towel grabbing: 2 x 2 minutes",
        "3 x 5 minute rides",
    ],
)
def test_moving_work_for_a_time_is_no_hold(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is None
    assert reading.dose is not None and reading.dose.duration is not None


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("each stretch session should last no more than 1 minute", 60),
        ("The session should last 30 minutes", 1800),
        ("stretching sessions last about 10 minutes", 600),
    ],
)
def test_how_long_a_session_lasts_is_no_hold(text: str, seconds: int) -> None:
    reading = read(text)
    assert reading.hold_seconds is None
    assert reading.dose is not None and reading.dose.duration is not None
    assert reading.dose.duration.total_seconds() == seconds


@pytest.mark.parametrize(
    ("text", "days"),
    [("Each group will last for 10 weeks", 70), ("The programme will last 12 weeks", 84)],
)
def test_how_long_a_programme_lasts_is_its_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


def test_how_long_a_symptom_lasts_is_no_course() -> None:
    reading = read("3 x 10 daily; the pain will last for 6 weeks")
    assert reading.duration_days is None
    assert "an expected time" in (reading.note or "")


def test_a_series_of_exercises_is_no_set() -> None:
    reading = read("Here's a series of exercises that you can do 2-3 times a week at home.")
    assert reading.sets is None
    assert reading.as_dict()["times_per_week"] == [2, 3]


def test_longer_if_needed_is_no_as_needed() -> None:
    reading = read("10 week program (longer if needed)")
    assert (reading.duration_days, reading.prn) == (70, False)
    assert "longer if needed" in (reading.note or "")


def test_how_long_a_programme_lasts_in_hours_is_no_course() -> None:
    reading = read("The class will last 2 hours, twice a week")
    assert (reading.duration_days, reading.times_per_week) == (None, 2)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("End every run with 5-10 minutes of slow walking", "after run"),
        ("Finish each session with 3 x 30 s stretches", "after session"),
        ("conclude all workouts with a set of 10 toe raises", "after exercise"),
        ("Begin each session with 5-10 minutes of warm-up", "before session"),
    ],
)
def test_ending_each_event_with_a_dose_is_after_it(text: str, anchor: str) -> None:
    assert read(text).as_dict()["anchor"] == anchor
