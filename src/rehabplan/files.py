"""
Programme files: a dictionary (from TOML or JSON) to a `Programme`.

The minimal format of DESIGN.md::

    title = "Achilles loading"
    start = 2027-03-01
    timezone = "Europe/London"

    [[prescriptions]]
    exercise = "Eccentric heel drops"
    dose = "3 x 15"
    when = "twice daily for 12 weeks"

Every error names the key path of the bad value, such as ``prescriptions[0].when``.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping
from typing import Any

from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.model import Exercise, Prescription, Programme
from rehabplan.phrases import parse_dose, parse_timing

__all__ = ["programme_from_dict"]

_TOP_KEYS = (
    "title",
    "start",
    "timezone",
    "prescriptions",
    "id",
    "until",
    "precautions",
    "patient",
    "clinician",
    "contact",
)
_PRESCRIPTION_KEYS = ("exercise", "dose", "when", "id", "precautions", "notes", "instructions")


def _check_keys(data: Mapping[str, Any], allowed: tuple[str, ...], where: str) -> None:
    for key in data:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = (
                f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(allowed)}"
            )
            raise ProgrammeError(
                f"unknown key {key!r}{hint}", where=where or "programme", value=key
            )


def _date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        raise ProgrammeError(
            f"must be a date such as 2027-03-01, not a date-time ({value})", where=where
        )
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ProgrammeError(
        f"must be a date such as 2027-03-01 (got {value!r})", where=where, value=value
    )


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ProgrammeError(f"must be a non-empty text (got {value!r})", where=where, value=value)
    return value


def _texts(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(_text(v, f"{where}[{i}]") for i, v in enumerate(value))
    raise ProgrammeError(f"must be a text or a list of texts (got {value!r})", where=where)


def _prescription(data: Any, where: str) -> Prescription:
    if not isinstance(data, Mapping):
        raise ProgrammeError(f"must be a table (got {type(data).__name__})", where=where)
    _check_keys(data, _PRESCRIPTION_KEYS, where)
    for required in ("exercise", "when"):
        if required not in data:
            raise ProgrammeError(
                f"is missing (every prescription needs {required!r})", where=f"{where}.{required}"
            )
    name = _text(data["exercise"], f"{where}.exercise")
    try:
        timing = parse_timing(_text(data["when"], f"{where}.when"))
    except PhraseError as exc:
        raise ProgrammeError(str(exc), where=f"{where}.when", value=data["when"]) from exc
    dose = None
    if "dose" in data:
        try:
            dose = parse_dose(_text(data["dose"], f"{where}.dose"))
        except PhraseError as exc:
            raise ProgrammeError(str(exc), where=f"{where}.dose", value=data["dose"]) from exc
    extra: dict[str, Any] = {}
    if "id" in data:
        extra["id"] = _text(data["id"], f"{where}.id")
    instructions = _texts(data.get("instructions", []), f"{where}.instructions")
    precautions = _texts(data.get("precautions", []), f"{where}.precautions")
    notes = _text(data["notes"], f"{where}.notes") if "notes" in data else None
    try:
        return Prescription(
            exercise=Exercise(name=name, instructions=instructions),
            dose=dose,
            timing=timing,
            precautions=precautions,
            notes=notes,
            **extra,
        )
    except ProgrammeError as exc:
        raise exc.at(where) from None


def programme_from_dict(data: Any) -> Programme:
    """
    Build a programme from the dictionary a TOML or JSON programme file holds.

    >>> p = programme_from_dict({"title": "Achilles loading", "start": "2027-03-01",
    ...     "timezone": "Europe/London", "prescriptions": [{"exercise": "Heel drops",
    ...     "dose": "3 x 15", "when": "twice daily for 12 weeks"}]})
    >>> str(p.prescriptions[0].timing)
    'twice daily for 12 weeks'

    Raises:
        ProgrammeError: naming the key path and the problem.

    """
    if not isinstance(data, Mapping):
        raise ProgrammeError(
            f"a programme must be a table (got {type(data).__name__})", where="programme"
        )
    _check_keys(data, _TOP_KEYS, "")
    for required in ("title", "start", "timezone"):
        if required not in data:
            raise ProgrammeError(
                "is missing (every programme needs title, start and timezone)", where=required
            )
    raw = data.get("prescriptions", [])
    if not isinstance(raw, list):
        raise ProgrammeError(
            f"must be a list of tables (got {type(raw).__name__})", where="prescriptions"
        )
    prescriptions = [_prescription(item, f"prescriptions[{i}]") for i, item in enumerate(raw)]
    extra: dict[str, Any] = {}
    for key in ("id", "patient", "clinician", "contact"):
        if key in data:
            extra[key] = _text(data[key], key)
    if "until" in data:
        extra["until"] = _date(data["until"], "until")
    return Programme(
        title=_text(data["title"], "title"),
        start=_date(data["start"], "start"),
        timezone=_text(data["timezone"], "timezone"),
        prescriptions=prescriptions,
        precautions=_texts(data.get("precautions", []), "precautions"),
        **extra,
    )
