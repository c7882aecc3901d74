"""Regression: 'every weekday' is a weekday group; 'every weekend' is asked."""

from __future__ import annotations

import pytest

from rehabplan import parse_timing
from rehabplan.errors import PhraseError


def test_every_weekday() -> None:
    """'every weekday' is Monday to Friday."""
    assert parse_timing("every weekday").weekdays == (0, 1, 2, 3, 4)


def test_every_weekend_is_asked_and_its_default_is_both_days() -> None:
    """'every weekend' may be once a weekend: asked, with both days as the default."""
    with pytest.raises(PhraseError, match="once a weekend"):
        parse_timing("every weekend")
    assert parse_timing("every weekend", accept_defaults=True).weekdays == (5, 6)
