"""Regression: Samoa skipped 30 December 2011: no session that day, and none twice the next."""

from __future__ import annotations

import datetime as dt

from rehabplan import (
    Programme,
    expand,
    parse_prescription,
)


def test_a_day_the_zone_skips_has_no_session() -> None:
    """Samoa skipped 30 December 2011: no session that day, and none twice the next."""
    p = Programme(
        title="t",
        start=dt.date(2011, 12, 28),
        timezone="Pacific/Apia",
        prescriptions=[parse_prescription("Bridges 3x10 daily for 5 days")],
    )
    days = [s.start.date().isoformat() for s in expand(p)]
    assert days == ["2011-12-28", "2011-12-29", "2011-12-31", "2012-01-01"]
