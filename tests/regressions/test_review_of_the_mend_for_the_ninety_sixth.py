"""
What the last fresh-eyes review left after its mend: rest nights named by weekday, sets
numbered before a range, intervals in hours, a symptom asked with "each morning", and a
day of the plan before a count. Each test names the rule, with others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text", ["Friday nights off", "Monday and Wednesday evenings off", "Sunday mornings: rest"]
)
def test_a_part_of_a_named_day_off_is_a_rest_not_a_session(text: str) -> None:
    reading = read(text)
    assert reading.days_of_week is None
    assert "a rest day, not a session" in (reading.note or "")


@pytest.mark.parametrize("text", ["Set 1 - 10 reps", "Set 2 – 8 reps", "Set 1-10 reps"])
def test_a_numbered_set_before_a_range_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "which set, or a range of reps?" in (reading.note or "")


@pytest.mark.parametrize("text", ["set 8-12 reps", "3 sets of 8-12 reps"])
def test_a_range_too_high_to_number_a_set_stays_a_range(text: str) -> None:
    reading = read(text)
    assert (reading.ambiguous, reading.reps) == (False, Range(8, 12))


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("at 2-hour intervals", 2),
        ("at two-hour intervals", 2),
        ("at intervals of 3 hours", 3),
        ("at 4 hour intervals", 4),
    ],
)
def test_intervals_in_hours_are_every_so_many_hours(text: str, hours: int) -> None:
    reading = read(text)
    assert reading.timing is not None
    assert (reading.timing.every_hours, reading.hold_seconds) == (hours, None)


def test_intervals_of_a_whole_day_are_daily() -> None:
    assert read("at 24 hour intervals").times_per_day == 1


@pytest.mark.parametrize(
    "text", ["Pain each morning? Rest two days", "Sore every night?", "Stiff every evening?"]
)
def test_a_symptom_asked_with_each_morning_is_no_schedule(text: str) -> None:
    reading = read(text)
    assert (reading.time_of_day, reading.times_per_day) == (None, None)
    assert "a symptom at a time of day" in (reading.note or "")


def test_each_morning_heading_what_to_do_is_still_a_schedule() -> None:
    reading = read("Pain each morning: do 10 reps")
    assert (reading.time_of_day, reading.reps) == (("morning",), 10)


@pytest.mark.parametrize("text", ["Day 10 reps", "Day 3 sets", "day 2 rounds"])
def test_a_day_of_the_plan_before_a_count_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a day of the plan, or a count a day?" in (reading.note or "")


def test_a_day_of_the_plan_heading_a_dose_is_noted() -> None:
    reading = read("Day 3: 20 squats")
    assert (reading.reps, reading.ambiguous) == (20, False)
    assert "a day of the plan, not a count: day 3" in (reading.note or "")
