"""``rehabplan parse``: a phrase read back as a dose and a timing, or as the corpus JSON."""

from __future__ import annotations

import argparse
import sys

from rehabplan.cli._options import UsageError, command
from rehabplan.errors import ProgrammeError, RehabplanError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: --help does without importing typing
if TYPE_CHECKING:
    from typing import IO, Any

    from rehabplan import phrases

__all__ = ["add_parse"]


def add_parse(sub: Any) -> None:
    p = command(
        sub,
        "parse",
        help="read a prescription phrase and print what it means",
        description="Read a prescription phrase and print its dose and timing as the "
        "library writes them, or (--json) one JSON object with the keys of the phrase corpus.",
        run=_run_parse,
    )
    p.add_argument("phrase", nargs="?", help='the phrase, such as "3x15 twice daily for 12 weeks"')
    p.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object with the keys of the phrase corpus",
    )
    p.add_argument(
        "--jsonl",
        metavar="FILE",
        help="read one JSON object a line (its 'text' key; '-' for stdin) and write one a line",
    )


def _described(reading: phrases.Reading) -> list[str]:
    """The reading for people: the canonical dose and timing, and what is uncertain."""
    lines = []
    if reading.dose is not None:
        lines.append(f"dose: {reading.dose}")
    if reading.timing is not None:
        lines.append(f"when: {reading.timing}")
    if reading.ambiguous:
        lines.append(f"ambiguous: {reading.note or 'it has more than one reading'}")
    elif reading.note:
        lines.append(f"note: {reading.note}")
    return lines or ["nothing to schedule: no dose and no timing"]


def _run_parse(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    import json

    from rehabplan import phrases

    if args.jsonl is None:
        if args.phrase is None:
            raise UsageError("rehabplan parse: give a PHRASE or --jsonl FILE")
        reading = phrases.read(args.phrase)
        if args.json:
            print(json.dumps(reading.as_dict(), ensure_ascii=False), file=out)
        else:
            print("\n".join(_described(reading)), file=out)
        return 0
    if args.phrase is not None:
        raise UsageError("rehabplan parse: give a PHRASE or --jsonl FILE, not both")
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
