"""The sheet templates ship inside the wheel and load from the installed package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib import resources
from pathlib import Path

import pytest
from tests.helpers import ROOT

TEMPLATES = ("_macros.html", "sheet.html", "sheet.md", "sheet.txt")


def test_wheel_contains_templates(tmp_path: Path) -> None:
    """A wheel built from the checkout holds every sheet template and py.typed."""
    pytest.importorskip("hatchling", reason="hatchling is in the test extra")
    if not (ROOT / "pyproject.toml").exists():
        pytest.skip("not running from a source checkout")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("rehabplan-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = [f"rehabplan/export/sheet/templates/{name}" for name in TEMPLATES] + [
        "rehabplan/py.typed"
    ]
    assert [name for name in wanted if name not in names] == []


def test_installed_package_has_templates() -> None:
    """The imported package (installed or editable) finds its templates as package resources."""
    folder = resources.files("rehabplan.export.sheet") / "templates"
    assert [name for name in TEMPLATES if not (folder / name).is_file()] == []
