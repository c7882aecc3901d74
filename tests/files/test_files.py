"""Programme files: TOML and JSON through cattrs, key-path errors, the shipped JSON Schema."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.helpers import ROOT
from tests.strategies import whole_programmes
from tests.strategies import whole_programmes as programmes

from rehabplan import examples
from rehabplan.errors import ProgrammeError
from rehabplan.files import (
    dump,
    dumps,
    load,
    loads,
    programme_from_dict,
    programme_to_dict,
    schema,
)
from rehabplan.model import Dose, Programme, Timing

BASE = {"title": "X", "start": "2027-03-01", "timezone": "UTC"}


def _with(**extra: Any) -> dict[str, Any]:
    return {**BASE, **extra}


def _error(data: Any) -> str:
    with pytest.raises(ProgrammeError) as info:
        programme_from_dict(data)
    return str(info.value)


@given(programmes())
def test_toml_round_trip(programme: Programme) -> None:
    """load(dump(p)) == p for generated programmes, in TOML."""
    assert loads(dumps(programme)) == programme


@given(programmes())
def test_json_round_trip(programme: Programme) -> None:
    """load(dump(p)) == p for generated programmes, in JSON."""
    assert loads(dumps(programme, format="json"), format="json") == programme


_VALIDATOR = jsonschema.Draft202012Validator(schema())


@settings(max_examples=40)
@given(programmes())
def test_dumped_files_match_the_schema(programme: Programme) -> None:
    """Every file `dumps` writes is valid against the shipped JSON Schema."""
    data = json.loads(dumps(programme, format="json"))
    _VALIDATOR.validate(data)
    assert data["title"] == programme.title


def test_minimal_format_of_design_md_with_tables() -> None:
    """The minimal programme file reads, with dose and when as tables."""
    programme = loads(
        """
title = "Achilles loading"
start = 2027-03-01
timezone = "Europe/London"

