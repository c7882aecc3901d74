"""
Regression: silent misreads found by reading every held-out set's silent rows again.
"Hold for 2/3 seconds" was a hold of 1 s (two thirds of a second, rounded); "Hold for 30
seconds – 1 minute" lost the upper end; "12 rep max x 3 sets" had no repetitions where
"3 x 8RM" has 8; "Repeat the circuit twice through" counted repetitions, not rounds;
"for example 7pm to 7am" after "over night" was two sessions a day.
"""

from __future__ import annotations

import pytest

from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Hold for 2/3 seconds and slowly return to start position.", Range(2, 3)),
        ("Hold 3/4 secs", Range(3, 4)),
        ("Hold for 1 1/2 minutes", 90),
        ("Hold for 1/2 minute", 30),
    ],
)
def test_a_slash_between_counts_of_seconds_is_a_range(text: str, hold: object) -> None:
    # no hold lasts a fraction of a second, so "2/3 seconds" is 2 to 3 seconds; a half
    # of a minute is a half
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Hold for 30 seconds – 1 minute. Repeat on the opposite side.", Range(30, 60)),
        ("Hold 30 seconds - 2 minutes", Range(30, 120)),
        ("Hold for 45 secs—1 min", Range(45, 60)),
    ],
)
def test_a_dash_between_two_lengths_of_a_hold_is_a_range(text: str, hold: Range) -> None:
    reading = read(text)
    assert reading.hold_seconds == hold
    assert not reading.ambiguous


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("Sets & Reps: 12 rep max x 3 sets (1-2 minute rest)", 3, 12),
        ("6-8 rep max for 3-4 sets", Range(3, 4), Range(6, 8)),
        ("3 sets at your 10 rep max", 3, 10),
    ],
)
def test_a_repetition_maximum_is_a_count_of_repetitions_at_that_load(
    text: str, sets: object, reps: object
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)
    assert "the load that can be lifted" in reading.note


def test_a_one_repetition_maximum_is_a_load_not_a_count() -> None:
    reading = read("3 x 10 at 70% of your one rep max")
    assert (reading.sets, reading.reps) == (3, 10)


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        ("Repeat the circuit twice through.", 2),
        ("Go through the circuit 3 times in a row", 3),
        ("Repeat the whole programme 2 times through", 2),
    ],
)
def test_a_whole_routine_repeated_in_a_row_is_rounds(text: str, sets: int) -> None:
    reading = read(text)
    assert reading.sets == sets
    assert reading.times_per_day is None


def test_a_clock_range_said_as_an_example_is_one_session() -> None:
    reading = read(
        "Your baby needs to wear the boots and bars for 12 hours over night, for example 7pm"
        " to 7am."
    )
    assert reading.times_per_day in (None, 1)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("On Saturdays, we meet from 9:00 - 11:00 am for long runs.", ("SA",)),
        ("Mo We Fr 3 x 10", ("MO", "WE", "FR")),
        ("Tu Th Sa: 3 x 10", ("TU", "TH", "SA")),
        ("Mon, We, Fri: 3 x 10", ("MO", "WE", "FR")),
    ],
)
def test_we_is_wednesday_only_in_a_list_of_days(text: str, days: tuple[str, ...]) -> None:
    assert read(text).days_of_week == days


@pytest.mark.parametrize(
    "text", ["Weight Lifting (3 times on alternative days)", "3 times on alternate days"]
)
def test_a_count_on_alternate_days_is_not_silently_repetitions(text: str) -> None:
    reading = read(text)
    assert reading.every_n_days == 2
    assert reading.reps is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "We had 75 seconds static recovery between each effort. Hold 10 s",
        "3 x 10, 60 seconds active rest",
        "4 x 10 reps with 90 seconds walking recovery",
    ],
)
def test_a_rest_said_how_it_is_spent_is_no_hold(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds in (None, 10)
    assert reading.dose is not None and reading.dose.rest is not None


def test_a_length_before_the_way_back_is_a_hold() -> None:
    text = "Try to keep the leg in this position for 15 seconds before bringing it back down again."
    assert read(text).hold_seconds == 15


def test_a_count_of_each_exercise_that_is_one_set_is_a_definition() -> None:
    reading = read("(15 repetitions of each exercise is one set)")
    assert (reading.sets, reading.reps) == (None, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Begin to tap rapidly (2-3 times a second), lightly, on the tender area for 3 minutes.",
        "tap twice per second for 3 minutes",
    ],
)
def test_a_count_a_second_is_a_rate(text: str) -> None:
    assert read(text).reps is None


def test_twice_each_second_day_stays_a_count_a_day() -> None:
    reading = read("3 x 10, twice a day every second day")
    assert (reading.times_per_day, reading.every_n_days) == (2, 2)


def test_repeating_a_routine_through_the_day_is_sessions_a_day() -> None:
    assert read("repeat the sequence 3 times throughout the day").times_per_day == 3


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("We meet Monday through Friday from 3:40 - 6:00 pm at RHS", "15:40"),
        ("from 3:40 to 6:00 pm", "15:40"),
        ("from 11:00 to 1:00 pm", "11:00"),
        ("from 9:00 - 11:00 am", "09:00"),
    ],
)
def test_a_pm_said_once_after_a_span_is_of_both_ends(text: str, start: str) -> None:
    assert read(text).time_of_day == (start,)
