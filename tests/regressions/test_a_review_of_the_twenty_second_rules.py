"""
Regression: a review of the reader after the twenty-second blind set. Rest days said
with "but", "bar", "other than", "apart from", a heading ("Rest day: Sunday"), "off" or
"skip", and weekends off, were read as the days of the sessions; a count with a scale
word before hours ("100 billion hours") raised an `OverflowError`; "eaten" was split
into "ea" (each side) and "ten".
"""

from __future__ import annotations

import pytest

from rehabplan import parse_dose, parse_timing
from rehabplan.errors import PhraseError
from rehabplan.phrases import read

_ALL_BUT_SUNDAY = ("MO", "TU", "WE", "TH", "FR", "SA")


@pytest.mark.parametrize(
    "text",
    [
        "Every day but Sunday",
        "daily other than Sundays",
        "every day bar Sunday",
        "Every day apart from Sunday",
        "Exercise every day. Rest day: Sunday.",
        "Exercise daily; Sunday is your day off",
        "Skip Sundays, otherwise daily",
        "3 x 10 every day, Sunday off",
    ],
)
def test_a_rest_day_beside_daily_leaves_the_other_days(text: str) -> None:
    reading = read(text)
    assert reading.days_of_week == _ALL_BUT_SUNDAY
    assert not reading.ambiguous


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Rest day on Wednesday", ("MO", "TU", "TH", "FR", "SA", "SU")),
        ("Day off: Friday", ("MO", "TU", "WE", "TH", "SA", "SU")),
        ("Weekend off", ("MO", "TU", "WE", "TH", "FR")),
        ("Rest at weekends", ("MO", "TU", "WE", "TH", "FR")),
        ("Take weekends off", ("MO", "TU", "WE", "TH", "FR")),
        ("Weekends are rest days", ("MO", "TU", "WE", "TH", "FR")),
    ],
)
def test_rest_days_alone_are_asked_never_the_session_days(text: str, days: tuple[str, ...]) -> None:
    reading = read(text)
    assert reading.days_of_week == days
    assert reading.ambiguous
    assert "names the rest days only" in (reading.note or "")


def test_a_plan_s_rest_row_alone_is_noted() -> None:
    reading = read("Monday: Rest Day")
    assert (reading.days_of_week, reading.ambiguous) == (None, False)
    assert "a rest day, not a session" in (reading.note or "")


def test_a_rest_day_beside_named_session_days_is_not_one_of_them() -> None:
    assert read("Rest day Monday, run Tue/Thu/Sat").days_of_week == ("TU", "TH", "SA")


@pytest.mark.parametrize(
    "text",
    [
        "100 billion hours",
        "walk 100 billion hours",
        "hold million billion min",
        "hundred billion hours",
    ],
)
def test_a_length_too_long_for_any_clock_is_refused(text: str) -> None:
    for reader in (read, parse_dose, parse_timing):
        with pytest.raises(PhraseError):
            reader(text)


def test_eaten_is_no_side() -> None:
    assert not read("After you've eaten, 10 reps").per_side


@pytest.mark.parametrize(
    ("text", "reps"),
    [("Burpees 3 x 30 s", 3), ("Jumping jacks 3 x 45 seconds", 3), ("hops 3×20 seconds", 3)],
)
def test_timed_moving_work_is_timed_bouts_not_holds(text: str, reps: int) -> None:
    reading = read(text)
    assert (reading.reps, reading.hold_seconds, reading.ambiguous) == (reps, None, False)
    assert reading.dose is not None and reading.dose.duration is not None


def test_repeats_alone_may_repeat_a_hold_and_are_asked() -> None:
    reading = read("Repeats 8 x 60s")
    assert reading.ambiguous
    assert "timed bouts" in (reading.note or "")


def test_hill_repeats_are_timed_bouts() -> None:
    reading = read("Hill repeats 8 x 60s")
    assert (reading.reps, reading.hold_seconds) == (8, None)
    assert reading.dose is not None and reading.dose.duration is not None


