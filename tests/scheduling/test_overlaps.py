"""Routines tied to an activity never overlap it; items that would collide move, or are warned about."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from tests import strategies

from rehabplan import Programme, examples, expand
from rehabplan.model import (
    Appointment,
    Dose,
    Exercise,
    Prescription,
    Race,
    Routine,
    ScheduledAppointment,
    Timing,
)
from rehabplan.scheduling import Overlap, overlaps


@given(programme=strategies.whole_programmes())
def test_routines_tied_to_an_activity_touch_it_and_never_overlap_it(programme: Programme) -> None:
    """
    A "before" routine, lasting the sum of its exercises, ends as a routine with an
    activity session starts; an "after" routine starts as the routine before it ends,
    after an activity session ends; unless the day is too full to place them, and the
    schedule warns of the overlap, naming the routine.
    """
    schedule = expand(programme)
    routines = schedule.routines()
    starts = {r.start for r in routines if any(s.activity is not None for s in r.sessions)}
    ends = {r.end for r in routines}
    first_end = min((s.end for s in schedule.sessions if s.activity is not None), default=None)
    tied = [r for r in routines if r.slot.startswith(("before ", "after "))]
    untouched = [
        r
        for r in tied
        if (
            r.end not in starts
            if r.slot.startswith("before ")
            else r.start not in ends or first_end is None or r.start < first_end
        )
        and not any(f"{r.summary} ({r.start:%H:%M}-{r.end:%H:%M})" in w for w in schedule.warnings)
    ]
    assert untouched == []


def test_overlaps_of_the_examples() -> None:
    """No example's items overlap (the sciatic runner's long runs stay short of 18:00)."""
    found = {
        name: len(overlaps(expand(make())))
        for name, make in (
            ("achilles", examples.achilles),
            ("home_exercises", examples.home_exercises),
            ("calf_runner", examples.calf_runner),
            ("sciatic_runner", examples.sciatic_runner),
        )
    }
    assert found == {"achilles": 0, "home_exercises": 0, "calf_runner": 0, "sciatic_runner": 0}


def _fixed(item: Routine | ScheduledAppointment | Race) -> bool:
    """An item at a time the programme sets: an appointment, a race, a written clock time."""
    if not isinstance(item, Routine):
        return True
    return any(
        isinstance(timing := s.prescription.timing, Timing)
        and any(isinstance(t, dt.time) and t == s.start.time() for t in timing.times_of_day)
        for s in item.sessions
    )


def _named(overlap: Overlap, warnings: tuple[str, ...]) -> bool:
    first = f"{overlap.first.summary} ({overlap.first.start:%H:%M}-{overlap.first.end:%H:%M})"
    second = f"{overlap.second.summary} ({overlap.second.start:%H:%M}-{overlap.second.end:%H:%M})"
    return any(first in w and f"overlaps {second}" in w for w in warnings)


@given(programme=strategies.whole_programmes(roomy=True))
def test_no_two_items_overlap_unless_the_programme_sets_both(programme: Programme) -> None:
    """
    Where every day has room, no two routines, activity sessions, appointments or races
    overlap, unless the programme set both times; then a warning names both.
    """
    schedule = expand(programme)
    found = overlaps(schedule)
    assert [o for o in found if not (_fixed(o.first) and _fixed(o.second))] == []
    assert [o for o in found if not _named(o, schedule.warnings)] == []


@given(
    programme=st.one_of(
        strategies.whole_programmes(),
        strategies.programmes(),
        strategies.clock_change_programmes(),
    )
)
def test_every_overlap_left_is_warned_about(programme: Programme) -> None:
    """However crowded the days, an overlap left in the schedule is in its warnings, named."""
    schedule = expand(programme)
    assert [o for o in overlaps(schedule) if not _named(o, schedule.warnings)] == []


def test_a_routine_moves_past_an_appointment() -> None:
    """
    A morning routine that would run into an appointment at 08:03 starts as the
    appointment ends; an exercise written for 07:55 keeps its time.
    """
    programme = Programme(
        title="Busy morning",
        start=dt.date(2027, 3, 1),
        timezone="Europe/London",
        prescriptions=[
            Prescription(
                exercise=Exercise(name="Calf raise"),
                dose=Dose(3, 15),
                timing=Timing(times_of_day=("morning",), duration_days=1),
            ),
            Prescription(
                exercise=Exercise(name="Heel drop"),
                dose=Dose(3, 15),
                timing=Timing(times_of_day=(dt.time(7, 55),), duration_days=1),
            ),
        ],
        appointments=[Appointment(title="Scan", date=dt.date(2027, 3, 1), time=dt.time(8, 3))],
    )
    schedule = expand(programme)
    assert (
        [(item.summary, f"{item.start:%H:%M}") for item in schedule.items],
        schedule.warnings,
    ) == (
        [("Heel drop · 3 × 15", "07:55"), ("Scan", "08:03"), ("Calf raise · 3 × 15", "08:33")],
        (),
    )
