"""
Tests of `rehabplan.scheduling.plan` and `Recurrence`: a programme as series where its rules are plain.

The plan must hold exactly the sessions `expand` gives, whatever it planned and
whatever it left to expansion; the examples check which items it plans.
"""

from __future__ import annotations

import collections
import datetime as dt
import zoneinfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests import strategies
from tests.helpers import HEAVY

from rehabplan import examples
from rehabplan.errors import ScheduleError
from rehabplan.model import (
    Activity,
    Anchor,
    Dose,
    Exercise,
    Phase,
    Prescription,
    Programme,
    Progression,
    Session,
    Timing,
    Volume,
)
from rehabplan.model._wallclock import localize, shifts
from rehabplan.scheduling import Plan, Recurrence, expand, plan

Sessions = collections.Counter[tuple[object, ...]]


def _key(s: Session) -> tuple[object, ...]:
    return (s.start, s.end, s.prescription, s.dose, s.slot, s.phase, s.activity, s.volume)


def planned_sessions(planned: Plan) -> Sessions:
    """Every session of a plan: its series' and its rest."""
    tz = planned.programme.tz
    found: Sessions = collections.Counter(
        _key(r.session(day, slot, tz)) for r in planned.series for day in r.days for slot in r.slots
    )
    found.update(_key(s) for s in planned.rest)
    return found


def _one(
    timing: Timing,
    *,
    zone: str = "Europe/London",
    start: dt.date = dt.date(2027, 3, 22),
    **options: object,
) -> Programme:
    return Programme(
        title="One exercise",
        start=start,
        timezone=zone,
        prescriptions=[
            Prescription(
                exercise=Exercise(name="Calf raise"),
                dose=Dose(3, 15),
                timing=timing,
                **options,  # type: ignore[arg-type]
            )
        ],
    )


# --------------------------------------------------------------------------- same sessions


@HEAVY
@given(
    st.one_of(
        strategies.programmes(), strategies.clock_change_programmes(), strategies.whole_programmes()
    )
)
def test_plan_holds_the_sessions_of_expand(programme: Programme) -> None:
    """Recurrences and rest together are exactly `expand`'s sessions, and count as many."""
    try:
        schedule = expand(programme)
    except ScheduleError as error:
        with pytest.raises(ScheduleError) as raised:
            plan(programme)
        assert str(raised.value) == str(error)
        return
    planned = plan(programme)
    assert planned_sessions(planned) == collections.Counter(_key(s) for s in schedule)
    assert (len(planned), planned.start, planned.until) == (
        len(schedule),
        schedule.start,
        schedule.until,
    )


@given(
    st.one_of(strategies.programmes(), strategies.clock_change_programmes()),
    st.integers(-5, 60),
    st.integers(0, 60),
)
def test_plan_of_a_window(programme: Programme, skip: int, days: int) -> None:
    """A window (*start*, *until*) plans exactly the sessions `expand` gives for it."""
    start = programme.start + dt.timedelta(days=skip)
    until = start + dt.timedelta(days=days)
    schedule = expand(programme, start=start, until=until)
    planned = plan(programme, start=start, until=until)
    assert planned_sessions(planned) == collections.Counter(_key(s) for s in schedule)


@given(
    st.sampled_from([(1, ()), (2, ()), (5, ()), (1, (2,)), (1, tuple(range(7)))])
    | st.sets(st.integers(0, 6), min_size=2, max_size=6).map(lambda w: (1, tuple(sorted(w)))),
    st.dates(dt.date(2027, 1, 1), dt.date(2027, 12, 31)),
    st.integers(0, 10),
    st.integers(0, 800),
)
def test_a_recurrence_is_the_dates_of_its_rule(
    rule: tuple[int, tuple[int, ...]], origin: dt.date, late: int, span: int
) -> None:
    """
    A recurrence lists (through its rrule), counts, indexes and tests the dates of its
    timing from *first* on, and its RRULE text read back by dateutil gives them again.
    """
    from dateutil import rrule

    first = origin + dt.timedelta(days=late)
    last = first + dt.timedelta(days=span)
    every, weekdays = rule
    timing = (
        Timing(weekdays=weekdays) if weekdays else Timing(every_days=every if every > 1 else None)
    )
    programme = Programme(title="X", start=origin, timezone="UTC")
    span_days = [first + dt.timedelta(days=n) for n in range(span + 1)]
    if weekdays:
        want = [d for d in span_days if d.weekday() in weekdays]
    else:
        want = [d for d in span_days if (d - origin).days % every == 0]
    days = Recurrence.of(timing, programme, origin, first, last)
    if days is None:
        assert want == []
        return
    assert list(days) == want
    assert len(days) == len(want)
    assert [days.nth(i) for i in range(len(want))] == want
    assert [d for d in span_days if d in days] == want
    start = dt.datetime.combine(days.first, dt.time())
    until = dt.datetime.combine(days.last, dt.time())
    written = rrule.rrulestr(f"{days.rule};UNTIL={until:%Y%m%dT%H%M%S}", dtstart=start)
    assert [moment.date() for moment in written] == want


