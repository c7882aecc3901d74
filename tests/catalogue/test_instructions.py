"""
The shipped catalogue's instructions, read as a physio would sign them.

Every entry says in one step what one repetition (or one hold) is, after the steps
that set up the position and the movement; every entry of a family of exercises that
can provoke nerve or joint symptoms carries a warning that names those symptoms.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rehabplan.catalogue import CatalogueEntry, default_catalogue
from rehabplan.model import Exercise

ENTRIES = default_catalogue().entries

#: How the step that says what one repetition or one hold is begins.
ONE = ("One repetition is ", "One hold is ")
#: Words a warning about nerve symptoms uses.
NERVE_WORDS = ("pins and needles", "tingling", "numbness")


def _one_steps(entry: CatalogueEntry) -> list[str]:
    return [step for step in entry.exercise.instructions if step.startswith(ONE)]


def _warns(entry: CatalogueEntry, *words: str) -> bool:
    """True when one caution names any of *words*."""
    return any(any(w in caution.lower() for w in words) for caution in entry.cautions)


def _warns_nerve(where: str) -> Callable[[CatalogueEntry], bool]:
    """A caution names nerve symptoms and where they spread (leg, arm, thigh ...)."""

    def check(entry: CatalogueEntry) -> bool:
        return any(
            any(w in caution.lower() for w in NERVE_WORDS) and where in caution.lower()
            for caution in entry.cautions
        )

    return check


def _named(*parts: str) -> Callable[[CatalogueEntry], bool]:
    """Entries whose id holds any of *parts*."""
    return lambda entry: any(part in entry.id for part in parts)


#: The families that can provoke symptoms: (who belongs, what their warning must say).
FAMILIES: dict[str, tuple[Callable[[CatalogueEntry], bool], Callable[[CatalogueEntry], bool]]] = {
    "nerve glides warn of nerve symptoms": (
        lambda e: e.exercise.category == "nerve glide",
        lambda e: _warns(e, *NERVE_WORDS),
    ),
    "nerve tensioners say they load the nerve more than sliders": (
        _named("tensioner"),
        lambda e: _warns(e, "slider"),
    ),
    "back exercises warn of symptoms spreading into the leg": (
        lambda e: e.exercise.region == "lumbar",
        _warns_nerve("leg"),
    ),
    "neck exercises warn of symptoms spreading into the arm": (
        lambda e: e.exercise.region == "neck",
        _warns_nerve("arm"),
    ),
    "stretches near the sciatic nerve warn of nerve symptoms": (
        lambda e: (
            e.exercise.category == "stretch"
            and (e.exercise.region == "hamstring" or "piriformis" in e.id)
        ),
        lambda e: _warns(e, *NERVE_WORDS),
    ),
    "soft-tissue releases say how hard to press": (
        lambda e: e.exercise.category == "soft-tissue release",
        lambda e: _warns(e, "pressure", "sharp"),
    ),
    "loaded knee bends set the knee pain limit": (
        _named("squat", "step-up", "wall-sit", "lunge"),
        lambda e: _warns(e, "knee"),
    ),
    "tendon loading gives the pain rule": (
        lambda e: (
            e.exercise.category == "strengthening"
            and (e.exercise.region == "calf" or "eccentric" in e.id)
        ),
        lambda e: _warns(e, "pain"),
    ),
}


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_every_entry_says_what_one_repetition_is(entry: CatalogueEntry) -> None:
    """Exactly one step says what one repetition or hold is, after at least three set-up steps."""
    steps = entry.exercise.instructions
    one = _one_steps(entry)
    assert len(one) == 1
    assert steps.index(one[0]) >= 3


@pytest.mark.parametrize(
    "entry", [e for e in ENTRIES if e.dose and "hold" in e.dose], ids=lambda e: e.id
)
def test_a_hold_dose_is_explained_as_a_hold(entry: CatalogueEntry) -> None:
    """An entry whose usual dose is a hold ("3 x 30 s hold") explains one hold, not a repetition."""
    assert [step[:12] for step in _one_steps(entry)] == ["One hold is "]


@pytest.mark.parametrize("family", FAMILIES)
def test_every_entry_of_a_family_that_can_provoke_symptoms_warns(family: str) -> None:
    """Each family has members, and every one of them carries the family's warning."""
    member, warns = FAMILIES[family]
    members = [entry for entry in ENTRIES if member(entry)]
    assert members != []
    assert [e.id for e in members if not warns(e)] == []


def test_a_missing_repetition_step_is_found() -> None:
    """The check fails an entry whose steps never say what one repetition is."""
    entry = CatalogueEntry(
        exercise=Exercise(
            name="Wall angel",
            region="shoulder",
            category="mobility",
            instructions=("Stand with your back to a wall.", "Slide your arms up and down."),
        )
    )
    assert _one_steps(entry) == []


def test_a_missing_nerve_warning_is_found() -> None:
    """The family check fails a nerve glide whose cautions do not name nerve symptoms."""
    member, warns = FAMILIES["nerve glides warn of nerve symptoms"]
    entry = CatalogueEntry(
        exercise=Exercise(
            name="Ulnar nerve glide",
            region="elbow",
            category="nerve glide",
            instructions=("Bend the elbow.",),
        ),
        cautions=("Go gently.",),
    )
    assert (member(entry), warns(entry)) == (True, False)
