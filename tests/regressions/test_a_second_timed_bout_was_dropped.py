"""
Regression: "walk 4 min / run 1 min" read as a 4-minute bout and passed over the
minute of running, in `parse_dose` as in free text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_dose, read


def test_parse_dose_asks_which_bout() -> None:
    """A dose has one timed bout: two different ones are a question, not the first."""
    with pytest.raises(PhraseError, match="two timed bouts, 'walk 4 min' and 'run 1 min'"):
        parse_dose("walk 4 min / run 1 min")


def test_the_default_reading_is_the_first_bout_when_accepted() -> None:
    """Accepting the default reading keeps the first bout, as documented."""
    dose = parse_dose("walk 4 min / run 1 min", accept_defaults=True)
    assert dose.duration == dt.timedelta(minutes=4)


def test_read_flags_the_second_bout() -> None:
    """Free text marks the reading ambiguous and names both bouts."""
    reading = read("walk 4 min / run 1 min x 5, every other day")
    assert reading.ambiguous
    assert "two timed bouts" in (reading.note or "")
