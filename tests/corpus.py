"""The phrase corpus comparison rules (corpus README), and per-field accuracy.

Run it as `python tests/corpus.py [-v] [FILE]` to print the accuracy table (and every miss).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rehabplan.errors import PhraseError
from rehabplan.phrases import read

FIELDS = (
    "times_per_day",
    "every_n_days",
    "times_per_week",
    "days_of_week",
    "time_of_day",
    "duration_days",
    "sets",
    "reps",
    "hold_seconds",
    "per_side",
    "anchor",
    "prn",
)
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


def evaluate(path: Path, verbose: bool = False) -> tuple[dict[str, float], float, int]:
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    correct = dict.fromkeys(FIELDS, 0)
    freq_ok = 0
    for row in rows:
        try:
            got = read(row["text"]).as_dict()
        except PhraseError as exc:
            got = {"error": str(exc)}
        misses = [f for f in FIELDS if not same(f, got.get(f), row[f])]
        for f in FIELDS:
            correct[f] += f not in misses
        if not any(f in misses for f in FREQUENCY):
            freq_ok += 1
        if verbose and misses:
            print(repr(row["text"]))
            for f in misses:
                print(f"    {f}: got {got.get(f)!r} want {row[f]!r}")
            if "error" in got:
                print("    error:", got["error"])
    n = len(rows)
    return {f: correct[f] / n for f in FIELDS}, freq_ok / n, n


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    path = Path(args[0]) if args else Path(__file__).parent / "data/phrases-dev.jsonl"
    per_field, freq, n = evaluate(path, verbose="-v" in sys.argv)
    for f, acc in per_field.items():
        print(f"{f:16} {acc:6.1%}")
    print(f"{'frequency-correct':16} {freq:6.1%}  ({n} phrases)")