[[prescriptions]]
exercise = "Eccentric heel drops"
dose = { sets = 3, reps = 15 }
when = { times_per_day = 2, duration_days = 84 }
"""
    )
    assert programme == examples.achilles().__class__(
        title="Achilles loading",
        start=dt.date(2027, 3, 1),
        timezone="Europe/London",
        prescriptions=[
            programme.prescriptions[0].__class__(
                exercise=programme.prescriptions[0].exercise,
                dose=Dose(3, 15),
                timing=Timing(times_per_day=2, duration_days=84),
            )
        ],
    )
    assert programme.prescriptions[0].exercise.name == "Eccentric heel drops"


def test_file_round_trip_on_disk(tmp_path: Path) -> None:
    """dump then load gives an equal programme, for .toml and .json files."""
    for name in ("plan.toml", "plan.json"):
        path = tmp_path / name
        dump(examples.calf_runner(), path)
        assert load(path) == examples.calf_runner()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            _with(
                prescriptions=[
                    {"exercise": "A", "when": {"times_per_day": 2}},
                    {"exercise": "B", "when": {"times_per_dy": 2}},
                ]
            ),
            "prescriptions[1].when: unknown key 'times_per_dy'; did you mean 'times_per_day'?",
        ),
        (
            _with(prescriptons=[]),
            "programme: unknown key 'prescriptons'; did you mean 'prescriptions'?",
        ),
        (
            _with(prescriptions=[{"exercise": "A", "wen": {"times_per_day": 2}}]),
            "prescriptions[0]: unknown key 'wen'; did you mean 'when'?",
        ),
        (
            _with(prescriptions=[{"exercise": "A", "when": {}, "dose": {"sets": 0}}]),
            "prescriptions[0].dose.sets: must be at least 1 (got 0)",
        ),
        (
            _with(prescriptions=[{"exercise": "A"}]),
            "prescriptions[0].when: is missing; this key is required",
        ),
        (_with(prescriptions="nope"), "prescriptions: must be a list (got str 'nope')"),
        (_with(start="2027-02-30"), "start: must be a date such as 2027-03-01 (got '2027-02-30')"),
        (_with(title=3), "title: must be a text (got 3)"),
        (
            _with(timezone="Europe/Londn"),
            "timezone: unknown time zone 'Europe/Londn'; did you mean 'Europe/London'?",
        ),
        (
            _with(prescriptions=[{"exercise": {"nam": "A"}, "when": {}}]),
            "prescriptions[0].exercise: unknown key 'nam'; did you mean 'name'?",
        ),
        (
            _with(
                prescriptions=[
                    {
                        "exercise": "A",
                        "when": {},
                        "dose": {"sets": 3, "reps": 12},
                        "progression": "+2 reps each week up to 10",
                    }
                ]
            ),
            "prescriptions[0].progression.ceiling: the dose starts at 12, above the ceiling 10",
        ),
        (
            _with(
                prescriptions=[
                    {
                        "exercise": "A",
                        "when": {},
                        "dose": {"sets": 3, "reps": 12},
                        "progression": "+2 reps each weak up to 20",
                    }
                ]
            ),
            "prescriptions[0].progression: cannot read '+2 reps each weak up to 20': unknown "
            "word 'weak' (characters 14-17); did you mean 'week'?",
        ),
        (
            _with(activities=[{"kind": "run", "when": {"weekdays": ["TU"]}, "volume": "3 kms"}]),
            "activities[0].volume: must be a volume such as '3 km', '2 mi' or '30 min' "
            "(got '3 kms')",
        ),
        (
            _with(appointments=[{"title": "Review", "date": "next Tusday"}]),
            "appointments[0].date: cannot read 'next Tusday': unknown word 'Tusday' "
            "(characters 6-11); did you mean 'tuesday'?",
        ),
        (
            _with(
                phases=[{"name": "P2", "at": "reveiw"}],
                appointments=[{"title": "Review", "date": "in 3 days"}],
            ),
            "phases[0].at: no appointment has id 'reveiw'; did you mean 'review'?",
        ),
        (
            _with(
                prescriptions=[{"exercise": "Calf stretch", "when": {}}],
                phases=[{"name": "P2", "after_weeks": 1, "drop": ["calf-strech"]}],
            ),
            "phases[0].drop[0]: nothing with id 'calf-strech' runs before this phase; "
            "did you mean 'calf-stretch'?",
        ),
        (
            _with(
                phases=[
                    {"name": "A", "start": "2027-03-01", "until": "2027-03-20"},
                    {"name": "B", "start": "2027-03-10"},
                ]
            ),
            "phases[0].until: runs until 2027-03-20, past the start of phases[1] on 2027-03-10; "
            "end it by 2027-03-09 or set overlap = true on phases[1]",
        ),
    ],
)
def test_errors_name_the_key_path(data: Any, expected: str) -> None:
    """Each bad file gives one ProgrammeError naming the key path, the problem and a fix."""
    assert _error(data) == expected


def test_phrases_in_a_file_use_the_phrase_parser() -> None:
    """The minimal programme file, with phrases, reads to the dose and timing they say."""
    programme = loads(
        """
title = "Achilles loading"
start = 2027-03-01
timezone = "Europe/London"

[[prescriptions]]
exercise = "Eccentric heel drops"
dose = "3 x 15"
when = "twice daily for 12 weeks"

[[prescriptions]]
exercise = "Foam roll"
dose = "1 min each side"
when = "before each run"
"""
    )
    first, second = programme.prescriptions
    assert (first.dose, first.timing) == (Dose(3, 15), Timing(times_per_day=2, duration_days=84))
    assert str(second.timing) == "before each run"


def test_unreadable_phrase_names_the_key_path() -> None:
    """An unreadable 'when' names its prescription and key, with the parser's suggestion."""
    message = _error(
        _with(
            prescriptions=[
                {"exercise": "A", "when": "daily"},
                {"exercise": "B", "when": "daily", "dose": "3x15"},
                {"exercise": "C", "when": "twice dialy"},
            ]
        )
    )
    assert message == (
        "prescriptions[2].when: cannot read 'twice dialy': unknown word 'dialy' "
        "(characters 7-11); did you mean 'daily'?"
    )


