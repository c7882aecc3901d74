"""
Regression: 'two every day' was read as twice a day, 'take two every 12 hrs' as four
times a day and '2 weekly' as twice a week, silently. In a prescription a bare number
before the period is a count taken at a time ("two tablets every day"); it may also
mean sessions, so the reading is once a period (or every N hours) and asked about.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_timing, read

NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 6: "six", 10: "ten"}


@pytest.mark.parametrize(
    ("text", "field", "value", "asked"),
    [
        ("two every day", "times_per_day", 1, "say '2 times a day'"),
        ("2 a day", "times_per_day", 1, "'2 a day' is read as 2 at a time, once a day"),
        ("take 2 every day after food", "times_per_day", 1, "2 at a time"),
        ("1-2 every day", "times_per_day", 1, "'1-2 every day' is read as 1-2 at a time"),
        ("2 weekly", "times_per_week", 1, "'2 times a week' or 'every 2 weeks'"),
        ("two every four hours", "times_per_day", 6, "2 at a time, every 4 hours"),
        ("take two every 12 hrs", "times_per_day", 2, "say '2 times every 12 hours'"),
        ("one or two every 6 hours when required", "times_per_day", 4, "1-2 at a time"),
    ],
)
def test_a_bare_count_before_the_period_is_taken_at_a_time_and_asked(
    text: str, field: str, value: int, asked: str
) -> None:
    reading = read(text)
    assert getattr(reading, field) == value
    assert reading.ambiguous
    assert asked in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("one a day", "times_per_day", 1),
        ("take one every day", "times_per_day", 1),
        ("1 weekly", "times_per_week", 1),
        ("one tablet every 4 hours", "times_per_day", 6),
        ("2 times a day", "times_per_day", 2),
        ("2x a day", "times_per_day", 2),
        ("2/day", "times_per_day", 2),
        ("3 per day", "times_per_day", 3),
        ("2x weekly", "times_per_week", 2),
        ("x3 weekly", "times_per_week", 3),
        ("4 in 24 hours", "times_per_day", 4),
        ("max 2 a day", "times_per_day", 2),
    ],
)
def test_a_count_of_one_or_of_times_is_read_as_said(text: str, field: str, value: int) -> None:
    reading = read(text)
    assert getattr(reading, field) == value
    assert not reading.ambiguous, reading.note


def test_the_strict_reader_asks_the_same_question() -> None:
    with pytest.raises(PhraseError, match="2 at a time, once a day") as caught:
        parse_timing("2 every day")
    assert "accept the default reading 'once daily'" in str(caught.value)
    assert parse_timing("2 every day", accept_defaults=True).times_per_day == 1


@given(
    count=st.sampled_from(sorted(NUMBER_WORDS)),
    in_words=st.booleans(),
    period=st.sampled_from(["every day", "a day", "each day", "weekly"]),
)
def test_a_count_other_than_one_before_a_period_is_never_read_as_sessions_silently(
    count: int, in_words: bool, period: str
) -> None:
    """Either the count is read as sessions and flagged, or it is not read as sessions."""
    said = NUMBER_WORDS[count] if in_words else str(count)
    reading = read(f"{said} {period}")
    sessions = reading.times_per_week if period == "weekly" else reading.times_per_day
    assert sessions == 1
    assert reading.ambiguous
    assert f"{count} at a time" in (reading.note or "")
