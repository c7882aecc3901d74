"""A sheet's card reads its exercise's sessions: every clock time they start at, and every stage."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from hypothesis import given
from tests.strategies import clock_change_programmes, staged_prescriptions

from rehabplan import Prescription, Programme, examples, expand
from rehabplan.export.sheet import sheet_view


@given(clock_change_programmes())
def test_a_card_names_the_clock_time_of_each_of_its_sessions(programme: Programme) -> None:
    """
    A card's times name the slot and local start time of each of its exercise's sessions,
    also a time a clock change moved a session to (a clock-time slot names itself).
    """
    schedule = expand(programme)
    view = sheet_view(schedule)
    for card in view.sections[0].cards:
        labels = {
            s.slot if re.fullmatch(r"\d\d:\d\d", s.slot) else f"{s.slot} {s.start:%H:%M}"
            for s in schedule.sessions
            if s.prescription.name == card.name
        }
        assert [label for label in sorted(labels) if label not in card.times] == []


@given(staged_prescriptions())
def test_a_staged_card_says_each_stage_in_order(prescription: Prescription) -> None:
    """A card of a prescription in stages says each stage that has sessions, in order."""
    start = dt.date(2027, 3, 1)
    days = sum(stage.timing.duration_days or 40 for stage, _ in prescription.staged())
    programme = Programme(
        title="Stages",
        start=start,
        timezone="Europe/London",
        until=start + dt.timedelta(days=days),
        prescriptions=[prescription],
    )
    schedule = expand(programme)
    stages = [p for p, _ in itertools.groupby(s.prescription for s in schedule.sessions)]
    (card,) = sheet_view(schedule).sections[0].cards
    assert max(len(stages) - 1, 0) == card.often.count(", then ")


def _day(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%b')}"


@pytest.mark.parametrize("name", ["calf_runner", "sciatic_runner", "achilles", "home_exercises"])
def test_each_stage_on_a_card_names_the_days_its_sessions_fall_on(name: str) -> None:
    """
    A stage's days on the card are its sessions' first and last day in the schedule, never
    its timing's span: a weekly step of a run keeps its phase's 8 weeks in its timing.
    """
    schedule = expand(getattr(examples, name)())
    cards = {card.name: card for section in sheet_view(schedule).sections for card in section.cards}
    checked = 0
    for exercise, sessions in itertools.groupby(
        sorted(schedule.sessions, key=lambda s: (s.prescription.exercise.name, s.start)),
        key=lambda s: s.prescription.exercise.name,
    ):
        stages = [list(g) for _, g in itertools.groupby(sessions, key=lambda s: s.prescription)]
        if len(stages) < 2 or exercise not in cards:
            continue
        often = cards[exercise].often
        place = 0
        for stage in stages:
            said = f"({_day(stage[0].day)}"
            place = often.index(said, place)  # in order, each stage from its first day
            assert f"to {_day(stage[-1].day)}" in often[place:]
        checked += 1
    assert checked or name != "calf_runner"  # the calf runner's run is in weekly steps
