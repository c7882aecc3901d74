"""``rehabplan ics``: a programme as an iCalendar (.ics) file."""

from __future__ import annotations

import argparse

from rehabplan.cli._options import (
    add_output,
    add_programme,
    add_strict,
    add_window,
    command,
    load_programme,
    warn,
)
from rehabplan.errors import ExportError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: --help does without importing typing
if TYPE_CHECKING:
    from typing import IO, Any

__all__ = ["add_ics"]


def _alarm_arg(text: str) -> int | None:
    if text.strip().lower() == "none":
        return None
    try:
        minutes = int(text)
    except ValueError:
        minutes = -1
    if not 0 <= minutes <= 10080:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a reminder time; give minutes before the session "
            "(0 to 10080, such as 10) or 'none'"
        )
    return minutes


def add_ics(sub: Any) -> None:
    p = command(
        sub,
        "ics",
        help="write a programme file as an iCalendar (.ics) file",
        description="Write the sessions of a programme as an iCalendar file to import or "
        "subscribe to: one event per routine (the sessions due together) and recurring "
        "series by default.",
        run=_run_ics,
    )
    add_programme(p)
    add_output(p, "the .ics file to write")
    p.add_argument(
        "--expanded",
        action="store_true",
        help="one event per occurrence instead of recurring series",
    )
    p.add_argument(
        "--per-exercise",
        action="store_true",
        help="one event per exercise session instead of one per routine",
    )
    p.add_argument(
        "--alarm",
        type=_alarm_arg,
        default=10,
        metavar="MINUTES|none",
        help="a reminder this many minutes before each event (default 10), or none",
    )
    p.add_argument(
        "--sequence",
        type=int,
        default=0,
        metavar="N",
        help="the SEQUENCE of every new event (with --previous: of events new to it)",
    )
    p.add_argument(
        "--previous",
        metavar="FILE",
        help="the .ics the patient already has: keep its UIDs, raise SEQUENCE on changed "
        "events and cancel the ones no longer in the plan",
    )
    add_window(p)
    add_strict(p)


def _read_previous(path: str | None) -> bytes | None:
    if path is None:
        return None
    from pathlib import Path

    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ExportError(f"--previous {path}: cannot be read ({exc.strerror or exc})") from None


def _run_ics(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from rehabplan.export.ical import to_ics
    from rehabplan.files import write_atomic
    from rehabplan.scheduling import plan

    # The programme itself, not its schedule: a compact calendar is planned from the
    # rules (a long programme is not expanded session by session first).
    programme = load_programme(args)
    # The warnings come from planning the activities, which a compact calendar's plan
    # does as well; planning first means a strict run writes nothing.
    planned = plan(
        programme, start=args.start, until=args.until, limit=args.limit, strict=args.strict
    )
    warn(planned.rest.warnings, err)
    data = to_ics(
        programme,
        expanded=args.expanded,
        per_exercise=args.per_exercise,
        alarm_minutes=args.alarm,
        sequence=args.sequence,
        start=args.start,
        until=args.until,
        limit=args.limit,
        previous=_read_previous(args.previous),
    )
    write_atomic(args.output, data)
    events = data.count(b"\r\nBEGIN:VEVENT\r\n")  # whole lines: user text cannot count
    mode = ("expanded" if args.expanded else "compact") + (
        ", per exercise" if args.per_exercise else ", routines"
    )
    print(f"wrote {args.output}: {events} events for {len(planned)} sessions ({mode})", file=out)
    return 0
