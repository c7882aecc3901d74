"""
Regression: the forty-fifth and forty-sixth blind sets. "from 2 to 3 p.m." began at
3 pm and "12.30-1.30pm" at 1.30 pm (a bare hour before a clock time starts the span);
"morning and bed-time" was one session; "rinsing for 30 seconds" was a hold; "across
both eyes" was each side.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "start", "per_day"),
    [
        # on named days a clock time says when, not how many a day
        ("Tuesdays and Thursdays from 2 to 3 p.m.", "14:00", None),
        ("Mondays 12.30-1.30pm", "12:30", None),
        ("from 9.30 to 10.30am", "09:30", 1),
        ("from 11 to 1pm", "11:00", 1),
    ],
)
def test_a_bare_hour_before_a_clock_time_starts_the_span(
    text: str, start: str, per_day: int | None
) -> None:
    reading = read(text)
    assert reading.time_of_day == (start,)
    assert reading.times_per_day == per_day


def test_bed_time_with_a_hyphen_is_bedtime() -> None:
    reading = read("creams should be applied morning and bed-time")
    assert reading.time_of_day == ("morning", "bedtime")
    assert reading.times_per_day == 2


@pytest.mark.parametrize(
    "text",
    [
        "Recommended home use is rinsing for 30 seconds, twice daily morning and evening.",
        "Swish for 30 seconds, then spit it out. Twice daily.",
    ],
)
def test_rinsing_for_a_time_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


def test_one_thing_across_both_eyes_is_no_side() -> None:
    reading = read("place it across both eyes for five minutes, 2 to 3 times a day.")
    assert not reading.per_side


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Try to balance for 30 seconds to a minute.", (30, 60)),
        ("hold for 30 seconds to 2 minutes", (30, 120)),
    ],
)
def test_seconds_to_minutes_is_a_range_of_a_hold(text: str, hold: tuple[int, int]) -> None:
    reading = read(text)
    assert reading.hold_seconds is not None
    assert (reading.hold_seconds.low, reading.hold_seconds.high) == hold


def test_a_balance_on_each_leg_for_a_time_is_a_hold_each_side() -> None:
    reading = read("Balance on each leg for 30 seconds to 1 minute")
    assert reading.per_side
    assert reading.hold_seconds is not None and reading.hold_seconds.high == 60


def test_practice_for_a_time_is_no_hold() -> None:
    assert read("Practice for 30 seconds to one minute at a time. 3 x daily").hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Use the wall to enhance the stretch if required. Hold for 60 seconds.",
        "Hold for 5 seconds and release. Do 3 sets of 5. Increase as needed.",
    ],
)
def test_how_it_is_done_or_grown_if_needed_is_not_as_needed(text: str) -> None:
    reading = read(text)
    assert not reading.prn
    assert "how it is done" in reading.note


def test_after_an_exercise_programme_is_after_exercise() -> None:
    reading = read("the ice was applied after the exercise programme for 10 minutes")
    assert reading.anchor == "after exercise"
