"""
Regression: rules from the blind sets `-60` and `-61`. "Thursday – same as Monday" was
Mondays and Thursdays; "no more than two days without activity" a course of 2 days;
"spread over at least 3 days of the week" a course of 3 days; "almost daily" daily; "rest
for 1 minute before starting the next circuit" an event of the session; "When you start
your training" an event of each session; "the opposite fist" no side; "Slow tempo (approx
4 seconds)" a 4 s hold.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


def test_a_day_to_copy_is_no_day_of_the_schedule() -> None:
    reading = read("Thursday – same as Monday")
    assert reading.days_of_week == ("TH",)
    assert "a day to copy" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "There should be no more than two days without activity.",
        "spread over at least 3 days of the week, with no more than 2 consecutive days without exercise",
    ],
)
def test_a_limit_on_days_without_exercise_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "a limit on days in a row" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("spread over at least 3 days of the week", 3),
        ("exercise over 3 days of the week", 3),
        ("2 days of the week are rest days", None),
    ],
)
def test_days_of_the_week_are_days_a_week(text: str, per_week: int | None) -> None:
    assert read(text).times_per_week == per_week


@pytest.mark.parametrize("text", ["I do this almost daily", "walk nearly every day"])
def test_almost_daily_is_most_days_and_asked(text: str) -> None:
    reading = read(text)
    assert reading.times_per_day is None
    assert reading.ambiguous


def test_a_rest_before_the_next_circuit_is_no_event() -> None:
    reading = read(
        "Star Jumps – 1 minute @80% effort (complete three rounds, then rest for 1 minute "
        "before starting the next circuit)."
    )
    assert reading.anchor is None
    assert "a rest between exercises" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "anchor", "asked"),
    [
        ("When you start your training, leave a day in between each walk", None, True),
        ("Start each run with 5-10mins of brisk walking to get warmed up", "before run", False),
        ("when brushing your teeth", "when brushing teeth", False),
    ],
)
def test_when_you_start_is_asked(text: str, anchor: str | None, asked: bool) -> None:
    reading = read(text)
    assert (None if reading.anchor is None else str(reading.anchor)) == anchor
    assert reading.ambiguous is asked


@pytest.mark.parametrize(
    ("text", "per_side", "reps"),
    [
        ("Repeat 5 times and repeat it on the opposite fist.", True, 5),
        ("Make 10 fists", False, 10),
    ],
)
def test_a_fist_is_a_side(text: str, per_side: bool, reps: int) -> None:
    reading = read(text)
    assert (reading.per_side, reading.reps) == (per_side, reps)


@pytest.mark.parametrize(
    ("text", "hold"),
    [("Slow tempo (approx 4 seconds) on sit down phase", None), ("hold for 4 seconds", 4)],
)
def test_a_tempo_is_no_hold(text: str, hold: int | None) -> None:
    assert read(text).hold_seconds == hold
