"""
Regression: rules from the blind sets `-84` to `-86`. "exhibit symptoms for at least 12
weeks" and "as early as one week" were courses; "for 12 weeks or more" was a course
unasked; "take a break of 3 minutes before starting the next set" tied each session to
exercise; "30ml per kg in 24 hours" was a one-day course; "your daily physical activity"
was once a day; "If you feel any pain, perform this exercise slower" was as needed; "a
cadence set 5-10% higher" was 5-10 sets.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "exhibit symptoms for at least 12 weeks",
        "patients who have pain for more than 6 weeks",
        "some may be cleared as early as one week.",
        "start as soon as 2 weeks",
    ],
)
def test_a_symptom_s_length_or_a_point_in_time_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@given(st.integers(min_value=2, max_value=52), st.sampled_from(["or more", "or longer"]))
def test_a_length_with_no_end_is_asked(weeks: int, more: str) -> None:
    reading = read(f"Continue the exercises for {weeks} weeks {more}")
    assert reading.ambiguous
    assert "no end" in reading.note


def test_a_break_before_the_next_set_is_a_rest_not_an_event() -> None:
    reading = read("Repeat four times then take a break of 3 minutes before starting the next set.")
    assert reading.anchor is None


@pytest.mark.parametrize("text", ["8 times in 24 hours", "30ml per kg in 24 hours"])
def test_in_24_hours_is_a_day_never_a_course(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert reading.duration_days is None


def test_in_the_first_hours_is_still_a_course() -> None:
    assert read("Ice in the first 48 hours").duration_days == 2


def test_daily_physical_activity_is_everyday_life() -> None:
    reading = read(
        "Include muscle-strengthening activities as part of your daily physical activity on "
        "at least 2 days each week."
    )
    assert (reading.times_per_day, reading.times_per_week) == (None, 2)


@pytest.mark.parametrize("change", ["perform this exercise slower", "do it more gently"])
def test_a_symptom_then_doing_it_more_gently_is_no_session(change: str) -> None:
    reading = read(f"Repeat this exercise 15 times. If you feel any pain, {change}.")
    assert not reading.prn
    assert reading.reps == 15


@pytest.mark.parametrize("percent", ["5%", "5-10%", "10 %"])
def test_a_percentage_after_set_is_no_count_of_sets(percent: str) -> None:
    reading = read(
        f"five minutes of gait retraining at a cadence set {percent} higher than baseline"
    )
    assert reading.sets is None


def test_from_morning_to_evening_is_all_day_not_two_sessions() -> None:
    reading = read("Elastic compression, during the day (every day, from morning to evening)")
    assert reading.times_per_day == 1
    assert reading.time_of_day is None
    assert reading.ambiguous


def test_a_single_unit_or_longer_is_asked() -> None:
    reading = read("If exercise is stopped for a week or longer, start again at a low level.")
    assert reading.ambiguous
    assert "no end" in reading.note
