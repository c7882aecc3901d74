"""Helpers shared by the tests: zones with interesting rules, external tools, paths, imports."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import settings

#: The tests folder and the repository root.
TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent

#: For the few properties that expand and write whole programmes in every example: a
#: third of the profile's examples (never fewer than the dev profile's 60), so the CI
#: profile stays well inside CI's time.
HEAVY = settings(max_examples=max(60, settings.default.max_examples // 3))

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


def modules_loaded(code: str, watched: Sequence[str]) -> list[str]:
    """
    Which of the *watched* modules a fresh interpreter loads to run *code* (those it
    started with are not counted; a `SystemExit`, as from ``--help``, ends the code).
    """
    script = (
        "import sys\n"
        f"watched = {list(watched)!r}\n"
        "before = {m for m in watched if m in sys.modules}\n"
        "try:\n"
        f"    exec({code!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print([m for m in watched if m in sys.modules and m not in before])\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded: list[str] = ast.literal_eval(run.stdout.splitlines()[-1])
    return loaded
