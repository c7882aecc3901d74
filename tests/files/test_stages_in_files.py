"""A prescription's stages in a programme file: a `stages` list of tables or phrases."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
from hypothesis import given
from tests.strategies import staged_prescriptions

from rehabplan import Dose, ProgrammeError, Timing
from rehabplan.files import dumps, loads, schema
from rehabplan.model import Programme

_FILE = """
title = "Calf"
start = 2027-03-01
timezone = "Europe/London"

[[prescriptions]]
exercise = "Calf raise"
dose = "3 x 10"
when = "twice daily for 2 weeks"
stages = [
    { when = "every other day for 4 weeks", dose = "3 x 15" },
    { when = "twice a week" },
]
"""

_VALIDATOR = jsonschema.Draft202012Validator(schema())


def test_stages_are_read_from_phrases() -> None:
    (calf,) = loads(_FILE).prescriptions
    assert [(s.timing, s.dose) for s in calf.stages] == [
        (Timing(every_days=2, duration_days=28), Dose(3, 15)),
        (Timing(times_per_week=2), None),
    ]


@given(staged_prescriptions())
def test_stages_round_trip_in_toml_and_json(prescription: object) -> None:
    programme = Programme(
        title="Stages",
        start=dt.date(2027, 3, 1),
        timezone="Europe/London",
        prescriptions=[prescription],
    )
    assert loads(dumps(programme)) == programme
    text = dumps(programme, format="json")
    assert loads(text, format="json") == programme
    _VALIDATOR.validate(json.loads(text))


@pytest.mark.parametrize(
    ("stages", "where", "words"),
    [
        ('[{ dose = "3 x 15" }]', "prescriptions[0].stages[0].when", "missing"),
        ('[{ when = "daily", colour = 1 }]', "prescriptions[0].stages[0]", "unknown key 'colour'"),
        ('[{ when = "as needed" }]', "prescriptions[0].stages[0].when", "not 'as needed'"),
        ('[{ when = "daily" }, { when = "weekly" }]', "stages[0].timing", "needs a length"),
        ('"daily"', "prescriptions[0].stages", "must be a list"),
    ],
)
def test_bad_stages_name_their_key(stages: str, where: str, words: str) -> None:
    with pytest.raises(ProgrammeError) as info:
        loads(_FILE.replace(_FILE[_FILE.index("stages = ") :], f"stages = {stages}\n"))
    assert where in str(info.value)
    assert words in str(info.value)


def test_then_in_when_points_to_stages() -> None:
    with pytest.raises(ProgrammeError) as info:
        loads(_FILE.replace('"twice daily for 2 weeks"', '"twice daily for 2 weeks then daily"'))
    assert "prescriptions[0].when" in str(info.value)
    assert "'stages'" in str(info.value)
