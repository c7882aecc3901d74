"""
Programme files: TOML and JSON, one model, read and written through cattrs.

The minimal format of DESIGN.md::

    title = "Achilles loading"
    start = 2027-03-01
    timezone = "Europe/London"

    [[prescriptions]]
    exercise = "Eccentric heel drops"
    dose = "3 x 15"
    when = "twice daily for 12 weeks"

The full format adds ``activities``, ``appointments``, ``phases`` and per-prescription
``progression``; see ``docs/reference/programme-file.md``.
Doses and timings may be phrases (read by `rehabplan.parse_dose` and
`rehabplan.parse_timing`) or tables (``dose = {sets = 3, reps = 15}``); files written
by `dump` use tables, so they read back without the phrase parser.

Every error names the key path of the bad value, such as ``prescriptions[0].when``;
an unknown key is an error with a suggestion, never ignored.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import reprlib
import types
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

if TYPE_CHECKING:
    from pathlib import Path

    import cattrs

# cattrs, tomllib, tomli_w and importlib.resources are imported where they are used:
# `import rehabplan` should not pay ~40 ms for them (issue 6's import budget).

from rehabplan.catalogue import Catalogue, default_catalogue
from rehabplan.errors import ExportError, PhraseError, ProgrammeError
from rehabplan.errors import close_matches as _close_matches
from rehabplan.model import (
    WEEKDAY_CODES,
    Activity,
    Anchor,
    Appointment,
    AsNeeded,
    Dose,
    Exercise,
    Intervals,
    Load,
    Phase,
    Prescription,
    Programme,
    Progression,
    Range,
    SlotTimes,
    Target,
    Timing,
    Volume,
    format_duration,
)
from rehabplan.phrases import (
    parse_dose,
    parse_duration,
    parse_progression,
    parse_timing,
    resolve_date,
)

__all__ = [
    "dump",
    "dumps",
    "load",
    "loads",
    "programme_from_dict",
    "programme_to_dict",
    "schema",
]

Format = Literal["toml", "json"]

#: File keys that differ from attribute names: (class, attribute) -> key.
_RENAMES: dict[tuple[type, str], str] = {
    (Prescription, "timing"): "when",
    (Activity, "timing"): "when",
}
_DOSE_KEYS = ("sets", "reps", "hold", "each_side", "rest", "load", "duration")
_TIMING_KEYS = tuple(a.name for a in attrs.fields(Timing))
_AS_NEEDED_KEYS = ("as_needed", "limit", "condition")


# --------------------------------------------------------------------------- errors


def _suggest(word: str, choices: list[str]) -> str:
    close = _close_matches(word, choices, n=1)
    if close:
        return f"; did you mean {close[0]!r}?"
    return f"; known keys: {', '.join(choices)}"


def _unknown_key(key: Any, allowed: list[str], where: str) -> ProgrammeError:
    return ProgrammeError(
        f"unknown key {_show(key)}" + _suggest(str(key), allowed), where=where, value=key
    )


def _check_keys(data: Mapping[str, Any], allowed: tuple[str, ...] | list[str], where: str) -> None:
    for key in data:
        if key not in allowed:
            raise _unknown_key(key, list(allowed), where)


def _keys_of(cls: type) -> list[str]:
    return [_RENAMES.get((cls, a.name), a.name) for a in attrs.fields(cls) if a.init]


def _join(prefix: str, part: str) -> str:
    if not part:
        return prefix
    if not prefix:
        return part.lstrip(".")
    return prefix + part if part.startswith(("[", ".")) else f"{prefix}.{part}"


def _translate(exc: BaseException, where: str, cls: type | None = None) -> ProgrammeError:
    """Turn the first error in a cattrs exception tree into one `ProgrammeError` with its path."""
    import cattrs
    from cattrs.errors import ForbiddenExtraKeysError

    if isinstance(exc, cattrs.ClassValidationError | cattrs.IterableValidationError):
        extra = [e for e in exc.exceptions if isinstance(e, ForbiddenExtraKeysError)]
        inner = extra[0] if extra else exc.exceptions[0]
        part = ""
        sub_cls: type | None = None
        for note in getattr(inner, "__notes__", []):
            name = getattr(note, "name", None)
            index = getattr(note, "index", None)
            if name is not None:
                owner = getattr(exc, "cl", None)
                part = "." + _RENAMES.get((owner, name), name) if owner else "." + name
                sub_cls = getattr(note, "type", None)
            elif index is not None:
                part = f"[{index}]"
        return _translate(inner, _join(where, part), sub_cls)
    if isinstance(exc, ForbiddenExtraKeysError):
        key = sorted(exc.extra_fields)[0]
        return _unknown_key(key, _keys_of(exc.cl), where or "programme")
    if isinstance(exc, KeyError):
        return ProgrammeError("is missing; this key is required", where=where)
    if isinstance(exc, ProgrammeError):
        return exc.at(where) if where else exc
    if isinstance(exc, PhraseError):
        return ProgrammeError(str(exc), where=where, value=exc.text)
    return ProgrammeError(f"is not valid ({exc})", where=where)


# --------------------------------------------------------------------------- values


_REPR = reprlib.Repr()
_REPR.maxlevel = 3
_REPR.maxstring = 60
_REPR.maxother = 60


def _show(value: Any) -> str:
    """The repr of a bad value, short enough for a one-line message."""
    # reprlib, not repr(): a value nested 100,000 deep must not raise RecursionError.
    text = "".join(ch if ch.isprintable() else "?" for ch in _REPR.repr(value))
    return text if len(text) <= 60 else text[:59] + "…"


def _fail(message: str, value: Any) -> ProgrammeError:
    return ProgrammeError(message, value=value)


def _str(value: Any, _: Any = None) -> str:
    if not isinstance(value, str):
        raise _fail(f"must be a text (got {_show(value)})", value)
    return value


def _int(value: Any, _: Any = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(f"must be a whole number (got {_show(value)})", value)
    return value


def _float(value: Any, _: Any = None) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(f"must be a number (got {_show(value)})", value)
    return float(value)


def _bool(value: Any, _: Any = None) -> bool:
    if not isinstance(value, bool):
        raise _fail(f"must be true or false (got {_show(value)})", value)
    return value


def _date(value: Any, _: Any = None) -> dt.date:
    if isinstance(value, dt.datetime):
        raise _fail(f"must be a date such as 2027-03-01, not a date-time ({value})", value)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(f"must be a date such as 2027-03-01 (got {_show(value)})", value)


def _time(value: Any, _: Any = None) -> dt.time:
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{1,2}:\d{2}", value.strip()):
        hours, minutes = (int(x) for x in value.strip().split(":"))
        if hours < 24 and minutes < 60:
            return dt.time(hours, minutes)
    raise _fail(f"must be a clock time such as '09:30' (got {_show(value)})", value)


def _duration(value: Any, _: Any = None) -> dt.timedelta:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return dt.timedelta(seconds=value)
    if isinstance(value, str):
        try:
            return parse_duration(value)
        except PhraseError as exc:
            raise _fail(str(exc), value) from None
    raise _fail(f"must be a duration such as '30 s' or '2 min' (got {_show(value)})", value)


def _texts(value: Any, _: Any = None) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple):
        out = []
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise ProgrammeError(f"must be a text (got {_show(item)})", where=f"[{index}]")
            out.append(item)
        return tuple(out)
    raise _fail(f"must be a text or a list of texts (got {_show(value)})", value)


def _table(value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _fail(f"must be a table (got {type(value).__name__} {_show(value)})", value)
    return value


def _at(where: str, fn: Callable[[Any], Any], value: Any) -> Any:
    try:
        return fn(value)
    except ProgrammeError as exc:
        raise exc.at(where) from None


def _count(value: Any) -> int | Range[int]:
    if isinstance(value, list | tuple) and len(value) == 2:
        return Range(_int(value[0]), _int(value[1])) if value[0] != value[1] else _int(value[0])
    return _int(value)


def _durations(value: Any) -> dt.timedelta | Range[dt.timedelta]:
    if isinstance(value, list | tuple) and len(value) == 2:
        low, high = _duration(value[0]), _duration(value[1])
        return low if low == high else Range(low, high)
    return _duration(value)


def _load(value: Any) -> Load:
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(\S.*?)\s*", value)
        if match is None:
            raise _fail(f"must be a load such as '5 kg' (got {_show(value)})", value)
        return Load(float(match.group(1)), match.group(2))
    table = _table(value)
    _check_keys(table, ("amount", "unit"), "")
    return Load(_float(table.get("amount")), _str(table.get("unit")))


def _phrase(reader: Callable[[str], Any], text: str, example: str) -> Any:
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


def _structure_dose(value: Any, _: Any = None) -> Dose:
    if isinstance(value, str):
        dose = _phrase(parse_dose, value, "{sets = 3, reps = 15}")
        assert isinstance(dose, Dose)
        return dose
    table = _table(value)
    _check_keys(table, _DOSE_KEYS, "")
    kwargs: dict[str, Any] = {}
    readers: dict[str, Callable[[Any], Any]] = {
        "sets": _count,
        "reps": _count,
        "hold": _durations,
        "each_side": _bool,
        "rest": _duration,
        "load": _load,
        "duration": _durations,
    }
    for key, raw in table.items():
        kwargs[key] = _at(key, readers[key], raw)
    return Dose(**kwargs)


def _unstructure_dose(dose: Dose) -> dict[str, Any]:
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


_ANCHOR = re.compile(r"^(before and after|before|after|when)\s+(?:each\s+|every\s+)?(.+)$")


def _anchor(value: Any) -> Anchor:
    if isinstance(value, str):
        match = _ANCHOR.match(" ".join(value.lower().split()))
        if match is None:
            raise _fail(
                f"must say 'before', 'after' or 'before and after' and an event, such as "
                f"'before each run' (got {_show(value)})",
                value,
            )
        return Anchor(match.group(1), match.group(2))  # type: ignore[arg-type]
    table = _table(value)
    _check_keys(table, ("relation", "event"), "")
    return Anchor(_str(table.get("relation")), _str(table.get("event")))  # type: ignore[arg-type]


def _times_of_day(value: Any) -> tuple[str | dt.time, ...]:
    items = value if isinstance(value, list | tuple) else [value]
    out: list[str | dt.time] = []
    for item in items:
        if isinstance(item, str) and ":" not in item:
            out.append(item)
        else:
            out.append(_time(item))
    return tuple(out)


def _structure_timing(value: Any, _: Any = None) -> Timing | AsNeeded:
    if isinstance(value, str):
        timing = _phrase(parse_timing, value, "{times_per_day = 2, duration_days = 84}")
        assert isinstance(timing, Timing | AsNeeded)
        return timing
    table = _table(value)
    if "as_needed" in table:
        _check_keys(table, _AS_NEEDED_KEYS, "")
        if table["as_needed"] is not True:
            raise ProgrammeError(
                "must be true (leave it out for a scheduled timing)", where="as_needed"
            )
        limit = table.get("limit")
        return AsNeeded(
            limit=_at("limit", _structure_scheduled, limit) if limit is not None else None,
            condition=_at("condition", _str, table["condition"]) if "condition" in table else None,
        )
    return _structure_scheduled(table)


def _structure_scheduled(value: Any, _: Any = None) -> Timing:
    timing = _structure_timing(value) if isinstance(value, str) else None
    if timing is not None:
        if not isinstance(timing, Timing):
            raise _fail("must be a schedule, not 'as needed'", value)
        return timing
    table = _table(value)
    _check_keys(table, _TIMING_KEYS, "")
    readers: dict[str, Callable[[Any], Any]] = {
        "times_per_day": _count,
        "times_of_day": _times_of_day,
        "every_hours": _count,
        "round_the_clock": _bool,
        "every_days": _int,
        "times_per_week": _count,
        "weekdays": lambda v: v if isinstance(v, list | tuple) else [v],
        "start": _date,
        "duration_days": _int,
        "until": _date,
        "anchor": _anchor,
    }
    kwargs = {key: _at(key, readers[key], raw) for key, raw in table.items()}
    return Timing(**kwargs)


def _unstructure_timing(timing: Timing | AsNeeded) -> dict[str, Any]:
    if isinstance(timing, AsNeeded):
        out: dict[str, Any] = {"as_needed": True}
        if timing.limit is not None:
            out["limit"] = _unstructure_timing(timing.limit)
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


def _structure_exercise(value: Any, _: Any = None) -> Exercise:
    if isinstance(value, str):
        return Exercise(name=value)
    table = _table(value)
    _check_keys(table, _keys_of(Exercise), "")
    if "name" not in table:
        raise ProgrammeError(
            "is missing; an exercise table needs a name (or give only a catalogue id)",
            where="name",
        )
    return _converter().structure_attrs_fromdict(dict(table), Exercise)


def _unstructure_exercise(exercise: Exercise) -> Any:
    if exercise == Exercise(name=exercise.name):
        return exercise.name
    return _attrs_dict(exercise)


def _structure_volume(value: Any, _: Any = None) -> Volume:
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
            raise _fail(
                f"must be a volume such as '3 km', '2 mi' or '30 min' (got {_show(value)})", value
            )
        return Volume(float(match.group(1)), units[match.group(2)])
    table = _table(value)
    _check_keys(table, ("amount", "unit"), "")
    return Volume(_float(table.get("amount")), _str(table.get("unit", "km")))


def _structure_progression(value: Any, _: Any = None) -> Progression:
    if isinstance(value, str):
        try:
            return parse_progression(value)
        except PhraseError as exc:
            raise _fail(str(exc), value) from None
    table = _table(value)
    _check_keys(table, ("part", "step", "ceiling", "every_weeks", "unit"), "")
    for required in ("part", "step", "ceiling"):
        if required not in table:
            raise ProgrammeError(
                "is missing; a progression table needs part, step and ceiling", where=required
            )
    part = table.get("part")
    reader: Callable[[Any], Any] = (
        _duration if part in ("hold", "duration") else (_float if part == "load" else _int)
    )
    kwargs: dict[str, Any] = {"part": part}
    for key in ("step", "ceiling"):
        if key in table:
            kwargs[key] = _at(key, reader, table[key])
    if "every_weeks" in table:
        kwargs["every_weeks"] = _at("every_weeks", _int, table["every_weeks"])
    if "unit" in table:
        kwargs["unit"] = _at("unit", _str, table["unit"])
    return Progression(**kwargs)


# --------------------------------------------------------------------------- converter


def _is_union_of(*members: type) -> Callable[[Any], bool]:
    wanted = set(members)

    def check(tp: Any) -> bool:
        origin = typing.get_origin(tp)
        return origin in (typing.Union, types.UnionType) and set(typing.get_args(tp)) == wanted

    return check


def _is_tuple_of(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


@functools.cache
def _converter() -> cattrs.Converter:
    import cattrs
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True, omit_if_default=True)
    for tp, hook in (
        (str, _str),
        (int, _int),
        (float, _float),
        (bool, _bool),
        (dt.date, _date),
        (dt.time, _time),
        (dt.timedelta, _duration),
        (Dose, _structure_dose),
        (Exercise, _structure_exercise),
        (Volume, _structure_volume),
        (Progression, _structure_progression),
        (Timing, _structure_scheduled),
    ):
        conv.register_structure_hook(tp, hook)
    conv.register_structure_hook_func(_is_union_of(Timing, AsNeeded), _structure_timing)
    conv.register_structure_hook_func(
        lambda tp: tp == tuple[tuple[int, ...], ...], lambda v, _: _list(v)
    )

    def tuple_hook(value: Any, tp: Any) -> tuple[Any, ...]:
        if tp == tuple[str, ...]:
            return _texts(value)
        if not isinstance(value, list | tuple):
            raise _fail(f"must be a list (got {type(value).__name__} {_show(value)})", value)
        item = typing.get_args(tp)[0]
        out = []
        for index, raw in enumerate(value):
            try:
                out.append(conv.structure(raw, item))
            except Exception as exc:
                raise _translate(exc, f"[{index}]") from None
        return tuple(out)

    conv.register_structure_hook_func(_is_tuple_of, tuple_hook)

    conv.register_unstructure_hook(Dose, _unstructure_dose)
    conv.register_unstructure_hook_func(_is_union_of(Timing, AsNeeded), _unstructure_timing)
    conv.register_unstructure_hook(Timing, _unstructure_timing)
    conv.register_unstructure_hook(AsNeeded, _unstructure_timing)
    conv.register_unstructure_hook(Exercise, _unstructure_exercise)
    conv.register_unstructure_hook(Volume, str)
    conv.register_unstructure_hook(Progression, str)
    conv.register_unstructure_hook(dt.timedelta, format_duration)
    conv.register_unstructure_hook(dt.time, lambda t: t.strftime("%H:%M"))
    for cls in (
        SlotTimes,
        Intervals,
        Target,
        Appointment,
        Prescription,
        Activity,
        Phase,
        Programme,
    ):
        renames = {
            name: override(rename=key) for (owner, name), key in _RENAMES.items() if owner is cls
        }
        structure = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True, **renames)  # type: ignore[arg-type]
        conv.register_structure_hook(cls, _checked_table(structure))
        conv.register_unstructure_hook(
            cls,
            make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **renames),  # type: ignore[arg-type]
        )
    return conv


def _list(value: Any) -> Any:
    if not isinstance(value, list | tuple):
        raise _fail(f"must be a list (got {_show(value)})", value)
    return value


def _checked_table(structure: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    def hook(value: Any, tp: Any) -> Any:
        return structure(_table(value), tp)

    return hook


def _attrs_dict(value: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for a in attrs.fields(type(value)):
        item = getattr(value, a.name)
        default = a.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory(value) if default.takes_self else default.factory()
        if item == default:
            continue
        out[a.name] = _converter().unstructure(item)
    return out


def _plain(value: Any) -> Any:
    """Tuples to lists and no None, for TOML and JSON writers."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


