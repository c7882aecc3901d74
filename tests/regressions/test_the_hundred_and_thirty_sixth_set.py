"""
Rules made from the blind sets -136 and -137 and the misreads the twenty-fifth fresh-eyes
review left: each test names the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Call us if the pain gets worse",
        "Let us know if the pain increases",
        "Tell me if pain increases",
    ],
)
def test_asking_to_be_told_of_a_symptom_is_a_warning_not_as_needed(text: str) -> None:
    reading = read(text)
    assert not reading.prn
    assert "when to seek help" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Allow 6 weeks to see results",
        "Give it 6 weeks to see results",
        "Allow 6 weeks to notice a difference",
        "Allow 2 weeks for the exercises to work",
        "Allow at least 8 weeks to feel the full benefit",
        "Give yourself 4 weeks to get used to the routine",
    ],
)
def test_a_time_allowed_for_results_is_no_course(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.ambiguous) == (None, False)
    assert "an expected time, not a course length" in reading.note


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Allow 6 weeks for the full programme", 42),
        ("Allow 6 weeks to complete the programme", 42),
        ("Allow 4 weeks to get through the programme", 28),
        ("Allow 6 weeks to work through the programme", 42),
    ],
)
def test_a_time_allowed_for_the_programme_is_its_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    "text",
    [
        "Walk in the morning; evening is also fine",
        "Morning is a good time, evening is also fine",
        "Evenings are OK too, or mornings",
    ],
)
def test_a_second_time_of_day_said_to_do_as_well_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (2, True)
    assert "at either time, or at each?" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Allow the pain to settle each night",
        "This allows the swelling to go down each evening",
        "If ice helps the swelling go down each evening, carry on",
        "Unless ice helps the swelling go down each evening, call us",
        "Elevation helps the pain settle each night",
        "Tell us if ice helps the swelling go down each evening",
        "It helps the swelling go down each evening",
        "Try to let the swelling settle each evening",
        "Ice may help the swelling go down each evening",
    ],
)
def test_a_symptom_helped_with_no_aim_said_has_no_schedule(text: str) -> None:
    # (an aim is said with "to": "Elevate the leg to help the swelling go down each evening")
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day, reading.prn) == (None, None, False)


def test_a_treatment_to_allow_a_symptom_to_settle_keeps_its_time() -> None:
    reading = read("Rest to allow the swelling to settle each evening")
    assert (reading.times_per_day, reading.time_of_day) == (1, ("evening",))


@pytest.mark.parametrize(
    "text",
    [
        "Move your eye left and right 10 times, then the other eye",
        "Move your eye up and down 10 times, then do the other eye.",
        "Look up 10 times, then repeat with the other eye",
        "Move your eye left and right 10 times, then repeat with other eye",
    ],
)
def test_the_other_eye_said_last_is_each_side(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.per_side) == (10, True)


@pytest.mark.parametrize(
    "text",
    [
        "Cover the good eye, then using your other eye read for 10 minutes",
        "Do the other eye exercises twice a day",
        "Then do your other eye drops at night",
        "Cover the strong eye, then with your other eye follow the pen 10 times",
    ],
)
def test_the_other_eye_alone_or_before_a_noun_is_no_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Stretch twice during the working day, Monday to Friday, but not at weekends",
        "Stretch twice during the working day, Monday to Friday; weekends off",
        "Stretch twice during the working day, Monday to Friday, and rest at weekends",
        "Stretch twice during the working day, not at weekends",
        "Stretch twice during the working day, except weekends",
    ],
)
def test_weekends_taken_away_leave_the_working_days(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (2, False)
    assert reading.days_of_week == ("MO", "TU", "WE", "TH", "FR")


@pytest.mark.parametrize("text", ["0:10 seconds of rest", "1:30 minutes each"])
def test_minutes_and_seconds_in_a_unit_are_never_a_time_of_day(text: str) -> None:
    with pytest.raises(PhraseError, match="minutes and seconds"):
        read(text)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("5-10 seconds of flexing the quad, 5 seconds of resting. 20 reps.", (5, 10)),
        ("10 seconds of squeezing, 10 seconds of rest, 10 reps", 10),
        ("20 seconds of tightening your buttocks", 20),
    ],
)
def test_seconds_of_a_contraction_are_a_hold(text: str, hold: object) -> None:
    assert read(text).as_dict()["hold_seconds"] == (list(hold) if isinstance(hold, tuple) else hold)


@pytest.mark.parametrize(
    "text",
    [
        "2 minutes of squeezing",
        "10 to 15 minutes of vigorous exercise, concluding with five minutes of stretching",
        "lead each group in their assigned circuit for 30 seconds",
        "Press your palms together on and off for 1 minute",
        "Press your fingers into the putty repeatedly for 1 minute",
        "Press into the wall and let go for 1 minute",
    ],
)
def test_minutes_of_work_a_circuit_or_a_press_over_and_over_are_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("each training week has 3 days in which you workout", 3),
        ("the week has 4 training days", 4),
    ],
)
def test_days_a_week_has_are_days_a_week(text: str, per_week: int) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days) == (per_week, None)


@pytest.mark.parametrize("text", ["The first week has 3 days of rest", "The week has 2 days off"])
def test_days_off_a_week_has_are_no_sessions(text: str) -> None:
    with pytest.raises(PhraseError):
        read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keeping the other leg straight, raise it to the height of the opposite knee. Repeat 10-15 times for three sets.",
        "Cross your ankle over the other knee and hold 30 s",
        "Place your foot behind the other leg, hold for 20 seconds",
    ],
)
def test_a_place_by_the_other_limb_is_no_side(text: str) -> None:
    reading = read(text)
    assert not reading.per_side
    assert "a place by the other limb" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Repeat on the other leg",
        "Stay there for about five seconds and then drop your knees over the other side.",
        "Roll the ball under your foot for 2 minutes, then under the other foot",
        "Hold for 30 seconds, then do the same over the other knee",
        "Then lean towards the other leg",
        "Hold for 8 seconds and then change.",
        "Hold 30 s, change, repeat 3 times",
        "Hold 30 s. Change.",
        "Hold 30 s / change",
    ],
)
def test_the_other_limbs_turn_and_change_as_a_command_are_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text", ["wearing time increased each day", "The time can be increased each week"]
)
def test_a_length_increased_each_day_is_a_change_asked_for_its_step(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week, reading.ambiguous) == (None, None, True)
    assert "a change with no step" in reading.note


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Use ice after class to decrease pain and inflammation.", "after class"),
        ("Stretch before each class", "before class"),
        ("Stretch before rowing", "before rowing"),
        ("warm up for 15 minutes prior to bowling", "before bowling"),
        ("Stretch after karate", "after karate"),
        ("use an Obie foam roller after every rowing session", "after rowing"),
    ],
)
def test_a_class_and_more_sports_are_events(text: str, anchor: str) -> None:
    assert read(text).as_dict()["anchor"] == anchor


def test_the_end_of_one_class_is_no_event() -> None:
    assert read("Stretch before class ends.").anchor is None


@pytest.mark.parametrize(
    "text",
    [
        "See your GP if pain increases each day",
        "Call us if the pain gets worse each day",
        "Get help if the pain increases each day",
        "Let us know if the swelling increases each day",
        "Stop the exercise if the pain fails to settle each night",
        "If the swelling goes down each evening, progress",
        "If the pain settles each night, progress to the next stage",
        "Stop if the pain gets worse each day",
        "If pain increases each week, call us",
        "If pain increases weekly, call us",
    ],
)
def test_a_symptoms_course_in_a_warning_a_condition_or_a_stop_rule_has_no_schedule(
    text: str,
) -> None:
    reading = read(text)
    schedule = (reading.times_per_day, reading.times_per_week, reading.time_of_day, reading.prn)
    assert schedule == (None, None, None, False)
    assert "a symptom that changes, not how often" in reading.note


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("Stretch each morning until the stiffness eases", "morning"),
        ("If your pain is better, walk each evening", "evening"),
    ],
)
def test_a_time_of_day_beside_a_symptom_said_apart_is_the_sessions(text: str, slot: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (1, (slot,))


@pytest.mark.parametrize(
    "text", ["walk three days weekly:", "perform these exercises three days weekly:"]
)
def test_days_weekly_ending_the_text_with_a_colon_are_days_a_week(text: str) -> None:
    assert read(text).times_per_week == 3


@pytest.mark.parametrize(
    "text",
    [
        "Elevate your leg which helps the swelling go down each evening",
        "Elevate your leg - it helps the swelling go down each evening",
        "Elevate your leg, helping the swelling go down each evening",
        "Elevate to really help the swelling go down each evening",
        "Help the swelling go down each evening by raising your leg",
    ],
)
def test_a_treatments_effect_said_after_it_keeps_its_time(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (1, ("evening",))


@pytest.mark.parametrize(
    "text",
    [
        "Elevate your leg; this helps the swelling go down each evening",
        "Ice is useful; it helps the swelling go down each evening",
        "Walk daily, which helps the stiffness ease each morning",
    ],
)
def test_an_effect_said_apart_or_after_a_timed_treatment_is_asked_whose_time(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.time_of_day is None
    assert "the treatment's time, or the symptom's?" in reading.note


@pytest.mark.parametrize(
    ("text", "hold"),
    [("Press up into a plank for 2 minutes", 120), ("Press into downward dog for 1 minute", 60)],
)
def test_a_pose_pressed_into_is_held_not_asked(text: str, hold: int) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (hold, False)


def test_the_other_eye_in_the_same_way_is_each_side() -> None:
    assert read("Then do the other eye in the same way").per_side


def test_one_weeks_sessions_are_not_every_weeks() -> None:
    with pytest.raises(PhraseError):
        read("The last week has 2 sessions")


def test_a_station_named_keeps_the_hold_of_what_is_done_there() -> None:
    assert read("Balance station: stand on one leg for 30 seconds").hold_seconds == 30


@pytest.mark.parametrize(
    "text", ["Exercises are progressed each week", "The swelling reduced each day"]
)
def test_a_change_said_in_the_past_is_noted_not_asked(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.times_per_day, reading.ambiguous) == (None, None, False)


def test_two_times_of_day_said_together_to_be_good_are_each() -> None:
    reading = read("Do these twice a day; morning and evening are good times")
    assert (reading.times_per_day, reading.ambiguous) == (2, False)


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [("Now repeat it 10 times, three sets in total.", 3, 10), ("6 sets in total", 6, None)],
)
def test_sets_in_total_after_repetitions_are_the_sets(text: str, sets: int, reps: object) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (sets, reps)


@pytest.mark.parametrize(
    "text", ["3 x 10 twice a day, 6 sets in total", "3 sets of 10, 6 sets in total"]
)
def test_sets_in_total_after_sets_are_a_total(text: str) -> None:
    reading = read(text)
    assert reading.sets == 3
    assert "a total, not the dose" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Hold for up to two minutes (about 15 relaxed breaths).",
        "Hold for 30 seconds (about 5 breaths)",
        "Hold for 30 seconds - about 5 breaths",
    ],
)
def test_breaths_restating_a_holds_length_are_no_repetitions(text: str) -> None:
    reading = read(text)
    assert reading.reps is None
    note = reading.note or ""
    assert "another length of the hold" in note or "a hold's length in breaths" in note


def test_a_count_of_steps_is_no_step_up() -> None:
    reading = read("taken part in a 10000 step daily challenge")
    assert reading.times_per_day == 1
    assert "a change with no step" not in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "If you perform the following stretches 1-2 times per shift",
        "Stretch twice per shift",
        "Do these 3 times each shift",
    ],
)
def test_a_count_each_work_shift_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.times_per_day, reading.ambiguous) == (None, None, True)
    assert "a shift is not a day" in reading.note


def test_a_change_named_as_a_noun_is_no_side() -> None:
    with pytest.raises(PhraseError):  # nothing else is read: refused, never a side
        read("85% of adults will have some degenerative change")


def test_a_press_with_the_lower_back_named_is_asked_a_hold_first() -> None:
    reading = read("Press your lower back into the floor for 1 minute")
    assert (reading.hold_seconds, reading.ambiguous) == (60, True)


@pytest.mark.parametrize(
    "text",
    [
        "Place your foot under the other knee and hold for 30 seconds",
        "Roll the ball under the other foot",
    ],
)
def test_under_the_other_limb_is_asked_its_turn_first(text: str) -> None:
    reading = read(text)
    assert (reading.per_side, reading.ambiguous) == (True, True)
    assert "that side's turn, or a place under it?" in reading.note


def test_sets_in_total_beside_a_count_a_day_are_asked() -> None:
    reading = read("Do 10 reps twice a day, 4 sets in total")
    assert (reading.sets, reading.times_per_day, reading.ambiguous) == (4, 2, True)
    assert "each session's sets, or all of them spread over" in reading.note


@pytest.mark.parametrize("text", ["Stretch twice during the working day; weekends rest"])
def test_weekends_rested_without_a_negation_stay_asked(text: str) -> None:
    assert read(text).ambiguous


def test_two_more_times_of_day_also_fine_are_asked() -> None:
    reading = read("Stretch in the morning; lunchtime and evening are also fine")
    assert reading.ambiguous
    assert "at either time, or at each?" in reading.note


@pytest.mark.parametrize(
    ("text", "sets"),
    [("Do 10 side planks, 3 sets in total", 3), ("Do 10 leg raises daily, 3 sets in total", 3)],
)
def test_sets_in_total_beside_an_exercises_name_or_one_day_are_the_sets(
    text: str, sets: int
) -> None:
    assert read(text).sets == sets


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("And if you're older, at least 3 days of balance exercises", 3),
        ("the gold standard is to do 3-4 days of cardio and 2 days of strength exercises", 2),
    ],
)
def test_days_of_an_exercise_are_asked_days_a_week_first(text: str, per_week: int) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days, reading.ambiguous) == (
        per_week,
        None,
        True,
    )


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("the first 3 days of the programme", 3),
        ("for 5 days of walking", 5),
        ("5 days of antibiotics", 5),
    ],
)
def test_the_first_days_of_for_days_of_or_days_of_a_medicine_are_a_course(
    text: str, days: int
) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.times_per_week) == (days, None)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("10 seconds of squeezing, then relax", 10),
        ("10 seconds of squeezing, then relaxing", 10),
        ("10 seconds of squeezing and 10 seconds of rest", 10),
        ("10 seconds of squeezing, releasing, 10 times", 10),
        ("10 seconds of squeezing up your pelvic floor", 10),
        ("10 seconds of squeezing with your arms over your head", 10),
        ("10 seconds of pressing your knee down into the bed", 10),
        ("10 seconds of squeezing and releasing", None),
        ("10 seconds of squeezing quickly", None),
        ("10 seconds of squeezing, repeatedly", None),
        ("10 seconds of squeezing on and off", None),
        ("10 seconds of squeezing in and out", None),
        ("30 seconds of flexing and extending your ankle", None),
        ("30 seconds of flexing your ankle up and down", None),
    ],
)
def test_seconds_of_squeezing_let_go_once_are_held_and_over_and_over_are_not(
    text: str, hold: object
) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text", ["Do 10 reps 2x/day, 4 sets in total", "Do 10 reps twice weekly, 4 sets in total"]
)
def test_sets_in_total_split_over_days_or_weeks_are_asked(text: str) -> None:
    reading = read(text)
    assert (reading.sets, reading.ambiguous) == (4, True)
    assert "each session's sets, or all of them spread over" in reading.note
