"""
Regression: the twenty-second blind set's silent misreadings. Ordinary words split as
run-together prescriptions ("upper" as "up per", "Abd" as "a bd", "secondly" as daily,
"forth" as Thursday); "Repeat 5 mins" was 5 reps; "one leg at a time" lost each side;
"sometimes in the evening" was a second session; "This is considered one repetition"
was a count; "increase your reps by 2 each week" was twice a week; "1000 reps each
day" was one set; "a daily task" and "each of your daily sessions" were once a day.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("a 4-week graded repetitive upper limb supplementary program", "upper"),
        ("SLR x 3 (Flex, Abd, Ext)", "Abd"),
        ("secondly, do 10 reps", "secondly"),
        ("Rock back and forth 10 times", "forth"),
        ("stand in a doorway 3 x 30 sec", "doorway"),
        ("a minor ache 10 reps", "minor"),
    ],
)
def test_an_ordinary_word_is_not_split_into_prescription_words(text: str, word: str) -> None:
    reading = read(text)
    assert not reading.per_side
    assert reading.times_per_day is None
    assert reading.days_of_week is None
    assert not reading.ambiguous
    assert word in (reading.note or "")


def test_a_run_together_prescription_is_still_split() -> None:
    reading = read("3x10 bdx7days")
    assert (reading.times_per_day, reading.duration_days) == (2, 7)


def test_repeat_for_minutes_is_no_count_of_reps() -> None:
    reading = read("Repeat 5 mins, 2x/day")
    assert (reading.reps, reading.times_per_day) == (None, 2)


@pytest.mark.parametrize(
    "text",
    [
        "practice standing on one leg at a time for up to thirty seconds",
        "one arm at a time, 10 reps",
    ],
)
def test_one_limb_at_a_time_is_each_side(text: str) -> None:
    assert read(text).per_side


def test_one_leg_alone_is_a_position() -> None:
    assert not read("stand on one leg for 30 seconds").per_side


def test_sometimes_is_asked_not_scheduled() -> None:
    reading = read("I try to do it every morning and sometimes in the evening.")
    assert reading.ambiguous
    assert "occasional" in (reading.note or "")


def test_what_one_repetition_is_is_no_count() -> None:
    reading = read("holding for 2 seconds. This is considered one repetition.")
    assert (reading.reps, reading.hold_seconds, reading.ambiguous) == (None, 2, False)


@pytest.mark.parametrize(
    "text",
    [
        "increase your reps by 2 each week",
        "increase the number of reps by 2 each week",
        "increase your reps to fatigue by 1-2 reps each week.",
    ],
)
def test_a_step_up_each_week_is_a_progression(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.reps) == (None, None)
    assert "progression" in (reading.note or "")


@pytest.mark.parametrize(
    "text", ["The goal is 1000 reps each day.", "aim for 90 repetitions a day"]
)
def test_more_reps_a_day_than_a_set_holds_is_a_total(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.reps is None


@pytest.mark.parametrize(("text", "reps"), [("10 reps a day", 10), ("do 20 reps each day", 20)])
def test_a_few_reps_a_day_are_one_set_a_day(text: str, reps: int) -> None:
    reading = read(text)
    assert (reading.reps, reading.times_per_day, reading.ambiguous) == (reps, 1, False)


def test_a_daily_task_is_no_schedule() -> None:
    assert read("3 x 10, while performing a daily task").times_per_day is None


@pytest.mark.parametrize(
    ("text", "per_day", "ambiguous"),
    [
        ("Complete 10 sets during each of your daily exercise sessions.", None, True),
        ("Do 10 reps in your daily session", 1, False),
        ("3 x 10 in 2 daily sessions", 2, False),
    ],
)
def test_daily_sessions_count_only_when_said(
    text: str, per_day: int | None, ambiguous: bool
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (per_day, ambiguous)


@pytest.mark.parametrize(
    "text",
    [
        "3 times per week with a days rest between sessions",
        "3 times per week with a day's rest between sessions",
    ],
)
def test_a_day_s_rest_between_sessions_is_every_other_day(text: str) -> None:
    assert read(text).every_n_days == 2


def test_every_single_day_is_daily() -> None:
    assert read("every single day").times_per_day == 1


def test_a_start_about_weeks_after_an_event_is_no_course() -> None:
    reading = read("From around 8 weeks post op, I rode the bike every single day.")
    assert (reading.duration_days, reading.times_per_day) == (None, 1)


@pytest.mark.parametrize(
    "text",
    [
        "30 minutes most every day",
        "30 minutes almost every day",
        "nearly every day",
        "Most days of a week",
    ],
)
def test_almost_every_day_is_a_vague_count(text: str) -> None:
    reading = read(text)
    assert reading.times_per_day is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "every"),
    [
        ("Each session should be followed by a rest day", 2),
        ("each run is followed by 2 rest days", 3),
    ],
)
def test_a_session_followed_by_rest_days_spaces_them(text: str, every: int) -> None:
    reading = read(text)
    assert reading.every_n_days == every
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text",
    ["any time you feel short of breath", "each time you feel dizzy, sit down"],
)
def test_any_time_a_symptom_comes_is_as_needed(text: str) -> None:
    assert read(text).prn


def test_any_time_an_unknown_event_comes_is_still_asked() -> None:
    reading = read("any time you boil the kettle, do 10 reps")
    assert reading.ambiguous
    assert not reading.prn


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("3 x 10 daily, stop if dizzy", "dizzy"),
        ("3 x 10 daily, stop if you feel short of breath", "short of breath"),
        ("3 x 10, stop if it hurts", "hurts"),
    ],
)
def test_a_stop_rule_names_more_symptoms(text: str, what: str) -> None:
    reading = read(text)
    assert not reading.ambiguous
    assert f"a stop rule: stop if {what}" in (reading.note or "")


def test_a_most_in_all_is_no_count_of_a_set() -> None:
    reading = read("Do three to five sets of 5 jumps, up to 25 jumps total")
    assert (reading.as_dict()["sets"], reading.reps) == ([3, 5], 5)
    assert "a most in all" in (reading.note or "")


def test_a_slow_count_is_a_hold() -> None:
    assert read("Hold for a slow 5 count").hold_seconds == 5


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        ("You should perform the set twice (resting briefly between each set).", 2),
        ("repeat the set 3 times", 3),
        ("do this set twice", 2),
    ],
)
def test_a_set_done_again_counts_sets(text: str, sets: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, None)


def test_a_series_repeated_is_still_its_repetitions() -> None:
    assert read("Repeat this series 10-15 times.").as_dict()["reps"] == [10, 15]


def test_the_position_of_each_session_is_no_count() -> None:
    reading = read("2 times a day, once in sitting and once in standing")
    assert (reading.times_per_day, reading.reps) == (2, None)
    assert "the position for one of the sessions" in (reading.note or "")


def test_a_weekday_heading_with_a_dash_is_the_day() -> None:
    reading = read("Wed – Muscle strengthening and stretching 20-30 minutes")
    assert reading.days_of_week == ("WE",)


def test_we_with_a_dash_is_no_weekday() -> None:
    assert read("we - 10 reps").days_of_week is None


@pytest.mark.parametrize(
    "text",
    [
        "Every week she adds a few more exercises that you can add to your programme.",
        "each week you can add 2 reps",
    ],
)
def test_a_subject_before_a_weekly_step_keeps_it_a_progression(text: str) -> None:
    reading = read(text)
    assert reading.times_per_week is None
    assert "progression" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    ["Here are eight stretches to add to your nightly routine.", "Try these 6 exercises"],
)
def test_a_count_of_exercises_is_no_repetitions(text: str) -> None:
    reading = read(text)
    assert reading.reps is None
    assert "a count of exercises" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Do exercises daily until the pain is gone for 24 hours.",
        "daily until the pain has settled",
        "ice 3 times a day until the swelling goes down",
    ],
)
def test_until_a_symptom_eases_is_a_criterion(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "a criterion, not an end date" in (reading.note or "")


@pytest.mark.parametrize("text", ["15 x 3", "Then repeat 15 x 3 with knee slightly bent", "10 x 2"])
def test_many_short_sets_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "sets of" in (reading.note or "")


@pytest.mark.parametrize("text", ["3 x 10", "2 x 15", "5 x 5", "15 x 2 sets", "3 x 10 x 2 daily"])
def test_the_usual_sets_and_reps_are_not_asked(text: str) -> None:
    assert not read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("Ten repetitions makes one set.", None, 10),
        ("You should do this 15–20 times to complete one set of Kegels.", None, [15, 20]),
        ("Do 10 reps to complete 3 sets", 3, 10),
        ("10 reps for 3 sets", 3, 10),
    ],
)
def test_what_a_set_is_is_no_count_of_sets(text: str, sets: int | None, reps: object) -> None:
    reading = read(text).as_dict()
    assert (reading["sets"], reading["reps"]) == (sets, reps)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Repeat this cycle of stretches 10 times every time you walk.", "when walking"),
        ("stretch whenever you exercise", "when exercising"),
        ("do 10 reps when sitting", "when sitting"),
        ("3 x 10 before each run", "before run"),
    ],
)
def test_an_activity_after_when_is_said_going_on(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


def test_a_weekday_heading_after_other_words_is_the_day() -> None:
    reading = read("My schedule had been Wed: Hydro, Saturday: Arms/shoulders, Sunday: Bike.")
    assert reading.days_of_week == ("WE", "SA", "SU")
