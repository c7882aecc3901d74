"""Stop rules and phase criteria in programme files: read, written back, and in the schema."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import ProgrammeError
from rehabplan.files import dumps, loads, schema
from rehabplan.model import STOP_ACTIONS, Phase, Programme, StopRule
from rehabplan.protocols import NERVE_RED_FLAGS, silbernagel

BASE = 'title = "Sciatic"\nstart = 2027-03-01\ntimezone = "Europe/London"\n'

stop_rules = st.builds(
    StopRule,
    what=st.text(alphabet="abcdefghij kl", min_size=1, max_size=20).filter(str.strip),
    above=st.none() | st.integers(0, 9),
    action=st.sampled_from(STOP_ACTIONS),
)


def test_toml_stop_rules_are_read() -> None:
    """``[[stop_rules]]`` tables become the programme's StopRule values."""
    text = BASE + (
        '[[stop_rules]]\nwhat = "the calf gets sore"\n\n'
        '[[stop_rules]]\nwhat = "pain"\nabove = 5\naction = "ease off"\n'
    )
    assert loads(text).stop_rules == (
        StopRule(what="the calf gets sore"),
        StopRule(what="pain", above=5, action="ease off"),
    )


def test_a_bad_action_names_its_place() -> None:
    """An unknown action is a ProgrammeError at its key path, listing the actions."""
    with pytest.raises(ProgrammeError) as info:
        loads(BASE + '[[stop_rules]]\nwhat = "pain"\naction = "panic"\n')
    assert ("stop_rules[0]" in str(info.value), "seek urgent medical care" in str(info.value)) == (
        True,
        True,
    )


@given(
    programme_rules=st.lists(stop_rules, max_size=3),
    criteria=st.lists(st.sampled_from(["pain-free hops", "3 x 15 heel raises"]), max_size=2),
    format=st.sampled_from(["toml", "json"]),
)
def test_stop_rules_and_criteria_round_trip(
    programme_rules: list[StopRule], criteria: list[str], format: str
) -> None:
    """Whatever the rules and criteria, dumping and loading gives the same programme."""
    programme = Programme(
        title="Round trip",
        start=dt.date(2027, 3, 1),
        timezone="UTC",
        stop_rules=programme_rules,
        phases=[Phase(name="Later", after_weeks=2, criteria=criteria)],
    )
    assert loads(dumps(programme, format=format), format=format) == programme  # type: ignore[arg-type]


def test_protocol_files_match_the_schema() -> None:
    """A protocol with stop rules and criteria, written out, is valid under the schema."""
    programme = attrs.evolve(silbernagel(dt.date(2027, 3, 1)), stop_rules=NERVE_RED_FLAGS)
    jsonschema.validate(json.loads(dumps(programme, format="json")), schema())
    assert loads(dumps(programme)) == programme
