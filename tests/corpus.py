"""The phrase corpus comparison rules (corpus README), per-field accuracy and silent misreads.

Run it as `python tests/corpus.py [-v] [FILE ...]` to print, for each corpus file, the
accuracy of every field, of the schedule fields on the phrases that state a schedule, of
the dose fields on the phrases that state a dose, and the silent-misread rate (and,
with ``-v``, every miss).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import attrs

from rehabplan.errors import PhraseError
from rehabplan.phrases import read

#: Fields of the schedule: how often, when, for how long, tied to what, or as needed.
SCHEDULE = (
    "times_per_day",
    "every_n_days",
    "times_per_week",
    "days_of_week",
    "time_of_day",
    "duration_days",
    "anchor",
    "prn",
)
#: Fields of the dose.
DOSE = ("sets", "reps", "hold_seconds", "per_side")
FIELDS = (*SCHEDULE[:6], *DOSE, "anchor", "prn")
FREQUENCY = ("times_per_day", "every_n_days", "times_per_week", "days_of_week", "duration_days")


def same(field: str, got: object, want: object) -> bool:
    """The corpus README's comparison rules."""
    if field in ("days_of_week", "time_of_day"):
        return sorted(got or []) == sorted(want or [])
    if field == "anchor":
        norm = lambda v: None if v is None else " ".join(str(v).lower().split())  # noqa: E731
        return norm(got) == norm(want)
    if field in ("per_side", "prn"):
        return bool(got) == bool(want)

    def as_range(v: object) -> object:
        if isinstance(v, list):
            return tuple(v)
        if isinstance(v, int):
            return (v, v)
        return v

    return as_range(got) == as_range(want)


def _states(row: dict[str, Any], fields: tuple[str, ...]) -> bool:
    return any(row[f] not in (None, False) for f in fields)


@attrs.frozen
class Score:
    """How well the reader does on one corpus file."""

    n: int
    per_field: dict[str, float]
    frequency: float
    schedule: float
    schedule_n: int
    dose: float
    dose_n: int
    silent: float
    refused: float

    def lines(self) -> list[str]:
        """The table `python tests/corpus.py` prints."""
        rows = [f"{f:18} {acc:6.1%}" for f, acc in self.per_field.items()]
        rows += [
            f"{'frequency-correct':18} {self.frequency:6.1%}  ({self.n} phrases)",
            f"{'schedule-correct':18} {self.schedule:6.1%}  ({self.schedule_n} state a schedule)",
            f"{'dose-correct':18} {self.dose:6.1%}  ({self.dose_n} state a dose)",
            f"{'silent misreads':18} {self.silent:6.1%}  (accepted, not ambiguous, wrong)",
            f"{'refused':18} {self.refused:6.1%}",
        ]
        return rows


def evaluate(path: Path, verbose: bool = False) -> Score:
    """Read every phrase of a corpus file and score the readings against the file's."""
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    correct = dict.fromkeys(FIELDS, 0)
    freq_ok = schedule_ok = schedule_n = dose_ok = dose_n = silent = refused = 0
    for row in rows:
        try:
            got = read(row["text"]).as_dict()
        except PhraseError as exc:
            got = {"error": str(exc)}
            refused += 1
        misses = [f for f in FIELDS if not same(f, got.get(f), row[f])]
        for f in FIELDS:
            correct[f] += f not in misses
        freq_ok += not any(f in misses for f in FREQUENCY)
        if _states(row, SCHEDULE):
            schedule_n += 1
            schedule_ok += not any(f in misses for f in SCHEDULE)
        if _states(row, DOSE):
            dose_n += 1
            dose_ok += not any(f in misses for f in DOSE)
        is_silent = "error" not in got and not got["ambiguous"] and bool(misses)
        silent += is_silent
        if verbose and misses:
            print(repr(row["text"]) + ("  [SILENT]" if is_silent else ""))
            for f in misses:
                print(f"    {f}: got {got.get(f)!r} want {row[f]!r}")
            if "error" in got:
                print("    error:", got["error"])
    n = len(rows)
    return Score(
        n=n,
        per_field={f: correct[f] / n for f in FIELDS},
        frequency=freq_ok / n,
        schedule=schedule_ok / max(schedule_n, 1),
        schedule_n=schedule_n,
        dose=dose_ok / max(dose_n, 1),
        dose_n=dose_n,
        silent=silent / n,
        refused=refused / n,
    )


def main(argv: list[str] | None = None) -> None:
    """Print the score table of each corpus file named (the dev corpus if none)."""
    parser = argparse.ArgumentParser(
        prog="python tests/corpus.py",
        description="Score the phrase reader on corpus files (JSON Lines, corpus format).",
    )
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="FILE",
        help="corpus files to score (default: tests/data/phrases-dev.jsonl)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    paths = args.files or [Path(__file__).parent / "data/phrases-dev.jsonl"]
    for path in paths:
        if not path.is_file():
            parser.error(f"no such corpus file: {path}")
        print(f"== {path.name}")
        print("\n".join(evaluate(path, verbose=args.verbose).lines()))


if __name__ == "__main__":
    main()
