"""
Rules made from the blind set -126 (back pain, osteoarthritis classes and claudication
walking; breathing, voice, swallowing, facial and eye exercises, vertigo and the male
pelvic floor): each test names the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("Hold the air at the top of the inhale while slowly counting to three.", 3),
        ("Step 2: Suspend your breath for the count of four.", 4),
        ("hold for the count of 10", 10),
    ],
)
def test_a_breath_held_for_a_count_is_held(text: str, seconds: int) -> None:
    assert read(text).hold_seconds == seconds


def test_a_breath_taken_in_for_a_count_is_no_hold() -> None:
    reading = read("Inhale for a count of 4, hold for a count of 7")
    assert reading.hold_seconds == 7


# A twelfth fresh-eyes review's findings on the rules of the sets -122 to -126.


@pytest.mark.parametrize(
    "text",
    [
        "In 2 weeks you'll see a physio",
        "In the first 6 weeks you'll see the physio twice a week",
        "In the first 2 weeks you'll find it helpful to ice 3 times a day",
        "In 2 weeks you'll see a difference if you do them twice a day",
    ],
)
def test_what_is_found_or_seen_after_a_time_said_first_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.ambiguous) == (None, True)
    assert "when a change is seen, or the course?" in reading.note


@pytest.mark.parametrize(
    "text",
    ["Hamstring stretch 3 x 30 s at 50% effort", "Push into the wall 3 x 30 s at 70% effort, hold"],
)
def test_a_stretch_or_a_hold_at_a_share_of_effort_is_held(text: str) -> None:
    assert read(text).hold_seconds == 30


@pytest.mark.parametrize(
    "text", ["If no pain progress weekly", "Without swelling progress each week"]
)
def test_progress_when_a_symptom_is_gone_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a change with no step" in reading.note


@pytest.mark.parametrize("text", ["2 leg squats each session", "2 arm circles each way"])
def test_each_that_names_no_side_keeps_the_question(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    "text", ["for up to 2 days of bed rest a week", "for up to 3 days of aching a week"]
)
def test_days_of_bed_rest_or_aching_are_not_days_a_week(text: str) -> None:
    assert read(text).times_per_week is None


# A thirteenth fresh-eyes review's findings.


@pytest.mark.parametrize(
    "text",
    [
        "Treadmill 6 x 1 min at 85% effort, hold for support",
        "Dynamic stretches 3 x 30 s at 50% effort",
    ],
)
def test_a_hold_for_support_or_a_dynamic_stretch_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text", ["Symptoms increase every day", "Pain and swelling increase each day"]
)
def test_symptoms_that_increase_are_noted(text: str) -> None:
    reading = read(text)
    assert not reading.ambiguous
    assert "a symptom that changes" in reading.note


def test_progress_when_free_of_pain_is_asked() -> None:
    assert read("Free of pain increase every week").ambiguous
