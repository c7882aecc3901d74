"""Regression: `read("daily except daily")` was daily, the exception only flagged, so `rehabplan parse` printed a schedule."""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_timing, read


@pytest.mark.parametrize("text", ["daily except daily", "3 x 10 daily except when sore"])
def test_an_exception_no_rule_places_is_refused_by_every_reader(text: str) -> None:
    """Every reader refuses it with one message naming the words."""
    with pytest.raises(PhraseError, match="an exception here is not read") as strict:
        parse_timing(text)
    with pytest.raises(PhraseError) as free:
        read(text)
    assert str(free.value) == str(strict.value)


def test_an_exception_of_days_still_reads() -> None:
    """'daily except Sunday' is every day but Sunday."""
    assert read("daily except Sunday").days_of_week == ("MO", "TU", "WE", "TH", "FR", "SA")
