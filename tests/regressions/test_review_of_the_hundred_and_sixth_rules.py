"""
What a fresh-eyes review found in the rules made from the blind sets -103 to -106 and
their mends: each test names the rule, with the review's phrases and others written the
same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    ["Train Monday nights, Wednesday nights off", "Monday night, Friday night off"],
)
def test_a_night_listed_before_another_night_off_is_asked(text: str) -> None:
    reading = read(text)
    assert (reading.days_of_week, reading.ambiguous) == (None, True)
    assert "all off, or a session on the first?" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Weekdays 9am, Saturday 9am, Sunday 10am",
        "Monday at 9am, Wednesday at 9am, Friday at 10am",
        "Mon at 7am, Wed at 7am, Sat at 8am",
    ],
)
def test_three_groups_of_days_with_other_times_are_asked(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (None, True)


def test_three_days_at_one_time_are_read() -> None:
    reading = read("Mon 6pm, Wed 6pm, Fri 6pm")
    assert (reading.days_of_week, reading.time_of_day) == (("MO", "WE", "FR"), ("18:00",))


@pytest.mark.parametrize(
    "text", ["Take a break from your tablet every hour", "Put your tablet away every 2 hours"]
)
def test_a_tablet_not_taken_is_a_screen(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize("text", ["Take tablets every 6 hours", "take 2 tablets every 4 hours"])
def test_tablets_taken_or_counted_are_a_medicine(text: str) -> None:
    assert not read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("After 10 seconds, return to facing the wall", 10),
        ("After 5 seconds, return to upright; repeat 5 times", 5),
    ],
)
def test_returning_to_the_middle_ends_a_hold(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text",
    [
        "Step up with one leg, then the other leg up onto the step, 10 times",
        "Lift the opposite arm up to shoulder height, 10 times",
    ],
)
def test_the_other_limb_brought_up_somewhere_is_no_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    ("text", "sets", "reps", "asked"),
    [
        ("Perform each set 5 times", 5, None, True),
        ("Do 10 reps, repeat each set 3 times", 3, 10, False),
        ("Do each set twice", 2, None, False),
        ("Do each set 10 times", None, 10, False),
    ],
)
def test_each_set_done_again(text: str, sets: object, reps: object, asked: bool) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (sets, reps, asked)


@pytest.mark.parametrize(("text", "days"), [("Every day up to 6 weeks", 42)])
def test_every_day_up_to_a_length_is_a_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    ("text", "per_week", "days", "reps"),
    [("Frequency: 3w4", 3, 28, None), ("PT: 2w4", 2, 28, None), ("3w4 x 10 reps", 3, 28, 10)],
)
def test_a_plan_of_care_code_after_a_label_or_before_a_count(
    text: str, per_week: int, days: int, reps: object
) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days, reading.reps) == (per_week, days, reps)


@pytest.mark.parametrize("text", ["Headache every night?", "Pins and needles every night?"])
def test_any_question_of_a_time_of_day_is_no_schedule(text: str) -> None:
    assert read(text).times_per_day is None


@pytest.mark.parametrize(
    "text",
    ["Patients with sciatica for 6 weeks", "Patients with knee osteoarthritis for 5 years"],
)
def test_how_long_people_have_had_a_condition_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize("text", ["a 6-week progress review", "the 12 week re-assessment"])
def test_a_review_with_a_word_before_it_is_a_point_in_time(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    "text", ["Wall sit done for 2 minutes", "Static stretching done for 2 minutes"]
)
def test_a_position_kept_long_is_still_held(text: str) -> None:
    assert read(text).hold_seconds == 120


@pytest.mark.parametrize(
    "text", ["Is your knee sore each morning?", "Does your back ache each night?"]
)
def test_a_symptom_asked_later_in_a_question_is_no_schedule(text: str) -> None:
    assert read(text).times_per_day is None


def test_an_exercise_asked_about_a_time_of_day_keeps_its_schedule() -> None:
    assert read("Walk every evening? Yes, 30 minutes.").time_of_day == ("evening",)


@pytest.mark.parametrize(
    ("text", "per_day", "days"),
    [
        ("participants with daily walking for 12 weeks", 1, 84),
        ("patients with the programme for 6 weeks, 3 x weekly", None, 42),
    ],
)
def test_people_with_a_treatment_keep_its_course(text: str, per_day: object, days: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.duration_days) == (per_day, days)


@pytest.mark.parametrize(
    "text",
    ["Monday night / Wednesday night off", "Monday nights, Wednesday nights and Friday nights off"],
)
def test_nights_listed_with_a_slash_or_commas_before_off_are_asked(text: str) -> None:
    reading = read(text)
    assert (reading.days_of_week, reading.ambiguous) == (None, True)


@pytest.mark.parametrize(
    ("text", "sets", "per_day"),
    [
        ("repeat the set, three times a day", None, 3),
        ("repeat the set, once", 2, None),
        ("repeat the set, 5 times per session", 5, None),
    ],
)
def test_the_set_repeated_before_a_frequency_or_once(
    text: str, sets: object, per_day: object
) -> None:
    reading = read(text)
    assert (reading.sets, reading.times_per_day) == (sets, per_day)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Stretching exercises done for 10 minutes daily", None),
        ("Sits done for 10 minutes", None),
        ("Isometric exercises are performed by raising the head up for 60 seconds", 60),
    ],
)
def test_long_work_done_for_a_time_is_no_hold_unless_still(text: str, hold: object) -> None:
    assert read(text).hold_seconds == hold


def test_each_set_again_after_sets_and_reps_is_asked() -> None:
    assert read("3 x 10, repeat each set 3 times").ambiguous


@pytest.mark.parametrize(
    ("text", "per_side"),
    [("Then the other leg up 10 times", True), ("the other leg off to the side, 10 reps", False)],
)
def test_the_other_limb_up_a_count_is_each_side(text: str, per_side: bool) -> None:
    assert read(text).per_side is per_side


def test_returning_to_a_middle_lane_ends_no_hold() -> None:
    assert read("After 30 seconds, return to middle lane").hold_seconds is None


@pytest.mark.parametrize(
    "text", ["tablet every 4 hours", "tablets every 4 hours as needed for pain"]
)
def test_tablets_with_no_screen_near_are_a_medicine(text: str) -> None:
    assert "read round the clock" not in (read(text).note or "")


def test_a_hold_of_at_least_one_length_up_to_another_is_a_range() -> None:
    from rehabplan.model import Range

    assert read("hold for at least 30 seconds, up to 2 minutes").hold_seconds == Range(30, 120)


def test_an_exercise_review_is_a_point_in_time() -> None:
    assert read("a 6-week exercise review").duration_days is None


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        ("10 reps. Repeat the set, 3 times a day", None),
        ("10 reps, repeat the set, 3 times, twice a day", 3),
    ],
)
def test_the_set_repeated_a_count_of_times_before_more_words(text: str, sets: object) -> None:
    assert read(text).sets == sets


@pytest.mark.parametrize(
    "text", ["people with a sprained ankle for 2 weeks", "patients with ongoing pain for 6 weeks"]
)
def test_people_with_a_condition_after_an_article_or_an_ing_word(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize("text", ["Sore knees each morning?", "Numb fingers every night?"])
def test_a_feeling_and_a_body_part_asked_is_no_schedule(text: str) -> None:
    assert read(text).times_per_day is None


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Static stretching done for 3 minutes", 180),
        ("static stretching performed for 5 minutes", 300),
    ],
)
def test_a_static_stretch_done_for_minutes_is_asked(text: str, hold: int) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (hold, True)


def test_the_other_leg_up_for_a_time_is_a_posture() -> None:
    assert not read("Hold the other leg up 10 seconds").per_side


@pytest.mark.parametrize(
    "text",
    [
        "If pain increases, 2 x 10 twice daily",
        "If swelling worsens, elevate the leg",
    ],
)
def test_a_worsening_symptom_with_a_dose_or_an_action_is_not_asked(text: str) -> None:
    assert "a warning, or when to do it?" not in (read(text).note or "")
