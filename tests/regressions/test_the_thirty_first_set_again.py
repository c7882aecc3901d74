"""
Regression: misses of the thirty-first blind set that had a general cause. A round count
of a hundred in "4 x 100" was read as a hundred repetitions with no word of doubt,
though swimmers and runners write repeats of a distance that way; "as many times as
you want" and "as many days per week as you'd like" were a vague amount asked about,
when they say the sessions are as the patient wishes (as needed); twenty seconds
"fast on a downhill" was a hold.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "4 X 100 on whatever sendoff/turnaround gives 15-20 seconds rest",
        "5x100 negative split with about 20 seconds rest",
        "4 x 200 easy",
        "Swim 6 x 50.",
        "3 x 400 with a 400 m recovery in between",
    ],
)
def test_a_round_count_of_fifty_or_more_may_be_a_distance(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "repeats of a distance" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("2 x 50 calf raises", 50),
        ("3 x 100 skips", 100),
        ("3 x 60 with 30 seconds rest", 60),
        ("2 x 30", 30),
        ("3 x 100 reps", 100),
    ],
)
def test_a_count_that_names_what_it_counts_is_the_reps(text: str, reps: int) -> None:
    reading = read(text)
    assert reading.reps == reps
    assert "repeats of a distance" not in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "You can do these exercises as many times as you want during the day.",
        "Perform the workout as many days per week as you\u2019d like.",
        "Perform the workout as many days per week as you'd like.",
        "do it as many times a day as you like",
        "as many times as you wish",
    ],
)
def test_as_many_times_as_you_like_is_as_needed(text: str) -> None:
    reading = read(text)
    assert reading.prn
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Then 4-5x20 seconds fast on a soft, gentle downhill",
        "6 x 20 seconds uphill",
        "8 x 30 seconds on a hill",
    ],
)
def test_fast_or_hill_work_for_a_time_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None
