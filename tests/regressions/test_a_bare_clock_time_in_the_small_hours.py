"""
Regression: a clock time written without am or pm in the small hours ("Repeat three times,
at 10:30, noon and 2:30") was read as 02:30, a session in the night, with nothing
flagged. A bare time from 1:00 to 5:59 is read after noon: settled by a time said before
it that is later in the day, and asked about otherwise. A 24-hour time ("02:30"), an am
or a pm said with it, and times from 6:00 are read as written.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.phrases import read


@given(hour=st.integers(1, 5), minute=st.integers(0, 59))
def test_a_bare_time_in_the_small_hours_is_after_noon_and_asked(hour: int, minute: int) -> None:
    reading = read(f"3 x 10 daily at {hour}:{minute:02d}")
    assert reading.time_of_day == (f"{hour + 12:02d}:{minute:02d}",)
    assert reading.ambiguous
    assert "say 'am' or 'pm'" in (reading.note or "")
    assert reading.timing is not None
    assert reading.timing.times_of_day == (dt.time(hour + 12, minute),)


@given(hour=st.integers(1, 5), minute=st.integers(0, 59), first=st.integers(6, 11))
def test_a_later_morning_time_said_first_settles_it(hour: int, minute: int, first: int) -> None:
    reading = read(f"twice daily at {first}:30 and {hour}:{minute:02d}")
    assert reading.time_of_day == (f"{first:02d}:30", f"{hour + 12:02d}:{minute:02d}")
    assert "say 'am' or 'pm'" not in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "times", "asked"),
    [
        ("Repeat three times, at 10:30, noon and 2:30.", ("noon", "10:30", "14:30"), False),
        ("at 2:30 and 10:30", ("10:30", "14:30"), True),  # nothing later said before it
        ("at 02:30", ("02:30",), False),  # a 24-hour clock
        ("at 2:30am", ("02:30",), False),
        ("at 2:30 pm", ("14:30",), False),
        ("at 6:30", ("06:30",), True),  # as early a run as an evening club's: asked
        ("from 3:40 - 6:00 pm", ("15:40",), False),
    ],
)
def test_what_is_said_settles_the_small_hours(
    text: str, times: tuple[str, ...], asked: bool
) -> None:
    reading = read(text)
    assert reading.time_of_day == times
    assert ("say 'am' or 'pm'" in (reading.note or "")) is asked
