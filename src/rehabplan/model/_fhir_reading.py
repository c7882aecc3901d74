"""
A FHIR R4 ``Timing`` (a dict, as parsed from JSON) read into the fields of a `Timing`.

`rehabplan.model.Timing.from_fhir` delegates here. The reading is exact: a FHIR
Timing that rehabplan cannot say the same way is refused with a `ProgrammeError`
naming the element, never approximated. ``_fhir_timing`` holds the vocabulary both
ways share.

Part of `rehabplan.model`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rehabplan.model._dose import Range
from rehabplan.model._fhir_timing import (
    ANCHOR_EXTENSION,
    FHIR_WEEKDAYS,
    GTS_SYSTEM,
    PATTERN_KEYS,
    TIMING_ABBREVIATIONS,
    WAKING_HOURS_EXTENSION,
    WHEN_CODES,
    pattern_of,
    refuse,
)

__all__ = ["timing_fields_from_fhir"]

_SLOT_OF_WHEN = {code: slot for slot, code in WHEN_CODES.items()}
_REPEAT_KEYS = {*PATTERN_KEYS, "boundsDuration", "boundsPeriod", "count", "id", "extension"}
_TIMING_KEYS = {"repeat", "code", "modifierExtension", "extension", "id", "event"}


def timing_fields_from_fhir(data: Any) -> dict[str, Any]:
    """
    The `rehabplan.model.Timing` fields of a FHIR R4 Timing (a dict, as parsed from JSON).

    An anchor comes as its (relation, event) pair.

    Raises:
        ProgrammeError: an element rehabplan cannot say exactly, named by its path
            (``Timing.repeat.periodUnit``), or a value of the wrong shape.

    >>> timing_fields_from_fhir({"code": {"coding": [{"code": "TID"}]}})
    {'times_per_day': 3}
    >>> timing_fields_from_fhir({"repeat": {"frequency": 1, "period": 2, "periodUnit": "d",
    ...                                     "boundsDuration": {"value": 4, "code": "wk"}}})
    {'every_days': 2, 'duration_days': 28}

    """
    _check_object(data, "Timing", _TIMING_KEYS)
    if "event" in data:
        raise refuse("Timing.event", "dated events one by one are not read; give a repeat")
    anchor, waking = _modifiers(data.get("modifierExtension", []))
    repeat = data.get("repeat", {})
    _check_object(repeat, "Timing.repeat", _REPEAT_KEYS)
    pattern = pattern_of(repeat)
    coded = _code_pattern(data.get("code"))
    source = "Timing.repeat"
    if coded is not None:
        if pattern and _read_pattern(coded, "Timing.code") != _read_pattern(pattern, source):
            raise refuse(
                "Timing.code",
                "the abbreviation says another timing than Timing.repeat; drop one",
                data.get("code"),
            )
        if not pattern:
            pattern, source = coded, "Timing.code"
    bounds = _read_bounds(repeat)
    if anchor is not None:
        if pattern:
            raise refuse(
                "Timing.repeat",
                "a timing tied to an event cannot also say how often; give the anchor alone",
            )
        return {"anchor": anchor, **bounds}
    if not pattern:
        raise refuse("Timing.repeat", "says nothing of how often; give frequency and period")
    fields = _read_pattern(pattern, source)
    if waking and "every_hours" not in fields:
        raise refuse(
            "Timing.modifierExtension",
            "the waking-hours extension belongs to a period in hours, and only there",
        )
    if "every_hours" in fields:
        fields["round_the_clock"] = not waking
    if "count" in repeat:
        bounds = _count_bounds(repeat, fields, bounds)
    return {**fields, **bounds}


def _check_object(value: Any, where: str, keys: set[str]) -> None:
    if not isinstance(value, dict):
        raise refuse(where, f"must be a JSON object (got {type(value).__name__})", value)
    unknown = sorted(set(value) - keys)
    if unknown:
        raise refuse(
            f"{where}.{unknown[0]}",
            "is a FHIR element rehabplan cannot say exactly; drop it or say it another way",
            value[unknown[0]],
        )


def _modifiers(extensions: Any) -> tuple[tuple[str, str] | None, bool]:
    where = "Timing.modifierExtension"
    if not isinstance(extensions, list):
        raise refuse(where, "must be a list", extensions)
    anchor: tuple[str, str] | None = None
    waking = False
    for index, extension in enumerate(extensions):
        here = f"{where}[{index}]"
        url = extension.get("url") if isinstance(extension, dict) else None
        if url == WAKING_HOURS_EXTENSION and extension.get("valueBoolean") is True:
            waking = True
        elif url == ANCHOR_EXTENSION and isinstance(extension.get("valueString"), str):
            anchor = _anchor(extension["valueString"], here)
        else:
            raise refuse(
                here,
                "is a modifier rehabplan does not know, so the timing cannot be read safely",
                extension,
            )
    return anchor, waking


def _anchor(text: str, where: str) -> tuple[str, str]:
    for relation in ("before and after", "before", "after", "when"):
        if text.startswith(relation + " ") and text[len(relation) + 1 :].strip():
            return relation, text[len(relation) + 1 :].strip()
    raise refuse(where, "must read 'before EVENT', 'after EVENT' or 'when EVENT'", text)


def _code_pattern(code: Any) -> dict[str, Any] | None:
    if code is None:
        return None
    if not isinstance(code, dict) or not isinstance(code.get("coding", []), list):
        raise refuse("Timing.code", "must be a CodeableConcept", code)
    found = None
    for index, coding in enumerate(code.get("coding", [])):
        where = f"Timing.code.coding[{index}]"
        if not isinstance(coding, dict) or coding.get("system", GTS_SYSTEM) != GTS_SYSTEM:
            continue  # another code system may say the same again; the repeat is read
        abbreviation = coding.get("code")
        if abbreviation not in TIMING_ABBREVIATIONS:
            raise refuse(
                where,
                f"unknown abbreviation {abbreviation!r}; "
                f"use one of {', '.join(TIMING_ABBREVIATIONS)}",
                abbreviation,
            )
        found = dict(TIMING_ABBREVIATIONS[abbreviation])
    return found


def _number(pattern: dict[str, Any], key: str, where: str, *, default: int | None = None) -> int:
    value = pattern.get(key, default)
    if value is None:
        raise refuse(f"{where}.{key}", "is missing")
    whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if isinstance(value, bool) or not whole or value < 1:
        raise refuse(f"{where}.{key}", f"must be a whole number of at least 1 (got {value!r})")
    return int(value)


def _range(pattern: dict[str, Any], key: str, where: str, default: int | None) -> int | Range[int]:
    low = _number(pattern, key, where, default=default)
    if f"{key}Max" not in pattern:
        return low
    high = _number(pattern, f"{key}Max", where)
    if high < low:
        raise refuse(f"{where}.{key}Max", f"must not be below {key} {low} (got {high})")
    return low if high == low else Range(low, high)


def _read_pattern(pattern: dict[str, Any], where: str) -> dict[str, Any]:
    """The `Timing` fields of a repeat's frequency, period, days and times."""
    fields: dict[str, Any] = {}
    when = pattern.get("when", [])
    clock = pattern.get("timeOfDay", [])
    if when and clock:
        raise refuse(f"{where}.timeOfDay", "cannot be given with when (tim-10)", clock)
    times = _read_when(when, f"{where}.when") + _read_clock(clock, f"{where}.timeOfDay")
    if times:
        fields["times_of_day"] = times
    days = pattern.get("dayOfWeek", [])
    if not isinstance(days, list) or any(day not in FHIR_WEEKDAYS for day in days):
        raise refuse(f"{where}.dayOfWeek", f"must be codes {', '.join(FHIR_WEEKDAYS)}", days)
    if days:
        fields["weekdays"] = tuple(FHIR_WEEKDAYS.index(day) for day in days)
    unit = pattern.get("periodUnit", "d")
    frequency = _range(pattern, "frequency", where, 1)
    period = _range(pattern, "period", where, 1)
    if isinstance(period, Range) and unit != "h":
        raise refuse(f"{where}.periodMax", "a range of days is ambiguous; give one period")
    if unit == "h":
        if frequency != 1:
            raise refuse(f"{where}.frequency", "give 1 per period in hours (every N hours)")
        if times:
            raise refuse(f"{where}.when", "every N hours cannot have times of day too")
        fields["every_hours"] = period
    elif unit == "d" and period == 1:
        if frequency != (len(times) or 1):
            if times:
                raise refuse(
                    f"{where}.frequency",
                    f"{frequency} a day does not match the {len(times)} times given",
                )
            fields["times_per_day"] = frequency
    elif unit in ("d", "wk") and frequency == 1 and len(times) <= 1 and not days:
        assert isinstance(period, int)
        days_between = period * (7 if unit == "wk" else 1)
        if days_between == 7 and unit == "wk":
            fields["times_per_week"] = 1
        else:
            fields["every_days"] = days_between
    elif unit == "wk" and period == 1 and len(times) <= 1 and not days:
        fields["times_per_week"] = frequency
    elif unit in ("d", "wk"):
        raise refuse(
            f"{where}.frequency",
            f"{frequency} per {period} {unit} "
            + ("with dayOfWeek" if days else "with several times a day")
            + " has no exact reading; give sessions a day per 1 d with dayOfWeek",
        )
    else:
        raise refuse(
            f"{where}.periodUnit",
            f"{unit!r} is not read; rehabplan schedules by hours, days and weeks (h, d, wk)",
            unit,
        )
    return fields


