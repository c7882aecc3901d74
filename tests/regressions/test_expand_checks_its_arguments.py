"""Regression: A date-time window or a limit below 1 is refused with a clear error."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan import (
    ScheduleError,
    examples,
    expand,
)


def test_expand_checks_its_arguments() -> None:
    """A date-time window or a limit below 1 is refused with a clear error."""
    p = examples.achilles()
    with pytest.raises(ScheduleError, match="until: must be a date"):
        expand(p, until=dt.datetime(2027, 3, 2))  # type: ignore[arg-type]
    with pytest.raises(ScheduleError, match="limit: must be a whole number"):
        expand(p, limit=0)
