"""Training load across activities: the weekly cap on the sum, the long run, the taper, races."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from tests.strategies import running_programmes

from rehabplan.errors import ScheduleError
from rehabplan.model import (
    Activity,
    Intervals,
    Phase,
    Programme,
    Schedule,
    Session,
    Target,
    Timing,
    Training,
    Volume,
)
from rehabplan.scheduling import expand, weekly_load

START = dt.date(2027, 3, 1)  # a Monday
WEEK = dt.timedelta(weeks=1)


def _runs(schedule: Schedule) -> list[Session]:
    return [s for s in schedule if s.activity is not None and s.activity.kind == "run"]


def _km(session: Session) -> float:
    assert session.volume is not None
    return session.volume.amount


def _first_run(schedule: Schedule) -> dt.date:
    """The load's first session day, where its weeks start (as the planner counts them)."""
    return min(s.day for s in _runs(schedule))


def _race(schedule: Schedule) -> dt.date:
    [race] = schedule.races
    return race.day


@given(running_programmes())
def test_weekly_running_total_never_rises_more_than_the_cap(programme: Programme) -> None:
    """Week on week, all runs together rise at most 10 %, also when a run or phase starts."""
    totals = [t for t in weekly_load(expand(programme)) if t]
    rises = [b / a for a, b in itertools.pairwise(totals)]
    assert [r for r in rises if r > 1.1 + 1e-9] == []


