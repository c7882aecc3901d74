"""
Regression: the sixteenth blind set of handout phrases. "3 x 10, rest for 30 seconds"
was a 30 s timed bout (the rest was lost, and the calendar's length with it); "Pause for
3-5 seconds, then slowly lower your leg" was a bout, not a hold; "this is one set" then
"complete the second set" was refused; "morning stiffness" scheduled a morning session;
"using about 2 seconds each to lift and lower" was a hold; "one arm at a time" and "then
do the left leg" were not each side.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("3 x 10, rest for 30 seconds", 30),
        ("Hold for 10 seconds. Relax for 30 seconds. Repeat 10 times.", 30),
        ("pause for 2 seconds between reps, 3 x 10", 2),
    ],
)
def test_a_rest_or_relax_for_a_time_is_the_rest(text: str, rest: int) -> None:
    """A rest for a time is the rest between sets, never a timed bout."""
    dose = read(text).dose
    assert dose is not None
    assert (dose.rest, dose.duration) == (dt.timedelta(seconds=rest), None)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        (
            "2) Slowly raise your straight leg. Pause for 3–5 seconds, then slowly lower your leg.",
            [3, 5],
        ),
        ("Pause for one second when your leg is as high as you can lift it.", 1),
    ],
)
def test_a_pause_at_a_point_of_the_movement_is_a_hold(text: str, hold: object) -> None:
    assert read(text).as_dict()["hold_seconds"] == hold


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Complete 10 repetitions for each foot, this is one set. Rest for 30 seconds, "
            "then complete the second set.",
            {"sets": 2, "reps": 10, "per_side": True},
        ),
        ("Do 10 reps, then do another set.", {"sets": 2, "reps": 10}),
        ("Morning stiffness lasting over 60 minutes", {"times_per_day": None, "time_of_day": None}),
        ("the morning numbness is gone", {"time_of_day": None}),
        (
            "repeat 8 to 10 times, using about 2 seconds each to lift and lower the leg.",
            {"hold_seconds": None},
        ),
        ("Do each exercise once or twice per day, one arm at a time.", {"per_side": True}),
        ("Repeat 10-15 times, and then do the left leg.", {"per_side": True}),
    ],
)
def test_sixteenth_set_handout_language(text: str, fields: dict[str, object]) -> None:
    said = read(text).as_dict()
    assert {key: said[key] for key in fields} == fields


def test_this_is_three_sets_still_counts() -> None:
    """'this is one set' says what a set is; a count other than one is read."""
    assert read("10 reps each side, this is 3 sets").sets == 3


def test_a_rest_of_a_day_or_more_is_still_refused() -> None:
    with pytest.raises(PhraseError, match="a day or more is not a bout"):
        read("3 x 10 daily, then rest for 48 hours")


def test_times_said_as_alternatives_across_phrases_are_asked() -> None:
    """'in the morning or before bed' offers two times for one session: asked, never two."""
    reading = read("Use stretching as a daily routine in the morning or before bed.")
    assert reading.ambiguous and "say which" in (reading.note or "")
