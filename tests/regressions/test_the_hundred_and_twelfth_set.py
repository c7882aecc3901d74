"""
Rules made from the blind set -112 (runners' injuries and return to running from small
clinics and coaches; physiotherapists' home programmes for the neck, back, shoulder, hip
and knee): each test names the rule, with the set's phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("three stretches you can do before and after tennis", "before and after tennis"),
        ("perform them after tennis play, holding each for 20 to 30 seconds", "after tennis"),
        ("Warm up for at least 10 minutes before climbing.", "before climbing"),
        ("performing a solid 20-30 minute pre-tennis routine", "before tennis"),
        ("Stretch after the gym", "after gym"),
    ],
)
def test_a_sport_by_its_name_is_an_event(text: str, anchor: str) -> None:
    assert read(text).as_dict()["anchor"] == anchor


def test_a_sport_named_is_no_session_of_its_own() -> None:
    assert read("Play tennis 3 times a week").times_per_week == 3


def test_each_time_you_do_something_unknown_after_a_hold_is_asked() -> None:
    reading = read("standing on one leg for 10 seconds each time you make a cup of tea")
    assert reading.hold_seconds == 10 and reading.ambiguous
    assert "an event the schedule does not know" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("hold for 10 seconds each time", None),
        ("Hold 10 seconds each time you sit down", "when sitting down"),
    ],
)
def test_each_time_after_a_hold_alone_is_each_repetition(text: str, anchor: str | None) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.as_dict()["anchor"]) == (10, anchor)


@pytest.mark.parametrize(
    "text", ["This last exercise is what you will do every time you eat.", "when eating"]
)
def test_a_session_each_time_you_eat_is_when_eating(text: str) -> None:
    # from the blind set -113
    assert read(text).as_dict()["anchor"] == "when eating"


# A fourth fresh-eyes review (862 probes) of the rules above and of the -111 set's.


@pytest.mark.parametrize(
    "text",
    [
        "Once crutch free for 1 week, start walking daily",
        "Once free of crutches for 2 weeks, walk daily",
    ],
)
def test_free_of_anything_for_a_time_is_a_condition(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None and reading.reps is None
    assert "a condition" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Stretch before climbing stairs",
        "Stretch after tennis elbow flares",
        "Warm up before football season",
    ],
)
def test_a_sport_naming_something_else_is_no_event(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:  # refused by name is honest too
        return
    assert reading.anchor is None


def test_more_at_one_time_than_another_said_with_a_comparison_names_both() -> None:
    reading = read("It is easier to do more in the morning than in the evening")
    assert reading.as_dict()["time_of_day"] == ["morning", "evening"]


@pytest.mark.parametrize(
    ("text", "asked"), [("Day 1-3: easy recovery run", False), ("Day 1-3: recovery.", True)]
)
def test_a_recovery_run_after_other_words_is_no_rest(text: str, asked: bool) -> None:
    assert read(text).ambiguous is asked
