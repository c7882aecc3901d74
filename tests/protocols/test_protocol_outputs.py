"""Stop rules, criteria and exercises without steps reach the sheet and the calendar."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from rehabplan.export.ical import to_ics
from rehabplan.export.sheet import render_sheet
from rehabplan.model import Exercise, Prescription, Programme, StopRule, Timing
from rehabplan.protocols import NERVE_RED_FLAGS, silbernagel

START = dt.date(2027, 3, 1)


@pytest.mark.parametrize("format", ["html", "md", "txt"])
def test_sheet_prints_stop_rules_and_move_on_criteria(format: str) -> None:
    """Every sheet format prints the pain rule and each phase's "move on" criteria."""
    text = " ".join(render_sheet(silbernagel(START), format=format, weeks=26).split())
    wanted = (
        "Ease off if pain during or after the exercises is above 5/10.",
        "Move on to this phase when pain no longer comes with all activities",
        "Move on to this phase when symptoms are minimal",
    )
    assert [w in text for w in wanted] == [True, True, True]


def _descriptions(data: bytes) -> list[str]:
    calendar = icalendar.Calendar.from_ical(data)
    return [str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT")]


def test_calendar_text_has_the_stop_rules() -> None:
    """Each event's DESCRIPTION carries the programme's and the exercise's stop rules."""
    programme = Programme(
        title="Nerve",
        start=START,
        timezone="Europe/London",
        stop_rules=NERVE_RED_FLAGS,
        prescriptions=[
            Prescription(
                exercise=Exercise(name="Hop drills"),
                timing=Timing(times_per_day=1, duration_days=2),
                stop_rules=[StopRule(what="calf pain", above=3)],
            )
        ],
    )
    for per_exercise in (False, True):
        descriptions = _descriptions(to_ics(programme, per_exercise=per_exercise))
        assert all(
            "Stop if calf pain is above 3/10." in d
            and "Seek urgent medical care if you get sciatica, numbness or weakness in both legs."
            in d
            and "As shown by your physio." in d
            for d in descriptions
        )


def test_sheet_card_without_steps_says_as_shown() -> None:
    """An exercise without instructions prints "As shown by your physio." on its card."""
    programme = Programme(
        title="Drills",
        start=START,
        timezone="UTC",
        prescriptions=[
            Prescription(exercise=Exercise(name="Hop drills"), timing=Timing(times_per_day=1))
        ],
    )
    assert "As shown by your physio." in render_sheet(programme, format="txt", weeks=1)
