"""
Every exercise card on a sheet has steps: its own, or "As shown by your physio.".

A card with a name and nothing under it leaves the patient guessing; an exercise the
programme names without instructions points the patient back to the physio instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from rehabplan import examples
from rehabplan.catalogue import default_catalogue
from rehabplan.export.sheet import sheet_view
from rehabplan.model import Dose, Exercise, Prescription, Programme, Timing

EXAMPLES: dict[str, Callable[[], Programme]] = {
    "achilles": examples.achilles,
    "home_exercises": examples.home_exercises,
    "calf_runner": examples.calf_runner,
    "sciatic_runner": examples.sciatic_runner,
}


def _cards(programme: Programme) -> dict[str, tuple[str, ...]]:
    view = sheet_view(programme, weeks=1)
    return {card.name: card.instructions for s in view.sections for card in s.cards}


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_card_of_an_example_has_steps(name: str) -> None:
    """No card of an example programme's sheet is printed without steps."""
    cards = _cards(EXAMPLES[name]())
    assert cards != {}
    assert [card for card, steps in cards.items() if not steps] == []


def test_an_exercise_without_instructions_says_as_shown_by_your_physio() -> None:
    """A named exercise with no written steps prints the one step that sends the patient to the physio."""
    programme = Programme(
        title="Hops",
        start=dt.date(2027, 3, 1),
        timezone="UTC",
        prescriptions=[
            Prescription(
                exercise=Exercise(name="Hop drills"),
                dose=Dose(3, 10),
                timing=Timing(times_per_day=1, duration_days=7),
            )
        ],
    )
    assert _cards(programme) == {"Hop drills": ("As shown by your physio.",)}


def test_a_catalogue_exercise_prints_its_repetition_step() -> None:
    """A catalogue exercise's card carries the step that says what one repetition is."""
    exercise = default_catalogue().get("clamshell")
    programme = Programme(
        title="Clams",
        start=dt.date(2027, 3, 1),
        timezone="UTC",
        prescriptions=[
            Prescription(
                exercise=exercise, dose=Dose(3, 12), timing=Timing(every_days=2, duration_days=14)
            )
        ],
    )
    steps = _cards(programme)["Clamshell"]
    assert steps[-1] == "One repetition is one lift of the top knee and the slow lowering."
