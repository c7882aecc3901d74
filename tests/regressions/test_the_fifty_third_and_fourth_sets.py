"""
Regression: rules from the blind sets `-53` and `-54`. A splint or retainer worn for more
than 12 hours a day was refused with the model's limit on a bout ("worn 22 hours a day");
"Repeat for 5 breaths" was a hold counted in breaths; "Hold for five seconds before
resting, then repeat" was a second set (the hold again, no count said); "Hold for 3
minutes. Repeat." passed the repeat over; "8 straight-legged rises" was no dose.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "For the first two weeks after treatment, your retainers need to be worn 22 hours a day.",
        "Wear daily for 12 to 22 hours.",
        "The splint is worn 23 hours per day",
    ],
)
def test_a_time_worn_is_no_session(text: str) -> None:
    reading = read(text)
    assert reading.dose is None or reading.dose.duration is None
    assert "a time worn or kept" in (reading.note or "")


def test_a_bout_of_over_twelve_hours_is_refused_by_name() -> None:
    with pytest.raises(PhraseError, match="over 12 hours"):
        read("walk for 14 hours")


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Repeat for 5 breaths.", 5),
        ("Exhale through the PEP device for 10-20 breaths.", (10, 20)),
        ("Repeat this exercise for 10 to 12 breaths", (10, 12)),
    ],
)
def test_breaths_repeated_are_repetitions(text: str, reps: object) -> None:
    got = read(text).reps
    assert (got if isinstance(got, int) else (got.low, got.high)) == reps


@pytest.mark.parametrize("text", ["Hold for 5 breaths", "stay in this position for 5 deep breaths"])
def test_a_hold_counted_in_breaths_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "counted in breaths" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    ["Hold for five seconds before resting, then repeat.", "Hold this for 3 minutes. Repeat."],
)
def test_repeat_after_a_hold_alone_says_no_count(text: str) -> None:
    reading = read(text)
    assert reading.sets is None
    assert reading.ambiguous
    assert "say how many times" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "sets"),
    [("10 reps, rest, then repeat", 2), ("Rest; then do another set of 8 to 15 repetitions.", 2)],
)
def test_repeat_after_a_count_is_a_second_set(text: str, sets: int) -> None:
    assert read(text).sets == sets


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Execute 8 straight-legged rises, controlling the heel on the way down", 8),
        ("Start with one to three toe rises the first day.", Range(1, 3)),
    ],
)
def test_rises_are_an_exercise_counted(text: str, reps: object) -> None:
    assert read(text).reps == reps


@pytest.mark.parametrize(
    "text", ["3-3-3-2-1 reps for ea hand of: Turkish get-ups", "squat 8-5-3x5", "5-5-5 reps"]
)
def test_a_rep_scheme_set_by_set_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.reps is None
    assert reading.ambiguous
    assert "set by set" in (reading.note or "")


@pytest.mark.parametrize(
    "text", ["You'll do 500 swings per workout.", "Do 200 reps", "I did 150 push-ups every day"]
)
def test_more_repetitions_than_a_set_holds_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a total?" in (reading.note or "")


def test_a_set_of_up_to_99_is_not_asked() -> None:
    assert not read("3 x 99").ambiguous


@pytest.mark.parametrize(
    ("text", "hold", "anchor"),
    [
        ("Stay here for two minutes and repeat the process ten times.", 120, None),
        (
            "Begin each workout with a proper 15 -20 minute warm- up period.",
            None,
            "before exercise",
        ),
    ],
)
def test_stay_here_is_a_hold_and_a_proper_warm_up_is_before(
    text: str, hold: int | None, anchor: str | None
) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.anchor) == (hold, anchor)
