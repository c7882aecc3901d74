"""
Regression: `sheet_view` given a datetime as *start* and `build_many` given things that
are not file names let a TypeError out, where the public API answers with its own errors.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rehabplan import expand
from rehabplan.batch import build_many
from rehabplan.errors import ExportError
from rehabplan.examples import achilles
from rehabplan.export.sheet import sheet_view


def test_sheet_view_refuses_a_datetime_start() -> None:
    """A sheet starts on a day: a datetime is refused, naming the argument."""
    schedule = expand(achilles())
    with pytest.raises(ExportError, match="start must be a date"):
        sheet_view(schedule, start=dt.datetime(2000, 1, 1))  # type: ignore[arg-type]


def test_build_many_refuses_what_is_not_a_file_name(tmp_path: Path) -> None:
    """The sessions of a schedule are not programme files."""
    schedule = expand(achilles())
    with pytest.raises(ExportError, match="paths: give the programme files' names"):
        build_many(schedule, tmp_path)  # type: ignore[arg-type]
