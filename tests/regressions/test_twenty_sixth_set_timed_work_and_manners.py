"""
Regression: the twenty-sixth blind set's silent misreadings, mostly running and cycling
work: "running at tempo for 5 sets of 8 minutes", "4 × 3min" intervals and "Hip circles
for 30 seconds each way" were holds; "repositioning the edge as needed" made the
sessions as needed; "do 10 more reps" was 11; "15 min/hr" lost the hour; "Once standing
has been mastered ... can stand for 15-20 seconds" was one repetition.
"""

from __future__ import annotations

import pytest

from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "running at tempo for 5 sets of 8 minutes with 3 minutes recovery.",
        "intervals (e.g. 4 × 3min Level IV)",
        "Hip circles for 30 seconds each way",
        "Try doing small rolls back and forth on that tender spot for 15-20 seconds",
        "3 sets of 5 x 30 second sprints",
    ],
)
def test_moving_work_for_a_time_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("3 x 30 sec hold", 30),
        ("hold 30 s x 3, then walk", 30),
        ("maintain the stretch for 30 seconds", 30),
    ],
)
def test_a_hold_said_stays_a_hold(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


def test_a_manner_as_needed_is_no_as_needed() -> None:
    reading = read("Repeat this 8-10 times each side, repositioning the edge as needed.")
    assert reading.prn is False
    assert "how it is done" in (reading.note or "")


@pytest.mark.parametrize("text", ["use ice as needed", "stretching as needed"])
def test_an_activity_as_needed_is_as_needed(text: str) -> None:
    assert read(text).prn is True


@pytest.mark.parametrize(
    ("text", "sets", "reps", "ambiguous"),
    [
        ("Slowly sit back down and do 10 more reps.", 2, 10, True),
        ("hold until your count to 10 then repeat nine more times", None, 10, True),
        ("repeat twice more", None, 3, False),
    ],
)
def test_more_repetitions_said_as_reps_are_another_set_and_as_times_the_total(
    text: str, sets: int | None, reps: int, ambiguous: bool
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (sets, reps, ambiguous)


def test_a_bout_each_hour_is_hourly() -> None:
    reading = read("Active Range of Motion exercises are initiated 15 min/hr.")
    assert reading.times_per_day == 24
    assert reading.ambiguous  # round the clock, or while awake?


def test_once_a_subject_can_is_a_criterion() -> None:
    reading = read(
        "Once standing has been mastered to the point where the athlete can stand for "
        "15-20 seconds movements can be added."
    )
    assert reading.reps is None
    assert reading.ambiguous
    assert "a criterion to move on" in (reading.note or "")


def test_a_least_and_a_preferred_most_are_a_range() -> None:
    reading = read("Hold each stretch for at least 15 seconds but preferably up to 30 seconds.")
    assert reading.hold_seconds == Range(15, 30)
