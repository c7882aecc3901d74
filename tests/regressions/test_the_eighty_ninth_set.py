"""
Rules general to the misses of the blind sets -89 and -90: each test names the rule, with
phrases of its kind (the sets' own and others written the same way).
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Start slow and repeat each exercise 5–10 times daily, as comfortable.",
        "Do this 5-10 times daily",
        "Repeat this exercise 6 to 10 times per day.",
    ],
)
def test_a_range_of_times_a_day_reaching_ten_with_no_dose_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "the sessions a day, or the repetitions" in (reading.note or "")


def test_a_few_times_a_day_with_no_dose_is_the_sessions() -> None:
    reading = read("Do this 3-5 times daily")
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "daily, once a week",
        "twice a week, daily",
        "1 session a week plus daily home exercise",
        "Perform stretches at least 2-3 days per week; daily is better",
    ],
)
def test_daily_beside_fewer_than_five_days_a_week_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "every day, or" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "days"), [("daily 6 days a week", 6), ("daily, 5 days a week", 5)]
)
def test_daily_beside_most_days_of_the_week_is_once_on_those_days(text: str, days: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week) == (1, days)
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "you must practice them every day even better, twice a day.",
        "Walk daily, or even twice a day",
    ],
)
def test_a_timing_said_as_better_than_another_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "said as better" in (reading.note or "")


def test_one_timing_said_as_best_is_the_dose() -> None:
    reading = read("3 x 10 twice a day is best")
    assert (reading.times_per_day, reading.ambiguous) == (2, False)


@pytest.mark.parametrize(
    "text",
    [
        "Keep your sessions few and high quality rather than train every day.",
        "Walk twice a week instead of running daily",
    ],
)
def test_a_timing_after_rather_than_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "what not to do" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "most muscles will stretch in six weeks",
        "You will notice a significant improvement within a week.",
        "You should see results within 2 weeks",
        "Do these daily; you should feel better in 2 weeks",
    ],
)
def test_a_change_foreseen_in_some_weeks_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "an expected time" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("You will complete the programme in 6 weeks", 42),
        ("you will get to graduation in 54 days", 54),
        ("Do the exercises daily for 6 weeks", 42),
    ],
)
def test_a_programme_done_or_reached_in_some_weeks_is_its_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


def test_a_review_in_some_weeks_stays_a_review() -> None:
    reading = read("Your physiotherapist will review you in 2 weeks.")
    assert "a review" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "When you've been doing the exercises from Stage 1 and Stage 2 for at least six weeks, "
        "you can add these Stage 3 exercises.",
        "Once you have done these for 2 weeks, progress to stage 2",
        "Once you have done these for a week, progress",
    ],
)
def test_a_stage_kept_before_the_next_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "one stage is kept" in (reading.note or "")


def test_a_stage_kept_keeps_its_dose() -> None:
    reading = read("Once you have done 3 x 10 daily for 2 weeks, progress to 3 x 15")
    assert (reading.sets, reading.reps, reading.times_per_day) == (3, 10, 1)
    assert reading.duration_days is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Perform these exercises 5 of the next 7 days.", 7),
        ("exercise 5 out of 7 days", None),
    ],
)
def test_days_of_the_next_seven_are_days_a_week(text: str, days: int | None) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days) == (5, days)


@pytest.mark.parametrize(
    "text", ["Do this ten times as fast as you can.", "Repeat 10 times as quickly as possible"]
)
def test_a_count_done_as_fast_as_you_can_is_the_repetitions(text: str) -> None:
    assert read(text).reps == 10


@pytest.mark.parametrize(
    "text", ["Breathe out twice as long as you breathe in", "twice as many", "three times as hard"]
)
def test_a_ratio_stays_a_ratio(text: str) -> None:
    reading = read(text)
    assert reading.reps is None
    assert "a ratio" in (reading.note or "")


def test_both_named_stretches_are_no_sides() -> None:
    reading = read("Both calf stretches are 3 sets for 20 seconds, One to two times a day.")
    assert not reading.per_side
    assert (reading.sets, reading.hold_seconds) == (3, 20)


@pytest.mark.parametrize(
    "text", ["the exerciser gently rocks left and right", "Turning left and right 10 times"]
)
def test_left_and_right_after_a_turning_verb_are_directions(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Applying an ice pack for 15 to 20 minutes helps reduce inflammation during sharp pain",
        "ice 15 min during pain",
    ],
)
def test_during_pain_is_as_needed(text: str) -> None:
    assert read(text).prn


@pytest.mark.parametrize("text", ["8 REPS EL // 2 SETS", "3x10 EL"])
def test_el_is_each_leg(text: str) -> None:
    assert read(text).per_side


def test_once_tolerant_says_when_not_how_many() -> None:
    reading = read("Once tolerant of uphill walking for 30-45 minutes")
    assert reading.reps is None
    assert "when to begin" in (reading.note or "")
