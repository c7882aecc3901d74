"""
Regression: a fourth fresh-eyes review (1,014 probes on frozen copies) of this round's
mends. "If sore, rest" and "If painful, hold off" were sessions as needed; "Stretch when
you wake up and at the end of the day" lost its evening; "After walking for 2 weeks add
hills" tied each walk to the fortnight; "Continue taking painkillers for 48 hours" was the
exercise's course; "Benefits of daily physical activity" was once a day; "Walk in place
and count to 30" was a hold; "Repeat once with each hand" was two in all.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "If sore, rest",
        "If pain increases, rest.",
        "If pain; rest.",
        "If painful, hold off",
        "If sore, try an easier version",
    ],
)
def test_resting_or_holding_off_after_a_symptom_is_a_rule(text: str) -> None:
    assert not read(text).prn


def test_resting_and_a_treatment_after_a_symptom_is_as_needed() -> None:
    assert read("If you get pain after walking, rest and ice it.").prn


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Stretch when you wake up and at the end of the day", ("morning", "evening")),
        ("When you get home at the end of the day, do the exercises", ("evening",)),
    ],
)
def test_when_before_the_end_of_the_day_is_no_symptom(text: str, times: tuple[str, ...]) -> None:
    assert read(text).time_of_day == times


@pytest.mark.parametrize(
    "rest",
    ["add hills", "without pain, add hills", "you should feel better", "- then add hills"],
)
def test_a_doing_s_length_with_more_words_after_is_asked(rest: str) -> None:
    reading = read(f"After walking for 2 weeks {rest}")
    assert reading.anchor is None
    assert reading.ambiguous


@given(st.integers(min_value=1, max_value=8), st.sampled_from(["", "."]))
def test_a_doing_s_length_alone_keeps_the_event(weeks: int, end: str) -> None:
    reading = read(f"after walking for {weeks} weeks{end}")
    assert str(reading.anchor) == "after walk"


@pytest.mark.parametrize(
    "text",
    [
        "Continue taking painkillers for 48 hours",
        "Continue the antibiotics for 72 hours",
        "Continue wearing the brace for 48 hours",
    ],
)
def test_another_subject_kept_up_for_hours_is_no_course(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert reading.duration_days is None or reading.ambiguous


def test_daily_physical_activity_after_a_noun_is_everyday_life() -> None:
    with pytest.raises(PhraseError):
        read("Benefits of daily physical activity")
    assert read("Do 30 minutes of daily physical activity.").times_per_day == 1


def test_a_count_while_walking_in_place_is_a_pace() -> None:
    assert read("Walk in place and count to 30").hold_seconds is None


@pytest.mark.parametrize(
    "text",
    ["Repeat once with each hand", "Repeat once on both sides", "Repeat once with each knee"],
)
def test_repeat_once_with_each_limb_is_one_each_side(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.per_side) == (1, True)


def test_a_symptom_had_for_a_time_with_have_had_is_no_course() -> None:
    assert read("If you have had pain for 6 weeks").duration_days is None


# A fifth fresh-eyes review (877 probes) of the mends above.


@pytest.mark.parametrize(
    "text",
    [
        "Walk in place and count to 30",
        "Jog and count to 20",
        "Walk your fingers up the wall and count to 10.",
        "Stand up and walk on the spot and count to 30.",
        "Hold the chair, walk in place and count to 30.",
        "Stand tall! Walk in place and count to 30.",
        "Stand: walk in place and count to 30.",
        "Walk along the wall and count to 20.",
    ],
)
def test_a_count_after_walking_is_asked_pace_or_hold(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Walk to the wall, then stand on one leg and count to 30.", 30),
        ("Walk in place, then stand still and count to 10.", 10),
        ("Lift your arm up and count to 5 at the top of the lift.", 5),
        ("Lift your leg and count to 5 at the end of the lift.", 5),
        ("Bend your knee and count to 5 at the bottom of the bend.", 5),
        ("Do 10 squats and count to 5 at the bottom of the squat.", 5),
        ("Count to 5 at the end of each lift.", 5),
    ],
)
def test_a_count_after_a_still_step_is_held(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(("text", "per_day"), [("Daily 5 % increase.", 1)])
def test_a_percentage_after_a_label_is_no_count(text: str, per_day: int) -> None:
    assert read(text).times_per_day == per_day


@pytest.mark.parametrize(
    "text",
    [
        "If you are weary at the end of the day, skip the walk.",
        "If your fingers are puffy at the end of the day, raise them",
    ],
)
def test_a_state_before_the_end_of_the_day_is_no_session(text: str) -> None:
    assert read(text).time_of_day is None


@pytest.mark.parametrize(
    "text",
    ["Repeat once holding both sides of the towel.", "Repeat once keeping both sides level."],
)
def test_both_sides_of_a_thing_is_no_other_side(text: str) -> None:
    assert read(text).reps == 2


def test_an_easing_word_in_the_aim_keeps_as_needed() -> None:
    assert read("If stiff, stretch gently to make moving easier.").prn


@pytest.mark.parametrize("text", ["If sore, rest the ankle", "If sore, take a rest day"])
def test_resting_a_part_or_a_day_after_a_symptom_is_a_rule(text: str) -> None:
    assert not read(text).prn


@pytest.mark.parametrize(
    ("text", "days"),
    [("Continue the exercises for 48 hours", 2), ("Continue icing for 48 hours.", 2)],
)
def test_the_exercise_kept_up_for_whole_days_is_a_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    "text",
    [
        "If you have had back pain for 6 weeks, do these exercises twice a day.",
        "If pain has lasted for 2 weeks, see your GP",
    ],
)
def test_a_symptom_s_length_with_a_body_part_or_has_lasted_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize("end", ["!", ":"])
def test_a_doing_s_length_as_a_heading_is_asked(end: str) -> None:
    reading = read(f"After exercising for 6 weeks{end}")
    assert reading.anchor is None
    assert reading.ambiguous


# A sixth fresh-eyes review (1,307 probes) of the mends above.


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Exercises are best done at the end of the day", ("evening",)),
        ("Stretching is done in the morning and at the end of the day", ("morning", "evening")),
    ],
)
def test_a_verb_of_being_before_the_end_of_the_day_is_no_symptom(
    text: str, times: tuple[str, ...]
) -> None:
    assert read(text).time_of_day == times


def test_feeling_heavy_at_the_end_of_the_day_is_no_session() -> None:
    assert read("If your legs feel heavy at the end of the day, raise them").time_of_day is None


def test_a_count_after_jogging_and_a_comma_is_asked() -> None:
    reading = read("Jog on the spot, count to 60, then rest")
    assert reading.hold_seconds is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "hold"),
    [("Do 10 heel raises and count to 5 at the top", 5), ("Do wall squats and count to 10", 10)],
)
def test_a_count_where_the_words_place_a_hold_is_held(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


def test_to_a_count_after_walking_is_a_pace() -> None:
    reading = read("Walk to a 4 count")
    assert reading.hold_seconds is None
    assert "pace" in reading.note


@pytest.mark.parametrize(
    "text", ["Continue this for 24 hours then start exercises", "Continue the cream for 72 hours"]
)
def test_another_subject_or_a_first_step_kept_up_is_no_course(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert reading.duration_days is None


def test_trying_to_go_slower_after_a_symptom_is_a_rule() -> None:
    assert not read("If it hurts, try to go slower").prn


def test_from_morning_till_night_is_asked() -> None:
    reading = read("Repeat 5 times from morning till night")
    assert reading.ambiguous
    assert reading.time_of_day is None


def test_both_sides_before_a_schedule_is_one_each_side() -> None:
    reading = read("Repeat once both sides daily")
    assert (reading.reps, reading.per_side, reading.times_per_day) == (1, True, 1)


def test_a_hold_label_s_percentage_is_what_is_held() -> None:
    reading = read("Hold: 30 % MVC")
    assert reading.hold_seconds is None


# A seventh fresh-eyes review (728 probes) of the mends above.


@pytest.mark.parametrize(
    "text",
    [
        "If your legs are heavy at the end of the day, rest them",
        "When your legs get heavy at the end of the day, raise them",
    ],
)
def test_a_state_on_a_condition_at_the_end_of_the_day_is_no_session(text: str) -> None:
    assert read(text).time_of_day is None


def test_getting_home_at_the_end_of_the_day_is_still_the_evening() -> None:
    reading = read("When you get home at the end of the day, do the exercises")
    assert reading.time_of_day == ("evening",)


@pytest.mark.parametrize(
    "text", ["Do squats and count to 10", "Walk and count to 30 at the top of the hill"]
)
def test_a_count_after_a_moving_exercise_or_at_a_place_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is None
    assert reading.ambiguous


def test_both_sides_at_once_is_no_other_side() -> None:
    try:
        reading = read("Repeat once on both sides at once")
    except PhraseError:
        return
    assert not (reading.reps == 1 and reading.per_side and not reading.ambiguous)


# An eighth fresh-eyes review (827 probes) of the mends above.


@pytest.mark.parametrize(
    "text",
    [
        "When you are sitting down at the end of the day, do these 10 times.",
        "When you get in from work at the end of the day, do 3 x 10 squats.",
        "When is it best? Do 3 x 10 at the end of the day.",
    ],
)
def test_a_condition_without_a_symptom_keeps_the_evening(text: str) -> None:
    reading = read(text)
    assert reading.time_of_day == ("evening",)
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "If you are busy at the end of the day, do them in the morning",
        "When you are busy at the end of the day, do them in the morning",
        "When you are free at the end of the day, do 3 x 10 squats.",
        "If your leg feels weak at the end of the day, rest",
        "If the weather is good walk 20 minutes at the end of the day.",
    ],
)
def test_a_state_on_a_condition_at_the_end_of_the_day_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "in a condition" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Legs often feel heavy at the end of the day.",
        "Your legs will feel heavy at the end of the day.",
        "If your legs seem heavy at the end of the day, elevate them.",
        "Legs get heavy at the end of the day.",
    ],
)
def test_heavy_legs_at_the_end_of_the_day_are_a_symptom(text: str) -> None:
    assert read(text).time_of_day is None


def test_heavy_legs_then_raised_at_night_is_once_a_day() -> None:
    reading = read("Legs often feel heavy at the end of the day, so elevate them at night.")
    assert (reading.times_per_day, reading.time_of_day) == (1, ("night",))


def test_a_count_at_the_top_of_a_place_is_asked() -> None:
    reading = read("Walk up the hill and count to 5 at the top of the hill.")
    assert reading.hold_seconds is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("Repeat once on both sides in the morning.", "morning"),
        ("Repeat once on both sides at night.", "night"),
    ],
)
def test_both_sides_before_a_time_of_day_is_one_each_side(text: str, slot: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.per_side, reading.ambiguous) == (1, True, False)
    assert reading.time_of_day == (slot,)


def test_both_sides_before_a_count_a_day_is_one_each_side() -> None:
    reading = read("Repeat once on both sides 3 times a day")
    assert (reading.reps, reading.per_side, reading.times_per_day) == (1, True, 3)


@pytest.mark.parametrize(
    "text", ["Continue with the exercises for 48 hours", "Continue to ice for 48 hours"]
)
def test_keeping_on_with_the_exercise_for_whole_days_is_its_course(text: str) -> None:
    assert read(text).duration_days == 2
