"""
Regression: a second fresh-eyes review of this round's rules (about 700 probes and 10,000
generated phrases). "after 2 post-op weeks" was a course; "Do 10 movements for 3 sets"
lost its repetitions; "on non-working days" and "every other working day" were Monday to
Friday; "Alternate right leg and left leg" was each side; a pause of 2 s beside a dose was
a rest between sets; "Repeat the workout 3 times this week" was 3 sets; "Leave 48 hours
between your injection and your next session" was every other day; "a 3-day workout plan"
was still a course; "Avoid taking consecutive days off" was every other day; "Do the
exercises once a day, that's 3 sets of 15" lost its dose; "twice daily (three times is even
better)" was 3 repetitions; "aim for 3 x 15 by the end of the month" was the dose now.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.model import Range
from rehabplan.phrases import read


def _read_or_none(text: str) -> object:
    try:
        return read(text)
    except PhraseError:
        return None


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("Do 10 movements for 3 sets", 3, 10),
        ("Do 10 ankle pumping movements, 3 sets", 3, 10),
        ("perform 6-8 basic movements for 3 sets of 10-12 reps", 3, Range(10, 12)),
    ],
)
def test_movements_before_sets_are_the_repetitions_unless_repetitions_follow(
    text: str, sets: int, reps: object
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)


@pytest.mark.parametrize(
    "text",
    [
        "on non-working days",
        "Every other working day",
        "on alternate working days",
        "for 10 working days",
    ],
)
def test_working_days_that_are_not_all_of_them_are_never_monday_to_friday(text: str) -> None:
    reading = _read_or_none(text)
    assert reading is None or getattr(reading, "days_of_week", None) is None


@pytest.mark.parametrize(
    "text",
    [
        "Alternate right leg and left leg for 20 reps",
        "Raise right arm and left arm together, 10 times",
        "Slowly counting to 3, extend your right arm and left leg",
    ],
)
def test_sides_moved_together_or_in_alternation_are_asked(text: str) -> None:
    reading = read(text)
    assert (reading.per_side, reading.ambiguous) == (False, True)


@pytest.mark.parametrize(
    ("text", "hold", "asked"),
    [
        ("Pull your shoulder blades back, pause for 2 seconds, 3 x 10", 2, False),
        ("3 x 10 reps. Pause for 10 seconds.", None, True),
        ("10 reps, pause for 5 seconds", None, True),
        ("pause for 2-4 seconds", Range(2, 4), False),
    ],
)
def test_a_pause_of_a_moment_is_held_and_a_few_seconds_beside_a_dose_asked(
    text: str, hold: object, asked: bool
) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (hold, asked)


def test_a_workout_repeated_in_a_week_is_sessions() -> None:
    reading = read("Repeat the workout 3 times this week")
    assert (reading.sets, reading.times_per_week) == (None, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Leave about 48 hours between your injection and your next session",
        "Keep a 48 hour gap between the last hard session and the race",
        "Keep a 48 hour gap before your race",
    ],
)
def test_a_one_off_gap_is_no_spacing(text: str) -> None:
    reading = _read_or_none(text)
    assert reading is None or getattr(reading, "every_n_days", None) is None


@pytest.mark.parametrize("text", ["a 3-day workout plan", "a 5-day training programme"])
def test_a_plan_named_by_its_days_with_an_article(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.ambiguous) == (None, True)
    assert reading.times_per_week in (3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Avoid taking consecutive days off",
        "Avoid 2 consecutive days off",
        "avoid resting on consecutive days",
    ],
)
def test_avoiding_days_off_is_never_every_other_day(text: str) -> None:
    reading = _read_or_none(text)
    assert reading is None or getattr(reading, "every_n_days", None) is None


def test_avoiding_consecutive_days_spreads_the_days() -> None:
    reading = read("Do the exercises 3 times a week, avoiding consecutive days")
    assert reading.times_per_week == 3
    assert "spread apart" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "sets", "reps", "per_day"),
    [
        ("Do the exercises once a day, that's 3 sets of 15", 3, 15, 1),
        ("Do 10 reps three times a day, that is 3 sets of 10 reps", None, 10, 3),
    ],
)
def test_the_dose_said_after_a_timing_is_the_dose(
    text: str, sets: int | None, reps: int, per_day: int
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.times_per_day) == (sets, reps, per_day)


@pytest.mark.parametrize(
    ("text", "per_day"),
    [("twice daily (three times is even better)", 2), ("Once a day, twice is better", 1)],
)
def test_a_better_count_offered_is_asked_never_the_repetitions(text: str, per_day: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.reps, reading.ambiguous) == (per_day, None, True)


@pytest.mark.parametrize(
    "text",
    [
        "aim for 3 x 15 by the end of the month",
        "Aim for 20 reps by Friday",
        "aim for 20 reps by your next appointment",
    ],
)
def test_a_target_by_a_later_day_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and reading.days_of_week is None
    assert "a dose to reach by then, or to do now?" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "sets", "reps", "asked"),
    [
        ("Band rows x 3 x 12-15", 3, Range(12, 15), False),
        ("Shoulder press x 2-3 x 10", Range(2, 3), 10, False),
        ("Heel raises x 15 x 3 daily", 3, 15, True),
        ("Squats x 3 x 10 each day", 3, 10, True),
    ],
)
def test_an_x_before_each_count_with_a_range_or_a_day(
    text: str, sets: object, reps: object, asked: bool
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (sets, reps, asked)


@pytest.mark.parametrize("text", ["Walk 1-2 times for 20 minutes", "Walk twice for 10 minutes"])
def test_long_bouts_in_words_are_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    "text",
    ["Walk twice for 20 minutes, continuously", "Walk twice for 10 minutes in the same session"],
)
def test_long_bouts_said_in_one_session_are_not_asked(text: str) -> None:
    assert not read(text).ambiguous


def test_progress_them_to_as_high_as_is_a_progression() -> None:
    reading = read("start with 4 sets of 20 seconds then progress them to as high as 8 sets")
    assert (reading.sets, reading.ambiguous) == (4, True)
    assert "progressing to 8 sets" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "Start every session by walking at a slower pace for 5 minutes to warm up",
            "before session",
        ),
        ("End each run by stretching your calves", "after run"),
    ],
)
def test_an_event_started_or_ended_by_doing_something(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


def test_starting_the_training_by_doing_something_is_no_event() -> None:
    reading = read("You'll do three runs a week and start your training by building up walking")
    assert reading.anchor is None


def test_once_an_angle_is_reached_is_no_count() -> None:
    reading = _read_or_none("Exercise bike (can be started once 90 degrees of flexion is achieved)")
    assert reading is None or (getattr(reading, "sets", None), getattr(reading, "reps", None)) == (
        None,
        None,
    )
    assert read("bend to 90 degrees, 3 x 10").reps == 10
    turns = _read_or_none("Do 10 x 90 degree turns")  # an angle, never 90 repetitions
    assert turns is None or getattr(turns, "reps", None) != 90
    assert read("45 degree angle bench planks (Two 10 second holds)").hold_seconds == 10


@pytest.mark.parametrize(
    "text", ["Active Range of Motion exercises are initiated for 15 min/hr.", "10 reps/hr"]
)
def test_a_dose_an_hour_with_a_slash_is_hourly_and_asked(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (24, True)


# From a third review (about 440 probes on the frozen code of be93eef).


@pytest.mark.parametrize(
    "text",
    [
        "Twice a day, that is 2 sets of 10",
        "Hold 5 seconds, that's 1 set of 10",
        "Do the exercises once a day, that's 3 sets of 15",
    ],
)
def test_the_dose_said_after_a_count_or_a_hold_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "the dose each time, or a total?" in (reading.note or "")


def test_the_dose_said_alone_is_not_asked() -> None:
    reading = read("that is 2 sets of 10 reps.")
    assert (reading.sets, reading.reps, reading.ambiguous) == (2, 10, False)


def test_a_plural_after_an_x_stays_a_time_or_a_distance() -> None:
    reading = read("Do 4 x 30's on the bike")
    assert (reading.sets, reading.reps) == (None, 4)


@pytest.mark.parametrize(
    "text",
    ["the week before the race", "the day prior to the race", "in the weeks before the race"],
)
def test_a_time_before_an_event_on_another_day_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "on another day than the event's" in (reading.note or "")


def test_hours_between_two_named_things_is_no_spacing() -> None:
    assert _read_or_none("Leave 48 hours between your injection and your next session") is None
    assert read("Allow 48 hours between sessions").every_n_days == 2
