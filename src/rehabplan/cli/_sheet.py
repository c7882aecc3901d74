"""``rehabplan sheet``: the printed home-exercise sheet."""

from __future__ import annotations

import argparse
import datetime as dt

from rehabplan.cli._options import (
    UsageError,
    add_output,
    add_programme,
    add_strict,
    command,
    date_arg,
    load_programme,
    warn,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING: --help does without importing typing
if TYPE_CHECKING:
    from typing import IO, Any

__all__ = ["add_sheet"]


def add_sheet(sub: Any) -> None:
    p = command(
        sub,
        "sheet",
        help="write the printed home-exercise sheet",
        description="Write the home-exercise sheet of a programme: exercise cards, "
        "stop rules and a weekly tick chart with one box per scheduled session.",
        run=_run_sheet,
    )
    add_programme(p)
    add_output(p, "the file to write")
    p.add_argument(
        "--format",
        choices=("html", "md", "txt", "pdf"),
        default=None,
        help="html (default, or from FILE's extension), md, txt or pdf "
        "(pdf needs: pip install 'rehabplan[pdf]')",
    )
    p.add_argument(
        "--from",
        dest="start",
        type=date_arg,
        metavar="DATE",
        help="first day of the sheet (default: the programme's start)",
    )
    p.add_argument(
        "--weeks", type=int, metavar="N", help="number of weeks (default: the whole programme)"
    )
    p.add_argument(
        "--paper", choices=("A4", "Letter"), default="A4", help="paper size (default A4)"
    )
    p.add_argument(
        "--large-print", action="store_true", help="body text 16 pt or more, bigger boxes"
    )
    p.add_argument(
        "--template-dir",
        metavar="DIR",
        help="a folder of custom templates (sheet.html, sheet.md, sheet.txt), run sandboxed",
    )
    add_strict(p)


_SHEET_SUFFIXES = {".html": "html", ".htm": "html", ".md": "md", ".txt": "txt", ".pdf": "pdf"}


def _format_of(output: str, given: str | None) -> str:
    """The sheet's format: *given*, else the file's extension; a name it contradicts is refused."""
    from pathlib import Path

    suffix = Path(output).suffix.lower()
    if not suffix:
        return given or "html"
    named = _SHEET_SUFFIXES.get(suffix)
    if named is None:
        raise UsageError(
            f"rehabplan sheet: cannot write a sheet to {output!r}: a sheet file ends in "
            ".html, .htm, .md, .txt or .pdf"
        )
    if given is not None and given != named:
        raise UsageError(
            f"rehabplan sheet: {output!r} names a {named} file but --format is {given}; "
            f"drop --format or name the file .{given}"
        )
    return named


def _run_sheet(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from rehabplan.export.sheet import render_sheet
    from rehabplan.files import write_atomic
    from rehabplan.scheduling import expand

    fmt: Any = _format_of(args.output, args.format)
    programme = load_programme(args)
    first = args.start or programme.start
    weeks = args.weeks if isinstance(args.weeks, int) and args.weeks >= 1 else None
    until = first + dt.timedelta(weeks=weeks, days=-1) if weeks is not None else None
    schedule = expand(programme, start=first, until=until, strict=args.strict)
    warn(schedule.warnings, err)
    result = render_sheet(
        schedule,
        format=fmt,
        start=args.start,
        weeks=args.weeks,
        paper=args.paper,
        large_print=args.large_print,
        template_dir=args.template_dir,
    )
    write_atomic(args.output, result.encode("utf-8") if isinstance(result, str) else result)
    return 0
