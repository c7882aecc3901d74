"""What every command shares: the usage error, the parser that raises it, date options."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import NoReturn

from rehabplan.errors import ProgrammeError
from rehabplan.files import load
from rehabplan.model import Programme, Schedule
from rehabplan.scheduling import DEFAULT_LIMIT, expand

__all__ = ["Parser", "UsageError", "add_window", "date_arg", "load_programme", "schedule_of"]


class UsageError(Exception):
    """A bad option or argument: reported like any other bad input, exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


# --------------------------------------------------------------------------- helpers


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, such as 2027-03-01"
        ) from None


#: What a programme with nothing to schedule is told: every output would be empty.
NOTHING_TO_SCHEDULE = "has nothing to schedule: add a prescription, an activity or an appointment"


def load_programme(path: str) -> Programme:
    """The programme in the file at *path*; one with nothing to schedule is refused."""
    programme = load(path)
    if programme.is_empty:
        raise ProgrammeError(
            "has nothing to schedule: add a prescription, an activity or an appointment",
            where=path,
        )
    return programme


def schedule_of(args: argparse.Namespace) -> Schedule:
    programme = load_programme(args.programme)
    return expand(programme, start=args.start, until=args.until, limit=args.limit)


def add_window(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="start",
        type=date_arg,
        metavar="DATE",
        help="first day (default: the programme's start)",
    )
    parser.add_argument(
        "--until",
        type=date_arg,
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
