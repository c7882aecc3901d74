"""
Regression: a review of the handout rules found readings that were wrong and not
flagged. Named times in a list were folded into the clock time beside them; "each week"
dropped the count beside "Monday or Thursday"; another activity's outings became the
exercise's timing; mixed meals took the first one's relation; "follow ... daily" was an
event; "only right after" was a side; a second rest, a rest of 48 hours, a weekly total
and an offset before bed were taken silently; a bare suggestion was guessed at.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_timing, read


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("3 x 10 in the morning, again at 11am", ("morning", "11:00")),
        ("3 x 10 morning, 11am, 3pm", ("morning", "11:00", "15:00")),
        ("3 x 10 in the evening, also at 9pm", ("evening", "21:00")),
        ("3 x 10 in the morning; 3 x 10 at 11am", ("morning", "11:00")),
    ],
)
def test_named_times_said_apart_from_a_clock_time_stay_sessions(
    text: str, times: tuple[str, ...]
) -> None:
    """Only a clock time said right beside its named time of day is that time."""
    reading = read(text)
    assert (reading.time_of_day, reading.times_per_day) == (times, len(times))


def test_named_days_joined_by_or_each_week_are_still_refused() -> None:
    """'Monday or Thursday each week' names one of two days: refused, not both."""
    with pytest.raises(PhraseError, match=r"2 days named|days said as alternatives"):
        parse_timing("Monday or Thursday each week")


@pytest.mark.parametrize(
    "text",
    [
        "3 x 10 daily; 3 runs a week",
        "3 x 10 daily, plus 2 walks a day",
        "do these before 3 runs a week",
        "after breakfast, before lunch and after dinner",
        "10min after breakfast, 20min after lunch, and 30min after dinner",
        "Do 10, rest 30 seconds, then 10 more, rest 2 minutes, then a final 10",
        "30 min every week for 6 weeks",
        "3 x 10 daily, an hour before bed",
        "3 x 10, 24 hours after exercise",
        "10 reps, 10 seconds per rep",
    ],
)
def test_what_may_be_read_two_ways_is_flagged(text: str) -> None:
    """Each of these has a second reading: the reading is flagged, never silent."""
    assert read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "anchor"),
    [("follow these exercises daily", None), ("Do 3 x 10 only right after your run", "after run")],
)
def test_follow_and_only_right_are_not_events_or_sides(text: str, anchor: str | None) -> None:
    """'follow these exercises' names no event; 'only right after' is not the right side."""
    reading = read(text)
    assert reading.anchor == anchor
    assert reading.dose is None or reading.dose.side is None


def test_a_day_or_more_that_is_not_a_course_is_refused() -> None:
    """A rest of a day or more is not a bout, nor a course: refused (a wear of 24 hours a
    day is asked about, see test_all_day_and_night_is_asked_never_a_bout)."""
    with pytest.raises(PhraseError, match="a day or more is not a bout"):
        read("3 x 10 daily, then rest for 48 hours")


@pytest.mark.parametrize("text", ["ice the knee", "RICE", "nice and slow"])
def test_only_a_misspelt_keyword_is_read_as_meant(text: str) -> None:
    """A word that merely resembles a keyword, with nothing read, is refused as before."""
    with pytest.raises(PhraseError, match="did you mean"):
        read(text)


def test_an_alternative_is_asked_about_once() -> None:
    """'daily or every other day' gives one question, not a second note of the 'or'."""
    note = read("daily or every other day").note or ""
    assert "say which" in note and "an alternative not read" not in note
