"""
Regression: "three or more times a week" was refused and "5 or more repetitions" lost its
count; "two non-consecutive training days per week" was refused; "Monday as a rest day"
alone was read, unasked, as sessions on the six other days, and beside "3 times a week"
was refused as six days named for three sessions.
"""

from __future__ import annotations

import pytest

from rehabplan import parse_timing
from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Do 3 or more times a week.", "times_per_week", 3),
        ("three or more times a week", "times_per_week", 3),
        ("Perform 5 or more repetitions to each side 3 times daily", "reps", 5),
    ],
)
def test_n_or_more_is_read_as_at_least_n(text: str, field: str, value: int) -> None:
    """'N or more' is the minimum, read as 'at least N' is, and nothing is left unread."""
    reading = read(text)
    assert getattr(reading, field) == value
    assert not reading.ambiguous


def test_or_more_reads_as_at_least_in_the_strict_reader() -> None:
    assert str(parse_timing("3 or more times a week")) == str(
        parse_timing("at least 3 times a week")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Begin with two non-consecutive training days per week, allowing recovery.",
        "Aim for 2 hard training days per week.",
    ],
)
def test_days_a_week_with_words_between(text: str) -> None:
    """'N non-consecutive training days per week' counts days a week."""
    assert read(text).times_per_week == 2


@pytest.mark.parametrize(
    "text", ["This program uses Monday as a rest day", "3 x 10, Sunday is a rest day"]
)
def test_rest_days_alone_are_asked(text: str) -> None:
    """Named rest days alone do not say every other day is a session: asked."""
    reading = read(text)
    assert reading.ambiguous and "rest days only" in (reading.note or "")


def test_the_strict_reader_asks_about_rest_days_alone() -> None:
    with pytest.raises(PhraseError, match="rest days only"):
        parse_timing("Sunday is a rest day")


def test_rest_days_beside_daily_leave_the_other_days() -> None:
    reading = read("Run daily; Tuesdays are rest days.")
    assert reading.days_of_week == ("MO", "WE", "TH", "FR", "SA", "SU")
    assert not reading.ambiguous


def test_rest_days_beside_a_count_a_week_keep_the_count_and_ask_the_days() -> None:
    """'3 times a week, Sunday is a rest day' is no contradiction: the days are asked."""
    reading = read("Run 3 times a week, Sunday is a rest day")
    assert (reading.times_per_week, reading.days_of_week) == (3, None)
    assert reading.ambiguous and "which days" in (reading.note or "")
