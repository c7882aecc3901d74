"""Regression: Crutches, dressings, tablets or ice in another clause give no schedule to the exercise."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Use crutches for 2 weeks. Perform the knee exercises 4 times daily.",
            {"times_per_day": 4, "duration_days": None},
        ),
        (
            "Repeat 10 times, 3 times a day. Change the dressing every other day.",
            {"times_per_day": 3, "every_n_days": None},
        ),
        ("take 1 tablet by mouth every other day", {"every_n_days": 2}),
        (
            "Ice three times a day and do the exercises twice a day",
            {"times_per_day": 2, "ambiguous": False},
        ),
        (
            "Do the exercises twice a day and ice 3 times a day",
            {"times_per_day": 2, "ambiguous": False},
        ),
        (
            "Ice 20 min 3x a day. Exercises 3x10 twice daily",
            {"times_per_day": 2, "sets": 3, "reps": 10},
        ),
        ("Ice 15 min 3 times a day", {"times_per_day": 3}),  # ice alone: its own schedule
    ],
)
def test_a_clause_about_something_else_does_not_schedule_the_exercise(
    text: str, fields: dict[str, object]
) -> None:
    """Crutches, dressings, tablets or ice in another clause give no schedule to the exercise."""
    from rehabplan.phrases import read

    data = read(text).as_dict()
    assert {k: data[k] for k in fields} == fields
