"""Doses, timings, volumes and progressions in a programme file: phrases or tables, both ways."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

import attrs

from rehabplan._regex import LazyRegex
from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.files._keys import check_keys, fail, show
from rehabplan.files._scalars import (
    at,
    read_bool,
    read_count,
    read_date,
    read_duration,
    read_durations,
    read_float,
    read_int,
    read_load,
    read_phrase,
    read_table,
    read_text,
    read_time,
)
from rehabplan.model import (
    WEEKDAY_CODES,
    Anchor,
    AsNeeded,
    Dose,
    Load,
    Progression,
    Range,
    Timing,
    Volume,
    format_duration,
)
from rehabplan.phrases import (
    parse_dose,
    parse_progression,
    parse_timing,
)

__all__ = [
    "read_anchor",
    "read_times_of_day",
    "structure_dose",
    "structure_progression",
    "structure_scheduled",
    "structure_timing",
    "structure_volume",
    "unstructure_dose",
    "unstructure_timing",
]


_DOSE_KEYS = ("sets", "reps", "hold", "each_side", "rest", "load", "duration", "side")
_TIMING_KEYS = tuple(a.name for a in attrs.fields(Timing))
_AS_NEEDED_KEYS = ("as_needed", "limit", "condition")


def structure_dose(value: Any, _: Any = None, *, accept_defaults: bool = False) -> Dose:
    if isinstance(value, str):
        read = functools.partial(parse_dose, accept_defaults=accept_defaults)
        dose = read_phrase(read, value, "{sets = 3, reps = 15}")
        assert isinstance(dose, Dose)
        return dose
    table = read_table(value)
    check_keys(table, _DOSE_KEYS, "")
    kwargs: dict[str, Any] = {}
    readers: dict[str, Callable[[Any], Any]] = {
        "sets": read_count,
        "reps": read_count,
        "hold": read_durations,
        "each_side": read_bool,
        "rest": read_duration,
        "load": read_load,
        "duration": read_durations,
        "side": read_text,
    }
    for key, raw in table.items():
        kwargs[key] = at(key, readers[key], raw)
    return Dose(**kwargs)


def unstructure_dose(dose: Dose) -> dict[str, Any]:
    out: dict[str, Any] = {"sets": dose.sets if isinstance(dose.sets, int) else None}
    for a in attrs.fields(Dose):
        value = getattr(dose, a.name)
        if value == a.default and a.name != "sets":
            continue
        if isinstance(value, Range):
            low, high = value.low, value.high
            out[a.name] = (
                [format_duration(low), format_duration(high)]
                if isinstance(low, dt.timedelta) and isinstance(high, dt.timedelta)
                else [low, high]
            )
        elif isinstance(value, dt.timedelta):
            out[a.name] = format_duration(value)
        elif isinstance(value, Load):
            out[a.name] = str(value)
        else:
            out[a.name] = value
    return out


_ANCHOR = LazyRegex(r"^(before and after|before|after|when)\s+(?:each\s+|every\s+)?(.+)$")


def read_anchor(value: Any) -> Anchor:
    if isinstance(value, str):
        match = _ANCHOR.match(" ".join(value.lower().split()))
        if match is None:
            raise fail(
                f"must say 'before', 'after' or 'before and after' and an event, such as "
                f"'before each run' (got {show(value)})",
                value,
            )
        return Anchor(match.group(1), match.group(2))  # type: ignore[arg-type]
    table = read_table(value)
    check_keys(table, ("relation", "event"), "")
    return Anchor(read_text(table.get("relation")), read_text(table.get("event")))  # type: ignore[arg-type]


def read_times_of_day(value: Any) -> tuple[str | dt.time, ...]:
    items = value if isinstance(value, list | tuple) else [value]
    out: list[str | dt.time] = []
    for item in items:
        if isinstance(item, str) and ":" not in item:
            out.append(item)
        else:
            out.append(read_time(item))
    return tuple(out)


def structure_timing(
    value: Any, _: Any = None, *, accept_defaults: bool = False
) -> Timing | AsNeeded:
    if isinstance(value, str):
        read = functools.partial(parse_timing, accept_defaults=accept_defaults)
        timing = read_phrase(read, value, "{times_per_day = 2, duration_days = 84}")
        assert isinstance(timing, Timing | AsNeeded)
        return timing
    table = read_table(value)
    if "as_needed" in table:
        check_keys(table, _AS_NEEDED_KEYS, "")
        if table["as_needed"] is not True:
            raise ProgrammeError(
                "must be true (leave it out for a scheduled timing)", where="as_needed"
            )
        limit = table.get("limit")
        return AsNeeded(
            limit=at("limit", structure_scheduled, limit) if limit is not None else None,
            condition=at("condition", read_text, table["condition"])
            if "condition" in table
            else None,
        )
    return structure_scheduled(table)


def structure_scheduled(value: Any, _: Any = None) -> Timing:
    timing = structure_timing(value) if isinstance(value, str) else None
    if timing is not None:
        if not isinstance(timing, Timing):
            raise fail("must be a schedule, not 'as needed'", value)
        return timing
    table = read_table(value)
    check_keys(table, _TIMING_KEYS, "")
    readers: dict[str, Callable[[Any], Any]] = {
        "times_per_day": read_count,
        "times_of_day": read_times_of_day,
        "every_hours": read_count,
        "round_the_clock": read_bool,
        "every_days": read_int,
        "times_per_week": read_count,
        "weekdays": lambda v: v if isinstance(v, list | tuple) else [v],
        "start": read_date,
        "duration_days": read_int,
        "until": read_date,
        "anchor": read_anchor,
    }
    kwargs = {key: at(key, readers[key], raw) for key, raw in table.items()}
    return Timing(**kwargs)


def unstructure_timing(timing: Timing | AsNeeded) -> dict[str, Any]:
    if isinstance(timing, AsNeeded):
        out: dict[str, Any] = {"as_needed": True}
        if timing.limit is not None:
            out["limit"] = unstructure_timing(timing.limit)
        if timing.condition is not None:
            out["condition"] = timing.condition
        return out
    out = {}
    for a in attrs.fields(Timing):
        value = getattr(timing, a.name)
        if value == a.default:
            continue
        if isinstance(value, Range):
            out[a.name] = [value.low, value.high]
        elif a.name == "times_of_day":
            out[a.name] = [t if isinstance(t, str) else t.strftime("%H:%M") for t in value]
        elif a.name == "weekdays":
            out[a.name] = [WEEKDAY_CODES[d] for d in value]
        elif a.name == "anchor":
            out[a.name] = value.normal_form
        else:
            out[a.name] = value
    return out


def structure_volume(value: Any, _: Any = None) -> Volume:
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*", value.lower())
        units = {
            "km": "km",
            "mi": "mi",
            "mile": "mi",
            "miles": "mi",
            "min": "min",
            "mins": "min",
            "minutes": "min",
        }
        if match is None or match.group(2) not in units:
            raise fail(
                f"must be a volume such as '3 km', '2 mi' or '30 min' (got {show(value)})", value
            )
        return Volume(float(match.group(1)), units[match.group(2)])
    table = read_table(value)
    check_keys(table, ("amount", "unit"), "")
    return Volume(read_float(table.get("amount")), read_text(table.get("unit", "km")))


def structure_progression(value: Any, _: Any = None) -> Progression:
    if isinstance(value, str):
        try:
            return parse_progression(value)
        except PhraseError as exc:
            raise fail(str(exc), value) from None
    table = read_table(value)
    check_keys(table, ("part", "step", "ceiling", "every_weeks", "unit"), "")
    for required in ("part", "step", "ceiling"):
        if required not in table:
            raise ProgrammeError(
                "is missing; a progression table needs part, step and ceiling", where=required
            )
    part = table.get("part")
    reader: Callable[[Any], Any] = (
        read_duration
        if part in ("hold", "duration")
        else (read_float if part == "load" else read_int)
    )
    kwargs: dict[str, Any] = {"part": part}
    for key in ("step", "ceiling"):
        if key in table:
            kwargs[key] = at(key, reader, table[key])
    if "every_weeks" in table:
        kwargs["every_weeks"] = at("every_weeks", read_int, table["every_weeks"])
    if "unit" in table:
        kwargs["unit"] = at("unit", read_text, table["unit"])
    return Progression(**kwargs)
