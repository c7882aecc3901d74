"""
Hostile output and input paths: refused with exit status 2 and a message naming the path,
the target left untouched, and no built-in exception out of `rehabplan.cli.main`.
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest
from tests.helpers import ROOT

from rehabplan.cli import main
from rehabplan.errors import ExportError
from rehabplan.files import write_atomic

EXAMPLE = str(ROOT / "examples" / "calf-runner.toml")


def run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    code = main(list(argv), out=io.StringIO(), err=err)
    return code, err.getvalue()


@pytest.mark.parametrize(("command", "name"), [("ics", "plan.ics"), ("sheet", "sheet.html")])
def test_a_read_only_target_is_refused_and_kept(tmp_path: Path, command: str, name: str) -> None:
    """``-o`` onto a read-only file: exit 2 naming it; its bytes and mode are unchanged."""
    target = tmp_path / name
    target.write_bytes(b"keep me")
    target.chmod(0o444)
    code, err = run(command, EXAMPLE, "-o", str(target))
    expected = f"rehabplan: {target}: is read-only; make it writable or give another name\n"
    after = (target.read_bytes(), stat.S_IMODE(target.stat().st_mode))
    assert (2, expected, (b"keep me", 0o444)) == (code, err, after)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_special_file_target_is_refused_and_kept(tmp_path: Path) -> None:
    """``-o`` onto a named pipe (like a device node) is refused; the node stays a pipe."""
    target = tmp_path / "pipe.ics"
    os.mkfifo(target)
    code, err = run("ics", EXAMPLE, "-o", str(target))
    assert (
        code,
        err.startswith(f"rehabplan: {target}: is not a regular file"),
        stat.S_ISFIFO(target.stat().st_mode),
    ) == (2, True, True)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_dev_null_is_not_replaced() -> None:
    """Writing to /dev/null (even as root) is refused rather than replacing the device."""
    with pytest.raises(ExportError, match="is not a regular file"):
        write_atomic("/dev/null", b"x")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "plan\0.toml"],
        ["schedule", "plan\0.toml"],
        ["ics", EXAMPLE, "-o", "plan\0.ics"],
        ["sheet", EXAMPLE, "-o", "sheet\0.html"],
        ["demo", "-o", "demo\0dir"],
        ["batch", "in\0dir", "-o", "out"],
        ["batch", str(ROOT / "examples"), "-o", "out\0dir"],
        ["exercises", "--catalogue", "mine\0.toml"],
        ["parse", "--jsonl", "phrases\0.jsonl"],
    ],
)
def test_a_nul_in_a_path_is_exit_2_not_a_value_error(argv: list[str]) -> None:
    """A NUL in any path is one line naming it and exit status 2, never a ValueError."""
    code, err = run(*argv)
    assert (code, err.count("\n"), "NUL character" in err) == (2, 1, True)


def test_the_library_refuses_a_nul_in_a_path() -> None:
    """`write_atomic` (under `rehabplan.dump`) refuses the path as an ExportError."""
    with pytest.raises(ExportError, match="a file name cannot contain a NUL character"):
        write_atomic("plan\0.ics", b"x")
