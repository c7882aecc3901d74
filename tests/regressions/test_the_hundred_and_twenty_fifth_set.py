"""
Rules made from the blind set -125 (shoulder, elbow, neck and jaw from clinics and sports
clubs; children's exercise, diabetes, weight, blood pressure, cancer survivors and
hydrotherapy): each test names the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "take a 10 minute walk on flat ground, four days during the week",
        "Walk 20 minutes, four days in the week",
    ],
)
def test_days_during_the_week_are_days_a_week(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days) == (4, None)


def test_days_in_the_week_after_an_event_are_a_course() -> None:
    assert read("for 3 days in the week after surgery").duration_days == 3


def test_an_arm_position_is_no_side_in_the_side_rule() -> None:
    assert read("Hold for 10 seconds in each arm position").per_side is False
