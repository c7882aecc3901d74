"""Regression: Silbernagel's phase 3 loaded heavily every day and dosed plyometrics.

The paper loads with added weight 2-3 times a week and gives plyometric training no
dose; the template had both daily, plyometrics at an invented 3 x 20.
"""

from __future__ import annotations

import datetime as dt

from rehabplan.protocols import silbernagel
from rehabplan.scheduling import expand


def test_silbernagel_loads_heavily_two_to_three_times_a_week() -> None:
    """In a phase-3 week the weighted raises come twice and no plyometrics are scheduled."""
    start = dt.date(2027, 3, 1)
    week = expand(silbernagel(start)).week(start + dt.timedelta(weeks=6))
    weighted = {s.day.strftime("%a") for s in week if "added-weight" in s.prescription.id}
    plyometric = [s for s in week if "plyometric" in s.prescription.id]
    assert (sorted(weighted), plyometric) == (["Mon", "Thu"], [])
