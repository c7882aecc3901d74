"""
Regression: times of day said in the plural beside a clock time ("Tuesday evenings at
7pm" was two sessions a day), and "am/pm" after a dose ("3x10 AM/PM" was 3 reps at
10:00); then the twenty-fourth blind set's silent misreadings: "more than once a day"
was once a day; "Rest and rinse if needed" made the exercise as needed; "3x plank 1
minute" and "stretches should be 3-5 minutes" lost the hold; "for five to ten seconds
before relaxing" was a timed bout; "and am now at level 6" was the morning; and a
weekday code no rule read ("3 x 30 sa") was passed over; "150 minutes ... every week"
was one session a week. Then the twenty-fifth set's: "x20 (x10 each leg)" was refused,
"one day on and one day off" asked, "two 5 minute walks daily" was once a day, "Maintain
the jog for 30 seconds" a hold, and "In two months, ..." a course.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "times", "per_day"),
    [
        ("Tuesday evenings at 7pm", ("19:00",), None),  # on a named day: when, not how many
        ("mornings at 8am", ("08:00",), 1),
        ("in the evening at 7pm", ("19:00",), 1),
        ("mornings and evenings", ("morning", "evening"), 2),
        ("in the evenings and at 10am", ("10:00", "evening"), 2),
    ],
)
def test_a_clock_time_inside_a_plural_time_of_day_is_one_time(
    text: str, times: tuple[str, ...], per_day: int | None
) -> None:
    reading = read(text)
    assert set(reading.time_of_day or ()) == set(times)
    assert reading.times_per_day == per_day


@pytest.mark.parametrize("text", ["3x10 AM/PM", "3 x 10 am and pm", "3 x 10 am & pm"])
def test_am_and_pm_after_a_dose_are_two_times_not_a_clock(text: str) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (3, 10)
    assert reading.time_of_day == ("morning", "evening")


def test_a_clock_time_with_am_is_still_a_clock_time() -> None:
    reading = read("3 x 10 at 10 am")
    assert (reading.sets, reading.reps, reading.time_of_day) == (3, 10, ("10:00",))


def test_a_count_before_a_clock_time_is_asked() -> None:
    reading = read("3 x 10 am")
    assert reading.ambiguous
    assert "clock time" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "you can repeat these set of exercises more than once a day",
        "more than 3 times a week",
        "do it more than 3 times",
    ],
)
def test_more_than_a_count_is_a_floor_and_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a floor, not the count" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("no more than twice a week", 2),
        ("Do not increase more than 10% per week", None),
    ],
)
def test_a_limit_is_no_floor(text: str, per_week: int | None) -> None:
    reading = read(text)
    assert "a floor" not in (reading.note or "")
    assert reading.times_per_week == per_week


def test_a_rest_as_needed_leaves_the_exercise_on_its_schedule() -> None:
    reading = read("Rest and rinse if needed. Repeat 5 to 10 times.")
    assert reading.prn is False
    assert "a rest when needed" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("3x plank 1 minute", 60),
        ("wall sit for 1 minute", 60),
        ("All stretches should be 3-5 minutes, held gently", Range(180, 300)),
        ("Tense for 5 seconds before relaxing", 5),
        ("tensing the muscles lightly, for five to ten seconds before relaxing", Range(5, 10)),
    ],
)
def test_the_length_of_a_still_exercise_is_a_hold(text: str, hold: object) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text",
    [
        "stretching for 10 minutes",
        "walk for 10 minutes then stretch",
        "walk for 2 minutes before relaxing",
    ],
)
def test_moving_or_long_work_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    ("text", "per_day", "times"),
    [
        ("I’m running every second day and am now at level 6.", None, None),
        ("I am doing 3 x 10 daily", 1, None),
        ("Stage I AM: 10 reps", 1, ("morning",)),
        ("10 reps am and pm", 2, ("morning", "evening")),
    ],
)
def test_am_the_verb_is_no_morning(
    text: str, per_day: int | None, times: tuple[str, ...] | None
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (per_day, times)


def test_a_weekday_code_no_rule_reads_is_flagged() -> None:
    reading = read("One leg standing balance exercise: 3 × 30 sa")
    assert reading.ambiguous
    assert "'sa'" in (reading.note or "")


def test_weekday_codes_in_a_list_are_days() -> None:
    assert read("3 x 10 Mo, We, Fr").days_of_week == ("MO", "WE", "FR")


@pytest.mark.parametrize(
    ("text", "sets", "reps", "per_side"),
    [
        ("one leg squats 2x10", 2, 10, False),
        ("Level 3: one leg squats 2×10 (each leg)", 2, 10, True),
        ("one arm rows 3 x 10", 3, 10, False),
    ],
)
def test_one_leg_before_an_exercise_names_it(
    text: str, sets: int, reps: int, per_side: bool
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.per_side) == (sets, reps, per_side)


@pytest.mark.parametrize(
    ("text", "per_side"),
    [("one leg at a time", True), ("one leg then the other, 10 times", True)],
)
def test_one_leg_as_a_side_is_still_a_side(text: str, per_side: bool) -> None:
    assert read(text).per_side is per_side


def test_stand_on_one_leg_keeps_its_hold() -> None:
    assert read("Stand on one leg for 30 seconds").hold_seconds == 30


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [("4(sets) × 6(reps);break time 60-90s", 4, 6), ("3 (sets) of 10", 3, 10)],
)
def test_units_in_brackets_after_numbers_are_labels(text: str, sets: int, reps: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.hold_seconds) == (sets, reps, None)


def test_a_break_of_a_time_is_a_rest() -> None:
    reading = read("3 x 10, break 60 s")
    assert reading.hold_seconds is None
    assert reading.dose is not None and reading.dose.rest is not None


def test_times_as_x_s() -> None:
    assert read("5 reps, 4x’s a day.").times_per_day == 4


@pytest.mark.parametrize(
    ("text", "per_week", "duration"),
    [
        ("such as 30 minutes per day on 5 days during the week.", 5, None),
        ("Treatment sessions are four consecutive days a week for four consecutive weeks", 4, 28),
        ("3 x 10 on 3 days of the week", 3, None),
    ],
)
def test_days_of_the_week_and_consecutive_weeks(
    text: str, per_week: int | None, duration: int | None
) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days) == (per_week, duration)


@pytest.mark.parametrize(
    "text",
    [
        "no more than 2 consecutive days without training",
        "When you are able to perform 30 reps in 2 consecutive days with no increase in pain",
    ],
)
def test_consecutive_days_without_for_are_no_course(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert reading.duration_days is None


def test_on_some_days_alone_is_no_course() -> None:
    reading = read("on 5 days")  # days a week, asked
    assert (reading.duration_days, reading.times_per_week, reading.ambiguous) == (None, 5, True)


@pytest.mark.parametrize(
    "text",
    [
        "Perform the exercise 2-3 times a day until vertigo disappears for 2 consecutive days",
        "do this daily until symptom free for 3 days",
        "until pain-free for 2 weeks",
    ],
)
def test_a_length_inside_a_criterion_is_the_criterion(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "a criterion" in (reading.note or "")


def test_count_slowly_to_ten_is_a_hold() -> None:
    assert read("count slowly to 10").hold_seconds == 10


@pytest.mark.parametrize(
    "text",
    [
        "Throughout pregnancy aim for at least 150 minutes of moderate intensity activity every week.",
        "150 minutes weekly",
        "walk for 30 minutes each week",
    ],
)
def test_a_length_each_week_is_a_total_or_a_session_and_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a total a week" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "per_week"),
    [("walk 30 minutes 3 times each week", 3), ("3 x 10 each week", 1)],
)
def test_a_count_a_week_or_no_length_is_not_asked(text: str, per_week: int) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.ambiguous) == (per_week, False)


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("perform a set of retraction 4 times per day.", 1, None),
        ("try adding in a set of single leg lateral jumps", 1, None),
        ("Do a set of 10 tilts daily.", 1, 10),
        ("Do another set of 8 to 10 repetitions for each leg.", None, Range(8, 10)),
    ],
)
def test_a_set_of_a_movement_is_one_set(text: str, sets: int | None, reps: object) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Scorpions/Crucifix x20 (x10 each leg)", 10),
        ("16 reps: Forward Big step – 8 each leg;", 8),
        ("10 reps (5 each side)", 5),
    ],
)
def test_a_total_then_half_each_side_is_the_count_each_side(text: str, reps: int) -> None:
    reading = read(text)
    assert (reading.reps, reading.per_side) == (reps, True)
    assert "is the total of" in (reading.note or "")


def test_two_different_counts_still_conflict() -> None:
    with pytest.raises(PhraseError):
        read("20 reps, 10 reps")


@pytest.mark.parametrize(
    ("text", "every", "ambiguous"),
    [
        ("You should complete your exercises one day on and one day off", 2, False),
        ("1 day on, 2 days off", 3, False),
        ("3 x 10, 1 day on 1 day off", 2, False),
        ("2 days on, 1 day off", None, True),
    ],
)
def test_one_day_on_is_every_few_days(text: str, every: int | None, ambiguous: bool) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.ambiguous, reading.duration_days) == (
        every,
        ambiguous,
        None,
    )


def test_reps_of_a_count_are_the_reps() -> None:
    reading = read("Try performing 3 sets with reps of 10-12.")
    assert (reading.sets, reading.reps) == (3, Range(10, 12))


@pytest.mark.parametrize(
    ("text", "per_day", "per_week"),
    [
        ("Begin with two 5 minute walks daily", 2, None),
        ("two walks daily", 2, None),
        ("3 runs weekly", None, 3),
    ],
)
def test_outings_daily_or_weekly_are_the_sessions(
    text: str, per_day: int | None, per_week: int | None
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week) == (per_day, per_week)


def test_keeping_up_a_movement_is_no_hold() -> None:
    reading = read("Maintain the jog for 30 to 45 seconds at a moderately hard pace")
    assert reading.hold_seconds is None
    assert read("maintain the stretch for 30 seconds").hold_seconds == 30


@pytest.mark.parametrize(
    "text",
    [
        "In two months, you should be walking four or five days per week",
        "3 x 10 daily. In 2 weeks, increase to 3 x 15",
    ],
)
def test_a_time_said_first_with_a_comma_is_when_not_a_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "a start" in (reading.note or "")
