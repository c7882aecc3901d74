"""
Regression: rules from the blind sets `-62` and `-63`. "Tues, Thurs, and Sat" lost its
Saturday; "start at 6:45 a.m. and end at 7:30 a.m." was two sessions a day; "3-5x your
body weight" was 3-5 repetitions; "increase your mileage by more than 5-10% every two
weeks" was every 14 days; "Monday 6th January" was every Monday; "with the remaining 2
days as rest days" was a course of 2 days.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("it was an aquatic aerobics class Tues, Thurs, and Sat.", ("TU", "TH", "SA")),
        ("I sat down on Monday, and sat still", ("MO",)),
    ],
)
def test_the_last_day_of_a_list(text: str, days: tuple[str, ...]) -> None:
    assert read(text).days_of_week == days


def test_a_start_and_an_end_time_are_one_session() -> None:
    reading = read("The class will start at 6:45 a.m. and end at 7:30 a.m.")
    assert reading.times_per_day == 1
    assert tuple(str(t) for t in reading.time_of_day or ()) == ("06:45",)


def test_a_multiple_of_body_weight_is_no_count() -> None:
    reading = read("Your ankles and feet absorb 3-5x your Body Weight")
    assert reading.reps is None
    assert "a ratio of body weight" in (reading.note or "")


def test_a_step_of_progression_in_percent_is_no_interval() -> None:
    reading = read("you shouldn't increase your mileage by more than 5-10% every two weeks")
    assert reading.every_n_days is None
    assert "progression" in (reading.note or "")


def test_a_weekday_with_its_date_is_no_weekly_day() -> None:
    reading = read("Twelve Weeks of Classes: Monday 6th January to Friday 4th April 2025")
    assert reading.days_of_week is None
    assert "a date" in (reading.note or "")


def test_the_remaining_days_as_rest_days_are_no_course() -> None:
    reading = read(
        "The exercise will be performed 5 days per week with the remaining 2 days as rest days."
    )
    assert (reading.times_per_week, reading.duration_days) == (5, None)
