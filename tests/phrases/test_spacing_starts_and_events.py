"""Days apart, a weekday the course starts on, and a second event after "before"/"after"."""

from __future__ import annotations

import pytest

from rehabplan import PhraseError
from rehabplan.phrases import parse_timing, read


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # up to 3 a week the schedule spreads the days apart: said in the note
        (
            "3 times a week, not on consecutive days",
            {"times_per_week": 3, "every_n_days": None, "ambiguous": False},
        ),
        ("3x/week, no two days in a row", {"times_per_week": 3, "ambiguous": False}),
        ("3 times per week (non-consecutive days)", {"times_per_week": 3, "ambiguous": False}),
        # with no count it is every other day, as "48 hours apart" is
        ("on non-consecutive days", {"every_n_days": 2, "ambiguous": True}),
        # 4 a week cannot all be apart
        ("4 times a week, not on consecutive days", {"times_per_week": 4, "ambiguous": True}),
        # a weekday a course starts on is not its weekdays
        (
            "for 6 weeks starting Monday",
            {"days_of_week": None, "duration_days": 42, "ambiguous": True},
        ),
        (
            "start on Monday, 3 x 10 daily",
            {"days_of_week": None, "times_per_day": 1, "ambiguous": True},
        ),
        (
            "from Monday to Friday",
            {"days_of_week": ["MO", "TU", "WE", "TH", "FR"], "ambiguous": False},
        ),
        # a session is tied to one event: a second after "before"/"after" is flagged
        ("after breakfast and dinner", {"anchor": "after breakfast", "ambiguous": True}),
        ("before each run and each ride", {"anchor": "before run", "ambiguous": True}),
        ("after each run or ride", {"ambiguous": True}),
        # a list of activities is not a list of events
        ("Walk and run 3 times a week", {"times_per_week": 3, "ambiguous": False}),
    ],
)
def test_read(text: str, fields: dict[str, object]) -> None:
    got = read(text).as_dict()
    assert {k: got[k] for k in fields} == fields


def test_the_strict_reader_refuses_a_second_event_and_a_start_weekday() -> None:
    with pytest.raises(PhraseError, match="a second event"):
        parse_timing("after breakfast and dinner")
    with pytest.raises(PhraseError, match="give the start date"):
        parse_timing("daily for 6 weeks starting Monday")


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # repetitions to failure are no count: the sets are read, the rest noted
        ("3 x max reps", {"sets": 3, "reps": None}),
        ("3 x AMRAP", {"sets": 3, "reps": None}),
        ("max 10 reps", {"reps": 10}),
        # metres are a distance, never repetitions
        ("10 x 100 m", {"reps": 10, "sets": None, "ambiguous": True}),
    ],
)
def test_failure_and_metres(text: str, fields: dict[str, object]) -> None:
    got = read(text).as_dict()
    assert {k: got[k] for k in fields} == fields


@pytest.mark.parametrize(
    "text", ["twice a week on Mon, Wed and Fri", "weekly on Monday and Friday"]
)
def test_fewer_sessions_a_week_than_days_named_is_refused(text: str) -> None:
    with pytest.raises(PhraseError, match="days named; say which days, or drop the count"):
        parse_timing(text)
    if text.startswith("weekly"):  # free text reads the days, each week, and asks
        reading = read(text)
        assert reading.ambiguous and reading.days_of_week == ("MO", "FR")
        return
    with pytest.raises(PhraseError, match="days named; say which days, or drop the count"):
        read(text)
