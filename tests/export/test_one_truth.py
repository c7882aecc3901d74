"""
One truth: the sheet's boxes, the calendar's events and the schedule data are the same
set of (day, time, item, dose), for every example and generated programme.

The calendar is read back with icalendar and recurring-ical-events, the data from the
JSON text, the sheet from its view model (the boxes every format prints).
"""

from __future__ import annotations

import collections
import datetime as dt
import json
from collections.abc import Callable

import icalendar
import pytest
import recurring_ical_events
from hypothesis import given
from tests import strategies
from tests.helpers import ROOT

from rehabplan import Programme, examples, expand, load
from rehabplan.export.data import to_json
from rehabplan.export.ical import to_ics
from rehabplan.export.sheet import sheet_view

#: (local date, "HH:MM", summary): a session as every output must agree on it.
Seen = collections.Counter[tuple[dt.date, str, str]]

EXAMPLES: dict[str, Callable[[], Programme]] = {
    "achilles": examples.achilles,
    "home_exercises": examples.home_exercises,
    "calf_runner": examples.calf_runner,
    "sciatic_runner": examples.sciatic_runner,
    "calf-runner.toml": lambda: load(ROOT / "examples" / "calf-runner.toml"),
    "sciatic-runner.toml": lambda: load(ROOT / "examples" / "sciatic-runner.toml"),
}


def by_sheet(programme: Programme) -> Seen:
    """Every tick box of the sheet, as (day, time, name · dose)."""
    seen: Seen = collections.Counter()
    for section in sheet_view(programme).sections:
        for week in section.weeks:
            for row in week.rows:
                for day, cell in zip(week.days, row.cells, strict=True):
                    assert day.day is not None
                    for box in cell.boxes:
                        summary = f"{row.name} · {box.dose}" if box.dose else row.name
                        seen[(day.day, box.time, summary)] += 1
    return seen


def by_calendar(programme: Programme) -> Seen:
    """Every session event of the per-exercise calendar, expanded by recurring-ical-events."""
    calendar = icalendar.Calendar.from_ical(to_ics(programme, per_exercise=True))
    seen: Seen = collections.Counter()
    for event in recurring_ical_events.of(calendar).all():
        if str(event["UID"]).startswith(("appointment.", "race.")):
            continue
        start = event.decoded("DTSTART").astimezone(programme.tz)
        seen[(start.date(), f"{start:%H:%M}", str(event["SUMMARY"]))] += 1
    return seen


def by_data(programme: Programme) -> Seen:
    """Every session row of ``schedule --format json``."""
    seen: Seen = collections.Counter()
    for row in json.loads(to_json(programme)):
        if row["kind"] == "session":
            start = dt.datetime.fromisoformat(row["start"])
            seen[(start.date(), f"{start:%H:%M}", row["summary"])] += 1
    return seen


def appointments_everywhere(programme: Programme) -> tuple[list[str], ...]:
    """The appointments as the sheet's header, the calendar and the data list them."""
    view = sheet_view(programme)
    calendar = icalendar.Calendar.from_ical(to_ics(programme))
    in_calendar = sorted(
        str(event["SUMMARY"])
        for event in recurring_ical_events.of(calendar).all()
        if str(event["UID"]).startswith("appointment.")
    )
    in_data = sorted(
        r["summary"] for r in json.loads(to_json(programme)) if r["kind"] == "appointment"
    )
    in_sheet = sorted(
        line.split(", ", 1)[1].split(" (")[0].split(" ", 1)[-1] for line in view.appointments
    )
    return in_sheet, in_calendar, in_data


def races_everywhere(programme: Programme) -> tuple[list[str], ...]:
    """The races as the sheet's race lines, the calendar's Race events and the data's rows."""
    calendar = icalendar.Calendar.from_ical(to_ics(programme))
    in_calendar = sorted(
        f"{event.decoded('DTSTART').astimezone(programme.tz):%H:%M} {event['SUMMARY']}"
        for event in recurring_ical_events.of(calendar).all()
        if str(event["UID"]).startswith("race.")
    )
    in_data = sorted(
        f"{dt.datetime.fromisoformat(r['start']):%H:%M} {r['summary']}"
        for r in json.loads(to_json(programme))
        if r["kind"] == "race"
    )
    in_sheet = sorted(line.split(", ", 1)[1] for line in sheet_view(programme).races)
    return in_sheet, in_calendar, in_data


def assert_one_truth(programme: Programme) -> None:
    sheet, calendar, data = by_sheet(programme), by_calendar(programme), by_data(programme)
    assert (sheet - data, data - sheet, calendar - data, data - calendar) == ({},) * 4
    in_sheet, in_calendar, in_data = races_everywhere(programme)
    assert in_sheet == in_calendar == in_data
    in_sheet, in_calendar, in_data = appointments_everywhere(programme)
    assert (
        in_sheet
        == in_calendar
        == in_data
        == sorted(a.summary for a in expand(programme).appointments)
    )


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_examples_are_one_truth(name: str) -> None:
    """Each example's sheet, calendar and data hold the same sessions and appointments."""
    assert_one_truth(EXAMPLES[name]())


def test_calf_runner_sheet_shows_each_days_dose() -> None:
    """Where the dose steps within a week, the sheet shows that day's dose, as the calendar does."""
    programme = load(ROOT / "examples" / "calf-runner.toml")
    sunday = dt.date(2027, 4, 4)  # the run and the bridges step up mid-week
    sheet = {s for (day, _, s) in by_sheet(programme) if day == sunday}
    calendar = {s for (day, _, s) in by_calendar(programme) if day == sunday}
    stepped = {s for s in sheet if s.startswith(("Run", "Glute bridge"))}
    assert (sheet == calendar, stepped) == (True, {"Run · 3.3 km", "Glute bridge · 3 × 14"})


@given(programme=strategies.whole_programmes())
def test_generated_programmes_are_one_truth(programme: Programme) -> None:
    """Generated programmes: the sheet, the calendar and the data agree on every session."""
    assert_one_truth(programme)