@pytest.mark.parametrize(
    "text",
    [
        "Star jumps for 30 seconds",
        "Foam roll each muscle for 60 seconds",
        "Massage the area with a tennis ball for 60 seconds",
        "Kick your legs for 30 seconds",
        "Rock your knee from side to side for 30 seconds",
    ],
)
def test_moving_for_a_time_is_a_bout(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is None
    assert reading.dose is not None and reading.dose.duration is not None


@pytest.mark.parametrize(
    "text",
    ["Hold the calf stretch for 30 seconds", "keeping the roller on them for roughly 60 seconds"],
)
def test_held_still_for_a_time_is_a_hold(text: str) -> None:
    assert read(text).hold_seconds is not None


@pytest.mark.parametrize(
    "text",
    [
        "Your physiotherapist will review you in 2 weeks.",
        "3 x 10 daily. We will see you again in 2 weeks.",
        "See your GP in 2 weeks",
        "Twice daily; we'll check your progress in 4 weeks",
    ],
)
def test_a_visit_in_some_weeks_is_a_review_not_a_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "a review, not a course length" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "From 2 weeks, 3 x 10 daily",
        "From 6 weeks: jogging 3 times a week",
        "From 6 weeks onwards, 3 x 15 daily",
        "Starting from 2 weeks, do 3 x 10",
    ],
)
def test_a_start_said_first_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "a start after an event" in (reading.note or "")


def test_a_course_from_today_is_still_a_course() -> None:
    assert read("3 x 10 daily for 2 weeks from today").duration_days == 14


def test_days_this_week_are_days_a_week() -> None:
    assert read("Run 3 days this week").times_per_week == 3


def test_days_next_week_are_a_later_week_asked() -> None:
    reading = read("Exercise 3 days next week")
    assert (reading.duration_days, reading.ambiguous) == (None, True)


@pytest.mark.parametrize(("text", "hold"), [("hold 1 1/2 minutes", 90), ("2 x 1 1/2 min", 90)])
def test_a_whole_number_and_a_fraction_are_one_length(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


def test_a_fraction_after_a_count_of_ten_is_not_joined_to_it() -> None:
    reading = read("3 x 10 1/2 min rest")
    assert (reading.sets, reading.reps) == (3, 10)


@pytest.mark.parametrize("text", ["hold 2'", "hold 2\u2032", "walk 100'"])
def test_a_prime_mark_is_refused_minutes_or_feet(text: str) -> None:
    with pytest.raises(PhraseError, match="minutes or feet"):
        parse_dose(text)
    with pytest.raises(PhraseError, match="minutes or feet"):
        read(text)


def test_a_prime_mark_beside_a_dose_is_flagged() -> None:
    reading = read("Plank 1' x 3")
    assert reading.ambiguous
    assert reading.hold_seconds is None


@pytest.mark.parametrize(
    "text", ["reps x sets: 10 x 3", "10 x 3 (reps x sets)", "Reps x Sets: 10 x 3"]
)
def test_a_reps_by_sets_header_puts_the_reps_first(text: str) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (3, 10, False)


@pytest.mark.parametrize(
    ("text", "per_day", "per_week"),
    [("tds x 7", 3, None), ("twice daily x 14", 2, None), ("weekly x 6", None, 1)],
)
def test_x_n_after_how_often_is_asked(text: str, per_day: int | None, per_week: int | None) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week, reading.reps) == (
        per_day,
        per_week,
        None,
    )
    assert reading.ambiguous


@pytest.mark.parametrize("text", ["bi-weekly 3 x 10", "biweekly", "bi-daily", "bimonthly"])
def test_bi_a_period_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "or every other" in (reading.note or "")


def test_semi_weekly_is_twice_a_week() -> None:
    assert read("semi-weekly 2 x 15").times_per_week == 2


@pytest.mark.parametrize(
    "text",
    [
        "daily for 10 doses",
        "Hold 10 for 10 seconds",
    ],
)
def test_a_number_beside_a_timed_bout_is_never_dropped(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Balance on one leg for 30 seconds x 3", 30),
        ("Balance on a wobble board for 1 minute, 3 times", 60),
    ],
)
def test_a_balance_held_for_a_time_times_a_count_is_that_many_holds(text: str, hold: int) -> None:
    reading = read(text)
    assert (reading.reps, reading.hold_seconds) == (3, hold)


def test_reps_and_a_later_bout_are_not_asked() -> None:
    assert not read("10 reps, then walk for 5 minutes").ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Hydrotherapy Wednesdays, home exercises 3 x 10 daily",
        "Pilates class on Thursday, 3 x 10 every day",
    ],
)
def test_another_activity_s_day_beside_daily_is_asked(text: str) -> None:
    assert read(text).ambiguous


