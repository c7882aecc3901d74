"""
The one place where a local date and a clock time become an aware datetime.

The rule: local wall-clock times hold across daylight-saving changes; a time
that falls in a spring-forward gap moves forward by the gap (01:30 on the London
spring-forward day becomes 02:30 BST), and a time in the autumn fold is the first of
the two (fold=0, the earlier instant).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import struct
import zoneinfo
from typing import NamedTuple

__all__ = [
    "Shift",
    "localize",
    "offset_at",
    "shifts",
    "shifts_of_years",
    "year_shifts",
]

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


class Shift(NamedTuple):
    """A change of a zone's UTC offset: its instant (UTC) and the offsets before and after."""

    moment: dt.datetime
    before: dt.timedelta
    after: dt.timedelta

    def days_near(self, clock: dt.time, length: dt.timedelta) -> list[dt.date]:
        """
        The local dates on which a bout of *length* from *clock* may meet this change.

        Its wall-clock interval may then hold a time the change skips or repeats, or
        the change itself; on every other date it lies wholly before or after the change,
        at one offset. The dates are a superset, one day wider on each side: callers
        decide about each with the exact test.
        """
        low = (self.moment + min(self.before, self.after)).replace(tzinfo=None)
        high = (self.moment + max(self.before, self.after)).replace(tzinfo=None)
        offset = dt.timedelta(hours=clock.hour, minutes=clock.minute, seconds=clock.second)
        first = (low - offset - length).date() - _DAY
        last = (high - offset).date() + _DAY
        return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


_DAY = dt.timedelta(days=1)
#: Python's datetimes end here; a scan never needs the first or last day of the calendar.
_SCAN_FROM = dt.datetime(1, 1, 3, tzinfo=_UTC)
_SCAN_TO = dt.datetime(9999, 12, 29, tzinfo=_UTC)


def offset_at(tz: zoneinfo.ZoneInfo, moment: dt.datetime) -> dt.timedelta:
    """The UTC offset of *tz* at the aware *moment*."""
    offset = moment.astimezone(tz).utcoffset()
    assert offset is not None
    return offset


@functools.lru_cache(maxsize=512)
def year_shifts(tz: zoneinfo.ZoneInfo, year: int) -> tuple[Shift, ...]:
    """
    The offset changes in one UTC year: day steps, then bisection to the second.

    Cached: expansion, compact calendars and VTIMEZONE blocks all ask for them.
    """
    moment = max(dt.datetime(year, 1, 1, tzinfo=_UTC), _SCAN_FROM)
    end = min(dt.datetime(year, 12, 31, tzinfo=_UTC) + _DAY, _SCAN_TO)
    found: list[Shift] = []
    previous = offset_at(tz, moment)
    while moment < end:
        following = moment + _DAY
        offset = offset_at(tz, following)
        if offset != previous:
            low, high = moment, following  # the change is in (low, high]
            while high - low > dt.timedelta(seconds=1):
                middle = (low + (high - low) / 2).replace(microsecond=0)
                if offset_at(tz, middle) == previous:
                    low = middle
                else:
                    high = middle
            found.append(Shift(high, previous, offset))
            previous = offset
        moment = following
    return tuple(found)


def shifts(tz: zoneinfo.ZoneInfo, first: dt.date, last: dt.date) -> list[Shift]:
    """
    The changes of *tz*'s offset that may touch wall-clock times on dates *first* to *last*.

    That is every change from two days before *first* to two days after *last*; a
    caller that asks about bouts starting on those dates moves *last* on by the
    longest bout, which may reach a change after its start day.
    Found by scanning each year once, day by day (then cached): the method of the
    VTIMEZONE builder, which also assumes that a zone changes its offset at most
    once a day.

    >>> import zoneinfo
    >>> [s.moment.isoformat() for s in shifts(zoneinfo.ZoneInfo("Europe/London"),
    ...                                       dt.date(2027, 3, 1), dt.date(2027, 4, 30))]
    ['2027-03-28T01:00:00+00:00']
    """
    # A wall-clock date is at most a day (and a bit) away from the same UTC date.
    low = dt.datetime.combine(first, dt.time(), tzinfo=_UTC) - 2 * _DAY
    high = dt.datetime.combine(last, dt.time(), tzinfo=_UTC) + 3 * _DAY
    years = range(max(low.year, 1), min(high.year, 9999) + 1)
    return [s for year in years for s in year_shifts(tz, year) if low <= s.moment <= high]


