"""
Regression: times of day said in the plural beside a clock time ("Tuesday evenings at
7pm" was two sessions a day), and "am/pm" after a dose ("3x10 AM/PM" was 3 reps at
10:00); then the twenty-fourth blind set's silent misreadings.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Tuesday evenings at 7pm", ("19:00",)),
        ("mornings at 8am", ("08:00",)),
        ("in the evening at 7pm", ("19:00",)),
        ("mornings and evenings", ("morning", "evening")),
        ("in the evenings and at 10am", ("10:00", "evening")),
    ],
)
def test_a_clock_time_inside_a_plural_time_of_day_is_one_time(
    text: str, times: tuple[str, ...]
) -> None:
    reading = read(text)
    assert set(reading.time_of_day or ()) == set(times)
    assert reading.times_per_day == len(times)


@pytest.mark.parametrize("text", ["3x10 AM/PM", "3 x 10 am and pm", "3 x 10 am & pm"])
def test_am_and_pm_after_a_dose_are_two_times_not_a_clock(text: str) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (3, 10)
    assert reading.time_of_day == ("morning", "evening")


def test_a_clock_time_with_am_is_still_a_clock_time() -> None:
    reading = read("3 x 10 at 10 am")
    assert (reading.sets, reading.reps, reading.time_of_day) == (3, 10, ("10:00",))
