"""The programme's settings (slot times, weekly days, time zone) and the checks of its items.

Part of `rehabplan.model`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any, cast

import attrs
from attrs import field, frozen

from rehabplan._regex import LazyRegex
from rehabplan.errors import ProgrammeError, check_unique_ids
from rehabplan.errors import close_matches as _close_matches
from rehabplan.model import _validators
from rehabplan.model._activity import Activity
from rehabplan.model._dose import TimeOfDay
from rehabplan.model._prescription import Prescription
from rehabplan.model._timing import weekday_tuple

__all__ = [
    "DEFAULT_WEEKLY_DAYS",
    "SlotTimes",
    "check_items",
    "check_timezone",
    "did_you_mean",
    "iana_zones",
    "weekly_days",
]

_TIME = _validators.clock_time()


@frozen(kw_only=True)
class SlotTimes:
    """
    The clock time of each named time of day; a setting of the programme.

    >>> SlotTimes().of("evening")
    datetime.time(18, 0)

    .. versionadded:: 0.1
    """

    morning: dt.time = field(
        default=dt.time(8), converter=_validators.to_clock_time, validator=_TIME
    )
    noon: dt.time = field(default=dt.time(12), converter=_validators.to_clock_time, validator=_TIME)
    afternoon: dt.time = field(
        default=dt.time(15), converter=_validators.to_clock_time, validator=_TIME
    )
    evening: dt.time = field(
        default=dt.time(18), converter=_validators.to_clock_time, validator=_TIME
    )
    night: dt.time = field(
        default=dt.time(21), converter=_validators.to_clock_time, validator=_TIME
    )
    bedtime: dt.time = field(
        default=dt.time(21), converter=_validators.to_clock_time, validator=_TIME
    )

    def of(self, name: TimeOfDay) -> dt.time:
        """The clock time of a named slot; a clock time is returned as it is."""
        if isinstance(name, dt.time):
            return name
        return cast(dt.time, getattr(self, name))


#: Default fixed weekdays for "N times a week" (DESIGN.md); N=1 uses the start's weekday.
DEFAULT_WEEKLY_DAYS: tuple[tuple[int, ...], ...] = (
    (),
    (0, 3),
    (0, 2, 4),
    (0, 1, 3, 4),
    (0, 1, 2, 3, 4),
    (0, 1, 2, 3, 4, 5),
    (0, 1, 2, 3, 4, 5, 6),
)


def weekly_days(value: Any) -> tuple[tuple[int, ...], ...]:
    rows = _validators.listed(value, "7 lists of weekdays, one for each count 1-7", "weekly_days")
    try:
        table = tuple(weekday_tuple(days) for days in rows)
    except ProgrammeError as exc:
        raise ProgrammeError(exc.reason, where="weekly_days", value=exc.value) from None
    if len(table) != 7:
        raise ProgrammeError(
            f"needs 7 entries, one for each count 1-7 (got {len(table)})", where="weekly_days"
        )
    for count, days in enumerate(table, start=1):
        if days and len(days) != count:
            raise ProgrammeError(
                f"entry for {count} a week has {len(days)} days", where="weekly_days", value=days
            )
    return table


def check_timezone(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value:
        raise ProgrammeError(
            f"must be an IANA time zone name such as 'Europe/London' (got {value!r})",
            where=attribute.name,
            value=value,
        )
    if not _is_iana_zone(value):
        close = _close_matches(value[:60], sorted(iana_zones()), n=1)
        hint = (
            f"; did you mean {close[0]!r}?"
            if close
            else "; use an IANA name such as 'Europe/London'"
        )
        raise ProgrammeError(
            f"unknown time zone {value[:60]!r}{hint}", where=attribute.name, value=value
        )


# An IANA name is letters-first components joined by "/": this refuses paths, "..",
# and the database's data files ("zone.tab", "tzdata.zi") before anything is loaded.
_IANA_SHAPE = LazyRegex(r"[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z][A-Za-z0-9_+-]*)*")
# Names that load but are not zones of a place: "localtime" and "posixrules" follow
# the host's settings, "Factory" means "no zone set", and "posix/" and "right/" are
# copies of the database (the "right/" ones count leap seconds).
_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})
_NOT_ZONE_TREES = ("posix/", "right/")


def _is_iana_zone(name: str) -> bool:
    """Tell whether *name* is an IANA zone name whose data loads.

    Loading the one zone is cheap; listing every zone (for a suggestion) is not, so
    that list is only built when a name is refused.
    """
    if not _IANA_SHAPE.fullmatch(name) or name in _NOT_ZONES or name.startswith(_NOT_ZONE_TREES):
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (ValueError, LookupError, OSError):
        # LookupError is ZoneInfoNotFoundError; OSError a directory such as "Europe";
        # ValueError a file that is not zone data.
        return False
    return True


@functools.cache
def iana_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones()) - _NOT_ZONES


def did_you_mean(word: str, choices: list[str]) -> str:
    close = _close_matches(word, choices, n=1)
    if close:
        return f"; did you mean {close[0]!r}?"
    return f"; known: {', '.join(choices)}" if choices else ""


def check_items(
    prescriptions: tuple[Prescription, ...], activities: tuple[Activity, ...], prefix: str
) -> None:
    """Check that prescriptions and activities are what they say and have distinct ids."""
    places: list[tuple[str, str]] = []
    for name, items, kind in (
        ("prescriptions", prescriptions, Prescription),
        ("activities", activities, Activity),
    ):
        for index, item in enumerate(items):
            where = f"{prefix}{name}[{index}]"
            if not isinstance(item, kind):
                raise ProgrammeError(
                    f"must be a {kind.__name__} (got {type(item).__name__})", where=where
                )
            places.append((where, item.id))
    check_unique_ids(places)
