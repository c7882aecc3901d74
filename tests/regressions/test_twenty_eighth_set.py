"""
Regression: the twenty-eighth blind set. "add an additional five leg lifts" was five
repetitions (it is a step up); "This circuit can be completed 1 to 3 times" was
repetitions (a circuit's rounds are sets); "for this first week" was no course;
kneading for 30 seconds was a hold; a total after the dose ("3 sets 12 reps = 36
repetitions") and labels with an "x" ("Sets: 1x Frequency: 3x/day") were refused; "for
over 40 years" was a course of exactly 40 years.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "add another 5 reps",
        "add an extra set",
    ],
)
def test_a_step_up_with_no_when_is_asked_not_the_dose(text: str) -> None:
    reading = read(text)
    assert reading.reps is None
    assert reading.sets is None
    assert reading.ambiguous
    assert "a step up with no when" in (reading.note or "")


def test_a_step_up_with_its_period_is_a_progression() -> None:
    reading = read("add 5 leg lifts every other day")
    assert (reading.reps, reading.every_n_days) == (None, None)
    assert "progression" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        ("This circuit can be completed 1 to 3 times", [1, 3]),
        ("the circuit should be done 2 times", 2),
    ],
)
def test_a_circuit_done_n_times_is_the_sets(text: str, sets: object) -> None:
    reading = read(text)
    assert reading.as_dict()["sets"] == sets
    assert reading.reps is None


def test_this_first_week_is_a_course() -> None:
    assert (
        read("You will do the rolling and isometrics daily for this first week.").duration_days == 7
    )


def test_kneading_for_a_time_is_no_hold() -> None:
    assert read("Kneading with thumb in a circular motion for 30 seconds").hold_seconds is None


@pytest.mark.parametrize(
    ("text", "sets", "reps", "ambiguous"),
    [
        ("Example: 3 sets 12 reps = 36 repetitions total", 3, 12, False),
        ("3 x 10 = 30", 3, 10, False),
        ("3 x 10 = 40 reps", 3, 10, True),
    ],
)
def test_a_total_after_the_dose_is_checked_against_it(
    text: str, sets: int, reps: int, ambiguous: bool
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (sets, reps, ambiguous)


def test_a_week_label_before_an_equals_sign_is_no_total() -> None:
    reading = read("Week 1-2 = 6 reps x 4 sets, 2x per week")
    assert (reading.sets, reading.reps) == (4, 6)


@pytest.mark.parametrize(
    ("text", "sets", "reps", "per_day"),
    [
        ("Repetitions: 5-10x Sets: 1x Frequency: 3x/day", 1, [5, 10], 3),
        ("Sets: 3x Reps: 10", 3, 10, None),
    ],
)
def test_labels_with_an_x_after_the_count(
    text: str, sets: int, reps: object, per_day: int | None
) -> None:
    d = read(text).as_dict()
    assert (d["sets"], d["reps"], d["times_per_day"]) == (sets, reps, per_day)


def test_repeat_once_is_still_two_in_all() -> None:
    assert read("Hold your position for 30 seconds. Repeat once.").reps == 2


@pytest.mark.parametrize("text", ["twice daily for over 2 weeks", "used for over 40 years, daily"])
def test_for_over_a_length_is_a_floor_and_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a floor" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Pinch your shoulder blades together, and hold for 5-7 seconds, then repeat.",
        "Relax for a count of five, and then repeat.",
    ],
)
def test_then_repeat_after_a_hold_alone_asks_how_many(text: str) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (None, None, True)
    assert "says no count" in (reading.note or "")


def test_then_repeat_after_a_count_is_a_second_set() -> None:
    reading = read("Do 8 to 12 reps, take a short rest, and then repeat.")
    assert (reading.sets, reading.ambiguous) == (2, True)


@pytest.mark.parametrize(
    "text",
    [
        "Repeat 10 x every hour or two.",
        "deep breathing and leg exercises every one or two hours daily.",
        "ice every hour or two hours",
    ],
)
def test_every_hour_or_two_is_every_one_to_two_hours(text: str) -> None:
    reading = read(text)
    assert reading.as_dict()["times_per_day"] == [12, 24]
    assert reading.ambiguous  # round the clock, asked as every interval in hours is


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "Stretching is more beneficial when done before and after the long runs.",
            "before and after long run",
        ),
        ("foam roll after each long run", "after long run"),
        ("Do these before playing sport.", "before sport"),
        ("after a run", "after run"),
    ],
)
def test_a_kind_of_an_event_said_before_it_is_kept(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor
