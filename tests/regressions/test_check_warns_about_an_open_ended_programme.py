"""Regression: check says an open-ended file needs an end for schedule, ics and sheet."""

from __future__ import annotations

import io
from pathlib import Path

from rehabplan.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def test_check_warns_about_an_open_ended_programme(tmp_path: Path) -> None:
    """check says an open-ended file needs an end for schedule, ics and sheet."""
    path = tmp_path / "open.toml"
    path.write_text(
        'title = "t"\nstart = 2027-01-01\ntimezone = "UTC"\n\n[[prescriptions]]\n'
        'exercise = "x"\nwhen = "twice daily"\n',
        encoding="utf-8",
    )
    code, out, _ = run("check", str(path))
    assert code == 0
    assert "sheet needs --weeks" in out