@given(running_programmes())
def test_the_long_run_never_exceeds_its_share(programme: Programme) -> None:
    """In a week with other running, the long run is at most half of the week's running."""
    schedule = expand(programme)
    first = _first_run(schedule)
    weeks: dict[int, list[Session]] = {}
    for s in _runs(schedule):
        weeks.setdefault((s.day - first).days // 7, []).append(s)
    over = []
    for sessions in weeks.values():
        total = sum(_km(s) for s in sessions)
        others = [s for s in sessions if s.activity is not None and not s.activity.long_run]
        if others:
            over += [s for s in sessions if s not in others and _km(s) > total * 0.5 + 1e-9]
    assert over == []


@given(running_programmes())
def test_the_longest_run_is_at_least_three_weeks_before_the_race(programme: Programme) -> None:
    """No run in the twenty days before the race is as long as the longest before them."""
    schedule = expand(programme)
    race = _race(schedule)
    out = race - dt.timedelta(days=21)
    first = _first_run(schedule)
    earlier = [
        _km(s)
        for s in _runs(schedule)
        if (s.day - first).days // 7 < (out + dt.timedelta(days=1) - first).days // 7
    ]
    late = [_km(s) for s in _runs(schedule) if out < s.day < race]
    if earlier:  # a plan that only starts in the last three weeks has no longest run yet
        before = max(_km(s) for s in _runs(schedule) if s.day <= out)
        assert [v for v in late if v >= before] == []


@given(running_programmes())
def test_the_two_weeks_before_the_race_are_40_to_60_percent_below_the_peak(
    programme: Programme,
) -> None:
    """Each of the two seven-day weeks before race day holds 40-60 % of the peak week."""
    schedule = expand(programme)
    race = _race(schedule)
    taper = race - 2 * WEEK
    totals = weekly_load(schedule)
    first = _first_run(schedule)
    peak = max(
        (t for week, t in enumerate(totals) if first + (week + 1) * WEEK <= taper),
        default=0,
    )
    if not peak:  # running starts in the taper: nothing to taper from
        return
    for first in (taper, race - WEEK):
        week = sum(_km(s) for s in _runs(schedule) if first <= s.day < first + WEEK)
        assert 0.4 * peak - 1e-9 <= week <= 0.6 * peak + 1e-9, (first, week, peak)


@given(running_programmes())
def test_race_day_has_no_other_activity(programme: Programme) -> None:
    """On race day the race is the only activity; it is an item of kind "race"."""
    schedule = expand(programme)
    [race] = schedule.races
    assert race.kind == "race"
    assert [s for s in schedule if s.activity is not None and s.day == race.day] == []


def _easy(weekdays: tuple[int, ...], km: float, **kwargs: object) -> Activity:
    return Activity(
        kind="run",
        name=str(kwargs.pop("name", "Easy run")),
        timing=Timing(weekdays=weekdays),
        volume=Volume(km),
        weekly_increase=0.1,
        **kwargs,  # type: ignore[arg-type]
    )


def test_a_second_run_grows_the_total_instead_of_jumping() -> None:
    """A 13 km run added in week 3 is an increase like any other: at most 10 % more."""
    programme = Programme(
        title="Running",
        start=START,
        until=START + 6 * WEEK - dt.timedelta(days=1),
        timezone="Europe/London",
        activities=(_easy((1, 3, 6), 3.3),),
        phases=(Phase(name="More", after_weeks=2, activities=(_easy((5,), 13, name="Extra"),)),),
    )
    totals = weekly_load(expand(programme))
    assert totals[:4] == [9.9, 10.8, 11.8, 12.5]


def _marathon(race: dt.date, long_km: float, easy: Activity, training: Training) -> Programme:
    """A Sunday long run from *long_km* toward a marathon on *race*, beside *easy* runs."""
    long_run = Activity(
        kind="run",
        name="Long run",
        timing=Timing(weekdays=(6,)),
        volume=Volume(long_km),
        target=Target(date=race, volume=Volume(42.2), name="Marathon"),
    )
    return Programme(
        title="Marathon",
        start=START,
        until=race,
        timezone="Europe/London",
        activities=(easy, long_run),
        training=training,
    )


def test_a_race_is_an_item_in_the_morning_and_the_plan_warns_when_it_is_out_of_reach() -> None:
    """Seven weeks from 3 km to a marathon: a plan, a race item, and one plain warning."""
    programme = _marathon(dt.date(2027, 4, 18), 5, _easy((1, 3), 3), Training())
    schedule = expand(programme)
    [race] = schedule.races
    assert (race.kind, race.summary, race.start.isoformat()) == (
        "race",
        "Marathon · 42.2 km",
        "2027-04-18T08:00:00+01:00",
    )
    assert schedule.warnings == (
        "Marathon (42.2 km) on 2027-04-18 is not reachable under the 10% weekly cap: its "
        "longest run should be 32 km three weeks before (2027-03-28), and by then the plan "
        "reaches 6.6 km; the earliest race date it would be is 2028-01-16. The plan builds "
        "toward it as far as the caps allow: choose a race on 2028-01-16 or later, start the "
        "running higher if the physio agrees, and raise the weekly cap only as a last resort.",
    )
    with pytest.raises(ScheduleError) as info:
        expand(programme, strict=True)
    assert str(info.value) == "activities[1].target: " + schedule.warnings[0]


@pytest.mark.parametrize(
    ("race", "reached"), [(dt.date(2028, 1, 9), False), (dt.date(2028, 1, 16), True)]
)
def test_the_earliest_race_date_is_the_first_that_works(race: dt.date, reached: bool) -> None:
    """The date the warning names is reached; the week before it is not."""
    programme = _marathon(race, 5, _easy((1, 3), 3), Training())
    assert (expand(programme).warnings == ()) == reached


def test_the_longest_run_is_a_setting() -> None:
    """A marathon plan's longest run stops at the setting (here 20 km), not the race distance."""
    programme = _marathon(
        dt.date(2027, 8, 29),
        16,
        _easy((1, 3), 10, ceiling=Volume(14)),
        Training(longest_run=Volume(20), step_back=False),
    )
    schedule = expand(programme)
    longest = max(_km(s) for s in _runs(schedule) if s.activity is programme.activities[1])
    assert (longest, schedule.warnings) == (20.0, ())


def test_walk_run_intervals_count_their_running_time() -> None:
    """Run 1 min / walk 2 min x 8 counts 8 minutes of running toward a load in minutes."""
    walk_run = Activity(
        kind="run",
        name="Walk/run",
        timing=Timing(weekdays=(0, 2, 4)),
        intervals=Intervals(run=dt.timedelta(minutes=1), walk=dt.timedelta(minutes=2), repeats=8),
    )
    programme = Programme(
        title="Walk/run", start=START, until=START + WEEK, timezone="UTC", activities=(walk_run,)
    )
    assert weekly_load(expand(programme)) == [24.0, 8.0]
