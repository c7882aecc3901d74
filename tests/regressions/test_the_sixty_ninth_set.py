"""
Regression: rules from the blind set `-69`. A time of day said beside a start, a meeting
or a suggestion ("The walks begin at 7 a.m.", "can be done first thing in the morning")
was a session every day, unasked; a length heading the text ("4 weeks: Discontinue brace
at 4 weeks") was a course.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.phrases import read

_SAYS_WHEN = [
    "The walks begin at 7 a.m.",
    "Meet at the track at 10.00am, all welcome!",
    "gather at 8:30 a.m. to enjoy 45 minutes of moderate aerobics.",
    "The day kicks off with a group class at 10am.",
    "can be done at home first thing in the morning",
    "It is better to plan exercise in the morning when body temperature is at the lowest",
    "therefore prefer to exercise in the early evenings.",
]


@pytest.mark.parametrize("text", _SAYS_WHEN)
def test_a_time_beside_a_start_or_a_suggestion_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "says when, not how often" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Do this in the morning",
        "take at 10pm",
        "try these warm-up exercises each morning",  # "each" says how often
        "I could be suggesting a 10-minute walk at lunchtime every day.",
        "You can walk at 7am and 7pm",  # two times: twice a day
        "You may wear it at night if it helps you sleep.",  # a night splint: each night
        "The group meets on Monday evenings at 7pm",  # the day says how often
    ],
)
def test_a_time_that_says_how_often_is_not_asked(text: str) -> None:
    assert "says when, not how often" not in (read(text).note or "")


@given(
    st.sampled_from(["begins", "can be done", "Meet", "is best", "starts", "Try it"]),
    st.sampled_from(["at 7 am", "in the morning", "at 18:30", "in the evening"]),
)
def test_a_single_time_beside_a_start_or_suggestion_asks_unless_a_day_is_said(
    word: str, time: str
) -> None:
    asked = read(f"{word} {time}")
    assert asked.ambiguous and "says when" in (asked.note or "")
    said = read(f"{word} {time} each day")
    assert "says when" not in (said.note or "")
    assert said.times_per_day == 1


@pytest.mark.parametrize(
    "text", ["4 weeks: Discontinue brace at 4 weeks", "8 weeks: Swimming is okay at 8 Weeks."]
)
def test_a_heading_repeated_as_a_point_in_time_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


def test_a_length_heading_a_dose_is_asked_as_a_course() -> None:
    reading = read("6 weeks: 3 x 10 daily")
    assert (reading.duration_days, reading.sets, reading.reps, reading.ambiguous) == (
        42,
        3,
        10,
        True,
    )
    assert "for 6 weeks, or at 6 weeks" in (reading.note or "")


@pytest.mark.parametrize(
    "text", ["for 6 weeks: 3 x 10 daily", "3 x 10 daily for 6 weeks", "Walk daily for 2 weeks"]
)
def test_a_course_said_with_for_is_not_asked(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is not None
    assert "heads what follows" not in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "You will only be given one week supply of pain relief medication",
        "a 2-week supply of dressings",
        "You can do up to 12 repetitions in one day.",
    ],
)
def test_a_supply_or_a_day_s_most_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


def test_a_course_of_one_day_said_with_for_stays() -> None:
    assert read("3 x 10 daily for 1 day").duration_days == 1


@pytest.mark.parametrize(
    "text",
    [
        "to improve your posture in as little as 6 weeks.",
        "Go from the couch to brisk walking for 30 minutes in just four weeks",
    ],
)
def test_how_soon_or_a_plan_s_length_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "how soon it works, or the course's length" in (reading.note or "")


def test_repeating_on_the_next_foot_is_each_side() -> None:
    reading = read("Hold for 8 to 10 seconds and then repeat the same action on the next foot.")
    assert reading.per_side
    assert not read("with the next arm exercise do 3 x 10").per_side


@given(
    st.integers(min_value=5, max_value=115),
    st.sampled_from(["minutes", "min", "mins"]),
    st.sampled_from([", ", " / ", " and "]),
)
def test_an_on_off_cycle_that_fills_the_hour_is_hourly_and_asked(
    on: int, unit: str, joiner: str
) -> None:
    off = 60 - on % 60 if on < 60 else 120 - on
    reading = read(f"Ice: {on} {unit} on{joiner}{off} {unit} off")
    hours = (on + off) // 60
    assert reading.times_per_day == 24 // hours
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "20 min on, 40 min off x 3",
        "For spinal pain, 20 minutes on, 40 minutes off at least 2 times in a row",
        "45 seconds on, 15 seconds off x 8",
        "ice 20 minutes on, 20 minutes off",
    ],
)
def test_counted_short_or_partial_cycles_are_not_hourly(text: str) -> None:
    assert read(text).times_per_day is None
