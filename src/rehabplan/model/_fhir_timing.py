"""
A `Timing` as an HL7 FHIR R4 ``Timing`` (a JSON-shaped dict), and back.

`rehabplan.model.Timing.to_fhir` and `rehabplan.model.Timing.from_fhir` delegate
here; this module works on a timing's fields so that ``_timing`` can import it.
The reading is exact: a FHIR Timing that rehabplan cannot say the same way is
refused with a `ProgrammeError` naming the element, never approximated.

Sessions a day are ``frequency`` per ``period`` 1 ``d`` (TID is 3 per 1 d, never
8 per hour); every other day is 1 per 2 d; N times a week is N per 1 wk; named
weekdays are ``dayOfWeek``. Named times of day are ``when`` codes, clock times
``timeOfDay``; FHIR allows one or the other, not both (invariant tim-10).
Two things FHIR's core elements cannot say are modifier extensions, which a
reader that does not know them must not ignore: "every N hours" counted over the
waking day only (our default; FHIR's ``Q4H`` runs round the clock), and a timing
tied to an event ("before each run").

Part of `rehabplan.model`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rehabplan.errors import ProgrammeError
from rehabplan.model._dose import Range

__all__ = [
    "ANCHOR_EXTENSION",
    "FHIR_EXTENSION_BASE",
    "TIMING_ABBREVIATIONS",
    "WAKING_HOURS_EXTENSION",
    "timing_fields_from_fhir",
    "timing_to_fhir",
]

#: Where rehabplan's FHIR extensions are defined (see docs/reference/fhir.md).
FHIR_EXTENSION_BASE = "https://rehabplan.github.io/fhir/StructureDefinition/"
#: Modifier extension (valueBoolean true): "every N hours" from the morning slot up to
#: bedtime only, not round the clock.
WAKING_HOURS_EXTENSION = FHIR_EXTENSION_BASE + "waking-hours"
#: Modifier extension (valueString such as "before run"): tied to an event's sessions.
ANCHOR_EXTENSION = FHIR_EXTENSION_BASE + "anchor"

_GTS = "http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation"
_UCUM = "http://unitsofmeasure.org"

_DAILY: dict[str, Any] = {"period": 1, "periodUnit": "d"}

#: The HL7 TimingAbbreviation (v3 GTSAbbreviation) codes and the repeat each stands for.
#: Q-hour codes run round the clock; AM is every morning, PM every afternoon, BED at
#: bedtime; MO (monthly) is known but has no rehabplan reading.
TIMING_ABBREVIATIONS: dict[str, dict[str, Any]] = {
    "QD": {"frequency": 1, **_DAILY},
    "BID": {"frequency": 2, **_DAILY},
    "TID": {"frequency": 3, **_DAILY},
    "QID": {"frequency": 4, **_DAILY},
    "QOD": {"frequency": 1, "period": 2, "periodUnit": "d"},
    **{f"Q{n}H": {"frequency": 1, "period": n, "periodUnit": "h"} for n in (1, 2, 3, 4, 6, 8)},
    "AM": {"frequency": 1, **_DAILY, "when": ["MORN"]},
    "PM": {"frequency": 1, **_DAILY, "when": ["AFT"]},
    "BED": {"frequency": 1, **_DAILY, "when": ["HS"]},
    "WK": {"frequency": 1, "period": 1, "periodUnit": "wk"},
    "MO": {"frequency": 1, "period": 1, "periodUnit": "mo"},
}

# FHIR EventTiming codes for our named times of day.
_WHEN = {
    "morning": "MORN",
    "noon": "NOON",
    "afternoon": "AFT",
    "evening": "EVE",
    "night": "NIGHT",
    "bedtime": "HS",
}
_SLOT_OF_WHEN = {code: slot for slot, code in _WHEN.items()}
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PATTERN_KEYS = (
    "frequency",
    "frequencyMax",
    "period",
    "periodMax",
    "periodUnit",
    "dayOfWeek",
    "when",
    "timeOfDay",
)
_REPEAT_KEYS = {*_PATTERN_KEYS, "boundsDuration", "boundsPeriod", "count", "id", "extension"}
_TIMING_KEYS = {"repeat", "code", "modifierExtension", "extension", "id", "event"}
_HOW_OFTEN = (
    "times_per_day",
    "times_of_day",
    "every_hours",
    "every_days",
    "times_per_week",
    "weekdays",
)


def _refuse(where: str, problem: str, value: object = None) -> ProgrammeError:
    return ProgrammeError(problem, where=where, value=value)


# --------------------------------------------------------------------------- to FHIR


def timing_to_fhir(timing: Any) -> dict[str, Any]:
    """
    The FHIR R4 Timing of *timing* (a `rehabplan.model.Timing`).

    Raises:
        ProgrammeError: FHIR cannot say the timing exactly; names the field.

    >>> from rehabplan.model import Timing
    >>> timing_to_fhir(Timing(times_per_day=3, duration_days=14))["repeat"]
    {'frequency': 3, 'period': 1, 'periodUnit': 'd', 'boundsDuration': {'value': 2, \
'unit': 'wk', 'system': 'http://unitsofmeasure.org', 'code': 'wk'}}

    """
    repeat: dict[str, Any] = {}
    result: dict[str, Any] = {}
    if timing.anchor is not None:
        if any(getattr(timing, name) for name in _HOW_OFTEN):
            raise _refuse(
                "anchor",
                "a timing tied to an event cannot also say how often in FHIR; "
                "give the anchor alone with its dates",
            )
        result["modifierExtension"] = [
            {"url": ANCHOR_EXTENSION, "valueString": timing.anchor.normal_form}
        ]
    else:
        repeat.update(_pattern(timing))
        if timing.every_hours is not None and not timing.round_the_clock:
            result["modifierExtension"] = [{"url": WAKING_HOURS_EXTENSION, "valueBoolean": True}]
    repeat.update(_bounds(timing))
    abbreviation = next(
        (code for code, meaning in TIMING_ABBREVIATIONS.items() if meaning == _pattern_of(repeat)),
        None,
    )
    code: dict[str, Any] = {}
    if abbreviation is not None and "modifierExtension" not in result:
        code["coding"] = [{"system": _GTS, "code": abbreviation}]
    code["text"] = timing.describe()
    if repeat:
        result["repeat"] = repeat
    result["code"] = code
    return result


def _pattern_of(repeat: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in repeat.items() if key in _PATTERN_KEYS}


def _count(key: str, value: int | Range[int]) -> dict[str, int]:
    if isinstance(value, Range):
        return {key: value.low, f"{key}Max": value.high}
    return {key: value}


def _pattern(timing: Any) -> dict[str, Any]:
    times = timing.times_of_day
    named = [t for t in times if isinstance(t, str)]
    clock = [t for t in times if isinstance(t, dt.time)]
    if named and clock:
        raise _refuse(
            "times_of_day",
            "FHIR gives named times (when) or clock times (timeOfDay), not both (tim-10); "
            "give them all as clock times",
            times,
        )
    if times and timing.times_per_day is not None and timing.times_per_day != len(times):
        raise _refuse(
            "times_per_day",
            f"{timing.times_per_day} a day at {len(times)} times of day cannot be said in FHIR, "
            "whose frequency counts the times given",
            timing.times_per_day,
        )
    per_day: int | Range[int] = timing.times_per_day or len(times) or 1
    repeat: dict[str, Any] = {}
    if timing.every_hours is not None:
        if timing.every_days is not None or timing.times_per_week is not None:
            raise _refuse(
                "every_hours",
                "every N hours on some days only is said in FHIR with dayOfWeek; name the weekdays",
            )
        repeat.update(frequency=1, **_count("period", timing.every_hours), periodUnit="h")
    elif timing.every_days is not None or timing.times_per_week is not None:
        if per_day != 1:
            raise _refuse(
                "times_per_day",
                f"{per_day} times a day on some days only is ambiguous in FHIR "
                "(frequency counts per period); name the weekdays instead",
                per_day,
            )
        if timing.every_days is not None and timing.times_per_week is not None:
            raise _refuse("times_per_week", "give either every_days or times_per_week, not both")
        if timing.times_per_week is not None and timing.weekdays:
            raise _refuse("times_per_week", "give either times_per_week or weekdays, not both")
        if timing.every_days is not None:
            repeat.update(frequency=1, period=timing.every_days, periodUnit="d")
        else:
            assert timing.times_per_week is not None
            repeat.update(**_count("frequency", timing.times_per_week), period=1, periodUnit="wk")
    else:
        repeat.update(**_count("frequency", per_day), period=1, periodUnit="d")
    if timing.weekdays:
        repeat["dayOfWeek"] = [_DAYS[day] for day in timing.weekdays]
    if named:
        repeat["when"] = [_WHEN[slot] for slot in named]
    if clock:
        repeat["timeOfDay"] = [t.strftime("%H:%M:%S") for t in clock]
    return repeat


def _bounds(timing: Any) -> dict[str, Any]:
    end = timing.end
    if timing.start is None and timing.duration_days is not None:
        days = timing.duration_days
        value, unit = (days // 7, "wk") if days % 7 == 0 else (days, "d")
        return {"boundsDuration": {"value": value, "unit": unit, "system": _UCUM, "code": unit}}
    period = {}
    if timing.start is not None:
        period["start"] = timing.start.isoformat()
    if end is not None:
        period["end"] = end.isoformat()
    return {"boundsPeriod": period} if period else {}


# --------------------------------------------------------------------------- from FHIR


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
        raise _refuse("Timing.event", "dated events one by one are not read; give a repeat")
    anchor, waking = _modifiers(data.get("modifierExtension", []))
    repeat = data.get("repeat", {})
    _check_object(repeat, "Timing.repeat", _REPEAT_KEYS)
    pattern = _pattern_of(repeat)
    coded = _code_pattern(data.get("code"))
    source = "Timing.repeat"
    if coded is not None:
        if pattern and _read_pattern(coded, "Timing.code") != _read_pattern(pattern, source):
            raise _refuse(
                "Timing.code",
                "the abbreviation says another timing than Timing.repeat; drop one",
                data.get("code"),
            )
        if not pattern:
            pattern, source = coded, "Timing.code"
    bounds = _read_bounds(repeat)
    if anchor is not None:
        if pattern:
            raise _refuse(
                "Timing.repeat",
                "a timing tied to an event cannot also say how often; give the anchor alone",
            )
        return {"anchor": anchor, **bounds}
    if not pattern:
        raise _refuse("Timing.repeat", "says nothing of how often; give frequency and period")
    fields = _read_pattern(pattern, source)
    if waking and "every_hours" not in fields:
        raise _refuse(
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
        raise _refuse(where, f"must be a JSON object (got {type(value).__name__})", value)
    unknown = sorted(set(value) - keys)
    if unknown:
        raise _refuse(
            f"{where}.{unknown[0]}",
            "is a FHIR element rehabplan cannot say exactly; drop it or say it another way",
            value[unknown[0]],
        )


def _modifiers(extensions: Any) -> tuple[tuple[str, str] | None, bool]:
    where = "Timing.modifierExtension"
    if not isinstance(extensions, list):
        raise _refuse(where, "must be a list", extensions)
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
            raise _refuse(
                here,
                "is a modifier rehabplan does not know, so the timing cannot be read safely",
                extension,
            )
    return anchor, waking


def _anchor(text: str, where: str) -> tuple[str, str]:
    for relation in ("before and after", "before", "after", "when"):
        if text.startswith(relation + " ") and text[len(relation) + 1 :].strip():
            return relation, text[len(relation) + 1 :].strip()
    raise _refuse(where, "must read 'before EVENT', 'after EVENT' or 'when EVENT'", text)


def _code_pattern(code: Any) -> dict[str, Any] | None:
    if code is None:
        return None
    if not isinstance(code, dict) or not isinstance(code.get("coding", []), list):
        raise _refuse("Timing.code", "must be a CodeableConcept", code)
    found = None
    for index, coding in enumerate(code.get("coding", [])):
        where = f"Timing.code.coding[{index}]"
        if not isinstance(coding, dict) or coding.get("system", _GTS) != _GTS:
            continue  # another code system may say the same again; the repeat is read
        abbreviation = coding.get("code")
        if abbreviation not in TIMING_ABBREVIATIONS:
            raise _refuse(
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
        raise _refuse(f"{where}.{key}", "is missing")
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or value != int(value)
        or value < 1
    ):
        raise _refuse(f"{where}.{key}", f"must be a whole number of at least 1 (got {value!r})")
    return int(value)


def _low_high(
    pattern: dict[str, Any], key: str, where: str, default: int | None
) -> int | Range[int]:
    low = _number(pattern, key, where, default=default)
    if f"{key}Max" not in pattern:
        return low
    high = _number(pattern, f"{key}Max", where)
    if high < low:
        raise _refuse(f"{where}.{key}Max", f"must not be below {key} {low} (got {high})")
    return low if high == low else Range(low, high)


def _read_pattern(pattern: dict[str, Any], where: str) -> dict[str, Any]:
    """The `Timing` fields of a repeat's frequency, period, days and times."""
    fields: dict[str, Any] = {}
    when = pattern.get("when", [])
    clock = pattern.get("timeOfDay", [])
    if when and clock:
        raise _refuse(f"{where}.timeOfDay", "cannot be given with when (tim-10)", clock)
    times = _read_when(when, f"{where}.when") + _read_clock(clock, f"{where}.timeOfDay")
    if times:
        fields["times_of_day"] = times
    days = pattern.get("dayOfWeek", [])
    if not isinstance(days, list) or any(day not in _DAYS for day in days):
        raise _refuse(f"{where}.dayOfWeek", f"must be codes {', '.join(_DAYS)}", days)
    if days:
        fields["weekdays"] = tuple(_DAYS.index(day) for day in days)
    unit = pattern.get("periodUnit", "d")
    frequency = _low_high(pattern, "frequency", where, 1)
    period = _low_high(pattern, "period", where, 1)
    if isinstance(period, Range) and unit != "h":
        raise _refuse(f"{where}.periodMax", "a range of days is ambiguous; give one period")
    if unit == "h":
        if frequency != 1:
            raise _refuse(f"{where}.frequency", "give 1 per period in hours (every N hours)")
        if times:
            raise _refuse(f"{where}.when", "every N hours cannot have times of day too")
        fields["every_hours"] = period
    elif unit == "d" and period == 1:
        if frequency != (len(times) or 1):
            if times:
                raise _refuse(
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
        raise _refuse(
            f"{where}.frequency",
            f"{frequency} per {period} {unit} "
            + ("with dayOfWeek" if days else "with several times a day")
            + " has no exact reading; give sessions a day per 1 d with dayOfWeek",
        )
    else:
        raise _refuse(
            f"{where}.periodUnit",
            f"{unit!r} is not read; rehabplan schedules by hours, days and weeks (h, d, wk)",
            unit,
        )
    return fields


def _read_when(codes: Any, where: str) -> tuple[str, ...]:
    if not isinstance(codes, list):
        raise _refuse(where, "must be a list of EventTiming codes", codes)
    slots = []
    for code in codes:
        if code not in _SLOT_OF_WHEN:
            raise _refuse(
                where,
                f"{code!r} has no rehabplan time of day; use one of "
                f"{', '.join(_SLOT_OF_WHEN)} or a timeOfDay",
                code,
            )
        slots.append(_SLOT_OF_WHEN[code])
    return tuple(slots)


def _read_clock(values: Any, where: str) -> tuple[dt.time, ...]:
    if not isinstance(values, list):
        raise _refuse(where, "must be a list of times such as '08:00:00'", values)
    times = []
    for value in values:
        try:
            time = dt.time.fromisoformat(value)
        except (TypeError, ValueError):
            raise _refuse(where, f"must be times such as '08:00:00' (got {value!r})") from None
        if time.second or time.microsecond or time.tzinfo:
            raise _refuse(where, f"must be whole minutes in local time (got {value!r})")
        times.append(time)
    return tuple(times)


def _read_date(value: Any, where: str) -> dt.date:
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _refuse(
        where, f"must be a date such as '2027-03-01'; a time there has no reading (got {value!r})"
    )


def _read_bounds(repeat: dict[str, Any]) -> dict[str, Any]:
    where = "Timing.repeat"
    if "boundsDuration" in repeat and "boundsPeriod" in repeat:
        raise _refuse(f"{where}.boundsPeriod", "give boundsDuration or boundsPeriod, not both")
    if "boundsDuration" in repeat:
        quantity = repeat["boundsDuration"]
        here = f"{where}.boundsDuration"
        if not isinstance(quantity, dict):
            raise _refuse(here, "must be a Duration", quantity)
        unit = quantity.get("code", quantity.get("unit"))
        if unit not in ("d", "wk"):
            raise _refuse(
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
        raise _refuse(where, "give count or an end (boundsDuration, boundsPeriod.end), not both")
    per_day = fields.get("times_per_day", len(fields.get("times_of_day", ())) or 1)
    plain = not ({"every_hours", "weekdays", "times_per_week"} & set(fields))
    if not plain or isinstance(per_day, Range) or count % per_day:
        raise _refuse(
            where,
            f"{count} sessions cannot be turned into a number of days for this timing; "
            "give boundsPeriod.end instead",
            count,
        )
    step = fields.get("every_days", 1)
    return {**bounds, "duration_days": (count // per_day - 1) * step + 1}
