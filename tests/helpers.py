"""Helpers shared by the tests: zones with interesting rules, external tools, paths."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

#: The tests folder and the repository root.
TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent

#: Time zones with interesting DST rules (Lord Howe shifts by 30 minutes).
ZONES = (
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "UTC",
)


def require_tool(name: str, reason: str) -> None:
    """Skip when an external program is missing, or fail when REHABPLAN_REQUIRE_TOOLS=1 (CI)."""
    if os.environ.get("REHABPLAN_REQUIRE_TOOLS") == "1":
        pytest.fail(f"{name} is required here (REHABPLAN_REQUIRE_TOOLS=1) but missing: {reason}")
    pytest.skip(f"{name} not installed: {reason}")


def which(program: str) -> str | None:
    """Where an external program is, or None."""
    return shutil.which(program)
