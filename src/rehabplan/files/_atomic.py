"""
File access shared by the command line, `rehabplan.files` and batches: read a
programme file's data, and write an output whole or not at all.

Nothing below the command line calls these on its own; `rehabplan.load`,
`rehabplan.dump` and `rehabplan.batch` do because their callers ask for files.
"""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from rehabplan.errors import ExportError, ProgrammeError

__all__ = ["read_data", "write_atomic"]


def read_data(path: str | Path) -> Any:
    """
    The data of a TOML file, or of a JSON file when its name ends in ``.json``.

    Raises:
        ProgrammeError: the file cannot be read, is not UTF-8, or is not valid TOML or
            JSON (nested too deeply included); *where* is the file's name.

    """
    file = Path(path)
    where = str(path)
    try:
        raw = file.read_bytes()
    except IsADirectoryError:
        raise ProgrammeError("is a folder, not a programme file", where=where) from None
    except OSError as exc:
        raise ProgrammeError(f"cannot be read ({exc.strerror or exc})", where=where) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProgrammeError(f"is not UTF-8 text (byte {exc.start + 1})", where=where) from None
    kind = "JSON" if file.suffix.lower() == ".json" else "TOML"
    try:
        return json.loads(text) if kind == "JSON" else tomllib.loads(text)
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


def write_atomic(path: str | Path, data: bytes) -> None:
    """
    Write *data* to *path* whole or not at all: a temporary file, then a rename.

    Raises:
        ExportError: the path is a folder, or cannot be written; no partial file is left.

    """
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name such as {target / 'plan.ics'}")
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
