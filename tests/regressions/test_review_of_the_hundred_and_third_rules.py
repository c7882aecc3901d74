"""
What a fresh-eyes review found in the rules made from the blind sets -103 to -105: each
test names the rule, with the review's phrases and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Exercise 3 x 10 daily with pain for 6 weeks", 42),
        ("Walk daily with pain for 2 weeks", 14),
        ("a 6-week follow-up exercise programme 3 times a week", 42),
        ("Attend a 12-week follow-up class twice a week", 84),
        ("Continue daily until the 6-week follow-up", 42),
    ],
)
def test_a_course_said_beside_a_symptom_or_a_follow_up_stays_a_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    ("text", "reps"),
    [("Do each set 10 times", 10), ("Repeat each set 10-15 times", Range(10, 15))],
)
def test_each_set_done_many_times_is_its_repetitions(text: str, reps: object) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (None, reps, False)


def test_each_set_done_a_few_times_is_asked() -> None:
    reading = read("do each set 3 times")
    assert (reading.sets, reading.ambiguous) == (3, True)


def test_each_set_done_again_beside_a_count_of_sets_is_read() -> None:
    reading = read("Complete each set 10 times, 3 sets")
    assert (reading.sets, reading.reps) == (3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Do the other leg up to 10 times",
        "then the other leg up to 10 reps",
        "on 1 leg, then the other in turn",
        "with one leg then the other out to the side",
    ],
)
def test_the_other_limb_up_to_a_count_or_in_turn_is_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    ("text", "hold", "asked"),
    [
        ("Wall sit done for 45 seconds", 45, False),
        ("Bridge done for 20 seconds", 20, True),
        ("Stretching performed for 30 seconds", 30, False),
        ("Each contraction performed for 10 seconds", 10, False),
        ("the plank is done for 30 seconds", 30, False),
    ],
)
def test_a_position_done_for_a_time_is_held(text: str, hold: int, asked: bool) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (hold, asked)


@pytest.mark.parametrize(
    "text",
    [
        "This should be done for 10 minutes 3 to 6 times a day.",
        "Each position is done for 3-15 minutes",
        "performed at maximal intensity for twenty seconds",
        "Every exercise is able to be done for 30 to 60 seconds twice a day.",
    ],
)
def test_work_done_for_a_time_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize("text", ["Tuesday nights and Thursday nights off", "Friday nights off"])
def test_each_night_of_a_list_off_is_rest(text: str) -> None:
    reading = read(text)
    assert reading.days_of_week is None
    assert "a rest day, not a session" in (reading.note or "")


@pytest.mark.parametrize(
    "text", ["Monday mornings off, walk daily", "Run daily, Saturday morning off"]
)
def test_part_of_a_day_off_beside_every_day_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.days_of_week, reading.ambiguous) == (None, True)
    assert "beside every day: which sessions?" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "per_day"),
    [("Take tablets every 6 hours", 4), ("Take your tablets every 4 hours", 6)],
)
def test_tablets_taken_are_a_medicine(text: str, per_day: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (per_day, False)


@pytest.mark.parametrize(
    ("text", "days", "times"),
    [
        ("Weekdays 9am, weekends 9am", ("MO", "TU", "WE", "TH", "FR", "SA", "SU"), ("09:00",)),
        ("Monday 9am and 5pm, Wednesday 9am and 5pm", ("MO", "WE"), ("09:00", "17:00")),
        (
            "Weekdays at 9am and 5pm, weekends at 9am and 5pm",
            ("MO", "TU", "WE", "TH", "FR", "SA", "SU"),
            ("09:00", "17:00"),
        ),
    ],
)
def test_the_same_times_on_every_day_named_are_read(
    text: str, days: tuple[str, ...], times: tuple[str, ...]
) -> None:
    reading = read(text)
    assert (reading.days_of_week, reading.time_of_day, reading.ambiguous) == (days, times, False)


@pytest.mark.parametrize("text", ["Wed at 6pm, Sat at 9am", "Monday at 9am and 5pm, Friday at 9am"])
def test_days_with_other_times_are_asked(text: str) -> None:
    assert "each day has its own time" in (read(text).note or "")


@pytest.mark.parametrize(("text", "day"), [("Sat at 10am", "SA"), ("Sun at 10am", "SU")])
def test_a_short_day_word_at_a_time_is_the_day(text: str, day: str) -> None:
    assert read(text).days_of_week == (day,)


def test_someone_who_sat_at_a_time_names_no_day() -> None:
    assert read("I sat at 9am and did 10 reps").days_of_week is None


@pytest.mark.parametrize("text", ["each set 5-10 reps", "Per set 3-5 reps"])
def test_a_range_for_each_set_is_read(text: str) -> None:
    assert not read(text).ambiguous


def test_a_plan_day_heading_a_count_of_sets_keeps_it() -> None:
    assert read("Day 1 sets: 3").sets == 3


def test_returning_to_a_place_named_after_the_middle_ends_no_hold() -> None:
    assert read("After 5 minutes, return to centre court").hold_seconds is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("every week to 2 weeks", 7, 14),
        ("every 2 days to a fortnight", 2, 14),
        ("every 3 weeks to a year", 21, 365),
    ],
)
def test_more_ranges_of_intervals_are_asked(text: str, low: int, high: int) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.duration_days, reading.ambiguous) == (
        Range(low, high),
        None,
        True,
    )


@pytest.mark.parametrize(
    "text", ["Balance practice for 10 minutes", "Balance drills for 10 minutes"]
)
def test_balance_work_for_minutes_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize("text", ["2/day up to 3/wk", "twice a day, building up to 3 times a week"])
def test_one_frequency_built_up_to_another_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "how often? say one" in (reading.note or "") or "progressing to" in (reading.note or "")


def test_a_symptom_of_any_kind_asked_each_morning_is_no_schedule() -> None:
    reading = read("Tight every morning?")
    assert (reading.time_of_day, reading.times_per_day) == (None, None)
