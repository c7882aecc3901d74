"""Handout forms: code ranges, slow counts, bedtime, table labels, tempos, half units."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan import PhraseError
from rehabplan.phrases import read

#: Frequency codes and the sessions a day each stands for.
_CODES = {"bid": 2, "bd": 2, "tid": 3, "tds": 3, "qid": 4, "qds": 4}


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # two frequency codes joined by a dash, or "or", are a range
        ("bid-tid", {"times_per_day": [2, 3]}),
        ("tid-qid", {"times_per_day": [3, 4]}),
        ("bd-tds", {"times_per_day": [2, 3]}),
        ("3 times daily or 2 times daily", {"times_per_day": [2, 3]}),
        # a slow count after "hold" is the hold; without "hold" it is a tempo
        ("hold for a slow count of ten", {"hold_seconds": 10}),
        ("lift for a slow count of 3, 10 times", {"hold_seconds": None, "reps": 10}),
        # "last thing at night" is bedtime
        ("last thing at night", {"times_per_day": 1, "time_of_day": ["bedtime"]}),
        ("last thing each night", {"times_per_day": 1, "time_of_day": ["bedtime"]}),
        (
            "first thing in the morning and last thing at night",
            {"times_per_day": 2, "time_of_day": ["morning", "bedtime"]},
        ),
        # table labels of frequency
        (
            "Repetitions : 10 Sets : 2 Frequency / day : once Frequency / week : 4-5 times per week",
            {"reps": 10, "sets": 2, "times_per_day": 1, "times_per_week": [4, 5]},
        ),
        ("Frequency per day: 3", {"times_per_day": 3}),
        # timed sets with the time as an adjective
        (
            "Perform three 1-minute sets for each leg.",
            {"sets": 3, "hold_seconds": 60, "per_side": True},
        ),
        ("3 30-second sets daily", {"sets": 3, "hold_seconds": 30, "times_per_day": 1}),
        # each "once" is its own time of day's session
        (
            "once in the morning, once in the evening",
            {"times_per_day": 2, "time_of_day": ["morning", "evening"], "ambiguous": False},
        ),
        ("once in the morning", {"times_per_day": 1, "time_of_day": ["morning"]}),
        ("twice in the morning", {"times_per_day": 2, "ambiguous": True}),
        # a lifting tempo is not a dose; a step with its reps after it is a box
        ("3 x 10 at 3-1-1-0 tempo", {"sets": 3, "reps": 10, "ambiguous": False}),
        ("3 x 8 tempo 3-0-1", {"sets": 3, "reps": 8, "ambiguous": False}),
        ("calf raise from step 3 x 8+8 2-1-1-2", {"sets": 3, "reps": 8, "per_side": True}),
        ("repeat steps 1 to 4, 10 times", {"reps": 10, "sets": None}),
        # sets and reps told in prose
        ("Do 10, rest, then do another 10.", {"sets": 2, "reps": 10}),
        ("Do 10, rest, then do another 12.", {"sets": None, "ambiguous": True}),
        ("Do 10 then change sides", {"reps": 10, "per_side": True}),
        (
            "Do 10 of these every time you sit down.",
            {"reps": 10, "anchor": "when sitting down"},
        ),
        ("do 2 daily", {"reps": None, "ambiguous": True}),
        # bedtime and after-event wording
        ("1 on retiring", {"times_per_day": 1, "time_of_day": ["bedtime"]}),
        ("3 x 10 upon retiring", {"time_of_day": ["bedtime"], "sets": 3}),
        ("Stretch once you have finished running.", {"anchor": "after run"}),
        ("Stretch after you have finished running.", {"anchor": "after run"}),
        ("3 x 10 once daily", {"times_per_day": 1, "anchor": None}),
        # a clause about medicine or elevation does not time the exercise
        (
            "Do 10 reps twice a day. Take your antibiotics three times a day.",
            {"times_per_day": 2, "reps": 10},
        ),
        (
            "Do these exercises 3 times a day. Keep your leg elevated for 20 minutes every 2 hours.",
            {"times_per_day": 3},
        ),
        ("Elevate for 30 minutes 3 times a day", {"times_per_day": 3}),
        # an interval limited to the waking day has no count a day
        (
            "repeat sessions every 2 hours throughout the day",
            {"times_per_day": None, "ambiguous": True},
        ),
        ("3 times throughout the day", {"times_per_day": 3}),
        # sessions with their length
        ("two five-minute sessions a day", {"times_per_day": 2, "ambiguous": False}),
        ("three 30-minute sessions a week", {"times_per_week": 3, "times_per_day": None}),
        # "a minute and a half"
        ("Hold for a minute and a half.", {"hold_seconds": 90, "ambiguous": False}),
        ("hold 2 minutes and a half", {"hold_seconds": 150}),
        # a repeat after the reps and a rest repeats the set; after a hold it counts reps
        (
            "Perform 10-15 reps, rest 30 seconds, repeat 3 times",
            {"reps": [10, 15], "sets": 3, "ambiguous": False},
        ),
        ("10 reps, rest 1 minute, repeat 3 times", {"reps": 10, "sets": 3}),
        ("Do 10 reps then rest. Repeat 3 times.", {"reps": 10, "sets": 3}),
        ("10 times, rest, and repeat twice more", {"reps": 10, "sets": 3}),
        (
            "Hold 5 seconds, rest 5 seconds, repeat 10 times",
            {"reps": 10, "sets": None, "hold_seconds": 5},
        ),
    ],
)
def test_handout_forms(text: str, fields: dict[str, object]) -> None:
    """Each form is read into the corpus fields."""
    data = read(text).as_dict()
    assert {k: data[k] for k in fields} == fields


def test_a_label_frequency_with_another_period_is_not_read_silently() -> None:
    """'Frequency / day: 2 times per week' names two periods: the reading is flagged."""
    assert read("Frequency / day : 2 times per week").ambiguous


@pytest.mark.parametrize("text", ["every -3 days", "bid -3", "tid -2 times daily"])
def test_a_minus_sign_is_still_a_negative_count(text: str) -> None:
    """Only a dash joined between two frequency codes is a range dash."""
    with pytest.raises(PhraseError, match="cannot be negative"):
        read(text)


@given(st.sampled_from(sorted(_CODES)), st.sampled_from(sorted(_CODES)))
def test_two_codes_joined_by_a_dash_give_their_range(first: str, second: str) -> None:
    """'X-Y' for frequency codes X and Y is X's count to Y's count a day, in either order."""
    low, high = sorted((_CODES[first], _CODES[second]))
    data = read(f"{first}-{second}").as_dict()
    assert data["times_per_day"] == (low if low == high else [low, high])
