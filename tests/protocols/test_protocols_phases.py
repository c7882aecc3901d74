"""The walk/run return to running: its weeks come from WALK_RUN_STEPS."""

from __future__ import annotations

import datetime as dt

from rehabplan.protocols import WALK_RUN_STEPS, walk_run
from rehabplan.scheduling import expand

START = dt.date(2027, 3, 1)


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