def test_recurrences_of_one_shape_share_one_rrule() -> None:
    """
    Two recurrences with the same rule, first weekday and length run the rrule once
    (a bounded cache); their dates are each other's, shifted.
    """
    from rehabplan.scheduling import _recurrence

    _recurrence._offsets.cache_clear()
    march = Recurrence(dt.date(2027, 3, 1), dt.date(2027, 3, 29), weekdays=(0, 2, 4))
    april = Recurrence(dt.date(2027, 4, 5), dt.date(2027, 5, 3), weekdays=(0, 2, 4))
    shift = dt.timedelta(days=35)
    assert [d + shift for d in march.dates()] == april.dates()
    info = _recurrence._offsets.cache_info()
    assert (info.misses, info.hits, info.maxsize) == (1, 1, 1024)


# --------------------------------------------------------------------------- what is planned


def test_plain_items_are_planned() -> None:
    """Twice daily, every other day, weekdays: recurrences, nothing expanded."""
    programme = examples.home_exercises()
    planned = plan(programme)
    assert [(r.prescription.id, len(r.days), len(r.slots)) for r in planned.series] == [
        ("hip-flexor-release", 28, 2),
        ("piriformis-release", 28, 2),
        ("glute-bridge", 14, 1),
        ("clams", 14, 1),
        ("calf-stretch", 14, 2),
    ]
    assert planned.rest.sessions == ()


@pytest.mark.parametrize(
    ("timing", "days"),
    [
        (Timing(times_per_week=3, duration_days=28), Recurrence(dt.date(2027, 3, 22), dt.date(2027, 4, 16), weekdays=(0, 2, 4))),
        (Timing(weekdays=(2,), duration_days=28), Recurrence(dt.date(2027, 3, 24), dt.date(2027, 4, 14), step=7)),
        (Timing(every_days=3, duration_days=28), Recurrence(dt.date(2027, 3, 22), dt.date(2027, 4, 18), step=3)),
        (Timing(times_per_week=7, duration_days=5), Recurrence(dt.date(2027, 3, 22), dt.date(2027, 3, 26), step=1)),
        (Timing(anchor=Anchor("before", "breakfast"), duration_days=5), Recurrence(dt.date(2027, 3, 22), dt.date(2027, 3, 26), step=1)),
    ],
)  # fmt: skip
def test_day_patterns(timing: Timing, days: Recurrence) -> None:
    """Each kind of day rule becomes its pattern of days; a daily-life anchor is a slot."""
    (recurrence,) = plan(_one(timing)).series
    assert recurrence.days == days


def _walk() -> Activity:
    return Activity(
        kind="walk", timing=Timing(weekdays=(1, 3), duration_days=14), volume=Volume(20, "min")
    )


@pytest.mark.parametrize(
    "programme",
    [
        pytest.param(
            _one(
                Timing(every_days=2, duration_days=28),
                progression=Progression(part="reps", step=2, ceiling=20),
            ),
            id="a dose that grows each week",
        ),
        pytest.param(
            attrs.evolve(
                _one(Timing(anchor=Anchor("before", "walk"), duration_days=14)),
                activities=[_walk()],
            ),
            id="sessions tied to an activity's",
        ),
        pytest.param(
            _one(Timing(times_of_day=(dt.time(1, 30), dt.time(2, 30)), duration_days=14)),
            id="two slots that meet in the spring-forward gap of 28 March",
        ),
        pytest.param(
            _one(Timing(duration_days=5), zone="Pacific/Apia", start=dt.date(2011, 12, 28)),
            id="a day the zone skipped (Samoa, 30 December 2011)",
        ),
    ],
)
def test_what_is_not_planned(programme: Programme) -> None:
    """Items whose sessions are not a plain recurrence are expanded, as `expand` does."""
    planned = plan(programme)
    assert ({s.prescription.id for s in planned.rest}, planned.series) == (
        {"calf-raise", *(a.id for a in programme.activities)},
        (),
    )
    assert planned_sessions(planned) == collections.Counter(_key(s) for s in expand(programme))


def test_two_stretches_of_one_phase_are_expanded() -> None:
    """Two phases of one name give an item two stretches alike: both are expanded together."""
    base = _one(Timing(times_per_day=2, duration_days=28))
    programme = attrs.evolve(
        base,
        phases=[
            Phase(name="Loading", id="loading-1", after_weeks=1),
            Phase(name="Loading", id="loading-2", after_weeks=2),
        ],
    )
    planned = plan(programme)
    assert [r.phase for r in planned.series] == [None]
    assert {s.phase for s in planned.rest} == {"Loading"}
    assert planned_sessions(planned) == collections.Counter(_key(s) for s in expand(programme))


def test_activities_and_anchored_items_are_expanded() -> None:
    """The phased runner: progressions, the run and foam rolling before it are expanded."""
    planned = plan(examples.calf_runner())
    rest = {s.prescription.id for s in planned.rest}
    assert rest == {"glute-bridge", "clamshell", "vastus-lateralis-foam-roll", "run"}
    phase = "Glute activation and running"
    assert {(r.prescription.id, r.phase) for r in planned.series} == {
        ("piriformis-ball-release", None),
        ("piriformis-ball-release", phase),
        ("calf-ball-release", None),
        ("calf-ball-release", phase),
    }


