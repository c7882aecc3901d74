"""Key paths and key errors of programme files: unknown keys, suggestions, cattrs errors."""

from __future__ import annotations

import reprlib
from collections.abc import Mapping
from typing import Any

import attrs

from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.errors import close_matches as _close_matches
from rehabplan.model import (
    Activity,
    Prescription,
    Stage,
)

__all__ = [
    "RENAMES",
    "check_keys",
    "fail",
    "join_path",
    "keys_of",
    "show",
    "translate",
    "unknown_key",
]


#: File keys that differ from attribute names: (class, attribute) -> key.
RENAMES: dict[tuple[type, str], str] = {
    (Prescription, "timing"): "when",
    (Activity, "timing"): "when",
    (Stage, "timing"): "when",
}


# --------------------------------------------------------------------------- errors


def _suggest(word: str, choices: list[str]) -> str:
    close = _close_matches(word, choices, n=1)
    if close:
        return f"; did you mean {close[0]!r}?"
    return f"; known keys: {', '.join(choices)}"


def unknown_key(key: Any, allowed: list[str], where: str) -> ProgrammeError:
    return ProgrammeError(
        f"unknown key {show(key)}" + _suggest(str(key), allowed), where=where, value=key
    )


def check_keys(data: Mapping[str, Any], allowed: tuple[str, ...] | list[str], where: str) -> None:
    for key in data:
        if key not in allowed:
            raise unknown_key(key, list(allowed), where)


def keys_of(cls: type) -> list[str]:
    return [RENAMES.get((cls, a.name), a.name) for a in attrs.fields(cls) if a.init]


def join_path(prefix: str, part: str) -> str:
    if not part:
        return prefix
    if not prefix:
        return part.lstrip(".")
    return prefix + part if part.startswith(("[", ".")) else f"{prefix}.{part}"


def translate(exc: BaseException, where: str, cls: type | None = None) -> ProgrammeError:
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
                part = "." + RENAMES.get((owner, name), name) if owner else "." + name
                sub_cls = getattr(note, "type", None)
            elif index is not None:
                part = f"[{index}]"
        return translate(inner, join_path(where, part), sub_cls)
    if isinstance(exc, ForbiddenExtraKeysError):
        key = sorted(exc.extra_fields)[0]
        return unknown_key(key, keys_of(exc.cl), where or "programme")
    if isinstance(exc, KeyError):
        return ProgrammeError("is missing; this key is required", where=where)
    if isinstance(exc, ProgrammeError):
        return exc.at(where) if where else exc
    if isinstance(exc, PhraseError):
        return ProgrammeError(str(exc), where=where, value=exc.text)
    return ProgrammeError(f"is not valid ({exc})", where=where)


_REPR = reprlib.Repr()
_REPR.maxlevel = 3
_REPR.maxstring = 60
_REPR.maxother = 60


def show(value: Any) -> str:
    """The repr of a bad value, short enough for a one-line message."""
    # reprlib, not repr(): a value nested 100,000 deep must not raise RecursionError.
    text = "".join(ch if ch.isprintable() else "?" for ch in _REPR.repr(value))
    return text if len(text) <= 60 else text[:59] + "…"


def fail(message: str, value: Any) -> ProgrammeError:
    return ProgrammeError(message, value=value)
