"""
Regression: rules from the blind sets `-51` and `-52`. "AC" and "PC" in a name ("an AC
technique", "the AC joint") were medicine's codes for before and after meals; a limb
named with an adjective ("each upper trap") was no side; a count for each side followed
by the sets ("Side leg raises- 20 each side x 2") was refused as two counts; and a count
said again with "another" or "a further" was passed over ("Perform 10 repetitions ... and
repeat a further 10 times" was one set of 10).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Daily airway clearance routine (Choosing an AC Technique)",
        "AC joint stretch 3 x 10 daily",
        "The AC routine should be reviewed every 6 months",
        "PC muscle squeezes 10 x daily",
    ],
)
def test_the_letters_of_a_name_are_no_meal(text: str) -> None:
    assert read(text).anchor is None


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("1 tab ac", "before meal"),
        ("drug name 250 mg Ac bid x 10 days", "before meal"),
        ("1 tds pc", "after meal"),
        ("3 x 10 pc", "after meal"),
        ("ac and hs", "before meal"),
        ("1 tablet AC daily", "before meal"),
        ("Take 1 tab bid AC for 7 days", "before meal"),
        ("1 tab pc as needed", "after meal"),
        ("Take 1 tab AC with water", "before meal"),
    ],
)
def test_medicines_meal_codes_stay(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    "text",
    [
        "Start by stretching each upper trap for about 30 seconds",
        "Hold 30 s on each lower leg",
        "3 x 10 with either inner thigh",
    ],
)
def test_a_limb_named_with_an_adjective_is_a_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Stretch both inner thighs together, hold 30 seconds",
        "Do each upper limb exercise 10 times",
        "Lift both lower legs together 10 times",
    ],
)
def test_both_limbs_or_a_limbs_exercises_are_no_side(text: str) -> None:
    assert not read(text).per_side


@given(
    reps=st.integers(7, 30),
    sets=st.integers(2, 6),
    side=st.sampled_from(["each side", "per side", "/side", "each leg", "per arm"]),
)
def test_a_count_for_each_side_then_the_sets(reps: int, sets: int, side: str) -> None:
    reading = read(f"Clams {reps} {side} x {sets}")
    assert (reading.sets, reading.reps, reading.per_side) == (sets, reps, True)
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    ["Calf stretch 30 each side x 3", "Wall sit 45 each leg x 3", "Clams 2 each side x 15"],
)
def test_a_still_position_or_more_sets_than_reps_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.per_side
    assert reading.ambiguous
    assert "say what the first number counts" in (reading.note or "")


@given(reps=st.integers(3, 30), word=st.sampled_from(["another", "a further"]))
def test_the_same_count_again_is_a_second_set(reps: int, word: str) -> None:
    reading = read(f"Perform {reps} repetitions, rest for 1 minute and repeat {word} {reps} times.")
    assert (reading.sets, reading.reps) == (2, reps)


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("Squeeze for 5 seconds, 10 times, rest, then repeat another 10 times", 2, 10),
        ("Repeat 5 times, rest, then repeat another 5 times", 2, 5),
        ("Do 10 reps. Rest and repeat another 10 reps. Rest and repeat another 10 reps.", 3, 10),
    ],
)
def test_the_same_count_said_any_way_then_another_is_one_set_more(
    text: str, sets: int, reps: int
) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (sets, reps, False)


@pytest.mark.parametrize(
    "text",
    [
        "Switch legs and repeat another 10 times",
        "Repeat a further 10 times with the other leg",
        "Repeat another 10 times on the other side",
    ],
)
def test_another_count_for_the_other_side_is_that_sides_count(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.per_side) == (10, True)


def test_another_count_after_the_sets_is_asked() -> None:
    reading = read("Do 3 x 10 reps, rest, then repeat another 10 reps")
    assert reading.ambiguous
    assert "say the sets in all" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("Hold 5 s. Repeat another 5 times", None, 6),  # as "5 more times": 6 in all, asked
        ("repeat a further 10 times", None, 11),
        ("Hold for 20 seconds. Repeat another five to 10 times, twice a day.", 2, Range(5, 10)),
    ],
)
def test_another_count_alone_is_read_as_more(text: str, sets: int | None, reps: object) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "perform specific exercises at the beginning of each training session twice a week",
            "before training",
        ),
        ("At the start of every session do 2 x 10 bridges", "before session"),
        ("at the end of each run, 3 x 30 s calf stretch", "after run"),
        ("Finish runs with about four to five strides.", "after run"),
        ("end each session with 3 x 30 s stretches", "after session"),
    ],
)
def test_the_start_or_end_of_an_event_is_before_or_after_it(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    "text",
    [
        "A beginner might benefit from starting with two to three days a week",
        "Begin with 10 squats",
    ],
)
def test_starting_with_a_count_is_no_event(text: str) -> None:
    assert read(text).anchor is None


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("at 8:00, 2:00 and 8:00", ("08:00", "14:00", "20:00")),
        ("at 10:00, 2:00 and 6:00", ("10:00", "14:00", "18:00")),
        ("Three times a day at 8:00, 2:00 and 8:00", ("08:00", "14:00", "20:00")),
        ("Every morning at 5:30", ("05:30",)),
        ("every night at 2:00", ("02:00",)),
    ],
)
def test_a_list_of_bare_times_goes_round_the_day_in_order(
    text: str, times: tuple[str, ...]
) -> None:
    reading = read(text)
    assert reading.time_of_day == times
    assert reading.times_per_day == len(times)
    assert "say 'am' or 'pm'" not in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("Every morning at 7am, Monday to Friday", 1),  # "every morning" is how often
        ("At bedtime (10pm) on Mondays", 1),
        ("Mondays at noon", None),  # noon is a clock time like 12pm
        ("Mondays at 12pm", None),
    ],
)
def test_a_time_of_day_said_as_how_often_keeps_its_count(text: str, per_day: int | None) -> None:
    assert read(text).times_per_day == per_day


@pytest.mark.parametrize(
    ("text", "every", "per_day"),
    [
        ("every one to two hours", None, Range(12, 24)),
        ("Every 1-2 days", Range(1, 2), None),
        ("every one or two days", Range(1, 2), None),
    ],
)
def test_a_range_from_one_is_read_and_asked(text: str, every: object, per_day: object) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.times_per_day) == (every, per_day)
    assert reading.ambiguous


def test_every_one_to_two_days_accepted_is_daily() -> None:
    from rehabplan import parse_prescription

    prescription = parse_prescription("Squats 3 x 10 every 1-2 days", accept_defaults=True)
    assert (prescription.timing.times_per_day, prescription.timing.every_days) == (1, None)
