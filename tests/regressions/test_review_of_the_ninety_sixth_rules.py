"""
What a fresh-eyes review found in the rules made for the blind set -96 and the review
before it: each test names the rule, with the review's phrases and others written the
same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Repeat 10 times. Hold the stretch. After 30 seconds, relax.",
        "Twice a day: hold the stretch. After 30 seconds, relax.",
    ],
)
def test_a_hold_without_its_own_length_is_held_until_coming_back(text: str) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (30, False)


@pytest.mark.parametrize(
    "text",
    [
        "Place a towel roll under your knee and push down. After 5 seconds, relax.",
        "Walk your feet forward and slide down the wall. After 30 seconds, slide back up.",
    ],
)
def test_coming_back_after_a_word_of_moving_work_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a bout that long, or a hold?" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Clamshells. After 30 seconds, do the other side.",
        "Bend and straighten your knee. After 30 seconds, do the other leg.",
        "Push your knee down. After 5 seconds, push it down further.",
        "After 5 seconds, roll your shoulders back.",
    ],
)
def test_doing_the_other_side_or_going_further_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


def test_switching_over_to_another_activity_is_no_side() -> None:
    reading = read("Walk. After 2 minutes, switch over to jogging")
    assert (reading.per_side, reading.hold_seconds) == (False, None)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("You will continue for 2 weeks", 14),
        ("The exercises will continue for 6 weeks", 42),
        ("The programme will last for 12 weeks", 84),
        ("You will continue feeling sore in the first 2 weeks.", None),
        ("The swelling will continue for the first 2 weeks.", None),
        ("Swelling may continue for 2 weeks", None),
    ],
)
def test_going_on_for_a_time_is_the_course_only_for_the_exercises(
    text: str, days: int | None
) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.ambiguous) == (days, False)


@pytest.mark.parametrize(
    "text", ["It will continue for 6 weeks", "It will continue for the first 6 weeks."]
)
def test_it_going_on_for_a_time_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.ambiguous) == (None, True)


@pytest.mark.parametrize(
    "text",
    [
        "If pain reaches 6/10, keep it up.",
        "If pain reaches 6/10, keep the pace up.",
        "If pain is 3 out of 10, that is acceptable so long as it settles.",
        "If pain is 3 out of 10, that is acceptable while exercising.",
    ],
)
def test_keeping_going_at_a_level_is_no_as_needed(text: str) -> None:
    assert not read(text).prn


@pytest.mark.parametrize(
    "text",
    [
        "If pain reaches 6/10, keep your leg up.",
        "If pain reaches 6/10, reduce pain by resting.",
        "If pain reaches 6/10, reduce swelling by elevating.",
    ],
)
def test_easing_the_symptom_at_a_level_is_as_needed(text: str) -> None:
    assert read(text).prn


def test_changing_position_for_a_time_is_no_hold() -> None:
    assert read("Change position for 5 minutes.").hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Hold each leg raise for 5 seconds, each time.",
        "Hold each leg raise for 5 seconds, per repetition.",
    ],
)
def test_each_time_after_a_leg_raise_is_no_side_said_again(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize("text", ["Do 1 x 10, rest and repeat.", "1 x 20, rest, then repeat"])
def test_repeating_after_one_set_is_asked_not_refused(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "'repeat' after one set" in (reading.note or "")


def test_a_set_defined_then_a_second_set_is_two() -> None:
    reading = read(
        "Complete 10 repetitions of this exercise for each foot, this is one set. "
        "Rest for 30 seconds, then complete the second set."
    )
    assert (reading.sets, reading.reps) == (2, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The pain you feel may last for 2 weeks",
        "Soreness from these stretches may last for 2 days",
        "The benefit of the exercises will last for 6 weeks",
        "Numbness under the splint may continue for 2 weeks",
    ],
)
def test_what_is_felt_or_gained_lasting_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "an expected time" in (reading.note or "")


@pytest.mark.parametrize(
    "text", ["The brace will continue for 6 weeks", "Your splint may last 4 weeks"]
)
def test_a_device_going_on_for_a_time_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.ambiguous) == (None, True)


def test_a_schedule_after_a_change_is_kept() -> None:
    reading = read("Once your knee has settled do the exercises every morning within 2 weeks")
    assert (reading.times_per_day, reading.duration_days) == (1, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Stand on one leg. After 30 seconds, do the other side",
        "Balance on one leg. After 30 seconds, do the other side",
    ],
)
def test_a_posture_before_doing_the_other_side_is_held(text: str) -> None:
    assert read(text).hold_seconds == 30


def test_coming_back_more_slowly_is_still_coming_back() -> None:
    assert (
        read("Lift your leg. After 10 seconds, bring it back down more slowly").hold_seconds == 10
    )


@pytest.mark.parametrize(
    "text",
    [
        "If pain reaches 5/10, reduce it by lowering the weight",
        "If pain reaches 5/10, reduce it by slowing down",
    ],
)
def test_changing_the_exercise_at_a_level_is_no_as_needed(text: str) -> None:
    assert not read(text).prn


def test_a_treatment_after_a_judged_level_is_as_needed() -> None:
    assert read("If pain is 3/10, that is ok but take 2 tablets").prn


def test_a_period_said_only_with_a_replaced_dose_is_asked() -> None:
    reading = read("Do 3 x 10 instead of 2 x 10 each day")
    assert (reading.sets, reading.reps, reading.ambiguous) == (3, 10, True)
    assert "said with what is replaced" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "every", "per_week"),
    [
        ("Do 3 x 10 every other day instead of 3 x 10 each day.", 2, None),
        ("Do 3 x 10 three times a week instead of 3 x 10 daily.", None, 3),
    ],
)
def test_a_dose_with_its_own_timing_keeps_it_beside_a_replaced_one(
    text: str, every: int | None, per_week: int | None
) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.times_per_week, reading.ambiguous) == (
        every,
        per_week,
        False,
    )


@pytest.mark.parametrize(
    "text", ["Do the whole routine once in 15 minutes", "Walk a mile once in 20 minutes"]
)
def test_once_in_minutes_is_asked_how_often_or_how_fast(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (None, True)


def test_a_bare_each_after_a_leg_raise_is_the_side() -> None:
    reading = read("Hold each leg raise for 5 seconds, 10 each")
    assert (reading.per_side, reading.ambiguous) == (True, False)


def test_once_in_awhile_is_asked() -> None:
    assert read("flip over once in awhile").ambiguous


def test_getting_up_from_the_floor_is_standing_up() -> None:
    assert read("Stretch every time you get up from the floor").anchor == "when standing up"


@pytest.mark.parametrize(
    "text",
    [
        "Rest 30 seconds after each round, 3 rounds.",
        "Do these stretches after the following session.",
        "the evening before the concert",
        "Stretch before class ends.",
        "after something session",
    ],
)
def test_no_standing_anchor_is_read_from_a_round_or_a_one_off(text: str) -> None:
    assert read(text).anchor is None


@pytest.mark.parametrize(
    "text",
    [
        "If pain is 3/10, that's fine but don't push further.",
        "If pain reaches 5/10, reduce it by lowering the weight",
    ],
)
def test_a_level_judged_or_eased_by_changing_the_dose_is_no_as_needed(text: str) -> None:
    assert not read(text).prn


@pytest.mark.parametrize(
    "text",
    [
        "If pain reaches 6/10, reduce it by raising your leg",
        "If pain reaches 6/10, reduce it by lying down",
    ],
)
def test_easing_the_symptom_by_a_treatment_is_as_needed(text: str) -> None:
    assert read(text).prn


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The programme will usually last for 12 weeks.", 84),
        ("3 x 10 daily, pain ok. You will continue for 6 weeks.", 42),
        ("When the soreness eases, you will continue for 6 weeks.", 42),
    ],
)
def test_the_course_is_read_past_modals_and_earlier_clauses(text: str, days: int) -> None:
    assert read(text).duration_days == days


def test_a_posture_to_move_in_is_no_hold() -> None:
    text = (
        "Lie on your back and bend and straighten your knee. After 30 seconds, do the other side."
    )
    assert read(text).hold_seconds is None


def test_each_without_a_count_after_a_leg_raise_is_still_asked() -> None:
    assert read("Hold each leg raise for 5 seconds and rest between each").ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "If pain reaches 5/10, reduce it by performing fewer reps",
        "If pain reaches 5/10, reduce it by going slower",
        "If pain reaches 5/10, reduce it by switching to an easier exercise",
    ],
)
def test_easing_by_doing_less_at_a_level_is_no_as_needed(text: str) -> None:
    assert not read(text).prn


@pytest.mark.parametrize(
    "text",
    [
        "Pain-free? Progress to 3 x 15.",
        "No pain? Progress to 3 x 15 daily.",
        "Swelling gone? Start walking daily.",
    ],
)
def test_a_symptom_gone_asked_about_is_a_condition(text: str) -> None:
    assert not read(text).prn


def test_a_heading_naming_a_condition_is_asked() -> None:
    reading = read("Low back pain? Do 3 x 10 daily for 6 weeks.")
    assert (reading.duration_days, reading.ambiguous) == (42, True)


def test_a_treatment_after_but_is_as_needed() -> None:
    text = "If the pain reaches 4/10, that is acceptable but you should take painkillers."
    assert read(text).prn


def test_rest_on_a_weekday_night_keeps_its_question() -> None:
    assert read("Rest on Saturday nights.").ambiguous


def test_each_way_after_a_leg_raise_is_no_side_said() -> None:
    assert read("Hold each leg raise for 5 seconds, 10 each way.").ambiguous


def test_a_named_event_after_every_morning_is_read() -> None:
    reading = read("Do these every morning before class.")
    assert (reading.anchor, reading.ambiguous) == ("before class", False)


def test_on_so_many_days_weekly_is_not_asked() -> None:
    reading = read("Do 3 x 10 on 3 days weekly.")
    assert (reading.times_per_week, reading.ambiguous) == (3, False)


@pytest.mark.parametrize(
    "text",
    [
        "Swelling not settled? Ice 3 times a day",
        "Pain not better? Ice 3 times a day",
        "Still not pain free? Ice 3 times a day",
        "Pain in your knee? Ice 15 minutes every 2 hours",
    ],
)
def test_a_symptom_still_there_asked_about_is_as_needed_and_asked(text: str) -> None:
    reading = read(text)
    assert (reading.prn, reading.ambiguous) == (True, True)


def test_a_stop_after_a_symptom_asked_about_is_no_as_needed() -> None:
    assert not read("Is it painful? Stop").prn


def test_a_count_each_with_more_after_it_says_the_side() -> None:
    reading = read("Hold each leg raise for 5 seconds, 10 each, twice daily")
    assert (reading.per_side, reading.ambiguous, reading.times_per_day) == (True, False, 2)


def test_rounds_of_a_stated_hold_keep_it() -> None:
    reading = read("Hold the plank for 3 rounds of 30 seconds")
    assert (reading.sets, reading.hold_seconds) == (3, 30)


@pytest.mark.parametrize("text", ["5 x 1 minute rounds", "3 x 30 second rounds"])
def test_rounds_of_a_time_are_no_silent_hold(text: str) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (None, True)


def test_pw_is_per_week() -> None:
    reading = read("Exercise on 5 days pw")
    assert (reading.times_per_week, reading.ambiguous) == (5, False)


def test_resting_in_a_pose_said_first_is_no_hold() -> None:
    assert read("Rest with your legs in the pose for 1 minute").hold_seconds is None


@pytest.mark.parametrize(
    "text", ["Rest on Monday and Wednesday nights", "Rest on Saturday nights."]
)
def test_nights_of_rest_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.time_of_day is None


def test_times_given_as_examples_with_a_comma_are_asked() -> None:
    assert read("stretch e.g., in the morning and evening").ambiguous


def test_sets_numbered_in_the_plural_is_the_count_of_sets() -> None:
    reading = read("Sets 3: 10 reps")
    assert (reading.sets, reading.reps, reading.ambiguous) == (3, 10, False)


def test_one_set_named_beside_a_count_of_sets_is_asked() -> None:
    reading = read("3 sets. Set 1: 12 reps")
    assert reading.ambiguous
    assert "the others too?" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "every"),
    [
        ("at least 2 days between sessions", 3),
        ("Squats 3 x 10, 2 days between sessions", 3),
    ],
)
def test_days_between_sessions_are_days_apart(text: str, every: int) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.duration_days) == (every, None)


def test_on_so_many_days_between_sessions_is_no_gap() -> None:
    reading = read("Do 10 reps on 2 days between sessions")
    assert (reading.every_n_days, reading.ambiguous) == (None, True)


@pytest.mark.parametrize(
    "text",
    [
        "Still pain free? Continue 3 x 10",
        "Not painful? Progress to 3 x 15",
        "Pain stopped? Progress to 3 x 15",
    ],
)
def test_a_symptom_gone_said_in_other_words_is_a_condition(text: str) -> None:
    assert not read(text).prn


def test_no_change_in_a_symptom_is_no_symptom_gone() -> None:
    assert read("No change in pain? Ice 3 times a day").prn


def test_rest_said_in_another_clause_keeps_the_night() -> None:
    reading = read("Rest well and run Tuesday nights")
    assert (reading.time_of_day, reading.ambiguous) == (("night",), False)


@pytest.mark.parametrize(
    "text", ["Rest completely on Friday nights", "Rest: Monday nights", "Rest days: Sunday nights"]
)
def test_nights_of_rest_said_any_way_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.time_of_day is None


def test_rest_then_a_walk_at_night_keeps_the_night() -> None:
    reading = read("Rest Sundays, walk Tuesday nights")
    assert (reading.time_of_day, reading.ambiguous) == (("night",), False)


def test_a_course_before_between_stays_a_course() -> None:
    reading = read("Continue the exercises for 14 days between reviews")
    assert (reading.duration_days, reading.every_n_days) == (14, None)


def test_the_most_days_between_sessions_is_asked() -> None:
    reading = read("No more than 2 days between sessions")
    assert (reading.every_n_days, reading.ambiguous) == (None, True)


def test_sets_numbered_as_a_range_are_asked() -> None:
    reading = read("Sets 1-3: 10 reps")
    assert (reading.sets, reading.ambiguous) == (None, True)


@pytest.mark.parametrize(
    "text",
    [
        "Not pain free? Ice for 10 minutes 3 times a day",
        "Pain stopped you sleeping? Ice for 10 minutes at night",
        "Pain more or less constant? Ice 15 minutes every 2 hours",
    ],
)
def test_a_symptom_still_there_in_a_double_negative_is_as_needed(text: str) -> None:
    reading = read(text)
    assert (reading.prn, reading.ambiguous) == (True, True)
