"""Numbers beside a prescription that are not its dose or timing never change it silently."""

from __future__ import annotations

import itertools

import pytest
from tests.corpus import FIELDS

from rehabplan import PhraseError
from rehabplan.phrases import read

#: Readable prescriptions.
PRESCRIPTIONS = (
    "3 x 10 twice daily",
    "hold 30 s, 3 times, every other day",
    "2 sets of 15 on Monday and Friday for 4 weeks",
    "10 reps 3 times a day",
    "once daily for 6 weeks",
    "3 x 12 each leg, 3 times a week",
)
#: Words with numbers in them that are a load, a place, a label or a break.
BESIDE = (
    "with a 10 kg weight",
    "on a 20 cm step",
    "using a 2 kg dumbbell",
    "with a 3-day break",
    "at a 45 degree angle",
    "at 70% effort",
    "stage 2",
    "level 3",
    "exercise 4",
    "(see figure 2)",
    "1 of 4",
    "part 2 of 3",
    "raise your leg 10 cm",
    "bend to 90 degrees",
    "page 3",
    "pain 4 out of 10",
    "expect some soreness for 24 hours",
    "swelling may last 6 weeks",
    "it may take up to 3 months",
    "your next appointment is in 2 weeks",
    "You can expect the pain to settle within 6 weeks",
)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("6 of 7", {"times_per_week": 6}),
        ("5 days out of 7", {"times_per_week": 5}),
        ("4 out of 7 days", {"times_per_week": 4, "ambiguous": False}),
        ("3 days of the week", {"times_per_week": 3}),
        ("3 x 10, 1 of 4", {"times_per_week": None, "sets": 3, "ambiguous": False}),
        ("part 2 of 3, once daily", {"times_per_week": None, "times_per_day": 1}),
        # days that cannot be a week's days are asked about
        ("3 out of 5 days, 3 x 10", {"times_per_week": None, "ambiguous": True}),
        # a break is not the course
        ("3 x 10 daily with a 3-day break", {"duration_days": None, "ambiguous": True}),
        ("3 x 10 daily for 2 weeks", {"duration_days": 14}),
        # how long a symptom or recovery takes, and a time ahead, are not the course
        ("expect some soreness for 24 hours, 3 x 10 daily", {"duration_days": None}),
        ("swelling may last 6 weeks. 3 x 10 daily", {"duration_days": None}),
        ("your next physio is in 2 weeks, 3 x 10 daily", {"duration_days": None}),
        ("a programme lasting 6 weeks, daily", {"duration_days": 42}),
        ("complete the programme in 6 weeks", {"duration_days": 42}),
    ],
)
def test_counts_out_of_a_total_and_breaks(text: str, fields: dict[str, object]) -> None:
    got = read(text).as_dict()
    assert {k: got[k] for k in fields} == fields


@pytest.mark.parametrize(
    "text",
    [
        shape.format(b=beside, p=prescription)
        for prescription, beside, shape in itertools.product(
            PRESCRIPTIONS, BESIDE, ["{b}, {p}", "{p}, {b}", "{p} {b}"]
        )
    ],
)
def test_a_number_beside_the_prescription_is_read_apart_or_flagged(text: str) -> None:
    # every pairing: the prescription reads as alone, or the reading is flagged
    prescription = next(p for p in PRESCRIPTIONS if p in text)
    alone = read(prescription).as_dict()
    try:
        got = read(text).as_dict()
    except PhraseError:
        return  # refused, with the words: never silently wrong
    changed = [k for k in FIELDS if got[k] != alone[k]]
    assert not changed or got["ambiguous"], changed
