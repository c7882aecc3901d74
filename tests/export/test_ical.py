"""
Tests of `rehabplan.export.ical`: the .ics files real calendar software reads.

Every file is checked by parsers nobody on the project wrote: icalendar with
recurring-ical-events (in the venv), libical through its GObject bindings (system
Python) and, when the shared checker is next to the repository, icscheck's five engines.

Golden files: regenerate them after an intended change with
``REHABPLAN_REGEN_GOLDEN=1 pytest tests/export/test_ical.py -k golden`` and review the diff.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import os
import re
import subprocess
import zoneinfo
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import icalendar
import pytest
import recurring_ical_events
from hypothesis import given, settings
from hypothesis import strategies as st
from tests import strategies
from tests.helpers import HEAVY, TESTS, ZONES, require_tool
from tests.strategies import clock_change_programmes as programmes

from rehabplan import examples
from rehabplan.cli import main
from rehabplan.errors import ExportError, ScheduleError
from rehabplan.export.ical import to_ics
from rehabplan.export.ical._series import MAX_COUNT, find_runs, planned_runs, steady
from rehabplan.export.ical._vtimezone import vtimezone_lines
from rehabplan.export.ical._writer import clean_text, content_line, escape_text, fold
from rehabplan.model import Dose, Exercise, Prescription, Programme, Schedule, Timing
from rehabplan.model._wallclock import shifts
from rehabplan.scheduling import Recurrence, expand

HERE = TESTS  # golden files and the libical script
GOLDEN = HERE / "golden"
LIBICAL_SCRIPT = HERE / "libical_expand.py"
SYSTEM_PYTHON = "/usr/bin/python3"
ICSCHECK_PLACES = (
    Path("/work/shared/tools/icscheck/icscheck.py"),
    HERE.parent.parent / "shared" / "tools" / "icscheck" / "icscheck.py",
)
EXAMPLES = {
    "achilles": examples.achilles,
    "home-exercises": examples.home_exercises,
    "calf-runner": examples.calf_runner,  # phases, a run, appointments
}
#: Checked by every parser but kept out of the golden files (1,800 sessions).
CHECKED = {**EXAMPLES, "sciatic-runner": examples.sciatic_runner}
MODES = {
    "compact-routines": {},
    "compact-per-exercise": {"per_exercise": True},
    "expanded-routines": {"expanded": True},
    "expanded-per-exercise": {"expanded": True, "per_exercise": True},
}
_UTC = dt.UTC

Occurrences = collections.Counter[tuple[str, str, str]]


# --------------------------------------------------------------------------- helpers


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ")


def _when(moment: dt.datetime | dt.date) -> str:
    if isinstance(moment, dt.datetime):
        return _utc(moment)
    return moment.isoformat()


def expected(schedule: Schedule, *, per_exercise: bool) -> Occurrences:
    """
    The (start, end, summary) of every event the schedule asks for, in UTC.

    Sessions (or routines), then the schedule's appointments (a whole-day appointment
    runs from its date to the next, exclusive, date), then the races.
    """
    if per_exercise:
        items: list[tuple[dt.datetime | dt.date, dt.datetime | dt.date, str]] = [
            (s.start, s.end, s.summary) for s in schedule
        ]
    else:
        items = [(r.start, r.end, r.summary) for r in schedule.routines()]
    for a in schedule.appointments:
        if a.all_day:
            items.append((a.day, a.day + dt.timedelta(days=1), a.summary))
        else:
            items.append((a.start, a.end, a.summary))
    items += [(r.start, r.end, r.summary) for r in schedule.races]
    return collections.Counter((_when(a), _when(b), clean_text(c)) for a, b, c in items)


def by_icalendar(data: bytes) -> Occurrences:
    """Every occurrence as icalendar + recurring-ical-events expand it."""
    calendar = icalendar.Calendar.from_ical(data)
    found: Occurrences = collections.Counter()
    for event in recurring_ical_events.of(calendar).all():
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        found[(_when(start), _when(end), str(event["SUMMARY"]))] += 1
    return found


def by_libical(path: Path) -> tuple[list[str], collections.Counter[tuple[str, str]]]:
    """X-LIC-ERRORs and (start, end) occurrences as libical reads the file."""
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('ICalGLib', '3.0')"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        require_tool("libical", "install python3-gi and gir1.2-ical-3.0 (scripts/install-tools)")
    result = subprocess.run(
        [SYSTEM_PYTHON, str(LIBICAL_SCRIPT), str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    report = json.loads(result.stdout)
    return report["errors"], collections.Counter((s, e) for _, s, e in report["occurrences"])


def icscheck() -> Path | None:
    """The shared icscheck checker, when this clone sits next to it."""
    for place in ICSCHECK_PLACES:
        if place.is_file():
            return place
    return None


def unfold(data: bytes) -> list[str]:
    """The content lines of a file, unfolded."""
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]


def check_structure(data: bytes) -> None:
    """RFC 5545 form: CRLF lines of at most 75 octets, no control characters, sane RRULEs."""
    assert data.endswith(b"\r\n")
    for physical in data.split(b"\r\n")[:-1]:
        assert len(physical) <= 75, physical
        assert b"\r" not in physical
        assert b"\n" not in physical
        assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", physical), physical
        physical.decode("utf-8")  # a fold never splits a character
    for line in unfold(data):
        if line.startswith("RRULE:"):
            parts = line[len("RRULE:") :].split(";")
            assert parts[0].startswith("FREQ="), line
            assert "FREQ=HOURLY" not in line
            assert not any(p.startswith("COUNT=") for p in parts), line
            if "FREQ=YEARLY" not in line:
                until = [p for p in parts if p.startswith("UNTIL=")]
                assert len(until) == 1, line
                assert until[0].endswith("Z"), line


def _session_programme(zone: str = "Europe/London", **timing: object) -> Programme:
    return Programme(
        title="One exercise",
        start=dt.date(2027, 3, 22),
        timezone=zone,
        prescriptions=[
            Prescription(
                exercise=Exercise(name="Calf raise"),
                dose=Dose(3, 15),
                timing=Timing(**timing),  # type: ignore[arg-type]
            )
        ],
    )


# --------------------------------------------------------------------------- golden files


@pytest.mark.parametrize("mode", sorted(MODES))
@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_golden_files(example: str, mode: str) -> None:
    """The example programmes give exactly the reviewed files, byte for byte."""
    data = to_ics(EXAMPLES[example](), alarm_minutes=10, **MODES[mode])  # type: ignore[arg-type]
    path = GOLDEN / f"{example}-{mode}.ics"
    if os.environ.get("REHABPLAN_REGEN_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
    assert path.read_bytes() == data


@pytest.mark.parametrize("mode", sorted(MODES))
@pytest.mark.parametrize("example", sorted(CHECKED))
def test_examples_expand_to_the_schedule(example: str, mode: str) -> None:
    """recurring-ical-events expands every example file to exactly the schedule's events."""
    programme = CHECKED[example]()
    options = MODES[mode]
    data = to_ics(programme, alarm_minutes=10, **options)  # type: ignore[arg-type]
    check_structure(data)
    want = expected(expand(programme), per_exercise=bool(options.get("per_exercise")))
    assert by_icalendar(data) == want


