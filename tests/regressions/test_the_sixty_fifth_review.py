"""
The sixty-fifth fresh-eyes review's findings: limbs placed for another movement, set
labels after a thing ending in -er, a breath held before its count, and a way of moving
said before its days a week off a surface.
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
        "Lift each of your legs up and down 10 times",
        "Stretch each of your legs and hold 30 seconds",
        "Lift each of your legs in turn and repeat 10 times",
        "Lean to each of your sides and hold 20 seconds",
        "Raise each of your legs and lower 10 times",
        "Swing each of your legs forward and back 15 times",
        "Kick each of your legs back and hold 3 s, 10 reps",
        "Straighten each of your legs and hold for ten seconds",
        "Stretch each of your legs and hold 30 s x 3, 2 weeks",
    ],
)
def test_a_limb_moved_on_its_own_with_and_is_each_side(text: str) -> None:
    reading = read(text)
    assert reading.per_side
    assert not reading.ambiguous


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Cross each of your arms over your chest and sit up 10 times", 10),
        ("Bend each of your legs to 90 degrees and lift your hips 10 times", 10),
        ("Bend each of your legs, then lift your hips 10 times", 10),
        ("Cross each of your legs at the ankle and squeeze 10 times", 10),
        ("Tuck each of your legs under and rock 10 times", 10),
        ("Bend each of your legs and bridge 8-12 times", Range(8, 12)),
        (
            "Bend each of your legs so your feet are flat on the floor and lift your hips 10 times",
            10,
        ),
    ],
)
def test_limbs_placed_for_a_movement_of_the_body_are_no_side(text: str, reps: object) -> None:
    reading = read(text)
    assert reading.reps == reps
    assert not reading.per_side


@pytest.mark.parametrize(
    "text",
    [
        "Lean against a counter set 3",
        "Hold onto a walker set 2",
        "Stand by a banister set 2",
        "Lie over a bolster set 2",
        "Pass the ball to a partner set 3",
        "Use a timer set 3",
    ],
)
def test_a_set_label_after_a_thing_ending_in_er_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.reps is None or reading.sets is not None


@pytest.mark.parametrize(
    "text",
    [
        "Do a harder set 8",
        "Do an easier set 10",
        "Finish with a longer set 30",
        "Do a heavier set 6",
        "Do a bigger set 12",
        "Add a 4th set 6",
    ],
)
def test_a_set_made_more_or_most_is_one_set(text: str) -> None:
    reading = read(text)
    assert reading.sets is None
    assert reading.reps is not None


def test_a_set_label_with_its_repetitions_labelled_after_it_is_the_sets() -> None:
    reading = read("Hold onto a counter Set 2 Reps 10")
    assert (reading.sets, reading.reps) == (2, 10)


@pytest.mark.parametrize(
    ("text", "reps", "hold"),
    [
        ("Breathe in and hold for 10 seconds, 5 breaths", 5, 10),
        ("Breathe in, hold for 6 seconds, 3 breaths", 3, 6),
        ("Breathe in and hold 10-15 s, 3-5 breaths", Range(3, 5), Range(10, 15)),
        ("Inhale deeply and hold for 10 s, 5 breaths", 5, 10),
        ("Breathe in through your nose and hold it for 8 seconds, 4 breaths", 4, 8),
        ("Hold your breath for 10 sec, 5 breaths", 5, 10),
    ],
)
def test_a_breath_held_counts_its_breaths(text: str, reps: object, hold: object) -> None:
    reading = read(text)
    assert (reading.reps, reading.hold_seconds) == (reps, hold)


@pytest.mark.parametrize(
    "text",
    [
        "Take a deep breath, then hold the stretch 30 seconds, about 6 breaths",
        "Hold the stretch and breathe slowly for 40 s, about 8 breaths",
        "Hold the pose for 30 seconds, 5 breaths",
    ],
)
def test_a_stretch_kept_while_breathing_is_a_length_in_breaths(text: str) -> None:
    reading = read(text)
    assert reading.reps is None
    assert reading.hold_seconds == 30 or reading.hold_seconds == 40


@pytest.mark.parametrize(
    "text",
    [
        "Run at least 3 days a week off the road",
        "Cycling: 3 days a week off the pavement",
        "Go running 3 days a week off the pavement",
        "Run easy 3 days a week off the road",
        "Jog for 20 min 3 days a week off the pavement",
        "Bike 3 days a week off the road",
    ],
)
def test_a_way_of_moving_said_first_gives_its_days_a_week_off_a_surface(text: str) -> None:
    assert read(text).times_per_week == 3


@pytest.mark.parametrize(
    "text",
    [
        "After your long run 1 day a week off the legs",
        "Keep running but take 2 days a week off the road",
        "Have 2 days a week off the pavement",
        "2 days per week off the exercises",
    ],
)
def test_days_off_after_a_run_named_or_a_rest_said_are_never_sessions(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert reading.ambiguous
    assert reading.times_per_week is None


@given(
    verb=st.sampled_from(["Run", "Jog", "Walk", "Cycle", "Swim", "Go running", "Hike"]),
    n=st.integers(min_value=1, max_value=6),
    surface=st.sampled_from(["road", "pavement", "track", "hills", "treadmill"]),
)
def test_any_way_of_moving_before_days_off_a_surface_is_its_days_a_week(
    verb: str, n: int, surface: str
) -> None:
    days = "day" if n == 1 else "days"
    assert read(f"{verb} {n} {days} a week off the {surface}").times_per_week == n


@given(
    rest=st.sampled_from(["Have", "Take", "Give yourself", "Plan", "Allow"]),
    n=st.integers(min_value=1, max_value=6),
    surface=st.sampled_from(["road", "pavement", "track", "hills", "treadmill"]),
)
def test_any_rest_before_days_off_a_surface_is_never_its_days_a_week(
    rest: str, n: int, surface: str
) -> None:
    days = "day" if n == 1 else "days"
    try:
        reading = read(f"{rest} {n} {days} a week off the {surface}")
    except PhraseError:
        return
    assert reading.times_per_week != n or reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "3 days postoperatively, the dressing was changed",
        "6 weeks postpartum you can start running",
        "The pain has been present for three weeks",
        "Your symptoms have been there for 2 weeks",
        "build up their weekly activity levels",
        "Please arrive 10 minutes prior to the walk start time.",
    ],
)
def test_a_point_in_time_a_history_a_measure_or_an_arrival_is_no_course_or_anchor(
    text: str,
) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.times_per_week, reading.anchor) == (None, None, None)


def test_a_course_from_the_day_of_an_operation_is_a_course() -> None:
    assert read("PIP/DIP joint protective ROM—0 to 21 days postoperatively").duration_days == 21


@pytest.mark.parametrize(
    "text",
    ["30 mins x 5 days", "Walk 20 min x 3 days", "Strength + Endurance x 2 days"],
)
def test_days_after_x_with_nothing_of_how_often_are_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(("text", "days"), [("tid x 5 days", 5), ("1 tab bd x 5 days", 5)])
def test_days_after_a_code_of_how_often_are_the_course(text: str, days: int) -> None:
    reading = read(text)
    assert reading.duration_days == days
    assert not reading.ambiguous


@pytest.mark.parametrize("text", ["Every weekend", "walk every weekend", "each weekend"])
def test_every_weekend_is_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize("text", ["at weekends", "every weekend day"])
def test_weekends_said_as_days_are_both_days(text: str) -> None:
    reading = read(text)
    assert reading.days_of_week == ("SA", "SU")
    assert not reading.ambiguous


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("wait at least four weeks between each of your treatments.", 28),
        ("2 weeks between injections", 14),
    ],
)
def test_weeks_between_sessions_are_a_gap_asked(text: str, days: int) -> None:
    reading = read(text)
    assert reading.every_n_days == days
    assert reading.duration_days is None
    assert reading.ambiguous


def test_a_change_to_the_amount_and_the_seconds_each_week_is_a_progression() -> None:
    reading = read("Try to increase the amount and seconds each week.")
    assert reading.times_per_week is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Hold 1 minute and breathe deeply, around 12 breaths", 60),
        ("Hold for 60 seconds, breathing easily, about 12 breaths", 60),
        ("Hold 30 s (breathe!) about 6 breaths", 30),
        ("Hold ½ minute and breathe, about 6 breaths", 30),
    ],
)
def test_breathing_said_between_a_hold_and_its_breaths_keeps_them_its_length(
    text: str, hold: int
) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.reps) == (hold, None)


def test_a_hold_in_breaths_then_a_count_is_the_hold_repeated() -> None:
    reading = read("Hold 20 s 4 breaths, 3 times")
    assert (reading.hold_seconds, reading.reps, reading.sets) == (20, 3, None)
