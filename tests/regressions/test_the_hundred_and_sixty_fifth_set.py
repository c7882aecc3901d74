"""
Rules made from the blind set -165 and the misreads the forty-fifth fresh-eyes review
found: each test names the rule, with the phrase and others written the same way.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Lid wipes both eyes twice daily",
        "Warm compresses both eyes 10 minutes twice daily",
        "Eye drops: both eyes, 4 times a day",
        "Eye drops (both eyes) 4 times daily",
        "Eye ointment / both eyes / at night",
        "Hypromellose both eyes QDS",
        "Instil both eyes twice daily",
        "Cleanse lids of both eyes twice daily",
    ],
)
def test_a_medicine_or_a_wipe_for_both_eyes_is_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Focus both eyes on the pen, 10 times",
        "Stand on one leg, both eyes gently closed, for 30 seconds",
        "Stand with feet together, both eyes looking ahead, for 30 seconds",
        "Gaze stabilisation, both eyes on the letter, 1 minute 3 times a day",
        "Gaze stability: both eyes fixed on the target, turn head side to side 10 times",
        "Tandem stance; both eyes closed, 3 x 20 seconds",
        "Cover both eyes with your palms for 1 minute, twice a day",
    ],
)
def test_both_eyes_moving_looking_or_closed_together_are_no_side(text: str) -> None:
    assert not read(text).per_side


@given(
    st.sampled_from(["Drops", "Ointment", "Artificial tears", "Lid scrubs", "Chloramphenicol"]),
    st.sampled_from(["", ":", ",", " -"]),
    st.sampled_from(["twice daily", "4 times a day", "at night", "QDS"]),
)
def test_any_treatment_put_in_both_eyes_is_each_side(what: str, mark: str, when: str) -> None:
    assert read(f"{what}{mark} both eyes {when}").per_side


@pytest.mark.parametrize(
    "text",
    [
        "Stand up from the chair and circle your arms 10 times to the right and 10 times to "
        "the left",
        "Lift your foot from the floor and circle the ankle 10 times to the right and 10 times "
        "to the left",
        "Starting from neutral, rotate your head 5 times to the right and 5 times to the left",
        "Keep the knee still without any movement and rotate the foot 10 times to the right "
        "and 10 times to the left",
    ],
)
def test_a_circle_after_a_place_or_another_clause_is_still_each_direction(text: str) -> None:
    reading = read(text)
    assert reading.reps in (5, 10)
    assert not reading.per_side


@pytest.mark.parametrize(
    "text",
    [
        "Keep your pelvis from rotating, bend 5 times to the right and 5 times to the left",
        "Without rotating, side bend 5 times to the right and 5 times to the left",
    ],
)
def test_a_bend_kept_from_rotating_is_each_side(text: str) -> None:
    assert read(text).per_side


@given(
    st.sampled_from(["the chair", "the floor", "the bed", "neutral", "the wall"]),
    st.sampled_from(["circle", "rotate"]),
    st.integers(2, 20),
)
def test_from_a_place_never_keeps_a_circle_from_turning(place: str, verb: str, n: int) -> None:
    text = f"Move away from {place} and {verb} the ankle {n} times to the right and {n} times to the left"
    reading = read(text)
    assert (reading.reps, reading.per_side) == (n, False)


@pytest.mark.parametrize(
    "text",
    [
        "Mountain climbers from plank, keep going for 30 seconds",
        "Keep good position and keep going for 30 seconds",
        "Start position, keep going for 30 seconds",
    ],
)
def test_a_position_named_before_keep_going_is_where_the_movement_starts(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Keep the tension going for 20 seconds", 20),
        ("Keep the position going for 20 seconds", 20),
        ("Hold the squeeze and keep going for 10 seconds", 10),
    ],
)
def test_what_is_kept_still_after_keep_is_held(text: str, hold: int) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (hold, False)


@pytest.mark.parametrize(
    "text",
    ["Quick squeeze, keep going for 30 seconds", "Pulse the squeeze and keep going for 20 s"],
)
def test_a_squeeze_kept_going_is_asked_held_or_again_and_again(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "again and again" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Rest 60 s between the 3 sets as needed",
        "Rest 2 minutes between your 3 sets if required",
        "Rest 30 seconds between each of the 3 sets as needed",
        "Rest 30 seconds between 3 sets of 12 reps as needed",
        "Rest between 3 x 30 second holds as needed",
    ],
)
def test_a_rest_between_the_sets_is_what_is_taken_as_needed(text: str) -> None:
    reading = read(text)
    assert not reading.prn
    assert "a rest as needed" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    ["Pause then do between 3 x 10 as needed", "Rest for 5 minutes then between 3 x 10 as needed"],
)
def test_a_dose_after_then_is_what_is_done_as_needed(text: str) -> None:
    assert read(text).prn


@given(
    st.sampled_from(["Rest", "Rest for", "Pause for"]),
    st.integers(10, 120),
    st.sampled_from(["", "the ", "your ", "each of the ", "all "]),
    st.integers(2, 5),
    st.sampled_from(["as needed", "if needed", "if required"]),
)
def test_any_rest_between_counted_sets_is_never_the_sessions_as_needed(
    rest: str, seconds: int, det: str, sets: int, needed: str
) -> None:
    reading = read(f"{rest} {seconds} seconds between {det}{sets} sets {needed}")
    assert not reading.prn


@pytest.mark.parametrize(
    "text",
    [
        "Tues 2-7pm Wed 2-7pm Thurs 9-2pm Sat 9-2 pm",
        "Tues 2pm Wed 3pm",
        "Mon 9am Fri 5pm",
    ],
)
def test_days_each_with_their_own_times_are_asked_with_no_separator(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "each day has its own time" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Walk Wed 2-7pm", ("WE",)),
        ("Swim Sat 9 - 10am", ("SA",)),
        ("Tues 2pm Wed 2pm", ("TU", "WE")),
    ],
)
def test_a_weekday_word_before_a_span_of_hours_is_the_day(text: str, days: tuple[str, ...]) -> None:
    assert read(text).days_of_week == days


@pytest.mark.parametrize(
    "text",
    [
        "A GP holds two sessions on explaining pain",
        "The clinic holds 3 classes a week",
        "She holds 2 appointments on Mondays",
    ],
)
def test_meetings_someone_holds_are_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Heavy lifting should be avoided for 6 weeks",
        "Complete bed rest in excess of 3 days should be avoided",
        "Running is prohibited for 2 weeks",
    ],
)
def test_a_length_said_of_what_is_avoided_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a negation" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Can you stand on one foot for 30 seconds without tipping over?",
        "Can you do 10 squats?",
        "Are you able to walk for 20 minutes twice a day?",
    ],
)
def test_a_question_to_the_reader_is_asked_not_prescribed(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a question to the reader" in (reading.note or "")


def test_a_question_the_handout_answers_is_no_question_to_the_reader() -> None:
    reading = read("How often? 3 x 10 twice a day")
    assert "a question to the reader" not in (reading.note or "")


@given(st.integers(2, 10), st.sampled_from(["process", "exercise", "steps", "movement"]))
def test_a_side_named_for_the_same_dose_in_its_own_sentence_is_asked(n: int, what: str) -> None:
    reading = read(
        f"Hold 5 seconds, repeat {n} times. Then perform the same {what}, now on the left side."
    )
    assert reading.per_side or reading.ambiguous


@given(
    st.integers(2, 6),
    st.integers(2, 20),
    st.sampled_from(["reps", "repetitions", "squats"]),
    st.sampled_from(["({s} sets of {r})", "({s} x {r})", "- {s} sets of {r}"]),
)
def test_a_total_said_again_as_sets_of_a_count_is_those_sets(
    s: int, r: int, what: str, shape: str
) -> None:
    reading = read(f"{s * r} {what} " + shape.format(s=s, r=r))
    assert (reading.sets, reading.reps) == (s, r)
    assert f"is the total of {s} sets of {r}" in (reading.note or "")


@given(st.integers(2, 6), st.integers(2, 20), st.integers(1, 5))
def test_sets_that_do_not_make_the_total_are_refused(s: int, r: int, off: int) -> None:
    with pytest.raises(PhraseError, match="say different things"):
        read(f"{s * r + off} reps ({s} sets of {r})")


@pytest.mark.parametrize(
    "text",
    [
        "Shift both eyes up and down 10 times",
        "Cross both eyes and hold 3 seconds, 10 times",
        "Rotate both eyes in a big circle 5 times each way",
        "Both eyes look up, then down, 10 times",
        "Bring both eyes in towards your nose, 10 times",
        "Drop both eyes to the floor, 10 times",
    ],
)
def test_both_eyes_moved_by_any_verb_are_no_side(text: str) -> None:
    assert not read(text).per_side


@given(
    st.sampled_from(["Shift", "Cross", "Turn", "Lift", "Lower", "Swing", "Dart"]),
    st.sampled_from(["up and down", "left and right", "in", "to the side"]),
    st.integers(2, 20),
)
def test_both_eyes_moved_somewhere_are_never_each_side(verb: str, where: str, n: int) -> None:
    assert not read(f"{verb} both eyes {where} {n} times").per_side


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Plank, keep going for 30 seconds", 30),
        ("Side plank: keep going for 20 seconds each side", 20),
        ("In the stretch position, keep going for 30 seconds", 30),
        ("Hold the plank position. Keep going for 30 seconds.", 30),
        ("Wall sit, keep going for 45 seconds", 45),
    ],
)
def test_a_position_named_before_keep_going_is_kept_still(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text",
    [
        "Squat jumps: keep going for 30 s",
        "From the squat position keep going for 30 seconds",
        "Run on the spot, keep going for 30 seconds",
    ],
)
def test_a_movement_from_or_after_a_position_kept_going_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Keep your back from arching and rotating, lunge 8 times to the right and 8 times to "
        "the left",
        "No twisting or rotating, side bend 5 times to the right and 5 times to the left",
    ],
)
def test_a_list_of_movements_kept_from_keeps_the_sides(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize("text", ["Stay out of the sun 12-3pm", "Avoid the sun 11am"])
def test_the_sun_after_an_article_is_no_sunday(text: str) -> None:
    assert read(text).days_of_week is None


@pytest.mark.parametrize(
    "text",
    [
        "Both eyes: 1 drop four times a day",
        "Both eyes nocte",
        "Lubricating drops both eyes as required",
        "Chloramphenicol 0.5% both eyes qds",
        "1 drop both eyes qid",
    ],
)
def test_a_medicines_timing_after_both_eyes_is_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Pencil push-ups (both eyes) 3 x 10",
        "Convergence exercises, both eyes, 3 times a day",
        "Bring the card close to both eyes, 10 times",
    ],
)
def test_both_eyes_with_nothing_to_say_in_turn_or_at_once_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "each eye in turn, or both at once" in (reading.note or "")


@given(
    st.sampled_from(["", "Exercise: ", "Then ", "Do this with "]),
    st.sampled_from(["3 x 10", "10 times", "for 30 seconds", "twice a day"]),
)
def test_both_eyes_are_never_each_side_silently_without_a_dose_put_in_them(
    lead: str, dose: str
) -> None:
    reading = read(f"{lead}both eyes {dose}")
    assert not reading.per_side or reading.ambiguous or lead == ""


@pytest.mark.parametrize(
    "text",
    [
        "Stand up and sit down, keep going for 30 seconds",
        "Squat to stand, keep going for 30 seconds",
        "Squat pulses, keep going for 30 seconds",
        "Mountain climbers in plank position, keep going for 30 seconds",
        "Downward dog to plank, keep going for 30 seconds",
    ],
)
def test_a_position_moved_through_or_beside_a_movement_kept_going_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Head turns, without leaning, 10 to the left and 10 to the right",
        "From standing, rotating your head 10 times to the left and 10 times to the right",
    ],
)
def test_a_turn_named_beside_what_is_kept_still_is_each_direction(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.per_side) == (10, False)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Sat 10am class", "SA"),
        ("Long walk on a Sun 9am", "SU"),
        ("Walk on the Sat 9-10am", "SA"),
    ],
)
def test_a_day_after_an_article_before_hours_is_the_day(text: str, day: str) -> None:
    assert read(text).days_of_week == (day,)


def test_a_days_total_said_as_sets_with_several_sessions_is_refused() -> None:
    with pytest.raises(PhraseError, match="say different things"):
        read("30 reps a day (3 x 10), morning, noon and evening")


@pytest.mark.parametrize(
    "text",
    [
        "Put in your drops, wait 5 minutes, then close both eyes gently for 1 minute",
        "With your lids closed, move both eyes left and right 10 times",
    ],
)
def test_both_eyes_moved_after_a_medicine_are_still_together(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Both eyes at eye level with the target, 3 x 10",
        "Both eyes 3 sets of 10 daily",
        "in front of both eyes, 10 times",
        "Exercises for both eyes, 10 times",
    ],
)
def test_a_dose_or_a_place_after_both_eyes_is_no_medicines_timing(text: str) -> None:
    reading = read(text)
    assert not reading.per_side or reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Standing calf stretch, keep going for 30 seconds",
        "Stand tall. Plank, keep going for 30 seconds",
        "Get into a plank and keep going for 30 seconds",
        "Bridge and keep going for 30 seconds",
    ],
)
def test_a_position_kept_going_in_its_own_sentence_is_held(text: str) -> None:
    assert read(text).hold_seconds == 30


@pytest.mark.parametrize(
    ("text", "per_side"),
    [
        (
            "Lean against the wall, without twisting, 10 squats on the right and 10 on the left",
            True,
        ),
        ("Lunge with rotation, without leaning, x 8 + 8", True),
        ("Without arching, rotating, lift 10 on the right and 10 on the left", True),
        ("Head turns, without leaning, 10 to the left and 10 to the right", False),
    ],
)
def test_only_a_turn_named_as_the_exercise_makes_the_count_each_direction(
    text: str, per_side: bool
) -> None:
    assert read(text).per_side is per_side


@pytest.mark.parametrize(
    "text",
    [
        "30 reps per session (3 x 10)",
        "30 reps in the morning (3 x 10)",
        "30 reps for 6 weeks (3 x 10)",
    ],
)
def test_a_sessions_total_said_as_sets_is_those_sets(text: str) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == (3, 10)


@pytest.mark.parametrize(
    ("text", "days"),
    [("See patient Sat at 9am for hydro", ("SA",)), ("Parkrun with child Sat at 9am", ("SA",))],
)
def test_a_day_after_a_person_before_a_time_is_the_day(text: str, days: tuple[str, ...]) -> None:
    assert read(text).days_of_week == days


@pytest.mark.parametrize(
    "text",
    [
        "Eye drops both eyes up to four times daily",
        "Instil 1 drop in both eyes, looking up, twice a day",
        "A drop both eyes twice a day",
    ],
)
def test_a_dose_put_in_both_eyes_wins_over_where_they_look(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Hold the plank. Then keep going for 30 seconds",
        "Wall sit. Try to keep going for 30 seconds",
    ],
)
def test_a_position_in_the_sentence_before_keep_going_is_held(text: str) -> None:
    assert read(text).hold_seconds == 30


@pytest.mark.parametrize(
    "text",
    [
        "Stand and squat, keep going for 30 seconds",
        "Stand to sit, keep going for 30 seconds",
        "Squat down and up, keep going for 30 seconds",
        "Squat to chair, keep going for 30 seconds",
        "Bridge and lower, keep going for 30 seconds",
    ],
)
def test_a_position_moved_on_from_and_kept_going_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Turn your head, without leaning, 10 to the left and 10 to the right",
        "Neck rotation, without tilting, 10 to the left and 10 to the right",
        "Rotate, without leaning, x 10 + 10",
    ],
)
def test_a_turn_opening_the_sentence_or_named_is_each_direction(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.per_side) == (10, False)


@pytest.mark.parametrize(
    "text",
    [
        "30 reps/day (3 x 10)",
        "30 reps throughout the day (3 x 10)",
        "90 reps over the week (3 x 30)",
        "30 reps over 3 days (3 x 10)",
    ],
)
def test_a_total_over_days_or_a_week_said_as_sets_is_refused(text: str) -> None:
    with pytest.raises(PhraseError, match="say different things"):
        read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Heel drops on the step both eyes closed 3 x 15 twice daily",
        "Eye drops then both eyes closed for 1 minute",
        "Drops then both eyes up and down 10 times",
        "Hot compress then both eyes focused on the target",
    ],
)
def test_heel_drops_or_a_medicine_before_then_leave_both_eyes_together(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Plank up on your elbows, keep going for 30 seconds",
        "Squat and hold; keep going for 30 seconds",
        "Plank and breathe, keep going for 30 seconds",
        "Plank and then keep going for 30 seconds",
    ],
)
def test_a_position_and_no_movement_after_it_kept_going_is_held(text: str) -> None:
    assert read(text).hold_seconds == 30


def test_movements_in_the_sentence_before_keep_going_are_a_bout() -> None:
    assert read("Bridge. Lift and lower your hips. Keep going for 30 seconds").hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Turn onto your side, without rotating, 10 clams on the right and 10 on the left",
        "Roll the ball under your foot, without rotating, 10 on the right and 10 on the left",
    ],
)
def test_an_opening_word_that_is_no_turn_of_the_count_keeps_the_sides(text: str) -> None:
    assert read(text).per_side


def test_oxygen_sat_before_a_time_is_no_saturday() -> None:
    assert read("Check oxygen sat at 9am and 9pm").days_of_week is None


@pytest.mark.parametrize(
    "text",
    [
        "30 reps a day for 6 weeks (3 x 10) morning, noon and evening",
        "30 reps per day for 6 weeks (3 x 10)",
    ],
)
def test_a_days_total_with_a_course_said_as_sets_is_still_refused(text: str) -> None:
    with pytest.raises(PhraseError, match="say different things"):
        read(text)


def test_a_total_over_a_course_said_as_sets_is_those_sets() -> None:
    reading = read("30 reps over 6 weeks (3 x 10)")
    assert (reading.sets, reading.reps, reading.duration_days) == (3, 10, 42)
