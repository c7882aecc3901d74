"""``rehabplan fhir PROGRAMME -o FILE``: a FHIR R4 Bundle, written whole, or one line and status 2."""

from __future__ import annotations

import io
import json
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle
from tests.helpers import ROOT

from rehabplan.cli import main
from rehabplan.export.fhir import to_fhir
from rehabplan.files import load


def test_fhir_writes_a_valid_bundle(tmp_path: Path) -> None:
    """The file is the library's Bundle for the programme, and FHIR's R4B models accept it."""
    source = ROOT / "examples" / "calf-runner.toml"
    target = tmp_path / "plan.json"
    out, err = io.StringIO(), io.StringIO()
    assert main(["fhir", str(source), "-o", str(target)], out=out, err=err) == 0
    assert target.read_bytes() == to_fhir(load(source))
    Bundle.model_validate(json.loads(target.read_bytes()))
    assert out.getvalue().startswith(f"wrote {target}: ")
    assert err.getvalue() == ""


def test_fhir_bad_programme_is_one_line_and_no_file(tmp_path: Path) -> None:
    """A programme that cannot be read: exit status 2, one line naming the file, nothing written."""
    source = tmp_path / "bad.toml"
    source.write_text('title = "x"\nstart = 2027-03-01\ntimezone = "Europe/Lodnon"\n', "utf-8")
    err = io.StringIO()
    assert main(["fhir", str(source), "-o", str(tmp_path / "out.json")], err=err) == 2
    assert len(err.getvalue().splitlines()) == 1
    assert "bad.toml" in err.getvalue()
    assert not (tmp_path / "out.json").exists()
