"""
Regression: a batch failure line names the programme file first, whatever failed.

Reading errors named the file, but a programme that read and then could not be
scheduled, or whose output could not be written, was reported without it.
"""

from __future__ import annotations

import io
from pathlib import Path

from rehabplan.batch import build_many
from rehabplan.cli import main

_GOOD = """title = "x"
start = 2027-03-01
timezone = "UTC"
[[prescriptions]]
exercise = "Calf stretch"
dose = "3 x 30 s hold"
when = "daily for 3 days"
"""
_UNSCHEDULABLE = _GOOD.replace("daily for 3 days", "before each run")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "unschedulable.toml").write_text(_UNSCHEDULABLE, encoding="utf-8")
    (folder / "blocked.toml").write_text(_GOOD, encoding="utf-8")
    (folder / "broken.json").write_text('{"title": "x"}', encoding="utf-8")
    (tmp_path / "out" / "blocked.html").mkdir(parents=True)  # the output cannot be written
    return folder


def test_every_failure_starts_with_its_file(tmp_path: Path) -> None:
    """A scheduling, a writing and a reading failure each start with the programme's path."""
    folder = _folder(tmp_path)
    files = sorted(folder.iterdir())
    result = build_many(files, tmp_path / "out", workers=1)
    starts = sorted(
        (o.error or "").startswith(f"{o.path}: ") and o.error.count(o.path) == 1
        for o in result.failed
    )
    assert starts == [True, True, True]


def test_cli_failure_lines_name_the_file_after_the_program(tmp_path: Path) -> None:
    """``rehabplan batch`` prints ``rehabplan: FILE: problem`` for each failed file."""
    folder = _folder(tmp_path)
    err = io.StringIO()
    status = main(["batch", str(folder), "-o", str(tmp_path / "out"), "--workers", "1"], err=err)
    failures = [line for line in err.getvalue().splitlines() if line.startswith("rehabplan: ")]
    named = sorted(line.split(": ")[1] for line in failures)
    assert (
        2,
        sorted(str(folder / n) for n in ("blocked.toml", "broken.json", "unschedulable.toml")),
    ) == (status, named)
