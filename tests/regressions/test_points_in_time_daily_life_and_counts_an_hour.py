"""
Regression: the eighteenth blind set and the misses of the sets before it.
"usually two weeks after surgery" and "6 months later" were courses of 14
and 180 days; "daily activities" and "activities of daily living" were a session a day;
"a 90 second run" was a hold; "at least once an hour" was one repetition, and "three
times an hour" was 72 sessions a day with nothing asked; an interval in hours with no
word of medicine or of exercise ("try doing them every hour") was read round the clock
with nothing asked; "before or after training" was a session before and one after;
"only if your pain is no more than 4/10" was as needed; "add weight if needed" made the
dose as needed; "three-to-five" was 5; "I am" was the morning; "10% each week" was a
session a week; "until 6/10 fatigue" was refused as a date; "30 count" was not a hold;
"these two movements" were two repetitions.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Begin scar massage once the wound is closed, usually two weeks after surgery.",
        "Subjects were re-examined 4 and 8 weeks after initiation of treatment.",
        "Stop smoking two weeks prior to your surgery.",
        "with a reinforcement session 6 months later",
    ],
)
def test_a_bare_length_before_or_after_an_event_is_a_point_in_time(text: str) -> None:
    """A length said before or after an event says when, not how long."""
    reading = read(text)
    assert reading.duration_days is None
    assert reading.note is not None
    assert "a point in time, not a course length" in reading.note


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Do the exercises 3 times a day for 6 weeks after surgery.", 42),
        ("Do these daily for the first 6 weeks after your operation", 42),
        ("Exercise daily during the 6 weeks after surgery", 42),
        ("Do exercises daily for at least 6 weeks after surgery", 42),
        ("2.5mg twice a day for a further seven days after discharge", 7),
        ("for a period of three months after surgery, twice a day", 90),
        ("Walk 30 minutes daily for 2 weeks before surgery", 14),
    ],
)
def test_a_course_said_with_for_over_or_during_stays_a_course(text: str, days: int) -> None:
    """Only a bare length is a point in time: "for", "during", "the first" make a course."""
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    "text",
    [
        "help with activities of daily living",
        "Broken bones affect your ability to perform daily activities",
    ],
)
def test_daily_life_is_not_a_session_a_day(text: str) -> None:
    """ "daily activities" and "daily living" are everyday life, not a daily session."""
    try:
        reading = read(text)
    except PhraseError:  # nothing else in it: refused, as text with no timing is
        return
    assert reading.times_per_day is None


def test_a_daily_walk_is_still_daily() -> None:
    assert read("Go for a daily walk of 20 minutes").times_per_day == 1


@pytest.mark.parametrize("text", ["a 90 second run", "30 sec jog + 2 min walk", "90 s walk"])
def test_a_time_before_a_way_of_moving_is_a_bout_not_a_hold(text: str) -> None:
    """ "a 90 second run" is running for 90 seconds: nothing is held."""
    assert read(text).hold_seconds is None


def test_a_bare_time_still_asks_whether_it_is_held() -> None:
    reading = read("3 sets 30 seconds")
    assert reading.ambiguous
    assert reading.note is not None
    assert "a hold, or a timed bout?" in reading.note


@pytest.mark.parametrize(
    "text",
    ["Try doing them at least once an hour", "Do these exercises once an hour"],
)
def test_once_an_hour_is_hourly_and_asked_about_waking_hours(text: str) -> None:
    """Once an hour is every hour, no repetition count, and round the clock is asked."""
    reading = read(text)
    assert (reading.reps, reading.times_per_day) == (None, 24)
    assert reading.ambiguous


@pytest.mark.parametrize(("text", "reps"), [("twice an hour", 2), ("three times an hour", 3)])
def test_more_than_once_an_hour_is_repetitions_each_hour_and_asked(text: str, reps: int) -> None:
    """Sessions more often than hourly are not scheduled: repetitions each hour, asked."""
    reading = read(text)
    assert (reading.reps, reading.times_per_day) == (reps, 24)
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "per_day", "ambiguous"),
    [
        ("every 4 hours", 6, True),
        ("Ice every 2 hours", 12, True),
        ("Try doing them every hour", 24, True),
        ("1 tab po q8h", 3, False),
        ("take one tablet every 4 hours", 6, False),
    ],
)
def test_an_interval_in_hours_is_round_the_clock_only_for_medicine(
    text: str, per_day: int, ambiguous: bool
) -> None:
    """Exercise is done while awake: only medicine words make every N hours certain."""
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (per_day, ambiguous)


def test_a_timed_bout_of_running_keeps_its_length() -> None:
    dose = read("a 90 second run").dose
    assert dose is not None
    assert dose.duration == dt.timedelta(seconds=90)


def test_before_or_after_an_event_is_one_session_and_asked() -> None:
    """ "before or after training" is one session at either time: asked, read as before."""
    reading = read("Foam rolling can be done before or after a workout")
    assert reading.anchor == "before exercise"
    assert reading.ambiguous
    assert read("Stretch before and after exercise").anchor == "before and after exercise"


@pytest.mark.parametrize(
    ("text", "prn"),
    [
        (
            "you should only do these exercises if your pain level is no more than four out of 10",
            False,
        ),
        ("Exercise if your pain is below 3/10", False),
        ("Use ice if your pain flares", True),
        ("Take one if pain is more than 5", True),
    ],
)
def test_a_ceiling_on_a_symptom_is_a_condition_not_as_needed(text: str, prn: bool) -> None:
    """Sessions only while a symptom stays low are scheduled sessions, not as needed."""
    assert read(text).prn is prn


def test_a_condition_on_a_progression_is_not_as_needed() -> None:
    reading = read("Start at 3 x 8 reps, add weight if needed")
    assert (reading.sets, reading.reps, reading.prn) == (3, 8, False)
    assert read("3 x 10, add an extra session as needed").prn


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("hold for three-to-five seconds", "hold_seconds", [3, 5]),
        ("Start with three-to-five repetitions", "reps", [3, 5]),
        ("3-to-5 reps", "reps", [3, 5]),
    ],
)
def test_a_range_spelt_with_hyphens_is_a_range(text: str, field: str, value: list[int]) -> None:
    got = getattr(read(text), field)
    assert (got.low, got.high) == tuple(value)


def test_i_am_is_not_the_morning() -> None:
    reading = read("I take 30 seconds per muscle group when I am rolling")
    assert reading.time_of_day is None
    assert reading.times_per_day is None


def test_a_rate_of_progress_a_week_is_not_a_session_a_week() -> None:
    reading = read("increase your exercise by 10% each week")
    assert reading.times_per_week is None
    assert reading.note is not None
    assert "a rate of progress a week" in reading.note


def test_a_rating_out_of_ten_after_until_is_not_a_date() -> None:
    reading = read("Continue until 6/10 fatigue, typically 5-15 repetitions per side")
    assert (reading.reps.low, reading.reps.high, reading.per_side) == (5, 15, True)
    with pytest.raises(PhraseError, match="slashes"):
        read("daily until 6/10")


@pytest.mark.parametrize(
    ("text", "hold", "reps"),
    [("Balance, 30 count, 5X, each leg", 30, 5), ("hold for 10 slow counts", 10, None)],
)
def test_a_count_said_as_a_number_of_counts_is_a_hold(
    text: str, hold: int, reps: int | None
) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.reps) == (hold, reps)


def test_these_two_movements_are_not_two_repetitions() -> None:
    assert read("Add these two movements to the end of your workout, 3 x 10").reps == 10
    assert read("Do 10 squats").reps == 10


def test_once_per_waking_hour_is_hourly_while_awake() -> None:
    reading = read("You should perform these exercises once per waking hour.")
    assert reading.reps is None
    assert reading.timing is not None
    assert (reading.timing.every_hours, reading.timing.round_the_clock) == (1, False)
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "several short sessions throughout the day",
        "mobility work is best done daily with several small bouts during the day",
    ],
)
def test_a_vague_count_described_is_still_vague(text: str) -> None:
    """A word or two describing the sessions does not hide a vague count."""
    reading = read(text)
    assert reading.ambiguous
    assert reading.note is not None
    assert "a vague count" in reading.note


def test_a_range_more_is_asked() -> None:
    reading = read("Repeat 10-15 more times with each leg.")
    assert (reading.sets, reading.reps.low, reading.reps.high) == (2, 10, 15)
    assert reading.ambiguous


@pytest.mark.parametrize("word", ["ideas", "online", "sections"])
def test_english_words_near_a_keyword_are_not_misspellings(word: str) -> None:
    reading = read(f"3 x 10 twice a day, {word} welcome")
    assert (reading.sets, reading.reps, reading.times_per_day) == (3, 10, 2)
    assert not reading.ambiguous


def test_a_count_a_week_before_a_colon_is_read() -> None:
    """ "5 times a week: walking, cycling" is 5 a week; "10 Days per week : 6" is a label."""
    assert read("30 minutes of activity 5 times a week: walking or cycling").times_per_week == 5
    assert read("Repetitions : 2 sets of 10 Days per week : 6 to 7").times_per_week is not None


@pytest.mark.parametrize(
    "text",
    ["Choose three non consecutive days in the week.", "Train 3 non-consecutive days per week"],
)
def test_non_consecutive_days_a_week_are_the_count_and_apart(text: str) -> None:
    reading = read(text)
    assert reading.times_per_week == 3
    assert reading.note is not None
    assert "spread apart" in reading.note


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("3 x 10 after you have warmed up", "after warm-up"),
        ("3 x 10 after your warm-up", "after warm-up"),
        ("3 x 10 after school", "after school"),
        ("3 x 10 after taking your painkillers", "after painkiller"),
        ("3 x 10 before you even get out of bed", "before getting out of bed"),
        ("Do these stretches after exercise", "after exercise"),
    ],
)
def test_more_events_a_session_is_tied_to(text: str, anchor: str) -> None:
    reading = read(text)
    assert (reading.anchor, reading.ambiguous) == (anchor, False)


@pytest.mark.parametrize(
    "text",
    [
        "Start these exercises 2 weeks after surgery, 3 times a day",
        "3 x 10 twice daily 6 weeks after surgery",
        "Ice and elevate 3 times a day 2 weeks after surgery",
        "Twice daily, 6 weeks later",
        "3 x 10 daily 6 weeks postop",
    ],
)
def test_a_bare_length_at_an_event_beside_a_timing_is_asked(text: str) -> None:
    """From then, or for that long? Beside a timing or a dose, both are likely: asked."""
    reading = read(text)
    assert reading.duration_days is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Continue twice daily until 6 weeks after surgery",
        "Twice daily for the whole 6 weeks after surgery",
    ],
)
def test_an_end_at_a_time_after_an_event_is_never_dropped_silently(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "prn"),
    [
        ("Ice when painful, no more than 4 times a day", True),
        ("Take 1 tablet if pain, no more than 4 in 24 hours", True),
        ("Ice if you have pain below the knee", True),
        ("Ice when you feel pain under the kneecap", True),
        ("exercise if pain is 3/10 or lower", False),
        ("exercise if pain stays mild", False),
    ],
)
def test_a_ceiling_is_on_the_symptom_only_in_its_own_clause(text: str, prn: bool) -> None:
    """A ceiling after the clause ("Ice when painful, no more than 4 a day") is the count's."""
    assert read(text).prn is prn


