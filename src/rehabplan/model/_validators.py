"""attrs validators that raise `ProgrammeError` naming the field and the problem."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

from rehabplan.errors import ProgrammeError

__all__ = [
    "EARLIEST",
    "LATEST",
    "at_least",
    "between",
    "calendar_date",
    "not_blank",
    "positive_duration",
]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _low_high(value: Any) -> tuple[Any, Any]:
    low = getattr(value, "low", value)
    high = getattr(value, "high", value)
    return low, high


def at_least(minimum: int, *, optional: bool = False) -> Validator:
    """Check that an int (or both ends of a Range) is at least *minimum* (or None if *optional*)."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if type(value) is int and value >= minimum:
            return  # the common case, checked first: models are built in bulk
        low, _ = _low_high(value)
        if isinstance(low, bool) or not isinstance(low, int):
            raise ProgrammeError(
                f"must be a whole number (got {value!r})", where=attribute.name, value=value
            )
        if low < minimum:
            raise ProgrammeError(
                f"must be at least {minimum} (got {value})", where=attribute.name, value=value
            )

    return check


def between(minimum: int, maximum: int, *, optional: bool = False) -> Validator:
    """Check that an int (or both ends of a Range) lies in ``[minimum, maximum]``, or None."""
    lower = at_least(minimum)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if type(value) is int and minimum <= value <= maximum:
            return  # the common case, checked first
        lower(instance, attribute, value)
        _, high = _low_high(value)
        if high > maximum:
            raise ProgrammeError(
                f"must be at most {maximum} (got {value})", where=attribute.name, value=value
            )

    return check


def positive_duration(maximum: dt.timedelta) -> Validator:
    """Check that a timedelta (or both ends of a Range) is above zero and at most *maximum*."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        low, high = _low_high(value)
        if not isinstance(low, dt.timedelta) or not isinstance(high, dt.timedelta):
            raise ProgrammeError(
                f"must be a duration (got {value!r})", where=attribute.name, value=value
            )
        if low <= dt.timedelta(0):
            raise ProgrammeError(
                f"must be longer than zero (got {value})", where=attribute.name, value=value
            )
        if high > maximum:
            raise ProgrammeError(
                f"must be at most {maximum} (got {value})", where=attribute.name, value=value
            )

    return check


def not_blank(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Check that a text is a string with something other than white space in it."""
    if not isinstance(value, str) or not value.strip():
        raise ProgrammeError(
            f"must be a non-empty text (got {value!r})", where=attribute.name, value=value
        )


#: The dates a programme may use: wide enough for any real plan, far enough from the
#: ends of Python's calendar that no time-zone arithmetic overflows.
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)


def calendar_date(*, optional: bool = False) -> Validator:
    """Check that a value is a date (not a date-time) from 1900 to 2199."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise ProgrammeError(
                f"must be a date such as 2027-03-01 (got {value!r})",
                where=attribute.name,
                value=value,
            )
        if not EARLIEST <= value <= LATEST:
            raise ProgrammeError(
                f"must be from {EARLIEST} to {LATEST} (got {value})",
                where=attribute.name,
                value=value,
            )

    return check
