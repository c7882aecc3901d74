"""
The ``rehabplan`` command line: a thin client of the library.

The only module that reads files, the clock or the environment. Every
`RehabplanError` (and every bad option) becomes one line on stderr and exit status 2;
output files are written whole or not at all.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from rehabplan import phrases
from rehabplan.catalogue import Catalogue, CatalogueEntry, default_catalogue, load_catalogue
from rehabplan.errors import ExportError, ProgrammeError, RehabplanError, ScheduleError
from rehabplan.export.data import to_csv, to_json
from rehabplan.export.ical import ics_and_count, to_ics
from rehabplan.files import load, read_data, write_atomic
from rehabplan.model import Schedule
from rehabplan.scheduling import DEFAULT_LIMIT, expand, last_day

__all__ = ["main"]


class _UsageError(Exception):
    """A bad option or argument: reported like any other bad input, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{self.prog}: {message}")


# --------------------------------------------------------------------------- helpers


def _date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, such as 2027-03-01"
        ) from None


def _schedule_of(args: argparse.Namespace) -> Schedule:
    programme = load(args.programme)
    return expand(programme, start=args.start, until=args.until, limit=args.limit)


def _add_window(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="start",
        type=_date_arg,
        metavar="DATE",
        help="first day (default: the programme's start)",
    )
    parser.add_argument(
        "--until",
        type=_date_arg,
        metavar="DATE",
        help="last day, included (default: the programme's last day)",
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"refuse to expand more than N sessions (default {DEFAULT_LIMIT})",
    )


# --------------------------------------------------------------------------- parse


def _add_parse(sub: Any) -> None:
    p = sub.add_parser(
        "parse",
        help="read a prescription phrase and print what it means",
        description="Read a prescription phrase and print its reading as JSON "
        "with the keys of the phrase corpus.",
    )
    p.add_argument("phrase", nargs="?", help='the phrase, such as "3x15 twice daily for 12 weeks"')
    p.add_argument("--json", action="store_true", help="print JSON (the default)")
    p.add_argument(
        "--jsonl",
        metavar="FILE",
        help="read one JSON object a line (its 'text' key; '-' for stdin) and write one a line",
    )
    p.set_defaults(run=_run_parse)


