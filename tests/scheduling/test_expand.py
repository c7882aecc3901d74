"""Expansion: counts, bounds, order, weekday rules and wall-clock times across DST."""

from __future__ import annotations

import collections
import datetime as dt
import re
import zoneinfo

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.helpers import HEAVY
from tests.strategies import ZONES, programmes

from rehabplan import (
    Dose,
    Exercise,
    Prescription,
    Programme,
    ScheduleError,
    Timing,
    examples,
    expand,
)
from rehabplan.model import Anchor, AsNeeded, Session, SlotTimes
from rehabplan.model._wallclock import localize
from rehabplan.scheduling._recurrence import slot_times

DST_ZONES = ("Europe/London", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe")


def one(
    timing: Timing, *, start: dt.date = dt.date(2027, 3, 1), tz: str = "Europe/London"
) -> Programme:
    return Programme(
        title="Test",
        start=start,
        timezone=tz,
        prescriptions=[
            Prescription(exercise=Exercise(name="Calf raise"), dose=Dose(3, 15), timing=timing)
        ],
    )


def test_design_example_twelve_weeks_twice_daily() -> None:
    """3 x 15 twice daily for 12 weeks is 168 sessions, the last on day 84 in the evening."""
    schedule = expand(examples.achilles())
    assert (len(schedule), schedule.sessions[-1].start.isoformat()) == (
        168,
        "2027-05-23T18:00:00+01:00",
    )


def test_every_other_day_counts_from_the_start_date_even_when_the_window_starts_later() -> None:
    """--from does not shift the alternate-day pattern: days stay even from the start."""
    full = expand(one(Timing(every_days=2, duration_days=10)))
    later = expand(one(Timing(every_days=2, duration_days=10)), start=dt.date(2027, 3, 2))
    assert [s.day for s in later] == [s.day for s in full if s.day >= dt.date(2027, 3, 2)]
    assert [s.day.day for s in full] == [1, 3, 5, 7, 9]


def test_named_weekdays_first_on_or_after_start() -> None:
    """Mon/Wed/Fri starting on a Thursday begins on the Friday."""
    schedule = expand(one(Timing(weekdays=(0, 2, 4), duration_days=7), start=dt.date(2027, 3, 4)))
    assert [s.day.isoformat() for s in schedule] == ["2027-03-05", "2027-03-08", "2027-03-10"]


@pytest.mark.parametrize(
    ("per_week", "weekdays"),
    [
        (1, {3}),
        (2, {0, 3}),
        (3, {0, 2, 4}),
        (4, {0, 1, 3, 4}),
        (5, {0, 1, 2, 3, 4}),
        (6, {0, 1, 2, 3, 4, 5}),
        (7, set(range(7))),
    ],
)
def test_times_a_week_uses_fixed_weekdays(per_week: int, weekdays: set[int]) -> None:
    """N times a week falls on the default weekdays (Mon/Thu, Mon/Wed/Fri, ...) (1 a week: the start's weekday)."""
    schedule = expand(
        one(Timing(times_per_week=per_week, duration_days=28), start=dt.date(2027, 3, 4))
    )
    assert {s.day.weekday() for s in schedule} == weekdays
    assert len(schedule) == per_week * 4


@pytest.mark.parametrize(
    ("count", "labels"),
    [
        (1, ["morning"]),
        (2, ["morning", "evening"]),
        (3, ["morning", "noon", "evening"]),
        (4, ["morning", "noon", "evening", "bedtime"]),
    ],
)
def test_default_slots(count: int, labels: list[str]) -> None:
    """Times a day fall on the default slots (morning, evening, noon, bedtime, ...)."""
    assert [label for label, _ in slot_times(Timing(times_per_day=count), SlotTimes())] == labels


def test_every_n_hours_runs_from_morning_to_bedtime() -> None:
    """Every 4 hours: 08, 12, 16, 20 (bedtime 21:00); round the clock adds the night."""
    waking = [t.hour for _, t in slot_times(Timing(every_hours=4), SlotTimes())]
    clock = [
        t.hour for _, t in slot_times(Timing(every_hours=4, round_the_clock=True), SlotTimes())
    ]
    assert (waking, clock) == ([8, 12, 16, 20], [0, 4, 8, 12, 16, 20])


def test_slot_times_are_a_setting() -> None:
    """A programme's own slot times move the sessions."""
    programme = one(Timing(times_per_day=2, duration_days=1))
    programme = Programme(
        title=programme.title,
        start=programme.start,
        timezone=programme.timezone,
        prescriptions=programme.prescriptions,
        slot_times=SlotTimes(morning=dt.time(6, 30), evening=dt.time(19)),
    )
    assert [s.start.strftime("%H:%M") for s in expand(programme)] == ["06:30", "19:00"]


def test_gap_and_fold() -> None:
    """01:30 on the London spring-forward day is 02:30 BST; in the autumn fold it is the first 01:30."""
    london = zoneinfo.ZoneInfo("Europe/London")
    spring = localize(dt.date(2027, 3, 28), dt.time(1, 30), london)
    autumn = localize(dt.date(2027, 10, 31), dt.time(1, 30), london)
    assert (spring.isoformat(), autumn.isoformat()) == (
        "2027-03-28T02:30:00+01:00",
        "2027-10-31T01:30:00+01:00",
    )


def test_lord_howe_half_hour_gap() -> None:
    """Lord Howe springs forward 30 minutes at 02:00: 02:15 becomes 02:45."""
    tz = zoneinfo.ZoneInfo("Australia/Lord_Howe")
    assert localize(dt.date(2027, 10, 3), dt.time(2, 15), tz).strftime("%H:%M %z") == "02:45 +1100"


def test_limit_is_enforced_before_memory_is_used() -> None:
    """An expansion past the limit raises ScheduleError naming the limit."""
    with pytest.raises(ScheduleError, match="more than 100 sessions"):
        expand(one(Timing(times_per_day=8, duration_days=365)), limit=100)


def test_open_ended_needs_an_end() -> None:
    """An open-ended prescription without any until is a clear error."""
    with pytest.raises(ScheduleError, match="has no end"):
        expand(one(Timing(times_per_day=2)))
    assert len(expand(one(Timing(times_per_day=2)), until=dt.date(2027, 3, 3))) == 6


def test_activity_anchor_without_activity_is_an_error() -> None:
    """'before each run' with no run in the programme is a ScheduleError."""
    with pytest.raises(ScheduleError, match="run"):
        expand(one(Timing(anchor=Anchor("before", "run"), duration_days=7)))


def test_daily_life_anchor_uses_its_slot() -> None:
    """'before dinner' is scheduled in the evening slot."""
    schedule = expand(one(Timing(anchor=Anchor("before", "dinner"), duration_days=2)))
    assert [s.slot for s in schedule] == ["evening", "evening"]


def test_as_needed_is_not_scheduled() -> None:
    """As-needed prescriptions appear in no session but are listed on the schedule."""
    schedule = expand(examples.home_exercises())
    assert "calf-massage" not in {s.prescription.id for s in schedule}
    assert [p.id for p in schedule.as_needed] == ["calf-massage"]


def test_schedule_queries() -> None:
    """on, week, between and of select the right sessions."""
    schedule = expand(examples.home_exercises())
    monday = dt.date(2027, 3, 22)
    assert len(schedule.on(monday)) == 8
    assert all(
        monday <= s.day <= monday + dt.timedelta(days=6)
        for s in schedule.week(monday + dt.timedelta(days=3))
    )
    assert {s.prescription.id for s in schedule.of("glute-bridge")} == {"glute-bridge"}
    assert len(schedule.between(monday, monday)) == 8


def test_routines_group_by_local_time() -> None:
    """Sessions at one local time on one day make one routine."""
    routines = expand(examples.home_exercises()).routines()
    assert [len(r.sessions) for r in routines[:4]] == [5, 3, 3, 3]
    assert routines[0].summary == "Morning routine · 5 exercises"


def _expected_count(timing: Timing, start: dt.date, tz: zoneinfo.ZoneInfo) -> int:
    """The arithmetic of the rule: days that match times sessions a day."""
    assert timing.duration_days is not None
    first = timing.start or start
    days = [first + dt.timedelta(days=i) for i in range(timing.duration_days)]
    if timing.weekdays:
        days = [d for d in days if d.weekday() in timing.weekdays]
    elif timing.every_days:
        days = days[:: timing.every_days]
    elif timing.times_per_week:
        n = timing.times_per_week
        assert isinstance(n, int)
        wanted = {
            (0, 3),
            (0, 2, 4),
            (0, 1, 3, 4),
            (0, 1, 2, 3, 4),
            (0, 1, 2, 3, 4, 5),
            tuple(range(7)),
        }
        table = {len(w): set(w) for w in wanted}
        allowed = table.get(n, {first.weekday()})
        days = [d for d in days if d.weekday() in allowed]
    clocks = [clock for _, clock in slot_times(timing, SlotTimes())]
    return sum(len({localize(d, c, tz) for c in clocks}) for d in days)


@HEAVY
@given(programmes())
def test_session_counts_equal_the_rule_arithmetic(programme: Programme) -> None:
    """Each prescription's session count is (days matching its rule) x (sessions a day)."""
    schedule = expand(programme)
    for p in programme.prescriptions:
        assert isinstance(p.timing, Timing)
        assert len(schedule.of(p.id)) == _expected_count(p.timing, programme.start, programme.tz)


@HEAVY
@given(programmes())
@example(  # 3-hour sessions every 2 hours for 2 days: the second day is in the warning's span
    Programme(
        title="0",
        start=dt.date(2020, 1, 1),
        timezone="Europe/London",
        prescriptions=[
            Prescription(
                exercise=Exercise(name="A"),
                dose=Dose(2, hold=dt.timedelta(hours=1), rest=dt.timedelta(minutes=56)),
                timing=Timing(every_hours=2, start=dt.date(2020, 1, 1), duration_days=2),
            )
        ],
    )
)
@example(  # 4-hour sessions every 2 hours: two stay where moved ones went, and are warned
    Programme(
        title="t",
        start=dt.date(2020, 1, 1),
        timezone="Europe/London",
        prescriptions=[
            Prescription(
                exercise=Exercise(name="A"),
                dose=Dose(46, hold=dt.timedelta(minutes=4), rest=dt.timedelta(seconds=69)),
                timing=Timing(every_hours=2, start=dt.date(2020, 1, 1), duration_days=1),
            )
        ],
    )
)
def test_sessions_sorted_unique_and_in_bounds(programme: Programme) -> None:
    """
    Sessions are in time order (sessions with one start in the order of their prescriptions
    in the programme), inside every bound, and never repeated, except where an item found no
    free time that day: it stays at its own time, which a moved routine may have taken, and a
    warning names that day or the days around it ("Wed 2020-01-01: ..., and on 3 more days to
    2020-01-04").
    """
    schedule = expand(programme)
    position = {p.id: n for n, p in enumerate(programme.prescriptions)}
    keys = [(s.start, position[s.prescription.id]) for s in schedule]
    assert keys == sorted(keys)
    repeated = {start for start, n in collections.Counter(keys).items() if n > 1}
    warned_days = []
    for warning in schedule.warnings:
        days = [dt.date.fromisoformat(d) for d in re.findall(r"\d{4}-\d{2}-\d{2}", warning)]
        warned_days.append((min(days), max(days)))
    assert [
        start
        for start, _ in repeated
        if not any(low <= start.date() <= high for low, high in warned_days)
    ] == []
    for s in schedule:
        timing = s.prescription.timing
        assert isinstance(timing, Timing)
        first = timing.start or programme.start
        assert timing.duration_days is not None
        assert first <= s.day < first + dt.timedelta(days=timing.duration_days)
        assert schedule.start <= s.day <= schedule.until
        assert s.end > s.start


@HEAVY
@given(programmes(), st.sampled_from(DST_ZONES))
def test_wall_clock_times_hold_across_dst(programme: Programme, zone: str) -> None:
    """
    Every session starts at its slot's local time, unless that time fell in a DST gap,
    or it was moved later that day to start as another routine or session ends (a session
    moved to follow another joins its routine, so it starts at that session's end).
    """
    programme = Programme(
        title=programme.title,
        start=programme.start,
        timezone=zone,
        prescriptions=programme.prescriptions,
    )
    tz = zoneinfo.ZoneInfo(zone)
    schedule = expand(programme)
    ends = {r.end for r in schedule.routines()} | {s.end for s in schedule}
    for s in schedule:
        timing = s.prescription.timing
        assert isinstance(timing, Timing)
        wanted = dict(slot_times(timing, programme.slot_times))[s.slot]
        local = s.start.astimezone(tz)
        naive = dt.datetime.combine(s.day, wanted)
        exists = (
            naive.replace(tzinfo=tz).astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None) == naive
        )
        if s.start in ends and local.replace(tzinfo=None) > naive:
            assert local.replace(tzinfo=None) - naive < dt.timedelta(days=1)  # moved that day
        elif exists:
            assert (local.time(), local.date()) == (wanted, s.day)
        else:
            assert local.replace(tzinfo=None) > naive
            assert local.replace(tzinfo=None) - naive <= dt.timedelta(hours=1)


@given(
    st.sampled_from(ZONES),
    st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)),
    st.integers(1, 400),
)
def test_twice_daily_count_over_any_zone_and_start(zone: str, start: dt.date, days: int) -> None:
    """Twice daily for N days is exactly 2N sessions, whatever the zone and start."""
    schedule = expand(one(Timing(times_per_day=2, duration_days=days), start=start, tz=zone))
    assert len(schedule) == 2 * days


def test_as_needed_type_is_separate() -> None:
    """An as-needed prescription is AsNeeded, not a Timing with a flag."""
    p = examples.home_exercises().prescription("calf-massage")
    assert isinstance(p.timing, AsNeeded) and p.as_needed


@HEAVY
@given(programme=programmes())
def test_expansion_s_unchecked_sessions_pass_the_session_checks(programme: Programme) -> None:
    """Every session expansion makes without checks is one `Session(...)` accepts as equal."""
    for session in expand(programme).sessions:
        fields = {a.name: getattr(session, a.name) for a in attrs.fields(Session)}
        assert Session(**fields) == session
