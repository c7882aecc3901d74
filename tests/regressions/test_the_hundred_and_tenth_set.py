"""
Rules made from the blind set -110 (POTS, blood pressure, heart failure and mood;
abdominal surgery, pelvic girdle, menopause and period pain): each test names the rule,
with the set's phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Exercise when you feel rested, generally the morning rather than afternoon.",
        "Walk in the morning rather than the evening",
        "Walk in the morning instead of the evening",
    ],
)
def test_a_time_of_day_compared_is_no_second_session(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.as_dict()["time_of_day"]) == (1, ["morning"])
    assert "a time compared, not a session" in (reading.note or "")


def test_no_later_than_a_time_is_still_asked_as_a_limit() -> None:
    reading = read("Walk no later than 8pm")
    assert reading.ambiguous
    assert "a time compared" not in (reading.note or "")


def test_triweekly_is_asked_as_biweekly_is() -> None:
    reading = read("Interventions were administered triweekly for eight weeks.")
    assert reading.ambiguous and reading.times_per_week is None
    assert "'tri-'" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "When required to stand up for long, shift your weight from foot to foot",
        "If needed to sit for long periods, do seated heel raises",
    ],
)
def test_a_need_to_do_something_is_not_as_needed(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:  # refusing the words is honest too
        return
    assert not reading.prn and reading.ambiguous


def test_when_needed_alone_is_still_as_needed() -> None:
    assert read("Use ice when required").prn


def test_more_at_one_time_than_another_names_both() -> None:
    reading = read("Do more reps in the morning than the evening")
    assert reading.as_dict()["time_of_day"] == ["morning", "evening"]


@pytest.mark.parametrize("text", ["tri-weekly", "tri weekly", "Tri-daily"])
def test_tri_with_a_hyphen_or_a_space_is_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Ice when needed to a maximum of 4 times a day",
        "Stretch if needed to keep moving",
        "Wear the brace when needed to climb stairs",
    ],
)
def test_when_needed_to_do_something_is_asked_never_read_silently(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and "'when needed to ...'" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Do the exercises in the morning instead of the evening session", "morning"),
        ("Walk in the evening instead of the morning walk", "evening"),
        ("Morning is better than evening", "morning"),
        ("Exercise is better in the morning than at night", "morning"),
    ],
)
def test_a_time_compared_with_a_session_named_or_a_comparison_is_no_second_session(
    text: str, time: str
) -> None:
    reading = read(text)
    assert reading.as_dict()["time_of_day"] == [time]
    assert "a time compared" in (reading.note or "")
