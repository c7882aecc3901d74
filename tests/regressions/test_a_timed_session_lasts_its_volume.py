"""
A timed activity session lasts exactly its volume, in whole minutes.

The day before a race a 45-minute ride was halved to 22.5 min while its dose and its
calendar block said 25 min (the length rounded up to five minutes, as for a distance).
A session measured in time is planned in whole minutes and lasts what it says.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from rehabplan.model import Activity, Programme, Target, Timing, Volume
from rehabplan.scheduling import expand

START = dt.date(2027, 3, 1)


def _programme(minutes: int, increase: float, race_in_weeks: int) -> Programme:
    race = START + dt.timedelta(weeks=race_in_weeks, days=6)
    return Programme(
        title="Cycling beside the running",
        start=START,
        until=race,
        timezone="Europe/London",
        activities=(
            Activity(
                kind="cycle",
                timing=Timing(weekdays=(1, 5)),
                volume=Volume(minutes, "min"),
                weekly_increase=increase,
            ),
            Activity(
                kind="run",
                name="Long run",
                timing=Timing(weekdays=(6,)),
                volume=Volume(5),
                long_run=True,
                target=Target(date=race, volume=Volume(10), name="10K"),
            ),
        ),
    )


@given(
    minutes=st.integers(5, 90),
    increase=st.sampled_from((0.0, 0.05, 0.1)),
    race_in_weeks=st.integers(6, 12),
)
def test_every_timed_session_lasts_its_whole_minutes(
    minutes: int, increase: float, race_in_weeks: int
) -> None:
    schedule = expand(_programme(minutes, increase, race_in_weeks))
    rides = [s for s in schedule if s.activity is not None and s.activity.kind == "cycle"]
    assert rides
    for ride in rides:
        assert ride.volume is not None
        assert ride.volume.amount == int(ride.volume.amount), ride
        assert ride.end - ride.start == dt.timedelta(minutes=ride.volume.amount), ride
        assert ride.dose is not None and ride.dose.duration == ride.end - ride.start, ride


def test_the_ride_the_day_before_the_race_is_halved_to_whole_minutes() -> None:
    schedule = expand(_programme(45, 0.0, 6))
    [race] = schedule.races
    [ride] = [s for s in schedule if s.activity is not None and s.day == race.day - dt.timedelta(1)]
    assert ride.volume == Volume(22, "min")
    assert str(ride.dose) == "for 22 min"
