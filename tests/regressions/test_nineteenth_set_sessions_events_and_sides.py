"""
Regression: the nineteenth blind set. "two 40-min exercise sessions per week" was
refused as 40 a week; "after your evening meal", "after every diaper change", "when
breastfeeding", "while brushing teeth" and "before hopping in the shower" named no event
the reader knew ("while brushing teeth" was passed over in silence); "after every
diaper change" and "foot/feet" were each side; "bilateral leg press" was each side;
"Do 15 reps 3 times, and then ..." was refused; "within an hour" was hourly; "12-14
steps" was repetitions.
"""

from __future__ import annotations

import pytest

from rehabplan import parse_timing
from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("two 40-min exercise sessions per week", 2),
        ("four individual 60 minute sessions per week", 4),
        ("The 12-week programme included two 40-min exercise sessions per week.", 2),
        ("3 exercise sessions per week", 3),
    ],
)
def test_a_length_before_sessions_is_not_their_count(text: str, per_week: int) -> None:
    assert read(text).times_per_week == per_week


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Walk 15 minutes three times a week after your evening meal", "after dinner"),
        ("3 x 10 after every diaper change", "after changing nappy"),
        ("3 x 10 each time you change your baby's nappy", "when changing nappy"),
        ("3 x 10 when breastfeeding", "when breastfeeding"),
        ("3 x 10 while brushing teeth", "when brushing teeth"),
        ("3 x 10 before hopping in the shower", "before shower"),
    ],
)
def test_events_of_home_life(text: str, anchor: str) -> None:
    reading = read(text)
    assert (reading.anchor, reading.per_side) == (anchor, False)


def test_while_sitting_is_a_position_not_an_event() -> None:
    reading = read("Do these exercises slowly while sitting on a chair, three times a day.")
    assert (reading.anchor, reading.times_per_day) == (None, 3)


@pytest.mark.parametrize(
    ("text", "per_side"),
    [
        ("bilateral leg press 3 x 10, twice weekly", False),
        ("8-10 reps, bilaterally", True),
        ("3 x 10 bilateral", True),
        ("improve your baby's foot/feet, 3 x 10", False),
        ("3 x 10/side", True),
    ],
)
def test_both_at_once_is_not_each_side(text: str, per_side: bool) -> None:
    assert read(text).per_side is per_side


def test_reps_then_a_count_then_more_is_sets() -> None:
    reading = read("Do 15 reps 3 times, and then repeat several times throughout the day.")
    assert (reading.sets, reading.reps) == (3, 15)
    assert reading.ambiguous  # the vague count a day


def test_within_an_hour_is_not_hourly() -> None:
    reading = read("Within an hour, repeat this process 50 times.")
    assert (reading.times_per_day, reading.reps) == (None, 50)


def test_steps_walked_are_not_repetitions() -> None:
    reading = read("Climb stairs (12-14 steps) once a day")
    assert reading.reps is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Participants exercise three times a week and go for a walk at least twice a week.",
            "times_per_week",
            3,
        ),
        ("Focus on lower body twice a week and upper body once a week", "times_per_week", 2),
        ("Weight train 3 days a week. Plus cardio 5 days a week.", "times_per_week", 3),
    ],
)
def test_a_second_clause_with_its_own_value_is_read_first_and_asked(
    text: str, field: str, value: int
) -> None:
    """Two activities' timings: the first is read, the second named, the reading flagged."""
    reading = read(text)
    assert getattr(reading, field) == value
    assert reading.ambiguous
    assert reading.note is not None
    assert "say different things: read as the first" in reading.note


@pytest.mark.parametrize("text", ["twice daily once daily", "3 x 10, 4 x 12", "BD TDS"])
def test_a_phrase_that_contradicts_itself_is_still_refused(text: str) -> None:
    with pytest.raises(PhraseError, match="say different things"):
        read(text)


def test_the_strict_reader_refuses_two_clauses_that_differ() -> None:
    with pytest.raises(PhraseError, match="say different things"):
        parse_timing("twice a week and also once a week")


def test_a_second_workout_is_another_one_not_a_second_long() -> None:
    assert read("Each week, you can perform a second workout").hold_seconds is None
    assert read("hold for a second").hold_seconds == 1


@pytest.mark.parametrize(
    "text",
    [
        "Each week progress the time you spend on your walk by 2 to 5 minutes",
        "Walk 10 minutes daily. Each week, increase by 5 minutes.",
    ],
)
def test_each_week_before_a_step_is_the_progression(text: str) -> None:
    reading = read(text)
    assert reading.times_per_week is None
    assert reading.note is not None
    assert "progression" in reading.note


def test_switching_sides_as_needed_is_each_side_not_as_needed() -> None:
    reading = read("Hold each stretch for 20 to 30 seconds, 3 times (switching legs as needed)")
    assert (reading.prn, reading.per_side) == (False, True)


@pytest.mark.parametrize(
    ("text", "low", "high", "reps"),
    [
        ("Do each movement 3 times every 1–2 hours.", 12, 24, 3),
        ("10 reps every 2-3 hours", 8, 12, 10),
    ],
)
def test_a_count_every_range_of_hours_is_repetitions_at_that_interval(
    text: str, low: int, high: int, reps: int
) -> None:
    reading = read(text)
    assert (reading.times_per_day.low, reading.times_per_day.high, reading.reps) == (
        low,
        high,
        reps,
    )
    assert reading.ambiguous  # round the clock, or while awake?


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Hold each stretch for about 30 .", 30),
        ("Hold for 3 then relax", 3),
        ("hold for 10, 3 times", 10),
    ],
)
def test_a_hold_with_no_unit_is_seconds_and_asked(text: str, hold: int) -> None:
    reading = read(text)
    assert reading.hold_seconds == hold
    assert reading.ambiguous
    assert "names no unit" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("keep pressure for 30 seconds until it releases", 30),
        ("This position should be maintained for 30 seconds", 30),
        ("hold for 2 minutes", 120),
    ],
)
def test_a_hold_said_as_keeping_or_maintaining(text: str, hold: int) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (hold, False)


def test_an_additional_time_added_to_an_open_hold_is_asked() -> None:
    reading = read(
        "Remain in each position until the dizziness stops, plus an additional 30 seconds"
    )
    assert reading.ambiguous
    assert "added to what?" in (reading.note or "")
