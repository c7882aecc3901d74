#!/usr/bin/env python3
"""Regenerate docs/images/sheet-page1.png: page 1 of the calf-runner example sheet.

Usage (from the project root, with the project installed with its pdf extra):

    python scripts/make-sheet-image.py [--weeks 4] [--out docs/images/sheet-page1.png]

The sheet is printed to PDF by WeasyPrint (``render_sheet(format="pdf")``) and page 1
is turned into a 96 dpi PNG by poppler's ``pdftoppm``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from rehabplan import examples
from rehabplan.export.sheet import render_sheet


def main() -> int:
    """Write the PNG; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--weeks", type=int, default=4)
    parser.add_argument("--out", default="docs/images/sheet-page1.png")
    args = parser.parse_args()
    pdf = render_sheet(examples.home_exercises(), format="pdf", weeks=args.weeks)
    assert isinstance(pdf, bytes)
    out = Path(args.out)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "sheet.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "96",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(source),
                str(Path(tmp) / "page"),
            ],
            check=True,
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes((Path(tmp) / "page.png").read_bytes())
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
