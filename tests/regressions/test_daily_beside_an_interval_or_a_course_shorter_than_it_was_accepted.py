"""Regression: 'every other day daily', 'every 3 days for 2 days' and 'on weekdays and Monday' were accepted."""

from __future__ import annotations

import re

import pytest

from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.model import Timing
from rehabplan.phrases import parse_timing, read


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("every other day daily", "'every other day' and 'daily' say different things"),
        ("every day every other day", "'every day' and 'every other day' say different things"),
        ("every 3 days for 2 days", "'for 2 days' is shorter than the time between sessions"),
        ("weekly for 3 days", "'for 3 days' is shorter than the time between sessions ('weekly')"),
        ("on weekdays and Monday", "the same day is named twice"),
    ],
)
def test_a_contradiction_is_refused_by_every_reader(text: str, problem: str) -> None:
    """Both sayings cannot hold, so neither is chosen silently."""
    with pytest.raises(PhraseError, match=re.escape(problem)) as strict:
        parse_timing(text)
    with pytest.raises(PhraseError) as free:
        read(text)
    assert str(free.value) == str(strict.value)


def test_once_a_day_on_alternate_days_is_no_contradiction() -> None:
    """'once a day every other day' counts sessions a day and spaces the days: both hold."""
    assert parse_timing("once a day every other day") == Timing(times_per_day=1, every_days=2)
    assert parse_timing("every 3 days for 3 days") == Timing(every_days=3, duration_days=3)


@pytest.mark.parametrize(
    "fields", [{"every_days": 3, "duration_days": 2}, {"times_per_week": 1, "duration_days": 6}]
)
def test_a_timing_shorter_than_its_interval_cannot_be_built(fields: dict[str, int]) -> None:
    """The model refuses it too, so every timing's text reads back to it."""
    with pytest.raises(ProgrammeError, match="duration_days: a course of"):
        Timing(**fields)  # type: ignore[arg-type]
