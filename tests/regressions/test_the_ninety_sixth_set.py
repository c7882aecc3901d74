"""
Rules general to the misses of the blind set -96 and to the fresh-eyes reviews of the rules
before it: each test names the rule, with phrases of its kind.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Stand on one leg. After 30 seconds, you can switch to the other leg", 30),
        ("Stretch. After 30 seconds, now change to the other side", 30),
        ("Slide your heel towards you. After 5 seconds, slide it back", 5),
        ("Squat down slowly. After 5 seconds, stand up", 5),
        (
            "Lean into the stretch. After 30 seconds, gently come out of it and do the other side",
            30,
        ),
        ("Stretch. After 30 seconds, change over and do the other leg", 30),
        ("Bend your knee. After 10 seconds, slowly straighten it", 10),
        ("Stretch your calf. After 30 seconds, repeat on the other side.", 30),
    ],
)
def test_coming_back_after_words_of_leave_is_the_hold(text: str, held: int) -> None:
    assert read(text).hold_seconds == held


@pytest.mark.parametrize(
    "text",
    [
        "March on the spot. After 30 seconds, rest",
        "Walk briskly. After 5 minutes, slow down",
        "Swim. After 10 minutes, rest",
        "Walk. After 2 minutes, switch over to jogging",
    ],
)
def test_a_point_in_a_bout_is_no_hold_and_not_asked(text: str) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (None, False)
    assert "a point in a bout" in (reading.note or "")


def test_a_repeated_movement_before_a_point_is_still_asked() -> None:
    reading = read("Step ups. After 30 seconds, change to the other leg")
    assert reading.ambiguous
    assert reading.hold_seconds is None


def test_a_point_after_a_timed_hold_stays_a_point() -> None:
    reading = read("Hold for 20 seconds. After 2 minutes, repeat on the other side.")
    assert (reading.hold_seconds, reading.ambiguous) == (20, False)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The brace should stay on in the first 6 weeks", 42),
        ("The splint should remain on in the first 2 weeks", 14),
        ("Ice will continue in the first 3 days", 3),
        ("The sling should be worn in the first 6 weeks", 42),
    ],
)
def test_a_thing_worn_or_kept_on_keeps_its_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    "text",
    [
        "It should continue in the first 6 weeks",
        "This will continue in the first 2 weeks",
        "It will continue within 2 weeks",
    ],
)
def test_it_going_on_in_the_first_weeks_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a symptom going on, or the course?" in (reading.note or "")


def test_a_symptom_going_on_with_a_verb_is_a_change_foreseen() -> None:
    reading = read("It will continue to swell in the first 2 weeks")
    assert (reading.duration_days, reading.ambiguous) == (None, False)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Stand in this position for one minute", 60),
        ("Lie in this position for 2 minutes", 120),
        ("the right leg should be in that position for half a minute", 30),
    ],
)
def test_a_position_kept_for_a_time_is_held(text: str, held: int) -> None:
    assert read(text).hold_seconds == held


@pytest.mark.parametrize(
    "text",
    [
        "It should only take one to two seconds to get into this position.",
        "Oscillate in this position for 2 minutes.",
        "Sit in a comfortable position for 10 minutes and relax",
    ],
)
def test_a_position_with_a_time_not_kept_in_it_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("performing 8 sets of 3 reps rather than 3 sets of 8 reps", 8, 3),
        ("Do 3 sets of 10 instead of 2 sets of 15", 3, 10),
        ("do 3 x 10 rather than 2 x 15", 3, 10),
    ],
)
def test_the_dose_a_dose_replaces_is_noted(text: str, sets: int, reps: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (sets, reps, False)
    assert "what it replaces" in (reading.note or "")


@pytest.mark.parametrize("text", ["once in 15 minutes", "doing push ups once in 10-20 minutes"])
def test_once_in_minutes_is_asked_how_often_or_how_fast(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (None, True)
    assert "how often, or how fast?" in (reading.note or "")


def test_a_count_in_minutes_is_asked() -> None:
    reading = read("3 times in 10 minutes")
    assert reading.ambiguous
    assert reading.times_per_day is None


@pytest.mark.parametrize(
    "text",
    [
        "When lying in bed flip over once in a while and lie on your stomach",
        "stretch once in a while",
    ],
)
def test_once_in_a_while_is_asked_not_one_repetition(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.ambiguous) == (None, True)


@pytest.mark.parametrize(
    "text",
    [
        "Stretch with hands high every time you get up from the couch!",
        "Stretch every time you get up from your desk",
        "Stand up from the sofa 10 times",
    ],
)
def test_getting_up_from_a_seat_is_standing_up(text: str) -> None:
    assert read(text).anchor in ("when standing up", None)
    assert read(text).anchor != "when getting out of bed"


@pytest.mark.parametrize(
    "text",
    [
        "Let's say you start off doing 2-Hand KB Swings, 3 days per week.",
        "2-foot jumps, 3 days per week",
    ],
)
def test_a_count_naming_hands_or_feet_is_no_dose(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.times_per_week) == (None, 3)


@pytest.mark.parametrize(
    "text",
    [
        "If your wound has healed on its own without a skin graft within two weeks then "
        "it is unlikely that you will develop scarring.",
        "If symptoms have settled within 6 weeks, stop the exercises",
    ],
)
def test_a_change_done_within_a_time_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "an expected time" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Top 5 stretches to do before every surf session", "before surf session"),
        ("Following any gaming session", "after gaming session"),
        ("Get to the studio early and warm up before class begins.", "before class"),
        (
            "It's a good idea to do these exercises before and after each gaming session",
            "before and after gaming session",
        ),
        (
            "warm up and cool down before and after your dance sessions",
            "before and after dance session",
        ),
        ("We recommend doing these before your ballet classes", "before ballet class"),
        ("a warm-up before their PE lessons", "before pe lesson"),
    ],
)
def test_an_event_named_in_its_own_words_is_the_anchor(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    "text",
    [
        "conventional physical therapy after each MT session",
        "Stretch Before and After Every Warehouse Shift",
    ],
)
def test_an_event_named_by_words_not_known_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.anchor, reading.ambiguous) == (None, True)
    assert "an event not known" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "In the week before a major race event, run strides only once a week.",
        "Not the day before competition, twice a week",
    ],
)
def test_a_day_or_week_before_a_named_event_is_no_anchor(text: str) -> None:
    reading = read(text)
    # a known event is tied to, and the other day asked about ("the day before the race")
    assert reading.anchor is None or "on another day than the event's" in (reading.note or "")


def test_a_body_part_before_a_slash_is_no_side() -> None:
    reading = read("a 12-week combined ergonomics and neck/shoulder strengthening programme")
    assert (reading.per_side, reading.duration_days) == (False, 84)


@pytest.mark.parametrize("text", ["walk on Tuesday nights", "walk Tuesday and Thursday nights"])
def test_nights_after_a_weekday_are_at_night(text: str) -> None:
    assert read(text).time_of_day == ("night",)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("To Walk for 30 min on top of your normal daily activity on at least five days.", 5),
        ("walk on 6 days; take one day off.", 6),
    ],
)
def test_on_so_many_days_is_asked_as_days_a_week(text: str, days: int) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days, reading.ambiguous) == (days, None, True)


def test_on_so_many_days_a_week_is_not_asked() -> None:
    reading = read("performed home exercises on 4 days/week")
    assert (reading.times_per_week, reading.ambiguous) == (4, False)


@pytest.mark.parametrize(
    "text",
    [
        "Hands hot and swollen after work? Put ice packs on for 20 minutes.",
        "Sore after a run? Ice for 10 minutes.",
        "Feeling stiff? Do these 3 times a day.",
    ],
)
def test_a_symptom_asked_about_then_what_to_do_is_as_needed_and_asked(text: str) -> None:
    reading = read(text)
    assert (reading.prn, reading.ambiguous) == (True, True)
    assert "taken as needed, or who it is for?" in (reading.note or "")


def test_a_symptom_at_a_time_of_day_asked_about_stays_a_note() -> None:
    reading = read("Knee stiff in the morning? Do 10 heel slides.")
    assert (reading.prn, reading.time_of_day) == (False, None)


def test_times_given_as_examples_are_asked() -> None:
    reading = read(
        "walk during the cooler part of the day such as in the morning and later at night."
    )
    assert reading.ambiguous
    assert "times given as examples" in (reading.note or "")


@pytest.mark.parametrize(
    "text", ["Take 30-second breaks every 20-30 squats", "every 10 lunges, switch legs"]
)
def test_a_cue_every_so_many_movements_is_no_count(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.ambiguous) == (None, True)


def test_rounds_of_minutes_are_bouts_not_holds() -> None:
    reading = read("you're going to complete six three-minute rounds")
    assert (reading.sets, reading.hold_seconds) == (6, None)


@pytest.mark.parametrize(
    ("text", "per_day"),
    [("Aim for three or four daily walks.", Range(3, 4)), ("Take two daily walks", 2)],
)
def test_so_many_daily_walks_are_sessions_a_day(text: str, per_day: Range | int) -> None:
    assert read(text).times_per_day == per_day


@pytest.mark.parametrize(
    "text", ["Perform 5 rounds of normal breathing.", "8-10 rounds daily is a good exercise."]
)
def test_rounds_with_no_repetitions_are_asked_sets_or_repetitions(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "sets, or repetitions of a sequence?" in (reading.note or "")


@pytest.mark.parametrize("text", ["3 rounds of 10 reps", "Repeat the circuit three times"])
def test_rounds_or_circuits_with_their_count_said_are_not_asked(text: str) -> None:
    assert not read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Stay in the pose from 1 to 3 minutes.", Range(60, 180)),
        ("Stay in the pose for 1 to 3 minutes.", Range(60, 180)),
    ],
)
def test_a_pose_kept_for_a_time_is_held(text: str, held: Range) -> None:
    assert read(text).hold_seconds == held


def test_resting_in_a_pose_is_no_hold() -> None:
    reading = read("Repeat Cobra/Child's Pose 3-5 times. Then rest in Child's Pose for 5 minutes.")
    assert reading.hold_seconds is None


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("practice at sunrise and at sunset", ("morning", "evening")),
        ("walk at dawn", ("morning",)),
    ],
)
def test_sunrise_and_sunset_are_morning_and_evening(text: str, times: tuple[str, ...]) -> None:
    assert read(text).time_of_day == times


@pytest.mark.parametrize(
    ("text", "every"),
    [
        ("Your baby will be scanned at 4 week intervals", 28),
        ("Walk at 2 day intervals", 2),
        ("Repeat at intervals of 3 days", 3),
    ],
)
def test_at_intervals_is_every_so_many_days(text: str, every: int) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.duration_days) == (every, None)


def test_intervals_of_months_are_asked() -> None:
    reading = read("prophylaxis at 6-month intervals")
    assert (reading.every_n_days, reading.ambiguous) == (180, True)


@pytest.mark.parametrize(("text", "reps"), [("Set 2: 8 reps", 8), ("Set 1: 10 reps", 10)])
def test_a_set_named_by_its_number_is_no_count_of_sets(text: str, reps: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (None, reps)


def test_days_between_sessions_said_after_a_bracket_are_days_apart() -> None:
    text = "Leave enough recovery time (around 3 days) between the more intense sessions"
    assert read(text).duration_days is None


def test_during_each_nappy_change_is_the_event() -> None:
    text = "Give your baby some time on their tummy during each nappy change during the day"
    assert read(text).anchor == "when changing nappy"


def test_a_percentage_after_reps_x_is_no_count_of_sets() -> None:
    with pytest.raises(PhraseError):
        read("Set 3: 1 reps x 95%")


@pytest.mark.parametrize(
    ("text", "reps"),
    [("Day 9- Calf Raises with Bent Leg on a Step", None), ("Day 3: 20 squats", 20)],
)
def test_a_day_of_the_plan_is_no_count(text: str, reps: int | None) -> None:
    reading = read(text)
    assert (reading.reps, reading.ambiguous) == (reps, False)
    assert "a day of the plan" in (reading.note or "")
