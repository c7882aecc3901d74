"""
Regression: rules from the blind set `-64`. "that is 2 sets of 10 reps" lost its sets as a
total; "for at least five days of the week" was a 5-day course; "over five consecutive
days" was refused; "begin and end your workout with stretching" was refused; "every
other time you exercise" and "the first time you run" were each time; "walk twice for 10
minutes" was two bouts in one session, silently. From the sets before it: "avoid running
on consecutive days" and "Leave about 48 hours between" were refused; "at least 3 times
a day. 5 times a day is better!" was refused as a contradiction; "(aim for 20 times by
week 6)" too.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


def test_the_dose_said_again_is_no_total() -> None:
    reading = read("that is 2 sets of 10 reps.")
    assert (reading.sets, reading.reps) == (2, 10)
    assert read("that is 30 reps in all").reps is None


@given(days=st.integers(1, 7), of=st.sampled_from(["of the week", "of each week", "of every week"]))
def test_days_of_the_week_are_a_count_a_week(days: int, of: str) -> None:
    reading = read(f"Do this for {days} days {of}")
    assert (reading.times_per_week, reading.duration_days) == (days, None)


def test_over_consecutive_days_is_a_course() -> None:
    reading = read("Isometric handgrip training was performed over five consecutive days.")
    assert (reading.duration_days, reading.ambiguous) == (5, False)
    assert str(reading.timing) == "daily for 5 days"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("begin and end your workout with stretching exercises", "before and after exercise"),
        ("Start and end each run with 5 minutes of walking", "before and after run"),
    ],
)
def test_begin_and_end_an_event_with(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Do this every other time you run.", "some times, not each time"),
        ("every second time you exercise", "some times, not each time"),
        ("the first time you run", "one time, not each time"),
        ("The next time you exercise, do 10 reps", "one time, not each time"),
    ],
)
def test_not_every_time_is_asked(text: str, question: str) -> None:
    reading = read(text)
    assert (reading.anchor, reading.ambiguous) == (None, True)
    assert question in (reading.note or "")


def test_every_time_is_still_an_event() -> None:
    assert read("every time you run").anchor == "when running"


@given(
    count=st.sampled_from(["twice", "2 times", "three times", "six times", "10 times"]),
    minutes=st.integers(5, 60),
    verb=st.sampled_from(["Walk", "Cycle", "Swim"]),
)
def test_a_few_long_bouts_with_no_how_often_are_asked(count: str, minutes: int, verb: str) -> None:
    """ "Walk twice for 10 minutes": in one session, or twice a day? Never chosen silently."""
    reading = read(f"{verb} {count} for {minutes} minutes")
    assert reading.ambiguous
    assert "in one session, or separate sessions" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Walk for 10 minutes twice a day",
        "Run 15 min, Walk 1 min (Repeat 3 times)",
        "Run for 8 minutes twice with a 5-minute walk break",
        "12 weeks of walking football (played 2 × 20 min)",
        "March on the spot for 30 seconds, 3 times",
    ],
)
def test_bouts_with_how_often_intervals_or_short_are_not_asked_so(text: str) -> None:
    assert "in one session, or separate sessions" not in (read(text).note or "")


@pytest.mark.parametrize(
    "text",
    [
        "avoid running on consecutive days",
        "Avoid doing this on consecutive days.",
        "Leave about 48 hours between the harder sessions.",
        "Keep a 48 hour gap to allow the muscles to repair between sessions",
    ],
)
def test_days_kept_apart_said_as_avoid_leave_or_keep(text: str) -> None:
    assert read(text).every_n_days == 2


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("Walk in the hallway at least 3 times a day. 5 times a day is better!", 3),
        ("These exercises are best done at least once per day, preferably 3 times per day.", 1),
        ("Do this once a day, ideally twice a day", 1),
    ],
)
def test_a_better_second_value_is_asked_not_refused(text: str, per_day: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (per_day, True)
    assert "read as the first; say which" in (reading.note or "")


def test_two_values_with_nothing_between_still_contradict() -> None:
    with pytest.raises(PhraseError, match="say different things"):
        read("Do this twice a day. Do this three times a day.")


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("Repeat 10 times, 3 times per day. (aim for 20 times by week 6)", None, 10),
        ("Do 3 x 10, aiming for 3 x 15 by week 4", 3, 10),
    ],
)
def test_a_target_by_a_later_week_is_a_progression(text: str, sets: int | None, reps: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (sets, reps, True)
    assert "progressing to" in (reading.note or "")
