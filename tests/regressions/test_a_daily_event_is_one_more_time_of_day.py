"""
Regression: a prescription tied to a daily event and given times of day dropped the
event's session ("3 x 10 before breakfast and at bedtime" was one session a day, at
bedtime, while its text said both), and a count a day beside a daily event was dropped
("twice a day before breakfast" made one session a day).
"""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan import Programme, ScheduleError, expand, parse_prescription


def _expand(text: str) -> list[str]:
    programme = Programme(
        title="A",
        start=dt.date(2027, 3, 1),
        timezone="Europe/London",
        prescriptions=[parse_prescription(f"Squats {text} for 1 week")],
    )
    return [s.start.strftime("%a %H:%M") for s in expand(programme).sessions]


@pytest.mark.parametrize(
    "text",
    [
        "3 x 10 before breakfast and at bedtime",
        "3 x 10 twice a day, before breakfast and at bedtime",
    ],
)
def test_a_daily_event_beside_times_of_day_is_one_more_session(text: str) -> None:
    starts = _expand(text)
    assert len(starts) == 14
    assert {s.split()[1] for s in starts} == {"08:00", "21:00"}


@pytest.mark.parametrize(
    "text",
    ["3 x 10 once a day, before breakfast and at bedtime", "3 x 10 twice a day before breakfast"],
)
def test_a_count_a_day_that_the_event_and_times_do_not_make_is_refused(text: str) -> None:
    with pytest.raises(ScheduleError, match="session\\(s\\) a day"):
        _expand(text)


def test_a_daily_event_alone_is_its_slot() -> None:
    assert _expand("3 x 10 before breakfast") == [
        f"{d} 08:00" for d in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    ]
