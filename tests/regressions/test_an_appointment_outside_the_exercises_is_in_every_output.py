"""
Regression: an appointment after the last exercise day, or in a programme of
appointments alone, is in the schedule, the calendar, the sheet and the data.
"""

from __future__ import annotations

import datetime as dt
import json

import icalendar
import recurring_ical_events

from rehabplan import Appointment, Dose, Exercise, Prescription, Programme, Timing, expand
from rehabplan.export.data import to_csv, to_json
from rehabplan.export.ical import to_ics
from rehabplan.export.sheet import render_sheet, sheet_view

_REVIEW = Appointment(title="Review", date=dt.date(2027, 3, 22), time=dt.time(9, 30))
_STRETCH = Prescription(
    exercise=Exercise(name="Calf stretch"),
    dose=Dose(3, hold=dt.timedelta(seconds=30)),
    timing=Timing(times_per_day=2, duration_days=14),
)


def _programme(*prescriptions: Prescription) -> Programme:
    return Programme(
        title="Calf",
        start=dt.date(2027, 3, 1),
        timezone="Europe/London",
        prescriptions=prescriptions,
        appointments=(_REVIEW,),
    )


def _calendar_titles(data: bytes) -> list[tuple[str, str]]:
    calendar = icalendar.Calendar.from_ical(data)
    return [
        (event.decoded("DTSTART").isoformat(), str(event["SUMMARY"]))
        for event in recurring_ical_events.of(calendar).all()
        if str(event["UID"]).startswith("appointment.")
    ]


def test_appointment_after_the_exercises_is_in_the_schedule() -> None:
    """A review a week after a 2-week programme is an item of the schedule, which runs to it."""
    schedule = expand(_programme(_STRETCH))
    items = [(item.kind, item.start.isoformat()) for item in schedule.items][-2:]
    assert (schedule.until, items) == (
        dt.date(2027, 3, 22),
        [("session", "2027-03-14T18:00:00+00:00"), ("appointment", "2027-03-22T09:30:00+00:00")],
    )


def test_appointment_after_the_exercises_is_in_every_output() -> None:
    """The calendar, the data (JSON and CSV) and the sheet all hold the review."""
    programme = _programme(_STRETCH)
    in_calendar = _calendar_titles(to_ics(programme))
    rows = [r for r in json.loads(to_json(programme)) if r["kind"] == "appointment"]
    csv_rows = [line for line in to_csv(programme).splitlines() if line.startswith("appointment")]
    view = sheet_view(programme)
    text = render_sheet(programme, format="txt")
    assert (
        in_calendar,
        [(r["start"], r["end"], r["summary"]) for r in rows],
        len(csv_rows),
        view.appointments,
        "*09:30 R" in text,
    ) == (
        [("2027-03-22T09:30:00+00:00", "Review")],
        [("2027-03-22T09:30:00+00:00", "2027-03-22T10:00:00+00:00", "Review")],
        1,
        ("Mon 22 Mar 2027, 09:30 Review",),
        True,
    )


def test_programme_of_appointments_alone_exports_them() -> None:
    """Appointments alone give a calendar, data and a sheet of appointments."""
    programme = _programme()
    schedule = expand(programme)
    assert (
        [item.kind for item in schedule.items],
        _calendar_titles(to_ics(programme)),
        [r["kind"] for r in json.loads(to_json(programme))],
        sheet_view(programme).appointments,
    ) == (
        ["appointment"],
        [("2027-03-22T09:30:00+00:00", "Review")],
        ["appointment"],
        ("Mon 22 Mar 2027, 09:30 Review",),
    )


def test_window_applies_to_appointments() -> None:
    """An expansion window holds the appointments on its days and no others."""
    programme = _programme(_STRETCH)
    inside = expand(programme, start=dt.date(2027, 3, 20), until=dt.date(2027, 3, 25))
    before = expand(programme, until=dt.date(2027, 3, 21))
    assert ([a.summary for a in inside.appointments], before.appointments) == (["Review"], ())
