"""
Rules made from the blind sets -170 and -171 and the misreads the fifty-first fresh-eyes
review found: each test names the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Plank. Try your best to keep going for 30 seconds", 30),
        ("Side plank. If it is comfortable, keep going for 30 seconds", 30),
        ("Plank. Keep your back flat and keep going for 30 seconds", 30),
        ("Wall squat. Stay strong and keep going for 40 seconds", 40),
        ("PLANK. TRY YOUR BEST TO KEEP GOING FOR 30 SECONDS", 30),
    ],
)
def test_a_position_in_the_sentence_before_a_sentence_naming_none_is_held(
    text: str, hold: int
) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (hold, False)


@pytest.mark.parametrize(
    "text",
    [
        "Squat to a chair, keep going for 30 seconds",
        "Plank to downward dog, keep going for 30 s",
        "Squat down and back up, keep going for 30 seconds",
        "Sit down and get up, keep going for 30 seconds",
        "Squat and rise onto your toes, keep going for 30 seconds",
        "Plank to push-up, keep going for 30 s",
    ],
)
def test_a_position_moved_on_from_past_an_article_or_a_link_is_no_hold(text: str) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (None, False)


@pytest.mark.parametrize(
    "text",
    [
        "Bridge to a comfortable height, keep going for 30 seconds",
        "Squat to the count, keep going for 30 seconds",
    ],
)
def test_a_position_then_words_not_known_to_hold_or_move_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "held, or moved on from" in (reading.note or "")


_POSITIONS = st.sampled_from(["Plank", "Side plank", "Wall sit", "Bridge", "Squat", "Lunge"])
_LEAD_INS = st.sampled_from(
    [
        "Try your best to",
        "If you can,",
        "It gets hard, but",
        "Breathe normally and",
        "Then",
        "Keep your hips level and",
    ]
)


@given(_POSITIONS, _LEAD_INS, st.integers(10, 90))
def test_a_sentence_naming_no_position_keeps_the_one_before(
    position: str, lead_in: str, seconds: int
) -> None:
    reading = read(f"{position}. {lead_in} keep going for {seconds} seconds")
    assert reading.hold_seconds == seconds or reading.ambiguous


@given(_POSITIONS, st.sampled_from(["a box", "the mat", "a bench", "your limit", "a step"]))
def test_a_position_moved_to_somewhere_is_never_a_silent_hold(position: str, to: str) -> None:
    reading = read(f"{position} to {to}, keep going for 30 seconds")
    assert reading.hold_seconds is None or reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Neck turn, without leaning, 10 to the left and 10 to the right",
        "Head tilt, without turning, 10 to the left and 10 to the right",
        "Pelvic tilt, without twisting, 10 to the right and 10 to the left",
        "Turn the head, without leaning, 10 times to the right and then 10 times to the left",
        "Twist the trunk, without leaning, 10 to the right and 10 to the left",
        "Lean, without twisting, 10 to the left and 10 to the right",
        "Turn your head 10 times to the right and 10 times to the left",
        "Stand tall, turn your head 10 times to the right and 10 times to the left",
        "rotate your knees 10 times to the left and 10 times to the right.",
    ],
)
def test_a_turn_named_or_commanded_before_the_count_is_each_direction(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.per_side, reading.ambiguous) == (10, False, False)


@pytest.mark.parametrize(
    "text",
    [
        "Rotate onto your side, without twisting, 10 leg lifts on the right and 10 on the left",
        "Roll up a towel, place it under your knee, 10 lifts on the right and 10 on the left",
    ],
)
def test_a_turn_onto_a_side_or_of_a_thing_keeps_the_sides(text: str) -> None:
    reading = read(text)
    assert reading.per_side and not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "While turning, keep the trunk still, 10 on the right and 10 on the left",
        "Twist the towel, 10 to the right and 10 to the left",
    ],
)
def test_a_turn_said_further_back_and_not_plainly_the_exercise_s_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and "each direction, or each side" in (reading.note or "")


_PARTS = st.sampled_from(["Neck", "Head", "Trunk", "Pelvic", "Upper body"])
_TURNS = st.sampled_from(["turn", "tilt", "twist", "rotation", "turns", "tilts"])
_KEPT = st.sampled_from(["without leaning", "without tilting", "no shrugging", "without arching"])


@given(_PARTS, _TURNS, _KEPT, st.integers(2, 20))
def test_a_named_turn_kept_from_something_else_counts_each_direction(
    part: str, turn: str, kept: str, n: int
) -> None:
    reading = read(f"{part} {turn}, {kept}, {n} to the left and {n} to the right")
    assert (reading.reps, reading.per_side) == (n, False)


@pytest.mark.parametrize(
    "text",
    [
        "Load was increased when subjects performed 10 RM.",
        "muscle strength was evaluated by 10 repetition maximum (10 RM) for leg press",
        "assessed using four to six repetition maximum bench press",
    ],
)
def test_a_rep_maximum_measured_or_reached_is_no_count(text: str) -> None:
    assert read(text).reps is None


@pytest.mark.parametrize(
    ("text", "every"),
    [
        ("Stretch every other evening before bed", 2),
        ("Take 1 tablet every other evening just before bedtime", 2),
        ("Stretch each evening, just before you go to bed", None),
        ("Stretch on alternate evenings before bed", 2),
    ],
)
def test_an_evening_just_before_bed_is_one_session_at_bedtime(text: str, every: int | None) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.every_n_days) in {(1, every), (None, every)}
    assert reading.time_of_day == ("bedtime",)


def test_a_tension_kept_for_a_count_of_seconds_is_held() -> None:
    reading = read(
        'Keep lower stomach "core" muscle tense for a count of 10 seconds, repeat 10 times.'
    )
    assert (reading.hold_seconds, reading.reps) == (10, 10)


def test_an_internal_or_external_rotation_is_a_movement_of_one_side() -> None:
    reading = read("Side Lying Shoulder External Rotation x 8 each")
    assert (reading.reps, reading.per_side) == (8, True)


@pytest.mark.parametrize(
    "text",
    [
        "Lean to the side, without twisting, 10 to the left and 10 to the right",
        "Lean forward, without twisting, 10 to the left and 10 to the right",
    ],
)
def test_a_lean_to_a_side_or_forward_is_each_direction(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.per_side) == (10, False)


@pytest.mark.parametrize(
    "text",
    [
        "Shoulder drops both eyes closed 10 times",
        "Box drops both eyes open 3 x 5",
        "Shoulder drops (both eyes closed) x10",
        "Head drops - both eyes open - x10",
    ],
)
def test_an_exercise_s_drops_with_both_eyes_closed_are_no_medicine(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Artificial tears, both eyes, up to 4 times a day",
        "Lubricant drops, both eyes up to 4 times a day",
        "Eye drops, both eyes, straight after your shower, twice a day",
    ],
)
def test_when_a_dose_goes_in_both_eyes_is_no_look(text: str) -> None:
    reading = read(text)
    assert reading.per_side or reading.ambiguous


@pytest.mark.parametrize(
    "text",
    ["Bridge up, then keep going for 20 seconds", "Squat and reach, keep going for 30 s"],
)
def test_a_position_kept_or_moved_on_from_past_a_comma(text: str) -> None:
    reading = read(text)
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text", ["Check pulse and sat at 9am daily", "Record HR, BP and sat at 8am daily"]
)
def test_sat_after_other_measures_and_no_day_is_no_saturday(text: str) -> None:
    assert read(text).days_of_week is None


def test_a_movement_in_the_sentence_with_keep_going_is_a_bout() -> None:
    reading = read("Plank. Now tap each shoulder in turn and keep going for 30 seconds")
    assert reading.hold_seconds is None


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("Aciclovir 200 mg once every 4 hours, 5 times a day for 5 days", 5),
        ("This should be done 6 times per day (approximately every 2 hours).", 6),
        ("every 3 hours, 4 times a day", 4),
    ],
)
def test_a_count_a_day_spaced_some_hours_apart_is_the_count_asked(text: str, per_day: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (per_day, True)
    assert "spaced while awake" in (reading.note or "")


@given(st.integers(2, 12), st.integers(1, 12))
def test_a_count_and_hours_apart_are_one_count_the_day_s_spacing_or_refused(
    per_day: int, hours: int
) -> None:
    text = f"every {hours} hours, {per_day} times a day"
    try:
        reading = read(text)
    except PhraseError:
        assert (per_day - 1) * hours > 18 or per_day * hours > 24
        return
    assert reading.times_per_day == per_day
    assert reading.ambiguous == (per_day * hours != 24)


@pytest.mark.parametrize(
    "text",
    [
        "Turn to face the wall, 10 calf raises on the right and 10 on the left",
        "Lean your hands on the wall, 10 calf raises on the right and 10 on the left",
        "Tilt the pelvis back, 10 leg lifts on the right and 10 on the left",
        "Turn to face the chair, step-ups x 10 + 10",
        "Lean forward, single arm rows x 10 + 10",
        "Turn your palm up, 10 wrist curls on the right and 10 on the left",
        "Keep your head still, looking ahead, leg swings x 10 + 10",
        "Sit tall and look forward, 10 knee lifts on the right and 10 on the left",
    ],
)
def test_a_turn_setting_up_the_position_of_another_movement_counted_keeps_the_sides(
    text: str,
) -> None:
    reading = read(text)
    assert reading.per_side and not reading.ambiguous


_SET_UPS = st.sampled_from(
    ["Turn to face the wall", "Lean forward", "Tilt the pelvis", "Turn your head away"]
)
_MOVES = st.sampled_from(["calf raises", "leg lifts", "rows", "clams", "kickbacks"])


@given(_SET_UPS, _MOVES, st.integers(2, 20))
def test_a_count_naming_its_own_movement_after_a_turn_is_each_side(
    set_up: str, moves: str, n: int
) -> None:
    reading = read(f"{set_up}, {n} {moves} on the right and {n} on the left")
    assert (reading.reps, reading.per_side) == (n, True)


@pytest.mark.parametrize(
    "text",
    [
        "Timolol drops both eyes, looking up, twice daily",
        "Timolol drops both eyes in the morning",
        "Latanoprost drops both eyes, once at night",
    ],
)
def test_a_medicine_s_drops_named_by_the_drug_are_each_eye_or_asked(text: str) -> None:
    reading = read(text)
    assert reading.per_side or reading.ambiguous


def test_both_eyes_up_to_a_place_move_together() -> None:
    assert not read("Take both eyes up to the ceiling and back down, 10 times").per_side


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Downward dog to plank and back, keep going for 40 s", None),
        ("Squat down and up, no holding, keep going for 30 seconds", None),
        ("Lunge and twist, keep going for 30 s", None),
        ("Plank and look down at the floor, keep going for 30 s", 30),
        ("Bridge and push through your heels, keep going for 30 seconds", 30),
        ("Plank and brace your core, keep going for 20 seconds", 20),
    ],
)
def test_a_cue_stays_and_a_movement_or_a_place_moves_on(text: str, hold: int | None) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (hold, False)


def test_lower_naming_a_part_before_a_count_is_held() -> None:
    assert read("Keep your lower back flat for a count of 10").hold_seconds == 10


def test_sat_in_a_list_of_days_is_saturday_or_asked() -> None:
    reading = read("Run on Tuesday at 6:30pm, and Sat at 8am")
    assert "SA" in (reading.days_of_week or ()) or reading.ambiguous


def test_a_rep_maximum_beside_sets_is_still_the_reps() -> None:
    reading = read("3 sets at your estimated 10RM")
    assert (reading.sets, reading.reps) == (3, 10)


@pytest.mark.parametrize(
    ("text", "every"),
    [
        ("Every third evening before bed, 2 x 10", 3),
        ("Stretch every 3rd night before bed", 3),
        ("Stretch every fourth evening", 4),
    ],
)
def test_every_nth_evening_or_night_is_every_n_days(text: str, every: int) -> None:
    assert read(text).every_n_days == every


@pytest.mark.parametrize(
    "text",
    [
        "remember to do 2 or 3 different stretches for approximately 5 minutes after every run",
        "Do 3 different exercises, 10 reps each",
    ],
)
def test_a_count_of_different_exercises_is_no_count_of_repetitions(text: str) -> None:
    assert read(text).reps in (None, 10)
    assert "a count of exercises" in (read(text).note or "")


def test_a_cycle_of_days_is_no_course() -> None:
    reading = read("3 x 10 in a four day cycle")
    assert (reading.duration_days, reading.ambiguous) == (None, True)


def test_a_ratio_said_as_great_as_is_no_count() -> None:
    assert read("generate forces 5x as great as walking, 3 x 10 daily").reps == 10


@pytest.mark.parametrize(
    "text",
    [
        "Trunk rotations: do 10 to the left and 10 to the right",
        "Head turns: complete 10 to the left and 10 to the right",
        "Neck rotation in sitting: 10 times slowly to the right and 10 times slowly to the left",
        "Trunk rotation with band, do x 10 + 10",
        "Look over your shoulder 10 times to the right and 10 times to the left",
    ],
)
def test_a_named_turn_counted_with_a_lead_verb_or_a_manner_is_each_direction(text: str) -> None:
    reading = read(text)
    assert reading.per_side is False or reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Ankle drops both eyes closed, 3 x 10",
        "Calf raises and drops both eyes closed x 10",
        "Eccentric drops both eyes closed 3 x 12",
        "Brow drops both eyes open 10 times",
    ],
)
def test_drops_after_a_word_neither_dosing_nor_a_drug_are_no_silent_medicine(text: str) -> None:
    reading = read(text)
    assert not reading.per_side or reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Squat and press, keep going for 30 seconds",
        "Squat and press overhead, keep going for 40 seconds",
        "Plank and push back into downward dog, keep going for 30 seconds",
        "Plank and push up onto your hands, keep going for 30 s",
    ],
)
def test_a_push_or_a_press_that_moves_on_is_a_bout(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is None or reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "On the lower, count to 4",
        "The lower should take a count of 3",
        "In the lower phase, count to 3",
    ],
)
def test_the_lower_as_a_phase_paces_the_count(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is None or reading.ambiguous


@pytest.mark.parametrize(
    ("text", "reps"),
    [("10RM assessed then 3 x 10 at 50%", 10), ("4 x 6RM, 10RM tested at the start", 6)],
)
def test_a_rep_maximum_tested_beside_a_dose_leaves_the_dose(text: str, reps: int) -> None:
    assert read(text).reps == reps


def test_times_as_big_as_you_can_is_a_count() -> None:
    assert read("Circle your arm 10 times as big as you can").reps == 10


@pytest.mark.parametrize("text", ["every 5 hours, 4 times a day", "every 7 hours, 3 times a day"])
def test_hours_apart_that_do_not_divide_the_day_are_asked(text: str) -> None:
    assert read(text).ambiguous


def test_every_third_evening_in_brackets_before_bed_is_one_session() -> None:
    reading = read("Stretch every 3rd evening (before bed)")
    assert (reading.every_n_days, reading.time_of_day) == (3, ("bedtime",))


@pytest.mark.parametrize("text", ["3 x 10 squats, Sat", "Weight training 3 x 10, Sat"])
def test_sat_after_a_dose_is_saturday(text: str) -> None:
    assert read(text).days_of_week == ("SA",)


@pytest.mark.parametrize(
    "text", ["<2 training sessions per week", "fewer than 2 training sessions per week"]
)
def test_fewer_than_a_count_of_named_sessions_is_a_ceiling_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Turn to face the wall, 10 calf raise on the right and 10 on the left",
        "Turn sideways, hip abduction x 10 + 10",
        "Lean forward onto the bench, 10 hamstring curl on the right and 10 on the left",
    ],
)
def test_a_singular_or_unlisted_movement_after_a_set_up_turn_is_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Side plank and push up through your elbow, keep going for 30 s", 30),
        ("Side plank and push your hips up, keep going for 30 s", 30),
        ("Plank and draw your belly button in, keep going for 30 s", 30),
    ],
)
def test_a_cue_pushing_a_part_within_a_position_is_held(text: str, hold: int) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (hold, False)


@pytest.mark.parametrize(
    "text", ["Lift your hips, lower back down to a count of 3", "Lower leg down to a count of 5"]
)
def test_lower_as_a_verb_before_a_part_paces_the_count(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text", ["every 10-12 hours, twice a day", "every 5-6 hours, 4 times a day"]
)
def test_a_range_of_hours_that_fills_the_day_is_not_asked(text: str) -> None:
    assert not read(text).ambiguous


def test_looking_ahead_with_shoulder_blades_set_is_no_turn() -> None:
    reading = read(
        "Keep looking ahead with shoulder blades set, 10 on the right and 10 on the left"
    )
    assert reading.per_side or reading.ambiguous


@pytest.mark.parametrize(
    "text", ["Stretch most evenings", "Most evenings before bed", "Some nights before bed"]
)
def test_most_or_some_evenings_are_a_vague_count_asked(text: str) -> None:
    assert read(text).ambiguous


def test_sat_closing_a_dose_with_a_full_stop_is_saturday() -> None:
    assert read("3 x 10 squats, Sat.").days_of_week == ("SA",)
