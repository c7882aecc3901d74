"""
Regression: a bare "each" after a count ("Lunges 3 x 10 each", "Forward flys (x 10 each)",
"Hurdle-under: 2x3 each") was passed over, so a dose for each side was read as one for
both, with nothing flagged. Most writers mean each side; some mean each of several
exercises, so the side is read and asked about unless a side word says it. "Each" after
"times", after "sets of", or beside "these exercises" is each exercise or set; with a
turning movement it is each direction, which is no side.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Lunges 3 x 10 each",
        "Forward Flys (X 10 each)",
        "Hurdle-under: 2x3 each",
        "Squats and lunges, 10 each",
        "Step ups x 12 each.",
        "2 reps each and hold for 20 counts.",
    ],
)
def test_a_bare_each_after_a_count_is_each_side_and_asked(text: str) -> None:
    reading = read(text)
    assert reading.per_side
    assert reading.ambiguous
    assert "each exercise" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Single-leg calf raises, ×30 each",
        "alternating legs, 10 each",
        "Side lying leg lifts 10 each",
    ],
)
def test_a_side_word_in_the_clause_settles_it(text: str) -> None:
    reading = read(text)
    assert reading.per_side
    assert "each exercise" not in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Repeat these exercises 10 times each, 3 times a day",
        "The following exercises are to be performed 10x each, at least 2x daily",
        "4 sets of 10 each",
        "Do 3 sets with 10 repetitions each.",
        "HOW MANY? 3 sets; 15 reps each",
        "Frequency: 4-5 times daily, 10-15 reps each",
        "Week 3: 3 sessions; 18 to 24 repetitions each",
    ],
)
def test_each_exercise_or_each_set_is_no_side(text: str) -> None:
    reading = read(text)
    assert not reading.per_side
    assert "each side" not in (reading.note or "")


@pytest.mark.parametrize("text", ["Arm circles x 10 each", "Neck rotations 10 each"])
def test_each_with_a_turning_movement_is_each_direction(text: str) -> None:
    reading = read(text)
    assert not reading.per_side
    assert "each direction" in (reading.note or "")
