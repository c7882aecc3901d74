"""Regression: 50,000 opening brackets took about a minute to read (a scan per bracket)."""

from __future__ import annotations

import contextlib
import gc
import time

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import MAX_LENGTH, parse_prescription, parse_timing, read


@pytest.mark.parametrize(
    "text",
    [
        "(" * (MAX_LENGTH - 1),
        "(" * (MAX_LENGTH // 2) + ")" * (MAX_LENGTH // 2),
        "(up to " * (MAX_LENGTH // 8) + ")" * (MAX_LENGTH // 8),
        "-" * (MAX_LENGTH - 1),
    ],
)
def test_the_longest_phrase_of_punctuation_is_answered_within_a_second(text: str) -> None:
    """
    Every reader answers a phrase of MAX_LENGTH punctuation in well under a second (a
    quadratic scan took minutes). The first reading compiles the rules it tries, a cost
    paid once per process, so the time is taken on the second; it is about 0.25 s. The
    garbage collector is held off while it is timed: deep in the whole suite, a full
    collection of everything the other tests left alive can take most of a second.
    """
    for reader in (read, parse_timing, parse_prescription):
        with contextlib.suppress(PhraseError):
            reader(text)
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            with contextlib.suppress(PhraseError):
                reader(text)
            taken = time.process_time() - start
        finally:
            gc.enable()
        assert taken < 1.0