def test_a_phase_makes_a_new_recurrence() -> None:
    """An item carried into a phase is two recurrences, one per stretch, each with its phase."""
    base = _one(Timing(times_per_day=2, duration_days=28))
    programme = attrs.evolve(base, phases=[Phase(name="Loading", after_weeks=2)])
    found = [(r.phase, r.days.first, r.days.last) for r in plan(programme).series]
    assert found == [
        (None, dt.date(2027, 3, 22), dt.date(2027, 4, 4)),
        ("Loading", dt.date(2027, 4, 5), dt.date(2027, 4, 18)),
    ]


def test_all_or_nothing() -> None:
    """With partial=False one unplannable item puts the whole programme in the rest."""
    programme = examples.calf_runner()
    planned = plan(programme, partial=False)
    assert planned.series == ()
    assert planned.rest == expand(programme)


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("programme", "options"),
    [
        (_one(Timing(times_per_day=2, duration_days=84)), {"limit": 100}),
        (_one(Timing(times_per_day=2)), {}),
        (_one(Timing(times_per_day=2, duration_days=8)), {"until": dt.date(2027, 3, 1)}),
        (_one(Timing(times_per_day=2, duration_days=8)), {"start": "2027-03-22"}),
        (_one(Timing(times_per_day=2, duration_days=8)), {"limit": 0}),
        (examples.calf_runner(), {"limit": 150}),
    ],
)
def test_errors_are_those_of_expand(programme: Programme, options: dict[str, object]) -> None:
    """Too many sessions, no end, a bad window or limit: the ScheduleError `expand` raises."""
    with pytest.raises(ScheduleError) as expected:
        expand(programme, **options)  # type: ignore[arg-type]
    with pytest.raises(ScheduleError) as raised:
        plan(programme, **options)  # type: ignore[arg-type]
    assert (str(raised.value), raised.value.where) == (str(expected.value), expected.value.where)


def test_a_window_after_the_programme_is_empty() -> None:
    """Asking from a day after the last session gives an empty plan, as `expand` does."""
    programme = examples.achilles()
    planned = plan(programme, start=dt.date(2028, 1, 1))
    assert (len(planned), planned.start, planned.until) == (
        0,
        dt.date(2028, 1, 1),
        dt.date(2028, 1, 1),
    )


# --------------------------------------------------------------------------- offset changes


@pytest.mark.parametrize(
    ("zone", "year", "count"),
    [
        ("Europe/London", 2027, 2),
        ("Australia/Lord_Howe", 2027, 2),  # 30 minutes each way
        ("Asia/Kolkata", 2027, 0),
        ("Pacific/Apia", 2011, 3),  # summer time ends and starts, then the skipped day
    ],
)
def test_shifts_of_a_year(zone: str, year: int, count: int) -> None:
    """`shifts` finds each offset change of the year, to the second, as zoneinfo has it."""
    tz = zoneinfo.ZoneInfo(zone)
    found = shifts(tz, dt.date(year, 1, 3), dt.date(year, 12, 29))
    assert len(found) == count
    for change in found:
        second = dt.timedelta(seconds=1)
        assert (change.moment - second).astimezone(tz).utcoffset() == change.before
        assert change.moment.astimezone(tz).utcoffset() == change.after


@pytest.mark.parametrize(
    ("zone", "year"),
    [(zone, 2027) for zone in strategies.ZONES]
    + [("Pacific/Apia", 2011), ("Antarctica/Troll", 2027)],
)
def test_days_near_a_change_hold_every_unsettled_day(zone: str, year: int) -> None:
    """
    A bout on a day `days_near` does not name starts where its wall-clock time says
    and ends at the same UTC offset: every quarter hour and several lengths, on the
    days around each change of the year.
    """
    tz = zoneinfo.ZoneInfo(zone)
    changes = shifts(tz, dt.date(year, 1, 3), dt.date(year, 12, 29))
    clocks = [dt.time(h, m) for h in range(24) for m in (0, 15, 30, 45)]
    lengths = [dt.timedelta(minutes=m) for m in (0, 5, 90, 360, 780, 1500)]
    missed = []
    for change in changes:
        for offset in range(-3, 4):
            day = change.moment.date() + dt.timedelta(days=offset)
            for clock in clocks:
                for length in lengths:
                    if day in {d for c in changes for d in c.days_near(clock, length)}:
                        continue
                    naive = dt.datetime.combine(day, clock)
                    offsets = {
                        (naive + extra).replace(tzinfo=tz, fold=fold).utcoffset()
                        for extra in (dt.timedelta(0), length)
                        for fold in (0, 1)
                    }
                    if len(offsets) > 1 or localize(day, clock, tz).replace(tzinfo=None) != naive:
                        missed.append((day, clock, length))
    assert missed == []
