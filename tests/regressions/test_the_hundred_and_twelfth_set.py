"""
Rules made from the blind set -112 (runners' injuries and return to running from small
clinics and coaches; physiotherapists' home programmes for the neck, back, shoulder, hip
and knee): each test names the rule, with the set's phrase and others written the same way.
"""

from __future__ import annotations

import pytest

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
