"""
The sheet as a patient gets it: printed to PDF and read back.

The example sheet is printed by headless Chromium (the HTML, as a browser prints it)
and by WeasyPrint (``render_sheet(format="pdf")``), then read with poppler's
``pdftotext``: the exercise names and doses are there, each week's tick boxes are
that week's sessions, the page count stays within its limit, every word lies inside
the printable area, and large print is at least 16 pt.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import re
import subprocess
import tempfile
from pathlib import Path

import attrs
import pytest
from tests.helpers import require_tool, which

from rehabplan import examples, expand
from rehabplan.export.sheet import BOX, render_sheet

#: Page margin of the packaged sheet.html (@page margin: 14mm), in points.
MARGIN_PT = 14 / 25.4 * 72
#: The most pages a 4-week sheet of the calf-runner example may take.
PAGE_LIMIT = {False: 4, True: 7}
PAPER_PT = {"A4": (595.3, 841.9), "Letter": (612.0, 792.0)}
WEEKS = 4


@attrs.frozen
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@attrs.frozen
class Printed:
    renderer: str
    paper: str
    large_print: bool
    text: str
    page_texts: tuple[str, ...]
    pages: tuple[tuple[float, float], ...]
    words: tuple[Word, ...]


def _chromium(html: str, folder: Path) -> Path:
    chromium = which("chromium") or which("chromium-browser")
    if chromium is None:
        require_tool("chromium", "apt-get install chromium (scripts/install-tools)")
    source = folder / "sheet.html"
    source.write_text(html, encoding="utf-8")
    pdf = folder / "sheet.pdf"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                str(chromium),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                f"--user-data-dir={profile}",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                source.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
            env={**os.environ, "HOME": profile},
        )
    return pdf


def _weasyprint(folder: Path, paper: str, large_print: bool) -> Path:
    try:
        importlib.import_module("weasyprint")
    except (ImportError, OSError):
        require_tool("weasyprint", "pip install 'rehabplan[pdf]' and the Pango libraries")
    pdf = folder / "sheet.pdf"
    data = render_sheet(
        examples.home_exercises(),
        format="pdf",
        weeks=WEEKS,
        paper=paper,  # type: ignore[arg-type]
        large_print=large_print,
    )
    assert isinstance(data, bytes)
    pdf.write_bytes(data)
    return pdf


def _read(
    pdf: Path,
) -> tuple[str, tuple[str, ...], tuple[tuple[float, float], ...], tuple[Word, ...]]:
    if which("pdftotext") is None:
        require_tool("pdftotext", "apt-get install poppler-utils (scripts/install-tools)")
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout.decode("utf-8")
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout.decode("utf-8")
    page_texts = tuple(" ".join(page.split()) for page in raw.split("\f"))
    bbox = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout.decode("utf-8")
    pages: list[tuple[float, float]] = []
    words: list[Word] = []
    for page in re.split(r"<page ", bbox)[1:]:
        size = re.match(r'width="([\d.]+)" height="([\d.]+)"', page)
        assert size is not None
        pages.append((float(size.group(1)), float(size.group(2))))
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            page,
        ):
            words.append(Word(len(pages), *map(float, m.groups()[:4]), m.group(5)))
    return text, page_texts, tuple(pages), tuple(words)


@pytest.fixture(
    scope="module",
    params=[
        ("chromium", "A4", False),
        ("chromium", "Letter", True),
        ("weasyprint", "A4", False),
        ("weasyprint", "Letter", True),
    ],
    ids=lambda p: "-".join(str(x) for x in p),
)
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Printed:
    renderer, paper, large_print = request.param
    folder = tmp_path_factory.mktemp(f"{renderer}-{paper}")
    if renderer == "chromium":
        html = render_sheet(
            examples.home_exercises(), weeks=WEEKS, paper=paper, large_print=large_print
        )
        assert isinstance(html, str)
        pdf = _chromium(html, folder)
    else:
        pdf = _weasyprint(folder, paper, large_print)
    text, page_texts, pages, words = _read(pdf)
    return Printed(renderer, paper, large_print, text, page_texts, pages, words)


def test_every_name_and_dose_is_printed(printed: Printed) -> None:
    """Every exercise's name and dose can be read back from the printed PDF."""
    flat = " ".join(printed.text.split())
    programme = examples.home_exercises()
    wanted = [p.name for p in programme.prescriptions]
    wanted += [p.dose.symbolic() for p in programme.prescriptions if p.dose is not None]
    assert [item for item in wanted if item not in flat] == []


def test_printed_boxes_per_week_equal_sessions(printed: Printed) -> None:
    """Counting the printed tick boxes, each week has exactly its scheduled sessions."""
    programme = examples.home_exercises()
    schedule = expand(programme, until=programme.start + dt.timedelta(days=7 * WEEKS - 1))
    expected = {
        k + 1: len(
            schedule.between(
                programme.start + dt.timedelta(days=7 * k),
                programme.start + dt.timedelta(days=7 * k + 6),
            )
        )
        for k in range(WEEKS)
    }
    parts = re.split(r"Week (\d+): ", printed.text)
    counted = {int(parts[i]): parts[i + 1].count(BOX) for i in range(1, len(parts), 2)}
    assert expected == counted


def test_page_count_and_size(printed: Printed) -> None:
    """A 4-week sheet stays within its page limit, on the paper asked for."""
    assert len(printed.pages) <= PAGE_LIMIT[printed.large_print]
    width, height = PAPER_PT[printed.paper]
    assert [p for p in printed.pages if abs(p[0] - width) > 1.5 or abs(p[1] - height) > 1.5] == []


def test_no_text_outside_printable_area(printed: Printed) -> None:
    """Every word lies inside the page minus its margins (1 pt of slack for glyph edges)."""
    slack = 1.0
    outside = []
    for w in printed.words:
        width, height = printed.pages[w.page - 1]
        if (
            w.x0 < MARGIN_PT - slack
            or w.y0 < MARGIN_PT - slack
            or w.x1 > width - MARGIN_PT + slack
            or w.y1 > height - MARGIN_PT + slack
        ):
            outside.append(w)
    assert outside == []
    assert len(printed.words) > 300


def test_large_print_is_at_least_16_pt(printed: Printed) -> None:
    """Large print: every printed word is at least 16 pt tall; standard print has smaller text."""
    smallest = min(w.y1 - w.y0 for w in printed.words)
    if printed.large_print:
        assert smallest >= 16.0
    else:
        assert smallest < 16.0


def test_cards_are_never_split(printed: Printed) -> None:
    """Each exercise card's name and its last step are printed on the same page."""

    def page_of(text: str) -> int:
        flat = " ".join(text.split())
        return next(i for i, page in enumerate(printed.page_texts) if flat in page)

    cards = [p.exercise for p in examples.home_exercises().prescriptions if p.exercise.instructions]
    pages = [(page_of(e.name), page_of(e.instructions[-1])) for e in cards]
    assert [(a, a) for a, _ in pages] == pages


def test_large_print_boxes_are_bigger() -> None:
    """Printed tick boxes are at least 1.4 times taller in large print than in standard print."""
    if which("pdftotext") is None:
        require_tool("pdftotext", "apt-get install poppler-utils (scripts/install-tools)")

    def box_height(large_print: bool) -> float:
        with tempfile.TemporaryDirectory() as tmp:
            pdf = _weasyprint(Path(tmp), "A4", large_print)
            _text, _pages_text, _pages, words = _read(pdf)
        heights = sorted(w.y1 - w.y0 for w in words if set(w.text) == {BOX})
        return heights[len(heights) // 2]

    assert box_height(True) >= 1.4 * box_height(False)
