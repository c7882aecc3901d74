"""
Rules made from the blind sets -158 and -159 and the misreads the forty-second fresh-eyes
review found: each test names the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Increase the weight by 1 kg and do the exercises every day", {"times_per_day": 1}),
        ("Add weight by 1 kg and do 3 x 10 every day", {"times_per_day": 1, "sets": 3, "reps": 10}),
        (
            "Increase the weight by 1 kg then continue 3 x 10 every day",
            {"times_per_day": 1, "sets": 3, "reps": 10},
        ),
        (
            "Increase the distance by 10% and swim 3 times every week for 8 weeks",
            {"times_per_week": 3, "duration_days": 56},
        ),
        ("Increase the weight by 1 kg 3 x 10 every day", {"times_per_day": 1, "sets": 3}),
    ],
)
def test_a_step_ends_where_a_clause_of_its_own_begins(text: str, fields: dict[str, int]) -> None:
    reading = read(text)
    assert {name: getattr(reading, name) for name in fields} == fields


@pytest.mark.parametrize(
    "text",
    [
        "Increase the weight by 1-2 kg each week",
        "increase the resistance by 10% of the baseline set resistance each week",
        "Increase the weight by 0.5 kg on the ankle cuff each week",
        "Lower the reps by 2 each week",
    ],
)
def test_a_step_of_any_size_before_each_week_is_still_a_progression(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.times_per_day) == (None, None)
    assert "progression" in (reading.note or "")


@given(
    st.sampled_from(["weight", "load", "resistance", "distance"]),
    st.integers(1, 20),
    st.sampled_from(["kg", "%", "lb", "metres"]),
    st.sampled_from(["and walk", "and do the exercises", "then swim", "and train"]),
    st.sampled_from([("every day", "times_per_day", 1), ("twice each week", "times_per_week", 2)]),
)
def test_the_sessions_after_a_step_and_a_verb_are_never_lost(
    thing: str, size: int, unit: str, verb: str, when: tuple[str, str, int]
) -> None:
    said, field, count = when
    reading = read(f"Increase the {thing} by {size} {unit} {verb} {said}")
    assert reading.ambiguous or getattr(reading, field) == count


@pytest.mark.parametrize(
    "text",
    [
        "3 times on each leg, hold 20 seconds",
        "Twice with each leg, hold 30 seconds",
        "5 times on both sides, twice daily",
        "10 times with each arm, 3 sets",
        "3 times on each foot, 3 times a day",
    ],
)
def test_a_count_said_first_keeps_its_side(text: str) -> None:
    reading = read(text)
    assert reading.per_side
    assert reading.reps is not None


@pytest.mark.parametrize(
    "text",
    [
        "I walk daily and am a lot better now",
        "I do my exercises 3 times a week and am allowed to jog now",
        "I swim twice a week and am an early riser",
        "I stretch every day and am in less pain",
        "I do 3 x 10 daily and am the fittest I have been",
    ],
)
def test_am_after_and_with_i_as_the_subject_is_the_verb(text: str) -> None:
    assert read(text).time_of_day is None


@pytest.mark.parametrize(
    "text", ["Walk 20 min am in the park", "I stretch pm and am", "I stretch pm and am stiff"]
)
def test_am_beside_a_place_or_another_time_stays_the_morning(text: str) -> None:
    assert "morning" in (read(text).time_of_day or ())


def test_the_same_count_repeated_more_times_after_a_rest_is_asked() -> None:
    reading = read("Repeat 10 times, rest 1 minute, then repeat 10 more times")
    assert reading.ambiguous
    assert (reading.sets, reading.reps) == (2, 10)


def test_another_count_repeated_more_times_after_a_rest_is_the_sets() -> None:
    reading = read("10 reps, rest 1 min, then repeat 3 more times")
    assert (reading.sets, reading.reps, reading.ambiguous) == (4, 10, False)


@pytest.mark.parametrize(
    "text",
    [
        "Keep going for 30 seconds",
        "Keep the rhythm for at least 30 seconds.",
        "Keep the pace for 20 seconds",
    ],
)
def test_a_movement_kept_going_for_a_time_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    ("text", "hold"), [("Keep it there for 15 s", 15), ("Keep the position for 20 seconds", 20)]
)
def test_a_position_kept_for_a_time_is_still_held(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    ("text", "per_side"),
    [
        ("Slowly close both eyes, take two deep breaths", False),
        ("Blink both eyes 10 times", False),
        ("Cover each eye in turn for 10 seconds", True),
        ("a single spray per nostril twice daily", True),
        ("Douche both nostrils at least twice a day", True),
    ],
)
def test_both_eyes_are_together_while_each_eye_or_nostril_is_a_side(
    text: str, per_side: bool
) -> None:
    assert read(text).per_side is per_side


@pytest.mark.parametrize(
    "text",
    [
        "Circle the ankle by drawing an imaginary circle with the toes, 4 times to the right, "
        "then 4 times to the left.",
        "rotate your knees 30 times to the left and 30 times to the right.",
    ],
)
def test_a_circle_drawn_to_the_left_and_the_right_is_each_direction(text: str) -> None:
    reading = read(text)
    assert not reading.per_side
    assert reading.reps in (4, 30)


def test_a_step_to_the_right_and_the_left_is_still_each_side() -> None:
    assert read("Step to the side 10 times to the right, then 10 times to the left").per_side


@pytest.mark.parametrize(
    ("text", "reps", "per_day"),
    [
        (
            "Repeat 5 times, twice daily, increase by 1 repeat daily to 10 repeats, twice daily.",
            5,
            2,
        ),
        ("3 x 10, add 2 reps each week up to 20 reps", 10, None),
        ("Add 1 rep each day up to 10 reps", None, None),
    ],
)
def test_the_count_a_progression_grows_to_is_its_target_not_the_dose(
    text: str, reps: int | None, per_day: int | None
) -> None:
    reading = read(text)
    assert (reading.reps, reading.times_per_day) == (reps, per_day)
    assert "progression" in (reading.note or "")


@given(st.integers(1, 5), st.integers(6, 30), st.sampled_from(["daily", "each day", "each week"]))
def test_any_target_after_a_step_leaves_the_dose_said_first(
    step: int, target: int, when: str
) -> None:
    reading = read(f"3 x 5, add {step} reps {when} up to {target} reps")
    assert (reading.sets, reading.reps) == (3, 5)


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("10 squats (repeat 3x)", 3, 10),
        ("25 arm circles, 25 wrist circles (repeat 2x)", 2, 25),
        ("10 squats, repeat 3x", 3, 10),
        ("12 slow squats, repeat 2x", 2, 12),
    ],
)
def test_repeat_in_brackets_after_a_count_is_the_sets(text: str, sets: int, reps: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)


@given(st.integers(5, 30), st.integers(2, 5), st.sampled_from(["squats", "arm circles", "lunges"]))
def test_any_count_of_an_exercise_repeated_in_brackets_is_sets_of_it(
    reps: int, sets: int, exercise: str
) -> None:
    reading = read(f"{reps} {exercise} (repeat {sets}x)")
    assert (reading.sets, reading.reps) == (sets, reps)


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("Ice - use ice for 20 minutes every other hour", 12),
        ("ice every other hour", 12),
        ("every third hour", 8),
    ],
)
def test_every_other_or_third_hour_is_every_2_or_3_hours_asked(text: str, per_day: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (per_day, True)


def test_every_other_hour_while_awake_has_no_count_a_day() -> None:
    reading = read("Walk every other hour while awake")
    assert (reading.times_per_day, reading.ambiguous) == (None, True)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("ICE for 15 minutes following throwing program.", "after throwing"),
        ("Prior to throwing: Warm-up for 5-10 minutes (jog).", "before throwing"),
        ("Stretch before you throw, 3 x 30 s", "before throwing"),
        ("Ice for 20 minutes after pitching", "after pitching"),
    ],
)
def test_throwing_and_pitching_are_events(text: str, anchor: str) -> None:
    assert str(read(text).anchor) == anchor


@pytest.mark.parametrize(
    "text",
    [
        "1 drop in both eyes twice daily",
        "1 drop both eyes qid",
        "Lid wipes, both eyes, morning and night",
    ],
)
def test_a_dose_put_in_both_eyes_is_each_side(text: str) -> None:
    assert read(text).per_side


def test_a_side_bend_kept_from_rotating_is_still_each_side() -> None:
    reading = read("Without rotating, side bend 5 times to the right and 5 times to the left")
    assert (reading.reps, reading.per_side) == (5, True)


@pytest.mark.parametrize(
    "text",
    [
        "Increase the weight by 1 kg and the reps by 2 every week",
        "Increase the weight by 1 kg plus 1 rep every week",
    ],
)
def test_a_step_of_two_parts_is_one_progression(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.reps) == (None, None)
    assert "progression" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Maintain the pace for 20 seconds",
        "sustain the pace for 20 seconds",
        "keep the rhythm going for 30 seconds",
    ],
)
def test_a_pace_or_a_rhythm_kept_up_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


def test_am_after_bedtime_and_and_stays_the_morning() -> None:
    assert read("I use the spray at bedtime and am too").time_of_day == ("morning", "bedtime")


def test_the_same_count_more_times_on_the_other_leg_is_each_side() -> None:
    reading = read("Repeat 10 times, rest, then repeat 10 more times on the other leg")
    assert (reading.sets, reading.reps, reading.per_side) == (None, 10, True)


@pytest.mark.parametrize(
    "text",
    [
        "Calf raises: 2 mins rest 3 x 10 as needed",
        "Bridges 2 mins rest 30 sec hold x 10 as needed",
        "Calf raises: rest 60 s between sets 3 sets of 10 as needed",
    ],
)
def test_as_needed_after_a_dose_said_after_a_rest_is_the_doses(text: str) -> None:
    reading = read(text)
    assert reading.prn or reading.ambiguous


def test_a_rest_between_sets_as_needed_is_still_the_rests() -> None:
    reading = read("3 x 10, rest between sets if needed")
    assert (reading.prn, reading.sets, reading.reps) == (False, 3, 10)


@pytest.mark.parametrize(
    "text", ["Rest 30 seconds between 3 sets as needed", "Pause between 10 reps if needed"]
)
def test_a_count_a_rest_falls_between_leaves_the_rest_as_needed(text: str) -> None:
    assert not read(text).prn


@pytest.mark.parametrize(
    "text",
    [
        "Focus both eyes on the target, 10 times",
        "Keep both eyes on your thumb, 10 reps",
        "Stand with feet together, both eyes closed, 30 seconds",
    ],
)
def test_both_eyes_moved_or_closed_together_are_no_side(text: str) -> None:
    assert not read(text).per_side


def test_a_turn_kept_from_a_few_words_back_keeps_the_sides() -> None:
    text = "No twisting or rotating, side bend 5 times to the right and 5 times to the left"
    assert read(text).per_side


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Keep the tension going for 20 seconds", 20),
        ("Keep the position going for 15 seconds each side", 15),
    ],
)
def test_a_tension_or_a_position_kept_going_is_still_held(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold
