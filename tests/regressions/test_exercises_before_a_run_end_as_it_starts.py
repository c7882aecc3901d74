"""
Regression: two exercises "before each run" were placed to end at the run's start each
on its own, making a routine at 14:55-15:05 over a 15:00 run; and the routine was called
"Routine at before run".
"""

from __future__ import annotations

import datetime as dt

from rehabplan import (
    Activity,
    Anchor,
    Dose,
    Exercise,
    Prescription,
    Programme,
    Timing,
    Volume,
    expand,
)
from rehabplan.scheduling import overlaps


def _programme(relation: str) -> Programme:
    bout = Dose(1, duration=dt.timedelta(minutes=5))
    anchored = Timing(anchor=Anchor(relation, "run"))
    return Programme(
        title="Runner",
        start=dt.date(2027, 3, 1),
        until=dt.date(2027, 3, 7),
        timezone="Europe/London",
        prescriptions=[
            Prescription(exercise=Exercise(name="Foam roll"), dose=bout, timing=anchored),
            Prescription(exercise=Exercise(name="Leg swings"), dose=bout, timing=anchored),
        ],
        activities=[
            Activity(
                kind="run",
                volume=Volume(3, "km"),
                timing=Timing(weekdays=(0,), duration_days=7),
            )
        ],
    )


def _times(programme: Programme) -> list[tuple[str, str, str]]:
    return [(r.summary, f"{r.start:%H:%M}", f"{r.end:%H:%M}") for r in expand(programme).routines()]


def test_exercises_before_a_run_end_as_it_starts() -> None:
    """Both 5-minute exercises make one routine, 14:50 to 15:00, before the 15:00 run."""
    programme = _programme("before")
    assert (_times(programme)[0], overlaps(expand(programme))) == (
        ("Before your run · 2 exercises", "14:50", "15:00"),
        (),
    )


def test_exercises_after_a_run_start_as_it_ends() -> None:
    """Everything due after the run is one routine that starts as the run ends."""
    programme = _programme("after")
    run = expand(programme).sessions[0]
    assert (_times(programme)[1][0], _times(programme)[1][1], f"{run.end:%H:%M}") == (
        "After your run · 2 exercises",
        f"{run.end:%H:%M}",
        f"{run.end:%H:%M}",
    )