@pytest.mark.tool("libical")
@pytest.mark.parametrize("mode", sorted(MODES))
@pytest.mark.parametrize("example", sorted(CHECKED))
def test_examples_read_by_libical(example: str, mode: str, tmp_path: Path) -> None:
    """libical parses every example file without error and expands it to the schedule."""
    programme = CHECKED[example]()
    options = MODES[mode]
    path = tmp_path / "plan.ics"
    path.write_bytes(to_ics(programme, alarm_minutes=10, **options))  # type: ignore[arg-type]
    errors, found = by_libical(path)
    want = expected(expand(programme), per_exercise=bool(options.get("per_exercise")))
    assert errors == []
    assert found == collections.Counter((s, e) for s, e, _ in want.elements())


def _assert_icscheck_agrees(
    checker: Path,
    path: Path,
    items: Sequence[tuple[dt.datetime | dt.date, dt.datetime | dt.date, str]],
    *,
    timeout: int,
) -> None:
    """icscheck's five engines agree on *path*, and its events are exactly *items*."""
    expect = [{"start": a.isoformat(), "end": b.isoformat(), "summary": c} for a, b, c in items]
    expect_path = path.with_suffix(".expect.json")
    expect_path.write_text(json.dumps(expect), encoding="utf-8")
    result = subprocess.run(
        [str(checker), str(path), "--expect", str(expect_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )
    if result.returncode == 2:
        require_tool("icscheck", result.stdout[-300:] + result.stderr[-300:])
    assert result.returncode == 0, result.stdout[-3000:]
    assert result.stdout.strip().splitlines()[-1].startswith("icscheck: 5 engines agree")


@pytest.mark.tool("icscheck")
@pytest.mark.parametrize("mode", sorted(MODES))
@pytest.mark.parametrize("example", sorted(CHECKED))
def test_examples_pass_icscheck(example: str, mode: str, tmp_path: Path) -> None:
    """All five engines of the shared icscheck agree on every example file and expectation."""
    checker = icscheck()
    if checker is None:
        pytest.skip("icscheck is not next to this clone (../shared/tools/icscheck)")
    programme = CHECKED[example]()
    options = MODES[mode]
    path = tmp_path / "plan.ics"
    path.write_bytes(to_ics(programme, alarm_minutes=10, **options))  # type: ignore[arg-type]
    schedule = expand(programme)
    items: list[tuple[dt.datetime | dt.date, dt.datetime | dt.date, str]] = (
        [(s.start, s.end, s.summary) for s in schedule]
        if options.get("per_exercise")
        else [(r.start, r.end, r.summary) for r in schedule.routines()]
    )
    for a in programme.appointments:
        start, end = a.start_in(programme.tz), a.end_in(programme.tz)
        if start is None or end is None:
            items.append((a.date, a.date + dt.timedelta(days=1), a.title))
        else:
            items.append((start, end, a.title))
    items += [(r.start, r.end, r.summary) for r in schedule.races]
    _assert_icscheck_agrees(checker, path, items, timeout=300)


# --------------------------------------------------------------------------- compact = expanded


@given(programmes(), st.booleans())
def test_compact_equals_expanded_equals_schedule(programme: Programme, per_exercise: bool) -> None:
    """recurring-ical-events expands compact and expanded files to exactly the schedule."""
    schedule = expand(programme)
    compact = to_ics(schedule, per_exercise=per_exercise)
    full = to_ics(schedule, per_exercise=per_exercise, expanded=True)
    check_structure(compact)
    want = expected(schedule, per_exercise=per_exercise)
    assert by_icalendar(full) == want
    assert by_icalendar(compact) == want


# --------------------------------------------------------------------------- planned = expanded
# A programme's compact calendar is planned from its rules (`rehabplan.scheduling._plan`); it must
# be the very file made from its expanded schedule.


def _same_file(programme: Programme, *, per_exercise: bool) -> bytes:
    """The programme's compact calendar, checked to equal its schedule's, byte for byte."""
    try:
        schedule = expand(programme)
    except ScheduleError as error:
        with pytest.raises(ScheduleError, match=re.escape(str(error))):
            to_ics(programme, per_exercise=per_exercise)
        return b""
    planned = to_ics(programme, per_exercise=per_exercise)
    assert planned == to_ics(schedule, per_exercise=per_exercise)
    return planned


@HEAVY
@given(
    st.one_of(programmes(), strategies.programmes(), strategies.whole_programmes()),
    st.booleans(),
)
def test_programme_calendar_is_the_schedule_calendar(
    programme: Programme, per_exercise: bool
) -> None:
    """
    From a programme the compact calendar is the file of its schedule, byte for byte,
    and recurring-ical-events expands it to exactly `expand`'s sessions.
    """
    data = _same_file(programme, per_exercise=per_exercise)
    if data:
        check_structure(data)
        assert by_icalendar(data) == expected(expand(programme), per_exercise=per_exercise)


@settings(max_examples=25)
@given(programmes(max_days=900), st.booleans())
def test_long_programme_calendar_is_the_schedule_calendar(
    programme: Programme, per_exercise: bool
) -> None:
    """Over years (series split at 730, clock changes every spring and autumn), the same file."""
    _same_file(programme, per_exercise=per_exercise)


@pytest.mark.parametrize("mode", ["compact-routines", "compact-per-exercise"])
@pytest.mark.parametrize("example", sorted(CHECKED))
def test_examples_planned_are_the_schedule_calendar(example: str, mode: str) -> None:
    """Every example gives the same compact file from the programme as from its schedule."""
    programme = CHECKED[example]()
    options = MODES[mode]
    assert to_ics(programme, alarm_minutes=10, **options) == to_ics(  # type: ignore[arg-type]
        expand(programme), alarm_minutes=10, **options
    )


_TIMINGS = st.one_of(
    st.integers(1, 9).map(lambda n: Timing(every_days=n if n > 1 else None)),
    st.sets(st.integers(0, 6), min_size=1, max_size=7).map(
        lambda w: Timing(weekdays=tuple(sorted(w)))
    ),
)


@given(
    _TIMINGS,
    st.dates(dt.date(2024, 1, 1), dt.date(2031, 12, 31)),
    st.integers(0, 6),
    st.one_of(st.integers(0, 40), st.integers(700, 1600)),
    st.sampled_from(ZONES),
    st.sampled_from([dt.time(8), dt.time(0, 30), dt.time(1, 30), dt.time(2, 15), dt.time(23, 45)]),
    st.sampled_from([5, 35, 90, 300, 4000]).map(lambda m: dt.timedelta(minutes=m)),
)
def test_planned_runs_are_the_runs_found(
    timing: Timing,
    origin: dt.date,
    late: int,
    span: int,
    zone: str,
    clock: dt.time,
    length: dt.timedelta,
) -> None:
    """`planned_runs` gives what `find_runs` finds in the listed steady days, and the rest."""
    first = origin + dt.timedelta(days=late)
    programme = Programme(title="X", start=origin, timezone="UTC")
    days = Recurrence.of(timing, programme, origin, first, first + dt.timedelta(days=span))
    if days is None:
        return
    tz = zoneinfo.ZoneInfo(zone)
    changes = shifts(tz, days.first, days.last + length)
    runs, unsteady = planned_runs(days, clock, length, tz, changes)
    listed = list(days)
    found = find_runs(
        [d for d in listed if steady(d, clock, length, tz)],
        lambda day: steady(day, clock, length, tz),
    )
    assert (runs, unsteady) == (found, [d for d in listed if not steady(d, clock, length, tz)])


def _no_expansion(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the prescriptions whose sessions are expanded one by one, and every `expand`."""
    from rehabplan.export.ical import _calendar
    from rehabplan.scheduling import _expand

    calls: list[str] = []
    sessions = _expand.prescription_sessions
    whole = _calendar.expand

    def one_by_one(entry: Any, *args: Any) -> Any:
        calls.append(entry.item.id)
        return sessions(entry, *args)

    def expanded(*args: Any, **kwargs: Any) -> Schedule:
        calls.append("expand")
        return whole(*args, **kwargs)

    monkeypatch.setattr(_expand, "prescription_sessions", one_by_one)
    monkeypatch.setattr(_calendar, "expand", expanded)
    return calls


def _long_plain() -> Programme:
    """Two years in New York: twice daily (past 730), three times a week, Tue/Thu, every other day."""
    two_years = Timing(times_per_day=2, duration_days=770)
    return Programme(
        title="Long maintenance",
        start=dt.date(2027, 1, 4),
        timezone="America/New_York",
        prescriptions=[
            Prescription(exercise=Exercise(name="Heel drops"), dose=Dose(3, 15), timing=two_years),
            Prescription(
                exercise=Exercise(name="Calf stretch"), dose=Dose(3, 12), timing=two_years
            ),
            Prescription(
                exercise=Exercise(name="Step-ups"),
                dose=Dose(2, 10, each_side=True),
                timing=Timing(times_per_week=3, times_of_day=("noon",), duration_days=420),
            ),
            Prescription(
                exercise=Exercise(name="Side plank"),
                dose=Dose(3, 1, hold=dt.timedelta(seconds=30)),
                timing=Timing(weekdays=(1, 3), times_of_day=("bedtime",), duration_days=420),
            ),
            Prescription(
                exercise=Exercise(name="Ankle alphabet"),
                dose=Dose(2, 1, each_side=True),
                timing=Timing(every_days=2, times_of_day=(dt.time(7, 30),), duration_days=420),
            ),
        ],
    )


@pytest.mark.parametrize("per_exercise", [False, True])
def test_plain_programme_is_planned_not_expanded(
    per_exercise: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain programme's compact calendar is written without expanding a single session."""
    programme = _long_plain()
    want = to_ics(expand(programme), per_exercise=per_exercise)
    calls = _no_expansion(monkeypatch)
    data = to_ics(programme, per_exercise=per_exercise)
    assert (calls, data) == ([], want)
    assert len(_rrules(data)) == (11 if per_exercise else 7)  # 770 days: two series a slot


def test_unplannable_items_are_expanded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Progressions, phases' changed items and items tied to a run are expanded; no more."""
    programme = examples.calf_runner()
    calls = _no_expansion(monkeypatch)
    to_ics(programme, per_exercise=True)
    assert sorted(set(calls)) == [
        "clamshell",
        "glute-bridge",
    ]  # the run (an activity) and foam rolling before it have their own expansion


def test_routines_that_change_from_day_to_day_are_expanded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A morning routine that holds the glute exercises every other day is found in `expand`."""
    calls = _no_expansion(monkeypatch)
    to_ics(examples.home_exercises())
    assert calls.count("expand") == 1


def test_window_of_a_programme() -> None:
    """*start* and *until* with a programme: the file of ``expand(programme, start, until)``."""
    programme = _long_plain()
    window = {"start": dt.date(2027, 3, 10), "until": dt.date(2027, 11, 20)}
    for per_exercise in (False, True):
        assert to_ics(programme, per_exercise=per_exercise, **window) == to_ics(
            expand(programme, **window), per_exercise=per_exercise
        )
    with pytest.raises(ScheduleError, match="more than 1000 sessions"):
        to_ics(programme, limit=1000)


def test_window_of_a_schedule_is_refused() -> None:
    """A schedule has its window already: *start*, *until* or *limit* with it is an ExportError."""
    with pytest.raises(ExportError, match="for a programme"):
        to_ics(expand(examples.achilles()), until=dt.date(2027, 3, 10))


@pytest.mark.tool("libical")
@pytest.mark.parametrize("per_exercise", [False, True])
def test_long_plain_programme_read_by_libical(per_exercise: bool, tmp_path: Path) -> None:
    """libical expands the planned two-year calendar to exactly the schedule."""
    programme = _long_plain()
    path = tmp_path / "long.ics"
    path.write_bytes(to_ics(programme, per_exercise=per_exercise, alarm_minutes=10))
    errors, found = by_libical(path)
    want = expected(expand(programme), per_exercise=per_exercise)
    assert (errors, found) == ([], collections.Counter((s, e) for s, e, _ in want.elements()))


@pytest.mark.tool("icscheck")
@pytest.mark.parametrize("per_exercise", [False, True])
def test_long_plain_programme_passes_icscheck(per_exercise: bool, tmp_path: Path) -> None:
    """All five engines of icscheck agree on the planned two-year calendar and the schedule."""
    checker = icscheck()
    if checker is None:
        pytest.skip("icscheck is not next to this clone (../shared/tools/icscheck)")
    programme = _long_plain()
    path = tmp_path / "long.ics"
    path.write_bytes(to_ics(programme, per_exercise=per_exercise, alarm_minutes=10))
    schedule = expand(programme)
    items = (
        [(s.start, s.end, s.summary) for s in schedule]
        if per_exercise
        else [(r.start, r.end, r.summary) for r in schedule.routines()]
    )
    _assert_icscheck_agrees(checker, path, items, timeout=600)


@settings(max_examples=15)
@given(
    st.sampled_from(sorted(zoneinfo.available_timezones() - {"Factory", "localtime"})),
    st.integers(1985, 2040),
)
def test_vtimezone_matches_zoneinfo(zone: str, year: int) -> None:
    """icalendar, building a zone from our VTIMEZONE alone, gives zoneinfo's offsets all year."""
    _offsets_agree(zone, year, dt.timedelta(hours=7))


def _offsets_agree(zone: str, year: int, step: dt.timedelta) -> None:
    lines = vtimezone_lines(zone, dt.date(year, 1, 1), dt.date(year, 12, 31))
    ours = icalendar.Timezone.from_ical("\r\n".join(lines) + "\r\n").to_tz(lookup_tzid=False)
    real = zoneinfo.ZoneInfo(zone)
    moment = dt.datetime(year, 1, 1, tzinfo=_UTC)
    while moment.year == year:
        assert moment.astimezone(ours).utcoffset() == moment.astimezone(real).utcoffset(), moment
        moment += step


@pytest.mark.parametrize(
    ("zone", "year"),
    [
        ("Europe/Dublin", 2027),  # tzdata's negative DST: winter is the "daylight" time
        ("Africa/Casablanca", 2027),  # two changes around Ramadan, no yearly rule
        ("Asia/Tehran", 2022),  # DST abolished in 2022
        ("America/Santiago", 2027),
        ("Antarctica/Troll", 2027),  # a two-hour shift
        ("Australia/Lord_Howe", 2027),  # a 30-minute shift
        ("Pacific/Chatham", 2027),  # +12:45
    ],
)
def test_vtimezone_of_odd_zones(zone: str, year: int) -> None:
    """Zones with unusual rules still give zoneinfo's offsets, hour by hour."""
    _offsets_agree(zone, year, dt.timedelta(hours=1))


@pytest.mark.parametrize(
    ("zone", "daylight"),
    [
        ("Europe/London", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
        ("America/New_York", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
        ("Australia/Lord_Howe", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"),
        ("Australia/Sydney", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"),
    ],
)
def test_vtimezone_is_rule_based(zone: str, daylight: str) -> None:
    """A zone with a current rule gets one open-ended DAYLIGHT and one STANDARD RRULE."""
    lines = vtimezone_lines(zone, dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert daylight in lines
    assert not any(line.startswith("RDATE") for line in lines)
    assert lines.count("BEGIN:DAYLIGHT") == lines.count("BEGIN:STANDARD") == 1


def test_vtimezone_without_daylight_saving() -> None:
    """A zone without changes gets a single STANDARD observance."""
    lines = vtimezone_lines("Asia/Kolkata", dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert [line for line in lines if line.startswith("BEGIN:")] == [
        "BEGIN:VTIMEZONE",
        "BEGIN:STANDARD",
    ]
    assert "TZOFFSETTO:+0530" in lines


def test_vtimezone_rule_change_inside_the_range() -> None:
    """Mexico City dropped DST in 2022: the yearly rules end with an UNTIL there."""
    lines = vtimezone_lines("America/Mexico_City", dt.date(2021, 6, 1), dt.date(2023, 6, 1))
    assert "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20221101T000000Z" in lines
    zone = icalendar.Timezone.from_ical("\r\n".join(lines) + "\r\n").to_tz(lookup_tzid=False)
    summer_2021 = dt.datetime(2021, 7, 1, 12, tzinfo=_UTC)
    summer_2023 = dt.datetime(2023, 7, 1, 12, tzinfo=_UTC)
    assert summer_2021.astimezone(zone).utcoffset() == dt.timedelta(hours=-5)
    assert summer_2023.astimezone(zone).utcoffset() == dt.timedelta(hours=-6)


# --------------------------------------------------------------------------- series


def _rrules(data: bytes) -> list[str]:
    return [
        line
        for line in unfold(data)
        if line.startswith("RRULE:FREQ=DAILY") or line.startswith("RRULE:FREQ=WEEKLY")
    ]


def test_long_series_are_split_at_730() -> None:
    """A daily exercise for 1000 days becomes consecutive series of at most 730 occurrences."""
    programme = _session_programme(times_of_day=("morning",), duration_days=1000)
    data = to_ics(programme, per_exercise=True)
    rules = _rrules(data)
    assert len(rules) == 2
    assert MAX_COUNT == 730
    counts = collections.Counter(uid for uid, *_ in _series_occurrences(data))
    assert sorted(counts.values()) == [270, 730]
    assert by_icalendar(data) == expected(expand(programme), per_exercise=True)


def _series_occurrences(data: bytes) -> list[tuple[str, dt.datetime]]:
    calendar = icalendar.Calendar.from_ical(data)
    return [
        (str(event["UID"]), event.decoded("DTSTART"))
        for event in recurring_ical_events.of(calendar).all()
    ]


def test_dtstart_is_the_first_real_occurrence() -> None:
    """A Mon/Wed/Fri series that starts on a Thursday begins on the Friday."""
    programme = _session_programme(weekdays=(0, 2, 4), times_of_day=("morning",), duration_days=21)
    programme = attrs.evolve(programme, start=dt.date(2027, 3, 25))  # a Thursday
    data = to_ics(programme, per_exercise=True)
    lines = unfold(data)
    assert "DTSTART;TZID=Europe/London:20270326T080000" in lines
    assert any(line.startswith("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=") for line in lines)
    assert by_icalendar(data) == expected(expand(programme), per_exercise=True)


def test_alternating_routines_are_two_series() -> None:
    """Twice daily plus every other day: two alternating every-other-day morning series."""
    programme = attrs.evolve(
        examples.achilles(),
        prescriptions=[
            *examples.achilles().prescriptions,
            Prescription(
                exercise=Exercise(name="Glute bridge"),
                dose=Dose(3, 12),
                timing=Timing(every_days=2, duration_days=84),
            ),
        ],
    )
    data = to_ics(programme)
    rules = _rrules(data)
    assert sorted(rule.split(";UNTIL")[0] for rule in rules) == [
        "RRULE:FREQ=DAILY",
        "RRULE:FREQ=DAILY;INTERVAL=2",
        "RRULE:FREQ=DAILY;INTERVAL=2",
    ]
    assert by_icalendar(data) == expected(expand(programme), per_exercise=False)


def test_a_skipped_day_becomes_an_exdate() -> None:
    """A one-off extra exercise on a day of a daily routine leaves an EXDATE in its series."""
    base = _session_programme(times_of_day=("morning",), duration_days=14)
    extra = Prescription(
        exercise=Exercise(name="Balance test"),
        dose=Dose(1, 3),
        timing=Timing(times_of_day=("morning",), start=dt.date(2027, 3, 29), duration_days=1),
    )
    programme = attrs.evolve(base, prescriptions=[*base.prescriptions, extra])
    data = to_ics(programme)
    assert "EXDATE;TZID=Europe/London:20270329T080000" in unfold(data)
    assert by_icalendar(data) == expected(expand(programme), per_exercise=False)


@pytest.mark.parametrize(
    ("start", "line"),
    [
        # 01:30 on the spring-forward day does not exist: it is 02:30 BST, a real time.
        (dt.date(2027, 3, 22), "DTSTART;TZID=Europe/London:20270328T023000"),
        # 01:30 on the fall-back day happens twice: the first (BST) one, written in UTC
        # because libical and ical.js would take the second.
        (dt.date(2027, 10, 25), "DTSTART:20271031T003000Z"),
    ],
)
def test_clock_change_days(start: dt.date, line: str, tmp_path: Path) -> None:
    """A slot in a DST gap or fold leaves its series as one event every engine reads alike."""
    programme = attrs.evolve(
        _session_programme(times_of_day=(dt.time(1, 30),), duration_days=14), start=start
    )
    data = to_ics(programme, per_exercise=True)
    assert line in unfold(data)
    want = expected(expand(programme), per_exercise=True)
    assert by_icalendar(data) == want
    path = tmp_path / "change.ics"
    path.write_bytes(data)
    errors, found = by_libical(path)
    assert (errors, found) == ([], collections.Counter((s, e) for s, e, _ in want.elements()))


# --------------------------------------------------------------------------- identity


def test_same_input_same_bytes() -> None:
    """Exporting twice gives byte-identical files, whatever the clock says."""
    assert to_ics(examples.home_exercises()) == to_ics(examples.home_exercises())


def test_dtstamp_and_sequence() -> None:
    """DTSTAMP defaults to the programme start at 00:00 UTC; the caller may set it and SEQUENCE."""
    default = unfold(to_ics(examples.achilles()))
    assert "DTSTAMP:20270301T000000Z" in default
    assert "SEQUENCE:0" in default
    stamp = dt.datetime(2027, 2, 1, 9, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Paris"))
    given_lines = unfold(to_ics(examples.achilles(), dtstamp=stamp, sequence=3))
    assert (
        next(x for x in given_lines if x.startswith("DTSTAMP")),
        next(x for x in given_lines if x.startswith("SEQUENCE")),
    ) == ("DTSTAMP:20270201T083000Z", "SEQUENCE:3")


def _uids(data: bytes) -> set[str]:
    return {line[4:] for line in unfold(data) if line.startswith("UID:")}


@pytest.mark.parametrize("options", list(MODES.values()))
def test_uids_survive_an_unrelated_edit(options: dict[str, bool]) -> None:
    """Changing the glute bridge's dose keeps every UID, so a re-import updates, not duplicates."""
    before = examples.home_exercises()
    edited = attrs.evolve(
        before,
        prescriptions=[
            attrs.evolve(p, dose=Dose(3, 15)) if p.id == "glute-bridge" else p
            for p in before.prescriptions
        ],
    )
    old, new = to_ics(before, **options), to_ics(edited, **options)  # type: ignore[arg-type]
    assert old != new
    assert _uids(old) == _uids(new)


def test_uids_name_what_the_event_is() -> None:
    """UIDs read as prescription, slot and series (or date) at the programme's id."""
    uids = _uids(to_ics(examples.home_exercises(), per_exercise=True))
    assert "calf-stretch.morning.series-20270322@hip-and-glute-home-exercises.rehabplan" in uids
    assert len(uids) == len(set(uids))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"alarm_minutes": -5}, "alarm_minutes must be a whole number of minutes"),
        ({"alarm_minutes": 20000}, "alarm_minutes must be a whole number of minutes"),
        ({"sequence": -1}, "sequence must be a whole number"),
        ({"dtstamp": dt.datetime(2027, 1, 1)}, "dtstamp must be an aware date-time"),
    ],
)
def test_bad_options_raise_export_error(options: dict[str, object], message: str) -> None:
    """Bad options raise ExportError saying what to pass instead."""
    with pytest.raises(ExportError, match=message) as info:
        to_ics(examples.achilles(), **options)  # type: ignore[arg-type]
    assert message in str(info.value)


def test_alarm() -> None:
    """alarm_minutes adds a DISPLAY VALARM with a DESCRIPTION to every event."""
    lines = unfold(to_ics(examples.achilles(), alarm_minutes=15))
    assert lines.count("BEGIN:VALARM") == 2
    assert lines.count("TRIGGER:-PT15M") == 2
    assert "DESCRIPTION:Reminder: Eccentric heel drops · 3 × 15" in lines
    assert "BEGIN:VALARM" not in unfold(to_ics(examples.achilles()))


def test_calendar_properties() -> None:
    """The calendar names itself, its zone and its refresh interval; PRODID is constant."""
    lines = unfold(to_ics(examples.home_exercises()))
    assert lines[:3] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//rehabplan//rehabplan 0.1.0//EN",
    ]
    for line in (
        "X-WR-CALNAME:Hip and glute home exercises",
        "X-WR-TIMEZONE:Europe/London",
        "REFRESH-INTERVAL;VALUE=DURATION:P1D",
        "X-PUBLISHED-TTL:P1D",
    ):
        assert line in lines


def test_as_needed_items_are_left_out() -> None:
    """The as-needed calf massage is never in the calendar."""
    data = to_ics(examples.home_exercises(), per_exercise=True, expanded=True)
    assert b"Calf massage" not in data.replace(b"\r\n ", b"")


def test_routine_description_lists_doses_instructions_and_precautions() -> None:
    """A routine's DESCRIPTION lists its exercises with doses, instructions and stop rules."""
    calendar = icalendar.Calendar.from_ical(to_ics(examples.home_exercises()))
    first = calendar.walk("VEVENT")[0]
    text = str(first["DESCRIPTION"])
    assert str(first["SUMMARY"]) == "Morning routine · 5 exercises"
    assert "5. Calf stretch: 3 holds of 30 seconds, each side." in text
    assert "- Lean in until you feel a stretch in the calf." in text
    assert "Precautions:\n- Stop and rest if calf pain goes above 3/10." in text


def test_schedule_window() -> None:
    """A schedule for a window exports only that window's sessions."""
    schedule = expand(examples.achilles(), start=dt.date(2027, 3, 10), until=dt.date(2027, 3, 12))
    data = to_ics(schedule, per_exercise=True)
    assert by_icalendar(data) == expected(schedule, per_exercise=True)
    assert sum(by_icalendar(data).values()) == 6


# --------------------------------------------------------------------------- text


_EVENT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//EN\r\nBEGIN:VEVENT\r\n"
    "UID:x\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:20270101T080000Z\r\n{line}\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@given(st.text())
def test_text_round_trips_through_icalendar(text: str) -> None:
    """Escaped, folded text parses back (icalendar) to the cleaned text; lines stay in 75 octets."""
    line = content_line("DESCRIPTION", escape_text(text))
    for physical in line.split("\r\n"):
        assert len(physical.encode("utf-8")) <= 75
    assert "\n" not in line.replace("\r\n ", "")
    calendar = icalendar.Calendar.from_ical(_EVENT.format(line=line))
    assert str(calendar.walk("VEVENT")[0]["DESCRIPTION"]) == clean_text(text)


@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=70, max_size=300))
def test_fold_never_splits_a_character(text: str) -> None:
    """Every folded piece is whole UTF-8 and unfolding gives the line back."""
    line = "SUMMARY:" + escape_text(text)
    folded = fold(line)
    pieces = folded.encode("utf-8").split(b"\r\n ")
    assert all(len(piece) <= 75 for piece in pieces)
    assert "".join(piece.decode("utf-8") for piece in pieces) == line


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\x00b", "ab"),
        ("a\x0bb\x1bc", "abc"),
        ("one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour"),
        ("tab\tkept", "tab\tkept"),
        ("emoji 💪 kept", "emoji 💪 kept"),
        ("lone \ud800 surrogate", "lone  surrogate"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    """Control characters go, line breaks become one newline, the rest stays."""
    assert clean_text(raw) == clean


def _hostile() -> Programme:
    # Control characters other than line breaks are refused where a programme is built
    # (test_clean_text covers the calendar's own cleaning of them).
    nasty = 'Calf, stretch; "slow" \\ back\r\nnew line 💪'
    return Programme(
        title="Plan; v2, with \\ backslash",
        start=dt.date(2027, 3, 26),
        timezone="Europe/London",
        clinician="Dr. A, B; C",
        precautions=("Stop if pain > 3/10;\r\nBEGIN:VEVENT",),
        prescriptions=[
            Prescription(
                exercise=Exercise(
                    name=nasty,
                    id="calf-stretch",
                    category="stretch, calf; left",
                    instructions=("Line one\nEND:VCALENDAR", "Tab\there, CR\r there"),
                ),
                dose=Dose(3, 12),
                timing=Timing(times_per_day=2, duration_days=5),
            ),
            Prescription(
                exercise=Exercise(name="Bridge ✓ ½", category="activation"),
                dose=Dose(2, 10),
                timing=Timing(every_days=2, duration_days=5),
            ),
        ],
    )


@pytest.mark.parametrize("options", list(MODES.values()))
def test_hostile_text_survives_icalendar(options: dict[str, bool]) -> None:
    """Commas, semicolons, backslashes, line breaks and emoji come out as valid, equal text."""
    programme = _hostile()
    data = to_ics(programme, alarm_minutes=5, **options)  # type: ignore[arg-type]
    check_structure(data)
    assert b"\x00" not in data
    want = expected(expand(programme), per_exercise=bool(options.get("per_exercise")))
    assert by_icalendar(data) == want
    calendar = icalendar.Calendar.from_ical(data)
    # icalendar keeps an X- property's value raw: escaped like any TEXT.
    assert str(calendar["X-WR-CALNAME"]) == r"Plan\; v2\, with \\ backslash"
    events = calendar.walk("VEVENT")
    assert all(len(e.subcomponents) == 1 for e in events)  # no injected components
    assert all("BEGIN:VEVENT" in str(e["DESCRIPTION"]) for e in events)


@pytest.mark.tool("libical")
@pytest.mark.parametrize("options", list(MODES.values()))
def test_hostile_text_survives_libical(options: dict[str, bool], tmp_path: Path) -> None:
    """libical reads the hostile programme's files without a single X-LIC-ERROR."""
    programme = _hostile()
    path = tmp_path / "hostile.ics"
    path.write_bytes(to_ics(programme, alarm_minutes=5, **options))  # type: ignore[arg-type]
    errors, found = by_libical(path)
    want = expected(expand(programme), per_exercise=bool(options.get("per_exercise")))
    assert (errors, found) == ([], collections.Counter((s, e) for s, e, _ in want.elements()))


@pytest.mark.tool("icscheck")
def test_hostile_text_passes_icscheck(tmp_path: Path) -> None:
    """The five engines of icscheck agree on the hostile programme, with no structural problem."""
    checker = icscheck()
    if checker is None:
        pytest.skip("icscheck is not next to this clone (../shared/tools/icscheck)")
    path = tmp_path / "hostile.ics"
    path.write_bytes(to_ics(_hostile(), alarm_minutes=5))
    result = subprocess.run(
        [str(checker), str(path)], capture_output=True, text=True, check=False, timeout=300
    )
    if result.returncode == 2:
        require_tool("icscheck", result.stdout[-300:] + result.stderr[-300:])
    assert result.returncode == 0, result.stdout[-3000:]


# --------------------------------------------------------------------------- command line


def _parser_ready() -> bool:
    from rehabplan import parse_dose

    try:
        parse_dose("3 x 15")
    except NotImplementedError:
        return False
    return True


def test_cli_writes_the_calendar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``rehabplan ics PROGRAMME -o FILE`` writes the same bytes as `to_ics` for that file."""
    if not _parser_ready():
        pytest.skip("the phrase parser (rehabplan.phrases) has not landed on this branch yet")
    source = tmp_path / "plan.toml"
    source.write_text(
        'title = "Achilles loading"\nstart = 2027-03-01\ntimezone = "Europe/London"\n\n'
        '[[prescriptions]]\nexercise = "Eccentric heel drops"\ndose = "3 x 15"\n'
        'when = "twice daily for 12 weeks"\n',
        encoding="utf-8",
    )
    target = tmp_path / "plan.ics"
    status = main(["ics", str(source), "-o", str(target), "--per-exercise", "--alarm", "none"])
    assert status == 0
    data = target.read_bytes()
    assert sum(by_icalendar(data).values()) == 168
    assert "wrote" in capsys.readouterr().out


@pytest.mark.parametrize("options", [[], ["--per-exercise"], ["--expanded"]])
def test_cli_window_and_count(
    options: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """
    ``rehabplan ics --from --until`` writes the schedule's calendar for that window,
    planned from the programme (a compact one without expanding), and says how many
    events and sessions it holds.
    """
    from rehabplan import dump

    programme = _long_plain()
    source = tmp_path / "plan.toml"
    dump(programme, str(source))
    target = tmp_path / "plan.ics"
    window = ["--from", "2027-03-10", "--until", "2027-11-20"]
    calls = _no_expansion(monkeypatch)
    assert main(["ics", str(source), "-o", str(target), "--alarm", "none", *options, *window]) == 0
    assert (calls == []) == ("--expanded" not in options)
    schedule = expand(programme, start=dt.date(2027, 3, 10), until=dt.date(2027, 11, 20))
    data = to_ics(
        schedule, expanded="--expanded" in options, per_exercise="--per-exercise" in options
    )
    events = data.count(b"BEGIN:VEVENT")
    assert (target.read_bytes(), capsys.readouterr().out.split(": ", 1)[1].split(" (")[0]) == (
        data,
        f"{events} events for {len(schedule)} sessions",
    )


def test_cli_empty_programme(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A programme with nothing to schedule is refused (exit 2), not written as an empty calendar."""
    source = tmp_path / "empty.toml"
    source.write_text(
        'title = "Nothing yet"\nstart = 2027-03-01\ntimezone = "America/New_York"\n'
        'precautions = ["Stop if it hurts."]\n',
        encoding="utf-8",
    )
    target = tmp_path / "empty.ics"
    status = main(["ics", str(source), "-o", str(target), "--expanded"])
    assert (status, target.exists(), "has nothing to schedule" in capsys.readouterr().err) == (
        2,
        False,
        True,
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--alarm", "soon"], "is not a reminder time"),
        (["--alarm", "-3"], "is not a reminder time"),
        (["--sequence", "-1"], "sequence must be a whole number"),
    ],
)
def test_cli_bad_options(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad options exit with status 2 and one line naming the problem; no file is written."""
    source = tmp_path / "empty.toml"
    source.write_text(
        'title = "Calf"\nstart = 2027-03-01\ntimezone = "Europe/London"\n'
        '[[prescriptions]]\nexercise = "Calf raise"\ndose = "3 x 12"\nwhen = "daily for 7 days"\n',
        encoding="utf-8",
    )
    target = tmp_path / "out.ics"
    status = main(["ics", str(source), "-o", str(target), *argv])
    err = capsys.readouterr().err
    assert (status, target.exists()) == (2, False)
    assert message in err
    assert err.count("\n") == 1


def test_a_dose_change_starts_a_new_series() -> None:
    """Sessions whose dose steps up mid-way form two series of one exercise, named by their first day."""
    programme = _session_programme(times_of_day=("morning",), duration_days=14)
    schedule = expand(programme)
    stronger = Dose(3, 20)
    sessions = [
        attrs.evolve(s, dose=stronger) if s.day >= dt.date(2027, 3, 29) else s for s in schedule
    ]
    stepped = attrs.evolve(schedule, sessions=sessions)
    data = to_ics(stepped, per_exercise=True)
    uids = sorted(_uids(data))
    assert uids == [
        "calf-raise.morning.series-20270322@one-exercise.rehabplan",
        "calf-raise.morning.series-20270329@one-exercise.rehabplan",
    ]
    assert by_icalendar(data) == expected(stepped, per_exercise=True)


def test_calendar_name_can_be_given() -> None:
    """*name* replaces the programme's title as the calendar's name."""
    lines = unfold(to_ics(examples.achilles(), name="Sam's exercises, spring"))
    assert "X-WR-CALNAME:Sam's exercises\\, spring" in lines


_ODD_ZONES = [
    ("Africa/Casablanca", dt.date(2027, 2, 1)),  # Ramadan changes; on UTC+0 until 2018
    ("Europe/Dublin", dt.date(2027, 3, 20)),  # negative DST in tzdata
    ("Australia/Lord_Howe", dt.date(2027, 3, 28)),  # 30-minute shift, southern
    ("America/New_York", dt.date(2027, 10, 30)),
    ("Asia/Tehran", dt.date(2022, 3, 15)),  # DST abolished that year
    ("Pacific/Chatham", dt.date(2027, 4, 1)),  # +13:45 / +12:45
]


def _odd_zone_programme(zone: str, start: dt.date) -> Programme:
    """Slots at 01:30 and 02:15 hit every gap and fold; a 90-minute bout spans changes."""
    return Programme(
        title=f"Clock changes in {zone}",
        start=start,
        timezone=zone,
        prescriptions=[
            Prescription(
                exercise=Exercise(name="Heel raise"),
                dose=Dose(3, 15),
                timing=Timing(
                    times_of_day=("morning", dt.time(2, 15), dt.time(1, 30)), duration_days=50
                ),
            ),
            Prescription(
                exercise=Exercise(name="Walk"),
                dose=Dose(1, duration=dt.timedelta(minutes=90)),
                timing=Timing(weekdays=(0, 2, 4), times_of_day=(dt.time(1, 30),), duration_days=50),
            ),
        ],
    )


@pytest.mark.tool("libical")
@pytest.mark.parametrize("expanded", [False, True])
@pytest.mark.parametrize(("zone", "start"), _ODD_ZONES)
def test_odd_zones_read_by_libical(
    zone: str, start: dt.date, expanded: bool, tmp_path: Path
) -> None:
    """libical, using our VTIMEZONE, expands programmes across odd clock changes exactly."""
    programme = _odd_zone_programme(zone, start)
    path = tmp_path / "odd.ics"
    path.write_bytes(to_ics(programme, expanded=expanded))
    errors, found = by_libical(path)
    want = expected(expand(programme), per_exercise=False)
    assert (errors, found) == ([], collections.Counter((s, e) for s, e, _ in want.elements()))


@pytest.mark.tool("icscheck")
@pytest.mark.parametrize(("zone", "start"), _ODD_ZONES)
def test_odd_zones_pass_icscheck(zone: str, start: dt.date, tmp_path: Path) -> None:
    """All five engines agree on programmes across odd clock changes (vobject included)."""
    checker = icscheck()
    if checker is None:
        pytest.skip("icscheck is not next to this clone (../shared/tools/icscheck)")
    path = tmp_path / "odd.ics"
    path.write_bytes(to_ics(_odd_zone_programme(zone, start)))
    result = subprocess.run(
        [str(checker), str(path)], capture_output=True, text=True, check=False, timeout=300
    )
    if result.returncode == 2:
        require_tool("icscheck", result.stdout[-300:] + result.stderr[-300:])
    assert result.returncode == 0, result.stdout[-3000:]


def _with_appointments() -> Programme:
    from rehabplan.model import Appointment

    base = _session_programme(times_of_day=("morning",), duration_days=14)
    return attrs.evolve(
        base,
        appointments=[
            Appointment(
                title="Review",
                date=dt.date(2027, 3, 25),
                time=dt.time(9, 30),
                location="Riverside clinic, room 2; ground floor",
                clinician="J. Physio",
            ),
            Appointment(title="Gait analysis day", date=dt.date(2027, 4, 1)),
            Appointment(title="After the window", date=dt.date(2027, 6, 1), time=dt.time(9)),
        ],
    )


def test_appointments_are_events_with_a_location(tmp_path: Path) -> None:
    """Appointments in the window are events with LOCATION; one without a time is a whole day."""
    programme = _with_appointments()
    schedule = expand(programme, until=dt.date(2027, 4, 4))
    data = to_ics(schedule, alarm_minutes=10)
    check_structure(data)
    lines = unfold(data)
    assert "LOCATION:Riverside clinic\\, room 2\\; ground floor" in lines
    assert "DTSTART;VALUE=DATE:20270401" in lines
    assert "DTEND;VALUE=DATE:20270402" in lines
    assert "After the window" not in data.decode()
    want = expected(schedule, per_exercise=False)
    assert by_icalendar(data) == want
    path = tmp_path / "appointments.ics"
    path.write_bytes(data)
    errors, found = by_libical(path)
    assert (errors, found) == ([], collections.Counter((s, e) for s, e, _ in want.elements()))
