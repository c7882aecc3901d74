"""
Rules made from the blind set -134 and the misreads the eighteenth and nineteenth
fresh-eyes reviews left: each test names the rule, with the phrase and others written the
same way.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Walk twice on Sundays", ["SU"]),
        ("Stretch 3 times on Monday and Thursday", ["MO", "TH"]),
        ("Swim 2x every Saturday", ["SA"]),
    ],
)
def test_a_count_on_named_days_is_asked_sessions_that_day_first(text: str, days: list[str]) -> None:
    reading = read(text).as_dict()
    assert reading["ambiguous"]
    assert "repetitions" in reading["note"]
    assert reading["days_of_week"] == days
    assert reading["reps"] is None


def test_a_count_a_day_and_another_on_named_days_is_refused_naming_both() -> None:
    with pytest.raises(PhraseError, match="'twice on Sundays' say different things"):
        read("Repeat 3 separate times a day and twice on Sundays")


@pytest.mark.parametrize(
    ("text", "sets", "reps"), [("3 x 10 on Mondays", 3, 10), ("Twice daily on Mondays", None, None)]
)
def test_a_dose_or_a_day_count_before_named_days_is_not_asked(
    text: str, sets: int | None, reps: int | None
) -> None:
    reading = read(text).as_dict()
    assert not reading["ambiguous"]
    assert (reading["sets"], reading["reps"], reading["days_of_week"]) == (sets, reps, ["MO"])


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Repeat the fourth point 10 more times.", 11),
        ("Return to the start position and repeat 10 more times.", 11),
        ("Tighten, press, release, and then repeat 20 more times.", 21),
    ],
)
def test_many_more_times_is_asked_the_first_go_counted_first(text: str, reps: int) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.dose.reps == reps
    assert f"or {reps - 1}?" in reading.note


@pytest.mark.parametrize(("text", "reps"), [("repeat two more times", 3), ("Repeat once more", 2)])
def test_one_or_two_more_times_adds_the_first_go(text: str, reps: int) -> None:
    reading = read(text)
    assert (reading.dose.reps, reading.ambiguous) == (reps, False)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("Stretch the fingers for one minute and then release.", 60),
        ("Stretch the fingers for 2 minutes, then relax.", 120),
        ("Tense the muscle for one minute before relaxing", 60),
    ],
)
def test_a_length_then_letting_go_once_is_a_hold(text: str, seconds: int) -> None:
    assert read(text).dose.hold == dt.timedelta(seconds=seconds)


def test_letting_go_in_turn_for_a_length_is_a_bout() -> None:
    assert read("Grab and release a ball for 10 minutes").dose.hold is None


@pytest.mark.parametrize(
    "text",
    [
        "looking up and down ten times, then left and right ten times",
        "Move your eyes left and right 20 times",
        "Turn your chin left and right 5 times",
    ],
)
def test_left_and_right_after_eyes_or_up_and_down_are_directions(text: str) -> None:
    assert not read(text).dose.each_side


def test_left_and_right_after_a_count_are_sides() -> None:
    assert read("10 reps left and right").dose.each_side


@pytest.mark.parametrize(
    "text",
    [
        "Practice opening your mouth 10 times each morning and evening",
        "10 times each morning and evening",
    ],
)
def test_many_times_at_each_time_of_day_are_asked_repetitions_first(text: str) -> None:
    reading = read(text).as_dict()
    assert (reading["times_per_day"], reading["reps"], reading["ambiguous"]) == (2, 10, True)
    assert reading["time_of_day"] == ["morning", "evening"]


def test_a_few_times_at_one_time_of_day_are_asked_sessions_first() -> None:
    reading = read("Do it 3 times every morning and night").as_dict()
    assert (reading["times_per_day"], reading["reps"], reading["ambiguous"]) == (3, None, True)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Do some before you teach – even at home.", "before teaching"),
        ("Hum for 5 minutes before you sing", "before singing"),
        ("Before every singing practice, commit to 15 minutes", "before singing practice"),
    ],
)
def test_a_voice_users_events_are_anchors(text: str, anchor: str) -> None:
    assert read(text).as_dict()["anchor"] == anchor


@pytest.mark.parametrize(
    "text",
    [
        "Hold the stretch and feel the pull for 30 s",
        "Hold the plank and brace your core for 30 s",
        "Hold the stretch while lying on your back for 30 s",
        "Hold the bridge with your knees and feet together for 30 s",
        "Hold the towel and pull your foot towards you for 30 s",
        "Hold the plank and keep your back flat for 30 s",
    ],
)
def test_a_cue_a_place_or_a_limb_after_a_hold_and_and_keeps_the_hold(text: str) -> None:
    assert read(text).dose.hold == dt.timedelta(seconds=30)


@pytest.mark.parametrize(
    "text",
    [
        "Hold a light weight and jog on the spot for 30 s",
        "Hold the band in both hands and keep stepping side to side for 30 s",
        "Hold the squat and pulse for 30 s",
        "Hold the weight while you walk for 30 s",
    ],
)
def test_moving_work_after_a_hold_and_and_is_asked_a_timed_bout_first(text: str) -> None:
    reading = read(text)
    assert (reading.dose.hold, reading.dose.duration) == (None, dt.timedelta(seconds=30))
    assert "the hold's or the moving's?" in reading.note


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("Elevate the leg to help the ankle swelling go down each evening", "evening"),
        ("Elevate your arm to let the swelling go down each evening", "evening"),
        ("Use ice to help your back pain settle each night", "night"),
    ],
)
def test_a_treatment_that_helps_a_symptom_keeps_its_time(text: str, slot: str) -> None:
    reading = read(text).as_dict()
    assert (reading["times_per_day"], reading["time_of_day"]) == (1, [slot])


@pytest.mark.parametrize(
    "text",
    [
        "Call us if nothing helps the pain settle each night",
        "If elevation doesn't help the swelling go down each evening, see your GP",
    ],
)
def test_a_symptom_nothing_helps_is_a_warning_with_no_schedule(text: str) -> None:
    reading = read(text).as_dict()
    assert (reading["times_per_day"], reading["time_of_day"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "per_week"), [("Weekly check your feet", 1), ("Weekly check your blood pressure", 1)]
)
def test_a_weekly_check_of_the_feet_is_the_task(text: str, per_week: int) -> None:
    assert read(text).as_dict()["times_per_week"] == per_week


@pytest.mark.parametrize(
    "text",
    [
        "It takes 6 weeks to deliver results",
        "It takes 12 weeks to run again",
        "You may take 12 weeks to run again",
        "It takes 6 weeks to provide relief",
    ],
)
def test_what_a_time_brings_about_is_an_expected_time(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.ambiguous) == (None, False)
    assert "expected time" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Pain should ease each day",
        "The swelling should go down each day",
        "Expect the pain to ease each day",
    ],
)
def test_a_symptom_expected_to_change_is_noted_not_scheduled(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (None, False)
    assert "a symptom that changes" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Morning is a brilliant time to do these",
        "Morning is good for these",
        "Mornings work well for these",
        # (another sentence's "daily" may be another task's: still asked, never dropped)
        "Do these daily; morning is a good time",
        "Take your tablets daily. Evening is a good time to exercise",
    ],
)
def test_a_time_of_day_said_to_suit_says_when_and_is_asked(text: str) -> None:
    assert "says when, not how often" in read(text).note


@pytest.mark.parametrize(
    "text",
    [
        "Elevate your leg so that the swelling goes down each evening",
        "Walk less so the pain settles each night",
    ],
)
def test_a_symptom_changing_after_so_is_asked_whose_time_it_is(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.times_per_day is None


@pytest.mark.parametrize(
    "text",
    [
        "Let us know how the pain settles each night",
        "Keep exercising provided the pain settles each night",
        "Get help because the pain increases each day",
        "Let any pain settle each night",
        "If rest fails to help the pain settle each night, call us",
    ],
)
def test_a_symptom_in_a_request_a_condition_or_a_reason_has_no_schedule(text: str) -> None:
    assert read(text).times_per_day is None


@pytest.mark.parametrize(
    "text",
    [
        "Hold the doorframe and step through for 30 s",
        "Hold the medicine ball and slam it down for 30 s",
        "Hold your arms out to the side and make small circles for 30 s",
    ],
)
def test_a_movement_after_a_hold_may_get_into_it_and_is_asked(text: str) -> None:
    assert read(text).ambiguous


def test_positions_named_after_a_hold_are_held() -> None:
    reading = read("Hold the squat and lunge positions for 30 s each")
    assert (reading.hold_seconds, reading.ambiguous) == (30, False)


@pytest.mark.parametrize(
    "text",
    [
        "Breathe deeply for 2 minutes, then relax",
        "Clench and unclench your fist for 1 minute, then relax",
        "Sit quietly for 5 minutes, then relax",
        "Press into the wall and release for 1 minute, then relax",
        "Push the trolley for 2 minutes, then rest",
    ],
)
def test_a_length_then_relaxing_with_nothing_held_is_no_hold(text: str) -> None:
    assert read(text).dose.hold is None


@pytest.mark.parametrize(
    "text",
    [
        "Finger to nose left and right 10 times",
        "Go up and down 10 times, then left and right leg 10 times",
    ],
)
def test_left_and_right_of_a_limb_or_after_the_nose_are_sides(text: str) -> None:
    assert read(text).dose.each_side


def test_more_times_on_the_other_side_are_the_count_there() -> None:
    reading = read("Repeat 10 more times on the other side").as_dict()
    assert (reading["reps"], reading["per_side"], reading["ambiguous"]) == (10, True, False)


def test_once_on_named_days_is_one_session_not_asked() -> None:
    reading = read("Swim once on Saturdays").as_dict()
    assert (reading["times_per_day"], reading["days_of_week"], reading["ambiguous"]) == (
        1,
        ["SA"],
        False,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The programme takes 6 weeks to run again",
        "The course takes 8 weeks to deliver, and results vary",
    ],
)
def test_a_programme_taking_a_time_to_run_again_or_deliver_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.ambiguous) == (None, True)


def test_jumping_jacks_are_counted() -> None:
    assert read("5 jumping jacks").dose.reps == 5


def test_this_exercise_on_the_other_side_is_the_sides_turn_not_an_event() -> None:
    reading = read("repeat for 20 reps before performing this exercise on the other side")
    assert (reading.anchor, reading.dose.reps, reading.dose.each_side) == (None, 20, True)


@pytest.mark.parametrize(
    "text",
    [
        "Take painkillers to help the pain settle each night if needed",
        "Ice to help the swelling go down each evening unless your skin is broken",
        "Use the ice pack to help your badly swollen ankle swelling go down each evening",
    ],
)
def test_a_condition_after_a_treatments_aim_keeps_its_time(text: str) -> None:
    assert read(text).times_per_day == 1


def test_a_stretch_with_breathing_then_relaxing_is_a_hold() -> None:
    assert read("Stretch and breathe deeply for 1 minute, then relax").hold_seconds == 60


@pytest.mark.parametrize(
    "text",
    [
        "Press into the wall for 1 minute, then relax",
        "Press your palms together for 1 minute",
        "Push your foot into the wall for 1 minute, then relax, 3 times a day",
        "Clench your teeth for 1 minute, then release",
        "Push against the wall for 1 minute and then rest",
    ],
)
def test_a_press_for_minutes_is_asked_a_hold_first(text: str) -> None:
    # (one press held, or pressed over and over for that long: the words do not say)
    reading = read(text)
    assert (reading.dose.hold, reading.ambiguous) == (dt.timedelta(minutes=1), True)
    assert "one press held, or pressing that long?" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Stretch twice during the working day",
        "Stretch twice during the working day and once at the weekend",
    ],
)
def test_the_working_day_is_twice_a_day_asked_which_days(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (2, True)


def test_moving_your_eye_left_and_right_is_directions() -> None:
    assert not read("Move your eye left and right 10 times").dose.each_side


@pytest.mark.parametrize(
    "text",
    [
        "Press and release the ball for 1 minute, then relax",
        "Push the trolley for 2 minutes, then relax",
    ],
)
def test_a_press_that_moves_then_relaxing_is_no_hold(text: str) -> None:
    assert read(text).dose.hold is None


def test_repeating_with_the_other_eye_is_each_side() -> None:
    reading = read("Move your eye left and right 10 times, then repeat with the other eye")
    assert (reading.dose.each_side, reading.ambiguous) == (True, False)


@pytest.mark.parametrize(
    "text",
    [
        "Repeat 10 more times on the other side of the pool",
        "Repeat 10 more times on the other side of the neck",
    ],
)
def test_more_times_on_the_other_side_of_something_are_asked(text: str) -> None:
    assert read(text).ambiguous


def test_clench_then_unclench_moves() -> None:
    assert read("Clench then unclench your fist for 1 minute, then relax").dose.hold is None


def test_the_working_day_with_its_days_said_is_not_asked() -> None:
    reading = read("Stretch twice during the working day, Monday to Friday")
    assert (reading.times_per_day, reading.ambiguous) == (2, False)


def test_a_treatment_to_allow_a_symptom_to_settle_keeps_its_time() -> None:
    assert read("Rest to allow the swelling to go down each evening").times_per_day == 1


def test_the_working_day_and_weekends_too_are_asked() -> None:
    assert read("Stretch twice during the working day and also at weekends").ambiguous


def test_a_phase_taking_a_time_to_repeat_again_is_asked() -> None:
    assert read("The phase takes 2 weeks to repeat again").ambiguous
