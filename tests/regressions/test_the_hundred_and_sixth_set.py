"""
Rules made from the blind set -106 (plans of care, nursing care plans, children's
occupational therapy and sensory diets): each test names the rule, with the set's phrase
and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "per_week", "days"),
    [
        ("PT 3w4", 3, 28),
        ("\u201c3w2\u201d which means three times per week for two weeks", 3, 14),
        ("OT 2w6", 2, 42),
    ],
)
def test_a_plan_of_care_code_is_a_count_a_week_for_weeks(
    text: str, per_week: int, days: int
) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days) == (per_week, days)


def test_plan_of_care_codes_in_stages_are_read_as_stages() -> None:
    reading = read("2w4 then 1w2")
    assert (reading.times_per_week, reading.duration_days) == (2, 28)
    assert len(reading.stages) == 1


def test_plan_of_care_codes_side_by_side_are_refused() -> None:
    with pytest.raises(PhraseError, match="say different things"):
        read("3w1 2w1")


@pytest.mark.parametrize("text", ["3 w 4", "<12 wk 50 (32.9)"])
def test_a_code_written_apart_is_refused(text: str) -> None:
    with pytest.raises(PhraseError, match="write '3w4'"):
        read(text)


def test_a_closing_quote_after_a_quoted_number_is_no_seconds() -> None:
    assert read('"3w2"').hold_seconds is None


def test_seconds_marked_after_a_number_stay_seconds() -> None:
    assert read('hold 30" x 3').hold_seconds == 30


@pytest.mark.parametrize(
    "text", ["1-2 times per week or month", "2 times a day or week", "once a week or fortnight"]
)
def test_a_count_in_one_period_or_another_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert (reading.times_per_week, reading.times_per_day) == (None, None)


def test_a_count_with_a_choice_of_schedules_keeps_its_question() -> None:
    assert read("3 x 10 once a day or every other day").ambiguous


@pytest.mark.parametrize(
    "text", ["the 60-day certification period", "a 90-day authorization", "a 30-day free trial"]
)
def test_a_period_of_another_kind_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("are best planned every 90 minutes to 2 hours.", 12, 16),
        ("every 30 minutes to 1 hour", 24, 48),
    ],
)
def test_minutes_to_hours_apart_is_a_range_asked(text: str, low: int, high: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (Range(low, high), True)
