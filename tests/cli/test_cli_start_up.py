"""`rehabplan --help` and building the parser import none of the library's stages."""

from __future__ import annotations

import subprocess
import sys

from rehabplan import scheduling
from rehabplan.cli import _options


def test_help_imports_no_stage() -> None:
    """`--help` loads the command line alone: no model, phrases, files or exporters."""
    code = (
        "import sys\n"
        "from rehabplan.cli import main\n"
        "main(['--help'])\n"
        "stages = ('attrs', 'rehabplan.model', 'rehabplan.phrases', 'rehabplan.scheduling',"
        " 'rehabplan.files', 'rehabplan.catalogue', 'rehabplan.export', 'icalendar', 'jinja2')\n"
        "print([m for m in stages if m in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[-1] == "[]"


def test_help_imports_no_module_a_command_needs_only_when_it_runs() -> None:
    """`--help` loads neither `typing` (annotations only), `pathlib` nor `json`."""
    code = (
        "import sys\n"
        "costly = ['typing', 'pathlib', 'json']\n"
        "before = [m for m in costly if m in sys.modules]\n"
        "from rehabplan.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print([m for m in costly if m in sys.modules and m not in before])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[-1] == "[]"


def test_the_limit_option_defaults_to_the_library_limit() -> None:
    """`--limit` defaults to the same number as `expand`'s *limit*."""
    assert scheduling.DEFAULT_LIMIT == _options.DEFAULT_LIMIT
