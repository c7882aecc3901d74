"""`rehabplan --help` and building the parser import none of the library's stages."""

from __future__ import annotations

from tests.helpers import modules_loaded

from rehabplan import scheduling
from rehabplan.cli import _options

_HELP = "from rehabplan.cli import main\nmain(['--help'])"


def test_help_imports_no_stage() -> None:
    """`--help` loads the command line alone: no model, phrases, files or exporters."""
    stages = ["attrs", "rehabplan.model", "rehabplan.phrases", "rehabplan.scheduling"]
    stages += ["rehabplan.files", "rehabplan.catalogue", "rehabplan.export", "icalendar", "jinja2"]
    assert modules_loaded(_HELP, stages) == []


def test_help_imports_no_module_a_command_needs_only_when_it_runs() -> None:
    """`--help` loads neither `typing` (annotations only), `pathlib` nor `json`."""
    assert modules_loaded(_HELP, ["typing", "pathlib", "json"]) == []


def test_the_limit_option_defaults_to_the_library_limit() -> None:
    """`--limit` defaults to the same number as `expand`'s *limit*."""
    assert scheduling.DEFAULT_LIMIT == _options.DEFAULT_LIMIT
