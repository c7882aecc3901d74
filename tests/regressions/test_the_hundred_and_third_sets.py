"""
Rules made from the blind sets -103 to -105 (trial reports, handouts from Asia, Africa
and the Gulf, equipment booklets, insurers' sheets, clinic aftercare pages and big health
sites): each test names the rule, with the set's phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Weekdays 9am, Sat 10am",
        "Weekdays 9am-1pm 2pm-7pm, Sat 9am-2pm",
        "weekends at 10am, weekdays at 7am",
        "Monday 9am, Saturday 10am",
        "Monday at 9am and 5pm, Friday at 9am",
    ],
)
def test_days_each_with_their_own_time_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "each day has its own time" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "day"), [("Sat 10am", "SA"), ("Sun 9:00-11:00", "SU"), ("Wed 6pm", "WE")]
)
def test_a_short_day_word_before_a_time_is_the_day(text: str, day: str) -> None:
    assert read(text).days_of_week == (day,)


def test_one_time_on_two_named_days_is_kept() -> None:
    reading = read("Monday at 9am and Thursday at 9am")
    assert (reading.days_of_week, reading.time_of_day) == (("MO", "TH"), ("09:00",))


@pytest.mark.parametrize(
    "text",
    [
        "Three repetitions per session with every repetition sustained for 30 s.",
        "10 reps, each sustained for 30 seconds",
    ],
)
def test_a_repetition_sustained_for_a_time_is_held(text: str) -> None:
    assert read(text).hold_seconds == 30


@pytest.mark.parametrize(
    "text",
    [
        "Balance exercises should be done for at least 5 minutes every day.",
        "Balance training for 10 minutes",
        "Every exercise is able to be done for 30 to 60 seconds twice a day.",
        "Keep this up for 5 - 10 minutes.",
    ],
)
def test_exercises_done_or_kept_up_for_a_time_are_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "balance on one leg for 30 seconds",
        "this stretch should be done for 30 seconds",
        "the plank is done for 30 seconds",
        "keep your leg up for 30 seconds",
    ],
)
def test_a_position_kept_for_a_time_is_still_held(text: str) -> None:
    assert read(text).hold_seconds == 30


@pytest.mark.parametrize(
    "text",
    [
        "non-specific neck pain of at least six-week duration",
        "people with back pain lasting more than 3 months",
        "patients with pain for 6 weeks",
    ],
)
def test_how_long_a_symptom_lasts_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "how long a symptom lasts" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("a programme of 12-week duration", 84),
        ("Cut back on the exercise that's causing the pain for 1 week", 7),
    ],
)
def test_a_course_beside_a_symptom_stays_a_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    "text", ["2/day to 2/wk", "twice a day to twice a week", "3 times a week to twice a day"]
)
def test_one_frequency_to_another_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "how often? say one" in (reading.note or "")


def test_frequencies_listed_with_dashes_are_read_together() -> None:
    reading = read("Repeat 8-10 times for each side - 3 sets in a row - Once-daily - 5 days a week")
    assert (reading.times_per_day, reading.times_per_week, reading.ambiguous) == (1, 5, False)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("every 3 days to one week", 3, 7), ("every 2 weeks to a month", 14, 30)],
)
def test_an_interval_to_a_longer_one_is_a_range_asked(text: str, low: int, high: int) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.duration_days) == (Range(low, high), None)
    assert reading.ambiguous


def test_an_interval_to_a_shorter_one_is_refused() -> None:
    from rehabplan.errors import PhraseError

    with pytest.raises(PhraseError, match="no range of intervals"):
        read("every 5 days to 2 days")


@pytest.mark.parametrize(
    "text",
    [
        "Doing a series of simple exercises every day",
        "a series of gentle exercises to be performed three times a day",
    ],
)
def test_a_series_of_exercises_is_no_count_of_sets(text: str) -> None:
    assert read(text).sets is None


def test_a_series_of_a_count_is_one_set() -> None:
    reading = read("a series of 10 reps")
    assert (reading.sets, reading.reps) == (1, 10)


@pytest.mark.parametrize(
    "text",
    [
        "stand on one leg with the other leg raised for 30 seconds",
        "on one leg with the other foot off the floor for 10 seconds",
        "bring the opposite knee up to your chest, hugging it there for two seconds",
    ],
)
def test_the_other_limb_kept_in_a_posture_is_no_side(text: str) -> None:
    reading = read(text)
    assert not reading.per_side
    assert "a posture, not the other side" in (reading.note or "")


@pytest.mark.parametrize("text", ["repeat with the other leg", "then the other leg"])
def test_the_other_limb_next_is_still_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        ("complete the warm-up 2 to 3 times", Range(2, 3)),
        ("repeat the cool-down twice", 2),
    ],
)
def test_a_whole_routine_done_again_is_rounds(text: str, sets: object) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, None)


@pytest.mark.parametrize("text", ["Do each set 10 times", "Repeat each set 10-15 times"])
def test_each_set_done_so_many_times_is_its_repetitions(text: str) -> None:
    assert read(text).sets is None


@pytest.mark.parametrize(
    "text",
    [
        'By the middle of December I was able to close the "S" 30 to 40 times in a row',
        "Participants were able to walk for 6 minutes",
    ],
)
def test_what_someone_was_able_to_do_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a criterion to move on" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "a 6-week follow-up",
        "6-week check",
        "a 10-year 25% survival benefit among program adherents",
        "completed a 12-week exercise program with a 6-month follow-up",
    ],
)
def test_a_length_naming_a_point_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days in (None, 84)
    assert "a point in time, not a course length" in (reading.note or "")


def test_a_length_naming_a_programme_is_its_course() -> None:
    assert read("a 6-week programme").duration_days == 42


def test_a_tablet_beside_a_computer_is_a_screen_not_a_medicine() -> None:
    reading = read("Every hour that you use a computer, tablet, or phone, take a break")
    assert reading.ambiguous
    assert "read round the clock" in (reading.note or "")


def test_a_tablet_counted_out_is_a_medicine() -> None:
    reading = read("take a tablet every 4 hours")
    assert (reading.times_per_day, reading.ambiguous) == (6, False)


@pytest.mark.parametrize(
    "text",
    [
        "After 30 seconds, return to facing forward, then repeat on the other side.",
        "After 30 seconds, return to the centre.",
    ],
)
def test_returning_to_facing_forward_ends_a_hold(text: str) -> None:
    assert read(text).hold_seconds == 30


def test_returning_to_another_activity_ends_no_hold() -> None:
    assert read("After 30 seconds, return to jogging").hold_seconds is None


@pytest.mark.parametrize(
    "text",
    ["Take a short break every half an hour.", "every half a hour", "move around every ½ hour"],
)
def test_every_half_an_hour_is_every_30_minutes(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (48, True)
    assert "read round the clock" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("Exercise intervention, three weekly sessions.", 3),
        ("recommends that seniors do two weekly strength training sessions.", 2),
        ("three weekly, 30-minute supervised physical therapy sessions", 3),
        ("2-3 weekly sessions", Range(2, 3)),
    ],
)
def test_a_few_weekly_sessions_are_so_many_a_week_asked(text: str, per_week: object) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.ambiguous) == (per_week, True)
    assert "a week, or every" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "This is a programme of six weekly sessions",
        "People will be offered 12 weekly sessions to attend.",
        "2 weekly",
    ],
)
def test_weekly_sessions_counted_in_all_are_once_a_week_asked(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.ambiguous) == (1, True)
