"""
The argument parser with every command, and `main`: every bad input is exit status 2.

Each command imports the library's modules it needs when it runs, so that building the
parser, `--help` and a one-shot command pay only for what they use.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence

from rehabplan._version import __version__
from rehabplan.cli._batch import add_batch
from rehabplan.cli._calendar import add_ics
from rehabplan.cli._demo import add_demo
from rehabplan.cli._exercises import add_exercises
from rehabplan.cli._fhir import add_fhir
from rehabplan.cli._options import Parser, UsageError
from rehabplan.cli._parse import add_parse
from rehabplan.cli._schedule import add_check, add_schedule
from rehabplan.cli._sheet import add_sheet
from rehabplan.errors import RehabplanError, ScheduleError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: --help does without importing typing
if TYPE_CHECKING:
    from typing import IO, Any

__all__ = ["build_parser", "main"]

_COMMANDS: tuple[Callable[[Any], None], ...] = (
    add_parse,
    add_schedule,
    add_ics,
    add_sheet,
    add_exercises,
    add_demo,
    add_check,
    add_batch,
    add_fhir,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = Parser(
        prog="rehabplan",
        description="Plan home-exercise programmes: phrases, schedules, calendars and sheets.",
    )
    parser.add_argument("--version", action="version", version=f"rehabplan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for add in _COMMANDS:
        add(sub)
    return parser


#: Arguments that are text to read rather than names of files: their readers refuse a
#: NUL in their own words.
_TEXT_ARGUMENTS = frozenset({"phrase", "text"})


def _refuse_nul(args: argparse.Namespace) -> None:
    """A NUL in a file name or an option is refused: no file name can hold one."""
    for name, value in vars(args).items():
        if name not in _TEXT_ARGUMENTS and isinstance(value, str) and "\0" in value:
            raise UsageError(
                f"rehabplan {args.command}: {name} {value!r} contains a NUL character, "
                "which no file name can hold"
            )


def main(
    argv: Sequence[str] | None = None, *, out: IO[str] | None = None, err: IO[str] | None = None
) -> int:
    """
    Run the command line; return the exit status (0 done, 2 bad input).

    >>> main(["parse", "3x15 twice daily for 12 weeks"])
    dose: 3 x 15
    when: twice daily for 12 weeks
    0
    """
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(out):  # argparse prints --help to sys.stdout
            args = parser.parse_args(argv)
        _refuse_nul(args)
        if getattr(args, "run", None) is None:
            parser.print_help(out)
            return 2
        return int(args.run(args, out, err))
    except UsageError as exc:
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
