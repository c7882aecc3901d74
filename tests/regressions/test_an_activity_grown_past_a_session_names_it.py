"""
Regression: an activity whose volume grew past what one session may last (12 hours)
failed in the middle of expand with "duration: must be at most 12:00:00", naming no
activity; it is a ScheduleError naming the activity's key path, its volume and the day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan.errors import ScheduleError
from rehabplan.model import Activity, Phase, Programme, Timing, Volume
from rehabplan.scheduling import expand

LONG_RUN = Activity(
    kind="run",
    timing=Timing(weekdays=(0,)),
    volume=Volume(100, "km"),
    weekly_increase=0.1,
    weekly_cap=0.1,
)


def test_a_top_level_activity_is_named_by_its_key_path() -> None:
    """The message starts with activities[0] and names the run, the volume and the day."""
    programme = Programme(
        title="t", start=dt.date(2027, 3, 1), timezone="UTC", activities=[LONG_RUN]
    )
    with pytest.raises(ScheduleError) as info:
        expand(programme, until=dt.date(2027, 6, 1))
    assert str(info.value).startswith(
        "activities[0]: 'Run' grows to 121 km on 2027-03-15, a session of 730 min, "
        "longer than one session may last (12 hours)"
    )


def test_an_activity_in_a_phase_is_named_by_its_key_path() -> None:
    """In a phase, the path is the phase's: phases[0].activities[0]."""
    programme = Programme(
        title="t",
        start=dt.date(2027, 3, 1),
        timezone="UTC",
        phases=[Phase(name="Build", after_weeks=0, activities=[LONG_RUN])],
    )
    with pytest.raises(ScheduleError) as info:
        expand(programme, until=dt.date(2027, 6, 1))
    assert str(info.value).startswith("phases[0].activities[0]: 'Run' grows to")
