"""
The PDF sheet: the HTML sheet laid out by WeasyPrint (the ``pdf`` extra).

Part of `rehabplan.export.sheet`, which re-exports every public name.
"""

from __future__ import annotations

import importlib
from typing import Any

from rehabplan.errors import ExportError, RehabplanError
from rehabplan.export.sheet._build import clean

__all__ = ["write_pdf"]


def write_pdf(html: str) -> bytes:
    """
    The PDF of an HTML sheet, through WeasyPrint.

    Raises:
        ExportError: WeasyPrint or its system libraries are missing, or it failed.

    """
    try:
        weasyprint: Any = importlib.import_module("weasyprint")
    except ImportError as exc:
        raise ExportError(
            "sheet: PDF output needs WeasyPrint; install it with: pip install 'rehabplan[pdf]'"
        ) from exc
    except OSError as exc:  # WeasyPrint is there but Pango is not
        raise ExportError(
            "sheet: WeasyPrint cannot load its system libraries (Pango); install them, "
            "for example apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
            f"({clean(str(exc))[:80]})"
        ) from exc
    try:
        return bytes(weasyprint.HTML(string=html).write_pdf())
    except RehabplanError:
        raise
    except Exception as exc:
        raise ExportError(
            f"sheet: WeasyPrint could not write the PDF: {clean(str(exc))[:200]}"
        ) from exc
