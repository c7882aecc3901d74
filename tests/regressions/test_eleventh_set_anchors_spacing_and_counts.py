"""
Regression: the eleventh blind set of handout phrases. "Start each run with 5-10 mins of
walking" lost its event; "wait until 12 weeks" and "(7 days is ideal)" were courses;
"rest your muscles for at least one day between sessions" was a course of a day;
"repeat with your other leg" was not each side; "from noon to 4 p.m." was two sessions;
"if the pain is increased" was as needed; counted holds, breaths and throws were refused
or misread.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


def test_start_each_event_with_is_before_it() -> None:
    """'Start each run with 5-10 mins of brisk walking': the walk comes before each run."""
    reading = read("Start each run with 5-10mins of brisk walking to get warmed up")
    assert reading.anchor == "before run"


def test_a_wait_is_a_start_not_a_course() -> None:
    """A time to wait before starting is never the course's length ("wait for" is asked)."""
    reading = read("Wait until 12 weeks for consistent running")
    assert reading.duration_days is None and "not a course length" in (reading.note or "")
    waiting = read("wait for 6 weeks before running")
    assert waiting.duration_days is None and waiting.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Rest your muscles for at least one day between strength training sessions.",
        "rest for at least one day between sessions",
    ],
)
def test_a_day_of_rest_between_sessions_is_every_other_day(text: str) -> None:
    """A day's rest between sessions spaces them two days apart; it is no course."""
    reading = read(text)
    assert (reading.every_n_days, reading.duration_days) == (2, None)


def test_repeating_with_the_other_leg_is_each_side() -> None:
    """'Then repeat with your other leg' does the dose on each side in turn."""
    reading = read(
        "Press your heel to the floor and hold for 15-30 seconds then repeat with your "
        "other leg. Do this three times."
    )
    assert (reading.per_side, reading.reps, reading.ambiguous) == (True, 3, False)


def test_days_said_to_be_ideal_are_asked_about() -> None:
    """'(7 days is ideal)' beside days a week is no 7-day course: asked about."""
    reading = read("Exercise at least 3-5 days per week (7 days is ideal)")
    assert reading.duration_days is None and reading.ambiguous


def test_a_span_from_noon_is_one_session() -> None:
    """'from noon to 4 p.m.' is one session starting at noon, its end noted."""
    reading = read("The program runs on Tuesdays and Thursdays from noon to 4 p.m.")
    assert (reading.days_of_week, reading.time_of_day) == (("TU", "TH"), ("noon",))


def test_pain_rising_is_when_to_ease_off_not_as_needed() -> None:
    """'If the pain is increased the next day ... decreased' is no as-needed dose."""
    reading = read("If the pain is increased the next day then the amount should be decreased.")
    assert not reading.prn and "ease off" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "sets", "reps", "hold"),
    [
        ("Do a set of 10, then repeat.", 2, 10, None),
        ("Dosage: 5 holds each direction, once daily.", None, 5, None),
        ("Hold this position while slowly counting to 10 and then relax.", None, None, 10),
        ("6 deep breaths, twice a day", None, 6, None),
        ("Only perform 1-2 huffs together", None, [1, 2], None),
    ],
)
def test_counted_sets_holds_breaths_and_huffs(
    text: str, sets: int | None, reps: object, hold: int | None
) -> None:
    """A set said again, holds counted, a held count, breaths and huffs are read."""
    fields = read(text).as_dict()
    assert (fields["sets"], fields["reps"], fields["hold_seconds"]) == (sets, reps, hold)


@pytest.mark.parametrize(
    "text",
    [
        "breathe in through your nose while counting to two.",
        "Stay in this position for 5 deep breaths",
    ],
)
def test_counts_of_breaths_and_paces_are_not_silent_holds_or_reps(text: str) -> None:
    """Counting a breath's pace is no hold; a hold of 5 breaths is asked in seconds."""
    reading = read(text)
    assert reading.hold_seconds is None and reading.reps is None
    assert reading.ambiguous or "not a hold" in (reading.note or "")
