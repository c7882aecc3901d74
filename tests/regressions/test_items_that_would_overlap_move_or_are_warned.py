"""
Regression: the sciatic example's 18:00 stretches landed inside a 15:00-18:15 long run,
and nothing noticed. A routine that would collide now moves to the next free time; two
items at times the programme sets stay, and `check` warns, naming both.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import attrs

from rehabplan import examples, expand
from rehabplan.cli import main
from rehabplan.files import dump
from rehabplan.model import Appointment, Dose, Exercise, Prescription, Programme, Timing, Volume
from rehabplan.scheduling import overlaps


def _long_runs() -> Programme:
    runner = examples.sciatic_runner()
    phase = runner.phases[0]
    long_runs = tuple(
        attrs.evolve(a, volume=Volume(31.9), target=None) if a.id == "long-run" else a
        for a in phase.activities
    )
    return attrs.evolve(runner, phases=(attrs.evolve(phase, activities=long_runs),))


def test_the_evening_routine_starts_as_the_long_run_ends() -> None:
    """The evening stretches move from 18:00 to 18:15, when the long run ends; none overlap."""
    schedule = expand(_long_runs())
    sunday = [
        (r.summary, f"{r.start:%H:%M}-{r.end:%H:%M}")
        for r in schedule.routines()
        if r.start.date() == dt.date(2027, 3, 7)
    ]
    assert (sunday[1:], overlaps(schedule), schedule.warnings) == (
        [
            ("Long run · 31.9 km", "15:00-18:15"),
            ("Evening routine · 3 exercises", "18:15-18:30"),
        ],
        (),
        (),
    )


def test_check_warns_about_items_the_programme_set_to_overlap(tmp_path: Path) -> None:
    """An exercise the clinician set at 09:30 and an appointment at 09:30 both stay; check names both."""
    programme = Programme(
        title="Clinic day",
        start=dt.date(2027, 3, 1),
        timezone="Europe/London",
        prescriptions=[
            Prescription(
                exercise=Exercise(name="Calf raise"),
                dose=Dose(3, 15),
                timing=Timing(times_of_day=(dt.time(9, 30),), duration_days=3),
            )
        ],
        appointments=[Appointment(title="Review", date=dt.date(2027, 3, 2), time=dt.time(9, 30))],
    )
    path = tmp_path / "clinic.toml"
    dump(programme, path)
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", str(path)], out=out, err=err)
    strict = main(["check", "--strict", str(path)], out=io.StringIO(), err=io.StringIO())
    assert (code, err.getvalue().splitlines()[0].split(": no free time")[0], strict) == (
        0,
        "warning: Tue 2027-03-02: Calf raise · 3 × 15 (09:30-09:35) overlaps Review (09:30-10:00)",
        2,
    )
