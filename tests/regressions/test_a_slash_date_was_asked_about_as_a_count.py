"""Regression: `read("until 00/00")` was a reading with a question about a count, not a refused date."""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_timing, read


@pytest.mark.parametrize("text", ["until 00/00", "daily until 15/04/2027", "starting 04/05 daily"])
def test_a_slash_date_is_refused_by_every_reader(text: str) -> None:
    """Day/month or month/day is not guessed; every reader says how to write the date."""
    with pytest.raises(PhraseError, match="a date in figures with slashes is not read") as strict:
        parse_timing(text)
    with pytest.raises(PhraseError) as free:
        read(text)
    assert str(free.value) == str(strict.value)


def test_a_length_in_weeks_with_a_slash_still_reads() -> None:
    """'BD for 2/52' is two weeks, not a date."""
    assert read("BD for 2/52").duration_days == 14
