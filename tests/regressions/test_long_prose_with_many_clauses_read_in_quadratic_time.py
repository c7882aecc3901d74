"""
Free text with many clauses was read in quadratic time: each fact looked for its clause
among all the clauses, and each clause's words were gathered from all the tokens, so
100 KB of handout prose about crutches and exercises took about a minute.
"""

from __future__ import annotations

import contextlib
import time

from rehabplan import PhraseError
from rehabplan.phrases import MAX_LENGTH, read

_SENTENCES = (
    "Use your crutches for 2 weeks and take your tablets three times a day.",
    "Do 3 x 15 slow heel drops twice daily for 12 weeks.",
    "Walk for 20 minutes on Monday, Wednesday and Friday.",
)


def _prose(sentences: int) -> str:
    return " ".join(_SENTENCES[i % len(_SENTENCES)] for i in range(sentences))


def _seconds(text: str) -> float:
    # CPU time of this process: other processes' load on a shared machine barely moves it
    start = time.process_time()
    # many clauses that disagree are refused: the time to say so is what counts
    with contextlib.suppress(PhraseError):
        read(text)
    return time.process_time() - start


def test_long_prose_with_many_clauses_is_read_in_linear_time() -> None:
    """Sixteen times the text takes far less than the 256 times a quadratic reader took."""
    assert len(_prose(800)) <= MAX_LENGTH
    _seconds(_prose(30))  # the grammar's rules compile on first use
    small = min(_seconds(_prose(50)) for _ in range(3))
    large = min(_seconds(_prose(800)) for _ in range(3))  # under MAX_LENGTH
    assert large < 64 * small + 0.05
