"""
Rules made from the blind sets -144 and -145 and the misreads the thirty-fourth fresh-eyes
review found: each test names the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "per_day", "per_week", "days"),
    [
        ("Walk daily, followed by 2 weeks of jogging", 1, None, None),
        ("Walk daily, then 2 weeks of jogging", 1, None, None),
        ("Walk daily, then jog for 2 weeks", 1, None, None),
        ("Walk daily for 2 weeks, then jog daily for 2 weeks", 1, None, 14),
        ("Walk daily for 2 weeks then start jogging 3 times a week", 1, None, 14),
        ("Cycle 3 times a week for 2 weeks, then run 3 times a week", None, 3, 14),
        ("Swim twice a week for 4 weeks then jog twice a week for 4 weeks", None, 2, 28),
        ("Walk daily for 2 weeks, then jog every other day for 4 weeks", 1, None, 14),
    ],
)
def test_another_activity_after_then_is_a_later_stage_asked(
    text: str, per_day: object, per_week: object, days: object
) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert (reading.times_per_day, reading.times_per_week) == (per_day, per_week)
    assert reading.duration_days == days


@pytest.mark.parametrize(
    "text",
    [
        "Walk, then jog daily",
        "Walk 5 minutes, then jog for 2 minutes",
        "This is usually followed by 6 weeks of walking",
    ],
)
def test_another_activity_with_nothing_timed_before_it_is_no_later_stage(text: str) -> None:
    note = read(text).note or ""
    assert "a later stage" not in note
    assert "in stages" not in note


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("3 x 10 (change)", 10),
        ("Lunge x 10 (change)", 10),
        ("Hold 30 seconds x 3 (change)", 3),
        ("Step ups 2 x 15 (change)", 15),
        ("Repeat x 10 (change)", 10),
    ],
)
def test_change_in_brackets_after_a_count_is_each_side(text: str, reps: int) -> None:
    reading = read(text)
    assert (reading.reps, reading.per_side) == (reps, True)


@pytest.mark.parametrize("text", ["Dressing x 1 (change)", "TENS pads x 2 (change)"])
def test_change_in_brackets_after_a_supplys_count_is_no_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Hold the stretch over a period of 30 seconds", 30),
        ("Hold the stretch gradually over a period of 30 seconds", 30),
        ("Hold your leg straight out in front over a period of 10 seconds", 10),
        ("Hold the position with your knee bent over a period of 20 seconds", 20),
        ("Hold for 5 seconds, then bend over a period of 3 seconds", 5),
        ("Bend your knee over a period of 3 seconds, then hold", None),
        ("Rise onto your toes over a period of 2 seconds and hold", None),
        ("Holding on to the wall, bend your knees over a period of 3 seconds", None),
        ("Step down over a period of 3 seconds, holding the rail", None),
        ("Hold the weight and press it up over a period of 2 seconds", None),
        ("Lower while holding the rail over a period of 3 seconds", None),
        ("Sit down, holding the arms of the chair, over a period of 4 seconds", None),
    ],
)
def test_a_period_after_a_hold_with_no_movement_between_is_held(text: str, hold: object) -> None:
    reading = read(text)
    assert not reading.ambiguous
    assert reading.hold_seconds == hold


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("10 seconds of staying still", 10),
        ("30 seconds of staying on one leg", 30),
        ("30 seconds of remaining still", 30),
    ],
)
def test_seconds_of_staying_still_are_held(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text",
    [
        "1 minute of jogging, 1 minute of staying still",
        "Jog 1 minute, followed by 1 minute of holding still",
    ],
)
def test_staying_still_between_bouts_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Go up 2 per set each week",
        "Step up 2 per set each week",
        "Add on 2 per set each week",
        "Lower it each week",
        "Lower the number of reps each week",
        "Lower the resistance each week",
        "Reduce the number of reps each week",
        "Keep going up 1 per set each week",
        "3 sets, going up 2 per set each week",
        "Then up 2 per set each week",
        "Step it up 2 per set each week",
        "Work your way up 2 per set each week",
    ],
)
def test_a_step_or_a_lowering_each_week_is_asked_not_weekly_sessions(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.reps is None


@pytest.mark.parametrize(
    "text",
    [
        "Lift and lower each day",
        "Lift, hold and lower each day",
        "Raise the heel and lower each day",
    ],
)
def test_lowering_after_a_lift_keeps_the_day(text: str) -> None:
    assert read(text).times_per_day == 1


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("On arising from bed", ("morning",)),
        ("Upon arising from your bed, do 10 ankle pumps", ("morning",)),
        ("On arising from sleep, do 10 ankle pumps", ("morning",)),
    ],
)
def test_arising_from_bed_or_sleep_is_the_morning(text: str, slots: tuple[str, ...]) -> None:
    assert read(text).time_of_day == slots


@pytest.mark.parametrize(
    "text",
    [
        "3 x 10, take your rest between sets if needed",
        "3 x 10, have your rests between sets if needed",
    ],
)
def test_your_rest_taken_if_needed_leaves_the_sessions_scheduled(text: str) -> None:
    reading = read(text)
    assert not reading.prn
    assert (reading.sets, reading.reps) == (3, 10)


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("At the start of each morning and evening, stretch", 2),
        ("At the start of each morning before breakfast, stretch", 1),
    ],
)
def test_the_start_of_a_time_of_day_is_that_time(text: str, per_day: int) -> None:
    reading = read(text)
    assert not reading.ambiguous
    assert reading.times_per_day == per_day


@pytest.mark.parametrize(
    ("text", "per_day", "reps"),
    [
        ("do it three times - morning, noon and before bed", 3, None),
        ("do it three times: morning, noon and night", 3, None),
        ("do it twice - morning and evening", 2, None),
        ("Repeat 3 times - morning, noon and night", 3, None),
        ("Repeat 10 times morning and evening", 2, 10),
    ],
)
def test_a_count_as_many_as_the_times_of_day_after_it_is_the_sessions(
    text: str, per_day: int, reps: object
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.reps) == (per_day, reps)


@pytest.mark.parametrize(
    "text",
    [
        "Repeat 20 times for each sore heel",
        "Repeat 20 times on each painful knee",
        "Stretch each tight calf for 30 seconds",
    ],
)
def test_each_limb_said_with_a_symptom_is_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Return to the starting position, then repeat 10 times. Continue with the left leg.",
        "Continue with the other leg, 10 reps",
    ],
)
def test_continuing_with_a_named_side_is_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize("text", ["CIRCUIT 1: REPEAT 2X", "Circuit 2: repeat 3 times"])
def test_a_circuit_numbered_before_a_colon_is_which_circuit_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.sets is None


def test_both_feet_in_a_jump_are_both_at_once() -> None:
    reading = read("Low pogo hops x30 (both feet)")
    assert (reading.reps, reading.per_side, reading.ambiguous) == (30, False, False)


@pytest.mark.parametrize(
    "text", ["Squats x 10 (both legs)", "Hamstring stretch 3 x 30 s (both legs)"]
)
def test_both_limbs_in_brackets_are_asked_at_once_or_each_side(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Plaster x 1 (change)",
        "Stocking x 1 (change)",
        "Ice pack x 2 (change)",
        "Splint x 1 (change)",
        "Batteries x 2 (change)",
    ],
)
def test_change_after_any_supplys_count_is_no_side(text: str) -> None:
    assert not read(text).per_side


def test_change_after_breaths_is_each_side() -> None:
    reading = read("10 breaths (change)")
    assert (reading.reps, reading.per_side) == (10, True)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Hold the wall sit position over a period of 30 seconds", 30),
        ("Hold the squat position over a period of 30 seconds", 30),
        ("Hold the push up position over a period of 30 seconds", 30),
        ("Hold the chair pose over a period of 30 seconds", 30),
        ("Hold onto the stretch over a period of 30 seconds", 30),
        ("Over a period of 10 seconds, hold the squeeze", 10),
        ("Hold the stretch and breathe normally over a period of 30 seconds", 30),
        ("Hold on to the chair and sit over a period of 4 seconds", None),
        ("Hold the band and open your arms over a period of 3 seconds", None),
        ("Hold the weights and lunge forward over a period of 2 seconds", None),
        ("Release the hold over a period of 3 seconds", None),
        ("Build up the hold over a period of 5 seconds", None),
    ],
)
def test_a_position_named_after_a_hold_is_no_grip_or_movement(text: str, hold: object) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text",
    [
        "1 minute of step ups, 30 seconds of remaining still",
        "1 minute of fast pedalling, 30 seconds of staying still",
        "Take 1 minute of remaining seated between sets",
    ],
)
def test_staying_still_beside_another_timed_bout_or_between_sets_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    ("text", "reps", "asked"),
    [
        ("Push up 10 per set each day", 10, False),
        ("Step up 10 per set each day", 10, False),
        ("Start on 5 per set each day", 5, False),
        ("Bump up 2 per set each week", None, True),
        ("Step up 2 per set each week", None, True),
    ],
)
def test_an_exercise_ending_in_up_keeps_its_count_a_step_up_is_asked(
    text: str, reps: object, asked: bool
) -> None:
    reading = read(text)
    assert (reading.reps, reading.ambiguous) == (reps, asked)


def test_lowering_it_after_a_lift_is_the_way_down() -> None:
    assert read("Lift your leg and lower it each day").times_per_day == 1


def test_walking_after_a_jog_in_one_session_is_no_later_stage() -> None:
    reading = read("Jog 1 minute, then walk 2 minutes daily")
    assert reading.times_per_day == 1
    assert "a later stage" not in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Usually they should be put on in the morning and taken off last thing at night.",
        "should be put on at the start of the day, and removed just before you go to bed",
    ],
)
def test_when_a_garment_comes_off_is_no_session(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (None, None)
    assert "when it goes on or comes off" in (reading.note or "")


def test_a_splint_on_at_night_keeps_the_night_not_the_morning_it_comes_off() -> None:
    reading = read("Put the splint on at night and take it off in the morning")
    assert (reading.times_per_day, reading.time_of_day) == (1, ("night",))


def test_both_sides_of_their_body_is_each_side() -> None:
    assert read("have kids practice on both sides of their body").per_side


def test_a_posture_kept_between_rest_intervals_is_held() -> None:
    reading = read(
        "Keep each posture for 10 seconds and repeat 10 times with a rest interval of 3 seconds"
    )
    assert (reading.reps, reading.hold_seconds) == (10, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The CG did intrinsic exercises for the first 6 weeks, then switched to extrinsic "
        "exercises for the final 6 weeks.",
        "Walk daily for 2 weeks, then move on to jogging for 2 weeks",
    ],
)
def test_a_switch_to_other_work_for_a_time_is_a_later_stage(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "in stages" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "The average weekly improvement in range of motion was 8.2 degrees",
        "Aim for a weekly gain of 5 degrees",
    ],
)
def test_an_improvement_or_gain_by_the_week_is_a_measure(text: str) -> None:
    reading = read(text)
    assert reading.times_per_week is None
    assert "a measure or a record" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Hold your arms open over a period of 10 seconds", 10),
        ("Hold at full reach over a period of 10 seconds", 10),
        ("Hold over a period of 1 minute", 60),
        ("Keep it held over a period of 10 seconds", 10),
        ("Hold the band and open your arms over a period of 3 seconds", None),
    ],
)
def test_a_posture_word_is_a_movement_only_after_and(text: str, hold: object) -> None:
    assert read(text).hold_seconds == hold


def test_a_task_each_morning_is_a_session() -> None:
    reading = read("Remove the dressing every morning")
    assert (reading.times_per_day, reading.time_of_day) == (1, ("morning",))


@pytest.mark.parametrize(
    "text",
    [
        "Take off the splint every morning",
        "Remove the brace every night",
        "Take off your brace every night before bed",
        "Take the splint off each morning",
    ],
)
def test_a_worn_thing_coming_off_each_night_or_morning_is_no_session(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (None, None)
    assert "when it goes on or comes off" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Remove the brace every evening and ice for 15 minutes", ("evening",)),
        ("Take off the splint each evening and do your exercises", ("evening",)),
        ("Remove the splint each night and massage the scar", ("night",)),
    ],
)
def test_a_worn_thing_coming_off_before_a_task_keeps_the_tasks_time(
    text: str, slots: tuple[str, ...]
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (1, slots)


@pytest.mark.parametrize(
    "text", ["Continue with the left leg only", "Continue with the right arm exercises 3 x 10"]
)
def test_continuing_with_one_limb_named_before_more_words_is_no_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "30 seconds of staying still between your laps",
        "Staying still for 30 seconds between sets",
    ],
)
def test_staying_still_between_sets_or_laps_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


def test_staying_still_said_with_between_meals_is_held() -> None:
    reading = read("Stand on one leg: 30 seconds of staying still, 3 times between meals")
    assert reading.hold_seconds == 30


def test_one_minute_of_hops_with_both_feet_is_both_at_once() -> None:
    assert not read("One minute of hops (both feet)").per_side


def test_both_legs_after_single_leg_hops_is_each_side() -> None:
    reading = read("Single leg hops x 10 (both legs)")
    assert (reading.reps, reading.per_side, reading.ambiguous) == (10, True, False)


@pytest.mark.parametrize(
    ("text", "reps", "asked"),
    [
        ("Repeat 10 times nightly", 10, False),
        ("Do 10 times nightly", 10, True),
        ("Turn the patient 4 times nightly", 4, True),
        ("Repeat twice nightly", 2, True),
    ],
)
def test_a_count_nightly_is_the_repetitions_asked_when_few(
    text: str, reps: int, asked: bool
) -> None:
    reading = read(text)
    assert (reading.reps, reading.time_of_day, reading.ambiguous) == (reps, ("night",), asked)


@pytest.mark.parametrize(
    "text",
    [
        "Pain the morning following exercise",
        "Stiffness the morning after exercise is normal",
        "Stretch the evening after a long run",
    ],
)
def test_the_morning_or_evening_after_an_event_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert (reading.times_per_day, reading.anchor) == (None, None)


@pytest.mark.parametrize("text", ["Curl up 10 per set each day", "Bridge up 10 per set each day"])
def test_an_exercise_named_up_keeps_its_count_per_set(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.ambiguous) == (10, False)


@pytest.mark.parametrize(
    "text",
    [
        "Continue with the right arm for 10 reps",
        "Continue using the left leg",
        "Continue with the left leg as above",
    ],
)
def test_continuing_with_a_named_limb_then_more_words_is_each_side(text: str) -> None:
    assert read(text).per_side


def test_just_before_starting_the_day_is_the_morning_not_before_exercise() -> None:
    reading = read(
        "we advocate using the dilators in the morning hours just before starting the day"
    )
    assert (reading.time_of_day, reading.anchor) == (("morning",), None)


@pytest.mark.parametrize(
    "text",
    [
        "Walk 10 minutes as from the day of your operation",
        "As from the day of surgery, walk 3 times a day",
    ],
)
def test_as_from_the_day_of_an_event_is_no_morning(text: str) -> None:
    assert read(text).time_of_day is None


@pytest.mark.parametrize(
    "text",
    [
        "The hinge knee brace should be worn at all times, even at night, unless you are washing",
        "Wear the sling at all times",
        "Wear it at all times, even at night",
    ],
)
def test_at_all_times_is_no_session_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert (reading.times_per_day, reading.time_of_day) == (None, None)


def test_straight_at_all_times_is_how_not_when() -> None:
    reading = read("Keep your arms straight at all times, 10 times daily")
    assert "at all times is not a session" not in (reading.note or "")


def test_sets_in_total_after_what_one_set_is_are_the_sets() -> None:
    reading = read(
        "10 repetitions for 1 set. Perform 3 sets in total, resting 1-2 minutes between sets."
    )
    assert (reading.sets, reading.reps) == (3, 10)


def test_work_up_over_time_is_no_event() -> None:
    assert read("over time work your way up to 3 sets").anchor is None


def test_continuing_to_keep_a_position_for_seconds_is_held() -> None:
    assert read("Continue keeping the position for 5-10 seconds.").hold_seconds == Range(5, 10)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Stand on one leg: 30 seconds of staying still, rest between each set", 30),
        ("20 seconds of staying in a squat, rest between each set", 20),
    ],
)
def test_a_stay_before_a_rest_between_sets_is_held(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text",
    ["Continue with the right hand splint", "Continue with the left leg stretches daily"],
)
def test_continuing_with_a_limb_named_in_a_longer_name_is_no_side(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert not reading.per_side


def test_one_leg_hops_with_both_legs_are_each_side() -> None:
    assert read("One leg hops x 10 (both legs)").per_side


def test_heels_on_the_ground_at_all_times_is_how_not_when() -> None:
    reading = read("Keep your heels on the ground at all times")
    assert not reading.ambiguous
    assert "how it is done, not when" in (reading.note or "")


def test_a_squeeze_repeated_many_times_nightly_is_repetitions() -> None:
    reading = read("Repeat the squeeze 10 times nightly")
    assert (reading.reps, reading.ambiguous) == (10, False)


@pytest.mark.parametrize(
    "text",
    [
        "Take it off every night",
        "Take them off each morning",
        "Remove the brace every night, it may rub",
    ],
)
def test_it_or_a_worn_thing_taken_off_each_night_is_no_session(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (None, None)


def test_a_worn_thing_taken_off_then_a_task_keeps_the_tasks_time() -> None:
    reading = read("Take the splint off each morning, then do your exercises")
    assert (reading.times_per_day, reading.time_of_day) == (1, ("morning",))
