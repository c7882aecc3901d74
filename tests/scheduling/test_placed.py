"""Wall-clock placement shared by one expansion: the same instants the gap and fold rule gives."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from hypothesis import given
from hypothesis import strategies as st

from rehabplan.model import localize
from rehabplan.scheduling._sessions import Placed

#: Zones with the hard cases: DST both ways, a half-hour change (Lord Howe), a change at
#: midnight (Havana, Santiago), a whole day skipped (Apia, 30 December 2011).
_ZONES = (
    "Europe/London",
    "America/New_York",
    "Australia/Lord_Howe",
    "America/Havana",
    "America/Santiago",
    "Pacific/Apia",
    "Asia/Kolkata",
)


@given(
    zone=st.sampled_from(_ZONES),
    first=st.dates(dt.date(2005, 1, 1), dt.date(2030, 12, 1)),
    days=st.integers(0, 370),
    clocks=st.lists(st.times(), min_size=1, max_size=4),
)
def test_a_placed_start_is_the_gap_and_fold_rules_instant(
    zone: str, first: dt.date, days: int, clocks: list[dt.time]
) -> None:
    """Away from an offset change a time is simply placed; next to one, by the rule."""
    tz = zoneinfo.ZoneInfo(zone)
    last = first + dt.timedelta(days=days)
    placed = Placed.over(tz, first, last)
    day = first
    while day <= last:
        for clock in clocks:
            start = placed.start(day, clock)
            expected = localize(day, clock, tz)
            if start is None:  # the zone skipped the whole day
                assert expected.date() != day
                continue
            assert (start, start.fold, start.utcoffset()) == (
                expected,
                expected.fold,
                expected.utcoffset(),
            )
        day += dt.timedelta(days=1)


def test_samoa_skipped_day_has_no_start() -> None:
    """Apia went from 29 to 31 December 2011: a slot on the 30th has no start."""
    tz = zoneinfo.ZoneInfo("Pacific/Apia")
    placed = Placed.over(tz, dt.date(2011, 12, 28), dt.date(2012, 1, 2))
    assert placed.start(dt.date(2011, 12, 30), dt.time(8)) is None
    assert placed.start(dt.date(2011, 12, 31), dt.time(8)) == dt.datetime(
        2011, 12, 31, 8, tzinfo=tz
    )
