"""The outside of the command line: --version, parse's two outputs, sheet file names."""

from __future__ import annotations

import importlib.metadata
import io
import json
from pathlib import Path

import pytest
from tests.helpers import ROOT

import rehabplan
from rehabplan.cli import main

EXAMPLE = ROOT / "examples" / "calf-runner.toml"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_version_is_the_package_version() -> None:
    """``rehabplan --version`` prints the version the package and its metadata carry."""
    code, out, _ = run("--version")
    expected = (0, f"rehabplan {importlib.metadata.version('rehabplan')}\n")
    assert expected == (code, out)
    assert importlib.metadata.version("rehabplan") == rehabplan.__version__


def test_parse_without_json_prints_the_reading_for_people() -> None:
    """Without --json, parse prints the dose and the timing as the library writes them."""
    code, out, _ = run("parse", "3 x 30 s hold each side, twice daily for 2 weeks")
    assert (code, out) == (0, "dose: 3 x 30 s hold each side\nwhen: twice daily for 2 weeks\n")


def test_parse_without_json_says_what_is_ambiguous() -> None:
    """An ambiguous phrase says so, with the reason, rather than printing a guess."""
    code, out, _ = run("parse", "every 2-3 days")
    assert (code, out) == (0, "ambiguous: every 2-3 days: say every 2 days or every 3 days\n")


def test_parse_json_is_one_corpus_object() -> None:
    """With --json, parse prints exactly one JSON object whose text is the phrase."""
    code, out, _ = run("parse", "bd", "--json")
    assert (code, json.loads(out)["text"], out.count("\n")) == (0, "bd", 1)


@pytest.mark.parametrize("name", ["sheet.docx", "sheet.ics", "sheet.html.bak"])
def test_sheet_refuses_an_extension_it_does_not_write(tmp_path: Path, name: str) -> None:
    """A sheet file named .docx (or any extension it does not write) is refused, nothing written."""
    target = tmp_path / name
    code, _, err = run("sheet", str(EXAMPLE), "-o", str(target))
    assert (code, target.exists()) == (2, False)
    assert ".html, .htm, .md, .txt or .pdf" in err


def test_sheet_refuses_a_format_its_file_name_contradicts(tmp_path: Path) -> None:
    """``-o sheet.pdf --format html`` would write HTML into a .pdf: refused."""
    target = tmp_path / "sheet.pdf"
    code, _, err = run("sheet", str(EXAMPLE), "-o", str(target), "--format", "html")
    assert (code, target.exists()) == (2, False)
    assert "--format is html" in err


@pytest.mark.parametrize(
    ("name", "fmt", "start"),
    [("sheet.md", None, "# "), ("sheet", "txt", ""), ("sheet", None, "<!DOCTYPE html>")],
)
def test_sheet_format_from_name_or_option(
    tmp_path: Path, name: str, fmt: str | None, start: str
) -> None:
    """The format is the extension's, or --format's for a name without one (default html)."""
    target = tmp_path / name
    extra = ["--format", fmt] if fmt else []
    code, _, _ = run("sheet", str(EXAMPLE), "-o", str(target), *extra)
    assert (code, target.read_text(encoding="utf-8").startswith(start)) == (0, True)
