"""
Regression: a fresh-eyes review of the rules from the sets `-64` and `-65` (about 840
probes). "that is 3 sets of 10 reps" after a dose replaced it and was multiplied again; a
short pause beside a dose became a hold; "Heel raises x 15 x 3" was 15 sets of 3, silently;
"pain that lasts over 3 consecutive days" was a course; "in sets of 0" crashed; a count
in bigger sets was read as that many sets of the count; a timing whose course is a range
("for at least 2 weeks, and up to 4 weeks") could not be printed or expanded.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.model import Range, Timing
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "sets", "reps", "per_day"),
    [
        ("Do 10 reps three times a day, that is 3 sets of 10 reps", None, 10, 3),
        ("Do 10 reps each side twice a day, that is 4 sets of 10 reps", None, 10, 2),
        ("3 x 10 each leg, that is 6 sets of 10 reps", 3, 10, None),
        ("that is 2 sets of 10 reps.", 2, 10, None),
    ],
)
def test_the_dose_said_again_after_a_dose_is_a_total(
    text: str, sets: int | None, reps: int, per_day: int | None
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.times_per_day) == (sets, reps, per_day)


@pytest.mark.parametrize(
    "text", ["That's one rep. Do 10-12 reps.", "That is one set. I like to do five sets."]
)
def test_what_one_repetition_is_stays_a_note(text: str) -> None:
    assert read(text).sets != 1 and read(text).reps != 1


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("3 x 10 reps. Pause for 10 seconds.", None),
        ("Pause for 10 seconds, then do another set", None),
        ("Pause for 5 seconds to rest", None),
        ("Pause for 5 seconds to catch your breath", None),
        ("Hold for 10 seconds. Pause for 5 seconds.", 10),
    ],
)
def test_a_pause_beside_a_dose_or_to_rest_is_no_hold(text: str, hold: int | None) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text",
    [
        "If the pain lasts over 3 consecutive days, see your GP",
        "Stop if pain persists over 3 consecutive days",
    ],
)
def test_a_symptom_over_consecutive_days_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


def test_over_consecutive_days_after_the_work_is_a_course() -> None:
    reading = read("Isometric handgrip training was performed over five consecutive days.")
    assert reading.duration_days == 5


@given(count=st.integers(1, 60), zero=st.sampled_from(["0", "zero"]))
def test_sets_of_nothing_are_asked_never_a_crash(count: int, zero: str) -> None:
    reading = read(f"Repeat {count} times in sets of {zero}")
    assert (reading.sets, reading.reps, reading.ambiguous) == (None, None, True)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("the second time you stand up", "one time, not each time"),
        ("every alternate time you exercise", "not each time"),
        ("Every third time you walk", "not each time"),
    ],
)
def test_not_every_time_said_other_ways_is_asked(text: str, question: str) -> None:
    reading = read(text)
    assert (reading.anchor, reading.ambiguous) == (None, True)
    assert question in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Begin and end each exercise session with 10 shoulder rolls", "before and after session"),
        (
            "Start and end each training session with 5 minutes of cycling",
            "before and after session",
        ),
    ],
)
def test_begin_and_end_a_named_session(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    "text",
    [
        "Walk for 10 minutes twice: once in the morning and once in the evening",
        "Walk twice for 10-15 minutes",
        "Walk 2-3 times for 10 minutes",
        "Walk twice for 10 minutes daily",
    ],
)
def test_long_bouts_counted_in_words_are_asked_whatever_else_is_said(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "in one session, or separate sessions" in (reading.note or "")


def test_long_bouts_said_per_session_are_not_asked() -> None:
    assert not read("Walk twice for 10 minutes per session").ambiguous


def test_two_limbs_of_one_movement_are_no_sides() -> None:
    assert not read("Slowly counting to 3, extend your right arm and left leg").per_side


@pytest.mark.parametrize("field", ["duration_days", "every_days"])
def test_a_timing_refuses_a_range_where_it_takes_one_number(field: str) -> None:
    with pytest.raises(ProgrammeError, match="not a range"):
        Timing(**{field: Range(14, 28)})


def test_a_course_said_as_a_least_and_a_most_is_refused_not_half_built() -> None:
    with pytest.raises(PhraseError, match="not a range"):
        read("About 30 minutes daily for at least 2 weeks, and up to 4 weeks.")
