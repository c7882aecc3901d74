"""Regression: The CSV has one header row of the schedule's keys and one row per session."""

from __future__ import annotations

from rehabplan import (
    examples,
)
from rehabplan.export.data import FIELDS, to_csv


def test_schedule_as_csv_has_the_json_keys() -> None:
    """The CSV has one header row of the schedule's keys and one row per session."""
    lines = to_csv(examples.achilles()).splitlines()
    assert (lines[0].split(","), len(lines)) == (list(FIELDS), 169)
