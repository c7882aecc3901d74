"""
A step-back week that falls in a taper does not cut the taper further.

Every fourth week steps back 10 % from the week before. When that week was the last
week before a race, the step back applied on top of the taper: the week before the
race held 38 % of the peak, below the 40-60 % band. The taper is the cut there.
"""

from __future__ import annotations

import datetime as dt

from rehabplan.model import Activity, Programme, Target, Timing, Volume
from rehabplan.scheduling import expand

RACE = dt.date(2026, 6, 17)  # a Wednesday


def _run(name: str, km: float, target: Target | None = None) -> Activity:
    return Activity(
        kind="run",
        name=name,
        timing=Timing(weekdays=(0,)),
        volume=Volume(km),
        weekly_increase=0.0,
        long_run=target is not None,
        target=target,
    )


def test_the_week_before_the_race_holds_half_the_peak() -> None:
    programme = Programme(
        title="Three Monday runs toward a 10 km race",
        start=dt.date(2026, 1, 1),
        until=RACE,
        timezone="Europe/London",
        activities=(
            _run("Run 0", 2.1),
            _run("Run 1", 2.1),
            _run("Long run", 2.0, Target(date=RACE, volume=Volume(10.0), name="Race")),
        ),
    )
    schedule = expand(programme)
    runs = [(s.day, s.volume.amount) for s in schedule if s.activity and s.volume]
    taper = RACE - dt.timedelta(weeks=2)

    def week(first: dt.date) -> float:
        return sum(km for day, km in runs if first <= day < first + dt.timedelta(7))

    peak = max(week(day) for day, _ in runs if day + dt.timedelta(7) <= taper)
    assert week(RACE - dt.timedelta(weeks=1)) / peak >= 0.4
    assert week(taper) / peak >= 0.4
