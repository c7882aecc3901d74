"""
The package's memo caches: each one is listed here, bounded, and gives what its function gives.

A cache is kept only where it pays at a real hot spot (the numbers are in the CHANGELOG);
a new one must be added to `CACHES` with its bound, so none grows without limit unseen.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import inspect
import zoneinfo
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import ROOT, ZONES
from tests.strategies import doses, timings

from rehabplan.model import Dose, Timing

#: Every cached function: (module, name) -> its bound.
#: ``None``: a function of no argument or of a flag, so it holds one or two values.
CACHES: dict[tuple[str, str], int | None] = {
    ("rehabplan.model._settings", "iana_zones"): None,
    ("rehabplan.model._wallclock", "year_shifts"): 512,
    ("rehabplan.scheduling._recurrence", "_offsets"): 1024,
    ("rehabplan.export.sheet._templates", "_cached_cell"): 256,
    ("rehabplan.export.sheet._templates", "_cached_row_cells"): 256,
    ("rehabplan.export.sheet._templates", "environment"): None,
    ("rehabplan.export.ical._vtimezone", "_lines"): 64,
    ("rehabplan.export.ical._text", "slot_token"): 1024,
    ("rehabplan.export.ical._series", "steady"): 4096,
    ("rehabplan.files._converter", "converter"): None,
    ("rehabplan.catalogue._catalogue", "default_catalogue"): None,
    ("rehabplan.phrases._grammar", "_table"): 1,
    ("rehabplan.phrases._grammar", "_starts"): 1,
    ("rehabplan.phrases._grammar", "_candidates"): 1024,
    # One compiled pattern, and one set of needs, per rule of the grammar's fixed table.
    ("rehabplan.phrases._grammar", "_rule"): None,
    ("rehabplan.phrases._grammar", "_needs"): None,
    ("rehabplan.phrases._grammar", "_cached_plan"): 8192,
    ("rehabplan.phrases._to_values", "_timing"): 4096,
    ("rehabplan.phrases._to_values", "_dose"): 4096,
    ("rehabplan.phrases._reader", "looks_misspelt"): 16384,
}


def _is_cache(node: ast.expr) -> bool:
    """``functools.cache``, ``lru_cache(...)``, ``functools.lru_cache(...)``."""
    if isinstance(node, ast.Call):
        node = node.func
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")
    return name in {"cache", "lru_cache"}


def _cached_functions() -> set[tuple[str, str]]:
    """Every function wrapped in a functools cache."""
    found = set()
    src = ROOT / "src"
    for path in (src / "rehabplan").rglob("*.py"):
        module = ".".join(path.relative_to(src).with_suffix("").parts).removesuffix(".__init__")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and any(map(_is_cache, node.decorator_list)):
                found.add((module, node.name))
            elif (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Call)
                and _is_cache(node.value.func)
            ):
                found.update((module, t.id) for t in node.targets if isinstance(t, ast.Name))
    return found


def _function(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def test_every_cache_is_listed() -> None:
    """The caches in the source are exactly the listed ones: a new cache is a decision."""
    assert _cached_functions() == set(CACHES)


@pytest.mark.parametrize(("place", "bound"), CACHES.items(), ids=str)
def test_every_cache_is_bounded(place: tuple[str, str], bound: int | None) -> None:
    """An lru cache has its listed size; an unbounded one caches a function of no argument or a flag."""
    function = _function(*place)
    maxsize = function.cache_info().maxsize
    if bound is None:
        parameters = inspect.signature(function.__wrapped__).parameters
        assert (maxsize, len(parameters) <= 1) == (None, True)
    else:
        assert maxsize == bound


@given(zone=st.sampled_from(ZONES), year=st.integers(1971, 2100))
def test_year_shifts_cache_gives_the_function_s_answer(zone: str, year: int) -> None:
    """A year's offset changes from the cache are the ones computed afresh."""
    from rehabplan.model import _wallclock

    tz = zoneinfo.ZoneInfo(zone)
    assert _wallclock.year_shifts(tz, year) == _wallclock.year_shifts.__wrapped__(tz, year)


