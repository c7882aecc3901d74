"""``rehabplan schedule`` and ``rehabplan check``: a programme's dated items, and its summary."""

from __future__ import annotations

import argparse
import datetime as dt

from rehabplan.cli._options import (
    add_programme,
    add_strict,
    add_window,
    command,
    load_programme,
    schedule_of,
    warn,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING: --help does without importing typing
if TYPE_CHECKING:
    from typing import IO, Any

__all__ = ["add_check", "add_schedule"]


def add_schedule(sub: Any) -> None:
    p = command(
        sub,
        "schedule",
        help="expand a programme file into its dated sessions",
        description="Expand a programme file into its sessions, in time order.",
        run=_run_schedule,
    )
    add_programme(p)
    p.add_argument(
        "--format",
        choices=("table", "json", "csv"),
        default="table",
        help="a table for people (default), a JSON array or CSV, one row per dated item",
    )
    add_window(p)
    add_strict(p)


def _run_schedule(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from rehabplan.export.data import to_csv, to_json
    from rehabplan.model import Race, ScheduledAppointment

    schedule = schedule_of(args)
    warn(schedule.warnings, err)
    if args.format == "json":
        out.write(to_json(schedule))
        return 0
    if args.format == "csv":
        out.write(to_csv(schedule))
        return 0
    day = None
    for item in schedule.items:
        if item.start.date() != day:
            day = item.start.date()
            print(f"{day:%a %Y-%m-%d}", file=out)
        if isinstance(item, ScheduledAppointment):
            clock = "all day" if item.all_day else f"{item.start:%H:%M}"
            print(f"  {clock}  {item.summary} (appointment)", file=out)
            continue
        if isinstance(item, Race):
            print(f"  {item.start:%H:%M}  {item.summary} (race)", file=out)
            continue
        dose = f"  {item.dose_text}" if item.dose_text else ""
        print(f"  {item.start:%H:%M}  {item.prescription.name}{dose}", file=out)
    appointments = (
        f", {_count(len(schedule.appointments), 'appointment')}" if schedule.appointments else ""
    )
    print(
        f"{len(schedule)} sessions{appointments}, {schedule.start} to {schedule.until}, "
        f"{schedule.programme.timezone}",
        file=out,
    )
    return 0


# --------------------------------------------------------------------------- check


def add_check(sub: Any) -> None:
    p = command(
        sub,
        "check",
        help="validate a programme file and summarise it",
        description="Read a programme file, expand it, and print a short "
        "summary; a bad file gives one line naming the key and exit status 2.",
        run=_run_check,
    )
    add_programme(p, "FILE")
    add_strict(p)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _run_check(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from rehabplan.scheduling import expand, last_day

    programme = load_programme(args)
    end = last_day(programme)
    until = end or programme.start + dt.timedelta(weeks=52)
    schedule = expand(programme, until=until, strict=args.strict)
    warn(schedule.warnings, err)
    prescriptions = [
        *programme.prescriptions,
        *(p for ph in programme.phases for p in ph.prescriptions),
    ]
    as_needed = sum(1 for p in prescriptions if p.as_needed)
    activities = len(programme.activities) + sum(len(ph.activities) for ph in programme.phases)
    print(f"{args.programme}: ok", file=out)
    span = (
        f"{programme.start} to {end}"
        if end
        else f"{programme.start}, open-ended (checked 52 weeks)"
    )
    print(f"{programme.title}: {span}, {programme.timezone}", file=out)
    if not end:
        print(
            "note: it has no end; schedule and ics need --until, sheet needs --weeks "
            "(or give the programme an until)",
            file=out,
        )
    counts = [
        _count(len(prescriptions), "prescription")
        + (f" ({as_needed} as needed)" if as_needed else ""),
        _count(activities, "activity").replace("activitys", "activities"),
        _count(len(programme.appointments), "appointment"),
        _count(len(programme.phases), "phase"),
    ]
    print(", ".join(counts), file=out)
    for span_ in programme.phase_spans():
        print(
            f"  phase {span_.phase.name!r}: {span_.start} to {span_.until or end or 'open'}",
            file=out,
        )
    for activity in (*programme.activities, *(a for ph in programme.phases for a in ph.activities)):
        amount = activity.intervals or activity.volume
        goal = f", target {activity.target}" if activity.target else ""
        print(
            f"  activity {activity.name!r}: {amount} {activity.timing.describe()}{goal}", file=out
        )
    for appointment in programme.appointments:
        time = f" {appointment.time:%H:%M}" if appointment.time else ""
        print(f"  appointment {appointment.title!r}: {appointment.date}{time}", file=out)
    print(
        f"{_count(len(schedule), 'session')}, {_count(len(schedule.routines()), 'routine')}",
        file=out,
    )
    return 0
