"""
attrs validators and converters that raise `ProgrammeError` naming the field and the fix.

Every public model class checks each field with these when it is built, so a wrong value
is refused where it is made, never deep inside expansion. Two forms are converted, and
only these: an ISO date text ("2027-03-01") for a date, and an "HH:MM" text for a
clock time.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

import attrs

from rehabplan._regex import LazyRegex
from rehabplan.errors import ProgrammeError

__all__ = [
    "EARLIEST",
    "LATEST",
    "MAX_TEXT",
    "at_least",
    "aware_datetime",
    "between",
    "calendar_date",
    "check_text",
    "choice",
    "clock_time",
    "finite_number",
    "flag",
    "instance",
    "listed",
    "not_blank",
    "optional_text",
    "positive_duration",
    "shown",
    "text",
    "to_clock_time",
    "to_date",
    "to_number",
    "to_texts",
    "to_tuple",
    "tuple_of",
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
                f"must be a whole number (got {shown(value)})", where=attribute.name, value=value
            )
        if low < minimum:
            raise ProgrammeError(
                f"must be at least {minimum} (got {value})", where=attribute.name, value=value
            )

    return check


def between(
    minimum: int, maximum: int, *, optional: bool = False, ranged: bool = False
) -> Validator:
    """
    Check that an int (or, if *ranged*, both ends of a Range) lies in ``[minimum,
    maximum]``, or None if *optional*.
    """
    lower = at_least(minimum)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if type(value) is int and minimum <= value <= maximum:
            return  # the common case, checked first
        if not ranged and hasattr(value, "high"):  # a Range
            raise ProgrammeError(
                f"must be one whole number, not a range (got {value})",
                where=attribute.name,
                value=value,
            )
        lower(instance, attribute, value)
        _, high = _low_high(value)
        if high > maximum:
            raise ProgrammeError(
                f"must be at most {maximum} (got {value})", where=attribute.name, value=value
            )

    return check


def positive_duration(maximum: dt.timedelta, *, optional: bool = False) -> Validator:
    """Check that a timedelta (or both ends of a Range) is above zero and at most *maximum*."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        low, high = _low_high(value)
        if not isinstance(low, dt.timedelta) or not isinstance(high, dt.timedelta):
            raise ProgrammeError(
                f"must be a duration such as datetime.timedelta(seconds=30) (got {shown(value)})",
                where=attribute.name,
                value=value,
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


#: The most characters one text of a programme may hold (a name, a title, a note): far
#: above any real one, low enough that a hostile file cannot make every output crawl.
MAX_TEXT = 10_000


def shown(value: Any) -> str:
    """
    A bad value as a message quotes it: its type and a repr cut to 60 characters.

    >>> shown("3x12"), shown(5), shown(None)
    ("str '3x12'", 'int 5', 'None')
    """
    if value is None:
        return "None"
    try:
        text = repr(value)
    except Exception:  # a hostile object's repr must not replace the real error
        text = "?"
    text = "".join(ch if ch.isprintable() else "?" for ch in text[:200])
    text = text if len(text) <= 60 else text[:59] + "…"
    return f"{type(value).__name__} {text}"


#: Control characters other than tab, line feed and carriage return: a terminal obeys
#: them ("\x1b[2J" clears the screen) and no calendar or sheet shows them.
_CONTROL = LazyRegex(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def check_text(value: str, where: str) -> None:
    r"""
    Refuse a text no file or calendar can hold: a NUL or another control character
    (tab and line breaks are text), a lone surrogate, or too long.

    >>> check_text("Calf\x00stretch", "name")
    Traceback (most recent call last):
    ...
    rehabplan.errors.ProgrammeError: name: must not contain a NUL character (at character 5)
    >>> check_text("Calf\x1b[31m", "name")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    rehabplan.errors.ProgrammeError: name: must not contain a control character (U+001B, ...)
    """
    if len(value) > MAX_TEXT:
        raise ProgrammeError(
            f"must be at most {MAX_TEXT} characters (got {len(value)}); shorten it",
            where=where,
            value=value[:60],
        )
    nul = value.find("\0")
    if nul >= 0:
        raise ProgrammeError(
            f"must not contain a NUL character (at character {nul + 1})", where=where, value=value
        )
    control = _CONTROL.search(value)
    if control is not None:
        raise ProgrammeError(
            f"must not contain a control character (U+{ord(control.group()):04X}, "
            f"at character {control.start() + 1})",
            where=where,
            value=value,
        )
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ProgrammeError(
                f"must not contain a lone surrogate {value[exc.start]!r} (at character "
                f"{exc.start + 1}); it is not a character any file can hold",
                where=where,
                value=value,
            ) from None


def text(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Check that a value is a text (possibly empty) that files and calendars can hold."""
    if not isinstance(value, str):
        raise ProgrammeError(f"must be a text (got {shown(value)})", where=attribute.name)
    check_text(value, attribute.name)


def optional_text(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Check that a value is None or a text that files and calendars can hold."""
    if value is not None:
        text(instance, attribute, value)


def not_blank(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Check that a text is a string with something other than white space in it."""
    if not isinstance(value, str) or not value.strip():
        raise ProgrammeError(
            f"must be a non-empty text (got {shown(value)})", where=attribute.name, value=value
        )
    check_text(value, attribute.name)


def flag(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Check that a value is True or False (not 0, 1 or "yes")."""
    if type(value) is not bool:
        raise ProgrammeError(
            f"must be True or False (got {shown(value)})", where=attribute.name, value=value
        )


def instance(kind: type | tuple[type, ...], example: str, *, optional: bool = False) -> Validator:
    """
    Check that a value is a *kind*; the message shows *example*, a value that would do.

    >>> import attrs
    >>> @attrs.frozen
    ... class Box:
    ...     size: int = attrs.field(validator=instance(int, "a whole number such as 3"))
    >>> Box("3")
    Traceback (most recent call last):
    ...
    rehabplan.errors.ProgrammeError: size: must be a whole number such as 3 (got str '3')
    """

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if isinstance(value, kind) or (optional and value is None):
            return
        raise ProgrammeError(
            f"must be {example} (got {shown(value)})", where=attribute.name, value=value
        )

    return check


def choice(options: tuple[str, ...]) -> Validator:
    """Check that a value is one of *options*; the message lists them."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if isinstance(value, str) and value in options:
            return
        raise ProgrammeError(
            f"must be one of {', '.join(repr(o) for o in options)} (got {shown(value)})",
            where=attribute.name,
            value=value,
        )

    return check


def aware_datetime(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Check that a value is a date-time with a time zone."""
    if not isinstance(value, dt.datetime) or value.utcoffset() is None:
        raise ProgrammeError(
            f"must be a date-time with a time zone (got {shown(value)})",
            where=attribute.name,
            value=value,
        )


def to_tuple(value: Any) -> Any:
    """A list or other iterable as a tuple; a text, a table or a non-iterable is left for the
    validator to name.
    """
    if isinstance(value, tuple):
        return value
    if isinstance(value, str | bytes | dict) or not hasattr(value, "__iter__"):
        return value
    try:
        return tuple(value)
    except TypeError:  # an object that claims to iterate and does not
        return value


def to_texts(value: Any) -> Any:
    """One text as a tuple of one; a list of texts as a tuple (checked by `texts`)."""
    if isinstance(value, str):
        return (value,)
    return to_tuple(value)


def listed(
    value: Any,
    wanted: str,
    where: str,
    *,
    of: type | tuple[type, ...] | None = None,
    each: str | None = None,
) -> tuple[Any, ...]:
    """
    A list or other iterable as a tuple, or an error saying the value must be *wanted*.

    With *of*, every item must be an *of*: the error names the first that is not, and
    says it must be *each* (or *wanted*).

    >>> listed([1, 2], "a list of numbers", "counts")
    (1, 2)
    >>> listed(5, "a list of numbers", "counts")
    Traceback (most recent call last):
    ...
    rehabplan.errors.ProgrammeError: counts: must be a list of numbers (got int 5)
    >>> listed([1, "2"], "a list of numbers", "counts", of=int, each="a number")
    Traceback (most recent call last):
    ...
    rehabplan.errors.ProgrammeError: counts[1]: must be a number (got str '2')
    """
    items = to_tuple(value)
    if not isinstance(items, tuple):
        raise ProgrammeError(f"must be {wanted} (got {shown(value)})", where=where, value=value)
    if of is not None:
        for index, item in enumerate(items):
            if not isinstance(item, of):
                raise ProgrammeError(
                    f"must be {each or wanted} (got {shown(item)})",
                    where=f"{where}[{index}]",
                    value=item,
                )
    return items


def tuple_of(kind: type | tuple[type, ...], example: str) -> Validator:
    """Check that a value is a tuple whose every item is a *kind*, naming the first that is not."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        items = listed(value, f"a list of {example}", attribute.name, of=kind, each=example)
        for index, item in enumerate(items):
            if isinstance(item, str):
                check_text(item, f"{attribute.name}[{index}]")

    return check


def to_number(value: Any) -> Any:
    """
    A whole or decimal number as a float; anything else (True, "5", 10**400) is left for
    `finite_number` to name.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:  # an int too large for a float
            return value
    return value


def finite_number(low: float, high: float) -> Validator:
    """Check that a (converted) number is a finite float above *low* and at most *high*."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, float):
            raise ProgrammeError(
                f"must be a number such as 2.5 (got {shown(value)})",
                where=attribute.name,
                value=value,
            )
        if not (math.isfinite(value) and low < value <= high):
            raise ProgrammeError(
                f"must be above {low:g} and at most {high:g} (got {value})",
                where=attribute.name,
                value=value,
            )

    return check


def to_date(value: Any) -> Any:
    """An ISO date text ("2027-03-01") as a date; anything else is left for the validator."""
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


_CLOCK = LazyRegex(r"([01]?\d|2[0-3]):([0-5]\d)")


def to_clock_time(value: Any) -> Any:
    """An "HH:MM" text ("09:30", "9:30") as a time; anything else is left for the validator."""
    if isinstance(value, str):
        match = _CLOCK.fullmatch(value.strip())
        if match is not None:
            return dt.time(int(match.group(1)), int(match.group(2)))
    return value


def clock_time(*, optional: bool = False) -> Validator:
    """Check that a value is a clock time (a `datetime.time` without a zone)."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, dt.time) or value.tzinfo is not None:
            raise ProgrammeError(
                f"must be a clock time such as datetime.time(9, 30) or '09:30' "
                f"(got {shown(value)})",
                where=attribute.name,
                value=value,
            )

    return check


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
                f"must be a date such as datetime.date(2027, 3, 1) or '2027-03-01' "
                f"(got {shown(value)})",
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
