"""
Programme files: load and dump TOML and JSON, and the schema.

Part of `rehabplan.files`, which documents it and re-exports its public names.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pathlib import Path


# tomllib, tomli_w and importlib.resources are imported where they are used:
# `import rehabplan` should not pay for them.

from rehabplan.catalogue import Catalogue, default_catalogue
from rehabplan.errors import ExportError, PhraseError, ProgrammeError
from rehabplan.files._converter import attrs_dict, converter, plain
from rehabplan.files._keys import (
    show,
    translate,
)
from rehabplan.files._scalars import (
    at,
    read_date,
    read_text,
)
from rehabplan.model import (
    Programme,
    checked,
)
from rehabplan.phrases import (
    resolve_date,
)

__all__ = [
    "MAX_ITEMS",
    "dump",
    "dumps",
    "load",
    "loads",
    "programme_from_dict",
    "programme_to_dict",
    "schema",
]

Format = Literal["toml", "json"]


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
                entry = catalogue.entry(read_text(exercise["id"]))
            except ProgrammeError as exc:
                raise exc.at(f"{where}[{index}].exercise.id") from None
            found = entry.exercise
            item["exercise"] = attrs_dict(found) | {"name": found.name, "id": found.id}
            # The catalogue's warnings travel with its exercise, so a sheet never
            # prints the exercise without them.
            own = item.get("precautions", [])
            own = [own] if isinstance(own, str) else own
            if entry.cautions and isinstance(own, list):
                item["precautions"] = list(dict.fromkeys([*entry.cautions, *own]))


#: The most prescriptions, activities, appointments and phases one programme may hold,
#: phases' own items included: far above any real programme, low enough that reading,
#: checking and exporting one stays well within a second.
MAX_ITEMS = 1_000


def _check_size(data: Mapping[str, Any]) -> None:
    lists = [data.get(key) for key in ("prescriptions", "activities", "appointments", "phases")]
    phases = data.get("phases")
    if isinstance(phases, list):
        lists += [
            phase.get(key)
            for phase in phases
            if isinstance(phase, Mapping)
            for key in ("prescriptions", "activities")
        ]
    count = sum(len(items) for items in lists if isinstance(items, list))
    if count > MAX_ITEMS:
        raise ProgrammeError(
            f"holds {count:,} prescriptions, activities, appointments and phases; "
            f"a programme holds at most {MAX_ITEMS:,}",
            where="programme",
        )


def programme_from_dict(
    data: Any,
    *,
    visit: dt.date | None = None,
    catalogue: Catalogue | None = None,
    accept_defaults: bool = False,
) -> Programme:
    """
    Build a programme from the table a TOML or JSON programme file holds.

    Appointment dates may be relative ("in 3 days", "next Tuesday"); they are resolved
    against *visit*, else the file's ``visit`` key, else the programme's start.
    An exercise given by its id alone (``exercise = { id = "glute-bridge" }``) is the
    exercise of that id in *catalogue* (default: the shipped catalogue), and its
    catalogue cautions come first in the prescription's precautions.
    An ambiguous phrase ("every 2-3 days") is refused with the question to answer,
    unless *accept_defaults* accepts its documented default reading (the low end).

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
        return _programme_from_dict(
            data, visit=visit, catalogue=catalogue, accept_defaults=accept_defaults
        )
    except RecursionError:
        # Anything recursive on hostile data (copying lists, cattrs, a message that
        # quotes the value) must end as bad input, not as a crash.
        raise ProgrammeError("is nested too deeply", where="programme") from None


def _programme_from_dict(
    data: Any, *, visit: dt.date | None, catalogue: Catalogue | None, accept_defaults: bool
) -> Programme:
    if not isinstance(data, Mapping):
        raise ProgrammeError(f"a programme must be a table (got {show(data)})", where="programme")
    data = dict(data)
    raw_visit = data.pop("visit", None)
    if visit is None:
        visit = at("visit", read_date, raw_visit) if raw_visit is not None else None
    if visit is None and "start" in data:
        visit = at("start", read_date, data["start"])
    if visit is not None:
        _resolve_appointments(data, visit)
    _check_size(data)
    data = _copy_lists(data)
    _catalogue_exercises(data, catalogue)
    for required in ("title", "start", "timezone"):
        if required not in data:
            raise ProgrammeError(
                "is missing (every programme needs title, start and timezone)", where=required
            )
    try:
        programme = converter(accept_defaults=accept_defaults).structure(data, Programme)
    except Exception as exc:
        raise translate(exc, "") from None
    assert isinstance(programme, Programme)
    return programme


@checked()
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
    data = converter().unstructure(programme, Programme)
    assert isinstance(data, dict)
    result = plain(data)
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


@checked()
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


@checked()
def loads(
    text: str,
    *,
    format: Format = "toml",
    visit: dt.date | None = None,
    accept_defaults: bool = False,
) -> Programme:
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
    from rehabplan.files._atomic import MAX_FILE_BYTES, parse_json, parse_toml

    _check_format(format)
    if len(text) > MAX_FILE_BYTES:
        raise ProgrammeError(
            f"is longer than {MAX_FILE_BYTES:,} characters, the most a programme file may be",
            where="programme",
        )
    kind = "JSON" if format == "json" else "TOML"
    try:
        data = parse_json(text) if format == "json" else parse_toml(text)
    except RecursionError:
        raise ProgrammeError(f"is not valid {kind}: nested too deeply", where="programme") from None
    except ValueError as exc:  # TOMLDecodeError included
        # JSONDecodeError and TOMLDecodeError are ValueErrors, and so is an integer
        # of more than 4,300 digits.
        raise ProgrammeError(f"is not valid {kind}: {exc}", where="programme") from None
    return programme_from_dict(data, visit=visit, accept_defaults=accept_defaults)


def _check_format(format: str) -> None:
    if format not in ("toml", "json"):
        raise ProgrammeError(f"unknown format {format!r}; use 'toml' or 'json'", where="format")


def _format_of(path: Path) -> Format:
    return "json" if path.suffix.lower() == ".json" else "toml"


@checked()
def load(
    path: str | Path, *, visit: dt.date | None = None, accept_defaults: bool = False
) -> Programme:
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
        return programme_from_dict(data, visit=visit, accept_defaults=accept_defaults)
    except ProgrammeError as exc:
        where = f"{path}: {exc.where}" if exc.where else str(path)
        raise ProgrammeError(exc.reason, where=where, value=exc.value) from None


@checked()
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
