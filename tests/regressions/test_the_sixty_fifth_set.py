"""
Regression: rules from the blind set `-65`. "for the first postoperative week" lost its
course; "Repeat the workout 3 times" was 3 repetitions; "a 3-day workout plan" was a
3-day course; "each exercise session begin with 5 minutes of stretching", "before each
club run" lost their events; "Do both right leg and left leg" its sides; "every school
day" its days; "perform 6-8 basic movements for 3 sets" was refused.
"""

from __future__ import annotations

import pytest

from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("continue for the first postoperative week, applying ice for 20 minutes, twice daily", 7),
        ("twice daily for the first post-op week", 7),
    ],
)
def test_a_course_counted_from_surgery(text: str, days: int) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    "text",
    [
        "after 2 post-op weeks, begin squats 3 x 10",
        "3 x 10 twice daily after 2 postoperative weeks",
    ],
)
def test_a_point_counted_from_surgery_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("Repeat the workout 3 times", 3, None),
        ("The workout can be repeated 2-3 times", Range(2, 3), None),
        ("Repeat the session 3 times", None, 3),
    ],
)
def test_a_workout_repeated_is_its_sets(text: str, sets: object, reps: int | None) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)


def test_a_plan_named_by_its_days_is_a_count_a_week_asked() -> None:
    reading = read("a tried-and-true 3-day workout plan")
    assert (reading.times_per_week, reading.duration_days, reading.ambiguous) == (3, None, True)
    assert read("a 30 day plan").duration_days == 30


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("each exercise session begins with 5 minutes of stretching", "before session"),
        ("Each session should end with 5 minutes of stretching", "after session"),
        ("Every run begins with a 10 minute warm-up", "before run"),
        ("Here are the 5 we do before each club run", "before run"),
        ("after group runs", "after run"),
    ],
)
def test_an_event_that_begins_or_ends_with_work(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    "text",
    [
        "Balance for 30 seconds. Do both right leg and left leg.",
        "Stretch the right leg and the left leg, 3 x 30 s",
        "Do the right and left sides",
    ],
)
def test_both_named_sides(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text", ["A fifteen minute run every school day.", "Walk on working days", "every weekday"]
)
def test_school_and_working_days_are_monday_to_friday(text: str) -> None:
    assert read(text).days_of_week == ("MO", "TU", "WE", "TH", "FR")


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("perform 6-8 basic movements for 3 sets of 10-12 reps", 3, Range(10, 12)),
        ("Do 6 exercises for 3 sets of 10", 3, 10),
        ("Do 10 squats for 3 sets", 3, 10),
        ("It is recommended that you repeat 2 sets of exercises twice a day", 2, None),
    ],
)
def test_a_count_of_exercises_is_no_dose(text: str, sets: int, reps: object) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [("2 sets of 10-12’s", 2, Range(10, 12)), ("3 sets of 8's", 3, 8)],
)
def test_a_count_said_in_the_plural_is_no_seconds(text: str, sets: int, reps: object) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.hold_seconds) == (sets, reps, None)


@pytest.mark.parametrize(
    "text", ["A four-day split of upper and lower body workouts", "follow a 4-day split"]
)
def test_a_split_named_by_its_days_is_a_count_a_week_asked(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.ambiguous) == (4, True)


def test_a_count_a_week_said_outright_wins_over_a_split() -> None:
    assert read("hit each muscle group 2x per week when running a 6-day split").times_per_week == 2


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Do 5 strides before each race", "before race"),
        ("Eat something light before the race", "before race"),
    ],
)
def test_a_race_is_an_event(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    "text", ["Do this session the day before the race.", "Do this the day after the match"]
)
def test_the_day_before_an_event_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "on another day than the event's" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "clock"),
    [("Walk at 7:30", "07:30"), ("Thurs (6:30) - grassy pyramid", "06:30")],
)
def test_a_bare_clock_time_early_in_the_day_is_asked(text: str, clock: str) -> None:
    reading = read(text)
    assert tuple(str(t) for t in reading.time_of_day or ()) == (clock,)
    assert reading.ambiguous and "say 'am' or 'pm'" in (reading.note or "")


@pytest.mark.parametrize("text", ["Every morning at 6:30", "Walk at 8:00"])
def test_a_clock_time_placed_by_its_words_or_later_is_not_asked(text: str) -> None:
    assert not read(text).ambiguous