@pytest.mark.parametrize(
    "text",
    [
        "Take 1 tablet no more than once an hour",
        "Take 1 tablet at most once an hour",
        "Take 1 tablet, maximum once an hour",
        "Take 1 tablet no more than once every 4 hours",
    ],
)
def test_a_most_of_once_an_hour_is_a_limit_and_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.note is not None
    assert "a limit, not a timing" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Lower slowly on a 3 count, 3 x 10",
        "Lower for a 5 count, 3 x 5",
        "Breathe in for 4 count, out for 6 count, 10 times",
    ],
)
def test_a_tempo_or_breath_count_is_not_a_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    ("text", "times"),
    [("Stage I AM: 10 reps", ["morning"]), ("Grade I am and pm 3 x 10", ["morning", "evening"])],
)
def test_am_after_a_numeral_i_is_still_the_morning(text: str, times: list[str]) -> None:
    assert list(read(text).time_of_day or ()) == times


@pytest.mark.parametrize(
    ("text", "ambiguous"),
    [
        ("Breathing exercises: inhale through your nose, 5 breaths every hour", True),
        ("Jaw exercises: open your mouth wide 10 times every 2 hours", True),
        ("2 puffs every 4 hours", False),
    ],
)
def test_words_a_breathing_exercise_shares_with_medicine_do_not_make_it_medicine(
    text: str, ambiguous: bool
) -> None:
    assert read(text).ambiguous is ambiguous


