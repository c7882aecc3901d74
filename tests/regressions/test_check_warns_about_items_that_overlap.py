"""
Regression: the sciatic example's 18:00 stretches landed inside a 15:00-18:15 long run,
and nothing noticed; `check` now warns, naming both.
"""

from __future__ import annotations

import io
from pathlib import Path

import attrs

from rehabplan import examples
from rehabplan.cli import main
from rehabplan.files import dump
from rehabplan.model import Volume


def test_check_warns_about_items_that_overlap(tmp_path: Path) -> None:
    """check names the long run and the evening routine it runs into, on stderr."""
    runner = examples.sciatic_runner()
    phase = runner.phases[0]
    long_runs = tuple(
        attrs.evolve(a, volume=Volume(31.9), target=None) if a.id == "long-run" else a
        for a in phase.activities
    )
    path = tmp_path / "long-runs.toml"
    dump(attrs.evolve(runner, phases=(attrs.evolve(phase, activities=long_runs),)), path)
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", str(path)], out=out, err=err)
    first = err.getvalue().splitlines()[0]
    assert (code, first) == (
        0,
        "warning: Sun 2027-03-07: Long run · 31.9 km (15:00-18:15) overlaps "
        "Evening routine · 3 exercises (18:00-18:15)",
    )
