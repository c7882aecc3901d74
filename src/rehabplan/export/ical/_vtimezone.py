"""
A rule-based VTIMEZONE built from the IANA data that `zoneinfo` reads.

Why our own: the blocks icalendar generates list every change date in one RDATE,
and ical.js (Thunderbird, Nextcloud) and vobject read only the first of them, which
puts London on summer time all year.
A STANDARD/DAYLIGHT pair with yearly RRULEs (``FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU``)
is read the same way by every engine we test with.

How: find every offset change in the years around the covered range (as the zone's
data lists them, else by day steps and bisection to the second), describe each as
"the n-th (or last) weekday of a month at a local time", and join the changes of
consecutive years that share a description into one observance with a yearly RRULE.
The last run of a zone's current rule stays open-ended; a rule that stops inside the
range gets an UNTIL (in UTC, RFC 5545 3.8.2.4), and a change that fits no rule is an
observance of its own.
A zone without changes in the range gets one STANDARD observance.
Southern zones (summer in January) and Lord Howe's 30-minute shift need nothing special.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import zoneinfo

import attrs

from rehabplan.export.ical._writer import (
    content_line,
    escape_text,
    format_date_time,
    format_offset,
)
from rehabplan.model import WEEKDAY_CODES, offset_at, shifts_of_years

__all__ = ["vtimezone_lines"]

_UTC = dt.UTC
_MAX_DST = dt.timedelta(hours=2)


@attrs.frozen
class _Change:
    """One offset change: its instant, the offsets around it and the new name."""

    moment: dt.datetime  # UTC
    before: dt.timedelta
    after: dt.timedelta
    daylight: bool
    name: str

    @property
    def local(self) -> dt.datetime:
        """The wall-clock onset, in the offset in force before the change."""
        return (self.moment + self.before).replace(tzinfo=None)

    def rule(self) -> tuple[object, ...] | None:
        """What must match across years for one yearly RRULE: all but the year."""
        local = self.local
        return (
            self.daylight,
            self.name,
            self.before,
            self.after,
            local.month,
            local.weekday(),
            local.time(),
        )


def _changes(key: str, first: int, last: int) -> list[_Change]:
    """Every offset change from 1 January of *first* to 31 December of *last*, in UTC."""
    tz = zoneinfo.ZoneInfo(key)
    return [
        _Change(
            moment=shift.moment,
            before=shift.before,
            after=shift.after,
            # Clocks going forward (by at most 2 hours, Troll's shift) start
            # DAYLIGHT, the rest STANDARD: the reading every engine expects, also
            # for zones that tzdata gives a negative DST (Dublin's winter,
            # Casablanca's Ramadan). A day-long jump over the date line
            # (Kiritimati, 1995) is STANDARD: dateutil fails on a 24-hour "DST".
            daylight=dt.timedelta(0) < shift.after - shift.before <= _MAX_DST,
            name=shift.moment.astimezone(tz).tzname() or format_offset(shift.after),
        )
        for shift in shifts_of_years(tz, first, last)
    ]


def _week(day: dt.datetime) -> tuple[int, bool]:
    """The week of the month *day* is in (days 1-7: week 1), and whether it is in the last 7."""
    days_in_month = calendar.monthrange(day.year, day.month)[1]
    return (day.day - 1) // 7 + 1, day.day > days_in_month - 7


def _byday(weekday: int, nths: set[int], all_last: bool) -> str | None:
    """
    ``BYDAY=2SU`` when the dates share one of a month's first four weeks (*nths*), else
    ``BYDAY=-1SU`` when they are all in its last seven days, else None.
    """
    if len(nths) == 1 and max(nths) <= 4:
        return f"BYDAY={max(nths)}{WEEKDAY_CODES[weekday]}"
    if all_last:
        return f"BYDAY=-1{WEEKDAY_CODES[weekday]}"
    return None


def _weekday_rule(days: list[dt.datetime]) -> str | None:
    """``BYDAY=2SU``, ``BYDAY=-1SU`` or a BYMONTHDAY window that holds every date, else None."""
    weeks = [_week(day) for day in days]
    return _byday(days[0].weekday(), {nth for nth, _ in weeks}, all(last for _, last in weeks))


def _observance(kind: str, change: _Change, rrule: str | None) -> list[str]:
    lines = [
        f"BEGIN:{kind}",
        content_line("DTSTART", format_date_time(change.local)),
        content_line("TZOFFSETFROM", format_offset(change.before)),
        content_line("TZOFFSETTO", format_offset(change.after)),
        content_line("TZNAME", escape_text(change.name)),
    ]
    if rrule is not None:
        lines.append(content_line("RRULE", rrule))
    lines.append(f"END:{kind}")
    return lines


def _runs(changes: list[_Change]) -> list[list[_Change]]:
    """Group each kind's changes into runs of consecutive years with one rule."""
    runs: list[list[_Change]] = []
    # Each rule's latest run, with the weeks of the month its dates fall in and whether
    # they are all in the month's last seven days: a change joins the run when the run
    # with it still has a BYDAY, which these tell without going over the run again.
    open_runs: dict[object, tuple[list[_Change], set[int], bool]] = {}
    for change in changes:
        rule = change.rule()
        local = change.local
        nth, last = _week(local)
        found = open_runs.get(rule)
        if found is not None:
            run, nths, all_last = found
            nths, all_last = nths | {nth}, all_last and last
            if run[-1].local.year == local.year - 1 and _byday(local.weekday(), nths, all_last):
                run.append(change)
                open_runs[rule] = (run, nths, all_last)
                continue
        run = [change]
        open_runs[rule] = (run, {nth}, last)
        runs.append(run)
    return runs


