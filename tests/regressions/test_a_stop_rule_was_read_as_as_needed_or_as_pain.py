"""
Regression: "If this exercise causes pain, stop." was read as "as needed" (the stop
passed over), and "stop when tired" as the stop rule "stop if pain".
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.model import StopRule
from rehabplan.phrases import parse_prescription, read


@pytest.mark.parametrize(
    "text",
    [
        "3 x 10 daily. If this exercise causes pain, stop.",
        "3 x 10 daily. If an exercise causes pain, stop.",
        "3 x 10 daily, stop the exercise if your pain increases",
    ],
)
def test_the_condition_first_or_the_exercise_named_is_a_stop_rule(text: str) -> None:
    """A stop rule of the prescription, never as needed."""
    reading = read(text)
    prescription = parse_prescription("Bridges " + text)
    assert (reading.prn, reading.ambiguous) == (False, False)
    assert prescription.stop_rules == (StopRule(what="pain", above=None),)


def test_a_stop_rule_naming_no_symptom_is_a_question() -> None:
    """'stop when tired' is not 'stop if pain': read flags it, the strict readers ask."""
    reading = read("3 x 10 daily; stop when tired")
    assert reading.ambiguous
    assert "stop if pain" not in (reading.note or "").replace("say 'stop if pain'", "")
    with pytest.raises(PhraseError, match="unknown word 'tired'"):
        parse_prescription("Bridges 3 x 10 daily, stop when tired")


def test_a_stop_no_rule_placed_is_flagged() -> None:
    """A bare 'stop' is named in the note, never passed over."""
    reading = read("3 x 10 daily, stop")
    assert reading.ambiguous
    assert "a stop rule not read: 'stop'" in (reading.note or "")
