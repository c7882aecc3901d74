"""
Regression: line breaks and Unicode line separators in a name became spaces in the
calendar; they are kept, written as escaped newlines (``\\n`` in TEXT, RFC 5545 3.3.11).
"""

from __future__ import annotations

import datetime as dt

import icalendar

from rehabplan.export.ical import to_ics
from rehabplan.model import Appointment, Dose, Exercise, Prescription, Programme, Timing


def test_line_breaks_in_titles_are_escaped_newlines() -> None:
    """A name with CRLF and U+2028, and an appointment title with LF, read back with newlines."""
    programme = Programme(
        title="Calf",
        start=dt.date(2027, 3, 1),
        timezone="UTC",
        prescriptions=[
            Prescription(
                exercise=Exercise(name="Calf stretch\r\nwall\u2028slow", id="calf"),
                dose=None,
                timing=Timing(times_per_day=1, duration_days=1),
            ),
            Prescription(
                exercise=Exercise(name="Bridge"),
                dose=Dose(3, 12),
                timing=Timing(times_per_day=1, duration_days=1),
            ),
        ],
        appointments=[
            Appointment(title="Review\nwith Sam", date=dt.date(2027, 3, 1), time=dt.time(9))
        ],
    )
    data = to_ics(programme, per_exercise=True, expanded=True)
    summaries = sorted(
        str(event["SUMMARY"]) for event in icalendar.Calendar.from_ical(data).walk("VEVENT")
    )
    raw = data.replace(b"\r\n ", b"")
    assert (summaries, b"SUMMARY:Calf stretch\\nwall\\nslow" in raw) == (
        ["Bridge · 3 × 12", "Calf stretch\nwall\nslow", "Review\nwith Sam"],
        True,
    )
