"""
Regression: `rehabplan parse --jsonl` and `--json` ended in a traceback on "every 2-3 days":
the reading's interval was a `Range`, which JSON cannot write, where every other field gave
``[low, high]``.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from hypothesis import given
from tests.strategies import timings

from rehabplan.cli import main
from rehabplan.errors import PhraseError
from rehabplan.model import Timing
from rehabplan.phrases import read


def _run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue()


def test_parse_jsonl_writes_an_interval_range(tmp_path: Path) -> None:
    """The line is written, the interval as [low, high], flagged ambiguous."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "every 2-3 days"}) + "\n", encoding="utf-8")
    code, out = _run("parse", "--jsonl", str(src))
    row = json.loads(out)
    assert code == 0
    assert (row["every_n_days"], row["ambiguous"]) == ([2, 3], True)


def test_parse_json_writes_an_interval_range() -> None:
    """`parse --json` writes the same object."""
    code, out = _run("parse", "--json", "every 2-3 days")
    assert code == 0 and json.loads(out)["every_n_days"] == [2, 3]


@given(timings())
def test_every_reading_is_json(timing: Timing) -> None:
    """Whatever a timing's text reads as, its corpus object is plain JSON."""
    try:
        data = read(str(timing)).as_dict()
    except PhraseError:
        return
    assert json.loads(json.dumps(data)) == data
