"""
Rules made from the blind sets -174 to -176 and the misreads the fifty-fifth fresh-eyes
review found: each test names the rule, with the phrase and others written the same way.
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
        "Turn your head ten times to the left and ten times to the right",
        "Rotate your neck gently, nine times to the left and nine times to the right, twice daily",
        "Turn your head smoothly 10 times to the left and 10 times to the right",
        "Neck rotations, please 10 to the left and 10 to the right",
        "Tilt your head sideways 10 times to the left and 10 times to the right",
        "Head turns: do it 10 times to the left and 10 times to the right",
        "Turn your head, up to 10 times to the left and 10 times to the right",
        "Twist your torso, 10 goes to the left and 10 goes to the right",
        "Turn your head, 10 repeats to the left and 10 repeats to the right",
        "Look at your shoulder 10 times to the left and 10 to the right",
        "Look back over your shoulder, 10 times to the left and 10 times to the right",
        "Glance back over your shoulder 6 times to the left and 6 times to the right",
        "Look towards your shoulder 10 times to the left and 10 times to the right",
    ],
)
def test_a_turn_counted_with_counts_manners_and_fillers_is_each_direction(text: str) -> None:
    reading = read(text)
    assert (reading.per_side, reading.ambiguous) == (False, False)


@pytest.mark.parametrize(
    "text",
    [
        "Turn to face the wall, 10 calf raise on the right and 10 on the left",
        "Turn sideways, 10 clam on the right and 10 on the left",
        "Turn to face the wall, hip abduction x 10 + 10",
        "Lean forward onto the bench, 10 hamstring curl to the right and 10 to the left",
        "Turn sideways to the wall, hip hitch 10 on the right and 10 on the left",
    ],
)
def test_a_count_naming_a_movement_in_either_number_after_a_turn_is_each_side(
    text: str,
) -> None:
    reading = read(text)
    assert (reading.per_side, reading.ambiguous) == (True, False)


@pytest.mark.parametrize(
    "text",
    [
        "Twist your upper body, approximately 10 to the left and 10 to the right",
        "Turn your head, 10 hydrant to the left and 10 to the right",
    ],
)
def test_a_turn_then_a_count_with_a_word_neither_known_nor_a_manner_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous or reading.per_side is False


_NUMBERS = st.sampled_from(["5", "8", "10", "ten", "twelve", "six"])
_MANNERS = st.sampled_from(["", "slowly ", "smoothly ", "gently ", "fully ", "now ", "again "])


@given(
    st.sampled_from(["Turn your head", "Rotate your neck", "Head turns:", "Twist your trunk,"]),
    _MANNERS,
    _NUMBERS,
)
def test_a_turn_of_a_part_counted_left_and_right_is_never_each_side(
    turn: str, manner: str, count: str
) -> None:
    reading = read(f"{turn} {manner}{count} times to the left and {count} times to the right")
    assert reading.per_side is False


@pytest.mark.parametrize(
    "text",
    [
        "Squat and press your arms overhead, keep going for 30 seconds",
        "Lunge and pull the band in, keep going for 30 seconds",
        "Squat and pull the cable down, keep going for 30 seconds",
        "Sit and press your hands overhead, keep going for 30 seconds",
    ],
)
def test_a_push_or_a_pull_of_a_thing_or_overhead_after_a_position_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Plank and pull your knees in, keep going for 30 seconds",
        "Lunge and press your arms up, keep going for 20 seconds",
    ],
)
def test_a_limb_pushed_or_pulled_after_a_position_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "held, or moved on from" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Wall sit and press your back into the wall, keep going for 30 seconds",
        "Sit and press your feet into the floor, keep going for 30 seconds",
        "Plank and push your forearms into the mat, keep going for 30 seconds",
        "Bridge and press your arms into the floor, keep going for 30 seconds",
        "Wall sit and push your lower back into the wall, keep going for 30 seconds",
        "Plank and draw your tummy in, keep going for 30 seconds",
    ],
)
def test_a_press_into_a_support_after_a_position_named_far_back_is_held(text: str) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (30, False)


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("Take 1 tablet every 4-6 hours, 4 times a day", 4),
        ("every 6-8 hours, 3 times a day", 3),
        ("3 times a day, every 6-8 hours", 3),
        ("every 8-12 hrs BD", 2),
        ("q4-6h, 4 times a day", 4),
        ("every 10-12 hours, twice a day", 2),
    ],
)
def test_a_count_a_day_that_a_range_of_hours_spaces_across_the_day_is_the_count(
    text: str, per_day: int
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (per_day, False)


@given(st.integers(2, 6), st.integers(1, 8), st.integers(1, 8))
def test_a_count_a_day_beside_a_range_of_hours_filling_the_day_is_read(
    per_day: int, low: int, more: int
) -> None:
    high = low + more
    if not per_day * low <= 24 <= per_day * high:
        return
    reading = read(f"every {low}-{high} hours, {per_day} times a day")
    assert reading.times_per_day == per_day


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("Some evening swelling is normal. Elevate 3 times a day", 3),
        ("This helps most night pain; stretch 3 x 30 s twice a day", 2),
        ("Most morning stiffness eases; walk daily", 1),
    ],
)
def test_a_vague_word_before_a_time_naming_a_symptom_is_the_symptom_s_time(
    text: str, per_day: int
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day, reading.ambiguous) == (per_day, None, False)


@pytest.mark.parametrize(
    "text",
    [
        "Do a few morning stretches daily",
        "A few night cramps are common; stretch the calf 3 x 30 s daily",
        "Most afternoon sessions last 30 minutes; train 3 times a week",
        "Walk most evening unless it is raining",
    ],
)
def test_a_vague_word_before_a_time_naming_anything_else_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a vague count" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Walk most evenings",
        "most evenings walk 20 minutes",
        "Stretch some mornings",
        "Stretch most weekday mornings",
        "Practise most late evenings",
        "Most of the evenings, walk 20 minutes",
    ],
)
def test_most_or_some_times_of_day_are_a_vague_count(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a vague count" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "stretches need to be done every 3-4 hours (at least 6 times each day)",
        "every 4-6 hours, no more than 4 times a day",
        "every 4-6 hours, max 4 times a day",
    ],
)
def test_a_bound_a_day_beside_a_range_of_hours_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "may make it a bound" in (reading.note or "")


def test_a_time_between_a_timed_rest_and_a_hold_is_asked() -> None:
    reading = read("Monster walks 2 mins rest 30 sec hold x 10 twice a day")
    assert reading.ambiguous
    assert "the rest's time, or the hold's?" in (reading.note or "")
    assert read("hold 30 s rest 10 s x 5").hold_seconds == 30


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("2-3 days/week: 15-20 minutes of light strength work;", [2, 3]),
        ("3 days a week: 20 minutes of walking", 3),
        ("3 days/week: 3 x 10", 3),
        ("Days per week: 6 to 7", [6, 7]),
    ],
)
def test_days_a_week_before_a_colon_and_the_session_s_length_are_days_a_week(
    text: str, per_week: int | list[int]
) -> None:
    assert read(text).as_dict()["times_per_week"] == per_week


def test_a_day_s_hours_between_sessions_is_at_most_one_a_day_asked_unless_said() -> None:
    reading = read("Remember to leave 24 hours between strength training sessions")
    assert reading.ambiguous
    assert "at most a session a day" in (reading.note or "")
    reading = read("3x/week: Strength circuit (20 min) with 24 h rest between sessions")
    assert (reading.times_per_week, reading.times_per_day, reading.ambiguous) == (3, None, False)


@pytest.mark.parametrize(
    "text",
    [
        "Add at least 2, preferably 3, muscle-and-bone strengthening sessions per week.",
        "resistance exercises at least 2 times, and preferably 3 times, per week",
        "at least 2 but ideally 3 sessions a week",
    ],
)
def test_at_least_a_count_and_a_preferred_one_are_a_range(text: str) -> None:
    assert read(text).as_dict()["times_per_week"] == [2, 3]


@given(st.integers(1, 5), st.integers(1, 2), st.sampled_from(["preferably", "ideally"]))
def test_a_preferred_count_never_reads_below_the_least(low: int, more: int, word: str) -> None:
    reading = read(f"at least {low} times, {word} {low + more} times, per week")
    assert reading.as_dict()["times_per_week"] == [low, low + more]


@pytest.mark.parametrize("verb", ["step", "climb", "roll", "hop", "get"])
def test_before_you_leave_the_bed_is_before_getting_out_of_bed(verb: str) -> None:
    reading = read(f"Each morning, before you {verb} out of bed, stretch your feet")
    assert reading.anchor is not None
    assert str(reading.anchor) == "before getting out of bed"


@pytest.mark.parametrize(
    "text",
    [
        "add in a set of light hand weights (2kg each) if you want to.",
        "use a set of stairs",
        "bring a set of resistance bands",
        "Climb a set of steep stairs twice a day",
    ],
)
def test_a_set_of_things_to_use_is_no_set_of_an_exercise(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert reading.sets is None


@pytest.mark.parametrize("word", ["", "simple ", "single ", "short ", "quick "])
def test_a_set_of_a_count_described_is_one_set(word: str) -> None:
    reading = read(f"A {word}set of 10 reps daily")
    assert (reading.sets, reading.reps, reading.times_per_day) == (1, 10, 1)


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("E group was assigned 2 daily 10-minute home walking sessions", 2),
        ("2 daily 15 minute sessions", 2),
        ("3 daily sessions of 10 minutes", 3),
    ],
)
def test_a_count_of_daily_sessions_of_a_length_is_so_many_a_day(text: str, per_day: int) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.hold_seconds) == (per_day, None)


@pytest.mark.parametrize(
    "text",
    [
        "stretch 3 x 30 s after taking your medication",
        "walk after taking the medicine",
        "Do the exercises after taking your medicine",
    ],
)
def test_taking_a_medicine_is_an_event_to_tie_a_session_to(text: str) -> None:
    reading = read(text)
    assert reading.anchor is not None
    assert str(reading.anchor) == "after taking medication"


def test_a_medicine_wearing_off_is_no_event() -> None:
    try:
        reading = read("Exercise before your medication wears off")
    except PhraseError:
        return
    assert reading.anchor is None


@pytest.mark.parametrize("end", ["", ".", "!", "..", "?"])
def test_a_day_after_a_dose_at_the_end_keeps_any_closing_mark(end: str) -> None:
    assert read(f"3 x 10 squats, Sat{end}").as_dict()["days_of_week"] == ["SA"]


@pytest.mark.parametrize(
    "text",
    ["Cycle less than 3 long rides per week", "less than 2 swims a week"],
)
def test_fewer_than_a_count_of_any_thing_in_a_period_is_a_ceiling_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a ceiling, not the count" in (reading.note or "")


def test_a_rest_s_most_between_holds_is_no_hold() -> None:
    assert read("Stretch daily; rest less than 2 minutes between holds").hold_seconds is None


def test_a_count_after_then_with_nothing_else_looks_back_to_the_turn() -> None:
    reading = read("Twist your waist, then ten to the left and ten to the right")
    assert (reading.reps, reading.per_side, reading.ambiguous) == (10, False, False)
    assert read("Lie on your back, then 10 on the right and 10 on the left").per_side


@pytest.mark.parametrize(
    "text",
    [
        "Do a set of squats with weights every day",
        "Do a set of calf raises on steps twice daily",
        "Do a set of rows using bands daily",
        "Do a set of walking lunges between cones, twice a week",
        "Do a set of box steps daily",
        "Do a set of side steps twice a day",
        "Do a set of hops over the cones daily",
        "Do a set of lunges holding dumbbells daily",
    ],
)
def test_a_set_of_a_movement_done_with_a_thing_is_one_set(text: str) -> None:
    assert read(text).sets == 1


@pytest.mark.parametrize(
    "text",
    [
        "every 4-6 hours, a minimum of 4 times a day",
        "every 4 to 6 hours, not to exceed 4 times a day",
        "every 4-6 hours, 4 times a day at most",
        "every 6-8 hours, 3 times a day as a maximum",
        "2 puffs every 4-6 hours, minimum 4 times daily",
    ],
)
def test_any_words_around_a_count_a_range_of_hours_fills_are_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "may make it a bound" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Walk up to 5 min, 4 times a day, every 4-6 hours",
        "every 4-6 hours, four times daily",
        "Take 4 times a day, every 4-6 hours",
    ],
)
def test_a_count_said_plainly_beside_a_range_of_hours_is_the_count(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (4, False)


@pytest.mark.parametrize(
    "text",
    [
        "3 x 10, leave 24 hours between sessions",
        "Repeat 3 times, 24 hours between sessions, for 6 weeks",
        "Over the next week, leave 24 hours between sessions",
        "5 times each leg, 24 hours apart",
    ],
)
def test_a_day_s_hours_between_with_no_word_of_how_often_is_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Wall sit and press into the ball, keep going for 30 seconds",
        "Plank and push your chest out, keep going for 20 seconds",
    ],
)
def test_a_press_into_a_thing_or_a_part_pushed_out_in_a_position_is_held(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is not None
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Squat and push the barbell overhead, keep going for 30 seconds",
        "Lunge and pull the sliders in, keep going for 30 seconds",
        "Sit and push your arms up to the ceiling, keep going for 30 seconds",
    ],
)
def test_a_thing_moved_or_a_limb_sent_to_the_ceiling_is_a_bout(text: str) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (None, False)


def test_a_range_of_whole_days_in_hours_between_sessions_is_asked() -> None:
    for text in (
        "at least 48, preferably 72 hours between sessions",
        "rest 48-72 hours between sessions",
    ):
        reading = read(text)
        assert reading.as_dict()["every_n_days"] == [2, 3]
        assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "reps"), [("3 days/week: 3 sets of 10", 10), ("2-3 days/week: 10 reps", 10)]
)
def test_days_a_week_before_a_colon_and_a_dose_in_words(text: str, reps: int) -> None:
    reading = read(text)
    assert reading.reps == reps
    assert reading.times_per_week is not None


@pytest.mark.parametrize("text", ["Walk most Saturday mornings", "Stretch most lunchtimes"])
def test_most_of_a_day_s_times_or_of_lunchtimes_are_a_vague_count(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("Two sessions of moderate or high intensity strength training per week", 2),
        ("At least three to four times of flexibility training per week", [3, 4]),
        ("2 sessions of the programme per week", 2),
    ],
)
def test_so_many_sessions_of_a_thing_a_week(text: str, per_week: int | list[int]) -> None:
    assert read(text).as_dict()["times_per_week"] == per_week


@pytest.mark.parametrize(
    "text",
    ["Pain is often worse early in the day; walk daily", "Move your walk to earlier in the day"],
)
def test_early_in_the_day_is_no_morning_session(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert "morning" not in (reading.as_dict()["time_of_day"] or [])


@pytest.mark.parametrize(
    "text", ["stretch before getting into bed", "stretch before you get into bed"]
)
def test_before_getting_into_bed_is_bedtime(text: str) -> None:
    assert read(text).as_dict()["time_of_day"] == ["bedtime"]


@pytest.mark.parametrize(
    "text",
    [
        "Remove the splint when you go to bed",
        "Put the splint on when you go to bed",
        "3 x 10 daily. When getting into bed, lead with your good leg",
        "When you get into bed, keep your knees apart",
    ],
)
def test_when_you_go_to_bed_is_never_a_silent_session(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError:
        return
    assert reading.ambiguous or "bedtime" not in (reading.as_dict()["time_of_day"] or [])


def test_a_dose_when_you_go_to_bed_is_at_bedtime_asked() -> None:
    reading = read("Do 10 pelvic tilts when you go to bed")
    assert (reading.reps, reading.as_dict()["time_of_day"], reading.ambiguous) == (
        10,
        ["bedtime"],
        True,
    )


def test_a_thing_removed_at_bedtime_is_never_a_silent_session() -> None:
    reading = read("Apply hosiery early in the morning, wear all day and remove when you go to bed")
    assert reading.ambiguous or "bedtime" not in (reading.as_dict()["time_of_day"] or [])


def test_the_weight_pushed_away_after_a_position_is_never_a_silent_hold() -> None:
    reading = read("Squat and push the weight away, keep going for 30 seconds")
    assert reading.hold_seconds is None or reading.ambiguous


def test_hours_over_a_course_are_a_total() -> None:
    reading = read("Full ICAP: 84 hours over 4 weeks (4-6 hours per day, 4 days per week)")
    assert (reading.times_per_week, reading.duration_days, reading.ambiguous) == (4, 28, True)
    assert "a total time" in (reading.note or "")


def test_the_above_stretches_are_a_count_of_exercises() -> None:
    text = "For example, every time you brush your teeth you can perform the above two stretches."
    assert read(text).reps is None


def test_a_range_of_times_at_each_of_two_times_of_day_is_repetitions_asked() -> None:
    reading = read("Complete each movement 5-10 times every morning and night")
    assert reading.as_dict()["reps"] == [5, 10]
    assert (reading.times_per_day, reading.ambiguous) == (2, True)


@pytest.mark.parametrize(
    "text",
    [
        "Set aside ~20 minutes once daily (twice daily ideal) with privacy",
        "3 x 10 daily (3 x 15 preferred)",
    ],
)
def test_a_wish_said_last_in_brackets_is_an_aside_asked(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (1, True)


def test_a_set_of_things_described_beside_a_dose_leaves_the_dose() -> None:
    reading = read("Use a set of pink dumbbells, 3 x 10")
    assert (reading.sets, reading.reps) == (3, 10)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        (
            "Squat and press the dumbbells overhead through full range, keep going for 30 seconds",
            None,
        ),
        ("Squat and pull the handles into your chest, keep going for 30 seconds", None),
        ("Wall sit and press into the ball, keep going for 30 seconds", 30),
        ("Bridge and push through your heels, keep going for 30 seconds", 30),
    ],
)
def test_a_thing_moved_or_a_press_into_a_support_whichever_is_said_first(
    text: str, hold: int | None
) -> None:
    reading = read(text)
    assert (reading.hold_seconds, reading.ambiguous) == (hold, False)


@pytest.mark.parametrize(
    "text",
    [
        "Max: 4 times a day, every 4-6 hours",
        "every 4-6 hours, up to: 4 times a day",
        "every 4-6 hours, 4 times a day, at most",
    ],
)
def test_a_bound_word_before_a_colon_or_after_the_count_is_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "every 4-6 hours, 4 times a day as needed",
        "every 4-6 hours, 4 times a day after meals",
        "every 4-6 hours (4 times a day)",
    ],
)
def test_ordinary_words_after_a_count_beside_a_range_of_hours_leave_it_plain(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.ambiguous) == (4, False)


def test_having_a_medicine_seen_to_is_no_event() -> None:
    try:
        reading = read("30 minutes after having your medication checked, walk")
    except PhraseError:
        return
    assert reading.anchor is None


def test_more_than_seven_of_each_stretch_a_week_is_never_read_as_sessions() -> None:
    with pytest.raises(PhraseError):
        read("Do 10 x of each stretch per week")
    assert read("2 sessions of each exercise per week").times_per_week == 2


@pytest.mark.parametrize(
    "text",
    [
        "every 4-6 hours, 4 times a day at the very most",
        "every 4-6 hours, 4 times a day but no more",
        "every 4-6 hours, 4 times a day as a minimum",
        "every 4-6 hours, 4 times a day (no more)",
        "every 4-6 hours, 4 times a day as needed, max",
    ],
)
def test_a_bound_anywhere_after_a_count_beside_a_range_of_hours_is_asked(text: str) -> None:
    assert read(text).ambiguous


def test_your_weight_pushed_through_the_heels_is_a_cue() -> None:
    reading = read("Bridge and push your weight through your heels, keep going for 30 s")
    assert (reading.hold_seconds, reading.ambiguous) == (30, False)


def test_a_wish_in_brackets_around_the_only_dose_is_the_dose() -> None:
    reading = read("Squats (3 x 15 preferred)")
    assert (reading.sets, reading.reps, reading.ambiguous) == (3, 15, False)


@pytest.mark.parametrize(
    "text", ["Walk once daily (twice daily better)", "Stretch in the morning (evening also fine)"]
)
def test_a_better_or_a_fine_said_last_in_brackets_is_an_aside(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "every evening before getting into bed, stretch 3 x 30 s",
        "each night before you get into bed, 10 reps",
    ],
)
def test_an_evening_before_getting_into_bed_is_one_session_at_bedtime(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.as_dict()["time_of_day"]) == (1, ["bedtime"])
