"""
Events said in their own words: exercises of a kind ("after the flexion exercises",
"before doing strengthening or stretching exercises") are exercise, and stretching is an
event a warm-up, heat or ice is tied to ("warm up for 5 minutes before stretching").
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Ice for 20 minutes after the flexion exercises.", "after exercise"),
        (
            "Apply ice for about 20 minutes immediately after the mobility exercise.",
            "after exercise",
        ),
        (
            "Heat for 10 minutes before doing strengthening or stretching exercises",
            "before exercise",
        ),
        ("Apply heat to hand before performing exercises for about 10 mins.", "before exercise"),
        ("Ice for 20 minutes after performing all the exercises", "after exercise"),
        ("Take painkillers about 30 mins before you do your exercises", "before exercise"),
        ("Ice the knee for 20 minutes after each set of exercises", "after exercise"),
        ("Moist heat for 10 minutes prior to your flexibility exercise", "before exercise"),
        (
            "Stretch for 10 minutes before and after your strengthening exercises",
            "before and after exercise",
        ),
    ],
)
def test_exercises_of_a_kind_are_exercise(text: str, anchor: str) -> None:
    reading = read(text)
    assert reading.as_dict()["anchor"] == anchor
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Ice for 20 minutes after stopping the exercises",  # a stop, not each session's end
        "Walk daily after 6 weeks of exercises",  # a time, not an event
        "Do these before starting the exercise programme",  # once, before the course
    ],
)
def test_exercises_after_a_stop_a_time_or_a_course_are_not_tied(text: str) -> None:
    reading = read(text)
    assert reading.anchor is None or reading.ambiguous


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Always warm up for 5 to 10 minutes before you stretch", "before stretching"),
        ("Step 1: Warm up for 5 minutes before stretching.", "before stretching"),
        ("Moist heat to the shoulder for 10 minutes prior to stretching.", "before stretching"),
        ("Apply an ice pack for 10 to 15 minutes after stretching", "after stretching"),
    ],
)
def test_stretching_is_an_event_for_a_warm_up_heat_or_ice(text: str, anchor: str) -> None:
    reading = read(text)
    assert reading.as_dict()["anchor"] == anchor
    assert not reading.ambiguous


def test_a_rest_after_each_stretch_is_no_event() -> None:
    reading = read("Hold 30 seconds. After each stretch, rest 10 seconds.")
    assert reading.anchor is None and reading.ambiguous


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Rinse for 30 seconds, twice daily after toothbrushing", "after brushing teeth"),
        ("I stretch every day after my cardio", "after cardio"),
    ],
)
def test_everyday_and_training_events_by_their_names(text: str, anchor: str) -> None:
    assert read(text).as_dict()["anchor"] == anchor


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "Warm up before doing strengthening or stretching exercises: walk for 5 minutes",
            "before exercise",
        ),
        (
            "A minimum of ten minutes before and after each period of exercise should be spent",
            "before and after exercise",
        ),
    ],
)
def test_exercises_done_or_each_one_stay_the_event(text: str, anchor: str) -> None:
    assert read(text).as_dict()["anchor"] == anchor


@pytest.mark.parametrize(
    "text",
    [
        "After months of exercises, review with your physio",
        "If you start again after missing exercises for a week, do 5 reps",
        "After restarting exercises, do 5 reps twice daily",
        "It is normal to feel sore after new exercises. 3 x 10 daily",
        "Continue your prior exercises twice daily",
        "Do these before your bedtime exercises",
    ],
)
def test_a_time_a_change_or_earlier_exercises_are_not_tied(text: str) -> None:
    reading = read(text)
    assert reading.anchor is None or reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Following these exercises daily will help, 3 x 10",
        "Keep following the exercises for 6 weeks, twice a day",
        "Following the exercises below, do each 10 times",
    ],
)
def test_following_the_exercises_may_be_doing_them(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and "doing them" in (reading.note or "")


def test_ice_following_exercises_is_after_them() -> None:
    reading = read("Ice following exercises, 10 minutes")
    assert reading.as_dict()["anchor"] == "after exercise"


def test_how_a_stretch_is_done_is_no_event() -> None:
    reading = read("Do not hold your breath when you stretch")
    assert reading.anchor is None


def test_when_stretching_written_back_is_the_event() -> None:
    assert read("3 x 10 when stretching").as_dict()["anchor"] == "when stretching"


def test_a_hold_beside_stretching_as_the_event_is_asked() -> None:
    reading = read("Warm up for 5 minutes before stretching for 30 seconds each side")
    assert reading.ambiguous and "the stretch's" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("After knee exercises: ice 10 minutes", "after exercise"),
        ("After the hip exercises are done, ice 10 minutes", "after exercise"),
        ("Following the exercises, ice for 10 minutes", "after exercise"),
        ("Ice after today's exercises", "after exercise"),
        ("Ice when you stretch", "when stretching"),
    ],
)
def test_plain_events_are_read_not_asked(text: str, anchor: str) -> None:
    reading = read(text)
    assert reading.as_dict()["anchor"] == anchor and not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "After surgery exercises should be done 3 times a day",
        "After childbirth exercises: 10 squeezes 3 times a day",
        "Following the operation exercises should be done 3 times daily",
        "After surgery exercises are done 3 times a day",
        "After surgery exercises, 3 x 10 daily",
        "Following the exercises is important",
        "Following the exercises listed, 3 x 10 daily",
    ],
)
def test_exercises_said_first_after_an_event_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.anchor is None and reading.ambiguous


@pytest.mark.parametrize(
    "text", ["Breathe out when you stretch", "Do not hold your breath when you stretch"]
)
def test_a_cue_for_the_stretch_is_no_event(text: str) -> None:
    assert read(text).anchor is None
