"""Races in every view of the schedule: data rows, a calendar event of its own, the sheet."""

from __future__ import annotations

import datetime as dt
import json

import icalendar

from rehabplan import examples
from rehabplan.export.data import to_json
from rehabplan.export.ical import to_ics
from rehabplan.export.sheet import render_sheet
from rehabplan.model import Activity, Intervals, Programme, Timing
from rehabplan.scheduling import expand

RACE_START = "2027-04-18T09:00:00+01:00"


def test_the_race_is_a_row_of_kind_race_in_time_order() -> None:
    """The schedule's JSON has one race row on race day, after the sessions before 09:00."""
    rows = json.loads(to_json(examples.sciatic_runner()))
    races = [r for r in rows if r["kind"] == "race"]
    starts = [r["start"] for r in rows]
    assert races == [
        {
            "kind": "race",
            "start": RACE_START,
            "end": "2027-04-18T13:15:00+01:00",
            "summary": "Manchester Marathon · 42.2 km",
            "prescription": None,
            "exercise": None,
            "dose": None,
            "slot": None,
            "phase": None,
            "activity": "run",
            "volume": "42.2 km",
            "location": None,
            "clinician": None,
        }
    ]
    assert starts == sorted(starts)
    assert {r["kind"] for r in rows} == {"session", "appointment", "race"}


def test_the_race_is_a_calendar_event_of_its_own_category() -> None:
    """Parsed with icalendar, compact and expanded: one Race event at 09:00 on race day."""
    for expanded in (False, True):
        calendar = icalendar.Calendar.from_ical(
            to_ics(examples.sciatic_runner(), expanded=expanded)
        )
        races = [e for e in calendar.walk("VEVENT") if "Race" in str(e.get("CATEGORIES").to_ical())]
        assert [(str(e["SUMMARY"]), e.decoded("DTSTART").isoformat()) for e in races] == [
            ("Manchester Marathon · 42.2 km", RACE_START)
        ]


def test_no_activity_is_in_the_calendar_on_race_day() -> None:
    """Race day holds the race; runs, walks and rides stop (the exercises go on)."""
    calendar = icalendar.Calendar.from_ical(to_ics(examples.sciatic_runner(), expanded=True))
    on_the_day = [
        str(e["SUMMARY"])
        for e in calendar.walk("VEVENT")
        if e.decoded("DTSTART").date() == dt.date(2027, 4, 18)
    ]
    assert "Manchester Marathon · 42.2 km" in on_the_day
    assert [s for s in on_the_day if "run" in s.lower() and "Marathon" not in s] == []


def test_the_sheet_says_the_marathon_is_out_of_reach_and_running_needs_clearance() -> None:
    """The sheet's notes name the race, what is reachable, the earliest date and the clearance."""
    schedule = expand(examples.sciatic_runner())
    text = " ".join(render_sheet(schedule, format="txt").split())
    assert "PLEASE NOTE" in text
    assert " ".join(schedule.warnings[0].split()) in text
    assert (
        "Back to running (Easy run, Long run) starts at the Physio on Tue 2 Mar only if your "
        "physio clears you then" in text
    )
    assert "RACE * Sun 18 Apr 2027, 09:00 Manchester Marathon · 42.2 km" in text


def test_the_race_is_marked_on_its_day_of_the_chart() -> None:
    """The HTML chart marks race day with the race's time and name."""
    html = render_sheet(examples.sciatic_runner(), format="html")
    assert "09:00 Manchester Marathon" in html
    assert "Please note" in html


def test_walk_run_intervals_are_printed_on_the_sheet_and_in_the_calendar() -> None:
    """A walk/run session says its intervals on the sheet and in the calendar's text."""
    walk_run = Activity(
        kind="run",
        name="Walk/run",
        timing=Timing(weekdays=(0, 2, 4)),
        intervals=Intervals(run=dt.timedelta(minutes=1), walk=dt.timedelta(minutes=2), repeats=8),
    )
    programme = Programme(
        title="Walk/run",
        start=dt.date(2027, 3, 1),
        until=dt.date(2027, 3, 14),
        timezone="Europe/London",
        activities=(walk_run,),
    )
    sheet = " ".join(render_sheet(programme, format="txt").split())
    calendar = icalendar.Calendar.from_ical(to_ics(programme, per_exercise=True))
    summaries = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    assert ("Run 1 min, walk 2 min, 8 times" in sheet, summaries) == (
        True,
        {"Walk/run · run 1 min, walk 2 min, 8 times"},
    )
