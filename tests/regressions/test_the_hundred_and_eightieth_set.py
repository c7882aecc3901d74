"""
Rules made from the blind sets -180 to -182 and the misreads the fifty-ninth fresh-eyes
review found: each test names the rule, with the phrase and others written the same way.
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
        "Women are twice as likely to develop it",
        "children with JIA are twice as likely to have low bone density",
        "It is three times commoner in men than in women",
        "It is 3 times more common in girls",
        "Runners are 2 times more prone to it",
        "4 times as prevalent in older adults",
        "Tendon pain is three times more frequent in runners",
        "a rupture is five times rarer than a strain",
    ],
)
def test_a_count_of_times_comparing_two_groups_is_a_ratio(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return  # nothing read, and words it does not know: refused, never a count
    assert (reading.reps, reading.sets, reading.times_per_day) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Repeat 3 times as a circuit", 3),
        ("Do it 10 times as tolerated", 10),
    ],
)
def test_a_count_of_times_before_as_or_more_said_otherwise_is_a_count(text: str, reps: int) -> None:
    assert read(text).reps == reps


@pytest.mark.parametrize(
    "text",
    [
        "The minimum follow-up was 5 years.",
        "with a mean follow-up of 4 years",
        "Follow up with your physio in 2 weeks",
        "The follow up period lasted 12 weeks",
        "a follow-up visit after 6 weeks",
    ],
)
def test_a_length_said_of_a_follow_up_is_no_course(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return  # nothing else said: refused, never a course
    assert reading.duration_days is None


def test_a_follow_up_said_after_the_course_leaves_the_course() -> None:
    reading = read("Stretch twice daily for 6 weeks, then follow up with your GP")
    assert (reading.times_per_day, reading.duration_days) == (2, 42)


@given(st.integers(1, 52), st.sampled_from(["weeks", "months", "days"]))
def test_a_course_said_before_a_follow_up_is_still_the_course(n: int, unit: str) -> None:
    days = {"weeks": 7, "months": 30, "days": 1}[unit] * n
    reading = read(f"Do the stretches daily for {n} {unit} until your follow-up")
    assert (reading.duration_days, reading.times_per_day) == (days, 1)


@pytest.mark.parametrize(
    ("text", "per_day", "every", "reps"),
    [
        ("3 times of each exercise daily for a week", 1, None, 3),
        ("3 times of each stretch morning and evening for a week", 2, None, 3),
        ("Do 4 times of each exercise on alternate days for a week", None, 2, 4),
        ("3 times of each exercise before breakfast for a week", 1, None, 3),
        ("2 x of each stretch each side daily for a week", 1, None, 2),
        ("Do 10 x of each stretch every day for a week", 1, None, 10),
    ],
)
def test_times_of_each_exercise_with_a_timing_of_their_own_are_repetitions(
    text: str, per_day: int | None, every: int | None, reps: int
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.every_n_days, reading.reps) == (per_day, every, reps)
    assert (reading.duration_days, reading.times_per_week) == (7, None)


@given(st.integers(1, 7), st.sampled_from(["exercise", "stretch", "strength training"]))
def test_sessions_of_each_named_thing_a_week_are_sessions_a_week(n: int, thing: str) -> None:
    assert read(f"{n} sessions of each {thing} per week").times_per_week == n


@pytest.mark.parametrize(
    "text",
    [
        "Go up and down a set of steps 3 times a day",
        "Walk up and down a set of steps, 10 times",
        "Place a set of marking cones in a line and weave through them 5 times",
        "Set out a set of training cones and walk around them 3 times",
        "Use a set of resistance training bands, 3 x 10 daily",
        "Use a set of press up bars, 3 x 8",
        "Use a set of small hand held weights, 2 x 10",
        "Grab a set of walking poles and walk 20 minutes daily",
    ],
)
def test_a_set_of_a_thing_however_described_is_no_set(text: str) -> None:
    reading = read(text)
    assert reading.sets in (None, 2, 3)
    assert reading.sets != 1


@pytest.mark.parametrize(
    "text",
    [
        "Do a set of box steps daily",
        "Do a set of side steps twice a day",
        "Do a set of lunges holding dumbbells daily",
        "Do a set of squats with weights every day",
    ],
)
def test_a_set_of_a_movement_said_before_a_thing_is_one_set(text: str) -> None:
    assert read(text).sets == 1


@pytest.mark.parametrize(
    "text",
    [
        "Plank and pull the weight into your hip, keep going for 30 seconds",
        "Squat and press the weight through the ceiling, keep going for 30 seconds",
        "Squat and press the weight up through the ceiling, keep going for 30 seconds",
    ],
)
def test_the_weight_pushed_or_pulled_after_a_position_is_moved_not_held(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Bridge and push your weight through your heels, hold for 30 seconds",
        "Squat and push your body weight through your heels, hold for 30 seconds",
    ],
)
def test_your_weight_pushed_through_a_support_is_a_cue_in_the_hold(text: str) -> None:
    assert read(text).hold_seconds == 30


@pytest.mark.parametrize(
    "tail",
    [
        ", for up to 2 weeks",
        " for at least 3 days",
        ". Hold each stretch at least 30 seconds",
        " on the sore side only",
        ", most effective after exercise",
    ],
)
def test_a_bound_of_something_else_after_a_count_beside_hours_leaves_it_plain(tail: str) -> None:
    reading = read(f"Ice every 4-6 hours, 4 times a day{tail}")
    assert (reading.times_per_day, reading.ambiguous) == (4, False)


@pytest.mark.parametrize(
    "tail",
    [
        ", not to be exceeded",
        " at the outside",
        " max",
        " only",
        ", more if needed",
        ", and no further",
        ", never exceeding this",
    ],
)
def test_a_bound_said_of_a_count_beside_hours_is_asked(tail: str) -> None:
    reading = read(f"every 4-6 hours, 4 times a day{tail}")
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "when you're getting into bed, 10 pelvic tilts",
        "When you get in bed, do 10 bridges",
        "Repeat 10 times as you are going to sleep",
        "as you settle down to sleep, 5 slow breaths",
        "as you go off to sleep, 5 slow breaths",
    ],
)
def test_getting_into_bed_or_off_to_sleep_said_any_way_is_bedtime_asked(text: str) -> None:
    reading = read(text)
    assert (reading.time_of_day, reading.ambiguous) == (("bedtime",), True)


def test_bed_rest_is_no_bedtime() -> None:
    reading = read("Once you go to bed-rest, do 10 ankle pumps every hour")
    assert reading.time_of_day != ("bedtime",)


@pytest.mark.parametrize(
    "text",
    [
        "Walk after having your medication",
        "Do the exercises after having my medication",
        "3 x 10 squats after having your medicine",
    ],
)
def test_having_your_medicine_is_taking_it(text: str) -> None:
    assert read(text).anchor == "after taking medication"


@pytest.mark.parametrize(
    ("text", "sets", "per_day"),
    [
        ("Bridges daily (3 x 10 fine)", 3, 1),
        ("Squats 3 x 10 (daily preferred)", 3, 1),
        ("Squats (3 x 15 preferred)", 3, None),
    ],
)
def test_a_wish_in_brackets_saying_what_nothing_else_says_is_read(
    text: str, sets: int, per_day: int | None
) -> None:
    reading = read(text)
    assert (reading.sets, reading.times_per_day, reading.ambiguous) == (sets, per_day, False)


@pytest.mark.parametrize(
    "text",
    [
        "Heel raises (preferably daily, every other day is fine)",
        "Calf raises (preferably 3 x 15, 2 x 15 is fine)",
        "Stretch your calves (morning preferred, evening also fine)",
        "Calf stretch (30 s hold, twice daily; once daily is fine)",
        "once daily (twice daily ideal)",
    ],
)
def test_a_wish_in_brackets_beside_another_choice_is_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "per_week", "per_day"),
    [
        ("a bi-weekly yoga program", 2, None),
        ("The supervised exercise program was offered biweekly for 6 weeks.", 2, None),
        ("bi-daily stretches", None, 2),
        ("bimonthly classes", None, None),
    ],
)
def test_bi_a_period_is_twice_in_it_asked_naming_every_other_one(
    text: str, per_week: int | None, per_day: int | None
) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.times_per_day) == (per_week, per_day)
    assert reading.ambiguous
    assert "every other" in (reading.note or "")


def test_first_arising_is_the_morning() -> None:
    reading = read(
        "stretch three times per day—when you first arise, midday and then again in the evening"
    )
    assert reading.time_of_day == ("morning", "noon", "evening")


@given(st.integers(2, 8))
def test_n_weekly_intervals_are_every_n_weeks_unless_a_test_s(n: int) -> None:
    assert read(f"3 x 10 at {n} weekly intervals").every_n_days == 7 * n
    tested = read(f"Strength measured at {n} weekly intervals")
    assert (tested.every_n_days, tested.ambiguous) == (None, True)


@pytest.mark.parametrize(
    "text",
    [
        "Stretch 3 times a week, and more frequently if you’re experiencing stiffness",
        "Stretch 3 times a week, more often if you're experiencing pain",
        "Walk daily, more often if you've got stiffness",
    ],
)
def test_more_often_if_a_symptom_said_with_a_contraction_is_as_needed(text: str) -> None:
    assert read(text).prn


@pytest.mark.parametrize(
    "text", ["Ice as often as comfortable", "Stretch as often as is comfortable"]
)
def test_as_often_as_comfortable_is_as_needed(text: str) -> None:
    assert read(text).prn


@pytest.mark.parametrize(
    "text",
    [
        "You should increase the amount of flexion by 5 to 10 degrees every day.",
        "Increase the range of motion by 10° each week",
        "increase the bend by 5 degrees a day",
    ],
)
def test_an_angle_increased_each_day_or_week_is_a_progression(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week) == (None, None)
    assert "progression" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "taking 1-2 days/week off from sports can improve performance",
        "Take 2 days/week off",
    ],
)
def test_days_a_week_off_are_no_sessions(text: str) -> None:
    assert read(text).times_per_week is None


@given(st.integers(2, 20), st.sampled_from(["a", "a small", "one", "a short"]))
def test_a_single_set_said_as_a_label_is_its_repetitions(n: int, lead: str) -> None:
    reading = read(f"Start with {lead} set - just {n} circles")
    assert (reading.sets in (None, 1), reading.reps) == (True, n)


@pytest.mark.parametrize(
    "text",
    [
        "heating a damp towel in the microwave for 30 to 60 seconds",
        "microwave the pack on high for 1 minute",
        "Place the sock into the microwave and heat for 30-40 seconds",
    ],
)
def test_time_in_a_microwave_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Do a set of forward steps daily",
        "Do a set of marching steps each morning",
        "Do a set of laps around the cones, twice a day",
        "Do a set of walks along the bars twice a day",
        "Do a set of weaves through the cones daily",
    ],
)
def test_a_set_of_moves_past_or_around_a_thing_is_one_set(text: str) -> None:
    assert read(text).sets == 1


@pytest.mark.parametrize(
    "text",
    [
        "Increase the load at 2 weekly intervals",
        "Patients were followed up at 6 weekly intervals",
        "Change the band colour at 3 weekly intervals",
        "Long run at 2 weekly intervals, easy runs 3 times a week",
        "3 x 10 at 2 weekly intervals",
    ],
)
def test_n_weekly_intervals_are_always_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    "tail",
    [
        " for pain, but no more",
        " per side, maximum",
        " on the bad days, no more",
        " for pain relief; maximum 4 doses in 24 hours",
        ", for 10 minutes; no more than this",
    ],
)
def test_a_bound_after_other_words_of_the_count_beside_hours_is_asked(tail: str) -> None:
    assert read(f"every 4-6 hours, 4 times a day{tail}").ambiguous


@pytest.mark.parametrize(
    "tail",
    [
        ", 10 min each time",
        ", arms raised towards the ceiling",
        ", keep the ice on for no more than 15 minutes",
    ],
)
def test_a_length_or_a_ceiling_beside_a_count_beside_hours_is_no_bound(tail: str) -> None:
    reading = read(f"Ice every 4-6 hours, 4 times a day{tail}")
    assert (reading.times_per_day, reading.ambiguous) == (4, False)


@pytest.mark.parametrize(
    "text",
    [
        "Bridge and press through your heels, hands to the ceiling, keep going for 20 seconds",
        "Bridge and push through your heels, looking at the ceiling, keep going for 30 s",
        "Squat and push the weight of your body through your heels, keep going for 30 s",
        "Wall sit and press the weight through your heels, keep going for 30 seconds",
        "Side plank and push your hips to the ceiling, keep going for 20 s",
    ],
)
def test_a_press_into_a_support_said_first_is_a_cue_in_the_hold(text: str) -> None:
    assert read(text).hold_seconds is not None


@pytest.mark.parametrize(
    "text",
    [
        "Squats 3 x 10 before breakfast (twice daily ideal)",
        "Squats 3 x 10 after each run (daily better)",
        "Clams 2 x 15 after your walk (morning and evening best)",
    ],
)
def test_a_wish_in_brackets_beside_an_event_is_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Lift your heel off the pillow 10 times when you get into bed",
        "Kick off your shoes and do 10 ankle pumps when you go to bed",
        "Take the brace off and do 10 quad sets when you get into bed",
    ],
)
def test_off_said_of_a_movement_or_before_a_dose_keeps_bedtime_asked(text: str) -> None:
    reading = read(text)
    assert (reading.time_of_day, reading.ambiguous) == (("bedtime",), True)


def test_having_your_medicine_changed_is_no_event() -> None:
    reading = read("3 x 10 twice a day, after having your medicine dose adjusted")
    assert reading.anchor is None


@pytest.mark.parametrize(
    "text",
    [
        "3 x of hamstring stretching each week",
        "3 sessions of hip strengthening and core work per week",
        "3 sessions of walking in the park per week",
    ],
)
def test_sessions_of_a_thing_naming_a_part_or_a_place_are_sessions_a_week(text: str) -> None:
    assert read(text).times_per_week == 3


def test_waking_from_a_nap_is_no_morning() -> None:
    assert read("When you first wake up from a nap, do 10 ankle pumps").time_of_day is None


@pytest.mark.parametrize(
    "text", ["Progress bi-weekly", "Increase the weight biweekly", "Weigh yourself biweekly"]
)
def test_a_step_s_or_a_test_s_bi_period_is_only_asked(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.ambiguous) == (None, True)


def test_times_rather_than_another_count_keeps_the_count() -> None:
    assert read("Do the exercise 10 times rather than 15 if it hurts").reps == 10


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Follow up with gentle walking 6 weeks", 42),
        ("Follow up exercises 3 weeks, then progress", 21),
    ],
)
def test_a_follow_up_naming_an_activity_keeps_its_length(text: str, days: int) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    ("text", "per_week", "per_day"),
    [
        ("We recommend two to three sessions of 30 minutes each week", Range(2, 3), None),
        ("2 sessions of 30 minutes per week", 2, None),
        ("at least two walking sessions of up to 10 minutes each in a day", None, 2),
    ],
)
def test_sessions_of_a_length_a_week_or_a_day_are_sessions(
    text: str, per_week: int | Range | None, per_day: int | None
) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.times_per_day) == (per_week, per_day)


@pytest.mark.parametrize(
    "text",
    [
        "Walk daily if it isn't sore",
        "Squats 3 x 10 daily if you haven't got pain",
        "Cycle 20 minutes daily when you're no longer stiff",
        "Stretch twice daily, less often if you're sore",
        "Stretch 2 x 30 s if you're feeling less tight",
    ],
)
def test_a_symptom_denied_or_easing_after_a_contraction_is_not_as_needed(text: str) -> None:
    assert not read(text).prn


@pytest.mark.parametrize(
    "text",
    [
        "Walk daily; follow up by phone in 2 weeks",
        "Follow up with your podiatrist in 4 weeks, stretch twice a day",
        "Walk daily; follow-up telephone call in 2 weeks",
    ],
)
def test_a_follow_up_s_time_said_with_in_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    "text",
    [
        "Lie over a microwaved wheat bag and hold 30 seconds",
        "Warm it in the microwave then hold for 20 seconds, 3 times",
    ],
)
def test_a_hold_after_a_microwave_is_still_a_hold(text: str) -> None:
    assert read(text).hold_seconds is not None


@pytest.mark.parametrize("tail", [", but do not go beyond 4 doses", " min.", " (min)", " at most"])
def test_a_minimum_or_a_limit_right_after_a_count_beside_hours_is_asked(tail: str) -> None:
    assert read(f"every 4-6 hours, 4 times a day{tail}").ambiguous


def test_days_a_week_off_a_place_are_days_a_week() -> None:
    assert read("Walk 3 days/week off the treadmill").times_per_week == 3


def test_having_your_medicine_before_a_time_of_day_is_the_event() -> None:
    reading = read("Stretch after having your medication in the morning")
    assert (reading.anchor, reading.time_of_day) == ("after taking medication", ("morning",))


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [("Sit on a chair Set: 3 Rep: 10", 3, 10), ("Bridging on a mat Set 3 Reps 12", 3, 12)],
)
def test_a_label_after_a_thing_named_with_a_is_the_sets(text: str, sets: int, reps: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)


@pytest.mark.parametrize(
    "text",
    [
        "The first class was the following Thursday.",
        "Come along next Monday",
        "Start this coming Wednesday",
    ],
)
def test_one_named_weekday_is_asked_never_each_week(text: str) -> None:
    reading = read(text)
    assert (reading.days_of_week, reading.ambiguous) == (None, True)


@pytest.mark.parametrize(
    "text", ["4 sets of 30 seconds, about 10 deep breaths.", "Hold 30 s, about 5 breaths"]
)
def test_breaths_counted_after_a_hold_are_its_length(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.hold_seconds) == (None, 30)


@pytest.mark.parametrize(
    "text", ["ten rotations on each of your feet", "10 circles with each of your legs"]
)
def test_each_of_your_limbs_is_each_side(text: str) -> None:
    assert read(text).per_side


def test_a_test_s_name_is_no_count() -> None:
    assert read("outcome measures of a five times sit to stand test").reps is None


@pytest.mark.parametrize(
    "text",
    [
        "the heaviest weight the patient can only lift 1-3 times",
        "Pick a weight you can only lift 8-12 times, 3 sets",
    ],
)
def test_a_load_s_measure_alone_is_asked_as_the_reps(text: str) -> None:
    reading = read(text)
    assert reading.reps is not None
    assert reading.ambiguous


def test_a_load_s_measure_beside_the_reps_is_no_count() -> None:
    reading = read("3 sets of 8 reps with a weight you can lift 10 times at most")
    assert (reading.sets, reading.reps) == (3, 8)


def test_a_weight_you_can_lift_so_many_times_is_the_count() -> None:
    assert read("Start with a weight you can lift 10 times with good form").reps == 10


@pytest.mark.parametrize(
    "text", ["Do this often each day", "Lie with your legs raised often each day"]
)
def test_often_each_day_is_a_vague_count(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (None, True)


@pytest.mark.parametrize(
    "text",
    [
        "Support stockings can be worn all day. At night they must be removed.",
        "At night it should come off",
    ],
)
def test_a_thing_taken_off_at_night_said_first_is_no_session(text: str) -> None:
    assert read(text).time_of_day is None


@pytest.mark.parametrize(
    "text",
    [
        "Hold for 20 seconds and repeat",
        "Hold for 20 seconds, release for a few moments and repeat.",
        "Hold 1 min and repeat",
    ],
)
def test_a_hold_repeated_with_no_count_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.ambiguous) == (None, True)


def test_a_hold_repeated_and_counted_after_is_the_count() -> None:
    reading = read("Hold for 15 seconds and repeat. Do this at least 10 times")
    assert (reading.reps, reading.hold_seconds) == (10, 15)


def test_a_course_of_111_days_beside_the_phone_is_no_call_for_help() -> None:
    reading = read("every 1 hours before on the phone for 111 days as needed when ache")
    assert (reading.prn, reading.duration_days) == (True, 111)
    assert not read("Phone 111 if the pain gets worse").prn


@pytest.mark.parametrize(
    "text",
    [
        "2 days per week off the exercises",
        "Have at least 1 day a week off the gym",
        "Two days a week off the bike, stretch instead",
    ],
)
def test_days_a_week_off_an_activity_are_rest_days(text: str) -> None:
    assert read(text).times_per_week is None


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Breathing control for 30 sec, 3-4 deep breaths, 3 times a day", Range(3, 4)),
        ("Inhale for 4 sec, 8 breaths, twice daily", 8),
        ("hold 5 sec, 10 small breaths, 3 rounds", 10),
    ],
)
def test_breaths_after_a_breath_s_time_or_a_short_hold_are_the_reps(
    text: str, reps: int | Range
) -> None:
    assert read(text).reps == reps


def test_breaths_after_a_position_kept_are_asked() -> None:
    assert read("Stay for 1 min, approximately 12 breaths, each side").ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Keep each of your feet flat on the floor and lift your hips 10 times",
        "Place each of your hands on your knees and push 10 times",
        "Rest each of your arms on the table and squeeze 10 times",
    ],
)
def test_each_of_your_limbs_placed_is_no_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text", ["Ice 15 minutes if it's swollen", "Stretch your calf when it’s tight"]
)
def test_a_symptom_after_it_s_is_as_needed(text: str) -> None:
    assert read(text).prn


@pytest.mark.parametrize(
    "text",
    ["6 weeks of sessions of 30 minutes daily", "30 squats per session of 10 minutes a day"],
)
def test_a_count_of_something_else_before_sessions_of_a_length_is_no_session_count(
    text: str,
) -> None:
    assert read(text).times_per_day in (None, 1)


def test_a_follow_up_course_of_weeks_is_the_course() -> None:
    reading = read("Follow up with a hydrotherapy course of 6 weeks, twice weekly")
    assert (reading.duration_days, reading.times_per_week) == (42, 2)


@pytest.mark.parametrize(
    ("text", "reps"), [("Finish with a hard set 12", 12), ("Do a second set 10", 10)]
)
def test_a_set_described_then_counted_is_one_set(text: str, reps: int) -> None:
    reading = read(text)
    assert (reading.sets in (None, 1, 2), reading.reps) == (True, reps)


def test_a_thing_off_at_night_then_a_dose_keeps_the_dose() -> None:
    reading = read("At night the splint should be taken off; then do 10 wrist bends")
    assert reading.reps == 10


def test_the_more_often_each_day_is_no_vague_count() -> None:
    assert read("The more often each day, the better: aim for 5 times a day").times_per_day == 5


def test_min_before_a_count_of_reps_is_no_bound() -> None:
    reading = read("every 6-8 hours, 3 times a day min 5 reps")
    assert (reading.times_per_day, reading.reps) == (3, 5)


@given(
    st.integers(1, 60),
    st.integers(1, 60),
    st.sampled_from(["seconds", "sec", "min", "minutes"]),
    st.integers(1, 20),
    st.sampled_from(["Hold", "Stretch for", "Keep it for", "Squeeze for"]),
)
def test_breaths_after_any_time_or_range_never_crash(
    low: int, extra: int, unit: str, breaths: int, lead: str
) -> None:
    for time in (f"{low}", f"{low}-{low + extra}", f"{low} to {low + extra}"):
        try:
            reading = read(f"{lead} {time} {unit}, about {breaths} breaths, 3 times")
        except PhraseError:
            continue  # refused with the words and the problem, never a crash
        assert reading.reps in (None, 3, breaths)


@pytest.mark.parametrize(
    "text",
    [
        "Lift each of your legs 10 times",
        "Bend each of your knees 15 times",
        "Squeeze each of your hands 10 times, 3 times a day",
    ],
)
def test_each_of_your_limbs_moved_is_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "At night the splint should be taken off!",
        "At night the splint must be removed; wear it all day",
    ],
)
def test_a_thing_off_at_night_before_any_mark_is_no_session(text: str) -> None:
    assert read(text).time_of_day is None


@pytest.mark.parametrize(
    "text",
    ["Squat with a band set 3", "Stand behind a chair set 3", "Wall squat holding a ball set 3"],
)
def test_a_label_after_a_thing_is_the_sets(text: str) -> None:
    assert read(text).sets == 3


@pytest.mark.parametrize(
    "text",
    ["Stretch for 30 sec, about 5 slow breaths", "Child's pose: 1 min, around 10 relaxed breaths"],
)
def test_breaths_after_a_stretch_or_a_pose_are_its_length(text: str) -> None:
    assert read(text).reps is None


def test_breaths_after_a_breath_held_are_the_reps() -> None:
    assert read("Hold your breath for 10 sec, 5 breaths").reps == 5


@pytest.mark.parametrize(
    "text", ["Walk daily. Follow-up interval of 6 weeks", "Follow-up period of 2 years"]
)
def test_a_follow_up_s_period_of_a_length_is_no_course(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert reading.duration_days is None


@pytest.mark.parametrize(
    "text",
    [
        "If it'd hurt to do them, leave them out; 3 x 10 daily",
        "Carry on with 2 x 10 daily if it's only mildly sore",
    ],
)
def test_a_gate_on_a_symptom_is_not_as_needed(text: str) -> None:
    assert not read(text).prn


def test_more_often_each_day_as_it_improves_is_asked() -> None:
    assert read("Do them more often each day as your knee improves").ambiguous


@pytest.mark.parametrize(
    "text", ["Run 3 days a week off the pavement", "Ride 2 days a week off the street"]
)
def test_days_a_week_off_a_surface_are_days_a_week(text: str) -> None:
    assert read(text).times_per_week in (2, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Have 2 days a week off the pavement",
        "Recover: 1-2 days a week off the tarmac",
        "Give yourself 2 days a week off the hills",
    ],
)
def test_days_a_week_off_a_surface_with_no_way_of_moving_are_rest_days(text: str) -> None:
    assert read(text).times_per_week is None


@pytest.mark.parametrize(
    "text",
    ["Then a slow set 10", "Do a harder set 8", "Do a 2nd set 10", "Finish with a burnout set 20"],
)
def test_a_set_described_by_its_kind_or_place_is_one_set(text: str) -> None:
    reading = read(text)
    assert reading.sets in (None, 1, 2)
    assert reading.reps is not None


def test_a_label_after_an_unknown_word_is_asked() -> None:
    reading = read("Lie on a pad set 3")
    assert (reading.sets, reading.ambiguous) == (3, True)


@pytest.mark.parametrize(
    "text",
    [
        "Hold and breathe for 1 min, around 10 breaths",
        "Hold this position and breathe for 2 minutes, roughly 20 breaths",
    ],
)
def test_breaths_after_a_hold_said_with_breathe_are_its_length(text: str) -> None:
    assert read(text).reps is None


def test_a_limb_placed_before_another_movement_counted_is_no_side() -> None:
    reading = read("Cross each of your arms over your chest and sit up 10 times")
    assert (reading.reps, reading.per_side) == (10, False)
