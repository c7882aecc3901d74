"""The public surface: what `rehabplan` exports, and every module's doctests."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from importlib import resources

import pytest

import rehabplan

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(rehabplan.__path__, "rehabplan.")
    if not m.name.endswith("__main__")
)


def test_all_is_sorted_and_complete() -> None:
    """`rehabplan.__all__` is sorted and names exactly the public attributes it re-exports."""
    public = sorted(
        n
        for n in vars(rehabplan)
        if not n.startswith("_")
        and n not in {"annotations"}
        and not isinstance(getattr(rehabplan, n), type(rehabplan))
    )
    assert rehabplan.__all__ == sorted(rehabplan.__all__)
    assert sorted(rehabplan.__all__) == public


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
