"""Regression: A text, a date-time or a date past the supported range is a ProgrammeError."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan import (
    Programme,
    ProgrammeError,
)


@pytest.mark.parametrize(
    "value", ["2027-01-01", dt.datetime(2027, 1, 1, 15), dt.date(1, 1, 1), dt.date(9999, 12, 25)]
)
def test_programme_start_must_be_a_supported_date(value: object) -> None:
    """A text, a date-time or a date past the supported range is a ProgrammeError."""
    with pytest.raises(ProgrammeError, match="start: must be"):
        Programme(title="t", start=value, timezone="UTC")  # type: ignore[arg-type]