def _tzif_data(key: str) -> bytes | None:
    """The TZif file of zone *key*, found where `zoneinfo` looks: its path, then tzdata."""
    for folder in zoneinfo.TZPATH:
        path = os.path.join(folder, key)
        if os.path.isfile(path):
            with open(path, "rb") as file:
                return file.read()
    # Imported here: it costs more than the rest of the module, and most systems have
    # the files on the path.
    import importlib.resources

    package, _, name = f"tzdata.zoneinfo.{key.replace('/', '.')}".rpartition(".")
    try:
        return importlib.resources.files(package).joinpath(name).read_bytes()
    except (ImportError, OSError):
        return None


#: A TZif header: magic, version, 15 reserved bytes, then six counts (RFC 8536 3.1).
_HEADER = struct.Struct(">4sc15x6l")


def _listed(key: str) -> tuple[tuple[int, ...], bool]:
    """
    The transition times (seconds since 1970, UTC) that zone *key*'s TZif file lists,
    and whether its offset stays as it is after the last of them.

    `zoneinfo` reads the same file and keeps the list to itself. After the last listed
    time the file's closing TZ rule applies: one without a daylight-saving part (no
    ``,M3.5.0/1,...`` rules) keeps one offset. Nothing listed when no file is found.
    """
    data = _tzif_data(key)
    if data is None or len(data) < _HEADER.size:
        return (), False
    magic, version, utc_n, std_n, leap_n, time_n, type_n, char_n = _HEADER.unpack_from(data)
    if magic != b"TZif":
        return (), False
    if version == b"\0":  # version 1: 32-bit times and no closing rule
        return struct.unpack_from(f">{time_n}l", data, _HEADER.size), False
    # Version 2 and later repeat the data with 64-bit times after the 32-bit block, and
    # end with the rule between two newlines.
    second = _HEADER.size + time_n * 5 + type_n * 6 + char_n + leap_n * 8 + std_n + utc_n
    time_n = _HEADER.unpack_from(data, second)[5]
    times = struct.unpack_from(f">{time_n}q", data, second + _HEADER.size)
    rule = data.rstrip(b"\n").rpartition(b"\n")[2]
    return times, b"," not in rule


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=_UTC)
_SECOND = dt.timedelta(seconds=1)


def shifts_of_years(tz: zoneinfo.ZoneInfo, first: int, last: int) -> list[Shift]:
    """
    The offset changes of the UTC years *first* to *last*: those `year_shifts` finds.

    Years whose every change the zone's TZif file lists are read from it, and `zoneinfo`
    gives the offsets around each listed time (a time where only the zone's name
    changes is no change); later years are scanned. A calendar's time zone needs the
    changes from 1970, and scanning costs about a millisecond a year.

    >>> london = zoneinfo.ZoneInfo("Europe/London")
    >>> [s.moment.isoformat() for s in shifts_of_years(london, 2027, 2027)]
    ['2027-03-28T01:00:00+00:00', '2027-10-31T01:00:00+00:00']
    """
    found: list[Shift] = []
    listed, steady = _listed(tz.key) if tz.key else ((), False)
    scan_from = first
    if listed or steady:
        # The file holds every change up to its last listed time (and all of them when
        # the offset stays after it): each year that ends by then (on 1 January of the
        # next, where `year_shifts` stops) is read from it.
        read_to = last
        if not steady:
            read_to = min(last, dt.datetime.fromtimestamp(max(listed[-1], 0), _UTC).year - 1)
        low = (dt.datetime(max(first, 1), 1, 1, tzinfo=_UTC) - _EPOCH) // _SECOND
        high = (dt.datetime(read_to + 1, 1, 1, tzinfo=_UTC) - _EPOCH) // _SECOND
        for seconds in listed:
            if low < seconds <= high:
                moment = _EPOCH + dt.timedelta(seconds=seconds)
                before, after = offset_at(tz, moment - _SECOND), offset_at(tz, moment)
                if before != after:
                    found.append(Shift(moment, before, after))
        scan_from = max(first, read_to + 1)
    for year in range(scan_from, last + 1):
        found.extend(year_shifts(tz, year))
    return found
