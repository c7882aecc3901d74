"""The public surface: what `rehabplan` exports, and every module's doctests."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from importlib import resources

import pytest
from tests.helpers import modules_loaded

import rehabplan

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(rehabplan.__path__, "rehabplan.")
    if not m.name.endswith("__main__")
)


def test_all_is_sorted_and_complete() -> None:
    """`rehabplan.__all__` is sorted and names exactly the public attributes it re-exports."""
    for name in rehabplan.__all__:
        getattr(rehabplan, name)  # a lazy name is loaded on first use
    public = sorted(
        n
        for n in vars(rehabplan)
        if not n.startswith("_")
        and n not in {"annotations", "importlib", "TYPE_CHECKING", "Any"}
        and not isinstance(getattr(rehabplan, n), type(rehabplan))
    )
    assert rehabplan.__all__ == sorted(rehabplan.__all__)
    assert sorted(rehabplan.__all__) == public
    assert sorted(dir(rehabplan)) == dir(rehabplan)
    assert set(rehabplan.__all__) <= set(dir(rehabplan))


def test_lazy_names_are_the_defining_modules_objects() -> None:
    """A name loaded on first use is the very object its module defines."""
    from rehabplan import model, phrases, scheduling

    assert rehabplan.Programme is model.Programme
    assert rehabplan.parse_dose is phrases.parse_dose
    assert rehabplan.expand is scheduling.expand


def test_unknown_attribute_is_an_attribute_error() -> None:
    """A misspelt name is an AttributeError naming it, as for any module."""
    with pytest.raises(AttributeError, match="'expnad'"):
        rehabplan.expnad  # noqa: B018
    assert not hasattr(rehabplan, "expnad")


def test_import_loads_no_heavy_module() -> None:
    """`import rehabplan` alone loads neither attrs, the grammar nor any exporter's library."""
    heavy = ["attrs", "cattrs", "rehabplan.phrases", "rehabplan.model", "icalendar", "jinja2"]
    heavy += ["weasyprint", "tomllib"]
    assert modules_loaded("import rehabplan", heavy) == []
    first_use = "import rehabplan; rehabplan.Programme"
    assert modules_loaded(first_use, ["rehabplan.model"]) == ["rehabplan.model"]


def test_import_loads_no_standard_module_python_starts_without() -> None:
    """`import rehabplan` alone adds neither `typing` nor `collections` to a bare interpreter."""
    costly = ["typing", "collections", "re", "pathlib"]
    assert modules_loaded("import rehabplan", costly) == []


def test_first_use_loads_only_what_it_needs() -> None:
    """
    A one-shot program (a phrase read, a programme expanded and written as a calendar)
    loads neither the readers it does not use nor the file and exporter libraries.
    """
    code = (
        "import datetime as dt\n"
        "from rehabplan import Programme, expand, parse_prescription\n"
        "from rehabplan.export.ical import to_ics\n"
        "p = Programme(title='A', start=dt.date(2027, 3, 1), timezone='Europe/London',\n"
        "    prescriptions=[parse_prescription('Heel drops 3x15 twice daily for 12 weeks')])\n"
        "to_ics(expand(p))\n"
    )
    unused = ["pathlib", "importlib.metadata", "icalendar", "jinja2", "cattrs", "tomllib"]
    unused += ["rehabplan.files", "rehabplan.catalogue", "rehabplan.phrases._free_text"]
    unused += ["rehabplan.phrases._progressions", "rehabplan.phrases._relative_dates"]
    assert modules_loaded(code, unused) == []


@pytest.mark.parametrize("name", MODULES)
def test_every_module_declares_all(name: str) -> None:
    """Every module, private ones too, declares `__all__`, and each name in it exists."""
    module = importlib.import_module(name)
    assert isinstance(module.__all__, list)
    assert [n for n in module.__all__ if not hasattr(module, n)] == []


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    """Every `>>>` example in the installed package runs and prints what it says."""
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_public_functions_have_examples() -> None:
    """Every public function and class re-exported by `rehabplan` has a docstring; functions show `>>>`."""
    missing = []
    for name in rehabplan.__all__:
        obj = getattr(rehabplan, name)
        doc = obj.__doc__ or ""
        if not doc.strip() or (callable(obj) and not isinstance(obj, type) and ">>>" not in doc):
            missing.append(name)
    assert missing == []


def test_py_typed_ships() -> None:
    """The installed package carries py.typed, so type checkers use its annotations."""
    assert resources.files("rehabplan").joinpath("py.typed").is_file()


def test_exporters_are_reachable_from_the_root() -> None:
    """`rehabplan.to_ics`, `render_sheet`, `to_json` and `to_csv` are their modules' functions."""
    from rehabplan.export import data, ical, sheet

    assert (rehabplan.to_ics, rehabplan.render_sheet, rehabplan.to_json, rehabplan.to_csv) == (
        ical.to_ics,
        sheet.render_sheet,
        data.to_json,
        data.to_csv,
    )


def test_version_costs_no_import() -> None:
    """`rehabplan.__version__` is there at once, and reading it loads no heavy module."""
    read = "import rehabplan; assert rehabplan.__version__.count('.') == 2"
    assert modules_loaded(read, ["attrs", "importlib.metadata", "rehabplan.model"]) == []


def test_calendar_prodid_carries_the_version() -> None:
    """The calendar's PRODID names the same version as `rehabplan.__version__`."""
    from rehabplan import examples

    ics = rehabplan.to_ics(rehabplan.expand(examples.achilles()))
    assert f"PRODID:-//rehabplan//rehabplan {rehabplan.__version__}//EN".encode() in ics
