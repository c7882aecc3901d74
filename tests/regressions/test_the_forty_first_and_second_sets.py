"""
Regression: the forty-first and forty-second blind sets. "Repeat 1000 times during the
day" was refused by the model (more sessions than a day holds); "until you've gone 24
hours without dizziness" was refused as a bout of a day; "repeat 4 more times" after a
rest was no sets; "contractions lasting 8-10 s daily" was no hold; "Remain up to 5
minutes in this position" was nothing; "Do daily two times" was 2 repetitions; "before
beginning the exercises" was no event.
"""

from __future__ import annotations

import pytest

from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Gently make a fist, then open your hand. Repeat 1000 times during the day.", 1000),
        ("Repeat 100 times a day", 100),
        ("3 x 10, 200 times a day", 10),
    ],
)
def test_more_sessions_than_a_day_holds_are_asked_as_repetitions(text: str, reps: int) -> None:
    reading = read(text)
    assert (reading.reps, reading.times_per_day) == (reps, None)
    assert reading.ambiguous
    assert "more sessions than a day holds" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Do these movements three times before going to bed each night, until you've gone 24"
        " hours without dizziness.",
        "3 x 10 daily until you have been 2 days without pain",
    ],
)
def test_a_spell_without_symptoms_is_when_to_stop(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "a criterion" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Do 5 repetitions, rest 1-2 minutes then repeat 4 more times with each exercise.",
        "5 reps, rest 1 minute, then repeat 4 more times",
    ],
)
def test_more_rounds_after_a_rest_count_the_first(text: str) -> None:
    assert (read(text).sets, read(text).reps) == (5, 5)


def test_contractions_lasting_a_few_seconds_each_day_are_holds() -> None:
    reading = read("Aim 3 sets of 13 pelvic floor muscle contractions lasting 8–10 s daily")
    assert (reading.sets, reading.reps, reading.hold_seconds) == (3, 13, Range(8, 10))
    assert reading.times_per_day == 1


def test_a_position_remained_in_is_held() -> None:
    assert read("Remain up to 5 minutes in this position").hold_seconds == 300


@pytest.mark.parametrize(("text", "per_day"), [("Do daily two times.", 2), ("daily 3 times", 3)])
def test_a_count_after_daily_is_the_sessions(text: str, per_day: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.reps) == (per_day, None)


def test_beginning_the_exercises_is_an_event() -> None:
    reading = read("Apply heat for 15 minutes before beginning the exercises.")
    assert reading.anchor == "before exercise"


@pytest.mark.parametrize(
    "text", ["prior to beginning the six week exercise program", "before starting the programme"]
)
def test_starting_a_whole_course_is_once_not_an_event_of_each_session(text: str) -> None:
    assert read(text).anchor is None


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Warm up 5 minutes before exercise. This programme lasts 6 weeks.", "before exercise"),
        ("Take painkillers before starting the exercises in your programme", "before exercise"),
        ("Stretch before beginning the walk", "before walk"),
    ],
)
def test_an_event_beside_a_later_course_is_still_the_event(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    ("text", "per_week"),
    [("3 x times a week for approx. 30 mins.", 3), ("followed it 4+ days weekly", 4)],
)
def test_a_count_said_with_x_times_or_a_plus_is_a_count_a_week(text: str, per_week: int) -> None:
    assert read(text).times_per_week == per_week


@pytest.mark.parametrize(
    "text",
    [
        "if pain lasts 3+ days, rest",
        "3 x 10 daily; if soreness lasts 2 days, reduce",
        "if the pain persists for more than a week, see your GP",
    ],
)
def test_how_long_a_symptom_lasts_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "how long a symptom lasts" in reading.note


def test_starting_again_is_the_next_repetition_not_an_event() -> None:
    reading = read("Hold 10 s. Wait for 10 seconds before starting again.")
    assert reading.anchor is None
    assert reading.hold_seconds == 10


@pytest.mark.parametrize(
    "text",
    [
        "aim for 20–35 minutes per session; target 22–28 strokes per minute",
        "walk at 100 steps per minute",
    ],
)
def test_a_count_a_minute_of_strokes_or_steps_is_a_rate(text: str) -> None:
    reading = read(text)
    assert reading.reps is None
    assert "a rate" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "If 3 weekly sessions of 20-30 minutes are preferred",
        "You will attend 6 weekly sessions with a physio",
        "6-weekly sessions",
    ],
)
def test_a_count_of_weekly_sessions_is_asked(text: str) -> None:
    # so many a week, or one every so many weeks ("6-weekly" in British use)
    assert read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("have your wrists taped before each practice", "before practice"),
        (
            "Stretching should be done both before and after practice sessions",
            "before and after practice",
        ),
    ],
)
def test_a_practice_is_its_own_event(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


def test_a_count_plus_the_same_count_is_each_side() -> None:
    reading = read("Single Leg Bridge x 8 + 8 reps")
    assert (reading.sets, reading.reps, reading.per_side) == (None, 8, True)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Adductor muscle stretch 20-30 sec x 2 Sets", Range(20, 30)),
        ("hold 30 s x 3 sets each side", 30),
    ],
)
def test_a_hold_times_a_count_of_sets_is_sets(text: str, hold: object) -> None:
    reading = read(text)
    assert (reading.reps, reading.hold_seconds) == (None, hold)
    assert reading.sets in (2, 3)


@pytest.mark.parametrize(
    ("text", "sets", "side"),
    [
        ("Perform 10 repetitions and do 2-3x.", Range(2, 3), False),
        ("Perform 5 repetitions per side and do 2-3x.", Range(2, 3), True),
    ],
)
def test_repetitions_then_a_count_of_times_are_sets(text: str, sets: Range, side: bool) -> None:
    reading = read(text)
    assert (reading.sets, bool(reading.per_side)) == (sets, side)


def test_do_about_a_count_is_the_repetitions() -> None:
    assert read("Hold 3-5 seconds and do about 10.").reps == 10


def test_less_if_a_symptom_is_no_as_needed() -> None:
    assert not read("Do at least 10 of these. Less if you get dizzy.").prn


def test_this_exercise_repeated_with_the_other_foot_is_each_side() -> None:
    assert read("Repeat this exercise with the other foot").per_side


@pytest.mark.parametrize(
    "text",
    [
        "Set a timer for 20 minutes and hit 5 swings on the left and 5 swings on the right.",
        "10 on the left and 10 on the right",
        "10 reps right and 10 reps left",
    ],
)
def test_the_same_count_on_the_left_and_the_right_is_each_side(text: str) -> None:
    reading = read(text)
    assert reading.per_side
    assert reading.reps in (5, 10)


def test_a_different_count_on_each_side_is_asked() -> None:
    reading = read("10 on the left and 8 on the right")
    assert reading.ambiguous
    assert reading.reps is None


@pytest.mark.parametrize(
    ("text", "anchor"),
    [("Before initiating any exercise, warm the shoulder for 10-15 minutes.", "before exercise")],
)
def test_initiating_the_exercise_is_the_event(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


def test_holding_that_breath_for_a_count_is_a_hold() -> None:
    assert read("Hold that breath for a count of three").hold_seconds == 3


def test_a_count_each_way_of_a_circle_is_each_direction_not_each_side() -> None:
    reading = read("Make 5 circles to the left, and 5 to the right.")
    assert (reading.reps, reading.per_side) == (5, False)
