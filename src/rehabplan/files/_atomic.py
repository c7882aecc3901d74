"""
File access shared by the command line, `rehabplan.files` and batches: read a
programme file's data, and write an output whole or not at all.

Nothing below the command line calls these on its own; `rehabplan.load`,
`rehabplan.dump` and `rehabplan.batch` do because their callers ask for files.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from rehabplan._regex import LazyRegex
from rehabplan.errors import ExportError, ProgrammeError
from rehabplan.model import checked

__all__ = [
    "MAX_DIGITS",
    "MAX_FILE_BYTES",
    "LongNumber",
    "check_path",
    "parse_json",
    "parse_toml",
    "read_data",
    "write_atomic",
]

#: The largest programme (or catalogue) file read: a real programme is a few kilobytes,
#: and a limit keeps a hostile file from taking seconds and hundreds of megabytes.
MAX_FILE_BYTES = 2_000_000

#: The most digits a whole number in a programme file may have: far more than any field
#: takes, so a longer one is named as what it is rather than read (Python refuses ints of
#: more than 4,300 digits with an error that names no key).
MAX_DIGITS = 100


class LongNumber:
    """
    A whole number written with more than `MAX_DIGITS` digits, kept unread.

    No field takes one, so the field's own check refuses it with its key path.

    >>> LongNumber("9" * 500)
    a number of 500 digits
    """

    def __init__(self, digits: str) -> None:
        self.digits = len(digits)

    def __repr__(self) -> str:
        return f"a number of {self.digits} digits"


class _DuplicateKeyError(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for key, value in pairs:
        if key in table:
            raise _DuplicateKeyError(key)
        table[key] = value
    return table


def _int(text: str) -> int | LongNumber:
    digits = text.lstrip("-")
    return LongNumber(digits) if len(digits) > MAX_DIGITS else int(text)


def parse_json(text: str) -> Any:
    """
    JSON text as data; a key given twice in one object is refused, naming it.

    >>> parse_json('{"title": "a", "title": "b"}')
    Traceback (most recent call last):
    ...
    ValueError: the key 'title' is given twice in one object; keep one
    """
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_int=_int)
    except _DuplicateKeyError as exc:
        raise ValueError(
            f"the key {exc.args[0]!r} is given twice in one object; keep one"
        ) from None


_TOML_AT = LazyRegex(r"\(at line (\d+), column \d+\)")
_LONG_INT = LazyRegex(r"[0-9_]{4000,}")


def parse_toml(text: str) -> Any:
    r"""
    TOML text as data; a key given twice is refused naming it and its line.

    >>> parse_toml('title = "a"\ntitle = "b"\n')
    Traceback (most recent call last):
    ...
    ValueError: the key 'title' is given twice (line 2); keep one
    """
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = _TOML_AT.search(message)
        if message.startswith("Cannot overwrite a value") and at is not None:
            line_number = int(at.group(1))
            line = text.splitlines()[line_number - 1] if text else ""
            key = line.split("=", 1)[0].strip()
            raise ValueError(
                f"the key {key!r} is given twice (line {line_number}); keep one"
            ) from None
        raise
    except ValueError:
        # tomllib lets Python's own refusal of an int of over 4,300 digits through.
        long = _LONG_INT.search(text)
        if long is None:
            raise
        line_number = text.count("\n", 0, long.start()) + 1
        line = text.splitlines()[line_number - 1]
        key = line.split("=", 1)[0].strip() if "=" in line else "?"
        raise ValueError(
            f"the key {key!r} (line {line_number}) holds a number of "
            f"{len(long.group())} digits; no field takes more than {MAX_DIGITS}"
        ) from None


def check_path(path: str | Path) -> None:
    r"""
    Refuse a path no file can have: one with a NUL character in it.

    >>> check_path("plan\x00.ics")
    Traceback (most recent call last):
    ...
    rehabplan.errors.ExportError: 'plan\x00.ics': a file name cannot contain a NUL character
    """
    if "\0" in str(path):
        raise ExportError(f"{str(path)!r}: a file name cannot contain a NUL character")
    try:
        os.fsencode(path)
    except UnicodeEncodeError:  # a lone surrogate: no file system can name it
        raise ExportError(
            f"{str(path)!r}: a file name cannot contain this character (a lone surrogate)"
        ) from None


@checked()
def read_data(path: str | Path) -> Any:
    """
    The data of a TOML file, or of a JSON file when its name ends in ``.json``.

    Raises:
        ProgrammeError: the file cannot be read, is not UTF-8, or is not valid TOML or
            JSON (nested too deeply included); *where* is the file's name.

    """
    if "\0" in str(path):
        raise ProgrammeError("a file name cannot contain a NUL character", where=repr(str(path)))
    try:
        os.fsencode(path)
    except UnicodeEncodeError:  # a lone surrogate: no file system can name it
        raise ProgrammeError(
            "a file name cannot contain this character (a lone surrogate)", where=repr(str(path))
        ) from None
    file = Path(path)
    where = str(path)
    try:
        with file.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise ProgrammeError("is a folder, not a programme file", where=where) from None
    except OSError as exc:
        raise ProgrammeError(f"cannot be read ({exc.strerror or exc})", where=where) from None
    except UnicodeError:
        raise ProgrammeError("is not a file name this system can use", where=repr(where)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ProgrammeError(
            f"is larger than {MAX_FILE_BYTES:,} bytes, the most a programme file may be",
            where=where,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProgrammeError(f"is not UTF-8 text (byte {exc.start + 1})", where=where) from None
    kind = "JSON" if file.suffix.lower() == ".json" else "TOML"
    try:
        return parse_json(text) if kind == "JSON" else parse_toml(text)
    except RecursionError:
        raise ProgrammeError(f"is not valid {kind}: nested too deeply", where=where) from None
    except ValueError as exc:
        # JSONDecodeError and TOMLDecodeError are ValueErrors, and so is an integer
        # of more than 4,300 digits.
        raise ProgrammeError(f"is not valid {kind}: {exc}", where=where) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@checked()
def write_atomic(path: str | Path, data: bytes) -> None:
    """
    Write *data* to *path* whole or not at all: a temporary file, then a rename.

    Raises:
        ExportError: the path is a folder, or cannot be written; no partial file is left.

    """
    check_path(path)
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name such as {target / 'plan.ics'}")
    try:
        found = target.stat()
    except OSError:
        found = None  # a new file (or one we cannot see): the write itself will tell
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise ExportError(
            f"{path}: is not a regular file (a device, a pipe or a socket); "
            "give the name of a file to write"
        )
    # Checked by its mode, not os.access: root may write anywhere, but a file its
    # owner made read-only is one they meant to keep.
    if found is not None and (found.st_mode & 0o222 == 0 or not os.access(target, os.W_OK)):
        raise ExportError(f"{path}: is read-only; make it writable or give another name")
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise ExportError(f"{path}: cannot write here ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
