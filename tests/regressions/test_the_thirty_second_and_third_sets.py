"""
Regression: the thirty-second and thirty-third blind sets. "5 to 6 times throughout the
day" was repetitions; "as many times as you feel necessary" and "10-20 times an old,
soft ball" were refused; "two 60-minute classes weekly" was sixty a week; "2 sessions of
strength training a week" and "3 sessions of Kegels daily" lost their count; "proceed
with your other hand" was one side; "24/7" was 24 a week; "a further three times" was
three in all; "at least twice and up to four times a day" was four a day with two
repetitions; "x 20 (10/side)" lost the count each side; "for 39 more weeks" was refused;
a hold counted in breaths was refused or read as repetitions.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("Repeat this exercise five to six times throughout the day for best results.", [5, 6]),
        ("Do it 3 times during the day", 3),
    ],
)
def test_times_throughout_the_day_are_sessions(text: str, per_day: object) -> None:
    reading = read(text)
    assert reading.as_dict()["times_per_day"] == per_day
    assert reading.reps is None


def test_as_many_times_as_you_feel_necessary_is_as_needed() -> None:
    reading = read("Repeat this as many times as you feel necessary")
    assert reading.prn and not reading.ambiguous


def test_an_unknown_word_after_a_is_no_misspelt_period_unless_it_looks_like_one() -> None:
    assert read("Squeeze 10-20 times an old, soft ball.").as_dict()["reps"] == [10, 20]
    reading = read("3 x 10 twice a dya")
    assert (reading.times_per_day, reading.ambiguous) == (2, True)


def test_timed_classes_a_week_count_the_classes() -> None:
    reading = read("two 60-minute classes weekly for 24 weeks")
    assert (reading.times_per_week, reading.duration_days) == (2, 168)


@pytest.mark.parametrize(
    ("text", "field", "count"),
    [
        ("You should do 2 sessions of strength training a week.", "times_per_week", 2),
        ("Complete 3 sessions of Kegels daily", "times_per_day", 3),
        ("two sessions of balance work per day", "times_per_day", 2),
    ],
)
def test_sessions_of_an_activity_are_counted(text: str, field: str, count: int) -> None:
    reading = read(text)
    assert reading.as_dict()[field] == count
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Perform 15 repetitions of this exercise and proceed with your other hand.",
        "Do 10, then continue with the other leg.",
    ],
)
def test_going_on_with_the_other_limb_is_each_side(text: str) -> None:
    assert read(text).per_side


def test_twenty_four_seven_is_all_the_time_not_a_count_a_week() -> None:
    reading = read("Wear the sling 24/7 and do 3 x 10 daily")
    assert reading.times_per_week is None
    assert "all the time" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "reps"),
    [("then do this a further three times.", 4), ("repeat a further 2 times", 3)],
)
def test_a_further_n_times_is_n_more(text: str, reps: int) -> None:
    assert read(text).reps == reps


def test_at_least_and_up_to_a_count_is_a_range() -> None:
    reading = read("approximately 10 minutes, at least twice and up to four times a day.")
    assert reading.as_dict()["times_per_day"] == [2, 4]
    assert reading.reps is None


@pytest.mark.parametrize("text", ["Leg Raises x 20 (10/side)", "20 reps (10/leg)"])
def test_a_total_then_a_count_a_side_is_the_count_each_side(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.per_side) == (10, True)


def test_a_course_of_more_weeks_is_read() -> None:
    assert read("twice-weekly exercise for 39 more weeks").duration_days == 273


@pytest.mark.parametrize(
    "text", ["Hold each side 5 to 10 breaths.", "hold for 5 breaths", "Hold for 5 deep breaths"]
)
def test_a_hold_counted_in_breaths_is_asked_not_repetitions(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError as error:  # pragma: no cover - the failure shows the message
        raise AssertionError(str(error)) from None
    assert reading.reps is None
    assert reading.hold_seconds is None
    assert reading.ambiguous
    assert "breaths" in (reading.note or "")