def _read_when(codes: Any, where: str) -> tuple[str, ...]:
    if not isinstance(codes, list):
        raise refuse(where, "must be a list of EventTiming codes", codes)
    slots = []
    for code in codes:
        if code not in _SLOT_OF_WHEN:
            raise refuse(
                where,
                f"{code!r} has no rehabplan time of day; use one of "
                f"{', '.join(_SLOT_OF_WHEN)} or a timeOfDay",
                code,
            )
        slots.append(_SLOT_OF_WHEN[code])
    return tuple(slots)


def _read_clock(values: Any, where: str) -> tuple[dt.time, ...]:
    if not isinstance(values, list):
        raise refuse(where, "must be a list of times such as '08:00:00'", values)
    times = []
    for value in values:
        try:
            time = dt.time.fromisoformat(value)
        except (TypeError, ValueError):
            raise refuse(where, f"must be times such as '08:00:00' (got {value!r})") from None
        if time.second or time.microsecond or time.tzinfo:
            raise refuse(where, f"must be whole minutes in local time (got {value!r})")
        times.append(time)
    return tuple(times)


def _read_date(value: Any, where: str) -> dt.date:
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise refuse(
        where, f"must be a date such as '2027-03-01'; a time there has no reading (got {value!r})"
    )


def _read_bounds(repeat: dict[str, Any]) -> dict[str, Any]:
    where = "Timing.repeat"
    if "boundsDuration" in repeat and "boundsPeriod" in repeat:
        raise refuse(f"{where}.boundsPeriod", "give boundsDuration or boundsPeriod, not both")
    if "boundsDuration" in repeat:
        quantity = repeat["boundsDuration"]
        here = f"{where}.boundsDuration"
        if not isinstance(quantity, dict):
            raise refuse(here, "must be a Duration", quantity)
        unit = quantity.get("code", quantity.get("unit"))
        if unit not in ("d", "wk"):
            raise refuse(
                f"{here}.code", f"must be 'd' or 'wk' (got {unit!r}): months vary in length"
            )
        return {"duration_days": _number(quantity, "value", here) * (7 if unit == "wk" else 1)}
    if "boundsPeriod" in repeat:
        period = repeat["boundsPeriod"]
        here = f"{where}.boundsPeriod"
        _check_object(period, here, {"start", "end", "id", "extension"})
        bounds = {}
        if "start" in period:
            bounds["start"] = _read_date(period["start"], f"{here}.start")
        if "end" in period:
            bounds["until"] = _read_date(period["end"], f"{here}.end")
        return bounds
    return {}


def _count_bounds(
    repeat: dict[str, Any], fields: dict[str, Any], bounds: dict[str, Any]
) -> dict[str, Any]:
    """Read *count* as a number of days where that is exact: daily or every N days."""
    where = "Timing.repeat.count"
    count = _number(repeat, "count", "Timing.repeat")
    if "duration_days" in bounds or "until" in bounds:
        raise refuse(where, "give count or an end (boundsDuration, boundsPeriod.end), not both")
    per_day = fields.get("times_per_day", len(fields.get("times_of_day", ())) or 1)
    plain = not ({"every_hours", "weekdays", "times_per_week"} & set(fields))
    if not plain or isinstance(per_day, Range) or count % per_day:
        raise refuse(
            where,
            f"{count} sessions cannot be turned into a number of days for this timing; "
            "give boundsPeriod.end instead",
            count,
        )
    step = fields.get("every_days", 1)
    return {**bounds, "duration_days": (count // per_day - 1) * step + 1}
