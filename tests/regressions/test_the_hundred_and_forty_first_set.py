"""
Rules made from the blind sets -141 to -143 and the misreads the twenty-ninth to thirty-third
fresh-eyes reviews left: each test names the rule, with the phrase and others written the
same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Swelling usually goes down each week",
        "Pain that increases each week needs review",
        "As pain settles each week, add a session",
        "When pain decreases each week, add 5 minutes",
        "If pain flares up each week, reduce the load",
        "If you have a flare-up each week, call",
        "If you get pain each week, call us",
        "If you feel sore each week, rest",
        "If you notice more swelling each week, call us",
        "If your knee is more painful each week, call us",
        "If the pain has increased each week, call us",
        "If the limp gets worse each week, call us",
        "If your strength improves each week, add weight",
        "Worsening pain each week - contact us",
        "Mild pain each day is normal",
        "Pain is usually reduced each day",
        "If the swelling reduced each day, carry on",
    ],
)
def test_a_symptoms_course_or_coming_said_of_it_has_no_schedule(text: str) -> None:
    reading = read(text)
    schedule = (reading.times_per_day, reading.times_per_week, reading.time_of_day)
    assert schedule == (None, None, None)
    assert "a symptom that changes, not how often" in reading.note


@pytest.mark.parametrize(
    ("text", "per_day", "slots"),
    [
        ("If pain eases walk daily", 1, None),
        ("If your back is stiff in the morning, do these every day", 1, ("morning",)),
        ("Walk without pain each day", 1, None),
    ],
)
def test_a_session_said_after_a_symptom_keeps_its_time(
    text: str, per_day: int, slots: object
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (per_day, slots)


@pytest.mark.parametrize(
    "text",
    [
        "Reduce the dose each week",
        "Steroid dose to be reduced each week",
        "Your activity can be increased each week",
        "The walk is increased each week",
        "Weight-bearing can be increased each week",
    ],
)
def test_a_dose_lowered_or_raised_each_week_is_a_change_asked_for_its_step(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week, reading.ambiguous) == (None, None, True)
    assert "a change with no step" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "gradually tighten up the muscles over a period of 5 seconds",
        "Squeeze slowly over the course of 3 seconds",
    ],
)
def test_seconds_over_a_period_are_a_tempo_not_a_hold(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is None
    assert "a tempo, not a hold" in reading.note


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Repeat for 8-10 times. Rest on your heels between reps if needed.", (8, 10)),
        ("3 x 10, rest between sets if needed", 10),
        ("Do 4 to 8 reps, resting in between by sitting back on your heels if necessary.", (4, 8)),
    ],
)
def test_a_rest_taken_as_needed_leaves_the_sessions_scheduled(text: str, reps: object) -> None:
    reading = read(text)
    got = (
        reading.reps if not hasattr(reading.reps, "low") else (reading.reps.low, reading.reps.high)
    )
    assert (got, reading.prn) == (reps, False)
    assert "a rest as needed, not the sessions" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Repeat this exercise for 15 minutes twice a day at the beginning of a hot flash.",
        "Do it at the start of a hot flash",
        "Use the technique at the onset of a hot flush",
    ],
)
def test_the_start_of_an_event_the_schedule_does_not_know_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "tied to an event the schedule does not know" in reading.note


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Do 10 reps at the start of each session", "before session"),
        ("Use the inhaler at the start of your walk", "before walk"),
    ],
)
def test_the_start_of_a_known_event_is_before_it(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    "text", ["Each morning upon arising, go to the toilet", "Do this on arising", "upon rising"]
)
def test_arising_is_the_morning(text: str) -> None:
    assert read(text).time_of_day == ("morning",)


@pytest.mark.parametrize(
    ("text", "hold"),
    [("Hold that position for about three counts", 3), ("Hold for about 5 counts", 5)],
)
def test_counts_said_about_are_a_hold_of_that_many_seconds(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    ("text", "field", "count"),
    [("2 classes/weekly", "times_per_week", 2), ("3 walks/daily", "times_per_day", 3)],
)
def test_outings_counted_then_daily_or_weekly_after_a_slash_are_the_sessions(
    text: str, field: str, count: int
) -> None:
    assert getattr(read(text), field) == count


@pytest.mark.parametrize(
    "text",
    ["Do 10 quick, strong contractions.", "Do 10 quick, strong squeezes"],
)
def test_words_of_manner_before_a_count_are_passed_over(text: str) -> None:
    assert read(text).reps == 10


@pytest.mark.parametrize(
    "text", ["20 seconds of clenching, unclenching", "20 seconds of squeezing, relaxing, squeezing"]
)
def test_seconds_of_squeezing_then_a_release_after_a_comma_are_asked(text: str) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (20, True)
    assert "one contraction held, or over and over?" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Same again with the ankle over the other knee",
        "Same again, with the band looped over the other foot",
        "Change and place your foot behind the other leg",
        "Then switch: cross your ankle over the other knee",
        "Repeat, keeping your foot placed behind the other leg",
        "Repeat the exercise with the ball under the other foot",
    ],
)
def test_the_other_sides_turn_said_in_the_sentence_is_each_side(text: str) -> None:
    reading = read(text)
    assert (reading.per_side, reading.ambiguous) == (True, False)


@pytest.mark.parametrize(
    "text",
    [
        "Then cross your other ankle over the opposite knee",
        "Sit tall with both feet flat, then rest your ankle on top of the other knee",
        "Place your other hand over the opposite knee and twist",
    ],
)
def test_a_place_by_the_other_limb_after_then_or_another_limb_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.per_side, reading.ambiguous) == (True, True)
    assert "that side's turn, or a place by it?" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Repeat 10 times with your foot behind the other leg",
        "Keep your hips at the same height, and reach across the other knee",
        "Keeping the other leg straight, raise it to the height of the opposite knee.",
        "Change your grip and reach towards the other foot",
    ],
)
def test_a_place_by_the_other_limb_with_no_turn_said_is_no_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Stand on one leg, then hook the band under the other foot",
        "Change your grip and reach under the other foot",
    ],
)
def test_a_place_under_the_other_limb_after_then_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "that side's turn, or a place under it?" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Do 10 reps 5 times a week, 3 sets in total",
        "Do 10 reps with a weight in each hand, 3 sets in total",
        "Walk 3 times a week; do 10 squats, 3 sets in total",
        "Do 10 reps six times a day, 6 sets in total",
        "Do 10 reps morning and evening, 4 sets in total",
        "Do 10 reps Mon, Wed and Fri, 6 sets in total",
        "Do 10 reps each shoulder, 6 sets in total",
        "Repeat 10 times; do 3 sets in total over the day",
    ],
)
def test_sets_in_total_beside_sessions_or_sides_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "each session's sets, or all of them spread over" in reading.note


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        ("10 reps bd, 3 sets in total each time", 3),
        ("10 reps 3 times a week, 3 sets in total each session", 3),
        ("10 reps per set, 3 sets in total", 3),
    ],
)
def test_sets_in_total_each_session_or_after_a_set_named_are_the_sets(text: str, sets: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.ambiguous) == (sets, False)


@pytest.mark.parametrize(
    "text",
    [
        "2 days of fever",
        "If you have 3 days of headaches, see your GP",
        "Expect 2 days of soreness",
    ],
)
def test_days_of_a_symptom_are_no_course(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.times_per_week) == (None, None)
    assert "a symptom's time, not a course length" in reading.note


@pytest.mark.parametrize(
    "text",
    ["Hold 30 seconds - change.", "10 reps - change", "Clam x 10-change", "Hold 30 s (change)"],
)
def test_change_after_a_dose_and_a_dash_or_a_bracket_is_each_side(text: str) -> None:
    assert read(text).per_side


def test_a_time_increased_every_other_day_is_a_change_asked_for_its_step() -> None:
    reading = read("The time you wear it can be increased every other day")
    assert (reading.every_n_days, reading.ambiguous) == (None, True)
    assert "a change with no step" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Stretch in the evening; morning would also be fine",
        "Stretch in the morning; evening works too",
        "Walk in the morning; evening walks are also fine",
    ],
)
def test_a_second_time_said_to_work_too_is_asked_either_or_each(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "at either time, or at each?" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Allow 6 weeks for healing",
        "Allow 6 weeks to get full movement back",
        "Give yourself 2 weeks to get back to work",
    ],
)
def test_a_time_allowed_to_heal_or_get_back_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "an expected time, not a course length" in reading.note


def test_a_walk_for_weeks_to_get_strength_back_keeps_its_course() -> None:
    assert read("Walk daily for 6 weeks to get your strength back").duration_days == 42


def test_a_press_down_held_for_a_time_is_asked_held_or_pressing() -> None:
    reading = read("Press your heels down for 1 minute")
    assert (reading.hold_seconds, reading.ambiguous) == (60, True)


@pytest.mark.parametrize(
    "text",
    [
        "Take painkillers between meals if needed",
        "Use the inhaler between exercises if required",
        "Pause and use your inhaler if needed",
    ],
)
def test_something_used_between_things_if_needed_is_as_needed(text: str) -> None:
    assert read(text).prn


def test_as_said_of_a_treatments_effect_is_no_condition() -> None:
    reading = read("Elevate your leg as it helps the swelling go down each evening")
    assert (reading.times_per_day, reading.time_of_day) == (1, ("evening",))


@pytest.mark.parametrize(
    "text",
    [
        "On arising from a chair, pause before walking",
        "Upon arising from sitting, stand still for 10 seconds",
    ],
)
def test_arising_from_a_seat_is_no_morning(text: str) -> None:
    assert read(text).time_of_day is None


@pytest.mark.parametrize(
    ("text", "days"), [("3 days of pain relief", 3), ("10 days of nausea tablets", 10)]
)
def test_days_of_a_symptoms_treatment_are_a_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


def test_change_in_brackets_after_a_time_between_is_no_side() -> None:
    assert not read("Fentanyl patch every 72 hours (change)").per_side


@pytest.mark.parametrize(
    "text", ["Lift and lower the weight daily", "Stretch at the start of each working day"]
)
def test_a_movement_lowered_and_the_start_of_a_day_are_not_asked(text: str) -> None:
    assert not read(text).ambiguous


def test_sets_in_total_at_each_session_are_the_sets() -> None:
    reading = read("Do 10 reps twice a day, 3 sets in total at each session")
    assert (reading.sets, reading.ambiguous) == (3, False)


def test_a_change_of_no_symptom_leaves_the_time() -> None:
    reading = read("If the weather gets worse each evening, walk indoors")
    assert (reading.times_per_day, reading.time_of_day) == (1, ("evening",))


@pytest.mark.parametrize(
    "text", ["Do this when pain flares each day", "Whenever the pain flares each day, rest"]
)
def test_when_before_a_flaring_symptom_is_a_condition(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week) == (None, None)


@pytest.mark.parametrize(
    "text",
    ["3 x 10, take a rest between sets if needed", "3 x 10, short rests between sets if needed"],
)
def test_a_rest_named_in_the_clause_if_needed_leaves_the_sessions(text: str) -> None:
    reading = read(text)
    assert (reading.sets, reading.prn) == (3, False)


@pytest.mark.parametrize(
    "text", ["10 reps (change)", "Lunge 10 reps (change)", "Hold 1 min (change)"]
)
def test_change_in_brackets_after_a_dose_is_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Do your stretches at the start of each night shift",
        "Stretch at the start of each afternoon session",
    ],
)
def test_the_start_of_a_shift_or_class_at_a_time_of_day_is_asked(text: str) -> None:
    assert read(text).ambiguous


def test_arising_from_bed_at_night_is_no_morning() -> None:
    # getting up from bed is the morning unless the night is said
    assert read("On arising from your bed at night, sit first").time_of_day != ("morning",)


@pytest.mark.parametrize(
    "text", ["Raise the weight and lower the reps each week", "Increase 2 per set each week"]
)
def test_a_dose_lowered_or_raised_by_a_count_a_set_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.reps is None


@pytest.mark.parametrize(
    "text",
    ["1 minute of staying still, 30 seconds of sprinting", "Dressing x 1 (change)"],
)
def test_a_rest_staying_still_and_a_dressing_changed_are_no_hold_and_no_side(text: str) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.per_side) == (None, False)


@pytest.mark.parametrize(
    ("text", "reps"), [("Step up 10 per set, 3 sets", 10), ("Warm up 10 per set", 10)]
)
def test_an_exercise_ending_in_up_keeps_its_repetitions_a_set(text: str, reps: int) -> None:
    assert read(text).reps == reps


@pytest.mark.parametrize(
    "text", ["Lift and lower the weight daily", "Tilt and lower your pelvis daily"]
)
def test_a_movement_lowered_daily_is_daily(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (1, False)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Hold for over 10 seconds", 10),
        ("10 seconds of squeezing then relaxing", 10),
        ("10 seconds of gripping without releasing", 10),
        ("10 seconds of squeezing, fast release", 10),
        ("10 seconds of squeezing with your toes pointing up", 10),
        ("10 seconds of tightening the quads and straightening the knee", 10),
        ("10 seconds of squeezing, rest, then 10 fast squeezes", 10),
        ("10 seconds of squeezing, release quickly", 10),
        ("10 seconds of squeezing with a quick release", 10),
        ("10 seconds of squeezing, then relax. Repeat over and over", 10),
        ("10 seconds of tightening your thigh, then bending and straightening 10 times", 10),
        ("Hold the stretch over a period of 30 seconds", 30),
        ("Hold over the course of 10 secs", 10),
        ("20 seconds of staying in the plank position", 20),
        ("20 seconds of holding the plank", 20),
        ("10 seconds of gripping then opening and closing your hand", 10),
        ("Hold the bridge with your hips high over a period of 20 seconds", 20),
        ("Over a period of 30 seconds, hold the stretch", 30),
    ],
)
def test_a_contraction_or_position_held_for_seconds_is_the_hold(text: str, hold: int) -> None:
    # let go once ("then relaxing", "a quick release"), kept in a position, said before
    # another step, or over a period with "hold" said
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (hold, False)


@pytest.mark.parametrize(
    "text",
    [
        "10 seconds of squeezing the pelvic floor, over and over",
        "10 seconds of squeezing, on and off",
        "30 seconds of squeezing, pulsing quickly",
        "30 seconds of gripping, opening and closing",
        "10 seconds of squeezing, as fast as you can",
        "10 seconds of gripping, repeated quickly",
        "10 seconds of rapid squeezing",
        "30 seconds of fast contractions",
        "30 seconds of squeezing and releasing quickly",
        "20 seconds of squeezing then releasing, over and over",
        "10 seconds of squeezing and releasing, then rest",
        "30 seconds of pressing up and down then rest",
        "Lower over a period of 3 seconds while holding the chair",
        "Hold the stretch, then release over a period of 5 seconds",
    ],
)
def test_seconds_of_work_over_and_over_or_at_a_pace_are_no_hold(text: str) -> None:
    # squeezing over and over, on and off, pulsing or fast; a tempo beside a hold said apart
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Ice when pain and swelling increase each evening",
        "When your knee pain flares each week, rest",
    ],
)
def test_when_before_two_symptoms_or_a_body_parts_symptom_is_a_condition(text: str) -> None:
    reading = read(text)
    schedule = (reading.times_per_day, reading.times_per_week, reading.time_of_day)
    assert schedule == (None, None, None)


@pytest.mark.parametrize("text", ["10 times (change)", "Hold 30 seconds each (change)"])
def test_change_in_brackets_after_times_or_each_is_each_side(text: str) -> None:
    assert read(text).per_side


def test_the_start_of_an_evening_run_is_asked() -> None:
    assert read("At the start of each evening run, warm up").ambiguous


def test_a_hold_then_a_lowering_over_a_period_is_a_tempo() -> None:
    assert read("Hold and lower over a period of 4 seconds").hold_seconds is None
