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
from rehabplan.model import (
    Activity,
    Anchor,
    Appointment,
    Dose,
    Exercise,
    Prescription,
    Programme,
    Range,
    Timing,
    Volume,
)
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


def test_a_day_too_full_for_the_routine_after_a_run_is_warned_about() -> None:
    """
    Three 3.5-hour nerve glides, a 2.5-hour routine before the run and a run and swim
    leave no room that day for the evening glide: it stays at 18:00, the run and swim
    start then too, and the routine after the run overlaps them. The schedule warns,
    naming the routine after the run (found by a hypothesis seed).
    """

    def rx(name: str, dose: Dose, timing: Timing) -> Prescription:
        return Prescription(exercise=Exercise(name=name), dose=dose, timing=timing)

    before, after = Timing(anchor=Anchor("before", "run")), Timing(anchor=Anchor("after", "run"))
    programme = Programme(
        title="Crowded day",
        start=dt.date(2027, 3, 4),
        until=dt.date(2027, 3, 4),
        timezone="Europe/London",
        prescriptions=[
            rx(
                "Calf stretch",
                Dose(
                    6,
                    5,
                    hold=dt.timedelta(minutes=2),
                    each_side=True,
                    rest=dt.timedelta(seconds=121),
                ),
                before,
            ),
            rx("Clams", Dose(4, 26, rest=dt.timedelta(seconds=97)), before),
            rx("Glute bridge", Dose(4, 30, rest=dt.timedelta(seconds=185)), after),
            rx(
                "Nerve glide",
                Dose(
                    4,
                    4,
                    hold=dt.timedelta(seconds=373),
                    each_side=True,
                    rest=dt.timedelta(seconds=122),
                ),
                Timing(times_of_day=("morning", "noon", "evening")),
            ),
        ],
        activities=[
            Activity(kind="run", volume=Volume(2.6, "km"), timing=Timing()),
            Activity(kind="swim", volume=Volume(4.5, "km"), timing=Timing()),
        ],
    )
    schedule = expand(programme)
    after_run = [r for r in schedule.routines() if r.slot == "after run"]
    assert [(f"{r.start:%H:%M}-{r.end:%H:%M}", len(overlaps(schedule))) for r in after_run] == [
        ("20:15-20:35", 1)
    ]
    assert [w.split(": no free time")[0] for w in schedule.warnings] == [
        "Thu 2027-03-04: Afternoon routine · 3 exercises (18:00-23:45) "
        "overlaps Glute bridge · 4 × 30 (20:15-20:35)"
    ]


def test_a_session_moved_after_another_starts_as_that_one_ends() -> None:
    """
    Hourly-ish sessions each nearly four hours long leave no free time: a session moved
    to follow another starts as it ends (and joins its routine), and the overlaps left
    are warned. A property over random programmes found this day.
    """

    def item(i: int, timing: Timing, dose: Dose | None = None) -> Prescription:
        return Prescription(exercise=Exercise(name=f"Exercise {i}"), timing=timing, dose=dose)

    long_holds = Dose(sets=Range(1, 100), hold=dt.timedelta(seconds=106))
    programme = Programme(
        title="0",
        start=dt.date(2020, 1, 1),
        timezone="Europe/London",
        prescriptions=[
            item(0, Timing(every_hours=2, duration_days=1), long_holds),
            item(1, Timing(times_per_day=1, duration_days=1)),
            item(2, Timing(times_per_day=1, duration_days=1)),
        ],
    )
    schedule = expand(programme)
    ends = {s.end for s in schedule}
    moved = [s for s in schedule if s.slot == "14:00"]
    assert len(moved) == 1
    assert moved[0].start in ends
    assert any("overlaps" in w for w in schedule.warnings)
