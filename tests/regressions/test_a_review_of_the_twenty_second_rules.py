"""
Regression: a review of the reader after the twenty-second blind set. Rest days said
with "but", "bar", "other than", "apart from", a heading ("Rest day: Sunday"), "off" or
"skip", and weekends off, were read as the days of the sessions; a count with a scale
word before hours ("100 billion hours") raised an `OverflowError`; "eaten" was split
into "ea" (each side) and "ten".
"""

from __future__ import annotations

import pytest

from rehabplan import parse_dose, parse_timing
from rehabplan.errors import PhraseError
from rehabplan.phrases import read

_ALL_BUT_SUNDAY = ("MO", "TU", "WE", "TH", "FR", "SA")


@pytest.mark.parametrize(
    "text",
    [
        "Every day but Sunday",
        "daily other than Sundays",
        "every day bar Sunday",
        "Every day apart from Sunday",
        "Exercise every day. Rest day: Sunday.",
        "Exercise daily; Sunday is your day off",
        "Skip Sundays, otherwise daily",
        "3 x 10 every day, Sunday off",
    ],
)
def test_a_rest_day_beside_daily_leaves_the_other_days(text: str) -> None:
    reading = read(text)
    assert reading.days_of_week == _ALL_BUT_SUNDAY
    assert not reading.ambiguous


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Rest day on Wednesday", ("MO", "TU", "TH", "FR", "SA", "SU")),
        ("Day off: Friday", ("MO", "TU", "WE", "TH", "SA", "SU")),
        ("Weekend off", ("MO", "TU", "WE", "TH", "FR")),
        ("Rest at weekends", ("MO", "TU", "WE", "TH", "FR")),
        ("Take weekends off", ("MO", "TU", "WE", "TH", "FR")),
        ("Weekends are rest days", ("MO", "TU", "WE", "TH", "FR")),
    ],
)
def test_rest_days_alone_are_asked_never_the_session_days(text: str, days: tuple[str, ...]) -> None:
    reading = read(text)
    assert reading.days_of_week == days
    assert reading.ambiguous
    assert "names the rest days only" in (reading.note or "")


def test_a_plan_s_rest_row_alone_is_noted() -> None:
    reading = read("Monday: Rest Day")
    assert (reading.days_of_week, reading.ambiguous) == (None, False)
    assert "a rest day, not a session" in (reading.note or "")


def test_a_rest_day_beside_named_session_days_is_not_one_of_them() -> None:
    assert read("Rest day Monday, run Tue/Thu/Sat").days_of_week == ("TU", "TH", "SA")


@pytest.mark.parametrize(
    "text",
    [
        "100 billion hours",
        "walk 100 billion hours",
        "hold million billion min",
        "hundred billion hours",
    ],
)
def test_a_length_too_long_for_any_clock_is_refused(text: str) -> None:
    for reader in (read, parse_dose, parse_timing):
        with pytest.raises(PhraseError):
            reader(text)


def test_eaten_is_no_side() -> None:
    assert not read("After you've eaten, 10 reps").per_side


@pytest.mark.parametrize(
    "text",
    [
        "Burpees 3 x 30 s",
        "Jumping jacks 3 x 45 seconds",
        "Hill repeats 8 x 60s",
    ],
)
def test_timed_moving_work_is_asked_not_held(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "timed bouts" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Star jumps for 30 seconds",
        "Foam roll each muscle for 60 seconds",
        "Massage the area with a tennis ball for 60 seconds",
        "Kick your legs for 30 seconds",
        "Rock your knee from side to side for 30 seconds",
    ],
)
def test_moving_for_a_time_is_a_bout(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is None
    assert reading.dose is not None and reading.dose.duration is not None


@pytest.mark.parametrize(
    "text",
    ["Hold the calf stretch for 30 seconds", "keeping the roller on them for roughly 60 seconds"],
)
def test_held_still_for_a_time_is_a_hold(text: str) -> None:
    assert read(text).hold_seconds is not None


@pytest.mark.parametrize(
    "text",
    [
        "Your physiotherapist will review you in 2 weeks.",
        "3 x 10 daily. We will see you again in 2 weeks.",
        "See your GP in 2 weeks",
        "Twice daily; we'll check your progress in 4 weeks",
    ],
)
def test_a_visit_in_some_weeks_is_a_review_not_a_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "a review, not a course length" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "From 2 weeks, 3 x 10 daily",
        "From 6 weeks: jogging 3 times a week",
        "From 6 weeks onwards, 3 x 15 daily",
        "Starting from 2 weeks, do 3 x 10",
    ],
)
def test_a_start_said_first_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "a start after an event" in (reading.note or "")


def test_a_course_from_today_is_still_a_course() -> None:
    assert read("3 x 10 daily for 2 weeks from today").duration_days == 14


def test_days_this_week_are_days_a_week() -> None:
    assert read("Run 3 days this week").times_per_week == 3


def test_days_next_week_are_a_later_week_asked() -> None:
    reading = read("Exercise 3 days next week")
    assert (reading.duration_days, reading.ambiguous) == (None, True)
