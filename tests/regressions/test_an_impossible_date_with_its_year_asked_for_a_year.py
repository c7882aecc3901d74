"""Regression: 'until 29 February 2027' was refused as 'a date needs a day, a month and a year'."""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_timing


@pytest.mark.parametrize("text", ["until 29 February 2027", "until 31 April 2027"])
def test_an_impossible_date_says_the_month_has_no_such_day(text: str) -> None:
    """The message names the real problem: the month has no such day."""
    with pytest.raises(PhraseError, match="not a valid date: that month has no such day"):
        parse_timing(text)


def test_a_leap_day_in_a_leap_year_reads() -> None:
    """29 February 2028 is a date."""
    assert str(parse_timing("daily until 29 February 2028")) == "daily until 2028-02-29"