#: Changes are looked for from this year on; a rule still in force reaches back to
#: where it began (London's DAYLIGHT rule from 1981), as tzurl.org's blocks do.
#: vobject needs that: it compares a zone with UTC over 2000-2020 and, when they look
#: equal, ignores the VTIMEZONE for a by-name zone that gets summer time wrong.
_EPOCH = 1970
#: Changes from this year on are always written (see `_lines`).
_HISTORY = 2000


def _was_utc(key: str, until: int) -> bool:
    """Whether the zone was at UTC+0 in some January or July from 2000 to *until*."""
    tz = zoneinfo.ZoneInfo(key)
    return any(
        not offset_at(tz, dt.datetime(year, month, 1, tzinfo=_UTC))
        for year in range(_HISTORY, max(until, _HISTORY) + 1)
        for month in (1, 7)
    )


#: After this year no zone has transitions of its own (TZif tables end by 2037; later
#: years repeat each zone's yearly rule), so a range past it is scanned from two years
#: before it, not from 1970: scanning day by day from 1970 to 9990 took over a minute.
_FAR_FUTURE = 2200
#: The last year scanned: `_changes` reads up to 1 January two years on, and Python's
#: dates end with 9999.
_LAST_YEAR = 9997


@functools.lru_cache(maxsize=64)
def _lines(key: str, first: int, last: int) -> tuple[str, ...]:
    last = min(last, _LAST_YEAR)
    scan_from = _EPOCH if first <= _FAR_FUTURE else first - 2
    changes = _changes(key, scan_from, last + 1)
    window = dt.datetime(max(first - 1, 1), 1, 1, tzinfo=_UTC)
    if _was_utc(key, first - 1):
        # vobject again: a block that looks like UTC over 2000-2020 is taken for UTC, so
        # a zone that was on UTC+0 then (Casablanca before its current rules) needs
        # its real history from 2000 written too.
        window = min(window, dt.datetime(_HISTORY, 1, 1, tzinfo=_UTC))
    # The change in force when the window opens, and every later one, must be kept.
    before = [index for index, change in enumerate(changes) if change.moment <= window]
    keep_from = before[-1] if before else 0
    lines = ["BEGIN:VTIMEZONE", content_line("TZID", escape_text(key))]
    if not before:
        # Nothing changed between 1970 and the window: the 1970 state holds until
        # the first change (if any).
        tz = zoneinfo.ZoneInfo(key)
        onset = dt.datetime(scan_from, 1, 1, tzinfo=_UTC)
        local = onset.astimezone(tz)
        offset = offset_at(tz, onset)
        state = _Change(
            moment=onset,
            before=offset,
            after=offset,
            daylight=(local.dst() or dt.timedelta(0)) > dt.timedelta(0),
            name=local.tzname() or format_offset(offset),
        )
        lines += _observance("DAYLIGHT" if state.daylight else "STANDARD", state, None)
    for run in _runs(changes):
        if changes.index(run[-1]) < keep_from:
            continue
        kind = "DAYLIGHT" if run[0].daylight else "STANDARD"
        if len(run) == 1:
            lines += _observance(kind, run[0], None)
            continue
        byday = _weekday_rule([c.local for c in run])
        rrule = f"FREQ=YEARLY;BYMONTH={run[0].local.month};{byday}"
        # A run that reaches the last scanned year is the zone's current rule:
        # left open-ended. One that stopped earlier ends with its last change.
        if run[-1].local.year < last + 1:
            # RFC 5545 wants UTC here, but engines disagree on how a UTC UNTIL meets
            # an observance's local DTSTART (dateutil compares the bare clock values).
            # Two days after the last local onset is past it either way, and a year
            # before the next one.
            until = dt.datetime.combine(run[-1].local.date() + dt.timedelta(days=2), dt.time())
            rrule += f";UNTIL={format_date_time(until)}Z"
        lines += _observance(kind, run[0], rrule)
    lines.append("END:VTIMEZONE")
    return tuple(lines)


def vtimezone_lines(key: str, first: dt.date, last: dt.date) -> list[str]:
    """
    The folded content lines of a VTIMEZONE for zone *key* valid from *first* to *last*.

    Built once per zone and range of years, then reused.

    >>> lines = vtimezone_lines("Europe/London", dt.date(2027, 3, 22), dt.date(2027, 4, 18))
    >>> [line for line in lines if line.startswith("RRULE")]
    ['RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU']
    """
    return list(_lines(key, first.year, last.year))
