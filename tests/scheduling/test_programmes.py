"""Whole programmes in the schedule: progressions, anchors to activities, phases."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import activities, progressions_for
from tests.strategies import plain_doses as doses
from tests.strategies import plan_dates as dates
from tests.strategies import whole_programmes as programmes

from rehabplan.errors import ProgrammeError, ScheduleError
from rehabplan.model import (
    Activity,
    Anchor,
    Dose,
    Exercise,
    Phase,
    Prescription,
    Programme,
    Progression,
    Timing,
    Volume,
)
from rehabplan.scheduling import expand

START = dt.date(2027, 3, 1)  # a Monday


def _programme(**kwargs: object) -> Programme:
    values: dict[str, object] = {
        "title": "Test",
        "start": START,
        "until": START + dt.timedelta(weeks=6, days=-1),
        "timezone": "Europe/London",
    }
    values.update(kwargs)
    return Programme(**values)  # type: ignore[arg-type]


def _part(dose: Dose, progression: Progression) -> object:
    return progression.base(dose)


# --------------------------------------------------------------------------- progressions


@given(doses().flatmap(lambda d: st.tuples(st.just(d), progressions_for(d))), st.integers(0, 200))
def test_progressions_never_pass_their_ceiling(pair: tuple, weeks: int) -> None:
    """However many weeks pass, the progressed value is between the start and the ceiling."""
    dose, progression = pair
    if progression is None:
        return
    grown = progression.apply(dose, weeks=weeks)
    value = _part(grown, progression)
    assert _part(dose, progression) <= value <= progression.ceiling  # type: ignore[operator]


@given(programmes())
def test_scheduled_doses_never_pass_their_ceiling(programme: Programme) -> None:
    """Every session of a progressing prescription carries a dose at or below the ceiling."""
    for session in expand(programme):
        progression = session.prescription.progression
        if progression is None or session.dose is None:
            continue
        assert _part(session.dose, progression) <= progression.ceiling  # type: ignore[operator]


@pytest.mark.parametrize(
    ("progression", "dose", "expected"),
    [
        (
            Progression(part="reps", step=2, ceiling=20),
            Dose(3, 12),
            ["3 x 12", "3 x 14", "3 x 16", "3 x 18", "3 x 20", "3 x 20"],
        ),
        (
            Progression(part="sets", step=1, ceiling=4, every_weeks=2),
            Dose(2, 15),
            ["2 x 15", "2 x 15", "3 x 15", "3 x 15", "4 x 15", "4 x 15"],
        ),
        (
            Progression(
                part="hold", step=dt.timedelta(seconds=5), ceiling=dt.timedelta(seconds=45)
            ),
            Dose(1, 3, hold=dt.timedelta(seconds=30)),
            [
                "3 x 30 s hold",
                "3 x 35 s hold",
                "3 x 40 s hold",
                "3 x 45 s hold",
                "3 x 45 s hold",
                "3 x 45 s hold",
            ],
        ),
    ],
)
def test_each_session_carries_its_progressed_dose(
    progression: Progression, dose: Dose, expected: list[str]
) -> None:
    """The dose grows by whole weeks from the prescription's first day, up to the ceiling."""
    item = Prescription(
        exercise=Exercise(name="Bridge"),
        dose=dose,
        timing=Timing(weekdays=(0,)),
        progression=progression,
    )
    schedule = expand(_programme(prescriptions=[item]))
    assert [str(s.dose) for s in schedule] == expected


def test_a_progression_needs_the_part_it_grows() -> None:
    """A hold progression on a dose without a hold is refused, naming the field."""
    with pytest.raises(ProgrammeError) as info:
        Prescription(
            exercise=Exercise(name="Bridge"),
            dose=Dose(3, 12),
            timing=Timing(),
            progression=Progression(
                part="hold", step=dt.timedelta(seconds=5), ceiling=dt.timedelta(seconds=45)
            ),
        )
    assert str(info.value) == "progression: grows hold, but the dose '3 x 12' has no single hold"


# --------------------------------------------------------------------------- anchors


@given(activities("run"), st.sampled_from(("before", "after", "before and after")), dates)
def test_anchored_sessions_sit_just_before_or_after_an_activity(
    run: Activity, relation: str, start: dt.date
) -> None:
    """Every anchored session is on a run's day and ends as it starts, or starts as it ends."""
    foam = Prescription(
        exercise=Exercise(name="Foam roll"),
        dose=Dose(1, duration=dt.timedelta(minutes=2)),
        timing=Timing(anchor=Anchor(relation, "run")),  # type: ignore[arg-type]
    )
    schedule = expand(
        _programme(
            start=start, until=start + dt.timedelta(days=27), prescriptions=[foam], activities=[run]
        )
    )
    runs = [s for s in schedule if s.activity is not None]
    anchored = [s for s in schedule if s.prescription.id == "foam-roll"]
    per_run = 2 if relation == "before and after" else 1
    assert len(anchored) == per_run * len(runs)
    for session in anchored:
        matches = [r for r in runs if r.start == session.end or r.end == session.start]
        assert matches
        assert all(r.day == session.day for r in matches)


