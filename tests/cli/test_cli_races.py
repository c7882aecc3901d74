"""A race the caps cannot reach: a warning on stderr and the work done, or --strict refuses."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from tests.helpers import ROOT

from rehabplan.cli import main

EXAMPLE = str(ROOT / "examples" / "sciatic-runner.toml")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "command",
    [
        ("check", EXAMPLE),
        ("schedule", EXAMPLE, "--format", "json"),
        ("ics", EXAMPLE, "-o", "{out}/plan.ics"),
        ("sheet", EXAMPLE, "-o", "{out}/plan.txt"),
    ],
)
def test_a_warning_goes_to_stderr_once_and_strict_makes_it_an_error(
    command: tuple[str, ...], tmp_path: Path
) -> None:
    """Without --strict: exit 0, one warning line; with it: exit 2, one error line, no file."""
    argv = [part.format(out=tmp_path) for part in command]
    code, _, err = run(*argv)
    assert (code, err.count("warning: "), err.startswith("warning: Manchester Marathon")) == (
        0,
        1,
        True,
    )
    for written in tmp_path.iterdir():
        written.unlink()
    code, _, err = run(*argv, "--strict")
    assert (code, len(err.splitlines()), list(tmp_path.iterdir())) == (2, 1, [])
    assert "phases[0].activities[1].target: Manchester Marathon (42.2 km)" in err
