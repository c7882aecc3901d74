"""Activities: sessions in the schedule, weekly volume under a cap, building to a target."""

from __future__ import annotations

import datetime as dt
import itertools

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import activities
from tests.strategies import plan_dates as dates

from rehabplan.errors import ProgrammeError, ScheduleError
from rehabplan.model import Activity, Intervals, Programme, Target, Timing, Training, Volume
from rehabplan.scheduling import expand

START = dt.date(2027, 3, 1)  # a Monday


def _programme(
    *items: Activity, start: dt.date = START, weeks: int = 12, cap: float = 0.1
) -> Programme:
    return Programme(
        title="Running",
        start=start,
        until=start + dt.timedelta(weeks=weeks, days=-1),
        timezone="Europe/London",
        activities=items,
        training=Training(weekly_cap=cap),
    )


def _weekly(sessions: list, first: dt.date) -> list[float]:
    totals: dict[int, float] = {}
    for s in sessions:
        week = (s.day - first).days // 7
        totals[week] = totals.get(week, 0.0) + s.volume.amount
    return [totals.get(w, 0.0) for w in range(max(totals) + 1)] if totals else []


def _never_above_cap(totals: list[float], cap: float) -> bool:
    previous = 0.0
    for total in totals:
        if total == 0:
            continue
        if previous and total > previous * (1 + cap) + 1e-9:
            return False
        previous = total
    return True


@given(activities("run"), dates, st.integers(2, 30))
def test_weekly_volume_never_rises_more_than_the_cap(
    activity: Activity, start: dt.date, weeks: int
) -> None:
    """Each week's total volume is at most (1 + cap) times the week before's."""
    schedule = expand(_programme(activity, start=start, weeks=weeks, cap=activity.weekly_cap))
    sessions = [s for s in schedule if s.activity is not None and s.volume is not None]
    totals = _weekly(sessions, start)
    assert _never_above_cap(totals, activity.weekly_cap)
    if activity.ceiling is not None:
        assert all(s.volume.amount <= activity.ceiling.amount for s in sessions)


@given(activities("run", target=True), dates)
def test_a_target_is_reached_within_the_cap_or_said_to_be_out_of_reach(
    activity: Activity, start: dt.date
) -> None:
    """With a target, the plan stays under the cap and reaches it, or warns that it cannot."""
    assert activity.target is not None
    target = activity.target
    programme = Programme(
        title="Race",
        start=start,
        until=max(start, target.date),
        timezone="UTC",
        activities=(activity,),
    )
    try:
        schedule = expand(programme)
    except ScheduleError as exc:
        assert target.date < start
        assert "before it starts" in str(exc)
        return
    sessions = [s for s in schedule if s.activity is not None]
    assert all(s.day < target.date for s in sessions)
    assert _never_above_cap(_weekly(sessions, start), 0.1)
    out = target.date - dt.timedelta(days=21)
    longest = max((s.volume.amount for s in sessions if s.day <= out), default=0)
    goal = {"km": 32, "mi": 19.8, "min": 100_000}[target.volume.unit]
    goal = min(target.volume.amount, goal)
    assert (schedule.warnings == ()) == (longest >= goal - 1e-9)


def test_running_back_under_the_ten_percent_rule() -> None:
    """3 km on Tue, Thu and Sun growing 10 % a week: 3, 3.3, 3.6 ... km, capped at 5 km."""
    run = Activity(
        kind="run",
        timing=Timing(weekdays=("TU", "TH", "SU")),
        volume=Volume(3, "km"),
        weekly_increase=0.1,
        ceiling=Volume(5, "km"),
    )
    schedule = expand(_programme(run, weeks=8))
    per_week = [str(s.volume) for s in schedule][::3]
    assert per_week == ["3 km", "3.3 km", "3.6 km", "3.9 km", "4.2 km", "4.6 km", "5 km", "5 km"]
    assert schedule.sessions[0].summary == "Run · 3 km"
    assert schedule.sessions[0].start.isoformat() == "2027-03-02T15:00:00+00:00"
    assert schedule.sessions[0].end - schedule.sessions[0].start == dt.timedelta(minutes=20)


def test_marathon_long_run_builds_to_the_longest_run_three_weeks_out() -> None:
    """Alone, the long run grows 10 % a week to 32 km three weeks out, then tapers to the race."""
    long_run = Activity(
        kind="run",
        name="Long run",
        timing=Timing(weekdays=(6,)),
        volume=Volume(5, "km"),
        target=Target(date=dt.date(2027, 10, 3), volume=Volume(42.2, "km"), name="Marathon"),
    )
    programme = attrs.evolve(_programme(long_run, weeks=31), training=Training(step_back=False))
    schedule = expand(programme)
    volumes = [s.volume.amount for s in schedule]
    assert schedule.warnings == ()
    assert [r.summary for r in schedule.races] == ["Marathon · 42.2 km"]
    assert schedule.sessions[-1].day == dt.date(2027, 9, 26)
    assert max(volumes) == 32.0
    assert [s.day for s in schedule if s.volume.amount == 32.0][-1] == dt.date(2027, 9, 12)
    assert volumes[-2:] == [16.0, 16.0]
    assert all(b <= a * 1.1 + 1e-9 for a, b in itertools.pairwise(volumes))


def test_walk_run_intervals_are_sessions_of_their_length() -> None:
    """A walk/run session lasts its intervals and its summary says them."""
    walk_run = Activity(
        kind="run",
        name="Walk/run",
        timing=Timing(times_per_week=3),
        intervals=Intervals(run=dt.timedelta(minutes=1), walk=dt.timedelta(minutes=2), repeats=8),
    )
    schedule = expand(_programme(walk_run, weeks=1))
    assert [s.start.strftime("%a") for s in schedule] == ["Mon", "Wed", "Fri"]
    assert schedule.sessions[0].summary == "Walk/run · run 1 min, walk 2 min, 8 times"
    assert schedule.sessions[0].end - schedule.sessions[0].start == dt.timedelta(minutes=24)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "volume: give either a volume (such as 3 km or 30 min) or walk/run intervals"),
        (
            {"volume": Volume(3), "weekly_increase": 0.2},
            "weekly_increase: grows 20% a week, above its cap of 10%; lower it or raise weekly_cap",
        ),
        (
            {"volume": Volume(3), "ceiling": Volume(30, "min")},
            "ceiling: is in min but the volume is in km; use one unit",
        ),
        (
            {"volume": Volume(3), "ceiling": Volume(2)},
            "ceiling: 2 km is below the starting volume 3 km",
        ),
    ],
)
def test_bad_activities_are_refused(kwargs: dict, message: str) -> None:
    """Activities check their volume, growth, cap and units."""
    with pytest.raises(ProgrammeError) as info:
        Activity(kind="run", timing=Timing(weekdays=(1,)), **kwargs)
    assert str(info.value) == message
