"""
Regression: a bare "each" after a count ("Lunges 3 x 10 each", "Forward flys (x 10 each)",
"Hurdle-under: 2x3 each") was passed over, so a dose for each side was read as one for
both, with nothing flagged. Most writers mean each side; some mean each of several
exercises, so the side is read and asked about unless a side is said ("single leg", "each
side", "on each"). "Each" after "times", after "sets of", or beside "these exercises" is
each exercise or set; after two exercises named ("Squats and lunges, 10 each") it is read
as each of them and asked; after a turning movement named before the count it is each
direction, asked too. A cue after the count ("look ahead", "don't roll back") and a limb
in an exercise's name ("calf raises") settle nothing.
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
        "Step ups x 12 each.",
        "Lunges 3 x 10 each, look straight ahead",
        "Clamshells 3 x 15 each, don't let your pelvis roll back",
        "Warm up with arm circles, then lunges 3 x 10 each",
        "Shoulder external rotation 3 x 10 each",
        "Lunge with a twist 3 x 10 each",
        "Lunges 3 x 10 each twice a day",
        "Lunges 3 x 10 each (alternate)",
        "Lunges 10 reps each",
        "Side lying leg lifts 10 each",  # "side" names the exercise, not the dose's side
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
        "Single leg squats 3 x 8 each, don't let your knee roll in",
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


@pytest.mark.parametrize(
    "text",
    [
        "Squats and lunges, 10 each",
        "Squats and calf raises 10 each",
        "Knee extension and flexion 10 each",
        "Squats and lunges, 10 for each",
    ],
)
def test_each_after_two_exercises_is_each_of_them_and_asked(text: str) -> None:
    reading = read(text)
    assert not reading.per_side
    assert reading.ambiguous
    assert "each exercise named" in (reading.note or "")


@pytest.mark.parametrize("text", ["Arm circles x 10 each", "Neck rotations 10 each"])
def test_each_with_a_turning_movement_is_each_direction(text: str) -> None:
    reading = read(text)
    assert not reading.per_side
    assert reading.ambiguous
    assert "each direction" in (reading.note or "")
