"""Regression: the sciatic example's "nerve glide" was a tensioner.

With the leg straight it paired "toes up" with "look down", which tensions the nerve
at both ends, beside a warning against pins and needles; its stretches had no steps
and it had no red flags for nerve-root symptoms.
"""

from __future__ import annotations

from rehabplan import examples
from rehabplan.protocols import NERVE_RED_FLAGS


def test_the_sciatic_example_glides_with_a_slider() -> None:
    """The example's glide is the catalogue's slider; every exercise has steps; red flags."""
    programme = examples.sciatic_runner()
    glides = [p.id for p in programme.prescriptions if p.exercise.category == "nerve glide"]
    assert (
        glides,
        all(p.exercise.instructions for p in programme.prescriptions),
        set(NERVE_RED_FLAGS) <= set(programme.stop_rules),
    ) == (["sciatic-nerve-slider"], True, True)
