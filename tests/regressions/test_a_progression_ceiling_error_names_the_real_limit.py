"""
Regression: a progression's ceiling error names the limit the model really holds.

A duration progression past 12 hours was refused with "must be at most 24 hours", so a
clinician who lowered it to 20 hours was refused again; a hold progression's limit was
written by hand beside the constant it checks.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan import ProgrammeError, Progression
from rehabplan.model import format_duration

_LIMITS = {"duration": dt.timedelta(hours=12), "hold": dt.timedelta(hours=2)}


@given(
    part=st.sampled_from(sorted(_LIMITS)),
    over=st.integers(min_value=1, max_value=24 * 3600),
)
def test_a_ceiling_over_the_limit_names_the_limit(part: str, over: int) -> None:
    """Any ceiling past the limit is refused with that limit, and the limit itself is allowed."""
    limit = _LIMITS[part]
    step = dt.timedelta(seconds=5)
    assert Progression(part=part, step=step, ceiling=limit).ceiling == limit
    with pytest.raises(ProgrammeError) as info:
        Progression(part=part, step=step, ceiling=limit + dt.timedelta(seconds=over))
    assert info.value.where == "ceiling"
    assert f"must be at most {format_duration(limit)} (got " in str(info.value)
