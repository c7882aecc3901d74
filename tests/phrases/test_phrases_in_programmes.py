"""Progression phrases and relative appointment dates (the programme's own small readers)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import plain_doses as doses
from tests.strategies import progressions_for

from rehabplan import parse_progression, resolve_date
from rehabplan.errors import PhraseError
from rehabplan.model import Progression

VISIT = dt.date(2027, 3, 22)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+2 reps each week up to 20", Progression(part="reps", step=2, ceiling=20)),
        ("+2 reps a week to 20", Progression(part="reps", step=2, ceiling=20)),
        ("+1 set every 2 weeks to 4", Progression(part="sets", step=1, ceiling=4, every_weeks=2)),
        (
            "+1 set every other week up to 4",
            Progression(part="sets", step=1, ceiling=4, every_weeks=2),
        ),
        (
            "hold +5 s a week to 45 s",
            Progression(
                part="hold", step=dt.timedelta(seconds=5), ceiling=dt.timedelta(seconds=45)
            ),
        ),
        (
            "+5 s hold each week up to 45 s",
            Progression(
                part="hold", step=dt.timedelta(seconds=5), ceiling=dt.timedelta(seconds=45)
            ),
        ),
        (
            "duration +5 min weekly up to 30 min",
            Progression(
                part="duration", step=dt.timedelta(minutes=5), ceiling=dt.timedelta(minutes=30)
            ),
        ),
        (
            "load +2.5 kg every 2 weeks up to 20 kg",
            Progression(part="load", step=2.5, ceiling=20.0, every_weeks=2, unit="kg"),
        ),
    ],
)
def test_progression_phrases(text: str, expected: Progression) -> None:
    """Each form of progression phrase reads to its Progression."""
    assert parse_progression(text) == expected


@given(doses().flatmap(progressions_for))
def test_progression_text_round_trip(progression: Progression | None) -> None:
    """str() of a progression reads back to an equal progression."""
    if progression is not None:
        assert parse_progression(str(progression)) == progression


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "+2 reps each weak up to 20",
            "cannot read '+2 reps each weak up to 20': unknown word 'weak' (characters 14-17); "
            "did you mean 'week'?",
        ),
        (
            "more reps",
            "cannot read 'more reps': not a progression; write it like '+2 reps each "
            "week up to 20', '+1 set every 2 weeks up to 4' or 'hold +5 s each week up to 45 s'",
        ),
    ],
)
def test_bad_progression_phrases(text: str, expected: str) -> None:
    """An unreadable progression is a PhraseError that quotes it and says what to write."""
    with pytest.raises(PhraseError) as info:
        parse_progression(text)
    assert str(info.value) == expected


@given(st.text(max_size=40))
def test_progression_parser_fuzz(text: str) -> None:
    """Any text gives a Progression or a PhraseError quoting the text."""
    try:
        result: object = parse_progression(text)
    except PhraseError as exc:
        result = exc.text
    assert result == text or isinstance(result, Progression)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", dt.date(2027, 3, 22)),
        ("tomorrow", dt.date(2027, 3, 23)),
        ("in 3 days", dt.date(2027, 3, 25)),
        ("in a week", dt.date(2027, 3, 29)),
        ("in two weeks", dt.date(2027, 4, 5)),
        ("in a fortnight", dt.date(2027, 4, 5)),
        ("10 days later", dt.date(2027, 4, 1)),
        ("next Tuesday", dt.date(2027, 3, 23)),
        ("Tuesday", dt.date(2027, 3, 23)),
        ("on Mon", dt.date(2027, 3, 29)),
        ("next Monday", dt.date(2027, 3, 29)),
        ("2027-04-01", dt.date(2027, 4, 1)),
    ],
)
def test_relative_dates(text: str, expected: dt.date) -> None:
    """Relative dates resolve against the visit; a weekday is the first one after the visit."""
    assert resolve_date(text, visit=VISIT) == expected


@given(
    st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)),
    st.sampled_from(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),
)
def test_next_weekday_is_within_a_week_after_the_visit(visit: dt.date, day: str) -> None:
    """'next DAY' is 1 to 7 days after the visit and falls on that weekday."""
    result = resolve_date(f"next {day}", visit=visit)
    assert 1 <= (result - visit).days <= 7
    assert result.strftime("%A").lower() == day


def test_misspelt_weekday_gets_a_suggestion() -> None:
    """A misspelt weekday is a PhraseError with 'did you mean'."""
    with pytest.raises(PhraseError) as info:
        resolve_date("next Tusday", visit=VISIT)
    assert info.value.suggestions == ("tuesday",)
