"""Readers of the plain values in a programme file: texts, numbers, dates, times, durations."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.files._keys import check_keys, fail, show
from rehabplan.model import (
    Load,
    Range,
)
from rehabplan.phrases import (
    parse_duration,
)

__all__ = [
    "at",
    "read_bool",
    "read_count",
    "read_date",
    "read_duration",
    "read_durations",
    "read_float",
    "read_int",
    "read_load",
    "read_phrase",
    "read_table",
    "read_text",
    "read_texts",
    "read_time",
]


def read_text(value: Any, _: Any = None) -> str:
    if not isinstance(value, str):
        raise fail(f"must be a text (got {show(value)})", value)
    return value


def read_int(value: Any, _: Any = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail(f"must be a whole number (got {show(value)})", value)
    return value


def read_float(value: Any, _: Any = None) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(f"must be a number (got {show(value)})", value)
    return float(value)


def read_bool(value: Any, _: Any = None) -> bool:
    if not isinstance(value, bool):
        raise fail(f"must be true or false (got {show(value)})", value)
    return value


def read_date(value: Any, _: Any = None) -> dt.date:
    if isinstance(value, dt.datetime):
        raise fail(f"must be a date such as 2027-03-01, not a date-time ({value})", value)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise fail(f"must be a date such as 2027-03-01 (got {show(value)})", value)


def read_time(value: Any, _: Any = None) -> dt.time:
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{1,2}:\d{2}", value.strip()):
        hours, minutes = (int(x) for x in value.strip().split(":"))
        if hours < 24 and minutes < 60:
            return dt.time(hours, minutes)
    raise fail(f"must be a clock time such as '09:30' (got {show(value)})", value)


def read_duration(value: Any, _: Any = None) -> dt.timedelta:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return dt.timedelta(seconds=value)
    if isinstance(value, str):
        try:
            return parse_duration(value)
        except PhraseError as exc:
            raise fail(str(exc), value) from None
    raise fail(f"must be a duration such as '30 s' or '2 min' (got {show(value)})", value)


def read_texts(value: Any, _: Any = None) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple):
        out = []
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise ProgrammeError(f"must be a text (got {show(item)})", where=f"[{index}]")
            out.append(item)
        return tuple(out)
    raise fail(f"must be a text or a list of texts (got {show(value)})", value)


def read_table(value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise fail(f"must be a table (got {type(value).__name__} {show(value)})", value)
    return value


def at(where: str, fn: Callable[[Any], Any], value: Any) -> Any:
    try:
        return fn(value)
    except ProgrammeError as exc:
        raise exc.at(where) from None


def read_count(value: Any) -> int | Range[int]:
    if isinstance(value, list | tuple) and len(value) == 2:
        return (
            Range(read_int(value[0]), read_int(value[1]))
            if value[0] != value[1]
            else read_int(value[0])
        )
    return read_int(value)


def read_durations(value: Any) -> dt.timedelta | Range[dt.timedelta]:
    if isinstance(value, list | tuple) and len(value) == 2:
        low, high = read_duration(value[0]), read_duration(value[1])
        return low if low == high else Range(low, high)
    return read_duration(value)


def read_load(value: Any) -> Load:
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(\S.*?)\s*", value)
        if match is None:
            raise fail(f"must be a load such as '5 kg' (got {show(value)})", value)
        return Load(float(match.group(1)), match.group(2))
    table = read_table(value)
    check_keys(table, ("amount", "unit"), "")
    return Load(read_float(table.get("amount")), read_text(table.get("unit")))


def read_phrase(reader: Callable[[str], Any], text: str, example: str) -> Any:
    try:
        return reader(text)
    except PhraseError as exc:
        raise ProgrammeError(str(exc), value=text) from None
    except NotImplementedError:
        raise ProgrammeError(
            f"cannot read the phrase {text!r} with this version; write it as a table, "
            f"such as {example}",
            value=text,
        ) from None
