"""
Regression: rules from the blind set `-69`. A time of day said beside a start, a meeting
or a suggestion ("The walks begin at 7 a.m.", "can be done first thing in the morning")
was a session every day, unasked; a length heading the text ("4 weeks: Discontinue brace
at 4 weeks") was a course.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.phrases import read

_SAYS_WHEN = [
    "The walks begin at 7 a.m.",
    "Meet at the track at 10.00am, all welcome!",
    "gather at 8:30 a.m. to enjoy 45 minutes of moderate aerobics.",
    "The day kicks off with a group class at 10am.",
    "can be done at home first thing in the morning",
    "It is better to plan exercise in the morning when body temperature is at the lowest",
    "therefore prefer to exercise in the early evenings.",
]


@pytest.mark.parametrize("text", _SAYS_WHEN)
def test_a_time_beside_a_start_or_a_suggestion_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "says when, not how often" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Do this in the morning",
        "take at 10pm",
        "try these warm-up exercises each morning",  # "each" says how often
        "I could be suggesting a 10-minute walk at lunchtime every day.",
        "You can walk at 7am and 7pm",  # two times: twice a day
        "You may wear it at night if it helps you sleep.",  # a night splint: each night
        "The group meets on Monday evenings at 7pm",  # the day says how often
    ],
)
def test_a_time_that_says_how_often_is_not_asked(text: str) -> None:
    assert "says when, not how often" not in (read(text).note or "")


@given(
    st.sampled_from(["begins", "can be done", "Meet", "is best", "starts", "Try it"]),
    st.sampled_from(["at 7 am", "in the morning", "at 18:30", "in the evening"]),
)
def test_a_single_time_beside_a_start_or_suggestion_asks_unless_a_day_is_said(
    word: str, time: str
) -> None:
    asked = read(f"{word} {time}")
    assert asked.ambiguous and "says when" in (asked.note or "")
    said = read(f"{word} {time} each day")
    assert "says when" not in (said.note or "")
    assert said.times_per_day == 1


@pytest.mark.parametrize(
    "text", ["4 weeks: Discontinue brace at 4 weeks", "8 weeks: Swimming is okay at 8 Weeks."]
)
def test_a_heading_repeated_as_a_point_in_time_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


def test_a_length_heading_a_dose_is_asked_as_a_course() -> None:
    reading = read("6 weeks: 3 x 10 daily")
    assert (reading.duration_days, reading.sets, reading.reps, reading.ambiguous) == (
        42,
        3,
        10,
        True,
    )
    assert "for 6 weeks, or at 6 weeks" in (reading.note or "")


@pytest.mark.parametrize(
    "text", ["for 6 weeks: 3 x 10 daily", "3 x 10 daily for 6 weeks", "Walk daily for 2 weeks"]
)
def test_a_course_said_with_for_is_not_asked(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is not None
    assert "heads what follows" not in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "You will only be given one week supply of pain relief medication",
        "a 2-week supply of dressings",
        "You can do up to 12 repetitions in one day.",
    ],
)
def test_a_supply_or_a_day_s_most_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


def test_a_course_of_one_day_said_with_for_stays() -> None:
    assert read("3 x 10 daily for 1 day").duration_days == 1


@pytest.mark.parametrize(
    "text",
    [
        "to improve your posture in as little as 6 weeks.",
        "Go from the couch to brisk walking for 30 minutes in just four weeks",
    ],
)
def test_how_soon_or_a_plan_s_length_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "how soon it works, or the course's length" in (reading.note or "")


def test_repeating_on_the_next_foot_is_each_side() -> None:
    reading = read("Hold for 8 to 10 seconds and then repeat the same action on the next foot.")
    assert reading.per_side
    assert not read("with the next arm exercise do 3 x 10").per_side


@given(
    st.integers(min_value=5, max_value=115),
    st.sampled_from(["minutes", "min", "mins"]),
    st.sampled_from([", ", " / ", " and "]),
)
def test_an_on_off_cycle_that_fills_the_hour_is_hourly_and_asked(
    on: int, unit: str, joiner: str
) -> None:
    off = 60 - on % 60 if on < 60 else 120 - on
    reading = read(f"Ice: {on} {unit} on{joiner}{off} {unit} off")
    hours = (on + off) // 60
    assert reading.times_per_day == 24 // hours
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "20 min on, 40 min off x 3",
        "For spinal pain, 20 minutes on, 40 minutes off at least 2 times in a row",
        "45 seconds on, 15 seconds off x 8",
        "ice 20 minutes on, 20 minutes off",
    ],
)
def test_counted_short_or_partial_cycles_are_not_hourly(text: str) -> None:
    assert read(text).times_per_day is None


# From a fresh-eyes review of the rules above (589 probes on frozen copies).


@pytest.mark.parametrize(
    "text",
    [
        "2 weeks: 3 x 10 daily, increase by 2 reps each week.",
        "4 weeks: 3 x 10 daily, progress by 4 kg.",
        "2 weeks: 10 reps, rest 30 seconds after 2 sets, twice daily.",
    ],
)
def test_a_heading_s_number_said_again_of_another_unit_keeps_the_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is not None
    assert reading.ambiguous


def test_a_heading_said_again_beside_a_dose_is_asked_not_silent() -> None:
    reading = read("6 weeks: 3 x 10 daily; review at 6 weeks.")
    assert reading.duration_days is None
    assert reading.ambiguous and "said again" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "per_week"),
    [("Get stronger in just 2 days per week, 3 x 10", 2), ("in only 3 days a week", 3)],
)
def test_days_a_week_after_in_just_are_no_course(text: str, per_week: int) -> None:
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days) == (per_week, None)


@pytest.mark.parametrize(
    "text", ["results in as few as 4 weeks", "in less than 6 weeks", "in under 6 weeks"]
)
def test_more_ways_to_say_how_soon_are_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    ("when", "field", "value"),
    [
        ("in the evening", "time_of_day", ["evening"]),
        ("daily", "times_per_day", 1),
        ("every other day", "every_n_days", 2),
        ("3 days a week", "times_per_week", 3),
        ("twice a day", "times_per_day", 2),
        ("as needed", "prn", True),
    ],
)
def test_an_on_off_cycle_gives_way_to_a_when_said(when: str, field: str, value: object) -> None:
    reading = read(f"Ice 20 minutes on, 40 minutes off, {when}")
    assert reading.as_dict()[field] == value
    assert reading.times_per_day != 24


@pytest.mark.parametrize(
    "text",
    [
        "Loop the band on the next leg of the table, 3 x 10",
        "3 x 10, then with the next leg of the circuit",
        "hold 30 s then repeat on the next side plank",
    ],
)
def test_the_next_leg_of_something_is_no_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text", ["hold 20 s, repeat on next leg", "switch to the next leg, hold 10 s"]
)
def test_more_ways_to_say_the_next_leg_are_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Walk 20 minutes at 7 am. It may help to use a pedometer.",
        "Do 3 x 10 at 6 pm. Stop if pain begins.",
        "Do 3 x 10 in the morning, stop if pain begins",
    ],
)
def test_a_word_of_the_next_sentence_or_a_symptom_does_not_ask(text: str) -> None:
    assert "says when" not in (read(text).note or "")


def test_each_side_does_not_say_how_often() -> None:
    reading = read("The group meets at 10 am to do 10 reps each side")
    assert reading.ambiguous and "says when" in (reading.note or "")


def test_a_supply_note_quotes_the_words_alone() -> None:
    assert "a supply, not a course length: 2 weeks supply" in (
        read("You will get a, 2 weeks supply").note or ""
    )


# From the blind set -70.


@pytest.mark.parametrize(
    "text",
    [
        "A. Calf stretch 30 s × 2 reps each",
        "Hamstring stretch: hold 30 s, 3 times each",
        "3 x 10 reps each",
    ],
)
def test_a_bare_each_after_a_dose_is_asked_as_each_side(text: str) -> None:
    reading = read(text)
    assert reading.per_side and reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Repeat these exercises 10 times each",
        "Week 2 – Full program 2 times each, 1 time per day in morning",
        "3 sets; 15 reps each",
    ],
)
def test_each_of_several_exercises_or_sets_is_no_side(text: str) -> None:
    assert not read(text).per_side


@pytest.mark.parametrize(
    "text",
    [
        "Sling is worn for 6 weeks while sleeping",
        "Wear the splint while sleeping",
        "wear the brace when you are asleep",
    ],
)
def test_while_sleeping_is_at_night(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (1, ("night",))


def test_including_while_sleeping_adds_no_night() -> None:
    assert read("Wearing the boot 24/7, including while sleeping").time_of_day is None


@given(
    st.sampled_from(["every Wednesday", "on Fridays", "twice weekly", "Mondays and Thursdays"]),
    st.sampled_from(["morning", "afternoon", "evening", "at 7pm", "at 10:30"]),
)
def test_one_time_on_chosen_days_says_when_not_how_often_a_day(days: str, time: str) -> None:
    text = f"{days} {time}" if time.startswith("at") else f"{days} in the {time}"
    reading = read(text)
    assert reading.times_per_day is None
    assert reading.time_of_day is not None


def test_a_time_word_said_as_the_schedule_still_counts_a_day() -> None:
    assert read("each morning, 3 times a week").times_per_day == 1


def test_the_named_movements_of_a_form_are_no_repetitions() -> None:
    reading = read("The last 20 minutes of class are spent learning the 8 Tai Chi movements")
    assert reading.reps is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("weekly on Monday and Wednesday", ("MO", "WE")),
        ("It's held weekly, Tuesday and Thursday mornings at the track", ("TU", "TH")),
    ],
)
def test_weekly_with_several_days_named_is_those_days_each_week(
    text: str, days: tuple[str, ...]
) -> None:
    reading = read(text)
    assert (reading.days_of_week, reading.times_per_week, reading.ambiguous) == (days, None, True)


def test_weekly_with_one_day_named_keeps_its_count() -> None:
    reading = read("weekly on Wednesdays")
    assert (reading.days_of_week, reading.times_per_week) == (("WE",), 1)


def test_once_a_week_on_two_days_is_still_refused() -> None:
    from rehabplan.errors import PhraseError

    with pytest.raises(PhraseError, match="2 days named"):
        read("once a week on Monday and Wednesday")


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Start off with just 10 of these, and try to work your way up to 20.", 10),
        ("We are going to do ten of those.", 10),
        ("Start by doing 10 of these 3-4 times a day.", 10),
    ],
)
def test_a_count_of_these_is_the_repetitions(text: str, reps: int) -> None:
    assert read(text).reps == reps


@pytest.mark.parametrize(
    "text",
    [
        "I do them pretty well every day - around 60 of them and no issues since.",
        "The off-season would be three days per week, and squatting in two of them",
        "Each day, do three of these two-part sets.",
    ],
)
def test_a_count_of_them_or_of_these_things_is_no_repetition(text: str) -> None:
    assert read(text).reps is None


def test_revolutions_a_minute_are_a_rate() -> None:
    reading = read("cadence of 90 revolutions per minute")
    assert reading.reps is None
    assert "a rate" in (reading.note or "")


# From the blind set -71.


def test_a_template_s_lost_blanks_are_asked() -> None:
    reading = read("Repeat the exercise times, times daily.")
    assert reading.ambiguous and "a count left blank" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Do this exercise for 10 repetitions at different times during the day.",
        "Repeat many times daily",
        "at times do it twice daily",
    ],
)
def test_times_after_ordinary_words_is_no_blank(text: str) -> None:
    assert "a count left blank" not in (read(text).note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Do five and see how you feel the next morning.",
        "Do five and see how you feel the following morning.",
    ],
)
def test_the_next_morning_is_no_session_time(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "many people need a much longer phased return than the average four weeks",
        "Recovery takes an average of 6 weeks",
    ],
)
def test_an_average_length_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


def test_an_average_count_a_week_stays() -> None:
    assert read("exercise an average of 3 days a week").times_per_week == 3


def test_weekly_targets_are_a_measure() -> None:
    assert read("Mean adherence with weekly step targets was 70%").times_per_week is None


@pytest.mark.parametrize(
    "text",
    ["for the next week or fortnight", "for a week or two", "Walk daily for 2 weeks or 3 weeks"],
)
def test_another_length_offered_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and "two lengths" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Repeat at least four times with both hands.",
        "Hold the fist for 30 to 60 seconds. Repeat with both hands at least four times.",
        "With the sole of your feet, roll them for about 2 minutes. Repeat this exercise with both feet.",
    ],
)
def test_repeat_with_both_limbs_is_each_side_asked(text: str) -> None:
    reading = read(text)
    assert reading.per_side and reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Do 10 reps with both legs",
        "Stand with both feet on the floor, repeat 10 times",
        "Repeat 10 times with both legs together",
    ],
)
def test_both_limbs_not_after_a_repeat_is_no_side(text: str) -> None:
    assert not read(text).per_side


# From a second fresh-eyes review (715 probes on frozen copies) and the blind set -72.


@pytest.mark.parametrize(
    "text",
    [
        "Choose one of these daily",
        "Pick any 2 of these each day",
        "Try one or two of these daily",
        "Do at least 2 of these daily",
    ],
)
def test_a_choice_of_the_exercises_is_no_repetition(text: str) -> None:
    assert read(text).reps is None


def test_a_few_of_these_is_asked() -> None:
    reading = read("Do 3 of these each week")
    assert reading.reps is None and reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Next morning and evening 3 x 10",
        "3 x 10 the following morning and evening",
        "Do 3 x 10 at night and the next morning",
    ],
)
def test_the_next_morning_in_a_chain_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and "one occasion" in (reading.note or "")


def test_after_lunch_stays_an_event() -> None:
    reading = read("Do 10 repetitions after lunch every day.")
    assert (reading.anchor, reading.ambiguous) == ("after lunch", False)


@pytest.mark.parametrize(
    "text",
    [
        "Continue for an average of 6 weeks",
        "Do 3 x 10 daily for the average of 6 weeks",
        "Average 6 weeks of 3 x 10 daily",
    ],
)
def test_a_course_said_with_for_or_of_keeps_its_length(text: str) -> None:
    assert read(text).duration_days == 42


@pytest.mark.parametrize(
    "text", ["Repeat the exercise _ times, _ times daily", "Do these times daily"]
)
def test_more_blanks_are_asked(text: str) -> None:
    assert "a count left blank" in (read(text).note or "")


def test_a_heading_of_times_is_no_blank() -> None:
    assert "a count left blank" not in (read("Exercise times: morning and night").note or "")


@pytest.mark.parametrize(
    "text", ["Repeat the 5 movements twice daily", "Repeat the 5 exercises twice daily"]
)
def test_the_named_exercises_of_a_repeat_are_no_repetitions(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.times_per_day) == (None, 2)


@pytest.mark.parametrize("text", ["Cycle at 60 cycles per minute", "Cycle 60 rotations per minute"])
def test_more_rates_a_minute(text: str) -> None:
    assert read(text).reps is None


def test_three_sets_of_ten_each_is_asked() -> None:
    reading = read("3 sets of 10 reps each")
    assert (reading.sets, reading.reps, reading.ambiguous) == (3, 10, True)


@pytest.mark.parametrize(
    "text", ["every week on Monday and Wednesday", "Monday and Thursday each week"]
)
def test_every_week_on_named_days_is_not_asked(text: str) -> None:
    assert not read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("for a week or a fortnight", True),
        ("for a week or two", True),
        ("for 6 weeks or 12 sessions", False),
    ],
)
def test_a_second_length_needs_a_length(text: str, asked: bool) -> None:
    assert ("two lengths" in (read(text).note or "")) is asked


@pytest.mark.parametrize(
    "text",
    [
        "Most people wear them for about 8 to 10 hours daily",
        "getting 7-9 hours a night is optimal",
        "Use the CPM for 6 hours daily",
    ],
)
def test_hours_a_day_are_asked_a_total_or_a_session(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and "a total worn or kept" in (reading.note or "")


def test_minutes_daily_stay_a_session() -> None:
    reading = read("walk for 30 minutes daily")
    assert (reading.times_per_day, reading.ambiguous) == (1, False)


@pytest.mark.parametrize(
    "text",
    [
        "most healthcare providers recommend waiting at least six weeks postpartum before"
        " beginning any impact tolerance assessment.",
        "this proven plan uses 14-day training cycles",
        "stiffness in the morning that lasts around an hour",
        "once you're comfortable walking for 10 minutes at a time",
        "Each foot strike generates impact forces of approximately 2-3 times your body weight.",
    ],
)
def test_waits_cycles_symptoms_conditions_and_ratios_are_no_dose(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert reading.times_per_day is None
    assert reading.reps is None
    assert not reading.per_side


@pytest.mark.parametrize(
    "text", ["8x 1 min. uphills w/ 2 min. recovery", "10x 45 sec. pickups w/ 2 min. recovery"]
)
def test_uphills_and_pickups_are_timed_work(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "If you can do 15 assisted sit to stands then try without a walking aid",
        "Only start this programme if you can hop 10 times, without pain, on your injured leg.",
    ],
)
def test_if_you_can_do_a_count_is_a_criterion_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and "a criterion" in (reading.note or "")


@pytest.mark.parametrize("text", ["Walk daily if you can", "If you can, walk 30 minutes daily"])
def test_if_you_can_alone_is_no_criterion(text: str) -> None:
    assert "a criterion" not in (read(text).note or "")


# From a third fresh-eyes review (808 probes on frozen copies) and the blind set -73.


@pytest.mark.parametrize(
    "text",
    [
        "Waiting 6 weeks before running, do 3 x 10 daily.",
        "Do 3 x 10 daily. Waiting 6 weeks before running is advised.",
    ],
)
def test_the_end_of_a_wait_is_no_event_of_the_sessions(text: str) -> None:
    reading = read(text)
    assert (reading.anchor, reading.times_per_day, reading.duration_days) == (None, 1, None)


@pytest.mark.parametrize(
    "text",
    [
        "Do 3 x 10 daily; symptoms last for an average of 6 weeks.",
        "Continue for an average of 6 weeks",
        "Most people need an average of 6 weeks of rehab; do 3 x 10 daily.",
    ],
)
def test_an_average_that_may_be_the_course_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and "or an average" in (reading.note or "")


def test_a_symptom_heading_keeps_its_time() -> None:
    reading = read("Stiffness in the morning: do 10 reps.")
    assert (reading.time_of_day, reading.reps) == (("morning",), 10)


def test_the_named_movements_of_a_repeat_with_words_between_are_no_repetitions() -> None:
    assert read("Repeat the 3 arm movements twice daily").reps is None


@pytest.mark.parametrize(
    ("text", "reps", "asked"),
    [
        ("Do 3 of these.", None, True),
        ("Do at least 10 of these each day", 10, False),
        ("Do 10 of these every time you sit down to watch TV.", 10, False),
    ],
)
def test_a_count_of_these(text: str, reps: int | None, asked: bool) -> None:
    reading = read(text)
    assert (reading.reps, reading.ambiguous) == (reps, asked)


@pytest.mark.parametrize(
    "text", ["Do 3 x 10 tomorrow morning and evening", "3 x 10 the following morning and evening"]
)
def test_tomorrow_and_the_following_are_one_occasion(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and "one occasion" in (reading.note or "")
    assert reading.times_per_day is None


def test_the_following_evening_routine_is_no_occasion() -> None:
    assert "one occasion" not in (read("The following evening routine: 3 x 10").note or "")


@pytest.mark.parametrize(
    ("text", "asked"),
    [("for a week or 2 then stop", True), ("for 6 weeks or 12 sessions", False)],
)
def test_a_second_length_before_other_words(text: str, asked: bool) -> None:
    assert ("two lengths" in (read(text).note or "")) is asked


def test_both_legs_apart_is_no_side() -> None:
    assert not read("Repeat 10 times, standing with both legs apart").per_side


@pytest.mark.parametrize(
    "text",
    [
        "Your rest days will be Tuesday, Thursday, Saturday, and Sunday.",
        "Rest days are Tuesday and Thursday",
    ],
)
def test_rest_days_named_first_are_rest_days(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous and "names the rest days only" in (reading.note or "")
    assert "TU" not in (reading.days_of_week or ())


@pytest.mark.parametrize(
    "text", ["cycle at 15 km per hour", "walking 30 minutes per day at 2.5 miles per hour"]
)
def test_a_speed_is_not_hourly(text: str) -> None:
    reading = read(text)
    assert reading.times_per_day != 24
    assert "a rate" in (reading.note or "")


# From the blind set -74.


def test_gone_in_a_time_is_an_expected_time() -> None:
    reading = read("Phase 1: Soreness after activity, usually gone in twenty-four hours")
    assert reading.duration_days is None


@pytest.mark.parametrize(
    "text",
    [
        "warm up your shoulders in the morning before you start your day. Do 3 x 10.",
        "Do 3 x 10 before you start your day",
    ],
)
def test_before_you_start_your_day_is_the_morning(text: str) -> None:
    reading = read(text)
    assert (reading.time_of_day, reading.anchor) == (("morning",), None)
    assert "says when" not in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Repeat this exercise 8-12 times on one foot before switching to the other.",
        "hold 10 s then switch to the other.",
    ],
)
def test_switching_to_the_other_is_each_side(text: str) -> None:
    assert read(text).per_side
