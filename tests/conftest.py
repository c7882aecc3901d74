"""Shared fixtures and Hypothesis profiles ("dev" by default, "ci" when CI is set)."""

from __future__ import annotations

import os
import shutil

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

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
