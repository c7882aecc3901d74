"""
Regression: rules from the blind set `-65`. "for the first postoperative week" lost its
course.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("continue for the first postoperative week, applying ice for 20 minutes, twice daily", 7),
        ("twice daily for the first post-op week", 7),
        ("for 2 post-operative weeks", 14),
    ],
)
def test_a_course_counted_from_surgery(text: str, days: int) -> None:
    assert read(text).duration_days == days
