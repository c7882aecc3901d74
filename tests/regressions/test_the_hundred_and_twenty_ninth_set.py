"""
Rules made from the blind set -130 and the misreads the fourteenth and fifteenth
fresh-eyes reviews left: each test names the rule, with the phrase and others written the
same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text", ["Stretch 5 minutes after each meeting", "stretch for 3 minutes", "Stretch 4 minutes"]
)
def test_a_stretch_of_minutes_with_no_hold_said_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "bout" in reading.note


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("Hold the stretch for 5 minutes", 300),
        ("stretch for 2 minutes", 120),
        ("stretch for 1 minute", 60),
    ],
)
def test_a_stretch_held_or_of_two_minutes_at_most_is_a_hold(text: str, seconds: int) -> None:
    reading = read(text)
    assert reading.hold_seconds == seconds
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text", ["Hold at 70% effort for 45 s", "Hold gently, at half effort, for 45 s"]
)
def test_a_hold_said_before_its_length_is_held(text: str) -> None:
    assert read(text).hold_seconds == 45


def test_a_length_after_a_hold_with_its_own_length_is_not_that_hold() -> None:
    assert read("hold 10 s, walk for 45 s").hold_seconds == 10


@pytest.mark.parametrize(
    "text", ["3 x 1 arm rows", "2x1 leg squats", "4 x 1 legged hops", "3 x 1 foot balance"]
)
def test_a_count_of_one_before_a_limb_is_asked(text: str) -> None:
    assert read(text).ambiguous


def test_a_count_of_one_before_an_exercise_is_one_repetition() -> None:
    reading = read("5 x 1 rep max")
    assert (reading.sets, reading.reps, reading.ambiguous) == (5, 1, False)


@pytest.mark.parametrize(
    "text",
    ["Walk after each of the 3 meals and snacks", "Walk after each of your 3 meals or any snack"],
)
def test_meals_and_more_are_asked(text: str) -> None:
    assert read(text).ambiguous


def test_each_of_three_meals_then_more_is_three_a_day() -> None:
    reading = read("Walk after each of the 3 meals and then rest")
    assert (reading.times_per_day, reading.ambiguous) == (3, False)


@pytest.mark.parametrize(
    "text",
    [
        "Double sessions a day are not needed",
        "Twice a day is not necessary",
        "Daily stretching isn't required",
        "Three sets are unnecessary",
    ],
)
def test_a_dose_said_not_needed_is_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The programme takes 12 weeks to be completed", 84),
        ("The programme takes 12 weeks to get through", 84),
        ("The course takes 6 weeks to attend", 42),
        ("The protocol takes 12 weeks to full completion", 84),
    ],
)
def test_a_programme_that_takes_a_time_to_get_through_is_a_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    "text", ["These exercises take 6 weeks to work", "The programme takes 8 weeks to show results"]
)
def test_what_takes_a_time_to_bring_about_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


def test_a_programme_that_takes_a_range_of_weeks_is_asked() -> None:
    assert read("The programme takes 6 weeks to 12 weeks").ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "If mild symptoms progress weekly",
        "Depending on symptoms progress weekly",
        "Acceptable symptoms increase weekly",
        "If no pain and swelling progress weekly",
        "Without worsening symptoms progress weekly",
        # (a change said when free of a symptom is the dose's: asked, with no step)
        "If no pain increases weekly",
        "Without pain increases weekly",
        "Less stiffness builds each week",
    ],
)
def test_a_dose_that_changes_under_a_condition_on_symptoms_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "no step" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Symptoms increase every day",
        "Pain increases every day",
        "Pain worsens every day",
        "Stiffness increases every morning",
        "Swelling goes down each day",
        "Pain is getting worse every day",
        "Pain and swelling go down every day",
        "Pain settles down each night",
    ],
)
def test_a_symptoms_course_is_noted_not_scheduled(text: str) -> None:
    reading = read(text)
    assert "a symptom that changes" in reading.note
    assert reading.times_per_day is None
    assert not reading.time_of_day


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Repeat the stretch 3 different times throughout the day", "times_per_day", 3),
        ("3 separate times across your day", "times_per_day", 3),
        ("2 separate times throughout the week", "times_per_week", 2),
    ],
)
def test_separate_times_through_a_day_or_week_are_how_often(
    text: str, field: str, value: int
) -> None:
    reading = read(text)
    assert getattr(reading, field) == value
    assert reading.reps is None


@pytest.mark.parametrize("text", ["Month 1, 2 or 3 sets", "Grade 1, 2 or 3 sets"])
def test_a_numbered_stage_before_a_list_is_no_range_of_sets(text: str) -> None:
    sets = read(text).sets
    assert sets is None or (getattr(sets, "low", sets) != 1)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("in a year-long, randomized trial of twice weekly lifting", 365),
        ("a week-long course of daily walking", 7),
    ],
)
def test_a_programme_a_unit_long_is_a_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


def test_a_unit_long_of_something_else_is_no_course() -> None:
    assert read("a year long struggle with pain, walk daily").duration_days is None


@pytest.mark.parametrize(
    "text",
    [
        "Therapy was given for 30 minutes per session, five times per week, totaling 20 hours.",
        "five times per week, a total of 20 hours",
    ],
)
def test_a_total_time_is_noted_not_refused(text: str) -> None:
    reading = read(text)
    assert reading.times_per_week == 5
    assert "a total time" in reading.note


def test_years_of_something_said_with_no_for_are_asked() -> None:
    reading = read("at least two years of classical training and 2 classes a week")
    assert reading.ambiguous
    assert "history" in reading.note


@pytest.mark.parametrize(
    "text", ["walk daily for 2 years", "daily exercises for the first two years of the study"]
)
def test_years_said_for_are_a_course(text: str) -> None:
    assert read(text).duration_days == 730
    assert not read(text).ambiguous


def test_once_again_at_a_sentence_start_is_no_count() -> None:
    reading = read("Once again hold this for 30-60 seconds and repeat 3 times.")
    assert (reading.reps, reading.ambiguous) == (3, False)


# The sixteenth fresh-eyes review's findings.


@pytest.mark.parametrize(
    "text",
    [
        "The exercises take 2 weeks to learn",
        "You should take 2 days to rest",
    ],
)
def test_what_a_time_is_taken_to_do_is_asked_with_no_course(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.duration_days is None


@pytest.mark.parametrize(
    "text", ["The programme takes 12 weeks to work through", "The programme takes 12 weeks to run"]
)
def test_a_programme_that_takes_a_time_to_run_is_a_course(text: str) -> None:
    assert read(text).duration_days == 84


@pytest.mark.parametrize(
    "text",
    [
        "Hold a light weight and jog on the spot for 30 s",
        "Hold the stick overhead, then squat for 45 s",
    ],
)
def test_a_length_after_another_movement_is_not_the_holds(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Ice 15 minutes to keep swelling down each evening", ("evening",)),
        ("Elevate the leg to help the swelling go down each evening", ("evening",)),
    ],
)
def test_a_treatment_to_keep_a_symptom_down_keeps_its_schedule(
    text: str, times: tuple[str, ...]
) -> None:
    reading = read(text)
    assert reading.times_per_day == 1
    assert tuple(reading.time_of_day) == times


def test_meals_and_another_instruction_are_not_asked() -> None:
    reading = read("Walk after each of the 3 meals and keep a diary")
    assert (reading.times_per_day, reading.ambiguous) == (3, False)


def test_a_total_of_days_in_hours_is_asked() -> None:
    assert read("Do this for a total of 48 hours").ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "A week long rest period, then walk daily",
        "In a year long study, patients walked 3 times a week",
    ],
)
def test_a_span_a_unit_long_that_is_no_programme_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    "text", ["Twice a day is no longer needed", "Twice a day is not strictly necessary"]
)
def test_a_dose_said_not_needed_with_a_word_between_is_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Repeat 3 separate times throughout the day", "times_per_day"),
        ("Repeat 3 different times during the week", "times_per_week"),
    ],
)
def test_repeating_at_separate_times_of_a_day_or_week_is_how_often(text: str, field: str) -> None:
    reading = read(text)
    assert getattr(reading, field) == 3
    assert reading.reps is None


# The seventeenth fresh-eyes review's findings.


@pytest.mark.parametrize(
    "text",
    [
        "The programme takes 6 weeks to see results",
        "These exercises take 6 weeks to work",
        "The programme takes 12 weeks to fully heal",
    ],
)
def test_what_a_programme_takes_a_time_to_bring_about_is_noted(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.ambiguous) == (None, False)
    assert "an expected time" in reading.note


@pytest.mark.parametrize(
    "text", ["The programme takes 6 weeks to do its job", "We take 6 weeks to follow up"]
)
def test_what_else_a_time_is_taken_to_do_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.ambiguous) == (None, True)


def test_a_hold_kept_while_the_back_is_kept_flat_is_held() -> None:
    assert read("Hold the plank and keep your back flat for 30 s").hold_seconds == 30


@pytest.mark.parametrize(
    "text",
    [
        "Walk after each of the 3 meals and a snack",
        "Walk after each of the 3 meals, plus any snacks",
    ],
)
def test_meals_and_a_snack_are_asked(text: str) -> None:
    assert read(text).ambiguous


# Rules from the blind set -133.


@pytest.mark.parametrize(
    "text", ["Check your feet every day", "Check your skin every day for red marks"]
)
def test_a_daily_check_of_the_body_is_the_task(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (1, False)


def test_a_check_of_progress_is_asked_as_a_review() -> None:
    assert read("Check your progress every week").ambiguous


def test_a_good_time_says_when_not_how_often() -> None:
    reading = read("many find that first thing in the morning is a good time")
    assert reading.ambiguous
    assert "says when, not how often" in reading.note


# The eighteenth fresh-eyes review's findings.


def test_a_movement_with_and_inside_it_after_a_hold_is_no_hold() -> None:
    assert read("Hold the weights, step up and down for 30 s").hold_seconds is None


@pytest.mark.parametrize(
    "text",
    ["Get help if swelling increases each day", "It is common to feel pain worsen each night"],
)
def test_a_symptom_changing_in_a_warning_is_noted_not_scheduled(text: str) -> None:
    reading = read(text)
    assert reading.times_per_day is None
    assert "a symptom that changes" in reading.note


@pytest.mark.parametrize("text", ["The programme takes 8 weeks to deliver"])
def test_a_time_taken_to_deliver_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.ambiguous) == (None, True)
