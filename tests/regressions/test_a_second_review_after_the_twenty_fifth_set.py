"""
Regression: the rest of the review after the twenty-fifth set. Counts the dose rules read
as repetitions or a course ("twice a day, three times if you can", "3 times a
fortnight", "3 times throughout the week", "once in 3 days", "Rest every third day", "3
days this week", "twice as many"); a weekday every other week read as every week; a
progression's step read as how often; a start or a restriction said first read as the
course; another subject's duration or "if needed" given to the exercise; flare-up plans
read as the standing schedule; an optional extra read as the schedule; a list of meals
read as one session at noon; "hold 1m" read as one second; "between both knees" read as
each side; a lone "Sun" beside a dose dropped.
"""

from __future__ import annotations

import pytest

from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "per_day", "sets"),
    [
        ("twice a day, three times if you can", 2, None),
        ("3 times a day, but usually only twice", 3, None),
        ("Twice daily, once on run days", 2, None),
        ("Do 2 sets, 3 if you can", None, 2),
    ],
)
def test_another_count_as_an_option_is_asked_never_the_reps(
    text: str, per_day: int | None, sets: int | None
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.sets, reading.reps) == (per_day, sets, None)
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Hold 30 s, 3 times", 3),
        ("twice a day, 10 times", 10),
        ("Hold 30 s, 3 times if comfortable", 3),
        ("Hold 30 s, 3 if you can", 3),
    ],
)
def test_a_count_after_a_comma_is_still_the_reps(text: str, reps: int) -> None:
    reading = read(text)
    assert (reading.reps, reading.ambiguous) == (reps, False)


def test_a_hold_with_no_unit_before_n_x_n_is_asked() -> None:
    assert read("hold 5 x 10 twice daily").ambiguous


@pytest.mark.parametrize(
    ("text", "every", "per_week", "ambiguous"),
    [
        ("3 times a fortnight", None, None, True),
        ("once a fortnight", 14, None, False),
        ("twice a month", None, None, True),
        ("3 times throughout the week", None, 3, False),
        ("once in 3 days", 3, None, False),
        ("3 times in 7 days", None, 3, False),
        ("twice every 3 days", None, None, True),
        ("Rest every third day", None, None, True),
        ("Every 3rd day is a rest day", None, None, True),
        ("Rest every other day", 2, None, False),
        ("Run 3 days this week", None, 3, False),
    ],
)
def test_counts_over_days_weeks_and_months(
    text: str, every: int | None, per_week: int | None, ambiguous: bool
) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.times_per_week, reading.ambiguous) == (
        every,
        per_week,
        ambiguous,
    )
    assert reading.duration_days is None
    assert reading.reps is None


def test_days_this_week_after_a_dose_are_days_a_week() -> None:
    reading = read("3 x 10, 3 days this week")
    assert (reading.sets, reading.reps, reading.times_per_week) == (3, 10, 3)
    assert reading.duration_days is None


@pytest.mark.parametrize(
    "text", ["every other Monday", "alternate Fridays", "first Monday of the month"]
)
def test_a_weekday_every_other_week_is_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "every", "per_week"),
    [
        ("3 x 10, add a rep every other day", None, None),
        ("Run 3 times a week, adding a run every 2 weeks", None, 3),
        ("Hold 10 s x 5, increasing the hold every week", None, None),
    ],
)
def test_a_progression_s_step_is_no_timing(
    text: str, every: int | None, per_week: int | None
) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.times_per_week) == (every, per_week)
    assert "progression" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "In 2 weeks time, 3 x 10 daily",
        "In 6 weeks you can start jogging twice a week",
        "Two weeks from now, 3 x 10 daily",
        "2 weeks in, 3 x 15 daily",
    ],
)
def test_a_start_said_first_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "a start" in (reading.note or "")


