"""Regression: '-3 x 15' is an error, not 3 x 15 with the sign dropped."""

from __future__ import annotations

import pytest

from rehabplan import (
    PhraseError,
    parse_dose,
)


def test_negative_counts_are_refused() -> None:
    """'-3 x 15' is an error, not 3 x 15 with the sign dropped."""
    for text in ("-3 x 15", "3 x -15"):
        with pytest.raises(PhraseError, match="cannot be negative"):
            parse_dose(text)
