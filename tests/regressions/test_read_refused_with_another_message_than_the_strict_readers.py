"""Regression: `read` (and so the command line) said 'found no dose or timing' where the strict readers named the word."""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_timing, read


@pytest.mark.parametrize("text", ["umpteen sets of ten", "a zillion reps", "every umpteen days"])
def test_read_names_what_stopped_it_as_parse_timing_does(text: str) -> None:
    """When nothing can be read, `read` raises the strict reader's message, naming the words."""
    with pytest.raises(PhraseError) as strict:
        parse_timing(text)
    with pytest.raises(PhraseError) as free:
        read(text)
    assert str(free.value) == str(strict.value)
    assert "found no dose or timing" not in str(free.value)


def test_nought_is_a_zero_count_and_refused() -> None:
    """ "nought", "naught" and "nil" are zero: a count of them is refused, never passed over."""
    for word in ("nought", "naught", "nil"):
        with pytest.raises(PhraseError, match="sets must be at least 1"):
            read(f"{word} sets of ten")
