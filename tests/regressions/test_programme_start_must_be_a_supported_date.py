"""Regression: a text that is not an ISO date, a date-time or a date past the supported range is a ProgrammeError."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan import (
    Programme,
    ProgrammeError,
)


@pytest.mark.parametrize(
    "value",
    [
        "2027-13-01",
        "1 March 2027",
        20270301,
        dt.datetime(2027, 1, 1, 15),
        dt.date(1, 1, 1),
        dt.date(9999, 12, 25),
    ],
)
def test_programme_start_must_be_a_supported_date(value: object) -> None:
    """A text that is not an ISO date, a date-time or a date past the supported range is a ProgrammeError."""
    with pytest.raises(ProgrammeError, match="start: must be"):
        Programme(title="t", start=value, timezone="UTC")  # type: ignore[arg-type]


def test_an_iso_date_text_is_read_as_that_date() -> None:
    """``start="2027-03-01"`` is the documented text form of a date, read explicitly."""
    programme = Programme(title="t", start="2027-03-01", timezone="UTC")  # type: ignore[arg-type]
    assert dt.date(2027, 3, 1) == programme.start
