"""
Rules made from the blind set -118 and from the leftovers of the reviews before it:
each test names the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Perform a 5 – 10 minute warm-up before attempting these exercises.",
        "Walk for 5 minutes before trying the exercises",
    ],
)
def test_attempting_the_exercises_is_doing_them(text: str) -> None:
    reading = read(text)
    assert reading.anchor == "before exercise" and not reading.ambiguous


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Stretch after the warm-up period, hold 30 seconds", "after warm-up"),
        ("Stretch after the cool-down, hold 30 seconds", "after cool-down"),
        ("Stretch after the cool down period, 3 x 30 s", "after cool-down"),
    ],
)
def test_a_warm_up_or_cool_down_period_is_each_sessions(text: str, anchor: str) -> None:
    reading = read(text)
    assert reading.anchor == anchor and not reading.ambiguous


def test_an_event_before_a_training_period_is_still_asked() -> None:
    assert read("Stretch after the training period, hold 30 seconds").ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Keep the other hand on the wall, 10 reps",
        "Rest the other hand on a table and lift the arm 10 times",
        "Place your other hand on your hip, 10 times",
    ],
)
def test_a_hand_placed_for_support_is_no_other_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Squeeze the ball 10 times, then repeat with the other hand",
        "Hold 30 s, then place the other hand on the wall and repeat",
    ],
)
def test_a_hand_placed_in_its_turn_is_still_the_other_side(text: str) -> None:
    assert read(text).per_side


def test_a_total_spread_over_days_is_days_a_week_asked() -> None:
    reading = read("Spread your 150 minutes evenly over 5 days")
    assert reading.duration_days is None and reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Use your other hand to lift your weak arm above your head, 10 times",
        "Use your other hand to straighten the bent finger, hold 10 s",
        "Use your other hand to bend the index finger, hold 10 s",
        "Use your other hand to lift your forearm, 10 times",
        "Use your other hand to bend it, hold 10 s",
        "Use your other hand to hold onto the counter, 10 heel raises",
        "Use your other hand to rest on the table, 10 reps",
        "Use your other hand to lower the arm, 10 times",
        "Hold onto the kitchen counter with the other hand, 10 heel raises",
        "Hold on with the other hand, 10 squats",
        "Holding onto a chair with your other hand, 10 squats",
        "Use your other leg to help, 10 times",
        "Use the other leg to lower the bad leg, 10 times",
        "Lower the leg using your other leg, 10 times",
        "Keep the other hand on your hip, 10 reps",
    ],
)
def test_a_helping_limb_whatever_it_works_on(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Use your other hand to lift the dumbbell, 10 reps",
        "Use your other hand to press the ball into the table, 10 times",
        "Use your other leg to step up, 10 times",
        "Do 10 squats with the other leg",
        "Lift the leg 10 times, then repeat with the other leg",
    ],
)
def test_a_limb_doing_the_exercise_is_the_other_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Apply heat gently when you stretch, 10 minutes",
        "Wrap a warm towel round the calf when you stretch, 10 minutes",
        "Hold an ice pack on the knee when you stretch, 10 minutes",
    ],
)
def test_a_treatment_when_you_stretch_is_tied_to_it(text: str) -> None:
    assert read(text).anchor == "when stretching"


def test_tightening_when_you_stretch_is_a_cue() -> None:
    assert read("Tighten your stomach when you stretch").anchor is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Walk daily for 2 weeks to recover", 14),
        ("Do 10 reps daily for 4 weeks to recover strength", 28),
        ("Keep the brace on for 6 weeks to recover", 42),
    ],
)
def test_a_course_to_recover_is_the_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    "text",
    ["Allow 2 days to recover", "Allow 2 days for recovery", "Allow 2 days' recovery"],
)
def test_days_allowed_for_recovery_are_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    ("text", "prn"),
    [
        ("Take stretch breaks as needed, up to 5 a day", True),
        ("Stretch breaks as needed, hold each stretch 30 s", True),
        ("Take movement breaks as needed, for 2 weeks", True),
        ("Take stretch breaks as needed, then run", True),
        ("Jog, walk breaks as needed", False),
        ("Long run with walk breaks as needed", False),
        ("Walk breaks as needed between runs", False),
    ],
)
def test_breaks_as_needed_and_the_activity_around_them(text: str, prn: bool) -> None:
    assert read(text).prn is prn


def test_one_rep_maximum_said_twice_is_no_question() -> None:
    reading = read("3 sets at 10RM for leg press, 3 sets at 10RM for bench")
    assert reading.reps == 10 and not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    ["Twice each weekday, Monday to Friday", "Twice each weekday, weekends off"],
)
def test_days_that_repeat_the_weekdays_are_no_question(text: str) -> None:
    reading = read(text)
    assert reading.times_per_day == 2 and not reading.ambiguous


def test_a_length_in_brackets_after_the_exercises_is_asked() -> None:
    reading = read("After the core exercises (5 minutes), stretch")
    assert reading.ambiguous


def test_dividing_minutes_over_days_is_days_a_week_asked() -> None:
    reading = read("Divide the 150 minutes over 5 days")
    assert reading.duration_days is None and reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Repeat this daily until free from positional vertigo for 24 hours.",
        "Do it 3 times a day until your symptoms have been gone for 24 hours.",
        "Continue the exercises until you have been symptom free for 1 week",
    ],
)
def test_a_length_inside_a_criterion_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


def test_a_course_after_a_criterion_and_a_comma_is_the_course() -> None:
    assert read("Repeat daily until symptoms settle, for up to 2 weeks").duration_days == 14


def test_outings_of_a_length_counted_a_day_are_sessions() -> None:
    assert read("10 min walk x 2 daily").times_per_day == 2


@pytest.mark.parametrize(
    "text", ["3 days of cardio (20–30 minutes each)", "2 days of yoga", "4 days of exercise"]
)
def test_days_of_an_activity_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and reading.duration_days is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Aim to do 5 x 30 minutes of moderate exercise a week.", "times_per_week", 5),
        ("3 x 60 min./week for 12 weeks", "times_per_week", 3),
        ("3x10 minutes per day", "times_per_day", 3),
        ("30-min, 3*/week, 12 weeks", "times_per_week", 3),
    ],
)
def test_sessions_of_a_length_with_no_noun(text: str, field: str, value: int) -> None:
    reading = read(text)
    assert getattr(reading, field) == value and not reading.ambiguous
    assert reading.hold_seconds is None


def test_a_hold_of_minutes_a_day_is_not_sessions() -> None:
    assert read("3 x 10 min hold a day").hold_seconds == 600


def test_days_a_week_named_after_a_colon() -> None:
    reading = read("Train 3 days per week: Monday/Wednesday/Friday")
    assert reading.times_per_week == 3 and reading.as_dict()["days_of_week"] == ["MO", "WE", "FR"]


def test_short_bouts_a_day_with_nothing_named_are_asked() -> None:
    reading = read("Towel grabbing: 2 x 2 minutes per day")
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("*Do 20 dips and repeat 3 times", 3, 20),
        ("*Do 5 on each leg and repeat 3 times.", 3, 5),
        ("*Extend each arm and leg 5 times and repeat 3 times.", 3, 5),
        ("Do 10 squats, repeat 3 times", 3, 10),
    ],
)
def test_a_count_then_repeat_n_times_is_sets(text: str, sets: int, reps: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)


def test_two_bare_counts_are_still_refused() -> None:
    with pytest.raises(PhraseError):
        read("5 times, repeat 10 times.")


@pytest.mark.parametrize(
    "text",
    [
        "Practice all three stretches at least twice a day.",
        "Do these 4 exercises twice a day",
        "Do these two movements 10 times",
    ],
)
def test_a_count_of_exercises_is_no_dose(text: str) -> None:
    reading = read(text)
    assert reading.reps in (None, 10) and not reading.ambiguous


@pytest.mark.parametrize("text", ["15 regular push-ups", "10 slow squats"])
def test_a_word_before_the_exercise_noun_keeps_the_count(text: str) -> None:
    assert read(text).reps in (15, 10)


def test_doing_the_circuit_n_times_is_sets() -> None:
    assert read("A circuit session means doing the circuit 2-4 times").as_dict()["sets"] == [2, 4]


def test_added_to_the_end_of_a_workout_is_after_it() -> None:
    assert read("Add these two movements to the end of my workouts.").anchor == "after exercise"
