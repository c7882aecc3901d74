"""
Rules made from the blind sets -115 and -116 (hand therapy, swallowing, voice and eyes;
breathing trainers, falls, bone loading and pregnancy; children's physiotherapy and
neurological programmes; team warm-ups, desk breaks, fatigue pacing and arthritic hands)
and a fresh-eyes review of them: each test names the rule, with the set's phrase and
others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("All this with only one class a week!", "times_per_week", 1),
        ("Go to one yoga class a week", "times_per_week", 1),
        ("one walk a day", "times_per_day", 1),
        ("3 long easy runs a week", "times_per_week", 3),
    ],
)
def test_one_outing_a_period_is_a_session(text: str, field: str, value: int) -> None:
    reading = read(text)
    assert getattr(reading, field) == value
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    ["a brisk 10 minute walk each day", "Take a 15 to 30-minute brisk walk every day"],
)
def test_one_walk_of_a_length_is_one_session(text: str) -> None:
    assert read(text).times_per_day == 1


@pytest.mark.parametrize(
    "text",
    [
        "Massage every day for 6 months to 1 year after surgery.",
        "Massage daily for 6 weeks to 3 months",
        "Wear the splint at night for 2 weeks to 10 days",
    ],
)
def test_a_course_of_lengths_in_two_units_is_a_range_asked(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert reading.ambiguous and "a duration given as a range" in (reading.note or "")
    assert reading.times_per_day == 1


def test_two_lengths_apart_are_still_refused() -> None:
    from rehabplan.errors import PhraseError

    with pytest.raises(PhraseError, match="say different things"):
        read("Do this for 6 weeks, 3 months")


@pytest.mark.parametrize(
    "text",
    [
        "Stand on one leg during tooth brushing",
        "conducted twice daily during tooth brushing routines",
        "twice daily for three minutes each during their daily tooth brushing routine",
        "every day while brushing their teeth for 50 weeks",
        "Stand on one leg during toothbrushing",
    ],
)
def test_tooth_brushing_is_brushing_teeth(text: str) -> None:
    assert read(text).as_dict()["anchor"] == "when brushing teeth"


@pytest.mark.parametrize(
    "text",
    [
        "your inspiratory muscles need around 6 hours to recover after training",
        "Muscles take 48 hours to recover after a match",
    ],
)
def test_the_time_needed_to_recover_is_no_event(text: str) -> None:
    assert read(text).anchor is None


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Apply ice for 15 minutes to help recover after training", "after training"),
        ("Foam roll for 10 minutes to aid recovery after running", "after run"),
        ("Eat within an hour to recover after training", "after training"),
    ],
)
def test_a_session_done_to_recover_keeps_its_event(text: str, anchor: str) -> None:
    reading = read(text)
    assert reading.as_dict()["anchor"] == anchor and not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "In the IMT group, the walking distance increased after the training period",
        "The pre-workout phase is 2 weeks",
        "Stretch after the training block",
    ],
)
def test_an_event_before_a_span_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and "once in the course" in (reading.note or "")


@pytest.mark.parametrize(
    "text", ["Stretch after each training block", "Ice after each exercise period"]
)
def test_each_event_before_a_span_is_each_sessions(text: str) -> None:
    reading = read(text)
    assert reading.anchor is not None and not reading.ambiguous


def test_an_event_is_still_tied_when_nothing_says_otherwise() -> None:
    assert read("Stretch after training").as_dict()["anchor"] == "after training"


@pytest.mark.parametrize(
    "text",
    [
        "use your other hand to move your fingers through their full range 5 times",
        "Use your other hand to bend your fingers 5 times",
    ],
)
def test_a_hand_used_to_move_the_other_helps(text: str) -> None:
    reading = read(text)
    assert reading.reps == 5 and not reading.per_side


def test_the_other_hand_used_after_a_dose_is_the_other_side() -> None:
    assert read("Repeat 10 times, then use your other hand").per_side


def test_building_up_a_tolerance_to_a_count_is_a_target() -> None:
    reading = read("Repeat 5 times, building up your tolerance to repeat 10 times.")
    assert reading.reps == 5 and reading.ambiguous
    assert "progressing to repeat 10 times" in (reading.note or "")


def test_working_up_to_holding_is_the_hold() -> None:
    assert read("Work up to holding 1 minute.").hold_seconds == 60


@pytest.mark.parametrize(
    "text", ["A 5k run a week", "A 2 lap walk a day", "A 4 round class a week"]
)
def test_one_outing_of_a_measure_is_one_asked(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day or reading.times_per_week) == 1
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Use your other hand to squeeze the ball 10 times",
        "Use your other hand to make a fist 10 times",
        "Use your other hand to do the same, 10 times",
    ],
)
def test_the_other_hand_doing_the_exercise_is_the_other_side(text: str) -> None:
    assert read(text).per_side


def test_a_course_up_to_a_longer_one_is_a_range_asked() -> None:
    reading = read("Massage daily for 6 weeks up to 3 months")
    assert reading.duration_days is None and reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Do this 3 times in 2 weeks",
        "attended a gymnasium three times over 4 weeks for familiarization",
        "There are 16 sessions over 8 weeks.",
    ],
)
def test_times_over_a_span_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and reading.reps is None
    assert "sessions in all" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Four sets of casts, each lasting approximately one week", None),
        ("perform the routine twice a day, for five to ten minutes each for at least 2 weeks", 14),
    ],
)
def test_each_lasting_is_each_ones_length(text: str, days: int | None) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    "text",
    [
        "daily, frequent tummy time",
        "provide short and frequent opportunities for tummy time every day",
    ],
)
def test_frequent_beside_daily_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and "'frequent'" in (reading.note or "")


@pytest.mark.parametrize(
    "text", ["Take frequent breaks, walk daily", "3 x 10 daily, with frequent rests"]
)
def test_frequent_breaks_ask_nothing(text: str) -> None:
    assert not read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        ("beginning with 2 to 3 sessions of 3 to 5 minutes each daily", [2, 3]),
        ("3 sessions of 10 minutes a day", 3),
    ],
)
def test_sessions_of_a_length_a_day_are_sessions(text: str, sessions: object) -> None:
    assert read(text).as_dict()["times_per_day"] == sessions


@pytest.mark.parametrize(
    "text",
    [
        "Repeat both exercises with your other hand.",
        "Repeat exercise with right hand.",
        "Repeat the stretch with the right leg",
    ],
)
def test_repeating_an_exercise_named_on_a_side_is_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "encourage employees to take stretch and exercise breaks as needed",
        "take movement breaks as needed",
    ],
)
def test_breaks_that_are_the_exercise_are_as_needed(text: str) -> None:
    assert read(text).prn


def test_rest_breaks_as_needed_are_a_condition() -> None:
    reading = read("3 x 10 daily, take breaks as needed")
    assert not reading.prn and reading.times_per_day == 1


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("Twice each week day", 2),
        ("Twice each weekday", 2),
        ("3 times every weekday", 3),
        ("3 x 10 twice each weekday", 2),
    ],
)
def test_times_each_weekday_are_sessions_a_day_monday_to_friday(text: str, per_day: int) -> None:
    reading = read(text)
    assert reading.times_per_day == per_day and reading.times_per_week is None
    assert reading.as_dict()["days_of_week"] == ["MO", "TU", "WE", "TH", "FR"]
    assert reading.reps in (None, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Use your other hand to support the weight, 10 reps",
        "Use your other hand for support, 10 reps",
        "Use the other hand to bend your fingers, 10 times",
        "Use your opposite hand to pull the elbow across your chest, hold 30 s",
        "With the other hand pull your wrist down, hold 30 s",
        "bend your wrist down and gently assist the movement with your other hand. Repeat 3-5 times.",
    ],
)
def test_the_other_hand_that_helps_is_no_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Squeeze the ball with the other hand, 10 times",
        "Repeat, using the other hand, 10 times",
        "Use your other hand to do the wrist curls, 10 times",
        "Hold this position for 20 seconds and repeat process with other hand.",
        "Do 10 squats with the other leg",
    ],
)
def test_the_other_hand_or_leg_doing_it_is_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    ["Run 20 minutes, with walk breaks as needed", "Hike 2 hours, stretch breaks as needed"],
)
def test_breaks_inside_a_timed_session_are_no_as_needed(text: str) -> None:
    assert not read(text).prn


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("3 x run a week", "times_per_week", 3),
        ("2 walk a day", "times_per_day", 2),
        ("Two 2 mile walks a day", "times_per_day", 2),
    ],
)
def test_outings_counted_plainly_are_not_asked(text: str, field: str, value: int) -> None:
    reading = read(text)
    assert getattr(reading, field) == value and not reading.ambiguous


@pytest.mark.parametrize(
    "text", ["Frequent 5 minute walks daily", "Frequent short walks daily for 2 weeks"]
)
def test_frequent_walks_of_a_length_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and reading.times_per_day == 1


@pytest.mark.parametrize(
    "text",
    ["Each phase lasts 2 weeks", "Each lasting about a week", "Each cycle lasts 3 weeks"],
)
def test_each_ones_length_with_its_name_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("It's recommended staying at each phase for at least a week.", 7),
        ("Walk each week for 4 weeks", 28),
    ],
)
def test_each_one_for_a_length_is_the_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


def test_times_in_the_first_week_are_asked() -> None:
    reading = read("Run 3 times in the first week")
    assert reading.ambiguous and reading.reps is None


def test_time_given_to_recover_unties_the_event() -> None:
    assert read("Give yourself 2 days to recover after training").anchor is None


def test_twice_each_weekend_day_is_twice_a_day_at_the_weekend() -> None:
    reading = read("Twice each weekend day")
    assert reading.times_per_day == 2 and reading.reps is None
    assert reading.as_dict()["days_of_week"] == ["SA", "SU"]
