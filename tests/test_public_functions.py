"""
No public function or constructor lets a built-in exception out.

Every callable reachable from `rehabplan.__all__` and from the `__all__` of each stage
is called with each of its parameters either a valid value or a wrong one (of any
type); each call returns or raises a `RehabplanError`. The model's classes have their
own, fuller property in `tests/model/test_construction.py`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import inspect
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import rehabplan
from rehabplan import examples, expand
from rehabplan.batch import build_one
from rehabplan.catalogue import default_catalogue
from rehabplan.errors import RehabplanError
from rehabplan.export.sheet import sheet_view
from rehabplan.files import dump, dumps, programme_to_dict
from rehabplan.model import Appointment, Programme
from rehabplan.phrases import read
from rehabplan.scheduling import overlaps, plan

STAGES = (
    "rehabplan",
    "rehabplan.phrases",
    "rehabplan.scheduling",
    "rehabplan.files",
    "rehabplan.catalogue",
    "rehabplan.protocols",
    "rehabplan.examples",
    "rehabplan.batch",
    "rehabplan.export.ical",
    "rehabplan.export.sheet",
    "rehabplan.export.data",
    "rehabplan.export.fhir",
)

START = dt.date(2027, 3, 1)
SHORT = attrs.evolve(examples.achilles(), until=START + dt.timedelta(days=6))
SCHEDULE = expand(SHORT)
CLASH = Programme(
    title="Clash",
    start=START,
    timezone="UTC",
    appointments=[
        Appointment(title="Review", date=START, time=dt.time(9)),
        Appointment(title="Scan", date=START, time=dt.time(9, 15)),
    ],
)
PLAN = plan(SHORT)
VIEW = sheet_view(SHORT)
OUTCOME = build_one(SHORT, name="short")

#: A real value of each public attrs class outside the model, to take valid fields from.
INSTANCES: list[Any] = [
    default_catalogue(),
    default_catalogue().entries[0],
    read("3 x 15 twice daily"),
    overlaps(expand(CLASH))[0],
    PLAN,
    PLAN.series[0],
    PLAN.series[0].days,
    OUTCOME,
    rehabplan.batch.BatchResult(outcomes=(OUTCOME,)),
    VIEW,
    VIEW.sections[0],
    VIEW.sections[0].cards[0],
    VIEW.sections[0].weeks[0],
    VIEW.sections[0].weeks[0].days[0],
    VIEW.sections[0].weeks[0].rows[0],
    VIEW.sections[0].weeks[0].rows[0].cells[0],
    VIEW.sections[0].weeks[0].rows[0].cells[0].boxes[0],
]


def _public() -> dict[str, Callable[..., Any]]:
    """Every public callable of the stages, once, by its first public name."""
    found: dict[str, Callable[..., Any]] = {}
    seen: set[int] = set()
    for stage in STAGES:
        module = importlib.import_module(stage)
        for name in module.__all__:
            value = getattr(module, name)
            if not callable(value) or id(value) in seen:
                continue
            seen.add(id(value))
            if isinstance(value, type) and (
                issubclass(value, BaseException) or value.__module__.startswith("rehabplan.model")
            ):
                continue  # errors are raised, not called; the model has its own property
            found[f"{stage}.{name}"] = value
    return found


PUBLIC = _public()

#: Valid values of required parameters, by parameter name.
BY_NAME: dict[str, Any] = {
    "programme": SHORT,
    "source": SHORT,
    "schedule": SCHEDULE,
    "start": START,
    "tz": "UTC",
    "timezone": "UTC",
    "visit": START,
    "week": VIEW.sections[0].weeks[0],
    "width": 40,
    "name": "short",
    "text": "3 x 15",
}

#: Valid values that differ from the table above, by function.
BY_FUNCTION: dict[str, dict[str, Any]] = {
    "parse_timing": {"text": "twice daily for 2 weeks"},
    "parse_prescription": {"text": "3 x 15 twice daily for 2 weeks"},
    "parse_progression": {"text": "+2 reps each week up to 20"},
    "resolve_date": {"text": "next Tuesday"},
    "parse_duration": {"text": "30 s"},
    "read": {"text": "3 x 15 twice daily"},
    "loads": {"text": dumps(SHORT)},
    "expand_fhir_timing": {"timing": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "d"}}},
    "load_catalogue": {"data": {"exercises": []}},
    "programme_from_dict": {"data": programme_to_dict(SHORT)},
    "example_text": {"name": "calf-runner.toml"},
    "build_one": {"source": SHORT},
}


def _valid(qualified: str, fn: Callable[..., Any], files: Path) -> dict[str, Any]:
    """Valid arguments for *fn*: its defaults, and the tables' values for the rest."""
    short = qualified.rsplit(".", 1)[1]
    if isinstance(fn, type) and attrs.has(fn):
        instance = next(i for i in INSTANCES if type(i) is fn)
        return {a.alias: getattr(instance, a.name) for a in attrs.fields(fn) if a.init}
    writes = short in ("dump", "write_atomic")
    paths = {
        "path": files / ("written.toml" if writes else "short.toml"),
        "paths": [files / "short.toml"],
        "folder": files,
        "outdir": files / "out",
        "data": b"data" if short == "write_atomic" else None,
    }
    valid: dict[str, Any] = {}
    for name, parameter in inspect.signature(fn).parameters.items():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        own = BY_FUNCTION.get(short, {})
        if name in own:
            valid[name] = own[name]
        elif paths.get(name) is not None:
            valid[name] = paths[name]
        elif parameter.default is not parameter.empty:
            valid[name] = parameter.default
        else:
            valid[name] = BY_NAME[name]
    return valid


#: Values of every kind a caller might pass by mistake.
WRONG = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(),
    st.text(max_size=8),
    st.sampled_from(["3x12", "9:30", "2027-03-01", "UTC", "toml", "html", "\x00", "\ud800"]),
    st.binary(max_size=4),
    st.lists(st.integers(-2, 10), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(),
    st.builds(object),
    st.sampled_from([SHORT, SCHEDULE, examples.achilles().prescriptions[0]]),
)


@contextlib.contextmanager
def _inside(folder: Path) -> Iterator[None]:
    """Run with *folder* as the working directory: a wrong path names a file there."""
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a valid programme file in it."""
    folder = tmp_path_factory.mktemp("public")
    dump(SHORT, folder / "short.toml")
    return folder


def test_every_public_callable_is_called() -> None:
    """The property below covers the public callables of every stage."""
    assert {"rehabplan.expand", "rehabplan.render_sheet", "rehabplan.batch.build_many"} <= set(
        PUBLIC
    )


@pytest.mark.parametrize("qualified", sorted(PUBLIC))
@given(data=st.data())
def test_wrong_arguments_return_or_raise_a_rehabplan_error(
    qualified: str, files: Path, data: st.DataObject
) -> None:
    """Any argument of any type: the call returns, or raises a RehabplanError saying why."""
    fn = PUBLIC[qualified]
    arguments = {
        name: data.draw(WRONG, label=name) if data.draw(st.booleans()) else value
        for name, value in _valid(qualified, fn, files).items()
    }
    with _inside(files):
        try:
            fn(**arguments)
        except RehabplanError as exc:
            assert str(exc)
