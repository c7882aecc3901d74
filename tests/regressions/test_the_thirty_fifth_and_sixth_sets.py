"""
Regression: the thirty-fifth and thirty-sixth blind sets. A runner's "8×400 repeats" and
"eight 400-meter repeats" were read as 400 repetitions; "4 × 10 sec. strides" lost its
movement at the unit's dot and was a hold; "30 seconds up to a minute" was 30 seconds;
"Repeat at least 3 and no more than 10 times" was refused; "one day off every week" was
once a week; "a 3-day workout week" was a course of 3 days; "Do this for 3 to 5 seconds"
was a timed bout; "Bend your knees slightly if needed" made the exercise as needed.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    ["Today was 8×400 repeats.", "Run 8 X 400 fast", "5 x 200 easy with 30 s rest"],
)
def test_a_runners_round_repeats_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "repeats of a distance" in (reading.note or "")


def test_repeats_of_a_distance_count_the_repeats() -> None:
    reading = read("It involves running eight 400-meter repeats at a challenging pace")
    assert (reading.reps, reading.ambiguous) == (8, True)
    assert "a distance is not part of a dose" in (reading.note or "")


def test_a_unit_between_a_count_and_reps_is_not_skipped() -> None:
    assert read("10 slow reps").reps == 10
    with pytest.raises(PhraseError):
        read("20 meter reps")  # a distance, not 20 repetitions
    reading = read("30 second reps")
    assert reading.reps is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("4 × 10 sec. strides", None),
        ("5 × 1 min. fast spin", None),
        ("Hold 10 sec. Relax. Repeat 5 times.", 10),
        ("hold 10 sec. then relax, 5 times", 10),
    ],
)
def test_a_units_dot_does_not_end_the_sentence(text: str, seconds: int | None) -> None:
    assert read(text).hold_seconds == seconds


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Holding the stretch for 30 seconds up to a minute can be of benefit", [30, 60]),
        ("can be done once or twice a day for 30 seconds up to a minute or more.", [30, 60]),
        ("hold for 30 seconds to 2 minutes", [30, 120]),
    ],
)
def test_a_length_up_to_a_longer_length_is_a_range(text: str, hold: list[int]) -> None:
    assert read(text).as_dict()["hold_seconds"] == hold


def test_spending_a_length_to_a_longer_one_on_moving_work_is_no_hold_range() -> None:
    reading = read(
        "Foam rolling can be done pre- and post-workout. Spend 30 seconds to one minute."
    )
    assert reading.hold_seconds != [30, 60]


def test_at_least_and_no_more_than_repetitions_is_a_range() -> None:
    assert read("Repeat at least 3 and no more than 10 times.").as_dict()["reps"] == [3, 10]


@pytest.mark.parametrize(
    "text",
    ["Try to take one day off every week.", "Always have at least one day of rest each week."],
)
def test_a_rest_day_a_week_is_no_session_a_week(text: str) -> None:
    reading = read(text)
    assert reading.times_per_week is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "per_week"),
    [("works as a 3-day workout week", 3), ("a 4-day training week", 4), ("a 3-day week", 3)],
)
def test_an_n_day_week_is_days_a_week(text: str, per_week: int) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days) == (per_week, None)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Do this for 3 to 5 seconds, and repeat 5 to 10 times.", [3, 5]),
        ("Do this for about 5 seconds.", 5),
        ("Do this for 30 seconds.", None),
        ("March on the spot. Do this for 10 seconds", None),
    ],
)
def test_doing_it_for_a_few_seconds_is_a_hold(text: str, hold: object) -> None:
    assert read(text).as_dict()["hold_seconds"] == hold


@pytest.mark.parametrize(
    ("text", "prn"),
    [
        ("Bend your knees slightly if needed, and hold for 20 seconds.", False),
        ("Use a chair for support if needed. 3 x 10 daily", False),
        ("Use ice as needed", True),
        ("Keep doing it as needed", True),
    ],
)
def test_a_position_if_needed_is_how_it_is_done(text: str, prn: bool) -> None:
    assert read(text).prn is prn
