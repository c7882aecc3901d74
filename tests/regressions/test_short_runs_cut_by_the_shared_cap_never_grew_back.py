"""
Short runs cut by the shared cap grow back, and a taper week keeps its share.

A run added by a phase made the shared weekly cap cut every run to 0.9 km; growth of
10 % of 0.9 km rounded down to nothing in tenths, so the runs never grew back and each
step-back week cut them further, until the taper weeks fell below 40 % of a peak set
months before. Rounding each session down on its own also lost up to a tenth a session
in every cut. A session now grows by at least a tenth, and a cut keeps its total to the
tenth.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan.model import Activity, Phase, Programme, Target, Timing, Volume
from rehabplan.scheduling import expand, weekly_load


def _run(name: str, days: tuple[int, ...] = (0,), target: Target | None = None) -> Activity:
    return Activity(
        kind="run",
        name=name,
        timing=Timing(weekdays=days),
        volume=Volume(2.0),
        weekly_increase=0.0,
        long_run=target is not None,
        target=target,
    )


@pytest.mark.parametrize(
    ("race", "after_weeks"), [(dt.date(2026, 5, 4), 1), (dt.date(2026, 8, 26), 3)]
)
def test_the_taper_weeks_hold_40_to_60_percent_of_the_peak(race: dt.date, after_weeks: int) -> None:
    programme = Programme(
        title="Two Monday runs toward a 10 km race, a third added later",
        start=dt.date(2026, 1, 1),
        until=race,
        timezone="Europe/London",
        activities=(
            _run("Run 0"),
            _run("Long run", target=Target(date=race, volume=Volume(10), name="Race")),
        ),
        phases=(
            Phase(
                name="More running", after_weeks=after_weeks, activities=(_run("Added", (0, 1)),)
            ),
        ),
    )
    schedule = expand(programme)
    runs = [(s.day, s.volume.amount) for s in schedule if s.activity and s.volume]
    taper = race - dt.timedelta(weeks=2)

    def week(first: dt.date) -> float:
        return sum(km for day, km in runs if first <= day < first + dt.timedelta(7))

    peak = max(week(day) for day, _ in runs if day + dt.timedelta(7) <= taper)
    for first in (taper, race - dt.timedelta(weeks=1)):
        assert 0.4 <= week(first) / peak <= 0.6, (first, week(first), peak)
    totals = weekly_load(schedule)
    assert max(totals[4:]) >= totals[3], "the runs grow back after the cut"
