"""Regression: demo writes schedule.json with the same rows as schedule --format json."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rehabplan.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def test_demo_writes_the_schedule_as_json(tmp_path: Path) -> None:
    """demo writes schedule.json with the same rows as schedule --format json."""
    code, _, _ = run("demo", "-o", str(tmp_path))
    rows = json.loads((tmp_path / "schedule.json").read_text(encoding="utf-8"))
    _, out, _ = run("schedule", str(tmp_path / "programme.toml"), "--format", "json")
    assert (code, rows) == (0, json.loads(out))
