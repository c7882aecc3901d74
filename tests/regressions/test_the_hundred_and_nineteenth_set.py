"""
Rules made from the blind set -119 (airway clearance, lymphoedema, pelvic floor and
postnatal care; dance, martial arts, climbing and tactical fitness, tendon loading) and a
fifth fresh-eyes review: each test names the rule, with the phrase and others written the
same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Use your other hand to lift the saucepan, 10 times",
        "Use your other hand to move the beads, 10 times",
        "Lift the jug with the other hand, 10 reps",
        "Use your other hand to press the ball into the table, 10 times",
        "Hold 30 s, swap and hold with the other leg",
        "Hold 30 s and stretch with the other arm",
        "Lift the leg 10 times and lift with the other leg",
        "Turn around, place the other hand on the wall and repeat",
        "Put the other hand on your hip and repeat 10 times",
    ],
)
def test_the_other_limb_doing_the_task_or_in_its_turn_is_the_other_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Use your other hand to lift your weak arm above your head, 10 times",
        "Use your other hand to rest on the chair, 10 leg swings",
        "Use your other hand to push the stick, 10 reps",
        "Use your other hand to keep your balance, 10 heel raises",
        "Keep the other leg on the floor, 10 leg raises",
        "Hold the position 30 s with the other hand on the wall",
        "Hold the band in one hand and pull with the other hand, 10 reps",
        "Push off with the other foot, 10 reps",
    ],
)
def test_the_other_limb_helping_placed_or_paired_is_no_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Keep warm when you stretch", None),
        ("Hold a warm towel on the muscle when you stretch", "when stretching"),
        ("Hold a hot flannel on the calf when you stretch, 10 minutes", "when stretching"),
        ("Gently rub the scar when you stretch, 5 minutes", "when stretching"),
    ],
)
def test_a_treatment_when_you_stretch_and_a_cue(text: str, anchor: str | None) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    "text",
    [
        "Expect 6 weeks to recover",
        "Leave 2 days to recover between sessions",
        "Allow 2 days of recovery",
        "Have 2 days' recovery between sessions",
    ],
)
def test_a_time_to_recover_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Ice until swelling settles for up to 3 days", 3),
        (
            "Keep the splint on until the wound heals and do the exercises 4 times a day for 2 weeks",
            14,
        ),
    ],
)
def test_a_course_after_a_criterion_is_kept(text: str, days: int) -> None:
    assert read(text).duration_days == days


def test_breaks_after_an_outing_that_is_over_are_as_needed() -> None:
    assert read("After walking, take stretch breaks as needed").prn


@pytest.mark.parametrize(
    "text",
    ["Twice each weekday and daily at weekends", "Twice each weekday and more at weekends"],
)
def test_weekdays_and_another_count_at_weekends_are_asked(text: str) -> None:
    assert read(text).ambiguous


def test_a_warm_up_period_of_weeks_is_a_phase_asked() -> None:
    assert read("After the warm-up period of 2 weeks, increase the load").ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Consult your GP before attempting these exercises",
        "Before trying this exercise, check with your physio",
    ],
)
def test_a_check_with_a_clinician_before_starting_is_no_session_anchor(text: str) -> None:
    assert read(text).anchor is None


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("This process is repeated for 10 to 20 breaths", [10, 20]),
        ("for 30 breaths twice per day, every day", 30),
        ("30 relaxed exhalations done twice daily", 30),
    ],
)
def test_breaths_counted_with_no_hold_are_repetitions(text: str, reps: object) -> None:
    assert read(text).as_dict()["reps"] == reps


def test_breaths_held_are_still_asked() -> None:
    assert read("Hold for 10 breaths.").ambiguous


def test_the_following_weeks_plan_is_its_length() -> None:
    assert read("The following 5-week training plan").duration_days == 35


def test_stepping_out_of_bed_is_getting_up() -> None:
    reading = read("Try it first thing in the morning before stepping out of bed.")
    assert reading.anchor == "before getting out of bed"


@pytest.mark.parametrize(
    "text",
    [
        "Use your other hand to keep the paper still while you write, 5 minutes",
        "Use your other hand to lift the walking stick, 10 times",
        "Use your other hand to gently press the scar, 5 minutes",
    ],
)
def test_a_hand_holding_still_or_moving_an_aid_helps(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Stretch before exercise, and consult your GP before starting", "before exercise"),
        ("Consult your GP before each exercise session", "before exercise"),
        ("Before exercise, check with your doctor", None),
    ],
)
def test_a_clinicians_check_only_in_its_own_part(text: str, anchor: str | None) -> None:
    assert read(text).anchor == anchor


def test_continuing_for_breaths_is_still_asked() -> None:
    assert read("Continue the movement for 10 breaths").ambiguous


def test_repeat_once_is_asked() -> None:
    reading = read("Do 10 squats and repeat once")
    assert reading.ambiguous and reading.sets is None


def test_a_period_word_among_the_adjectives_is_kept() -> None:
    assert read("10 regular daily squats").times_per_day == 1


@pytest.mark.parametrize(
    "text",
    [
        "After your run, take stretch breaks as needed",
        "Following a walk, take stretch breaks as needed",
    ],
)
def test_breaks_after_an_outing_said_with_its_determiner(text: str) -> None:
    assert read(text).prn


def test_the_last_stretches_are_a_count_of_exercises() -> None:
    assert read("Do the last 2 stretches twice a day").reps is None


def test_no_more_than_days_after_a_criterion_is_the_course() -> None:
    assert read("Ice until the swelling settles for no more than 3 days").duration_days == 3


def test_days_of_active_recovery_are_no_course() -> None:
    assert read("2 days of active recovery").duration_days is None


def test_a_symptom_gone_from_a_place_is_a_condition_not_as_needed() -> None:
    reading = read("do the rest of the exercises when the pain in your knee has decreased")
    assert not reading.prn


def test_a_symptom_diminished_is_a_condition_not_as_needed() -> None:
    reading = read(
        "These should only be performed when the night pain has diminished more than 90%."
    )
    assert not reading.prn


@pytest.mark.parametrize(
    ("text", "per_side"),
    [
        ("Switch and use your other hand to hold the ball still for 30 seconds", True),
        ("Use your other hand to hold the kettlebell while you walk, 20 metres", True),
        ("Gently massage the scar with your other hand", False),
    ],
)
def test_holding_still_helps_only_while_the_first_works(text: str, per_side: bool) -> None:
    assert read(text).per_side is per_side


def test_a_period_of_minutes_after_the_event_is_asked() -> None:
    assert read("After the cool-down period of 5 minutes, stretch").ambiguous


@pytest.mark.parametrize(
    ("text", "prn"),
    [
        ("After dinner, walk with breaks as needed", False),
        ("After a long slow run, take stretch breaks as needed", True),
    ],
)
def test_breaks_and_an_outing_said_after_another_event(text: str, prn: bool) -> None:
    assert read(text).prn is prn


def test_more_without_than_is_no_cap_on_the_course() -> None:
    assert read("Continue until you are managing more for 3 days").duration_days is None


def test_repeat_once_keeps_each_side() -> None:
    assert read("Do 10 squats on each leg and repeat once").per_side


@pytest.mark.parametrize("text", ["10 daily squats", "10 regular daily morning squats"])
def test_a_daily_exercise_counted_is_asked_with_its_day_kept(text: str) -> None:
    reading = read(text)
    assert reading.times_per_day == 1 and reading.ambiguous


def test_the_other_stretches_are_a_count_of_exercises() -> None:
    assert read("Do the other 3 stretches twice a day").reps is None


def test_a_symptom_gone_from_a_two_word_place_is_no_as_needed() -> None:
    assert not read("When the pain in your lower back has decreased, walk daily").prn


@pytest.mark.parametrize(
    ("text", "per_side"),
    [
        ("Use your other hand to hold the jar while you twist the lid, 10 times", False),
        ("Use your other hand to keep the paper still while you write, 5 minutes", False),
        ("Use your other hand to hold the kettlebell while you walk, 20 metres", True),
    ],
)
def test_a_hand_holding_while_the_other_works_or_carrying(text: str, per_side: bool) -> None:
    assert read(text).per_side is per_side


@pytest.mark.parametrize(
    ("text", "prn"),
    [
        ("After your lunch walk, take stretch breaks as needed", True),
        ("After lunch walk with rest breaks as needed", False),
    ],
)
def test_breaks_after_a_walk_named_by_its_meal(text: str, prn: bool) -> None:
    assert read(text).prn is prn


def test_a_warm_up_period_of_the_first_week_is_asked() -> None:
    assert read("After the warm-up period of the first week, stretch").ambiguous
