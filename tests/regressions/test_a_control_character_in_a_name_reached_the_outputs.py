"""Regression: an exercise name or note with an escape sequence ('\x1b[2J') was accepted and printed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from rehabplan.cli import main
from rehabplan.errors import ProgrammeError
from rehabplan.files import loads

_PLAN = (
    'title = "T"\nstart = 2027-03-01\ntimezone = "UTC"\n[[prescriptions]]\n'
    'exercise = "{name}"\ndose = "3 x 10"\nwhen = "daily for 1 week"\nnotes = "{notes}"\n'
)


@pytest.mark.parametrize(
    ("name", "notes", "where"),
    [
        ("Bridges\\u001B[31m", "ok", "prescriptions[0].exercise.name"),
        ("Bridges", "clear\\u001B[2J", "prescriptions[0].notes"),
        ("Bridges\\u0085", "ok", "prescriptions[0].exercise.name"),
        ("Bridges\\u007F", "ok", "prescriptions[0].exercise.name"),
    ],
)
def test_a_control_character_in_a_text_is_refused(
    name: str, notes: str, where: str, tmp_path: Path
) -> None:
    """The API and every command refuse it naming the field; no output file is written."""
    source = _PLAN.format(name=name, notes=notes)
    path = tmp_path / "plan.toml"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(ProgrammeError, match="must not contain a control character") as caught:
        loads(source)
    err = io.StringIO()
    status = main(["ics", "-o", str(tmp_path / "p.ics"), str(path)], out=io.StringIO(), err=err)
    assert str(caught.value).startswith(where)
    assert status == 2
    assert err.getvalue() == f"rehabplan: {path}: {caught.value}\n"
    assert not (tmp_path / "p.ics").exists()


def test_tabs_and_line_breaks_in_notes_are_text() -> None:
    """Tab and line breaks stay allowed in notes."""
    programme = loads(_PLAN.format(name="Bridges", notes="one\\ttwo\\nthree"))
    assert programme.prescriptions[0].notes == "one\ttwo\nthree"