def test_a_date_whose_day_is_over_ten_is_never_a_rating() -> None:
    with pytest.raises(PhraseError, match="slashes"):
        read("Walk daily until 15/10 level 2")


def test_daily_after_a_length_is_daily() -> None:
    assert read("Walk 20 min daily activity permitting").times_per_day == 1


def test_the_ten_squats_are_ten_repetitions() -> None:
    assert read("Do the 10 squats slowly, twice a day").reps == 10


@pytest.mark.parametrize(
    ("text", "hold"),
    [("Complete plank for 30 seconds, 3 times", 30), ("Complete for 20 seconds, 3 times", None)],
)
def test_complete_for_a_time_is_timed_work_unless_something_is_held(
    text: str, hold: int | None
) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text",
    [
        "3 x 10 daily, add a band if needed",
        "3 x 10 daily, increase weight by 1 kg if needed",
        "3 x 10 daily; if needed, add weight",
        "3 x 10 daily, hold onto a chair if needed",
        "Walk 20 min daily, reduce distance if needed",
    ],
)
def test_a_condition_on_a_load_or_a_support_is_not_as_needed(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.prn) == (1, False)


def test_three_times_an_hour_names_the_other_reading() -> None:
    reading = read("Stand up twice an hour during the day")
    assert reading.note is not None
    assert "2 sessions an hour" in reading.note
