"""
Regression: rules from the blind sets `-75` and `-76`. A statistic ("median 40 weeks"), a
state's length in a condition ("If asymptomatic for at least 3 days"), a shift or a window
of time ("move the plan back 2 weeks", "within 30 days of stroke onset") and a
measurement's interval ("data were recorded every 2 weeks") were courses or schedules,
unasked; "including weekends" was the weekend only; "HSIs" was a bedtime dose; "another 2
sets" was 2 sets; "alternating legs" was each leg, unasked; "less than 3 times a day" and
">2 days a week" were the count itself.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


def test_an_acronym_s_plural_is_not_split_into_a_code() -> None:
    with pytest.raises(PhraseError, match="HSIs"):
        read("61% of HSIs occur during sprinting")
    assert read("take at HS").time_of_day == ("bedtime",)


@pytest.mark.parametrize("word", ["roughly", "approx", "about", "approximately", "around"])
def test_an_approximate_minute_is_a_hold_of_sixty_seconds(word: str) -> None:
    assert read(f"Hold this stance for {word} a minute").hold_seconds == 60


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        ("Repeat 8-12 times per leg. Rest and perform another 2 sets.", 3),
        ("Repeat 10-15 times, rest and perform another 2 sets.", 3),
        ("do 10 reps, then a further 2 sets", 3),
        ("Do 10 reps, then 2 more sets", 3),
    ],
)
def test_another_n_sets_after_a_first_is_one_more_in_all(text: str, sets: int) -> None:
    assert read(text).sets == sets


def test_another_n_sets_on_the_other_side_are_not_more() -> None:
    reading = read(
        "Do three sets of the stretch using your right arm and another three sets using "
        "your left arm."
    )
    assert reading.sets == 3


@pytest.mark.parametrize(
    "text",
    [
        "athletes with long-standing (median 40 weeks) adductor-related groin pain",
        "a mean 12 weeks after surgery",
        "than the average four weeks",
    ],
)
def test_a_statistic_s_length_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    "text",
    [
        "If asymptomatic for at least 3 days",
        "if pain free for 2 weeks, progress",
        "once symptom-free for 48 hours",
        "when there has been no pain for 2 consecutive days",
        "if you've been pain-free for a full week",
    ],
)
def test_how_long_a_condition_s_state_lasts_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert reading.reps is None
    assert "a condition" in (reading.note or "")


def test_a_course_after_a_condition_s_comma_stays() -> None:
    assert read("If pain-free, continue for 2 weeks").duration_days == 14


@pytest.mark.parametrize(
    "text",
    [
        "severe cases can extend up to 12 weeks",
        "recovery might take just 3 weeks",
    ],
)
def test_an_expected_time_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    "text",
    [
        "you must move rehabilitation plans back 2 weeks",
        "move it back a week",
        "initiating mirror therapy within 30 days of stroke onset",
        "tear their hamstrings again within a year of recovering",
    ],
)
def test_a_shift_or_a_window_of_time_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "a shift or a window of time" in (reading.note or "")


def test_a_window_at_the_start_of_a_period_is_still_its_course() -> None:
    # "within the first 3 months of the postnatal period": the time to keep to it
    reading = read("follow a low impact timeline within the first 3 months of the postnatal period")
    assert reading.duration_days == 90


@pytest.mark.parametrize(
    "text",
    [
        "You may want to take off one day a week",
        "Plan for at least one day per week of rest",
    ],
)
def test_a_rest_day_a_week_is_no_session_a_week(text: str) -> None:
    reading = read(text)
    assert reading.times_per_week is None
    assert reading.ambiguous


def test_days_off_that_leave_the_days_said_are_not_asked() -> None:
    reading = read("run 5 days a week, take off 2 days a week")
    assert reading.times_per_week == 5
    assert not reading.ambiguous


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("A single set of 12 repetitions for each of the exercises should be done.", 1, 12),
        ("a single set of 10", 1, 10),
        ("single leg squat 3 x 10", 3, 10),
    ],
)
def test_a_single_set_is_one_set(text: str, sets: int, reps: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)


@pytest.mark.parametrize(
    "text",
    [
        "data were recorded every 2 weeks",
        "Participants walked a minimum of 4 days per week, and data were recorded every 2 weeks.",
        "pain was measured every 4 weeks",
    ],
)
def test_a_measurement_s_interval_is_no_schedule(text: str) -> None:
    reading = read(text)
    assert reading.every_n_days is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("a training frequency >2 days per week", "floor"),
        ("> 3 times a day", "floor"),
        ("less than 3 times a day", "ceiling"),
        ("< 3 times a day", "ceiling"),
        ("more than 2 days per week", "floor"),
    ],
)
def test_a_comparison_before_a_count_is_asked(text: str, word: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert f"a {word}, not the count" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "keep knee flexion angle less than 90°",
        "Pain < 5/10 at worst",
        "low-frequency stimulation (<10 Hz)",
    ],
)
def test_a_comparison_before_a_measure_is_not_asked_as_a_count(text: str) -> None:
    try:
        note = read(text).note or ""
    except PhraseError:
        return  # nothing to read: refused, which is no count either
    assert "not the count" not in note


@pytest.mark.parametrize(
    "text",
    [
        "Repeat 10 to 15 times alternating legs and two to three sets.",
        "Repeat 8 to 10 times, alternating sides.",
        "3 x 12 alternating legs",
        "Squeeze the putty 10-20 times using alternate hands",
    ],
)
def test_alternating_sides_alone_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.per_side
    assert reading.ambiguous
    assert "each side, or in all" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "alternating legs, 10 each",
        "Alternate legs until you have done 8 to 15 repetitions with each leg.",
        "alternate legs, x 5 each leg",
        "3 x 10 each leg",
    ],
)
def test_alternating_sides_with_each_side_said_is_not_asked(text: str) -> None:
    reading = read(text)
    assert reading.per_side
    assert "each side, or in all" not in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "The mitt is worn for 90% of the waking hours, including weekends.",
        "daily including weekends",
        "3x10 daily, incl. weekends",
        "walk every day, weekends too",
    ],
)
def test_weekends_included_are_not_the_weekend_only(text: str) -> None:
    assert read(text).days_of_week is None


def test_at_weekends_is_the_weekend() -> None:
    assert read("at weekends").days_of_week == ("SA", "SU")


@pytest.mark.parametrize(
    "text",
    [
        "training the less-impaired arm for five weeks improved everyday hand tasks",
        "walk 20 minutes, it helps with everyday activities",
        "3 x 10 improves everyday life",
    ],
)
def test_everyday_before_a_noun_is_not_daily(text: str) -> None:
    assert read(text).times_per_day is None


def test_everyday_alone_is_daily() -> None:
    assert read("walk everyday").times_per_day == 1


@given(
    st.sampled_from(["asymptomatic", "pain-free", "symptom-free", "pain free"]),
    st.integers(min_value=1, max_value=30),
    st.sampled_from(["days", "weeks"]),
)
def test_no_condition_s_length_becomes_a_course(state: str, count: int, unit: str) -> None:
    reading = read(f"If {state} for {count} {unit}, do 3 x 10 daily")
    assert reading.duration_days is None
    assert (reading.sets, reading.reps, reading.times_per_day) == (3, 10, 1)


@given(
    st.sampled_from(["less than", "fewer than", "<", ">", "more than"]),
    st.integers(min_value=2, max_value=6),
    st.sampled_from(["times a day", "days a week", "sessions per week"]),
)
def test_no_compared_count_is_read_unasked(word: str, count: int, period: str) -> None:
    assert read(f"{word} {count} {period}").ambiguous
