"""Regression: A run's card and weekly rows show its distance (3 km), not only its time."""

from __future__ import annotations

from rehabplan import (
    examples,
)


def test_an_activity_card_shows_its_distance() -> None:
    """A run's card and weekly rows show its distance (3 km), not only its time."""
    from rehabplan.export.sheet import render_sheet

    text = render_sheet(examples.calf_runner(), format="txt")
    assert "DOSE: 3 km" in text
    assert "Run (5.5 km)" in text
