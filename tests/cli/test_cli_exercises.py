"""Tests for ``rehabplan exercises``: the catalogue from the command line, in-process."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rehabplan.catalogue import default_catalogue
from rehabplan.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_search_lists_ids_best_first() -> None:
    """A search prints one line per exercise, id first, and a count on stderr."""
    status, out, err = run("exercises", "sciatic")
    assert (status, [line.split()[0] for line in out.splitlines()], err) == (
        0,
        ["sciatic-nerve-slider", "sciatic-nerve-tensioner"],
        f"2 of {len(default_catalogue())} exercises\n",
    )


def test_filters() -> None:
    """--category, --region and --equipment narrow the list."""
    status, out, _ = run(
        "exercises",
        "--category",
        "soft-tissue-release",
        "--region",
        "calf",
        "--equipment",
        "foam roller",
    )
    assert (status, out.split()[0]) == (0, "calf-foam-roll")


def test_show_prints_numbered_instructions() -> None:
    """--show prints the exercise with its steps numbered, its usual dose and cautions."""
    status, out, _ = run("exercises", "--show", "tibial-nerve-slider")
    lines = out.splitlines()
    assert status == 0
    assert lines[0] == "Tibial nerve slider (tibial-nerve-slider)"
    assert [line.strip()[:3] for line in lines[2:6]] == ["1. ", "2. ", "3. ", "4. "]
    assert "Usual dose: 2 x 10, twice daily" in lines
    assert lines[-1].startswith("Caution: ")


def test_json_is_catalogue_entries() -> None:
    """--json prints the entries as catalogue-file tables."""
    status, out, _ = run("exercises", "--json", "--region", "neck")
    rows = json.loads(out)
    assert (status, [r["id"] for r in rows]) == (
        0,
        [e.id for e in default_catalogue().search(region="neck")],
    )


def test_user_catalogue_file_is_added(tmp_path: Path) -> None:
    """--catalogue reads a TOML file whose entries join the search."""
    file = tmp_path / "clinic.toml"
    file.write_text(
        '[[exercises]]\nname = "Towel wring"\ncategory = "strengthening"\n'
        'region = "wrist and hand"\ninstructions = ["Twist a rolled towel."]\n',
        encoding="utf-8",
    )
    status, out, _ = run("exercises", "towel wring", "--catalogue", str(file))
    assert (status, out.split()[0]) == (0, "towel-wring")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ("exercises", "--show", "heel-drop"),
            "rehabplan: unknown exercise id 'heel-drop'; did you mean "
            "'eccentric-heel-drop-bent-knee' or 'eccentric-heel-drop-straight-knee'?\n",
        ),
        (
            ("exercises", "--region", "calve"),
            "rehabplan: region: unknown region 'calve'; did you mean 'calf'?\n",
        ),
    ],
)
def test_bad_input_is_one_line_and_status_2(argv: tuple[str, ...], message: str) -> None:
    """An unknown id or region prints one line on stderr and exits with status 2."""
    assert run(*argv) == (2, "", message)


def test_bad_catalogue_file_names_the_file_and_key(tmp_path: Path) -> None:
    """A bad catalogue file is reported with its path and the key path inside it."""
    file = tmp_path / "clinic.json"
    file.write_text(
        json.dumps(
            {
                "exercises": [
                    {"name": "X", "category": "core", "region": "calf", "instructions": ["Go."]}
                ]
            }
        ),
        "utf-8",
    )
    status, out, err = run("exercises", "--catalogue", str(file))
    assert (status, out) == (2, "")
    assert err.startswith(f"rehabplan: {file}: exercises[0].category: unknown category 'core'")


def test_missing_catalogue_file(tmp_path: Path) -> None:
    """A catalogue file that cannot be read is a one-line error naming it."""
    status, _, err = run("exercises", "--catalogue", str(tmp_path / "nope.toml"))
    assert (status, err.startswith(f"rehabplan: {tmp_path / 'nope.toml'}: cannot be read")) == (
        2,
        True,
    )
