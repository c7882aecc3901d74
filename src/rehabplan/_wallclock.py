"""
The one place where a local date and a clock time become an aware datetime.

DESIGN.md's rule: local wall-clock times hold across daylight-saving changes; a time
that falls in a spring-forward gap moves forward by the gap (01:30 on the London
spring-forward day becomes 02:30 BST), and a time in the autumn fold is the first of
the two (fold=0, the earlier instant).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

__all__ = ["localize"]

_UTC = dt.UTC


def localize(day: dt.date, time: dt.time, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    """
    The aware datetime of *time* on *day* in *tz*, by the gap and fold rule.

    >>> import zoneinfo
    >>> london = zoneinfo.ZoneInfo("Europe/London")
    >>> localize(dt.date(2027, 3, 28), dt.time(1, 30), london).isoformat()
    '2027-03-28T02:30:00+01:00'
    >>> localize(dt.date(2027, 10, 31), dt.time(1, 30), london).isoformat()
    '2027-10-31T01:30:00+01:00'
    """
    naive = dt.datetime.combine(day, time.replace(tzinfo=None, fold=0))
    # fold=0 makes zoneinfo use the offset in force before a transition: for a time
    # in the fold that is the first (earlier) instant; for a time in the gap it is
    # the pre-gap offset, so the round trip through UTC moves it forward by the gap.
    aware = naive.replace(tzinfo=tz)
    return aware.astimezone(_UTC).astimezone(tz)
