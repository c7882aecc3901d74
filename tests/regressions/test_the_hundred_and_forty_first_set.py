"""
Rules made from the blind set -141 and the misreads the twenty-ninth and thirtieth
fresh-eyes reviews left: each test names the rule, with the phrase and others written the
same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Swelling usually goes down each week",
        "Pain that increases each week needs review",
        "As pain settles each week, add a session",
        "When pain decreases each week, add 5 minutes",
        "If pain flares up each week, reduce the load",
        "If you have a flare-up each week, call",
        "If you get pain each week, call us",
        "If you feel sore each week, rest",
        "If you notice more swelling each week, call us",
        "If your knee is more painful each week, call us",
        "If the pain has increased each week, call us",
        "If the limp gets worse each week, call us",
        "If your strength improves each week, add weight",
        "Worsening pain each week - contact us",
        "Mild pain each day is normal",
        "Pain is usually reduced each day",
        "If the swelling reduced each day, carry on",
    ],
)
def test_a_symptoms_course_or_coming_said_of_it_has_no_schedule(text: str) -> None:
    reading = read(text)
    schedule = (reading.times_per_day, reading.times_per_week, reading.time_of_day)
    assert schedule == (None, None, None)
    assert "a symptom that changes, not how often" in reading.note


@pytest.mark.parametrize(
    ("text", "per_day", "slots"),
    [
        ("If pain eases walk daily", 1, None),
        ("If your back is stiff in the morning, do these every day", 1, ("morning",)),
        ("Walk without pain each day", 1, None),
    ],
)
def test_a_session_said_after_a_symptom_keeps_its_time(
    text: str, per_day: int, slots: object
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (per_day, slots)


@pytest.mark.parametrize(
    "text",
    [
        "Reduce the dose each week",
        "Steroid dose to be reduced each week",
        "Your activity can be increased each week",
        "The walk is increased each week",
        "Weight-bearing can be increased each week",
    ],
)
def test_a_dose_lowered_or_raised_each_week_is_a_change_asked_for_its_step(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week, reading.ambiguous) == (None, None, True)
    assert "a change with no step" in reading.note
