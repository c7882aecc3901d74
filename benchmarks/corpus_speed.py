"""
Phrase-parsing speed over the dev corpus: phrases per second, median of several runs.

    python benchmarks/corpus_speed.py [--runs 9]

Reads every phrase of tests/data/phrases-dev.jsonl with `rehabplan.phrases.read` (an
unreadable phrase raising PhraseError counts as read), after one warm-up pass that fills
the grammar's caches; prints each run's rate and the median.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from rehabplan.errors import PhraseError
from rehabplan.phrases import read

CORPUS = Path(__file__).parent.parent / "tests" / "data" / "phrases-dev.jsonl"


def one_pass(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        try:
            read(text)
        except PhraseError:
            pass
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    texts = [
        json.loads(line)["text"]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    one_pass(texts)  # warm-up
    rates = [one_pass(texts) for _ in range(args.runs)]
    print("runs (phrases/s):", " ".join(f"{r:,.0f}" for r in rates))
    print(f"median: {statistics.median(rates):,.0f} phrases/s over {len(texts)} dev-corpus phrases")


if __name__ == "__main__":
    main()
