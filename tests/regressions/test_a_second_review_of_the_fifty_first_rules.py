"""
Regression: a second fresh-eyes review (773 probes) of the rules written for the blind sets
`-51` to `-54`. "10 each" alone crashed; "noon" in a list of clock times moved the morning
times before it to the evening; a morning word anywhere stopped a list going round the day;
a pose held while breathing was repetitions of breaths; any "each" made "another 10" the
other side's count; "at your PC" and "Ice the AC" were meal codes; "Start walking with 5
minutes" was an event; "Side lunges and squats 10 each" was settled as each side;
"Repeat, 10 times" after a hold became two sets; "each one - 3 x 10" was a range; "Lunges
10 each x 3" was refused; "at night" beside a weekday's clock time lost its once a day.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@given(count=st.integers(1, 99), end=st.sampled_from(["", ".", ", daily", " and rest"]))
def test_a_bare_count_each_never_crashes(count: int, end: str) -> None:
    try:
        reading = read(f"{count} each{end}")
    except PhraseError:
        return
    assert reading.reps == count


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("at 8:00 and noon", ("noon", "08:00")),
        ("3 times a day at 8:00, noon and 4:00", ("noon", "08:00", "16:00")),
        ("at 9:00, midday and 9:00", ("noon", "09:00", "21:00")),
        ("at 7:00 in the morning, 1:00 and 7:00", ("07:00", "13:00", "19:00")),
        ("Exercises at 7:00 (before breakfast), 12:30 and 5:00", ("07:00", "12:30", "17:00")),
    ],
)
def test_noon_and_morning_words_keep_a_list_in_order(text: str, times: tuple[str, ...]) -> None:
    assert read(text).time_of_day == times


@pytest.mark.parametrize(
    "text",
    [
        "Child's pose: relax and breathe for 10 breaths",
        "Rest and breathe normally for 3 breaths between sets",
    ],
)
def test_a_position_kept_for_breaths_is_a_hold_asked(text: str) -> None:
    reading = read(text)
    assert reading.reps is None
    assert "counted in breaths" in (reading.note or "")


def test_each_morning_is_no_side_of_another_count() -> None:
    reading = read("Do 10 reps each morning, rest, then repeat another 10 times")
    assert (reading.sets, reading.reps, reading.per_side) == (2, 10, False)


@pytest.mark.parametrize(
    "text",
    [
        "Do PC exercises 3 times a day",
        "Take a break from your PC every hour",
        "Ice the AC for 15 minutes",
    ],
)
def test_the_letters_after_an_article_or_before_exercises_are_a_name(text: str) -> None:
    assert read(text).anchor is None


def test_start_an_activity_with_minutes_is_no_event() -> None:
    reading = read("Start walking with 5 minutes twice a day")
    assert (reading.anchor, reading.times_per_day) == (None, 2)


def test_side_in_an_exercises_name_settles_nothing() -> None:
    reading = read("Side lunges and squats 10 each")
    assert reading.ambiguous
    assert not reading.per_side


def test_a_count_after_repeat_is_the_repetitions_of_the_hold() -> None:
    reading = read("Hold for 5 seconds. Repeat, 10 times")
    assert (reading.sets, reading.reps, reading.hold_seconds) == (None, 10, 5)


def test_repeat_while_holding_a_chair_is_a_second_round() -> None:
    reading = read("Hold onto a chair and march for 30 seconds, rest, then repeat")
    assert reading.sets == 2


def test_each_one_then_a_dose_is_no_range() -> None:
    reading = read("Do each one - 3 x 10")
    assert (reading.sets, reading.reps) == (3, 10)


def test_a_bare_each_then_the_sets_is_asked() -> None:
    reading = read("Lunges 10 each x 3")
    assert (reading.sets, reading.reps, reading.per_side, reading.ambiguous) == (3, 10, True, True)


@pytest.mark.parametrize("text", ["on Mondays at 9pm, at night", "Mondays at 10pm before bed"])
def test_at_night_or_before_bed_is_a_schedule(text: str) -> None:
    assert read(text).times_per_day == 1
