"""
Rendering a sheet: the view, the template set and the format chosen.

Part of `rehabplan.export.sheet`, which documents it and re-exports its public names.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from rehabplan.errors import ExportError
from rehabplan.export.sheet._build import Paper, sheet_view
from rehabplan.export.sheet._pdf import write_pdf
from rehabplan.export.sheet._templates import environment, render, sandbox
from rehabplan.model import Programme, Schedule, checked

__all__ = ["FORMATS", "render_sheet"]

#: The formats `render_sheet` writes.
FORMATS: tuple[str, ...] = ("html", "md", "txt", "pdf")
_TEMPLATES = {"html": "sheet.html", "md": "sheet.md", "txt": "sheet.txt", "pdf": "sheet.html"}

Format = Literal["html", "md", "txt", "pdf"]


@checked("format", "paper")
def render_sheet(
    source: Programme | Schedule,
    *,
    format: Format = "html",
    start: dt.date | None = None,
    weeks: int | None = None,
    paper: Paper = "A4",
    large_print: bool = False,
    template_dir: str | Path | None = None,
) -> str | bytes:
    """
    Render the home-exercise sheet of a programme (expanded here) or of a schedule.

    *format* is ``html`` (print CSS), ``md``, ``txt`` (80 columns) or ``pdf`` (bytes,
    through WeasyPrint: ``pip install 'rehabplan[pdf]'``). The sheet starts on *start*
    (default: the programme's or schedule's start) and covers *weeks* weeks (default:
    to the schedule's last day). *paper* is ``A4`` or ``Letter``; *large_print* sets
    the body text at 16 pt or more with bigger tick boxes. *template_dir* is a folder
    of custom templates (``sheet.html``, ``sheet.md``, ``sheet.txt``), rendered in
    Jinja2's sandbox; any it lacks come from the package.

    Returns:
        The sheet as text, or as PDF bytes for ``pdf``.

    Raises:
        ExportError: an unknown format or paper, bad *weeks*, a window outside the
            schedule, a broken custom template or WeasyPrint missing.
        ScheduleError: the programme cannot be expanded over the window.

    >>> from rehabplan import examples
    >>> html = render_sheet(examples.home_exercises(), weeks=1, paper="Letter")
    >>> "size: Letter" in html, html.count("☐")
    (True, 50)
    >>> print(render_sheet(examples.achilles(), format="md", weeks=1).splitlines()[0])
    # Achilles loading

    .. versionadded:: 0.1

    """
    if format not in FORMATS:
        raise ExportError(f"sheet: unknown format {format!r}; use one of {', '.join(FORMATS)}")
    try:
        view = sheet_view(source, start=start, weeks=weeks, paper=paper, large_print=large_print)
    except OverflowError:
        # A weekly chart runs over whole weeks: a week holding 9999-12-31 may end past it.
        raise ExportError(
            "sheet: the programme reaches the last week of year 9999, past which no date "
            "exists; end it earlier"
        ) from None
    env = environment() if template_dir is None else sandbox(template_dir)
    text = render(env, _TEMPLATES[format], view)
    return write_pdf(text) if format == "pdf" else text
