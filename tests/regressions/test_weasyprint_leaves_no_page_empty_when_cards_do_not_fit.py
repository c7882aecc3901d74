"""
Regression: WeasyPrint left a page empty but for a phase's title when its first row of
cards did not fit below it; Chromium printed the first row there.

Each row of cards is one line box, and WeasyPrint keeps the default of two lines
(orphans and widows) together, so it moved every row to the next page; the sheet
now lets a single row stand, as the browser does.
"""

from __future__ import annotations

import importlib
import subprocess
from pathlib import Path

from tests.helpers import require_tool, which

from rehabplan import examples, render_sheet


def _pages(pdf: Path) -> list[str]:
    if which("pdftotext") is None:
        require_tool("pdftotext", "apt-get install poppler-utils (scripts/install-tools)")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, timeout=60
    ).stdout.decode("utf-8")
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def test_a_phase_page_starts_with_its_cards(tmp_path: Path) -> None:
    """The calf runner's second phase starts a page that also holds its first cards."""
    try:
        importlib.import_module("weasyprint")
    except (ImportError, OSError):
        require_tool("weasyprint", "pip install 'rehabplan[pdf]' and the Pango libraries")
    pdf = tmp_path / "sheet.pdf"
    data = render_sheet(examples.calf_runner(), format="pdf")
    assert isinstance(data, bytes)
    pdf.write_bytes(data)
    pages = _pages(pdf)
    phase = next(p for p in pages if p.startswith("Glute activation and running"))
    assert phase.split("Your exercises")[1].split()[:4] == ["1", "Piriformis", "ball", "release"]