def test_relative_appointment_dates_use_the_visit() -> None:
    """'in 3 days' and 'next Tuesday' are read against the file's visit date (else start)."""
    data = _with(
        visit="2027-03-03",
        appointments=[
            {"title": "Review", "date": "in 3 days", "time": "09:30"},
            {"title": "Physio", "date": "next Tuesday"},
        ],
    )
    programme = programme_from_dict(data)
    assert [a.date for a in programme.appointments] == [dt.date(2027, 3, 6), dt.date(2027, 3, 9)]
    assert programme.appointments[0].time == dt.time(9, 30)


def test_dumped_toml_is_toml_and_has_no_defaults() -> None:
    """The TOML `dumps` writes parses, and leaves defaults out."""
    data = tomllib.loads(dumps(examples.achilles()))
    assert data == {
        "title": "Achilles loading",
        "start": dt.date(2027, 3, 1),
        "timezone": "Europe/London",
        "prescriptions": [programme_to_dict(examples.achilles())["prescriptions"][0]],
    }
    assert "slot_times" not in data


@pytest.mark.parametrize("name", ["calf-runner.toml", "sciatic-runner.toml"])
def test_example_files_match_the_schema(name: str) -> None:
    """The example programme files validate against the shipped JSON Schema."""
    data = tomllib.loads((ROOT / "examples" / name).read_text("utf-8"))
    plain = json.loads(json.dumps(data, default=lambda v: v.isoformat()))
    jsonschema.validate(plain, schema())
    assert plain["timezone"] == "Europe/London"


def test_schema_rejects_unknown_keys() -> None:
    """The schema is a valid draft 2020-12 schema and, like the loader, refuses unknown keys."""
    jsonschema.Draft202012Validator.check_schema(schema())
    with pytest.raises(jsonschema.ValidationError) as info:
        jsonschema.validate({**BASE, "prescriptons": []}, schema())
    assert "prescriptons" in str(info.value.message)


def test_exercise_by_catalogue_id() -> None:
    """``exercise = { id = ... }`` alone is the catalogue's exercise; a wrong id gets a suggestion."""
    programme = programme_from_dict(
        _with(prescriptions=[{"exercise": {"id": "glute-bridge"}, "when": {"every_days": 2}}])
    )
    exercise = programme.prescriptions[0].exercise
    assert (exercise.id, exercise.name, exercise.category) == (
        "glute-bridge",
        "Glute bridge",
        "activation",
    )
    assert loads(dumps(programme)) == programme
    message = _error(_with(prescriptions=[{"exercise": {"id": "glute-bridg"}, "when": {}}]))
    assert message == (
        "prescriptions[0].exercise.id: unknown exercise id 'glute-bridg'; "
        "did you mean 'glute-bridge'?"
    )
    jsonschema.validate(
        {**BASE, "prescriptions": [{"exercise": {"id": "glute-bridge"}, "when": "daily"}]},
        schema(),
    )


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 100)
    | st.floats(allow_nan=True)
    | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=12,
)


@st.composite
def _mutated(draw: st.DrawFn) -> Any:
    """A valid programme table with one value somewhere replaced by arbitrary JSON."""
    data = json.loads(dumps(draw(whole_programmes()), format="json"))
    paths: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in list(node):
                paths.append((node, key))
                walk(node[key])
        elif isinstance(node, list):
            for index in range(len(node)):
                paths.append((node, index))
                walk(node[index])

    walk(data)
    parent, key = draw(st.sampled_from(paths))
    parent[key] = draw(_json)
    return data


@given(_mutated())
def test_any_bad_value_is_a_programme_error(data: Any) -> None:
    """Whatever value is wrong, reading gives a Programme or a ProgrammeError with a path."""
    try:
        result: object = programme_from_dict(data)
    except ProgrammeError as exc:
        result = exc
        assert exc.where
    assert isinstance(result, Programme | ProgrammeError)
