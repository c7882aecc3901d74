"""
Regression: a review of the reader after the twenty-second blind set. Rest days said
with "but", "bar", "other than", "apart from", a heading ("Rest day: Sunday"), "off" or
"skip", and weekends off, were read as the days of the sessions; a count with a scale
word before hours ("100 billion hours") raised an `OverflowError`; "eaten" was split
into "ea" (each side) and "ten".
"""

from __future__ import annotations

import pytest

from rehabplan import parse_dose, parse_timing
from rehabplan.errors import PhraseError
from rehabplan.phrases import read

_ALL_BUT_SUNDAY = ("MO", "TU", "WE", "TH", "FR", "SA")


@pytest.mark.parametrize(
    "text",
    [
        "Every day but Sunday",
        "daily other than Sundays",
        "every day bar Sunday",
        "Every day apart from Sunday",
        "Exercise every day. Rest day: Sunday.",
        "Exercise daily; Sunday is your day off",
        "Skip Sundays, otherwise daily",
        "3 x 10 every day, Sunday off",
    ],
)
def test_a_rest_day_beside_daily_leaves_the_other_days(text: str) -> None:
    reading = read(text)
    assert reading.days_of_week == _ALL_BUT_SUNDAY
    assert not reading.ambiguous


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Rest day on Wednesday", ("MO", "TU", "TH", "FR", "SA", "SU")),
        ("Day off: Friday", ("MO", "TU", "WE", "TH", "SA", "SU")),
        ("Weekend off", ("MO", "TU", "WE", "TH", "FR")),
        ("Rest at weekends", ("MO", "TU", "WE", "TH", "FR")),
        ("Take weekends off", ("MO", "TU", "WE", "TH", "FR")),
        ("Weekends are rest days", ("MO", "TU", "WE", "TH", "FR")),
    ],
)
def test_rest_days_alone_are_asked_never_the_session_days(text: str, days: tuple[str, ...]) -> None:
    reading = read(text)
    assert reading.days_of_week == days
    assert reading.ambiguous
    assert "names the rest days only" in (reading.note or "")


def test_a_plan_s_rest_row_alone_is_noted() -> None:
    reading = read("Monday: Rest Day")
    assert (reading.days_of_week, reading.ambiguous) == (None, False)
    assert "a rest day, not a session" in (reading.note or "")


def test_a_rest_day_beside_named_session_days_is_not_one_of_them() -> None:
    assert read("Rest day Monday, run Tue/Thu/Sat").days_of_week == ("TU", "TH", "SA")


@pytest.mark.parametrize(
    "text",
    [
        "100 billion hours",
        "walk 100 billion hours",
        "hold million billion min",
        "hundred billion hours",
    ],
)
def test_a_length_too_long_for_any_clock_is_refused(text: str) -> None:
    for reader in (read, parse_dose, parse_timing):
        with pytest.raises(PhraseError):
            reader(text)


def test_eaten_is_no_side() -> None:
    assert not read("After you've eaten, 10 reps").per_side
