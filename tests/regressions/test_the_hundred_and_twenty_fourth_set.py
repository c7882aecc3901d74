"""
Rules made from the blind set -124 (knee, hip and groin pain, strains and return to
running; return to work, lifting, hospital sheets, Parkinson's and MS): each test names
the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Nordic hamstring curls with the dose and frequency changing every week.",
        "3 x 10, the load increases each week",
    ],
)
def test_a_dose_that_changes_each_week_is_asked_not_weekly(text: str) -> None:
    reading = read(text)
    assert reading.times_per_week is None
    assert reading.ambiguous
    assert "a change with no step" in reading.note


def test_a_dressing_that_needs_changing_every_few_days_keeps_its_interval() -> None:
    reading = read("dressings may only need changing every 3-7 days")
    assert reading.every_n_days is not None


def test_increasing_every_week_stays_a_progression_note() -> None:
    assert "progression" in read("Nordic curls 3 x 6, increasing every week").note


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        (
            "choose one or two calf stretches that feel comfortable and perform them 3 times daily",
            3,
        ),
        ("pick 2 stretches and do them twice a day", 2),
    ],
)
def test_exercises_chosen_are_counted_not_repetitions(text: str, per_day: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.reps) == (per_day, None)
    assert "a count of exercises" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "pick four or five of the exercises below to do two to three times a week and in "
        "three weeks, they’ll notice a drastic difference",
        "Walk daily and in 2 weeks you will see a difference",
    ],
)
def test_a_time_before_a_change_noticed_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    "text",
    ["two rounds of standing clams for 60 seconds on each side", "clams for 30 seconds"],
)
def test_clams_for_a_time_are_worked_not_held(text: str) -> None:
    assert read(text).hold_seconds is None


def test_a_hold_at_the_top_of_a_clam_is_held() -> None:
    assert read("clams 3 x 10 with a 5 second hold at the top").hold_seconds == 5


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("You need to maintain the position for at least half-a-minute before relaxing.", 30),
        ("hold for at least 10 counts", 10),
        ("Roll your shoulders in a clockwise direction and hold for at least 10 counts", 10),
    ],
)
def test_at_least_a_length_held(text: str, seconds: int) -> None:
    assert read(text).hold_seconds == seconds


@pytest.mark.parametrize(
    "text",
    [
        "at least 2 days of resistance training per week",
        "The CDC recommends at least 2 days of activities per week that strengthen muscles.",
    ],
)
def test_at_least_days_of_an_activity_a_week_are_days_a_week(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days) == (2, None)


def test_a_total_of_each_exercise_in_sets_is_asked_as_sets() -> None:
    reading = read("a total of 30 repetitions of each exercise in batches of 10")
    assert (reading.sets, reading.reps, reading.ambiguous) == (3, 10, True)


# A tenth fresh-eyes review's findings on the rules of the sets -122 to -124.


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Walk daily in the first 2 weeks, you'll feel better", 14),
        ("Walk daily in the first two weeks, you'll notice a difference", 14),
    ],
)
def test_a_time_that_ends_the_instruction_before_keeps_its_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    "text",
    [
        "We'll progress the exercises in 2 weeks",
        "You'll return to work within 6 weeks",
        "You'll be back to normal within 6 weeks",
    ],
)
def test_what_will_change_or_come_back_in_a_time_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("Plank 3 x 30 s at 70% effort", 30),
        ("5 x 45 s at 70% effort, stay still", 45),
        ("Tighten your quads at 50% effort, 10 x 10 s", 10),
        ("Isometric knee extension 5 x 45 s at 70% maximum effort", 45),
    ],
)
def test_holds_at_a_share_of_effort_are_held(text: str, seconds: int) -> None:
    assert read(text).hold_seconds == seconds


@pytest.mark.parametrize(
    ("text", "reps"),
    [("1 arm rows", None), ("1 arm rows 10 reps", 10), ("1 leg squats daily", None)],
)
def test_one_arm_or_leg_is_never_a_count(text: str, reps: int | None) -> None:
    reading = read(text)
    assert reading.reps == reps
    assert "how many limbs" in reading.note


def test_two_legs_with_no_dose_after_are_asked() -> None:
    reading = read("2 leg squats")
    assert (reading.reps, reading.ambiguous) == (2, True)


def test_up_to_after_a_meeting_is_no_one_met() -> None:
    assert read("Stretch after each meeting up to 3 times a day").anchor == "after meeting"


@pytest.mark.parametrize(
    "text", ["at least 2 days of pain a week", "at least 2 days of no running per week"]
)
def test_days_of_a_symptom_or_of_none_are_not_days_a_week(text: str) -> None:
    assert read(text).times_per_week is None


def test_a_symptom_that_increases_each_day_is_no_change_of_dose() -> None:
    assert "a change with no step" not in read("If swelling increases each day, see your GP").note
