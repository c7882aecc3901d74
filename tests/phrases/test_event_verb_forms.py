"""
An event is named by its verb in any form: "before getting out of bed", "before you
get out of bed" and "before get out of bed" tie the exercise to one event, and "a",
"the" or "your" chair is one chair; two different events in one phrase are asked
about, the first kept.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read
from rehabplan.phrases._lexicon import EVENTS

#: "-ing" forms and their plain forms, as a patient's handout says them.
PLAIN = {
    "getting": "get",
    "sitting": "sit",
    "standing": "stand",
    "going": "go",
    "brushing": "brush",
    "eating": "eat",
}

GERUND_EVENTS = sorted(
    said for said in EVENTS if said.split()[0] in PLAIN and " ".join(said.split()[1:]) != ""
)


@pytest.mark.parametrize("said", GERUND_EVENTS)
@pytest.mark.parametrize("relation", ["before", "after"])
def test_the_plain_form_with_you_names_the_same_event(said: str, relation: str) -> None:
    verb, rest = said.split(" ", 1)
    gerund = read(f"10 times {relation} {said}").anchor
    plain = read(f"10 times {relation} you {PLAIN[verb]} {rest}").anchor
    assert gerund is not None
    assert plain == gerund


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Before you get out of bed, bend your knees 10 times.", "before getting out of bed"),
        ("Repeat ten times before standing.", "before standing up"),
        ("10 times before you eat", "before meal"),
        ("do this before you stand", "before standing up"),
        ("10 times when you get up from your chair", "when standing up"),
        ("10 times each time you get up from the chair", "when standing up"),
    ],
)
def test_handout_events(text: str, anchor: str) -> None:
    reading = read(text)
    assert reading.as_dict()["anchor"] == anchor
    assert not reading.ambiguous, reading.note


def test_two_events_keep_the_first_and_ask() -> None:
    reading = read("Before you get out of bed, flex your feet. Repeat ten times before standing.")
    assert reading.as_dict()["anchor"] == "before getting out of bed"
    assert reading.reps == 10
    assert reading.ambiguous
    assert "two events, 'Before you get out of bed' and 'before standing'" in (reading.note or "")
