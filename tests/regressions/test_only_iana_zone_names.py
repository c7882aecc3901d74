"""Regression: Names that follow the host's settings are refused: output must not depend on it."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan import (
    Programme,
    ProgrammeError,
)


@pytest.mark.parametrize("zone", ["localtime", "posixrules", "/etc/localtime", ""])
def test_only_iana_zone_names(zone: str) -> None:
    """Names that follow the host's settings are refused: output must not depend on it."""
    with pytest.raises(ProgrammeError, match="timezone"):
        Programme(title="t", start=dt.date(2027, 1, 1), timezone=zone)
