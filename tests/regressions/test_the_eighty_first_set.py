"""
Regression: rules from the blind sets `-75` to `-82`. A symptom's condition followed by
doing less ("If your pain is worse after exercise ..., do not do these") was a session
taken as needed after exercise; "increase as pain dictates" was as needed; "10 Hold" in a
row of "N Sets, N Reps" was nothing; "at the end of the day" was nothing; "Once holding
... is easy" was one repetition; "repeat one time" was one in all; "from 6 weeks" at the
end and "where pain persists for 6 weeks" were courses; "After doing the exercises daily
for seven weeks" was an event of each session; "discontinue if pain" was as needed.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "If your pain is much worse right after exercise and stays worse the next day, "
        "do not do any of these exercises.",
        "If pain is worse after exercise, don't do the exercises the next day.",
        "If you have more pain in your hand afterwards do fewer exercises the next time.",
        "If you are sore after running, reduce the distance.",
    ],
)
def test_a_symptom_then_doing_less_is_a_rule_not_a_session(text: str) -> None:
    reading = read(text)
    assert not reading.prn
    assert reading.anchor is None
    assert "what to do if the symptom comes" in reading.note or "a rule to do less" in (
        reading.note
    )


def test_a_symptom_then_a_dose_is_still_as_needed() -> None:
    reading = read("If pain, ice for 10 minutes; do not apply ice to bare skin.")
    assert reading.prn


@pytest.mark.parametrize(
    ("text", "prn"),
    [
        ("Start with short walks of up to 10 minutes and increase as pain dictates.", False),
        ("Walk daily and progress gradually as needed", False),
        ("Increase as needed", False),
        ("Ice as needed", True),
        ("Use the stretch as needed", True),
    ],
)
def test_a_dose_growing_as_needed_is_how_to_progress(text: str, prn: bool) -> None:
    assert read(text).prn is prn


@pytest.mark.parametrize("seconds", [3, 5, 10, 30])
def test_a_hold_labelled_after_its_number_in_a_row_is_seconds(seconds: int) -> None:
    reading = read(f"1 Sets, 10 Reps, {seconds} Hold, 5 X Day, 7 X week")
    assert (reading.sets, reading.reps, reading.hold_seconds) == (1, 10, seconds)
    assert (reading.times_per_day, reading.times_per_week) == (5, 7)


@pytest.mark.parametrize(
    "text",
    [
        "Wear the compression sleeve for two to three hours at the end of the day",
        "Do these at the end of the day.",
        "Stretch at the end of each day",
    ],
)
def test_the_end_of_the_day_is_the_evening(text: str) -> None:
    reading = read(text)
    assert reading.time_of_day == ("evening",)
    assert not reading.ambiguous


def test_the_end_of_the_day_before_sleep_is_the_bedtime_said() -> None:
    reading = read("Stretch at the end of the day before you go to sleep")
    assert reading.time_of_day == ("bedtime",)


def test_the_end_of_the_day_said_first_is_asked() -> None:
    reading = read("At the end of the day, it is your choice")
    assert reading.ambiguous
    assert "when all is said" in reading.note


def test_by_the_end_of_the_day_is_no_time_of_day() -> None:
    assert read("You should be walking 20 min by the end of the day").time_of_day is None


@pytest.mark.parametrize(
    "text",
    [
        "Once just holding arm for 4 sets of 30 second is easy, hold a bottle and repeat.",
        "Once holding for 30 seconds is easy, add a weight.",
        "Once walking is comfortable, walk 20 minutes daily",
    ],
)
def test_once_before_a_doing_is_when_not_a_count(text: str) -> None:
    assert read(text).reps is None


@pytest.mark.parametrize("text", ["Once during the day", "Once every morning"])
def test_once_before_a_time_is_still_a_count(text: str) -> None:
    assert read(text).times_per_day == 1


@pytest.mark.parametrize("text", ["Rest 2 minutes, and repeat one time.", "repeat 1 time"])
def test_repeating_one_time_is_two_in_all_asked(text: str) -> None:
    reading = read(text)
    assert reading.reps == 2
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Resistive biceps strengthening from 6 weeks",
        "Repeat daily from 2 weeks",
        "where pain persists for 6 weeks or more",
        "while symptoms last for 2 weeks",
    ],
)
def test_a_start_or_a_symptom_s_length_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@given(st.integers(min_value=2, max_value=20), st.sampled_from(["days", "weeks", "months"]))
def test_a_start_from_a_time_at_the_end_is_never_a_course(n: int, unit: str) -> None:
    assert read(f"Gentle strengthening from {n} {unit}").duration_days is None


def test_after_a_whole_course_said_first_is_no_event() -> None:
    reading = read("after doing the exercises daily for seven weeks")
    assert reading.anchor is None
    assert reading.ambiguous
    assert "after a whole course" in reading.note


@pytest.mark.parametrize(
    "text", ["After each run, stretch for 2 weeks", "ice after exercise for 6 weeks"]
)
def test_an_event_of_each_session_with_a_course_is_kept(text: str) -> None:
    assert read(text).anchor is not None


def test_a_measure_increased_to_a_count_is_a_target() -> None:
    reading = read(
        "Repeat this exercise 10 times, gradually increasing the amount of time you hold "
        "the tension to a count of 10"
    )
    assert reading.reps == 10
    assert reading.hold_seconds is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Discontinue immediately if you feel any pain or discomfort",
        "If pain occurs, discontinue the exercise",
        "Cease the exercise if you have pain",
    ],
)
def test_discontinuing_for_a_symptom_is_no_session_as_needed(text: str) -> None:
    assert not read(text).prn


@pytest.mark.parametrize("text", ["have your height measured once a year", "once per year"])
def test_once_a_year_is_a_yearly_interval_asked(text: str) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.reps) == (365, None)
    assert reading.ambiguous


def test_more_than_once_a_year_is_asked_never_repetitions() -> None:
    reading = read("twice a year")
    assert reading.reps is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Begin holding to a 35 count in the up position.", 35),
        ("holding your stretches for a minimum of an eight count for each stretch", 8),
        ("Count till 10, and relax.", 10),
        ("hold while counting slowly to 25.", 25),
        ("Hold each stretch and slowly count to 5.", 5),
        ("Hold this position for a 5-10 count", Range(5, 10)),
    ],
)
def test_a_hold_counted_out_is_seconds(text: str, hold: int | Range) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text", ["lower for a 3 count", "breathe in for a 4 count", "Lower slowly count to 3"]
)
def test_a_count_for_the_pace_or_a_breath_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    ("text", "reps", "per_side"),
    [
        ("Do 15 of each of these four exercises", 15, False),
        ("Do 10 of each exercise twice a day", 10, False),
        ("Do 10 of each side", 10, True),
        ("You can perform 15-20 of these repetitions", Range(15, 20), False),
        ("Do 3 of these repetitions", 3, False),
    ],
)
def test_a_count_of_each_or_of_these_repetitions_is_the_repetitions(
    text: str, reps: int | Range, per_side: bool
) -> None:
    reading = read(text)
    assert (reading.reps, reading.per_side) == (reps, per_side)


@given(st.integers(min_value=1, max_value=10))
def test_the_first_whole_days_said_in_hours_are_a_course(days: int) -> None:
    assert read(f"Ice and compress (first {24 * days} hours)").duration_days == days
    assert read(f"Continue for at least {24 * days} hours.").duration_days == days


def test_a_rest_of_a_day_or_more_in_hours_is_still_refused() -> None:
    with pytest.raises(PhraseError, match="not a bout"):
        read("rest for 48 hours")
