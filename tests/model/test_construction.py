"""
Validated construction: every public model class checks each field where it is built.

A wrong value is a `ProgrammeError` naming the field and the fix, never a built-in
exception from deep inside expansion; the documented text forms (an ISO date, an
"HH:MM" time) are converted explicitly.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import ProgrammeError, RehabplanError
from rehabplan.model import (
    Activity,
    Anchor,
    Appointment,
    AsNeeded,
    Dose,
    Exercise,
    Intervals,
    Load,
    Phase,
    PhaseSpan,
    Prescription,
    Programme,
    Progression,
    Race,
    Range,
    Routine,
    Schedule,
    ScheduledAppointment,
    Session,
    SlotTimes,
    Stage,
    StopRule,
    Target,
    Timing,
    Training,
    Volume,
)
from rehabplan.scheduling import expand

START = dt.date(2027, 3, 1)
UTC = zoneinfo.ZoneInfo("UTC")
EXERCISE = Exercise(name="Calf raise")
PRESCRIPTION = Prescription(exercise=EXERCISE, dose=Dose(3, 12), timing=Timing(times_per_day=2))
RUN = Activity(kind="run", timing=Timing(weekdays=(1, 4)), volume=Volume(3, "km"))
AT_8 = dt.datetime(2027, 3, 1, 8, tzinfo=UTC)
SESSION = Session(
    start=AT_8,
    end=AT_8 + dt.timedelta(minutes=5),
    prescription=PRESCRIPTION,
    dose=Dose(3, 12),
    slot="morning",
)
PROGRAMME = Programme(title="Calf", start=START, timezone="UTC", prescriptions=[PRESCRIPTION])


def _programme(**changes: Any) -> Programme:
    return attrs.evolve(PROGRAMME, **changes)


def _with(**changes: Any) -> Programme:
    """A programme whose one prescription has *changes*."""
    return _programme(prescriptions=[attrs.evolve(PRESCRIPTION, **changes)])


#: Each class: (a valid value's fields, how to put a built value into a programme or None).
CLASSES: dict[type, tuple[dict[str, Any], Callable[[Any], Programme] | None]] = {
    Range: ({"low": 2, "high": 3}, lambda v: _with(dose=Dose(sets=v, reps=10))),
    Load: ({"amount": 5.0, "unit": "kg"}, lambda v: _with(dose=Dose(3, 12, load=v))),
    Dose: (
        {"sets": 3, "reps": 12, "hold": None, "each_side": False, "rest": None, "duration": None},
        lambda v: _with(dose=v),
    ),
    Anchor: ({"relation": "before", "event": "run"}, lambda v: _with(timing=Timing(anchor=v))),
    Timing: (
        {"times_per_day": 2, "times_of_day": (), "every_days": None, "weekdays": (), "start": None},
        lambda v: _with(timing=v),
    ),
    AsNeeded: ({"limit": None, "condition": "when it tightens"}, lambda v: _with(timing=v)),
    Exercise: (
        {"name": "Calf raise", "category": None, "equipment": ()},
        lambda v: _with(exercise=v),
    ),
    Progression: (
        {"part": "reps", "step": 2, "ceiling": 20, "every_weeks": 1},
        lambda v: _with(progression=v),
    ),
    Stage: (
        {"timing": Timing(every_days=2), "dose": Dose(3, 15)},
        lambda v: _with(timing=Timing(times_per_day=2, duration_days=14), stages=[v]),
    ),
    StopRule: (
        {"what": "pain", "above": 3, "action": "stop"},
        lambda v: _programme(stop_rules=[v]),
    ),
    Prescription: (
        {"exercise": EXERCISE, "dose": Dose(3, 12), "timing": Timing(), "notes": None},
        lambda v: _programme(prescriptions=[v]),
    ),
    Volume: (
        {"amount": 3.0, "unit": "km"},
        lambda v: _programme(activities=[attrs.evolve(RUN, volume=v)]),
    ),
    Intervals: (
        {"run": dt.timedelta(minutes=1), "walk": dt.timedelta(minutes=2), "repeats": 8},
        lambda v: _programme(activities=[attrs.evolve(RUN, volume=None, intervals=v)]),
    ),
    Target: (
        {"date": dt.date(2027, 5, 1), "volume": Volume(5, "km"), "name": None},
        lambda v: _programme(activities=[attrs.evolve(RUN, target=v)]),
    ),
    Activity: (
        {
            "kind": "run",
            "timing": Timing(weekdays=(1,)),
            "volume": Volume(3, "km"),
            "weekly_increase": 0.0,
        },
        lambda v: _programme(activities=[v]),
    ),
    Appointment: (
        {"title": "Review", "date": dt.date(2027, 3, 8), "time": dt.time(9, 30)},
        lambda v: _programme(appointments=[v]),
    ),
    Phase: (
        {"name": "Loading", "after_weeks": 1, "prescriptions": (), "drop": (), "overlap": False},
        lambda v: _programme(phases=[v]),
    ),
    SlotTimes: (
        {"morning": dt.time(7), "evening": dt.time(19)},
        lambda v: _programme(slot_times=v),
    ),
    Programme: (
        {
            "title": "Calf",
            "start": START,
            "timezone": "UTC",
            "prescriptions": (PRESCRIPTION,),
            "until": None,
        },
        lambda v: v,
    ),
    Training: (
        {"shared": ("run",), "weekly_cap": 0.1, "long_run_share": 0.5, "step_back": None},
        lambda v: _programme(training=v, activities=[RUN]),
    ),
    Race: (
        {
            "name": "Marathon",
            "start": AT_8,
            "end": AT_8 + dt.timedelta(hours=4),
            "distance": Volume(42.2, "km"),
            "activity": RUN,
        },
        None,
    ),
    PhaseSpan: ({"phase": Phase(name="P", after_weeks=1), "start": START, "until": None}, None),
    Session: (
        {
            "start": AT_8,
            "end": AT_8 + dt.timedelta(minutes=5),
            "prescription": PRESCRIPTION,
            "dose": None,
            "slot": "morning",
            "phase": None,
        },
        None,
    ),
    Routine: ({"start": AT_8, "end": AT_8 + dt.timedelta(minutes=5), "sessions": (SESSION,)}, None),
    ScheduledAppointment: (
        {
            "start": AT_8,
            "end": AT_8 + dt.timedelta(minutes=30),
            "appointment": Appointment(title="Review", date=START, time=dt.time(8)),
        },
        None,
    ),
    Schedule: (
        {"programme": PROGRAMME, "start": START, "until": START, "sessions": (SESSION,)},
        None,
    ),
}

#: Values of every kind a caller might pass by mistake.
WRONG = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["3x12", "twice daily", "9:30", "2027-03-01", "morning", "\x00", "\ud800"]),
    st.binary(max_size=4),
    st.lists(st.integers(-2, 10), max_size=3),
    st.tuples(st.integers(-2, 10), st.integers(-2, 10)),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(),
    st.builds(object),
    st.sampled_from([EXERCISE, Dose(3, 12), Timing(), Volume(3), RUN, PRESCRIPTION, SESSION]),
)


@st.composite
def _arguments(draw: st.DrawFn, cls: type) -> dict[str, Any]:
    valid, _ = CLASSES[cls]
    return {
        name: draw(st.just(value) | WRONG) if draw(st.booleans()) else value
        for name, value in valid.items()
    }


def test_every_public_model_class_is_covered() -> None:
    """The property below builds every class `rehabplan.model` exports."""
    import rehabplan.model

    classes = {
        value
        for name in rehabplan.model.__all__
        if attrs.has(value := getattr(rehabplan.model, name))
    }
    assert classes == set(CLASSES)


@pytest.mark.parametrize("cls", list(CLASSES), ids=lambda c: c.__name__)
@given(data=st.data())
def test_wrong_values_are_refused_or_expand(cls: type, data: st.DataObject) -> None:
    """Any field values either build a value whose programme expands, or a RehabplanError."""
    kwargs = data.draw(_arguments(cls))
    _, embed = CLASSES[cls]
    try:
        value = cls(**kwargs)
        if embed is not None:
            programme = embed(value)
            expand(programme, until=programme.start + dt.timedelta(days=21))
    except RehabplanError as exc:
        assert str(exc)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: Prescription(exercise=EXERCISE, dose="3x12", timing=Timing()),
            "dose: must be a Dose such as Dose(3, 12); to read a phrase use "
            "rehabplan.parse_dose (got str '3x12')",
        ),
        (
            lambda: Prescription(exercise=EXERCISE, dose=Dose(3, 12), timing="twice daily"),
            "timing: must be a Timing or AsNeeded such as Timing(times_per_day=2); "
            "to read a phrase use rehabplan.parse_timing (got str 'twice daily')",
        ),
        (
            lambda: Prescription(exercise="x", timing=Timing()),
            "exercise: must be an Exercise such as Exercise(name='Calf raise') (got str 'x')",
        ),
        (
            lambda: Prescription(exercise=EXERCISE, dose=5, timing=Timing()),
            "dose: must be a Dose such as Dose(3, 12); to read a phrase use "
            "rehabplan.parse_dose (got int 5)",
        ),
        (
            lambda: Timing(times_of_day=5),
            "times_of_day: must be a list of times of day such as "
            "('morning', datetime.time(18, 0)) (got int 5)",
        ),
        (
            lambda: Programme(title="t", start=START, timezone="UTC", slot_times="x"),
            "slot_times: must be a SlotTimes such as SlotTimes(morning='07:00') (got str 'x')",
        ),
        (
            lambda: Appointment(title="Review", date=START, time="9.30"),
            "time: must be a clock time such as datetime.time(9, 30) or '09:30' (got str '9.30')",
        ),
        (
            lambda: Volume(3, "furlong"),
            "unit: must be one of 'km', 'mi', 'min' (got str 'furlong')",
        ),
        (
            lambda: Anchor("beside", "run"),
            "relation: must be one of 'before', 'after', 'before and after', 'when' "
            "(got str 'beside')",
        ),
        (
            lambda: Progression(part="speed", step=1, ceiling=2),
            "part: must be one of 'reps', 'sets', 'hold', 'duration', 'load' (got str 'speed')",
        ),
        (
            lambda: Programme(title="t", start="1 March 2027", timezone="UTC"),
            "start: must be a date such as datetime.date(2027, 3, 1) or '2027-03-01' "
            "(got str '1 March 2027')",
        ),
        (
            lambda: Exercise(name="Calf\x00raise"),
            "name: must not contain a NUL character (at character 5)",
        ),
        (
            lambda: Exercise(name="Calf \ud800"),
            "name: must not contain a lone surrogate '\\ud800' (at character 6); "
            "it is not a character any file can hold",
        ),
        (
            lambda: Dose(3, 12, each_side="yes"),
            "each_side: must be True or False (got str 'yes')",
        ),
    ],
)
def test_the_issue_examples_name_the_field_and_the_fix(
    build: Callable[[], object], message: str
) -> None:
    """Each of these is a ProgrammeError (a ValueError too) whose message names field and fix."""
    with pytest.raises(ProgrammeError) as info:
        build()
    assert message == str(info.value)


def test_the_documented_text_forms_are_converted() -> None:
    """An ISO date text is a date and an "H:MM"/"HH:MM" text a clock time, nothing else."""
    appointment = Appointment(title="Review", date="2027-03-25", time="9:30")  # type: ignore[arg-type]
    slots = SlotTimes(morning="07:15")  # type: ignore[arg-type]
    timing = Timing(times_of_day=("18:30", "morning"), until="2027-04-01")  # type: ignore[arg-type]
    assert (
        dt.date(2027, 3, 25),
        dt.time(9, 30),
        dt.time(7, 15),
        ("morning", dt.time(18, 30)),
        dt.date(2027, 4, 1),
    ) == (appointment.date, appointment.time, slots.morning, timing.times_of_day, timing.until)


def test_a_text_longer_than_the_limit_is_refused() -> None:
    """A name over 10,000 characters is refused at once, naming the limit."""
    with pytest.raises(
        ProgrammeError, match=r"name: must be at most 10000 characters \(got 1000000\)"
    ):
        Exercise(name="x" * 1_000_000)
