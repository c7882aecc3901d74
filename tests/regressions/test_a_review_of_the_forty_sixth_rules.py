"""
Regression: a fresh-eyes review of the rules written from the forty-first to forty-sixth
sets (873 probes). A label's number before a clock time ("Dose 1 - 8am") began a span at
1 am; a dash joined a hold to the relaxing after it ("Hold 5 seconds - 10 seconds
relax"); degrees, kilograms and sets to the left and right were repetitions each side;
circles "x 10 + 10 forwards and backwards" were each side; an event before a course named
later ("before exercise. This programme lasts 6 weeks") was dropped; "beginning" was
always exercise; "if pain persists for 3 days after exercise" left "after exercise" as
the anchor; "Mon-Wed-Fri" was Monday to Friday.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Dose 1 - 8am, Dose 2 - 8pm", ("08:00", "20:00")),
        ("Week 1 - 6pm", ("18:00",)),
        ("Round 2 - 12pm", ("12:00",)),
        ("from 8 to 8pm", ("08:00",)),
        ("5-6pm", ("17:00",)),
    ],
)
def test_a_label_number_before_a_clock_time_starts_no_span(
    text: str, times: tuple[str, ...]
) -> None:
    assert read(text).time_of_day == times


@pytest.mark.parametrize(
    "text",
    [
        "Squeeze 5 seconds - 10 seconds release x 10",
        "Hold 10 seconds - 20 seconds normal breathing, 5 times",
        "Hold 30 seconds – 1 minute relaxation afterwards",
    ],
)
def test_a_dash_before_the_relaxing_makes_no_range(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return  # refused, as it was before the dash was read
    assert reading.hold_seconds in (10, 30)


@pytest.mark.parametrize(
    ("text", "sets", "reps", "side"),
    [
        ("Do 2 sets on the right and 2 sets on the left", 2, None, True),
        ("Look 10 times to the left and 10 times to the right", None, 10, False),
        ("Arm circles x 10 + 10 forwards and backwards", None, 10, False),
        ("Hip circles x 10 + 10 each direction", None, 10, False),
    ],
)
def test_counts_to_the_left_and_right_keep_what_they_count(
    text: str, sets: int | None, reps: int | None, side: bool
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, bool(reading.per_side)) == (sets, reps, side)


@pytest.mark.parametrize(
    "text",
    [
        "Lean 20 degrees to the left and 20 degrees to the right, hold 5 seconds",
        "Move the weight 2 kg to the left and 2 kg to the right",
    ],
)
def test_a_measure_to_the_left_and_right_is_no_count(text: str) -> None:
    assert read(text).reps is None


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Stretch before beginning your run", "before run"),
        ("Before beginning work, stretch 3 x 30 s", "before work"),
    ],
)
def test_beginning_something_is_before_that_thing(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    "text",
    [
        "if pain persists for more than 3 days after exercise, rest",
        "Soreness lasting 2 or more days means you did too much",
        "if pain lingers for 2 days, reduce",
    ],
)
def test_a_symptom_lasting_after_an_event_is_no_course_and_no_anchor(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.anchor, reading.prn) == (None, None, False)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Mon-Wed-Fri 3 x 10", ("MO", "WE", "FR")),
        ("Mon-Fri 3 x 10", ("MO", "TU", "WE", "TH", "FR")),
    ],
)
def test_days_chained_by_dashes_are_a_list(text: str, days: tuple[str, ...]) -> None:
    assert read(text).days_of_week == days


@pytest.mark.parametrize(
    ("text", "per_day"),
    [("daily 2 times for 2 weeks", 2), ("Do it daily, 2 times", 2), ("Stretch daily 3 times", 3)],
)
def test_a_count_after_daily_is_the_sessions_wherever_the_phrase_goes_on(
    text: str, per_day: int
) -> None:
    assert read(text).times_per_day == per_day


def test_a_count_a_second_round_is_no_rate() -> None:
    assert read("Do 10 reps a second round").reps == 10


def test_going_a_week_without_pain_is_when_to_stop() -> None:
    assert read("3 x 10 daily until you go 1 week without pain").duration_days is None


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("Take your weight down to 50% and complete 5 perfect sets of 5 reps.", 5, 5),
        ("3 light sets of 10", 3, 10),
    ],
)
def test_a_word_of_manner_between_a_count_and_sets_keeps_the_sets(
    text: str, sets: int, reps: int
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)


def test_a_named_hold_of_a_length_is_a_hold() -> None:
    assert read("2 minute hollow hold").hold_seconds == 120


def test_a_circuit_repeated_two_more_times_is_three_rounds() -> None:
    assert read("Repeat circuit two more times!").sets == 3


@pytest.mark.parametrize("text", ["I finish with a 2:45 wall-sit.", "0:45 plank, 3 x daily"])
def test_minutes_and_seconds_before_a_held_position_are_no_clock_time(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert not reading.time_of_day


def test_a_rest_before_each_exercise_is_between_exercises() -> None:
    reading = read("You should rest for 30 seconds before you start each exercise.")
    assert reading.anchor is None
    assert "a rest between exercises" in reading.note
