"""
Regression: the twelfth blind set of handout phrases. A later window of weeks was
dropped; "repeat up to three times during the day" was reps; "2 to 3 sets per day" was
sessions, unasked; "Hold for 2030 seconds" (a misprint) was a 34-minute hold; "and then
switch" was not each side; "10 x 30 sec" in interval training was a hold; "if you feel
pain, consider ... every other day" was as needed; "increase to five days" and "three
days the first week" were courses; "4 x 25 sets" was 25 sets; a daily most in mg was a
course of a day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_timing, read


@pytest.mark.parametrize(
    "text",
    [
        "This exercise routine should be performed 3 times a day in the 3rd and 4th week.",
        "twice a day during the 2nd week",
        "If you feel pain, consider doing the exercises every other day.",
        "Increase to five days now and stick with the 25 minutes.",
        "Aim for 2 to 3 sets per day, depending on your stage of recovery",
        "Hold for 2030 seconds, repeat 5 times.",
        "I do 4 x 25 sets with the 10kg weight slowly",
    ],
)
def test_what_has_a_second_reading_is_asked(text: str) -> None:
    """Each of these may mean two things: flagged in free text, refused by the strict reader."""
    assert read(text).ambiguous


def test_intervals_with_an_active_rest_are_timed_bouts_and_a_rest() -> None:
    reading = read("Interval training: 10 × 30 sec, 1 min active rest between each interval")
    assert (reading.reps, reading.hold_seconds) == (10, None)
    assert reading.dose is not None
    assert (reading.dose.duration, reading.dose.rest) == (
        dt.timedelta(seconds=30),
        dt.timedelta(minutes=1),
    )


def test_a_later_window_is_refused_by_the_strict_reader() -> None:
    """A window of later weeks is a phase to write, not one timing."""
    with pytest.raises(PhraseError, match="later stage of weeks"):
        parse_timing("3 times a day in the 3rd and 4th week")


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Apply for about 5-10 mins, and repeat up to three times during the day.", (3, None)),
        ("Walk three days the first week.", (None, 3)),
    ],
)
def test_counts_through_the_day_and_days_in_the_first_week(
    text: str, fields: tuple[int | None, int | None]
) -> None:
    """'up to three times during the day' is 3 a day; 'three days the first week' 3 a week."""
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week) == fields
    assert reading.reps is None


def test_three_days_the_first_week_lasts_a_week() -> None:
    """The first week is the course the three days are said of."""
    assert read("Walk three days the first week.").duration_days == 7


@pytest.mark.parametrize(
    "text", ["Hold for eight seconds and then switch.", "hold 20 s, then swap sides"]
)
def test_then_switch_is_each_side(text: str) -> None:
    """'and then switch' does the dose on the other side too."""
    assert read(text).per_side


def test_a_most_in_a_day_is_no_course() -> None:
    """'maximum 40mg in 24 hours' is the most in a day, noted; never a 1-day course."""
    reading = read("10mg up to 6 hourly (maximum 40mg in 24 hours)")
    assert reading.duration_days is None and "a most in a day" in (reading.note or "")


@pytest.mark.parametrize("text", ["10 x 3 sets", "plank 3 x 30 sec", "hold 10 x 30 sec"])
def test_plain_sets_and_holds_stay_unasked(text: str) -> None:
    """More reps than sets, and holds with no moving work beside them, are read as before."""
    assert not read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("2–4 sets of 8–12 repetitions at 60% of one-repetition maximum (1RM)", [2, 4], [8, 12]),
        (
            "One repetition includes both sides. Complete three sets of 10 to 12 repetitions.",
            3,
            [10, 12],
        ),
        ("Once again, do three sets of 10 three times a day.", 3, 10),
        ("10 times x 3.", 3, 10),
    ],
)
def test_numbers_that_name_no_second_dose(text: str, sets: object, reps: object) -> None:
    """A repetition maximum, what one repetition is, 'once again', 'N times x M': one dose."""
    fields = read(text).as_dict()
    assert (fields["sets"], fields["reps"], fields["ambiguous"]) == (sets, reps, False)


def test_once_again_is_not_once_a_day() -> None:
    """'Once again, do ... three times a day' is 3 a day, never once."""
    assert read("Once again, do three sets of 10 three times a day.").times_per_day == 3
