"""
Tests of the offset changes of a zone (`rehabplan.model.shifts_of_years`).

The VTIMEZONE of every calendar is built from a zone's changes since 1970: they are
read from the zone's TZif file where it lists them, and must be exactly those that
scanning the zone day by day with `zoneinfo` finds.
"""

from __future__ import annotations

import zoneinfo
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.model import Shift, shifts_of_years, year_shifts

#: Every zone this machine's tz database has (the link names included).
ALL_ZONES = sorted(zoneinfo.available_timezones())


def _scanned(tz: zoneinfo.ZoneInfo, first: int, last: int) -> list[Shift]:
    return [shift for year in range(first, last + 1) for shift in year_shifts(tz, year)]


@given(st.sampled_from(ALL_ZONES), st.integers(1965, 2045), st.integers(0, 3))
def test_listed_changes_are_the_scanned_changes(zone: str, first: int, span: int) -> None:
    """Any zone, any few years around the TZif file's end: the same changes as a scan."""
    tz = zoneinfo.ZoneInfo(zone)
    assert _scanned(tz, first, first + span) == shifts_of_years(tz, first, first + span)


@pytest.mark.parametrize(
    "zone",
    [
        "Europe/London",
        "Australia/Lord_Howe",  # 30-minute shifts
        "Asia/Kolkata",  # no change since 1945: the file's rule keeps one offset
        "Africa/Casablanca",  # Ramadan breaks listed into the 2080s
        "Asia/Gaza",
        "Pacific/Apia",  # the skipped day of 2011
        "America/Cambridge_Bay",  # changes a week apart in 2000
        "UTC",
    ],
)
def test_changes_since_1970(zone: str) -> None:
    """The span a VTIMEZONE reads, 1970 to past the programme: as a scan finds it."""
    tz = zoneinfo.ZoneInfo(zone)
    assert _scanned(tz, 1970, 2040) == shifts_of_years(tz, 1970, 2040)


def test_a_zone_from_a_file_is_scanned() -> None:
    """A zone made from a file has no key to look its data up by: its years are scanned."""
    paths = [Path(folder, "Europe/London") for folder in zoneinfo.TZPATH]
    path = next((path for path in paths if path.is_file()), None)
    if path is None:
        pytest.skip("no Europe/London file on zoneinfo.TZPATH")
    with path.open("rb") as file:
        unnamed = zoneinfo.ZoneInfo.from_file(file)
    london = zoneinfo.ZoneInfo("Europe/London")
    expected = [(s.moment, s.before, s.after) for s in _scanned(london, 2026, 2028)]
    assert expected == [(s.moment, s.before, s.after) for s in shifts_of_years(unnamed, 2026, 2028)]
