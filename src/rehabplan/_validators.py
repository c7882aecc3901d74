"""attrs validators that raise `ProgrammeError` naming the field and the problem."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

from rehabplan.errors import ProgrammeError

__all__ = ["at_least", "between", "not_blank", "positive_duration"]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _low_high(value: Any) -> tuple[Any, Any]:
    low = getattr(value, "low", value)
    high = getattr(value, "high", value)
    return low, high


def at_least(minimum: int) -> Validator:
    """Check that an int (or both ends of a Range) is at least *minimum*."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
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


def between(minimum: int, maximum: int) -> Validator:
    """Check that an int (or both ends of a Range) lies in ``[minimum, maximum]``."""
    lower = at_least(minimum)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
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
