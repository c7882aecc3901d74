"""Regression: 'daily until 1 Feb' in a programme starting in March is refused, naming the item."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan import (
    Programme,
    ScheduleError,
    expand,
    parse_prescription,
)


def test_an_until_before_the_start_is_an_error_not_an_empty_plan() -> None:
    """'daily until 1 Feb' in a programme starting in March is refused, naming the item."""
    p = Programme(
        title="t",
        start=dt.date(2027, 3, 1),
        timezone="UTC",
        prescriptions=[parse_prescription("Bridges 3x10 daily until 2027-02-01")],
    )
    with pytest.raises(ScheduleError, match=r"prescriptions\[0\]: 'Bridges' ends on 2027-02-01"):
        expand(p)
