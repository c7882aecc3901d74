"""
Regression: a review of the reader after the twenty-eighth set found wordings read
silently wrong: a list number ("Exercise 1 - Heel slides") as one repetition; a place
("hands on each side of the chair") as each side; a size ("a 40 x 40 cm foam pad") as
40 sets of 40; the count a new one replaces ("once a day instead of twice") as the
repetitions; a cue ("Every 10 reps, switch legs") as the repetitions; the exercise
"good mornings" as a morning session; a brace's course as the exercise's; a symptom's
expected time ("pain should settle within 24 hours") as a course; "6 x 3 min" intervals
as three-minute holds; a later stage said after "every half hour".
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


def test_a_list_number_is_no_repetition() -> None:
    reading = read("Exercise 1 - Heel slides")
    assert reading.reps is None
    assert "a list number" in (reading.note or "")


def test_exercise_three_times_a_day_is_still_read() -> None:
    assert read("Exercise 3 times a day").times_per_day == 3


@pytest.mark.parametrize(
    "text",
    [
        "Place your hands on each side of the chair and stand up 10 times",
        "Put a pillow on each side of your knee, 10 squeezes",
    ],
)
def test_a_place_beside_a_thing_is_not_each_side(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.per_side) == (10, False)


def test_both_sides_of_the_neck_is_each_side() -> None:
    assert read("stretch both sides of your neck, 30 s").per_side


def test_a_size_is_no_dose() -> None:
    reading = read("Stand on a 40 x 40 cm foam pad")
    assert (reading.sets, reading.reps) == (None, None)


def test_a_distance_repeated_is_still_repetitions() -> None:
    assert read("Run 2 x 800m at a pace 50 per cent quicker than you easy run.").reps == 2


@pytest.mark.parametrize(
    ("text", "per_day"),
    [("Once a day instead of twice", 1), ("Twice a day rather than 3 times", 2)],
)
def test_the_count_a_new_one_replaces_is_no_dose(text: str, per_day: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.reps) == (per_day, None)


@pytest.mark.parametrize(
    "text", ["Every 10 reps, switch legs", "Every 4th rep, hold for 3 seconds"]
)
def test_a_cue_every_so_many_repetitions_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.reps is None
    assert reading.ambiguous


def test_good_mornings_are_an_exercise_not_a_time() -> None:
    reading = read("Good mornings 3 x 8")
    assert (reading.sets, reading.reps, reading.time_of_day) == (3, 8, None)


def test_a_device_worn_for_a_time_is_asked() -> None:
    reading = read("Wear the knee brace for 6 weeks")
    assert reading.ambiguous
    assert "may not be the exercise's" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "3 x 10 daily, wear the splint at night",
        "Use crutches for 2 weeks. Do the knee exercises 4 times daily.",
    ],
)
def test_a_device_worn_beside_the_exercise_is_set_apart(text: str) -> None:
    reading = read(text)
    assert "another subject's timing" in (reading.note or "")
    assert reading.duration_days is None
    assert reading.time_of_day is None


def test_a_later_stage_said_as_a_reduction_is_read() -> None:
    reading = read(
        "ice every 2 hours for the first 2 days and gradually reduce the frequency to "
        "3 times a day over the next week"
    )
    assert (reading.times_per_day, reading.duration_days) == (12, 2)
    assert [str(stage) for stage in reading.stages] == ["3 times daily for 1 week"]


@pytest.mark.parametrize(
    "text",
    [
        "Pain should settle within 24 hours",
        "Symptoms usually improve within 6 weeks",
        "The swelling should go down within 3 days",
    ],
)
def test_a_symptoms_expected_time_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "an expected time" in (reading.note or "")


def test_long_intervals_with_no_word_of_holding_are_asked() -> None:
    reading = read("6 x 3 min hard with 2 min easy")
    assert reading.ambiguous


def test_with_the_right_foot_is_no_weekdays() -> None:
    reading = read("Repeat 10x. Repeat w/R foot. Continue with two more sets on each leg.")
    assert reading.days_of_week is None


def test_weekday_letters_stay_weekdays() -> None:
    assert read("W/F: 3 x 10").days_of_week == ("WE", "FR")


def test_longer_than_a_length_is_a_floor() -> None:
    reading = read("the exercise program has been longer than 12 weeks (1–3 times per week)")
    assert reading.ambiguous
    assert "a floor" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Breath in for 5 counts and out for 5 counts.", None),
        ("Hold your breath for a count of 4.", 4),
        ("breathe in for a count of 4, hold for a count of 7, out for a count of 8", 7),
        ("squeeze in for a count of 5", 5),
    ],
)
def test_a_count_while_breathing_in_or_out_is_no_hold(text: str, hold: int | None) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text",
    ["I do these whilst brushing my teeth.", "I do these every morning while brushing my teeth."],
)
def test_whilst_brushing_my_teeth_is_an_event(text: str) -> None:
    assert read(text).anchor == "when brushing teeth"


def test_a_day_to_recover_is_a_rest_day() -> None:
    reading = read("Monday: Bilateral Tuesday: Unilateral Wednesday: Recover Thursday: Bilateral")
    assert reading.days_of_week == ("MO", "TU", "TH")


def test_a_count_up_beside_a_count_down_is_a_tempo() -> None:
    reading = read("Repeat raise for 3 counts/lower for 3 counts 10 times on each side.")
    assert (reading.hold_seconds, reading.reps) == (None, 10)
    assert "a tempo" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Perform this stretch 3 rounds for 30 seconds each.",
        "holding for 20 to 30 seconds per side, repeating for three rounds, twice a week.",
    ],
)
def test_rounds_of_a_held_position_are_its_repetitions(text: str) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (None, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Complete 3 rounds, 2-3 times per week",
        "Aerobic and strength circuits (6 exercises, 3 rounds)",
    ],
)
def test_rounds_of_a_routine_are_sets(text: str) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (3, None)


@pytest.mark.parametrize(
    "text",
    [
        "Hold this position for 15 to 30 seconds. Repeat 3 times. Reverse the positions of your legs and repeat.",
        "Hold your position for 30 seconds. Repeat the movement facing the other direction.",
    ],
)
def test_the_other_side_said_in_prose_is_each_side(text: str) -> None:
    assert read(text).per_side


def test_doing_a_stretch_for_a_time_is_its_hold() -> None:
    reading = read("We're going to do this stretch for 30 seconds on each side.")
    assert (reading.hold_seconds, reading.per_side) == (30, True)


def test_days_said_as_alternatives_are_asked() -> None:
    reading = read("on Monday or Tuesday")
    assert reading.ambiguous
    assert "alternatives" in (reading.note or "")


def test_a_count_of_sessions_in_all_is_no_dose() -> None:
    reading = read(
        "12 x supervised group exercise sessions: ~60 mins duration, delivered twice weekly."
    )
    assert (reading.reps, reading.times_per_week) == (None, 2)
    assert "sessions in all" in (reading.note or "")


def test_a_count_of_sessions_a_week_is_still_read() -> None:
    assert read("3 x sessions a week").times_per_week == 3


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Perform 1 set of 10 Repetitions 3 times Day. (1 Set, 10x Reps, 3x p.d)", (3, 1, 10)),
        ("Perform 3 sets of 10 reps per side, 2 times day. (3 Sets, 10 Reps, 2x p.d)", (2, 3, 10)),
    ],
)
def test_per_day_written_p_d_is_read(text: str, fields: tuple[int, int, int]) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.sets, reading.reps) == fields


def test_pd_without_dots_is_no_per_day() -> None:
    assert read("people with PD should walk daily").times_per_day == 1


def test_thousands_written_with_commas_are_read() -> None:
    reading = read("10,000 steps every day")
    assert reading.times_per_day == 1
    assert "'10,000'" in (reading.note or "")


def test_a_time_past_is_no_course() -> None:
    reading = read("Up until about 3 weeks ago, I did this daily")
    assert reading.duration_days is None
    assert "a time past" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "days"),
    [("Keep at it for at least one full week.", 7), ("3 x 10 daily for 6 whole weeks", 42)],
)
def test_a_full_week_is_a_course(text: str, days: int) -> None:
    assert read(text).duration_days == days
