"""
Regression: a class or club time on named days ("Tuesdays from 9:30-10:15am", "It meets at
1:30 p.m. Wednesdays") was counted as once a day. The phrase says when on the days it names,
not how many times a day; thirty of the thirty-eight such phrases in the labelled sets leave
`times_per_day` empty. The schedule is the same either way: one session at that time on
each named day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.phrases import read

_DAYS = ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"]
_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@given(
    days=st.lists(st.integers(0, 6), min_size=1, max_size=3, unique=True).map(sorted),
    hour=st.integers(1, 12),
    minute=st.sampled_from([0, 15, 30, 45]),
    meridiem=st.sampled_from(["am", "pm"]),
)
def test_one_clock_time_on_named_days_says_no_count_a_day(
    days: list[int], hour: int, minute: int, meridiem: str
) -> None:
    names = " and ".join(_DAYS[d] for d in days)
    reading = read(f"on {names} at {hour}:{minute:02d}{meridiem}")
    at = dt.time(hour % 12 + (12 if meridiem == "pm" else 0), minute)
    assert reading.times_per_day is None
    assert reading.days_of_week == tuple(_CODES[d] for d in days)
    assert reading.time_of_day == (at.strftime("%H:%M"),)
    assert reading.timing is not None
    assert reading.timing.times_of_day == (at,)
    assert reading.timing.weekdays == tuple(days)


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("at 7:30 am", 1),  # a time alone is the day's one session
        ("daily at 8am", 1),
        ("Mondays at 8am and 8pm", 2),  # two times of day are a count
        ("3 times a week at 7pm", None),
        ("every other day at 7pm", None),
        ("When: Tuesdays from 9:30-10:15am", None),
        ("The classes will be held Mondays and Fridays from 11 a.m. to noon.", None),
    ],
)
def test_a_count_a_day_is_said_by_a_day_word_or_several_times(
    text: str, per_day: int | None
) -> None:
    assert read(text).times_per_day == per_day
