"""
Regression: a file name with a lone surrogate ("\\ud800", which no file system can
name) escaped `write_atomic` and `read_data` as a UnicodeEncodeError.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import ExportError, ProgrammeError
from rehabplan.files import read_data, write_atomic


def test_write_atomic_refuses_a_lone_surrogate() -> None:
    """The error names the problem, in one line; nothing is written."""
    with pytest.raises(ExportError, match="lone surrogate"):
        write_atomic("\ud800", b"data")


def test_read_data_refuses_a_lone_surrogate() -> None:
    """Reading goes through the same check."""
    with pytest.raises(ProgrammeError, match="lone surrogate"):
        read_data("plan\ud800.toml")
