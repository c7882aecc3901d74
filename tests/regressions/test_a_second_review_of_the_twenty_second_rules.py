"""
Regression: a second review after the twenty-third blind set. Conditions on going on
("even if pain settles", "when your pain improves") and "skip if painful" were as
needed; a step of a progression ("add a set each week", "add a rep every day",
"increase by 10% weekly", "Do one more rep each day") was how often; holding on for
support ("Hold onto a chair and march for 1 minute") made a hold; "2 drops 4 times a
day" was two repetitions; "bilat" and "Work each side for 30 seconds" lost each side;
run/walk bouts of one length lost one; another activity's weekly timing beside "daily"
was merged; a start in some weeks was a course; a medicine's minutes before an event
were a bout; "hold 1:30" and "rest 1:30" were clock times; a ligature dropped a number
word; "in both hands" was each side.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Do this daily for 6 weeks, even if pain settles",
        "Keep doing them twice a day even when the pain has gone",
        "Carry on with the exercises when your pain improves",
    ],
)
def test_a_condition_on_going_on_is_not_as_needed(text: str) -> None:
    reading = read(text)
    assert not reading.prn
    assert "a condition, not as needed" in (reading.note or "")


def test_skip_if_painful_is_a_stop_rule() -> None:
    reading = read("3 x 10 daily, but skip if painful")
    assert not reading.prn
    assert "a stop rule" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "3 x 10 when in pain",
        "whenever you feel stiff, 10 reps",
        "any time you feel short of breath",
    ],
)
def test_a_symptom_coming_is_still_as_needed(text: str) -> None:
    assert read(text).prn


@pytest.mark.parametrize(
    "text",
    [
        "Start with 1 set of 10 and add a set each week",
        "add a rep every day",
        "Add 1 minute to your walk every day",
        "increase by 10% weekly",
        "Do one more rep each day",
    ],
)
def test_a_step_of_a_progression_is_no_timing(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.times_per_day) == (None, None)
    assert "progression" in (reading.note or "")


def test_a_dose_every_day_is_no_progression() -> None:
    reading = read("do 10 reps every day")
    assert (reading.reps, reading.times_per_day) == (10, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Hold onto a chair and march for 1 minute",
        "Holding the wall, march on the spot for 30 seconds",
    ],
)
def test_holding_on_for_support_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


def test_bare_drops_are_asked() -> None:
    reading = read("2 drops 4 times a day")
    assert (reading.reps, reading.ambiguous) == (None, True)


def test_heel_drops_are_an_exercise() -> None:
    assert read("3 x 15 heel drops").reps == 15


@pytest.mark.parametrize("text", ["3x10 bilat", "Work each side for 30 seconds"])
def test_more_side_words(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text", ["Run 1 minute, walk 1 minute, repeat 10 times", "1 min run / 1 min walk x 10"]
)
def test_two_bouts_of_one_length_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "two timed bouts" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Attend physiotherapy once a week and do your home exercises daily",
        "Gym twice a week, walk daily",
    ],
)
def test_another_activity_s_count_a_week_beside_daily_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "two activities" in (reading.note or "")


def test_daily_on_days_a_week_is_one_timing() -> None:
    reading = read("daily 6 days a week")
    assert (reading.times_per_week, reading.ambiguous) == (6, False)


@pytest.mark.parametrize(
    "text",
    [
        "Start jogging in 4 weeks, 3 times a week",
        "3 x 10 daily, starting in 2 weeks",
        "12 weeks onwards: run 3 times a week",
        "6 weeks+: 3 x 15 daily",
        ">6 weeks: 3 x 15 daily",
    ],
)
def test_a_later_start_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "a start" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    ["2 puffs 15 minutes before exercise", "Take 1 tablet 30 minutes before breakfast"],
)
def test_a_medicine_s_minutes_before_an_event_are_asked(text: str) -> None:
    assert read(text).ambiguous


def test_a_walk_after_dinner_is_a_walk() -> None:
    assert not read("walk 30 minutes after dinner").ambiguous


@pytest.mark.parametrize("text", ["Hold 0:30 x 3", "3 x 10, rest 1:30", "3 x 10 for 1:00"])
def test_minutes_and_seconds_are_no_clock_time(text: str) -> None:
    reading = read(text)
    assert reading.time_of_day is None
    assert reading.ambiguous


def test_a_clock_time_to_walk_at_is_still_one() -> None:
    assert read("walk at 7:30").time_of_day == ("07:30",)


def test_a_ligature_is_refused() -> None:
    with pytest.raises(PhraseError, match="ligature"):
        read("3 x 10 twice daily for \ufb01ve weeks")


def test_an_object_in_both_hands_is_no_side() -> None:
    assert not read("Hold the band in both hands and pull apart 10 times").per_side
