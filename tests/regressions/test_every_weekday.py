"""Regression: 'every weekday' and 'every weekend' are weekday groups."""

from __future__ import annotations

from rehabplan import (
    parse_timing,
)


def test_every_weekday() -> None:
    """'every weekday' and 'every weekend' are weekday groups."""
    assert (parse_timing("every weekday").weekdays, parse_timing("every weekend").weekdays) == (
        (0, 1, 2, 3, 4),
        (5, 6),
    )
