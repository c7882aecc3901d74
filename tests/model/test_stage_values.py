"""A prescription in stages: each stage its own timing and dose, validated at construction."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from rehabplan import Dose, Exercise, Prescription, ProgrammeError, Stage, Timing
from rehabplan.model import AsNeeded, Progression

TWO_WEEKS = Timing(times_per_day=2, duration_days=14)


def staged(timing: Any = TWO_WEEKS, **extra: Any) -> Prescription:
    return Prescription(exercise=Exercise(name="Bridge"), dose=Dose(3, 10), timing=timing, **extra)


def test_stages_follow_each_other() -> None:
    p = staged(
        stages=[
            Stage(timing=Timing(times_per_day=1, duration_days=28), dose=Dose(3, 15)),
            Stage(timing=Timing(every_days=2)),
        ]
    )
    plain = p.staged()
    assert [after for _, after in plain] == [0, 14, 42]
    assert [str(s.dose) for s, _ in plain] == ["3 x 10", "3 x 15", "None"]
    assert [s.id for s, _ in plain] == ["bridge"] * 3
    assert all(s.stages == () for s, _ in plain)


def test_an_unstaged_prescription_is_its_own_stage() -> None:
    p = staged()
    assert p.staged() == ((p, 0),)


@pytest.mark.parametrize(
    ("kwargs", "where", "words"),
    [
        (
            {"timing": Timing(times_per_day=2), "stages": [Stage(timing=Timing())]},
            "timing",
            "needs a length",
        ),
        (
            {"timing": Timing(until=dt.date(2027, 3, 14)), "stages": [Stage(timing=Timing())]},
            "timing",
            "not an until date",
        ),
        (
            {"stages": [Stage(timing=Timing()), Stage(timing=Timing(every_days=2))]},
            "stages[0].timing",
            "needs a length",
        ),
        ({"stages": ["daily"]}, "stages[0]", "must be a Stage"),
        ({"stages": "daily"}, "stages", "list"),
        (
            {
                "stages": [Stage(timing=Timing())],
                "progression": Progression(part="reps", step=2, ceiling=20),
            },
            "progression",
            "cannot also progress",
        ),
        ({"timing": AsNeeded(), "stages": [Stage(timing=Timing())]}, "stages", "as-needed"),
    ],
)
def test_bad_stages_are_refused_naming_the_field(
    kwargs: dict[str, Any], where: str, words: str
) -> None:
    with pytest.raises(ProgrammeError) as info:
        staged(**kwargs)
    assert info.value.where == where
    assert words in str(info.value)


@pytest.mark.parametrize(
    ("timing", "where"),
    [
        (Timing(start=dt.date(2027, 3, 20)), "timing.start"),
        (Timing(until=dt.date(2027, 3, 20)), "timing.until"),
        ("daily", "timing"),
    ],
)
def test_a_stage_has_a_length_not_dates(timing: Any, where: str) -> None:
    with pytest.raises(ProgrammeError) as info:
        Stage(timing=timing)
    assert info.value.where == where


def test_a_stage_dose_must_be_a_dose() -> None:
    with pytest.raises(ProgrammeError) as info:
        Stage(timing=Timing(), dose="3 x 10")  # type: ignore[arg-type]
    assert info.value.where == "dose"


def test_a_stage_like_the_one_before_is_refused() -> None:
    with pytest.raises(ProgrammeError) as info:
        staged(stages=[Stage(timing=TWO_WEEKS, dose=Dose(3, 10))])
    assert info.value.where == "stages[0]"
    assert "same as the stage before" in str(info.value)
