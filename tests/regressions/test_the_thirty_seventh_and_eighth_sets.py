"""
Regression: the thirty-seventh and thirty-eighth blind sets. Work for a time followed by
a rest for a time ("Each exercise for 20 seconds, followed by 10 seconds of rest") was a
hold; intervals said "40 seconds hard, 20 seconds off" or "45 seconds on, 15 seconds
off" were refused; "Once back inside, ..." added one repetition; "The drop should last a
count of 4" was a hold.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Each exercise will be performed for 20 seconds (the on phase), followed by 10 seconds"
        " of rest.",
        "Each exercise is done for 30 seconds/leg. Alternate legs during a rest period of 30"
        " seconds between repetitions.",
    ],
)
def test_work_for_a_time_then_a_rest_is_a_timed_bout(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is None
    assert reading.dose is not None and reading.dose.duration is not None


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Hold for 30 seconds, rest 30 seconds, repeat 3 times", 30),
        ("Stretch for 30 seconds, rest 10 seconds", 30),
        ("Squeeze your shoulder blades for 5 seconds, rest 5 seconds", 5),
        ("Try to balance on that leg for up to 30 seconds. Then rest for up to 10 seconds.", 30),
    ],
)
def test_a_hold_then_a_rest_is_still_a_hold(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    ("text", "reps", "bout", "rest"),
    [
        ("40 seconds hard, 20 seconds off x 10", 10, 40, 20),
        ("30 s on / 30 s off x 8", 8, 30, 30),
    ],
)
def test_work_and_rest_intervals(text: str, reps: int, bout: int, rest: int) -> None:
    reading = read(text)
    assert (reading.reps, reading.hold_seconds, reading.ambiguous) == (reps, None, False)
    dose = reading.dose
    assert dose is not None and dose.duration is not None and dose.rest is not None
    assert (dose.duration.total_seconds(), dose.rest.total_seconds()) == (bout, rest)


@pytest.mark.parametrize(
    "text",
    ["Once back inside, walk for 10 minutes", "Once at home, walk twice a day"],
)
def test_once_said_first_before_a_comma_says_when(text: str) -> None:
    reading = read(text)
    assert reading.reps is None
    assert "when to begin" in (reading.note or "")


def test_a_count_for_a_drop_is_a_tempo() -> None:
    reading = read("The drop should last a count of 4. Repeat x 10. Perform 3 sets.")
    assert (reading.sets, reading.reps, reading.hold_seconds) == (3, 10, None)
