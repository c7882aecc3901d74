"""
The sixty-sixth fresh-eyes review's findings: a count before a rest is no range of
lengths, a limb's own part moved keeps its side, a rest off the feet and a way of moving
said in another clause are rest days, a course from 0 months, and what may be said
before the days or the weeks of a gap.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("3 x 10 - 2 min rest", 3, 10),
        ("Calf raises 3x15 - 1 min rest", 3, 15),
        ("3 sets of 12 - 1 min rest between sets", 3, 12),
        ("Squats 3 x 8 - 1.5 min rest", 3, 8),
        ("Reps: 15 - 1 min break", None, 15),
        ("Wall push-ups 2 x 15 - 1 min rest", 2, 15),
        ("Sets: 3, Reps: 10 - 1.5 min rest", 3, 10),
    ],
)
def test_a_count_then_a_rest_is_no_range_of_lengths(text: str, sets: int | None, reps: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Exercise 5 - 2 min hold x 3", 120),
        ("No. 6 - 1.5 min hold", 90),
        ("Set 2 - 1 min hold", 60),
    ],
)
def test_a_label_then_a_length_is_no_range_of_lengths(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@given(
    sets=st.integers(min_value=1, max_value=5),
    reps=st.integers(min_value=5, max_value=20),
    rest=st.sampled_from(["1", "1.5", "2", "3"]),
    unit=st.sampled_from(["min", "mins", "minute", "minutes"]),
)
def test_any_sets_and_reps_before_a_rest_in_minutes_keep_their_counts(
    sets: int, reps: int, rest: str, unit: str
) -> None:
    reading = read(f"{sets} x {reps} - {rest} {unit} rest")
    assert (reading.sets, reading.reps) == (sets, reps)


@pytest.mark.parametrize(
    "text",
    [
        "Point each of your feet and then curl your toes 10 times",
        "Straighten each of your arms and turn your upper arm in 10 times",
        "Lift each of your arms and squeeze your shoulder blade 10 times",
    ],
)
def test_a_limbs_own_part_moved_after_and_keeps_the_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Running: 2 days a week off your feet",
        "If you run, 2 days a week off the road",
        "Swim 3 days a week, and 2 days a week off the pool",
    ],
)
def test_days_off_the_feet_or_in_another_clause_are_rest_days(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.times_per_week in (None, 3)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("0 to 6 months postoperatively: walk daily", 180),
        ("0-2 months postnatally, walk daily", 60),
    ],
)
def test_a_course_of_months_from_an_operation_is_asked_as_30_days_a_month(
    text: str, days: int
) -> None:
    reading = read(text)
    assert reading.duration_days == days
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text", ["0-1.5 weeks postoperatively: walk daily", "0 to 1.5 days postpartum"]
)
def test_a_course_from_an_operation_in_parts_of_a_unit_is_refused(text: str) -> None:
    with pytest.raises(PhraseError, match="whole number of days"):
        read(text)


@pytest.mark.parametrize(
    "text",
    ["Do 10 ankle pumps an hour each day", "5 chin tucks an hour each day while at the desk"],
)
def test_a_count_an_hour_each_day_stays_hourly_and_asked(text: str) -> None:
    reading = read(text)
    assert reading.times_per_day == 24
    assert reading.ambiguous


def test_a_level_before_ground_or_a_setting_is_no_measure() -> None:
    assert read("Walk daily level ground only").times_per_day == 1
    assert read("Bike daily level 5 for 20 minutes").times_per_day == 1


def test_an_arrival_in_another_sentence_leaves_the_anchor() -> None:
    assert read("Arriving early? Walk 5 min before the session").anchor is not None


@pytest.mark.parametrize(
    "text",
    [
        "Every weekend morning, a 30 min walk",
        "Every weekend afternoon, cycle 1 hour",
        "Each weekend morning walk 30 min",
    ],
)
def test_a_part_of_the_day_each_weekend_is_both_days(text: str) -> None:
    reading = read(text)
    assert reading.days_of_week == ("SA", "SU")
    assert not reading.ambiguous


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Walk 20 min every morning x 3 days", 3),
        ("Walk 20 min each evening x 4 days", 4),
        ("Heat 20 min at bedtime x 5 days", 5),
    ],
)
def test_days_after_x_once_a_day_was_said_are_the_course(text: str, days: int) -> None:
    reading = read(text)
    assert reading.duration_days == days
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text", ["Step up and hold daily, 3 x 10", "Move to a chair and hold daily"]
)
def test_and_hold_after_a_step_is_the_exercise_not_a_progression(text: str) -> None:
    assert read(text).times_per_day == 1


@pytest.mark.parametrize(
    "text",
    ["3 x 10 daily, spend 2 weeks between each stage", "6 weeks between reviews; walk daily"],
)
def test_weeks_between_stages_or_reviews_are_no_gap_between_sessions(text: str) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.duration_days) == (None, None)
    assert reading.times_per_day == 1


def test_weeks_in_between_sessions_are_a_gap() -> None:
    reading = read("Wait 2 weeks in between sessions")
    assert reading.every_n_days == 14
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Tighten your tummy and hold 10 seconds while breathing normally, about 5 breaths",
        "Pose: hold 1 min, breathe in and out, about 12 breaths",
    ],
)
def test_breathing_on_through_a_hold_is_no_breath_held(text: str) -> None:
    assert read(text).reps is None


@pytest.mark.parametrize(
    "text",
    [
        "exercise at least 3 times every day, 10 minutes every time to avoid stiff shoulder.",
        "Each time to prevent pain, ice",
    ],
)
def test_a_symptom_to_avoid_is_a_purpose_not_as_needed(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert not reading.prn


@pytest.mark.parametrize(
    "text",
    [
        "It is better to spread this out over 3 to 5 days a week rather than doing it all at once.",
        "Do them all at once",
        "perform a single leg incline press at 1.5× body weight for at least eight repetitions",
    ],
)
def test_at_once_or_at_a_multiple_is_no_count_of_times(text: str) -> None:
    reading = read(text)
    assert reading.reps in (None, 8)
    assert reading.sets is None


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("All resistance bands exercises should be completed at 3×10", 3, 10),
        ("Each exercise should be performed at 10 times for first 2 weeks", None, 10),
    ],
)
def test_a_count_said_after_at_is_still_a_count(text: str, sets: int | None, reps: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)


@pytest.mark.parametrize(
    "text",
    [
        "hold leg up for 10-20 seconds before switching",
        "Switch to the opposite eye for 5-10 repetitions",
        "Hold 30 s then switch.",
        "Do a few rounds on one leg before switching.",
    ],
)
def test_switching_said_alone_or_to_the_other_eye_is_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    ["Warm up 5 to 10 minutes before aerobic activity.", "stretch before aerobic exercise"],
)
def test_aerobic_activity_is_exercise_as_an_event(text: str) -> None:
    assert str(read(text).anchor) == "before exercise"
