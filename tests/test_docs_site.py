"""The docs site's API reference covers the public surface, and nothing it names is gone."""

from __future__ import annotations

import importlib
import pkgutil
import re

from tests.helpers import ROOT

import rehabplan

API = ROOT / "docs" / "reference" / "api"

#: Public modules documented elsewhere than by autodoc: the command line has its own page
#: (docs/reference/cli.md), and `rehabplan.export` only groups the exporters.
NOT_AUTODOC = {"rehabplan.cli", "rehabplan.export"}


def _public_modules() -> set[str]:
    return {
        m.name
        for m in pkgutil.walk_packages(rehabplan.__path__, "rehabplan.")
        if not any(part.startswith("_") for part in m.name.split("."))
    }


def _automodules() -> set[str]:
    text = "\n".join(page.read_text(encoding="utf-8") for page in API.glob("*.md"))
    return set(re.findall(r"^\.\. automodule:: (\S+)$", text, flags=re.MULTILINE))


def test_every_public_module_has_an_api_page() -> None:
    """Each public module of the package is documented by autodoc on a page of its own."""
    assert _automodules() == (_public_modules() - NOT_AUTODOC) | {"rehabplan"}


def test_the_api_index_lists_every_top_level_name() -> None:
    """The API index summarises exactly `rehabplan.__all__`, each at the object it re-exports."""
    text = (API / "index.md").read_text(encoding="utf-8")
    listed = re.findall(r"^   (\w+(?:\.\w+)*)\.(\w+)$", text, flags=re.MULTILINE)
    names = sorted(name for _, name in listed)
    homes = {
        name: getattr(importlib.import_module(f"rehabplan.{module}"), name)
        for module, name in listed
    }
    assert names == sorted(rehabplan.__all__)
    assert [n for n, obj in homes.items() if obj is not getattr(rehabplan, n)] == []
