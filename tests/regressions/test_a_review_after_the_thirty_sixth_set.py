"""
Regression: a fresh-eyes review after the thirty-sixth set (1,083 probes). Timed work
named by a movement repeated over and over ("Squats for 30 seconds", "Bend and
straighten your knee for 30 seconds") was a hold; the cadence of a step up ("Every 2
weeks, add 5 seconds", "Each fortnight: +2 reps") or of a review ("Review the programme
every 6 weeks") was read as how often to exercise.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Squats for 30 seconds",
        "Heel raises for 30 seconds, twice daily",
        "Bicep curls for 40 seconds each arm",
        "Step-ups for 30 seconds on each leg",
        "Sit-ups for 30 seconds",
        "Shrug your shoulders for 20 seconds",
        "Nod your head gently for 30 seconds",
        "Bend and straighten your knee for 30 seconds",
        "Open and close your fingers for 30 seconds",
        "Move your wrist up and down for 30 seconds",
        "Turn your head side to side for 30 seconds",
        "Sit to stand for 30 seconds",
        "Lunges: 3 x 30 seconds",
    ],
)
def test_a_repeated_movement_for_a_time_is_no_hold(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is None
    assert reading.dose is not None and reading.dose.duration is not None


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Plank with leg lifts (2×30 seconds).", 30),
        ("Hold the squat for 30 seconds", 30),
        ("Straighten your knee and hold for 10 seconds", 10),
        ("Raise your heels, pause at the top for 2 seconds, then lower", 2),
    ],
)
def test_a_position_held_among_movements_is_still_a_hold(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text",
    [
        "Every 2 weeks, add 5 seconds to the hold",
        "Every fortnight, add 1 kg",
        "Increase the weight by 1 kg every fortnight",
        "Hold 20 s; every 3 days add 5 s",
        "Every 2 weeks: +1 set",
        "Each fortnight: +2 reps",
        "Weekly: increase by 10%",
        "Change to a stronger band every 2 weeks",
        "Every 3 weeks, change the exercises",
        "Every other day, add an additional five leg lifts if you can.",
    ],
)
def test_the_cadence_of_a_step_up_is_no_schedule(text: str) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.times_per_week, reading.times_per_day) == (
        None,
        None,
        None,
    )
    assert reading.sets is None and reading.reps is None
    assert "grows" in (reading.note or "") or "progression" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Review the programme every 6 weeks",
        "Re-test your hop distance every 2 weeks",
        "Every 4 weeks, review and update your programme",
        "Retest yourself every four weeks and set a new repetition baseline.",
    ],
)
def test_the_cadence_of_a_review_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.every_n_days is None
    assert reading.ambiguous


def test_a_task_on_its_own_days_keeps_them() -> None:
    assert read("Change your dressing every other day as needed.").every_n_days == 2
