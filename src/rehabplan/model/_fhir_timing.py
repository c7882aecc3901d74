"""
A `Timing` as an HL7 FHIR R4 ``Timing`` (a JSON-shaped dict); ``_fhir_reading`` reads one back.

`rehabplan.model.Timing.to_fhir` delegates here; this module works on a timing's
fields so that ``_timing`` can import it. Both ways are exact: what FHIR (or
rehabplan) cannot say the same way is refused with a `ProgrammeError` naming the
field or element, never approximated.

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
    "FHIR_WEEKDAYS",
    "GTS_SYSTEM",
    "PATTERN_KEYS",
    "TIMING_ABBREVIATIONS",
    "WAKING_HOURS_EXTENSION",
    "WHEN_CODES",
    "pattern_of",
    "refuse",
    "timing_to_fhir",
]

#: Where rehabplan's FHIR extensions are defined (see docs/reference/fhir.md).
FHIR_EXTENSION_BASE = "https://rehabplan.github.io/fhir/StructureDefinition/"
#: Modifier extension (valueBoolean true): "every N hours" from the morning slot up to
#: bedtime only, not round the clock.
WAKING_HOURS_EXTENSION = FHIR_EXTENSION_BASE + "waking-hours"
#: Modifier extension (valueString such as "before run"): tied to an event's sessions.
ANCHOR_EXTENSION = FHIR_EXTENSION_BASE + "anchor"

GTS_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation"
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
WHEN_CODES = {
    "morning": "MORN",
    "noon": "NOON",
    "afternoon": "AFT",
    "evening": "EVE",
    "night": "NIGHT",
    "bedtime": "HS",
}
FHIR_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PATTERN_KEYS = tuple(
    "frequency frequencyMax period periodMax periodUnit dayOfWeek when timeOfDay".split()
)
_HOW_OFTEN = tuple(
    "times_per_day times_of_day every_hours every_days times_per_week weekdays".split()
)


def refuse(where: str, problem: str, value: object = None) -> ProgrammeError:
    """The `ProgrammeError` for *where* (a field or a FHIR element path)."""
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
            raise refuse(
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
        (code for code, meaning in TIMING_ABBREVIATIONS.items() if meaning == pattern_of(repeat)),
        None,
    )
    code: dict[str, Any] = {}
    if abbreviation is not None and "modifierExtension" not in result:
        code["coding"] = [{"system": GTS_SYSTEM, "code": abbreviation}]
    code["text"] = timing.describe()
    if repeat:
        result["repeat"] = repeat
    result["code"] = code
    return result


def pattern_of(repeat: dict[str, Any]) -> dict[str, Any]:
    """The elements of a FHIR ``Timing.repeat`` that say how often, without its bounds."""
    return {key: value for key, value in repeat.items() if key in PATTERN_KEYS}


def _count(key: str, value: int | Range[int]) -> dict[str, int]:
    if isinstance(value, Range):
        return {key: value.low, f"{key}Max": value.high}
    return {key: value}


def _pattern(timing: Any) -> dict[str, Any]:
    times = timing.times_of_day
    named = [t for t in times if isinstance(t, str)]
    clock = [t for t in times if isinstance(t, dt.time)]
    if named and clock:
        raise refuse(
            "times_of_day",
            "FHIR gives named times (when) or clock times (timeOfDay), not both (tim-10); "
            "give them all as clock times",
            times,
        )
    if times and timing.times_per_day is not None and timing.times_per_day != len(times):
        raise refuse(
            "times_per_day",
            f"{timing.times_per_day} a day at {len(times)} times of day cannot be said in FHIR, "
            "whose frequency counts the times given",
            timing.times_per_day,
        )
    per_day: int | Range[int] = timing.times_per_day or len(times) or 1
    repeat: dict[str, Any] = {}
    if timing.every_hours is not None:
        if timing.every_days is not None or timing.times_per_week is not None:
            raise refuse(
                "every_hours",
                "every N hours on some days only is said in FHIR with dayOfWeek; name the weekdays",
            )
        repeat.update(frequency=1, **_count("period", timing.every_hours), periodUnit="h")
    elif timing.every_days is not None or timing.times_per_week is not None:
        if per_day != 1:
            raise refuse(
                "times_per_day",
                f"{per_day} times a day on some days only is ambiguous in FHIR "
                "(frequency counts per period); name the weekdays instead",
                per_day,
            )
        if timing.every_days is not None and timing.times_per_week is not None:
            raise refuse("times_per_week", "give either every_days or times_per_week, not both")
        if timing.times_per_week is not None and timing.weekdays:
            raise refuse("times_per_week", "give either times_per_week or weekdays, not both")
        if timing.every_days is not None:
            repeat.update(frequency=1, period=timing.every_days, periodUnit="d")
        else:
            assert timing.times_per_week is not None
            repeat.update(**_count("frequency", timing.times_per_week), period=1, periodUnit="wk")
    else:
        repeat.update(**_count("frequency", per_day), period=1, periodUnit="d")
    if timing.weekdays:
        repeat["dayOfWeek"] = [FHIR_WEEKDAYS[day] for day in timing.weekdays]
    if named:
        repeat["when"] = [WHEN_CODES[slot] for slot in named]
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