# --------------------------------------------------------------------------- public


def _copy_lists(value: Any) -> Any:
    """A copy of nested tables and lists, so filling them in leaves the caller's data alone."""
    if isinstance(value, Mapping):
        return {k: _copy_lists(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_lists(v) for v in value]
    return value


def _resolve_appointments(data: dict[str, Any], visit: dt.date) -> None:
    raw = data.get("appointments")
    if not isinstance(raw, list):
        return
    resolved = []
    for index, raw_item in enumerate(raw):
        item = raw_item
        if isinstance(item, Mapping) and isinstance(item.get("date"), str):
            item = dict(item)
            try:
                item["date"] = resolve_date(item["date"], visit=visit)
            except PhraseError as exc:
                raise ProgrammeError(str(exc), where=f"appointments[{index}].date") from None
        resolved.append(item)
    data["appointments"] = resolved


def _catalogue_exercises(data: dict[str, Any], catalogue: Catalogue | None) -> None:
    """Replace ``exercise = { id = "..." }`` (the id alone) with the catalogue's exercise."""
    lists: list[tuple[str, Any]] = [("prescriptions", data.get("prescriptions"))]
    phases = data.get("phases")
    if isinstance(phases, list):
        lists += [
            (f"phases[{i}].prescriptions", phase.get("prescriptions"))
            for i, phase in enumerate(phases)
            if isinstance(phase, Mapping)
        ]
    for where, items in lists:
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            exercise = item.get("exercise") if isinstance(item, Mapping) else None
            if not (isinstance(exercise, Mapping) and set(exercise) == {"id"}):
                continue
            if catalogue is None:
                catalogue = default_catalogue()
            try:
                entry = catalogue.entry(_str(exercise["id"]))
            except ProgrammeError as exc:
                raise exc.at(f"{where}[{index}].exercise.id") from None
            found = entry.exercise
            item["exercise"] = _attrs_dict(found) | {"name": found.name, "id": found.id}
            # The catalogue's warnings travel with its exercise, so a sheet never
            # prints the exercise without them.
            own = item.get("precautions", [])
            if entry.cautions and isinstance(own, list):
                item["precautions"] = list(dict.fromkeys([*entry.cautions, *own]))


def programme_from_dict(
    data: Any, *, visit: dt.date | None = None, catalogue: Catalogue | None = None
) -> Programme:
    """
    Build a programme from the table a TOML or JSON programme file holds.

    Appointment dates may be relative ("in 3 days", "next Tuesday"); they are resolved
    against *visit*, else the file's ``visit`` key, else the programme's start.
    An exercise given by its id alone (``exercise = { id = "glute-bridge" }``) is the
    exercise of that id in *catalogue* (default: the shipped catalogue), and its
    catalogue cautions come first in the prescription's precautions.

    >>> p = programme_from_dict({"title": "Achilles loading", "start": "2027-03-01",
    ...     "timezone": "Europe/London", "prescriptions": [{"exercise": "Heel drops",
    ...     "dose": {"sets": 3, "reps": 15}, "when": {"times_per_day": 2, "duration_days": 84}}]})
    >>> str(p.prescriptions[0].timing)
    'twice daily for 12 weeks'
    >>> programme_from_dict({"title": "X", "start": "2027-03-01", "timezone": "UTC",
    ...                      "prescriptons": []})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    rehabplan.errors.ProgrammeError: programme: unknown key 'prescriptons'; did you mean ...?

    Raises:
        ProgrammeError: naming the key path and the problem.

    .. versionadded:: 0.1

    """
    try:
        return _programme_from_dict(data, visit=visit, catalogue=catalogue)
    except RecursionError:
        # Anything recursive on hostile data (copying lists, cattrs, a message that
        # quotes the value) must end as bad input, not as a crash (issue 6).
        raise ProgrammeError("is nested too deeply", where="programme") from None


def _programme_from_dict(
    data: Any, *, visit: dt.date | None, catalogue: Catalogue | None
) -> Programme:
    if not isinstance(data, Mapping):
        raise ProgrammeError(
            f"a programme must be a table (got {type(data).__name__})", where="programme"
        )
    data = dict(data)
    raw_visit = data.pop("visit", None)
    if visit is None:
        visit = _at("visit", _date, raw_visit) if raw_visit is not None else None
    if visit is None and "start" in data:
        visit = _at("start", _date, data["start"])
    if visit is not None:
        _resolve_appointments(data, visit)
    data = _copy_lists(data)
    _catalogue_exercises(data, catalogue)
    for required in ("title", "start", "timezone"):
        if required not in data:
            raise ProgrammeError(
                "is missing (every programme needs title, start and timezone)", where=required
            )
    try:
        programme = _converter().structure(data, Programme)
    except Exception as exc:
        raise _translate(exc, "") from None
    assert isinstance(programme, Programme)
    return programme


def programme_to_dict(programme: Programme) -> dict[str, Any]:
    """
    The table `programme_from_dict` reads back to an equal programme.

    Defaults are left out; doses, timings and progressions are written as tables and
    phrases this module reads without the phrase parser.

    >>> from rehabplan import examples
    >>> data = programme_to_dict(examples.achilles())
    >>> data["prescriptions"][0]["dose"], data["prescriptions"][0]["when"]
    ({'sets': 3, 'reps': 15}, {'times_per_day': 2, 'duration_days': 84})
    >>> programme_from_dict(data) == examples.achilles()
    True

    .. versionadded:: 0.1
    """
    data = _converter().unstructure(programme, Programme)
    assert isinstance(data, dict)
    result = _plain(data)
    assert isinstance(result, dict)
    return result


def schema() -> dict[str, Any]:
    """
    The JSON Schema of programme files, for editors and other apps.

    It ships in the package as ``rehabplan/files/programme.schema.json``.

    >>> schema()["title"]
    'rehabplan programme'

    .. versionadded:: 0.1
    """
    import importlib.resources

    text = (
        importlib.resources.files("rehabplan.files")
        .joinpath("programme.schema.json")
        .read_text("utf-8")
    )
    result = json.loads(text)
    assert isinstance(result, dict)
    return result


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def dumps(programme: Programme, *, format: Format = "toml") -> str:
    """
    The programme as TOML or JSON text.

    >>> from rehabplan import examples
    >>> print(dumps(examples.achilles()).splitlines()[0])
    title = "Achilles loading"

    .. versionadded:: 0.1
    """
    data = programme_to_dict(programme)
    _check_format(format)
    if format == "json":
        return json.dumps(data, default=_json_default, ensure_ascii=False, indent=2) + "\n"
    import tomli_w

    return tomli_w.dumps(data)


def loads(text: str, *, format: Format = "toml", visit: dt.date | None = None) -> Programme:
    """
    Read a programme from TOML or JSON text.

    >>> p = loads('''
    ... title = "Achilles loading"
    ... start = 2027-03-01
    ... timezone = "UTC"
    ... ''')
    >>> p.title, p.start
    ('Achilles loading', datetime.date(2027, 3, 1))

    Raises:
        ProgrammeError: the text is not TOML or JSON, or the programme is invalid.

    .. versionadded:: 0.1

    """
    import tomllib

    _check_format(format)
    kind = "JSON" if format == "json" else "TOML"
    try:
        data = json.loads(text) if format == "json" else tomllib.loads(text)
    except RecursionError:
        raise ProgrammeError(f"is not valid {kind}: nested too deeply", where="programme") from None
    except ValueError as exc:  # TOMLDecodeError included
        # JSONDecodeError and TOMLDecodeError are ValueErrors, and so is an integer
        # of more than 4,300 digits.
        raise ProgrammeError(f"is not valid {kind}: {exc}", where="programme") from None
    return programme_from_dict(data, visit=visit)


def _check_format(format: str) -> None:
    if format not in ("toml", "json"):
        raise ProgrammeError(f"unknown format {format!r}; use 'toml' or 'json'", where="format")


def _format_of(path: Path) -> Format:
    return "json" if path.suffix.lower() == ".json" else "toml"


def load(path: str | Path, *, visit: dt.date | None = None) -> Programme:
    """
    Read a programme file: JSON when its name ends in ``.json``, else TOML.

    This function and `dump` are the library's only file access, for scripts; the
    command line reads files itself.

    >>> import pathlib, tempfile
    >>> from rehabplan import examples
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "plan.json"
    >>> dump(examples.sciatic_runner(), path)
    >>> load(path) == examples.sciatic_runner()
    True

    Raises:
        ProgrammeError: the file cannot be read, or is not a valid programme; the
            message starts with the file name and the key path.

    .. versionadded:: 0.1

    """
    from rehabplan.files._atomic import read_data

    data = read_data(path)
    try:
        return programme_from_dict(data, visit=visit)
    except ProgrammeError as exc:
        where = f"{path}: {exc.where}" if exc.where else str(path)
        raise ProgrammeError(exc.reason, where=where, value=exc.value) from None


def dump(programme: Programme, path: str | Path) -> None:
    """
    Write a programme file: JSON when its name ends in ``.json``, else TOML.

    ``load(path)`` then gives back an equal programme.

    >>> import pathlib, tempfile
    >>> from rehabplan import examples
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "plan.toml"
    >>> dump(examples.calf_runner(), path)
    >>> path.read_text(encoding="utf-8").splitlines()[0]
    'title = "Calf pain: hip and glute programme"'

    .. versionadded:: 0.1
    """
    from pathlib import Path

    from rehabplan.files._atomic import write_atomic

    file = Path(path)
    if file.suffix.lower() not in (".toml", ".json"):
        raise ExportError(f"{path}: write a programme to a .toml or a .json file")
    write_atomic(file, dumps(programme, format=_format_of(file)).encode("utf-8"))
