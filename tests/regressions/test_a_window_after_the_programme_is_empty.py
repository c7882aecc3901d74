"""Regression: schedule --from a day after the last session prints [] and exits 0."""

from __future__ import annotations

import datetime as dt

from rehabplan import (
    examples,
    expand,
)


def test_a_window_after_the_programme_is_empty() -> None:
    """schedule --from a day after the last session prints [] and exits 0."""
    schedule = expand(examples.achilles(), start=dt.date(2027, 6, 1))
    assert (len(schedule), schedule.start) == (0, dt.date(2027, 6, 1))
