"""
Regression: the fifteenth blind set of handout phrases, and what it showed. "between
every day and twice per week" was read as once a day on two days a week (now refused); a count a day
and the times of day named could disagree and be scheduled ("once a day, morning and
evening" made two sessions a day, "twice a day in the morning" one); "every morning or
evening" was two sessions a day; "a 3-10 second period of recovery" was a hold; "increase
the time you exercise" tied the sessions to exercise.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan import ProgrammeError, Range, Timing, parse_timing
from rehabplan.errors import PhraseError
from rehabplan.model import SLOT_NAMES
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "between every day and twice a week",
        "every day to 3 times a week",
        "It will vary between every day and twice per week.",
    ],
)
def test_every_day_joined_to_a_count_a_week_is_refused_by_every_reader(text: str) -> None:
    """A span from 'every day' to 'twice a week' is two frequencies that disagree."""
    with pytest.raises(PhraseError, match="say different things"):
        read(text)
    with pytest.raises(PhraseError):
        parse_timing(text)


@pytest.mark.parametrize(
    "text",
    [
        "once a day, twice a week",
        "daily, 7 days a week",
        "daily 6 days a week",
        "daily for 2 weeks then twice a week",
    ],
)
def test_once_a_day_on_days_of_a_week_is_no_contradiction(text: str) -> None:
    assert "different" not in (read(text).note or "")


@pytest.mark.parametrize(
    ("per_day", "times"),
    [(1, ("morning", "evening")), (2, ("morning",)), (3, (dt.time(8), dt.time(20)))],
)
def test_a_count_a_day_and_the_times_named_must_agree(
    per_day: int, times: tuple[object, ...]
) -> None:
    """A timing whose count a day and named times disagree is refused when it is built."""
    with pytest.raises(ProgrammeError, match="time\\(s\\) of day named") as caught:
        Timing(times_per_day=per_day, times_of_day=times)
    assert caught.value.where == "times_per_day"


@given(
    st.lists(st.sampled_from(SLOT_NAMES), min_size=1, max_size=4, unique=True), st.integers(1, 6)
)
def test_a_count_a_day_agrees_with_the_times_or_is_refused(slots: list[str], per_day: int) -> None:
    """Built, a timing's count a day is the number of its times of day; else it is refused."""
    try:
        timing = Timing(times_per_day=per_day, times_of_day=tuple(slots))
    except ProgrammeError:
        assert per_day != len(slots)
    else:
        assert timing.per_day == len(timing.times_of_day) == per_day


@pytest.mark.parametrize("text", ["once a day, morning and evening", "twice a day in the evening"])
def test_the_readers_refuse_or_ask_when_count_and_times_disagree(text: str) -> None:
    with pytest.raises(PhraseError, match="time\\(s\\) of day named"):
        parse_timing(text)
    reading = read(text)
    assert reading.ambiguous and reading.timing is None


def test_times_said_as_alternatives_are_one_session_asked() -> None:
    reading = read("Try to do this every morning or evening.")
    assert (reading.times_per_day, reading.time_of_day, reading.ambiguous) == (
        1,
        ("morning",),
        True,
    )


def test_a_period_of_recovery_is_a_rest_not_a_hold() -> None:
    reading = read(
        "repeat 8-10 times, giving a 3-10 second period of recovery between each repetition."
    )
    assert reading.hold_seconds is None
    assert reading.dose is not None and reading.dose.rest is not None


def test_the_time_you_exercise_is_no_event() -> None:
    assert read("10 minutes a day, then slowly increase the time you exercise").anchor is None
    assert read("Do 10 squats every time you exercise").anchor == "when exercising"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Please do not run on consecutive days.", {"every_n_days": 2, "ambiguous": True}),
        ("You may need a day of rest in between workout sessions.", {"every_n_days": 2}),
        ("- Perform 5 repetitions, rest briefly, then another set.", {"sets": 2, "reps": 5}),
        ("Step 10 times with each leg.", {"reps": 10, "per_side": True}),
        ("return to a position with both legs on the floor, 3 x 10", {"per_side": False}),
        ("48 hours of rest between exercises for the same muscles", {"every_n_days": 2}),
        ("Control the eccentric (lowering) portion for about 3-5 seconds", {"hold_seconds": None}),
    ],
)
def test_fifteenth_set_handout_language(text: str, fields: dict[str, object]) -> None:
    """Spacing said as rest or as days not in a row, a second set, a step, both legs, a tempo."""
    said = read(text).as_dict()
    assert {key: said[key] for key in fields} == fields


def test_a_rest_of_days_is_a_spacing_not_a_rest_in_a_session() -> None:
    """A rest of whole days is between sessions; it never becomes a rest of 72 hours."""
    for text in ("3 x 10, 72 hours of rest between workouts", "3 x 10, about 72 hours of rest"):
        reading = read(text)
        assert reading.every_n_days == 3
        assert reading.dose is not None and reading.dose.rest is None


def test_work_your_way_up_to_is_a_progression() -> None:
    """'work your way up to 3 sets of 15' is the target, not a second dose that disagrees."""
    reading = read(
        "Start with 2 sets of 10 repetitions and work your way up to 3 sets of 15 repetitions"
    )
    assert (reading.sets, reading.reps, reading.ambiguous) == (2, 10, True)
    assert "progressing to 3 sets of 15" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Walk 30 minutes a day with rest intervals as needed",
        "Walk 20 minutes, taking breaks as needed",
    ],
)
def test_rests_as_needed_do_not_make_the_sessions_as_needed(text: str) -> None:
    assert not read(text).prn


@pytest.mark.parametrize(
    "text",
    [
        "Hold for at least 10 seconds and for no more than 20 seconds.",
        "hold for no more than 20 seconds and at least 10 seconds",
    ],
)
def test_a_least_and_a_most_make_a_range(text: str) -> None:
    """'at least 10 seconds and no more than 20 seconds' is 10-20 s, not two holds."""
    assert read(text).hold_seconds == Range(10, 20)


def test_a_least_above_the_most_still_disagrees() -> None:
    with pytest.raises(PhraseError, match="say different things"):
        read("hold for at least 30 seconds and no more than 20 seconds")
