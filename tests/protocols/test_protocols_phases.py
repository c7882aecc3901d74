"""Protocol templates with phases: Silbernagel and the walk/run return to running."""

from __future__ import annotations

import datetime as dt

from rehabplan.protocols import WALK_RUN_STEPS, silbernagel, walk_run
from rehabplan.scheduling import expand

START = dt.date(2027, 3, 1)


def test_silbernagel_phases_and_doses() -> None:
    """Four phases at weeks 0, 2, 5 and 12, daily 3 x 10 then 3 x 15/3 x 20, then 2-3 a week."""
    programme = silbernagel(start=START)
    schedule = expand(programme)
    first_day = [(s.prescription.name, str(s.dose)) for s in schedule.on(START)]
    assert first_day == [
        ("Two-legged heel raise on the floor", "3 x 10"),
        ("One-legged heel raise on the floor", "3 x 10"),
        ("Sitting heel raise", "3 x 10"),
        ("Eccentric heel raise on the floor", "3 x 10"),
    ]
    phase_two = {
        s.prescription.name: str(s.dose) for s in schedule.on(START + dt.timedelta(weeks=2))
    }
    assert phase_two["Quick-rebounding heel raise"] == "3 x 20"
    assert phase_two["Two-legged heel raise on a step"] == "3 x 15"
    maintenance_week = schedule.week(START + dt.timedelta(weeks=13))
    assert sorted({s.day.strftime("%a") for s in maintenance_week}) == ["Mon", "Thu"]
    assert schedule.until == START + dt.timedelta(weeks=26, days=-1)


def test_walk_run_weeks() -> None:
    """Three sessions a week, each week's intervals from WALK_RUN_STEPS, then 30 min running."""
    schedule = expand(walk_run(start=START))
    assert len(schedule) == 24
    weekly = [schedule.week(START + dt.timedelta(weeks=w)) for w in range(8)]
    assert all(len(week) == 3 for week in weekly)
    assert [week[0].activity.intervals.run for week in weekly[:7]] == [  # type: ignore[union-attr]
        dt.timedelta(minutes=run) for run, _, _ in WALK_RUN_STEPS
    ]
    assert weekly[7][0].summary == "Walk/run · 30 min"
