"""
Rules made from the blind set -153 and the misreads the thirty-ninth fresh-eyes review
found: each test names the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.model import Range
from rehabplan.phrases import read

#: Times of day and meals in the order a day has them.
_SLOTS = ["morning", "noon", "afternoon", "evening", "bedtime"]
_MEALS = ["breakfast", "lunch", "dinner"]


def _listed(words: list[str]) -> str:
    return ", ".join(words[:-1]) + " and " + words[-1]


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("3 x before breakfast, lunch and dinner", 3),
        ("3 times: after breakfast, after lunch and after dinner", 3),
        ("3 x morning, noon and night", 3),
        ("3 times - morning, noon and night", 3),
        ("4 x morning, noon, evening and bedtime", 4),
    ],
)
def test_a_count_as_many_as_the_slots_after_it_is_the_sessions(text: str, per_day: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.reps) == (per_day, None)


@given(
    st.lists(st.sampled_from(_SLOTS), min_size=2, max_size=5, unique=True),
    st.sampled_from(["{n} x ", "{n} times: ", "Do it {n} times - "]),
)
def test_any_count_of_the_slots_listed_after_it_is_that_many_sessions(
    slots: list[str], shape: str
) -> None:
    slots.sort(key=_SLOTS.index)
    reading = read(shape.format(n=len(slots)) + _listed(slots))
    assert (reading.times_per_day, reading.reps) == (len(slots), None)
    assert list(reading.time_of_day or []) == slots


@given(st.lists(st.sampled_from(_MEALS), min_size=2, max_size=3, unique=True))
def test_any_count_of_the_meals_listed_after_it_is_that_many_sessions(meals: list[str]) -> None:
    meals.sort(key=_MEALS.index)
    reading = read(f"{len(meals)} x before {_listed(meals)}")
    assert (reading.times_per_day, reading.reps) == (len(meals), None)


@pytest.mark.parametrize(
    "text", ["3 x night", "Turn 3 x night", "Check skin 2 x night", "3 x before meals"]
)
def test_a_count_before_night_or_meals_is_asked(text: str) -> None:
    assert read(text).ambiguous


def test_a_count_repeated_at_night_stays_the_repetitions() -> None:
    reading = read("Repeat 10 x night")
    assert (reading.reps, reading.ambiguous) == (10, False)


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("Lower the reps by 2 each week", None, None),
        ("Reduce the reps by 2 each week", None, None),
        ("Lower the weight by 1 kg each week, 3 x 10", 3, 10),
        ("Reduce the weight by 1 kg each week, 3 x 10", 3, 10),
        ("Lower the chair height each week, sit to stand 10 x", None, 10),
        ("Lower the bar each week, 3 x 10", 3, 10),
        ("Lower the box each week", None, None),
    ],
)
def test_lowering_a_load_each_week_is_a_progression_not_sessions_a_week(
    text: str, sets: int | None, reps: int | None
) -> None:
    reading = read(text)
    assert reading.times_per_week is None
    assert (reading.sets, reading.reps) == (sets, reps)
    assert "progression" in (reading.note or "")


def test_lifting_and_lowering_a_leg_each_day_stays_the_exercise() -> None:
    reading = read("Lower your leg slowly, 10 reps daily")
    assert (reading.times_per_day, reading.reps) == (1, 10)


@pytest.mark.parametrize(
    "text", ["Swim twice a week, then walk daily", "Swim twice a week; then walk daily for 2 weeks"]
)
def test_swimming_before_another_activity_is_a_stage_not_another_subject(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.times_per_day, reading.ambiguous) == (2, None, True)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Walk daily, and stretch twice a day", None),
        ("Walk daily, then stretch twice a day", None),
        ("Walk daily and then stretch each leg 3 x 30 s twice a day", 30),
    ],
)
def test_daily_and_a_count_a_day_in_two_clauses_are_asked(text: str, hold: int | None) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "two activities" in (reading.note or "")
    assert reading.hold_seconds == hold


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("3 x 10 daily, twice a day", 2),
        ("Do these daily, twice a day", 2),
        ("3 x 10 daily, then twice a day", 1),
    ],
)
def test_daily_beside_a_count_a_day_of_the_same_work_is_not_two_activities(
    text: str, per_day: int
) -> None:
    reading = read(text)
    assert reading.times_per_day == per_day
    assert "two activities" not in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Walk daily, followed by stretching 3 x 30 s", 30),
        ("Jog for 30 s, then 3 x 30 s", None),
        ("Run 3 x 30 s then stretch", None),
    ],
)
def test_a_stretch_after_then_is_held_though_a_walk_came_first(text: str, hold: int | None) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text",
    [
        "When you wake at night, do 10 ankle pumps",
        "On rising from bed at night, take it slow",
        "When getting up from bed during the night, sit first",
        "If you wake in the night, do 10 ankle pumps",
    ],
)
def test_waking_or_getting_up_in_the_night_is_asked_not_a_session(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert (reading.times_per_day, reading.time_of_day) == (None, None)


def test_waking_up_is_still_the_morning() -> None:
    reading = read("When you wake up, do 10 ankle pumps")
    assert (reading.times_per_day, reading.time_of_day, reading.reps) == (1, ("morning",), 10)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Before starting each day, check your feet", ("morning",)),
        ("At the start of each day and before bed, 10 reps", ("morning", "bedtime")),
        ("At the start of the day, 10 reps", ("morning",)),
        ("At the beginning of the day and at bedtime, 10 reps", ("morning", "bedtime")),
        ("First thing each day, 10 reps", ("morning",)),
    ],
)
def test_the_start_of_the_day_is_the_morning(text: str, times: tuple[str, ...]) -> None:
    reading = read(text)
    assert (reading.time_of_day, reading.times_per_day) == (times, len(times))
    assert (reading.anchor, reading.ambiguous) == (None, False)


@pytest.mark.parametrize(
    "text",
    [
        "Take the splint off last thing at night",
        "Take the splint off first thing in the morning",
    ],
)
def test_a_worn_thing_taken_off_first_or_last_thing_is_no_session(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (None, None)
    assert "not a session" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Ice x 1 (change)",
        "Wrap x 1 (change) daily",
        "Towel x 1 (change)",
        "Elastic band x 1 (change)",
        "Ice cubes x 2 (change)",
    ],
)
def test_change_in_brackets_after_more_supplies_is_no_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("Keeping in position for 20 seconds between sets, 3 sets of 10", 3, 10),
        ("Keep in position for 5 seconds between reps, 10 reps", None, 10),
        ("Stay in this position for 1 minute between exercises", None, None),
    ],
)
def test_a_time_kept_still_between_sets_is_a_pause_not_a_hold(
    text: str, sets: int | None, reps: int | None
) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.sets, reading.reps) == (None, sets, reps)
    assert "a pause between" in (reading.note or "")


def test_a_position_kept_for_a_time_before_a_count_stays_held() -> None:
    reading = read("Stay in this position for 30 seconds, 3 times")
    assert (reading.hold_seconds, reading.reps) == (30, 3)


@pytest.mark.parametrize(
    ("text", "per_side"),
    [
        ("Stand on both feet and rise onto your toes 15 times", False),
        ("Standing on both legs, squat 10 times", False),
        ("Heel raises 3 x 15 on both legs", True),
    ],
)
def test_standing_on_both_feet_is_how_to_stand_not_each_side(text: str, per_side: bool) -> None:
    assert read(text).per_side is per_side


@pytest.mark.parametrize(
    ("text", "per_side"),
    [
        ("Place a pillow on each side of their head", False),
        ("Place a pillow on each side of your head", False),
        ("Put a rolled towel on either side of your neck", False),
        ("Stretch each side of your neck 3 x 30 s", True),
    ],
)
def test_a_thing_put_on_each_side_of_the_body_is_a_place(text: str, per_side: bool) -> None:
    assert read(text).per_side is per_side


def test_a_stretch_pushed_further_over_a_period_stays_held() -> None:
    text = "Hold the stretch and gently push further over a period of 30 seconds"
    assert read(text).hold_seconds == 30


@pytest.mark.parametrize(
    "text",
    [
        "At the end of 6 weeks, progress to 3 x 15",
        "At the end of four weeks, their balance improved significantly.",
    ],
)
def test_the_end_of_a_span_is_a_point_in_time_not_the_course(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.ambiguous) == (None, True)


def test_until_the_end_of_a_span_is_the_course() -> None:
    assert read("3 x 15 daily until the end of 6 weeks").duration_days == 42


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        (
            "Repeat this a minimum of one time per day and a maximum of three times per day.",
            Range(1, 3),
        ),
        ("at least twice a day, max 4 times a day", Range(2, 4)),
    ],
)
def test_a_least_and_a_most_a_day_are_a_range_asked(text: str, per_day: Range[int]) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (per_day, True)


def test_a_count_a_day_with_a_most_over_a_day_keeps_the_count() -> None:
    reading = read("four times a day, max 8 in 24 hours")
    assert (reading.times_per_day, reading.ambiguous) == (4, False)


@given(st.integers(1, 6), st.integers(1, 6))
def test_any_least_and_most_a_day_are_a_range_or_refused(least: int, most: int) -> None:
    text = f"at least {least} times a day, max {most} times a day"
    if most < least:
        with pytest.raises(PhraseError):
            read(text)
        return
    reading = read(text)
    if most == least:
        assert reading.times_per_day == least
    else:
        assert (reading.times_per_day, reading.ambiguous) == (Range(least, most), True)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Before starting your walk, stretch your calves 3 x 30 s", 30),
        ("Before starting the daily walk, stretch 3 x 30 s", 30),
        ("After each run, 3 x 30 s", 30),
    ],
)
def test_an_activity_named_as_the_event_is_not_the_work_done(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    ("text", "reps"), [("Cobra to downward dog (12x in total)", 12), ("12x in total", 12)]
)
def test_a_total_with_no_other_count_is_the_repetitions(text: str, reps: int) -> None:
    assert read(text).reps == reps


def test_a_total_beside_another_count_is_not_the_repetitions() -> None:
    reading = read("Do 10 reps, 30 in total")
    assert (reading.reps, reading.ambiguous) == (10, True)


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("Once morning stiffness eases, do 10 squats", None),
        ("Once night pain settles, start running twice a week", 2),
    ],
)
def test_once_before_a_time_of_day_word_is_when_to_begin(text: str, per_week: int | None) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week) == (None, per_week)
    assert "when to begin" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "2 x after breakfast, 10 reps at night",
        "2 x morning, 10 reps at night",
        "2 x after breakfast and 1 x before bed",
        "3 x after dinner and 10 reps at bedtime and morning",
    ],
)
def test_a_count_counts_only_the_times_listed_after_it(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Walk 2 x 10 min, then stretch 3 x 30 s",
        "Run, then plank 3 x 1 min, then jog 2 x 5 min",
        "Hold 30 s x 3, then walk 2 x 5 min",
        "Put your hand in warm water for one minute, then switch to the cool water for 30 seconds.",
    ],
)
def test_a_hold_and_a_timed_bout_either_side_of_then_are_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Balance on both feet, then progress to single leg 3 x 30 s each leg",
        "Walk daily, then progress to stretching 3 x 30 s",
    ],
)
def test_a_dose_progressed_to_after_then_is_a_target_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "progressing to" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Put your compression stockings on at the start of the day",
        "Stay still for 30 seconds between stretches",
    ],
)
def test_more_garments_and_pauses_are_no_session_and_no_hold(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.hold_seconds) == (None, None)


@pytest.mark.parametrize(
    "text",
    ["Lower onto the bench daily", "Raise up onto the box each day", "Raise the dumbbell daily"],
)
def test_raising_or_lowering_a_thing_daily_is_the_exercise(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (1, False)


@pytest.mark.parametrize(
    ("text", "reps"), [("Heel rise at night x 10", 10), ("Toe rise at night, 10 reps", 10)]
)
def test_a_rise_done_at_night_is_an_exercise_at_night(text: str, reps: int) -> None:
    reading = read(text)
    assert (reading.time_of_day, reading.reps) == (("night",), reps)


def test_cutting_a_count_to_a_number_each_week_is_a_progression() -> None:
    reading = read("Cut the sets to 2 each week")
    assert (reading.times_per_week, reading.sets) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Twenty minutes of hot tub therapy at the beginning and end of each day",
        "Do these at the start and end of the day",
    ],
)
def test_the_start_and_end_of_the_day_are_morning_and_evening(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (2, ("morning", "evening"))


def test_a_duration_written_as_minutes_and_seconds_is_no_clock_time() -> None:
    reading = read("Hand exercises to decrease stiffness - Duration: 9:16.")
    assert (reading.times_per_day, reading.time_of_day) == (None, None)


def test_exchanging_hands_is_each_side() -> None:
    assert read("Do this ten times exchanging your hands.").per_side


@pytest.mark.parametrize(
    "text",
    [
        "I have had aquatic therapy twice a week and am much stronger",
        "I walk daily and am feeling better",
    ],
)
def test_am_as_the_verb_is_no_morning(text: str) -> None:
    assert read(text).time_of_day is None


@pytest.mark.parametrize(("text", "per_day"), [("3 x 10 am and pm", 2), ("Do it every am", 1)])
def test_am_as_a_time_is_the_morning(text: str, per_day: int) -> None:
    reading = read(text)
    assert reading.times_per_day == per_day
    assert "morning" in (reading.time_of_day or ())


def test_a_limb_moved_toward_the_opposite_one_is_no_side() -> None:
    reading = read("Pull the knee toward your opposite shoulder and hold for 30 seconds.")
    assert (reading.per_side, reading.hold_seconds) == (False, 30)


def test_switching_to_the_opposite_leg_is_still_each_side() -> None:
    assert read("Hold 30 seconds, then switch to the opposite leg").per_side


def test_descending_for_a_time_is_a_tempo_not_a_hold() -> None:
    assert read("Slowly descend into a squat for about three seconds.").hold_seconds is None


def test_reducing_the_distances_run_each_week_is_a_progression() -> None:
    text = "Keep training but reduce the distances you run each week."
    assert read(text).times_per_week is None


@pytest.mark.parametrize(
    "text",
    [
        "2 x after breakfast, nothing at night",
        "2 x after breakfast and 1 x at night",
        "2 x before breakfast, ice in the evening as needed",
    ],
)
def test_a_small_count_before_fewer_times_than_it_is_asked(text: str) -> None:
    assert read(text).ambiguous


def test_a_total_beside_times_of_day_is_no_dose() -> None:
    assert read("30 reps in total, morning and evening").reps is None


@pytest.mark.parametrize("text", ["Wake at night, do 10 ankle pumps", "Get up at night 2-3 times"])
def test_waking_said_first_in_the_night_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.ambiguous, reading.times_per_day) == (True, None)


@pytest.mark.parametrize(
    "text", ["Heel slides am in bed x 20", "am in the pool 3 x a week", "am resisted 3 x 10"]
)
def test_am_before_a_place_or_a_way_is_the_morning(text: str) -> None:
    assert read(text).time_of_day == ("morning",)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Once bedtime pain improves, 2 x 15 at night", ("night",)),
        ("Once morning walks are comfortable, progress to jogging 3 times a week", None),
    ],
)
def test_the_state_once_names_is_no_time_of_day(text: str, times: tuple[str, ...] | None) -> None:
    assert read(text).time_of_day == times


def test_a_duration_as_a_window_of_clock_times_is_no_session() -> None:
    reading = read("Duration: 10:30 - 11:15")
    assert (reading.times_per_day, reading.time_of_day) == (None, None)


def test_a_stretch_after_a_distance_walked_keeps_its_hold() -> None:
    assert read("Walk 2 km, then stretch 3 x 30 s").hold_seconds == 30


@pytest.mark.parametrize(
    "text",
    [
        "Walk 5 min, then stretch calves 3 x 30 s each leg",
        "Walk 5 minutes then stretch your calves 3 x 30 seconds",
        "Walk 2 km, then stretch 3 x 30 s",
    ],
)
def test_a_warm_up_before_then_leaves_the_stretch_held(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.hold_seconds) == (3, 30)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Once morning and evening", ("morning", "evening")),
        ("Once morning and night for 2 weeks", ("morning", "night")),
    ],
)
def test_once_before_a_list_of_times_is_once_at_each(text: str, times: tuple[str, ...]) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day, reading.reps) == (2, times, None)


@pytest.mark.parametrize(
    "text",
    ["am the same as pm, 10 reps", "am supervised, pm on your own, 10 reps"],
)
def test_am_beside_pm_is_the_morning(text: str) -> None:
    assert "morning" in (read(text).time_of_day or ())


def test_the_start_and_end_of_the_working_day_are_morning_and_evening() -> None:
    reading = read("At the start and end of the working day, 10 reps")
    assert reading.time_of_day == ("morning", "evening")


@pytest.mark.parametrize(
    "text",
    [
        "Increase the resistance by 10% of the baseline set resistance each week.",
        "Raise the speed by 0.5 km/h each week",
    ],
)
def test_a_step_of_any_size_each_week_is_a_progression(text: str) -> None:
    reading = read(text)
    assert reading.times_per_week is None
    assert "progression" in (reading.note or "")
