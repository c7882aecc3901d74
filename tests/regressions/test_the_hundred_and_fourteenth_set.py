"""
Rules made from the blind set -114 (wrist, elbow and shoulder programmes from clinics
outside the UK and US; magazines' routines, 30-day challenges and beginners' plans) and a
fifth fresh-eyes review: each test names the rule, with the set's phrase and others
written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


def test_bare_days_after_a_count_a_week_are_asked() -> None:
    reading = read("a 6-day a week format (3 days cardio / 3 days strength)")
    assert reading.duration_days is None and reading.ambiguous


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Once daily free weights for 6 weeks", "times_per_day", 1),
        ("3 x weekly free weights", "times_per_week", 3),
        ("Stand 3 x wall free for 20 seconds", "reps", 3),
    ],
)
def test_free_weights_or_a_wall_free_stand_are_no_condition(
    text: str, field: str, value: int
) -> None:
    reading = read(text)
    assert getattr(reading, field) == value
    assert "a condition" not in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Exercise is more effective in the morning than at night", ["morning"]),
        ("It is easier to do more in the morning than in the evening", ["morning", "evening"]),
    ],
)
def test_more_before_an_adjective_compares_and_more_of_a_dose_counts(
    text: str, times: list[str]
) -> None:
    assert read(text).as_dict()["time_of_day"] == times


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Day 1-3: recovery, no running", True),
        ("Day 1-3: recovery (rest)", True),
        ("Day 1-3: recovery, walk 20 minutes", False),
    ],
)
def test_recovery_rests_unless_an_activity_follows(text: str, asked: bool) -> None:
    assert read(text).ambiguous is asked


@pytest.mark.parametrize(
    ("text", "anchor"),
    [("after gym work, stretch", "after gym"), ("Pre-tennis warm-up", "before tennis")],
)
def test_a_sport_before_its_own_work_is_the_event(text: str, anchor: str) -> None:
    assert read(text).as_dict()["anchor"] == anchor
