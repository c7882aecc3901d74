"""
Regression: `read("every 5-6 hours")` ended in a `ProgrammeError` from `Range(4, 4)`:
both ends of the interval give 4 sessions a day, and the range was built before that was
checked.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "per_day"),
    [("every 5-6 hours", 4), ("every 13-20 hours", 1), ("every 2-3 hours", [8, 12])],
)
def test_an_hour_range_gives_its_count_a_day(text: str, per_day: object) -> None:
    """Both ends giving one count a day is that count; otherwise the range."""
    assert read(text).as_dict()["times_per_day"] == per_day
