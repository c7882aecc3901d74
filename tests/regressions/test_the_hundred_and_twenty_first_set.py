"""
Rules made from the blind set -121 (stroke, spinal cord injury, cerebral palsy,
vestibular and concussion programmes; pregnancy, menopause, osteoporosis, heart failure,
COPD and kidney disease): each test names the rule, with the phrase and others written
the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Tai chi training consisted of a 1-hour class held twice weekly.",
        "a 45 minute session held weekly",
    ],
)
def test_a_class_held_is_run_not_a_hold(text: str) -> None:
    assert read(text).hold_seconds is None


def test_a_length_before_hold_is_still_a_hold() -> None:
    assert read("10 minute wall sit hold").hold_seconds == 600


@pytest.mark.parametrize("text", ["Hold and count out loud to 30.", "Hold and count aloud to 30"])
def test_counting_out_loud_is_a_count(text: str) -> None:
    assert read(text).hold_seconds == 30
