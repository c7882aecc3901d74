"""The cattrs converter between programme files' tables and the model, both ways."""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    import cattrs

# cattrs is imported where it is used: `import rehabplan` should not pay for it.

from rehabplan.errors import ProgrammeError
from rehabplan.files._keys import RENAMES, check_keys, fail, keys_of, show, translate
from rehabplan.files._scalars import (
    read_bool,
    read_date,
    read_duration,
    read_float,
    read_int,
    read_table,
    read_text,
    read_texts,
    read_time,
)
from rehabplan.files._values import (
    structure_dose,
    structure_progression,
    structure_scheduled,
    structure_timing,
    structure_volume,
    unstructure_dose,
    unstructure_timing,
)
from rehabplan.model import (
    Activity,
    Appointment,
    AsNeeded,
    Dose,
    Exercise,
    Intervals,
    Phase,
    Prescription,
    Programme,
    Progression,
    SlotTimes,
    Stage,
    Target,
    Timing,
    Volume,
    format_duration,
)

__all__ = ["attrs_dict", "converter", "plain", "structure_exercise", "unstructure_exercise"]


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
def converter(*, accept_defaults: bool = False) -> cattrs.Converter:
    import cattrs
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True, omit_if_default=True)
    for tp, hook in (
        (str, read_text),
        (int, read_int),
        (float, read_float),
        (bool, read_bool),
        (dt.date, read_date),
        (dt.time, read_time),
        (dt.timedelta, read_duration),
        (Dose, functools.partial(structure_dose, accept_defaults=accept_defaults)),
        (Exercise, structure_exercise),
        (Volume, structure_volume),
        (Progression, structure_progression),
        (Timing, structure_scheduled),
    ):
        conv.register_structure_hook(tp, hook)
    conv.register_structure_hook_func(
        _is_union_of(Timing, AsNeeded),
        functools.partial(structure_timing, accept_defaults=accept_defaults),
    )
    conv.register_structure_hook_func(
        lambda tp: tp == tuple[tuple[int, ...], ...], lambda v, _: _list(v)
    )

    def tuple_hook(value: Any, tp: Any) -> tuple[Any, ...]:
        if tp == tuple[str, ...]:
            return read_texts(value)
        if not isinstance(value, list | tuple):
            raise fail(f"must be a list (got {type(value).__name__} {show(value)})", value)
        item = typing.get_args(tp)[0]
        out = []
        for index, raw in enumerate(value):
            try:
                out.append(conv.structure(raw, item))
            except Exception as exc:
                raise translate(exc, f"[{index}]") from None
        return tuple(out)

    conv.register_structure_hook_func(_is_tuple_of, tuple_hook)

    conv.register_unstructure_hook(Dose, unstructure_dose)
    conv.register_unstructure_hook_func(_is_union_of(Timing, AsNeeded), unstructure_timing)
    conv.register_unstructure_hook(Timing, unstructure_timing)
    conv.register_unstructure_hook(AsNeeded, unstructure_timing)
    conv.register_unstructure_hook(Exercise, unstructure_exercise)
    conv.register_unstructure_hook(Volume, str)
    conv.register_unstructure_hook(Progression, str)
    conv.register_unstructure_hook(dt.timedelta, format_duration)
    conv.register_unstructure_hook(dt.time, lambda t: t.strftime("%H:%M"))
    for cls in (
        SlotTimes,
        Intervals,
        Target,
        Appointment,
        Stage,
        Prescription,
        Activity,
        Phase,
        Programme,
    ):
        renames = {
            name: override(rename=key) for (owner, name), key in RENAMES.items() if owner is cls
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
        raise fail(f"must be a list (got {show(value)})", value)
    return value


def _checked_table(structure: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    def hook(value: Any, tp: Any) -> Any:
        return structure(read_table(value), tp)

    return hook


def attrs_dict(value: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for a in attrs.fields(type(value)):
        item = getattr(value, a.name)
        default = a.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory(value) if default.takes_self else default.factory()
        if item == default:
            continue
        out[a.name] = converter().unstructure(item)
    return out


def plain(value: Any) -> Any:
    """Tuples to lists and no None, for TOML and JSON writers."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def structure_exercise(value: Any, _: Any = None) -> Exercise:
    if isinstance(value, str):
        return Exercise(name=value)
    table = read_table(value)
    check_keys(table, keys_of(Exercise), "")
    if "name" not in table:
        raise ProgrammeError(
            "is missing; an exercise table needs a name (or give only a catalogue id)",
            where="name",
        )
    return converter().structure_attrs_fromdict(dict(table), Exercise)


def unstructure_exercise(exercise: Exercise) -> Any:
    if exercise == Exercise(name=exercise.name):
        return exercise.name
    return attrs_dict(exercise)
