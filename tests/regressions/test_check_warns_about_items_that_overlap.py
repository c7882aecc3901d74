"""
Regression: the sciatic example's 18:00 stretches land inside a 15:00-18:15 long run,
and nothing noticed; `check` now warns, naming both.
"""

from __future__ import annotations

import io

from tests.helpers import ROOT

from rehabplan.cli import main


def test_check_warns_about_items_that_overlap() -> None:
    """check names the long run and the evening routine it runs into, on stderr."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", str(ROOT / "examples" / "sciatic-runner.toml")], out=out, err=err)
    first = err.getvalue().splitlines()[0]
    assert (code, first) == (
        0,
        "warning: Sun 2027-09-12: Long run · 31.9 km (15:00-18:15) overlaps "
        "Evening routine · 3 exercises (18:00-18:15)",
    )
