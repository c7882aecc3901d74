"""A couple of is read as 2 and asked about; a vague interval or length is asked about."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan import PhraseError
from rehabplan.phrases import parse_timing, read


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("every couple of hours", {"times_per_day": 12}),
        ("a couple of times a day", {"times_per_day": 2}),
        ("every couple of days", {"every_n_days": 2}),
        ("for a couple of weeks", {"duration_days": 14}),
        ("a couple of sets of 10", {"sets": 2, "reps": 10}),
        ("every few hours", {"times_per_day": None}),
        ("for a few weeks", {"duration_days": None}),
        ("3 x 10 every several days", {"every_n_days": None, "sets": 3}),
        ("daily for a few days", {"times_per_day": 1, "duration_days": None}),
    ],
)
def test_vague_counts_are_read_as_the_default_or_asked(
    text: str, fields: dict[str, object]
) -> None:
    reading = read(text)
    assert reading.ambiguous
    got = reading.as_dict()
    assert {k: got[k] for k in fields} == fields


def test_the_strict_readers_ask_and_take_two_only_when_accepted() -> None:
    with pytest.raises(PhraseError, match=r"'couple of' is read as 2: say the number"):
        parse_timing("every couple of days")
    accepted = parse_timing("every couple of days", accept_defaults=True)
    assert accepted == parse_timing("every 2 days")
    with pytest.raises(PhraseError, match="a vague interval"):
        parse_timing("every few days")


@given(st.sampled_from(["hours", "days", "weeks"]), st.sampled_from(["every", "for a"]))
def test_a_couple_reads_as_two_wherever_two_would_be_read(unit: str, lead: str) -> None:
    couple = read(f"{lead} couple of {unit}").as_dict()
    two = read(f"{lead.replace(' a', '')} 2 {unit}").as_dict()
    for key in ("text", "ambiguous", "note"):
        del couple[key], two[key]
    assert couple == two
