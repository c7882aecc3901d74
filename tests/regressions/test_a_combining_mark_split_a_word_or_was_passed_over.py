"""Regression: 'twice dai\u0301ly' was read as '2 reps', 'twice daily\u0301' as twice daily."""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_timing, read


@pytest.mark.parametrize("text", ["twice dai\u0301ly", "twice daily\u0301", "every 3\u0301 days"])
def test_a_combining_mark_is_refused_naming_it(text: str) -> None:
    """A mark typed apart from its letter is refused by every reader, the same way."""
    with pytest.raises(PhraseError, match="COMBINING ACUTE ACCENT") as strict:
        parse_timing(text)
    with pytest.raises(PhraseError) as free:
        read(text)
    assert str(free.value) == str(strict.value)


def test_an_accented_letter_typed_as_one_character_still_reads() -> None:
    """'daíly' (one character) is still read as its base letters."""
    assert read("twice da\u00efly").times_per_day == 2