def test_before_each_run_without_a_run_is_a_schedule_error() -> None:
    """An anchor to an activity the programme never schedules is a ScheduleError naming it."""
    foam = Prescription(
        exercise=Exercise(name="Foam roll"), timing=Timing(anchor=Anchor("before", "run"))
    )
    with pytest.raises(ScheduleError) as info:
        expand(_programme(prescriptions=[foam]))
    assert str(info.value) == (
        "prescriptions[0]: 'before each run' ties 'Foam roll' to 'run', but the programme "
        "schedules no 'run'; add it as an activity, give a time of day instead, or make the "
        "prescription 'as needed'"
    )


def test_before_dinner_still_means_the_evening() -> None:
    """A daily-life anchor keeps its slot: 'before dinner' is the evening slot."""
    item = Prescription(
        exercise=Exercise(name="Glide"), timing=Timing(anchor=Anchor("before", "dinner"))
    )
    schedule = expand(_programme(prescriptions=[item], until=START))
    assert [s.start.strftime("%H:%M") for s in schedule] == ["18:00"]


# --------------------------------------------------------------------------- phases


@given(programmes())
def test_phases_do_not_overlap_unless_asked(programme: Programme) -> None:
    """Each phase ends before the next one starts, and no item is done twice at one time."""
    spans = programme.phase_spans()
    for span, after in itertools.pairwise(spans):
        if not after.phase.overlap:
            assert span.until is not None
            assert span.until < after.start
    schedule = expand(programme)
    keys = [(s.prescription.id, s.start) for s in schedule]
    assert len(keys) == len(set(keys))
    for session in schedule:
        names = [
            s.phase.name
            for s in spans
            if s.start <= session.day and (s.until is None or session.day <= s.until)
        ]
        if len(names) > 1:  # an overlap asked for: the session is in one of the phases
            assert session.phase in names
        else:
            assert session.phase == (names[0] if names else None)


def _stretch(name: str, **timing: object) -> Prescription:
    return Prescription(exercise=Exercise(name=name), dose=Dose(3, 10), timing=Timing(**timing))  # type: ignore[arg-type]


def test_phase_adds_changes_and_drops() -> None:
    """From a phase's start its items are added or replace those with their id, and drops stop."""
    programme = _programme(
        until=START + dt.timedelta(days=20),
        prescriptions=[_stretch("Calf stretch"), _stretch("Bridge")],
        phases=[
            Phase(
                name="Loading",
                after_weeks=2,
                drop=("calf-stretch",),
                prescriptions=(
                    Prescription(
                        exercise=Exercise(name="Bridge"), dose=Dose(3, 15), timing=Timing()
                    ),
                    _stretch("Heel drops"),
                ),
            )
        ],
    )
    schedule = expand(programme)
    before = [
        (s.prescription.id, str(s.dose), s.phase)
        for s in schedule.on(START + dt.timedelta(days=13))
    ]
    after = [
        (s.prescription.id, str(s.dose), s.phase)
        for s in schedule.on(START + dt.timedelta(days=14))
    ]
    assert before == [("calf-stretch", "3 x 10", None), ("bridge", "3 x 10", None)]
    assert after == [("bridge", "3 x 15", "Loading"), ("heel-drops", "3 x 10", "Loading")]


def test_overlapping_phase_when_asked() -> None:
    """With overlap, the earlier phase's own items run on to its until beside the later phase."""
    programme = _programme(
        until=START + dt.timedelta(days=20),
        phases=[
            Phase(
                name="Early",
                start=START,
                until=START + dt.timedelta(days=9),
                prescriptions=(_stretch("Calf stretch"),),
            ),
            Phase(
                name="Loading",
                start=START + dt.timedelta(days=7),
                overlap=True,
                drop=("calf-stretch",),
                prescriptions=(_stretch("Heel drops"),),
            ),
        ],
    )
    spans = programme.phase_spans()
    assert [(s.start, s.until) for s in spans] == [
        (START, START + dt.timedelta(days=9)),
        (START + dt.timedelta(days=7), START + dt.timedelta(days=20)),
    ]
    days = {s.day for s in expand(programme).of("calf-stretch")}
    assert max(days) == START + dt.timedelta(days=9)


def test_phase_at_an_appointment_starts_on_its_day() -> None:
    """A phase 'at' an appointment starts on the appointment's date."""
    from rehabplan.model import Appointment

    programme = _programme(
        appointments=[
            Appointment(title="Review", date=START + dt.timedelta(days=3), time=dt.time(9, 30))
        ],
        phases=[Phase(name="Loading", at="review")],
    )
    assert programme.phase_spans()[0].start == START + dt.timedelta(days=3)
    assert (
        programme.appointments[0].start_in(programme.tz).isoformat() == "2027-03-04T09:30:00+00:00"
    )


def test_activity_sessions_carry_their_activity_and_phase() -> None:
    """Activity sessions name their activity, planned volume and phase, and a prescription."""
    walk = Activity(kind="walk", timing=Timing(weekdays=(0,)), volume=Volume(30, "min"))
    schedule = expand(
        _programme(phases=[Phase(name="Off running", start=START, activities=(walk,))])
    )
    first = schedule.sessions[0]
    assert (first.activity, first.volume, first.phase, first.prescription.id) == (
        walk,
        Volume(30, "min"),
        "Off running",
        "walk",
    )
    assert first.summary == "Walk · 30 min"