@pytest.mark.parametrize("text", ["Until 12 weeks, no running", "For 6 weeks, no running"])
def test_a_restriction_s_time_is_asked_not_a_course(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.ambiguous) == (None, True)


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("Brace on for 6 weeks, quad sets 3 x 10 tds", 3),
        ("Non-weight bearing for 6 weeks, exercises 3 x 10 daily", 1),
        ("Keep the dressing on for 10 days, exercises twice daily", 2),
    ],
)
def test_another_subject_s_course_is_set_apart(text: str, per_day: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.duration_days) == (per_day, None)
    assert "another subject's timing" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Use ice if needed. 3 x 10 daily.",
        "Use a stick if needed; walk 10 minutes twice a day",
        "Take painkillers as needed. Exercises 3 x 10, 3 times a day.",
    ],
)
def test_another_subject_s_as_needed_is_set_apart(text: str) -> None:
    assert read(text).prn is False


@pytest.mark.parametrize(
    "text",
    [
        "If your knee is swollen, apply an ice pack 3 times a day, each for 15 to 30 minutes.",
        "Please perform the following maneuvers 3 times each day, each for the first week "
        "when instructed to do so by the doctor",
    ],
)
def test_a_clause_whose_subject_is_the_whole_phrase_keeps_its_timing(text: str) -> None:
    assert read(text).times_per_day == 3


@pytest.mark.parametrize(
    "text",
    ["during flare-ups, 3 x 10 twice daily", "On bad days, do the stretches 3 times a day"],
)
def test_a_flare_up_plan_is_as_needed(text: str) -> None:
    assert read(text).prn is True


def test_an_optional_extra_is_flagged() -> None:
    reading = read("3 x 10 daily, plus an extra set at night if you can")
    assert reading.ambiguous
    assert "an occasional extra" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "per_day"), [("breakfast, lunch and dinner", 3), ("at lunch and supper", 2)]
)
def test_a_list_of_meals_is_a_session_at_each_and_asked(text: str, per_day: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (per_day, True)


@pytest.mark.parametrize(("text", "hold"), [("hold 1m", 60), ("hold 2m x 3", 120)])
def test_hold_m_is_minutes_and_asked(text: str, hold: int) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (hold, True)


def test_twice_as_many_is_a_ratio() -> None:
    reading = read("Do twice as many on the weaker leg")
    assert reading.reps is None
    assert "a ratio" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Squeeze a pillow between both knees for 5 seconds, 10 times",
        "With a band around each wrist, 3 x 10",
    ],
)
def test_a_place_for_each_limb_is_no_side(text: str) -> None:
    assert read(text).per_side is False


def test_rolling_under_each_foot_is_each_side() -> None:
    assert read("Roll the object back and forth under each foot for at least 60 seconds.").per_side


@pytest.mark.parametrize(
    ("text", "days"),
    [("3 x 10 Sun", ("SU",)), ("Sun only, 3 x 10", ("SU",)), ("Wed, 3 x 10", ("WE",))],
)
def test_a_short_weekday_word_beside_a_dose_is_a_day(text: str, days: tuple[str, ...]) -> None:
    assert read(text).days_of_week == days


@pytest.mark.parametrize("text", ["sat down 3 x 10", "qd x 3mo"])
def test_the_word_or_a_month_is_no_day(text: str) -> None:
    assert read(text).days_of_week is None


def test_a_pause_before_lowering_is_a_hold() -> None:
    reading = read("Lift your hips a small amount, pause 2 to 3 seconds, then lower slowly.")
    assert reading.hold_seconds == Range(2, 3)


def test_a_pause_between_sets_is_a_rest() -> None:
    assert read("3 x 10, pause 30 seconds between sets").hold_seconds is None


def test_a_length_a_side_is_each_side() -> None:
    assert read("Spend 2 minutes a side working on your hips.").per_side


def test_taking_the_other_hand_away_is_no_side() -> None:
    assert not read("Take your other hand away and count to 5 keeping your fingers bent.").per_side


def test_minutes_and_seconds_each_side_are_no_clock_time() -> None:
    reading = read("1:00 ea side wall pigeon")
    assert reading.time_of_day is None
    assert reading.ambiguous


def test_every_other_weekend_is_asked() -> None:
    assert read("every other weekend").ambiguous


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("do plantar flexion and dorsiflexion exercises, 30 strokes each time, 3 times a day", 30),
        ("Endurance: Aim for 10-15+ reps", Range(10, 15)),
        ("10+ reps", 10),
    ],
)
def test_strokes_are_repetitions_and_a_plus_is_at_least(text: str, reps: object) -> None:
    assert read(text).reps == reps
