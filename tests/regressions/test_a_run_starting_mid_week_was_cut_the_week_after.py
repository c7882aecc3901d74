"""
A run that starts mid-week (at a Thursday review) has a whole first week.

Weeks were counted from the programme's Monday start, so the first week held only two of
the three runs and the second week's cap (10 % over those two) cut every run from 3 km
to 2.2 km. A load's weeks now count from its first session, in the planner and in
`weekly_load()`.
"""

from __future__ import annotations

import datetime as dt

from rehabplan.model import Activity, Appointment, Phase, Programme, Timing, Volume
from rehabplan.scheduling import expand, weekly_load

START = dt.date(2027, 3, 22)  # a Monday
REVIEW = dt.date(2027, 3, 25)  # the Thursday after


def _programme() -> Programme:
    return Programme(
        title="Back to running",
        start=START,
        until=START + dt.timedelta(weeks=4),
        timezone="Europe/London",
        appointments=(Appointment(title="Review", date=REVIEW, time=dt.time(10)),),
        phases=(
            Phase(
                name="Running",
                at="review",
                if_cleared=True,
                activities=(
                    Activity(
                        kind="run",
                        name="Easy run",
                        timing=Timing(weekdays=(1, 3, 6)),
                        volume=Volume(3),
                        weekly_increase=0.1,
                    ),
                ),
            ),
        ),
    )


def test_the_week_after_a_mid_week_start_grows_from_the_whole_first_week() -> None:
    schedule = expand(_programme())
    runs = [(s.day, s.volume) for s in schedule if s.activity is not None]
    assert runs[:6] == [
        (dt.date(2027, 3, 25), Volume(3)),
        (dt.date(2027, 3, 28), Volume(3)),
        (dt.date(2027, 3, 30), Volume(3)),
        (dt.date(2027, 4, 1), Volume(3.3)),
        (dt.date(2027, 4, 4), Volume(3.3)),
        (dt.date(2027, 4, 6), Volume(3.3)),
    ]
    assert weekly_load(schedule)[:2] == [9.0, 9.9]


def test_weekly_load_counts_the_weeks_the_planner_counts_in_any_window() -> None:
    """
    A window from Friday 2 April still counts weeks from Thursday 25 March: the second
    week holds the two runs of the window (4 and 6 April), the later weeks are whole.
    """
    programme = _programme()
    whole = weekly_load(expand(programme))
    later = weekly_load(expand(programme, start=dt.date(2027, 4, 2)))
    assert (later[:2], later[2:]) == ([0.0, 6.6], whole[2:])