@given(
    zone=st.sampled_from(ZONES),
    day=st.dates(dt.date(2000, 1, 1), dt.date(2060, 12, 31)),
    minutes=st.integers(0, 24 * 60 - 1),
    length=st.integers(1, 180),
)
def test_steady_cache_gives_the_function_s_answer(
    zone: str, day: dt.date, minutes: int, length: int
) -> None:
    """Whether an event keeps its wall-clock length: the cache and the function agree."""
    from rehabplan.export.ical import _series

    args = (
        day,
        dt.time(minutes // 60, minutes % 60),
        dt.timedelta(minutes=length),
        zoneinfo.ZoneInfo(zone),
    )
    assert _series.steady(*args) == _series.steady.__wrapped__(*args)


@given(slot=st.sampled_from(["morning", "07:30", "before run", "Evening"]))
def test_slot_token_cache_gives_the_function_s_answer(slot: str) -> None:
    """A slot's UID piece is the same from the cache as from the function."""
    from rehabplan.export.ical import _text

    assert _text.slot_token(slot) == _text.slot_token.__wrapped__(slot)


@given(zone=st.sampled_from(ZONES), first=st.integers(1990, 2060), span=st.integers(0, 5))
def test_vtimezone_cache_gives_the_function_s_answer(zone: str, first: int, span: int) -> None:
    """A zone's VTIMEZONE lines for some years: the cache and the function agree."""
    from rehabplan.export.ical import _vtimezone

    args = (zone, first, first + span)
    assert _vtimezone._lines(*args) == _vtimezone._lines.__wrapped__(*args)


#: Symbols the grammar reads, for runs of them drawn at random.
_SYMBOLS = (
    "N",
    "x",
    "sets",
    "reps",
    "hold",
    "sec",
    "min",
    "daily",
    "each",
    "side",
    "for",
    "weeks",
    "day",
    "a",
    "per",
    "week",
    "DOW",
    ",",
    "and",
    "morning",
    "evening",
    "then",
)


def _steps(steps: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """Grammar steps as comparable values (a match object equals only itself)."""
    return [(m.span(), m.lastgroup, handler, a, b, groups) for m, handler, a, b, groups in steps]


@given(syms=st.lists(st.sampled_from(_SYMBOLS), max_size=12).map(tuple))
def test_plan_cache_gives_the_function_s_answer(syms: tuple[str, ...]) -> None:
    """A run of symbols is planned the same from the cache as afresh."""
    from rehabplan.phrases import _grammar

    assert _steps(_grammar._cached_plan(syms)) == _steps(_grammar._match_symbols(syms))


@given(timing=timings())
def test_timing_cache_gives_the_function_s_answer(timing: Timing) -> None:
    """A timing built from its fields is the same from the cache as afresh."""
    from rehabplan.phrases import _to_values as _merge

    args = (
        timing.times_per_day,
        timing.times_of_day,
        timing.every_hours,
        timing.round_the_clock,
        timing.every_days,
        timing.times_per_week,
        timing.weekdays,
        timing.start,
        timing.duration_days,
        timing.until,
        timing.anchor,
    )
    assert _merge._cached(_merge._timing, *args) == _merge._timing.__wrapped__(*args) == timing


@given(dose=doses())
def test_dose_cache_gives_the_function_s_answer(dose: Dose) -> None:
    """A dose built from its fields is the same from the cache as afresh."""
    from rehabplan.phrases import _to_values as _merge

    args = (
        dose.sets,
        dose.reps,
        dose.hold,
        dose.each_side,
        dose.rest,
        dose.load,
        dose.duration,
        dose.side,
    )
    assert _merge._cached(_merge._dose, *args) == _merge._dose.__wrapped__(*args) == dose


@given(word=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_misspelling_cache_gives_the_function_s_answer(word: str) -> None:
    """Whether a word looks misspelt, and as what: the cache and the function agree."""
    from rehabplan.phrases import _reader

    assert _reader.looks_misspelt(word) == _reader.looks_misspelt.__wrapped__(word)


@given(char=st.characters())
def test_candidates_cache_gives_the_function_s_answer(char: str) -> None:
    """The rules that can start at a character: the cache and the function agree."""
    from rehabplan.phrases import _grammar

    assert _grammar._candidates(char) == _grammar._candidates.__wrapped__(char)
