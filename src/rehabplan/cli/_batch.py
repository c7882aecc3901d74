"""``rehabplan batch``: the calendar and sheet of every programme file in a folder."""

from __future__ import annotations

import argparse

from rehabplan.cli._options import UsageError, add_output, command

TYPE_CHECKING = False  # typing.TYPE_CHECKING: --help does without importing typing
if TYPE_CHECKING:
    from typing import IO, Any

__all__ = ["add_batch"]


def add_batch(sub: Any) -> None:
    p = command(
        sub,
        "batch",
        help="build the calendar and sheet of every programme file in a folder",
        description="Build an .ics calendar and an HTML sheet for every programme file "
        "(.toml, .json) in DIR, in parallel. A file that fails is reported and the others "
        "are built; the exit status is 2 if any failed.",
        run=_run_batch,
    )
    p.add_argument("folder", metavar="DIR", help="a folder of programme files")
    add_output(p, "where to write", metavar="OUTDIR")
    p.add_argument(
        "--workers", type=int, metavar="N", help="processes to use (default: one per core)"
    )
    p.add_argument(
        "--only",
        choices=("ics", "html", "fhir"),
        help="write only the calendars (ics), the sheets (html) or FHIR Bundles (fhir)",
    )
    p.add_argument(
        "--manifest",
        metavar="FILE",
        help="skip files unchanged since the run that wrote this JSON manifest (made if missing)",
    )


def _run_batch(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    import time

    from rehabplan.batch import build_many, programme_files

    if args.workers is not None and args.workers < 1:
        raise UsageError("rehabplan batch: --workers must be at least 1")
    files = programme_files(args.folder)
    started = time.monotonic()
    result = build_many(
        files,
        args.output,
        workers=args.workers,
        outputs=(args.only,) if args.only else None,
        stream=err,
        manifest=args.manifest,
    )
    seconds = time.monotonic() - started
    for outcome in result.failed:
        print(f"rehabplan: {outcome.error}", file=err)
    sessions = sum(o.sessions for o in result.built)
    print(f"{result.summary()}, {sessions} sessions, in {seconds:.1f} s", file=err)
    return 2 if result.failed else 0
