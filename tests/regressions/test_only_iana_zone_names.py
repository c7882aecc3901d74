"""Regression: Names that follow the host's settings are refused: output must not depend on it."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from rehabplan import (
    Programme,
    ProgrammeError,
)


@pytest.mark.parametrize(
    "zone",
    [
        "localtime",
        "posixrules",
        "Factory",
        "/etc/localtime",
        "",
        "posix/Europe/London",
        "right/Europe/London",
        "Europe/../Europe/London",
        "Europe",
        "zone.tab",
        "tzdata.zi",
        "leapseconds",
        "europe/london",
    ],
)
def test_only_iana_zone_names(zone: str) -> None:
    """Names that follow the host's settings are refused: output must not depend on it."""
    with pytest.raises(ProgrammeError, match="timezone"):
        Programme(title="t", start=dt.date(2027, 1, 1), timezone=zone)


def test_every_listed_zone_is_accepted() -> None:
    """Every name the zone database lists (bar the refused three) makes a programme."""
    zones = sorted(zoneinfo.available_timezones() - {"localtime", "posixrules", "Factory"})
    made = [
        Programme(title="t", start=dt.date(2027, 1, 1), timezone=zone).timezone for zone in zones
    ]
    assert zones == made