def test_a_visit_s_day_beside_the_exercise_is_set_apart_and_named() -> None:
    reading = read("Physio on Mondays, exercises twice daily")
    assert (reading.times_per_day, reading.days_of_week) == (2, None)
    assert "another subject's timing: 'on Mondays'" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "On Mondays, do the exercises twice a day",
        "Mondays and Thursdays, twice a day",
        "daily, Monday to Friday",
        "Bridges 3 x 10 twice a day, on Mondays and Fridays",
    ],
)
def test_days_and_a_count_a_day_of_one_timing_are_not_asked(text: str) -> None:
    assert not read(text).ambiguous


@pytest.mark.parametrize(
    "text",
    ["Run Mon/Wed/Fri and do strength work on Tue and Thu", "Swim on Tuesday, run Mon/Wed/Fri"],
)
def test_two_activities_days_are_asked_not_joined(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "days named in two clauses" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Monday, Wednesday and Friday",
        "on Mondays and also on Fridays",
        "My schedule had been Wed: Hydro, Saturday: Arms/shoulders, Sunday: Bike.",
    ],
)
def test_one_activity_s_days_are_joined(text: str) -> None:
    reading = read(text)
    assert len(reading.days_of_week or ()) == 3 or reading.days_of_week == ("MO", "FR")


@pytest.mark.parametrize(
    ("text", "per_day", "reps"),
    [
        ("Repetitions: 10  Times per day: 3", 3, 10),
        ("Reps: 3  Times/day: 2", 2, 3),
    ],
)
def test_a_label_table_reads_each_value_under_its_label(text: str, per_day: int, reps: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.reps, reading.ambiguous) == (per_day, reps, False)


def test_a_label_at_the_end_of_a_sentence_is_no_table() -> None:
    reading = read("you should aim to do both sets three or four times per day:")
    assert reading.sets is None


@pytest.mark.parametrize(
    ("text", "reps", "hold"),
    [
        ("Two 1-minute planks", 2, 60),
        ("Five 10-second holds", 5, 10),
        ("10 holds of 10 seconds", 10, 10),
        ("3 holds x 30 s", 3, 30),
        ("Do 3 30 second holds", 3, 30),
    ],
)
def test_a_count_of_holds_of_a_length(text: str, reps: int, hold: int) -> None:
    reading = read(text)
    assert (reading.reps, reading.hold_seconds, reading.ambiguous) == (reps, hold, False)


def test_at_least_one_day_apart_adds_no_session_a_day() -> None:
    reading = read("Three times a week, at least one day apart")
    assert (reading.times_per_week, reading.times_per_day) == (3, None)


@pytest.mark.parametrize("text", ["Do 10 reps tonight", "3 x 10 this evening"])
def test_one_evening_is_asked(text: str) -> None:
    assert read(text).ambiguous


def test_every_night_is_not_asked() -> None:
    assert not read("do this every night").ambiguous


def test_sets_and_reps_then_x_weeks_is_the_course() -> None:
    reading = read("3x10 x 6 weeks")
    assert (reading.sets, reading.reps, reading.duration_days) == (3, 10, 42)


def test_days_on_and_off_are_asked() -> None:
    reading = read("3 days on, 1 day off")
    assert (reading.duration_days, reading.ambiguous) == (None, True)


def test_an_age_group_is_no_hold() -> None:
    reading = read("Over 65s: 2 x 10 twice a week")
    assert (reading.hold_seconds, reading.sets, reading.reps) == (None, 2, 10)


def test_a_rate_a_minute_is_no_dose() -> None:
    assert read("Breathe 6 times a minute").reps is None


def test_a_count_on_the_way_down_is_a_tempo() -> None:
    reading = read("Come down for a count of 4")
    assert reading.hold_seconds is None
    assert "a tempo" in (reading.note or "")


def test_going_round_a_circuit_counts_sets() -> None:
    assert read("Go round the circuit twice").sets == 2


@pytest.mark.parametrize(
    "text",
    [
        "after exercise and at bedtime",
        "Stretch in the morning and after each run",
        "3 x 30 s after your run and before bed",
    ],
)
def test_a_time_and_an_event_joined_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a session at each" in (reading.note or "")


def test_an_event_at_a_time_of_day_is_one_session() -> None:
    assert not read("every morning before breakfast").ambiguous


def test_more_than_once_at_one_time_of_day_is_asked() -> None:
    reading = read("Do it twice in the morning and twice in the evening")
    assert reading.ambiguous
    assert "more than once at one time of day" in (reading.note or "")


def test_once_at_each_time_of_day_is_not_asked() -> None:
    reading = read("once in the morning and once in the evening")
    assert (reading.times_per_day, reading.ambiguous) == (2, False)
