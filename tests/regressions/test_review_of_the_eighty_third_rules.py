"""
Regression: a second fresh-eyes review (1,089 probes on frozen copies) of the rules from
the blind sets `-75` to `-83` and their first mends. "After doing the exercise twice
daily for 2 weeks, progress" tied each session to exercise; a symptom's condition
followed by reassurance ("don't worry") was a session as needed after exercise; "at the
end of the day if you can" lost its evening; "count up to 10 reps" was a hold; "Walk to a
4 count" and "Slowly count to 5 as you breathe out" were holds; "Rest the first 24 hours"
and "Continue with the sling for 48 hours" were courses; "Then once kneeling" counted
once; "Take 1 of each" was repetitions; year words were repetitions.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "how_often", ["twice daily", "3 times a week", "each day", "in the morning", "daily"]
)
def test_after_doing_with_how_often_and_a_length_is_after_a_course(how_often: str) -> None:
    reading = read(f"After doing the exercises {how_often} for 2 weeks, progress")
    assert reading.anchor is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    "rest",
    [
        "don't worry",
        "don't hesitate to call",
        "do not worry, it is normal",
        "don't overdo it",
        "reduce it",
        "rest a day",
    ],
)
def test_a_symptom_then_no_dose_is_never_a_session_after_exercise(rest: str) -> None:
    reading = read(f"If your pain is worse after exercise, {rest}")
    assert not reading.prn
    assert reading.anchor is None


@pytest.mark.parametrize(
    "text",
    [
        "If pain, avoid ibuprofen; take paracetamol every 6 hours",
        "If you are sore after exercise, don't worry; ice for 10 minutes.",
        "If pain, ice the area",
        "If sore, do the stretches",
    ],
)
def test_a_symptom_then_a_treatment_is_as_needed(text: str) -> None:
    assert read(text).prn


@pytest.mark.parametrize(
    "text",
    [
        "3 x 10 at the end of the day when you get home",
        "Stretch at the end of the day if you can",
        "Ice at the end of the day if sore",
        "End of day: 3 x 10",
    ],
)
def test_the_end_of_the_day_with_a_condition_after_is_the_evening(text: str) -> None:
    assert read(text).time_of_day == ("evening",)


def test_the_end_of_the_working_day_is_the_evening_of_each_weekday() -> None:
    reading = read("At the end of the working day, 3 x 10")
    assert reading.time_of_day == ("evening",)
    assert reading.days_of_week == ("MO", "TU", "WE", "TH", "FR")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("count up to 10 reps", "reps", 10),
        ("Count until 10 breaths", "reps", 10),
        ("count up to 3 sets", "sets", 3),
    ],
)
def test_counting_up_to_a_count_of_things_is_that_count(text: str, field: str, value: int) -> None:
    reading = read(text)
    assert getattr(reading, field) == value
    assert reading.hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Walk to a 4 count",
        "Slowly count to 5 as you breathe out",
        "slowly count to 3 as you return",
        "Rest for a 10 count",
        "Up for a 2 count, down for a 2 count",
    ],
)
def test_a_count_while_moving_or_breathing_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Start 3 x 10 daily once the first 48 hours have passed",
        "Rest the first 24 hours then start exercises",
        "Swelling peaks the first 48 hours",
        "Continue with the sling for 48 hours, then start pendulums 10 times, 3 times a day",
        "Continue resting for 72 hours",
    ],
)
def test_hours_of_rest_or_a_remark_are_no_course(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return  # refused, with the words named: never a silent course
    assert reading.duration_days is None


@given(st.sampled_from(["Then", "Now", "and", "So"]), st.sampled_from(["kneeling", "standing"]))
def test_once_after_a_joining_word_is_when(joiner: str, position: str) -> None:
    assert read(f"{joiner} once {position}, hold 30 seconds").reps is None


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Repeat once on the other side", 1),
        ("Repeat one time lying on your side", 2),
        ("repeat one time, then switch sides", 2),
    ],
)
def test_another_side_named_after_repeating_once_is_one_there(text: str, reps: int) -> None:
    assert read(text).reps == reps


def test_taking_one_of_each_is_no_repetitions() -> None:
    assert read("Take 1 of each twice a day").reps is None


@pytest.mark.parametrize("text", ["10 of each in the morning", "Do 3 of each exercise on each leg"])
def test_n_of_each_before_a_time_or_a_side_is_repetitions(text: str) -> None:
    assert read(text).reps in (10, 3)


@pytest.mark.parametrize("text", ["once yearly", "1 x yearly", "once per annum"])
def test_year_words_are_a_yearly_interval(text: str) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.reps) == (365, None)


def test_twice_yearly_is_asked_never_repetitions() -> None:
    reading = read("twice yearly")
    assert reading.reps is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text", ["rotate the exercises weekly for 6 weeks", "change the exercises weekly, 3 sets of 10"]
)
def test_changing_exercises_before_a_course_or_a_dose_is_not_asked(text: str) -> None:
    assert not read(text).ambiguous