def _run_parse(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    if args.jsonl is None:
        if args.phrase is None:
            raise _UsageError("rehabplan parse: give a PHRASE or --jsonl FILE")
        print(json.dumps(phrases.read(args.phrase).as_dict(), ensure_ascii=False), file=out)
        return 0
    if args.phrase is not None:
        raise _UsageError("rehabplan parse: give a PHRASE or --jsonl FILE, not both")
    stream = sys.stdin.buffer if args.jsonl == "-" else None
    try:
        handle = stream or open(args.jsonl, "rb")  # noqa: SIM115
    except OSError as exc:
        raise ProgrammeError(f"cannot be read ({exc.strerror or exc})", where=args.jsonl) from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                item = json.loads(raw.decode("utf-8"))
                text = item["text"]
                if not isinstance(text, str):
                    raise TypeError
                text.encode("utf-8")  # lone surrogates cannot be read or written back
            except UnicodeError:
                result: dict[str, Any] = {"text": None, "error": f"line {number}: not UTF-8 text"}
            except (ValueError, KeyError, TypeError, RecursionError):
                result = {
                    "text": None,
                    "error": f"line {number}: not a JSON object with a 'text' string",
                }
            else:
                try:
                    result = phrases.read(text).as_dict()
                except RehabplanError as exc:
                    result = {"text": text, "error": str(exc)}
            print(json.dumps(result, ensure_ascii=False), file=out)
    return 0


# --------------------------------------------------------------------------- schedule


def _add_schedule(sub: Any) -> None:
    p = sub.add_parser(
        "schedule",
        help="expand a programme file into its dated sessions",
        description="Expand a programme file into its sessions, in time order.",
    )
    p.add_argument("programme", metavar="PROGRAMME", help="a programme file (.toml or .json)")
    p.add_argument(
        "--format",
        choices=("table", "json", "csv"),
        default="table",
        help="a table for people (default), a JSON array or CSV, one row per session",
    )
    _add_window(p)
    p.set_defaults(run=_run_schedule)


def _run_schedule(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    schedule = _schedule_of(args)
    if args.format == "json":
        out.write(to_json(schedule))
        return 0
    if args.format == "csv":
        out.write(to_csv(schedule))
        return 0
    day = None
    for s in schedule:
        if s.day != day:
            day = s.day
            print(f"{day:%a %Y-%m-%d}", file=out)
        dose = f"  {s.dose.symbolic()}" if s.dose is not None else ""
        print(f"  {s.start:%H:%M}  {s.prescription.name}{dose}", file=out)
    print(
        f"{len(schedule)} sessions, {schedule.start} to {schedule.until}, "
        f"{schedule.programme.timezone}",
        file=out,
    )
    return 0


# --------------------------------------------------------------------------- check


def _add_check(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help="validate a programme file and summarise it",
        description="Read a programme file, expand it, and print a short "
        "summary; a bad file gives one line naming the key and exit status 2.",
    )
    p.add_argument("programme", metavar="FILE", help="a programme file (.toml or .json)")
    p.set_defaults(run=_run_check)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _run_check(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    programme = load(args.programme)
    end = last_day(programme)
    until = end or programme.start + dt.timedelta(weeks=52)
    schedule = expand(programme, until=until)
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


# --------------------------------------------------------------------------- sheet


def _add_sheet(sub: Any) -> None:
    p = sub.add_parser(
        "sheet",
        help="write the printed home-exercise sheet",
        description="Write the home-exercise sheet of a programme: exercise cards, "
        "stop rules and a weekly tick chart with one box per scheduled session.",
    )
    p.add_argument("programme", metavar="PROGRAMME", help="a programme file (.toml or .json)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
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
        type=_date_arg,
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
    p.set_defaults(run=_run_sheet)


_SHEET_SUFFIXES = {".html": "html", ".htm": "html", ".md": "md", ".txt": "txt", ".pdf": "pdf"}


def _run_sheet(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from rehabplan.export.sheet import render_sheet

    fmt: Any = args.format or _SHEET_SUFFIXES.get(Path(args.output).suffix.lower(), "html")
    programme = load(args.programme)
    result = render_sheet(
        programme,
        format=fmt,
        start=args.start,
        weeks=args.weeks,
        paper=args.paper,
        large_print=args.large_print,
        template_dir=args.template_dir,
    )
    write_atomic(args.output, result.encode("utf-8") if isinstance(result, str) else result)
    return 0


# --------------------------------------------------------------------------- exercises


def _read_catalogue(path: str | None) -> Catalogue:
    """The shipped catalogue, with a user's catalogue file (TOML, or .json) on top."""
    if path is None:
        return default_catalogue()
    data = read_data(path)
    try:
        return load_catalogue(data)
    except ProgrammeError as exc:
        where = f"{path}: {exc.where}" if exc.where else path
        raise ProgrammeError(exc.reason, where=where) from None


def _add_exercises(sub: Any) -> None:
    p = sub.add_parser(
        "exercises",
        help="search the exercise catalogue, or show one exercise",
        description="Search the exercise catalogue (best match first), or show one exercise "
        "with its numbered instructions.",
    )
    p.add_argument("text", nargs="?", default="", help="words to search for (default: all)")
    p.add_argument("--category", help="only this category, such as 'stretch' or 'nerve glide'")
    p.add_argument("--region", help="only this body region, such as 'calf' or 'lumbar'")
    p.add_argument("--equipment", help="only exercises that use this, such as 'foam roller'")
    p.add_argument("--show", metavar="ID", help="show one exercise in full")
    p.add_argument("--catalogue", metavar="FILE", help="your catalogue file, added on top")
    p.add_argument("--json", action="store_true", help="print JSON catalogue entries")
    p.set_defaults(run=_run_exercises)


def _show_exercise(entry: CatalogueEntry, out: IO[str]) -> None:
    e = entry.exercise
    print(f"{e.name} ({e.id})", file=out)
    print(f"{e.category}, {e.region}; equipment: {', '.join(e.equipment) or 'none'}", file=out)
    for number, step in enumerate(e.instructions, start=1):
        print(f"  {number}. {step}", file=out)
    if entry.dose or entry.when:
        usual = ", ".join(t for t in (entry.dose, entry.when) if t)
        print(f"Usual dose: {usual}", file=out)
    for caution in entry.cautions:
        print(f"Caution: {caution}", file=out)


def _run_exercises(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    catalogue = _read_catalogue(args.catalogue)
    if args.show is not None:
        entry = catalogue.entry(args.show)
        if args.json:
            print(json.dumps(entry.to_dict(), ensure_ascii=False, indent=2), file=out)
        else:
            _show_exercise(entry, out)
        return 0
    found = catalogue.search(
        args.text, category=args.category, region=args.region, equipment=args.equipment
    )
    if args.json:
        rows = [catalogue.entry(e.id).to_dict() for e in found]
        print(json.dumps(rows, ensure_ascii=False, indent=2), file=out)
        return 0
    width = max((len(e.id) for e in found), default=0)
    for e in found:
        print(f"{e.id:<{width}}  {e.name} ({e.category}, {e.region})", file=out)
    print(f"{len(found)} of {len(catalogue)} exercises", file=err)
    return 0


# --------------------------------------------------------------------------- demo


def _add_demo(sub: Any) -> None:
    p = sub.add_parser(
        "demo",
        help="write the demo programme with its schedule, calendar and sheets",
        description="Write the demo programme (a runner with calf pain) to a folder, "
        "with its schedule (JSON), calendar (.ics) and printed sheet (HTML and text).",
    )
    p.add_argument("-o", "--out", default="demo", metavar="DIR", help="the folder (default: demo)")
    p.set_defaults(run=_run_demo)


def _run_demo(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from rehabplan.examples import DEMO_TOML
    from rehabplan.export.sheet import render_sheet  # jinja2 only when asked

    folder = Path(args.out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{folder}: cannot make the folder ({exc.strerror or exc})") from None
    programme_path = folder / "programme.toml"
    write_atomic(str(programme_path), DEMO_TOML.encode("utf-8"))
    programme = load(str(programme_path))
    schedule = expand(programme)
    files = {"programme.toml": len(DEMO_TOML.encode())}
    outputs: dict[str, bytes] = {
        "schedule.json": to_json(schedule).encode("utf-8"),
        "calendar.ics": to_ics(schedule, alarm_minutes=10),
        "sheet.html": render_sheet(schedule, format="html").encode("utf-8"),  # type: ignore[union-attr]
        "sheet.txt": render_sheet(schedule, format="txt").encode("utf-8"),  # type: ignore[union-attr]
    }
    for name, data in outputs.items():
        write_atomic(str(folder / name), data)
        files[name] = len(data)
    for name, size in files.items():
        print(f"wrote {folder / name} ({size} bytes)", file=out)
    print(f"{len(schedule)} sessions from {schedule.start} to {schedule.until}", file=out)
    return 0


# --------------------------------------------------------------------------- batch


def _add_batch(sub: Any) -> None:
    p = sub.add_parser(
        "batch",
        help="build the calendar and sheet of every programme file in a folder",
        description="Build an .ics calendar and an HTML sheet for every programme file "
        "(.toml, .json) in DIR, in parallel. A file that fails is reported and the others "
        "are built; the exit status is 2 if any failed.",
    )
    p.add_argument("folder", metavar="DIR", help="a folder of programme files")
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="where to write")
    p.add_argument(
        "--workers", type=int, metavar="N", help="processes to use (default: one per core)"
    )
    p.add_argument(
        "--only",
        choices=("ics", "html"),
        help="write only the calendars (ics) or only the sheets (html)",
    )
    p.set_defaults(run=_run_batch)


def _run_batch(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    import time

    from rehabplan.batch import build_many, programme_files

    if args.workers is not None and args.workers < 1:
        raise _UsageError("rehabplan batch: --workers must be at least 1")
    files = programme_files(args.folder)
    started = time.monotonic()
    result = build_many(
        files,
        args.output,
        workers=args.workers,
        outputs=(args.only,) if args.only else None,
        stream=err,
    )
    seconds = time.monotonic() - started
    for outcome in result.failed:
        print(f"rehabplan: {outcome.error}", file=err)
    sessions = sum(o.sessions for o in result.built)
    print(f"{result.summary()}, {sessions} sessions, in {seconds:.1f} s", file=err)
    return 2 if result.failed else 0


# --------------------------------------------------------------------------- ics


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


def _add_ics(sub: Any) -> None:
    p = sub.add_parser(
        "ics",
        help="write a programme file as an iCalendar (.ics) file",
        description="Write the sessions of a programme as an iCalendar file to import or "
        "subscribe to: one event per routine (the sessions due together) and recurring "
        "series by default.",
    )
    p.add_argument("programme", metavar="PROGRAMME", help="a programme file (.toml or .json)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the .ics file to write")
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
    _add_window(p)
    p.set_defaults(run=_run_ics)


def _read_previous(path: str | None) -> bytes | None:
    if path is None:
        return None
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ExportError(f"--previous {path}: cannot be read ({exc.strerror or exc})") from None


def _run_ics(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    # The programme itself, not its schedule: a compact calendar is planned from the
    # rules (a long programme is not expanded session by session first).
    data, sessions = ics_and_count(
        load(args.programme),
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
    print(f"wrote {args.output}: {events} events for {sessions} sessions ({mode})", file=out)
    return 0


# --------------------------------------------------------------------------- main

_COMMANDS: tuple[Callable[[Any], None], ...] = (
    _add_parse,
    _add_schedule,
    _add_ics,
    _add_sheet,
    _add_exercises,
    _add_demo,
    _add_check,
    _add_batch,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = _Parser(
        prog="rehabplan",
        description="Plan home-exercise programmes: phrases, schedules, calendars and sheets.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for add in _COMMANDS:
        add(sub)
    return parser


def main(
    argv: Sequence[str] | None = None, *, out: IO[str] | None = None, err: IO[str] | None = None
) -> int:
    """
    Run the command line; return the exit status (0 done, 2 bad input).

    >>> main(["parse", "3x15 twice daily for 12 weeks"])  # doctest: +ELLIPSIS
    {"text": "3x15 twice daily for 12 weeks", ...}
    0
    """
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(out):  # argparse prints --help to sys.stdout
            args = parser.parse_args(argv)
        if getattr(args, "run", None) is None:
            parser.print_help(out)
            return 2
        return int(args.run(args, out, err))
    except _UsageError as exc:
        print(f"{exc}; see rehabplan --help", file=err)
        return 2
    except ScheduleError as exc:  # a programme file that reads but cannot be scheduled
        source = getattr(args, "programme", None)
        print(f"rehabplan: {source}: {exc}" if source else f"rehabplan: {exc}", file=err)
        return 2
    except RehabplanError as exc:
        print(f"rehabplan: {exc}", file=err)
        return 2
    except SystemExit as exc:  # --help and --version end here
        return exc.code if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        print("rehabplan: interrupted", file=err)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # the output itself failed: a full disk, a closed stream
        print(f"rehabplan: cannot write the output ({exc.strerror or exc})", file=err)
        return 2
