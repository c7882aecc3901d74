"""What every command shares: the usage error, the parser that raises it, date options."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Iterable

from rehabplan.errors import ProgrammeError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: --help does without importing typing
if TYPE_CHECKING:
    from typing import IO, Any, NoReturn

    from rehabplan.model import Programme, Schedule

    #: What a command runs: its parsed arguments, standard output and error to the exit status.
    Runner = Callable[[argparse.Namespace, IO[str], IO[str]], int]

__all__ = [
    "DEFAULT_LIMIT",
    "Parser",
    "UsageError",
    "add_output",
    "add_programme",
    "add_strict",
    "add_window",
    "command",
    "date_arg",
    "load_programme",
    "schedule_of",
    "warn",
]


#: `rehabplan.scheduling.DEFAULT_LIMIT`, written out so that building the parser (and
#: `--help`) does not import the library; a test holds the two equal.
DEFAULT_LIMIT = 100_000


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


def command(
    sub: Any, name: str, *, run: Runner, help: str, description: str
) -> argparse.ArgumentParser:
    """The parser of the command *name*, which *run* carries out; its arguments are added to it."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help, description=description)
    parser.set_defaults(run=run)
    return parser


def add_output(parser: argparse.ArgumentParser, help: str, *, metavar: str = "FILE") -> None:
    """The required ``-o``/``--output``: where the command writes."""
    parser.add_argument("-o", "--output", required=True, metavar=metavar, help=help)


def add_programme(parser: argparse.ArgumentParser, metavar: str = "PROGRAMME") -> None:
    parser.add_argument("programme", metavar=metavar, help="a programme file (.toml or .json)")
    parser.add_argument(
        "--accept-defaults",
        action="store_true",
        help="read an ambiguous phrase ('every 2-3 days') by its documented default "
        "(the low end) instead of refusing it with the question to answer",
    )


def load_programme(args: argparse.Namespace) -> Programme:
    """The programme in the file named by *args*; one with nothing to schedule is refused."""
    from rehabplan.files import load

    programme = load(args.programme, accept_defaults=args.accept_defaults)
    if programme.is_empty:
        raise ProgrammeError(
            "has nothing to schedule: add a prescription, an activity or an appointment",
            where=args.programme,
        )
    return programme


def schedule_of(args: argparse.Namespace) -> Schedule:
    from rehabplan.scheduling import expand

    programme = load_programme(args)
    return expand(
        programme, start=args.start, until=args.until, limit=args.limit, strict=args.strict
    )


def add_strict(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--strict",
        action="store_true",
        help="treat a warning (a race the caps cannot reach by its date) as an error",
    )


def warn(warnings: Iterable[str], err: IO[str]) -> None:
    """Each warning of a plan, once, on one stderr line of its own."""
    for warning in warnings:
        print(f"warning: {warning}", file=err)


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
