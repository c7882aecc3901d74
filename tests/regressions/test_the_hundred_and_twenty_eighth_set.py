"""
Rules made from the blind set -128 (sports physiotherapy loading and plyometrics;
plain-English leaflets on arthritis, bones, lungs, heart, dementia and frailty): each test
names the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "days"),
    [("The protocol takes 12 weeks to full completion", 84), ("The programme takes 6 weeks", 42)],
)
def test_a_programme_that_takes_a_time_is_a_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


def test_recovery_that_takes_a_time_is_no_course() -> None:
    assert read("Recovery takes 6 weeks").duration_days is None


def test_a_double_session_daily_is_twice_a_day() -> None:
    assert read("Double session daily").times_per_day == 2


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Depending what level they are, they do 1, 2 or 3 sets.", "sets", (1, 3)),
        ("do 8, 10 or 12 reps", "reps", (8, 12)),
    ],
)
def test_a_list_of_counts_is_their_range(text: str, field: str, value: tuple[int, int]) -> None:
    got = getattr(read(text), field)
    assert (got.low, got.high) == value


# A fourteenth fresh-eyes review's findings, and a rule from the blind set -129.


@pytest.mark.parametrize(
    ("text", "noted"),
    [
        ("If mild pain progress weekly", False),
        ("If no pain progress weekly", False),
        ("Pain increases every day", True),
        ("Pain and swelling increase each day", True),
    ],
)
def test_a_symptom_that_changes_only_where_it_is_the_subject(text: str, noted: bool) -> None:
    reading = read(text)
    assert ("a symptom that changes" in reading.note) is noted
    assert reading.ambiguous is not noted


def test_what_takes_a_time_to_work_is_no_course() -> None:
    assert read("These exercises take 6 weeks to work").duration_days is None


@pytest.mark.parametrize(
    "text", ["3 separate times throughout the day", "at 3 different times of day"]
)
def test_separate_times_through_the_day_are_sessions(text: str) -> None:
    assert read(text).times_per_day == 3


def test_a_week_numbered_before_a_list_is_no_count() -> None:
    assert read("Week 1, 2 or 3 sets").sets is not None
    assert read("Week 1, 2 or 3 sets").ambiguous


@pytest.mark.parametrize(
    ("text", "per_week"),
    [("3 days of bed exercises a week", 3), ("2 days of flare management a week", 2)],
)
def test_bed_exercises_and_flare_management_are_activities(text: str, per_week: int) -> None:
    assert read(text).times_per_week == per_week


def test_either_of_two_counts_is_asked() -> None:
    reading = read("perform a maintenance exercise program either 1 or 4 times per week")
    assert reading.ambiguous
    assert "two counts, not a range" in reading.note
