"""Regression: A line that is not UTF-8 (or holds a lone surrogate) gets an error object."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rehabplan.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def test_jsonl_bad_bytes_are_an_error_line_and_the_run_goes_on(tmp_path: Path) -> None:
    """A line that is not UTF-8 (or holds a lone surrogate) gets an error object."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "bd"}\n\xff\n{"text": "\\ud800"}\n{"text": "tds"}\n')
    code, out, _ = run("parse", "--jsonl", str(src))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r.get("times_per_day") for r in rows] == [2, None, None, 3]
    assert [("error" in r) for r in rows] == [False, True, True, False]
