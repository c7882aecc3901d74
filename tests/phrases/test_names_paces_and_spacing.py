"""
Counts in exercise names ("one-legged squats"), paces and bouts in minutes and seconds
("pace 10:04", "4 x 3:00"), a plan's day headings ("Wed:"), named days each week, sets
told in prose with a timed rest, spacing "separated by 48 hours", lengths over a day,
tempo per repetition, conditions said as "no pain", and one misspelt keyword.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.model import Dose
from rehabplan.phrases import parse_dose, parse_prescription, parse_timing, read

#: (text, the fields that must come out)
CASES = [
    # a count joined to a limb or a direction names the exercise; it is not a dose
    ("One-legged squats 10 reps/side", {"reps": 10, "per_side": True, "sets": None}),
    ("Two-legged squats 2 x 10 reps", {"sets": 2, "reps": 10}),
    ("2-legged toe raises (3 sets × 10-15 repetitions/set)", {"sets": 3, "reps": [10, 15]}),
    ("3-way hip 3 x 10", {"sets": 3, "reps": 10}),
    ("Stand on 1 leg for 30 seconds", {"hold_seconds": 30, "reps": None}),
    # minutes and seconds beside a pace or a bout are not clock times
    ("Monday: 4 Miles Easy (pace 10:04)", {"days_of_week": ["MO"], "time_of_day": None}),
    ("4x 3:00 @ 10K effort, 2:00 jog between each", {"time_of_day": None, "reps": 4}),
    ("twice daily at 10:00 and 18:00", {"time_of_day": ["10:00", "18:00"]}),
    ("daily at 7:15pm", {"time_of_day": ["19:15"]}),
    # a weekday heading of a plan
    ("Wed: Run 2 mins, walk 4 mins. Repeat 5 times.", {"days_of_week": ["WE"]}),
    # named days "each week" recur weekly: no count to contradict them
    ("Exercise on Tuesday and Thursday each week", {"days_of_week": ["TU", "TH"]}),
    ("Tuesday and Thursday every week", {"days_of_week": ["TU", "TH"], "times_per_week": None}),
    ("weekly on Sunday", {"days_of_week": ["SU"], "times_per_week": 1}),
    # sets told in prose, with a timed rest and counted words
    ("Do 10, rest for a minute, then 10 more and a final 10", {"sets": 3, "reps": 10}),
    (
        "do this exercise fifteen times, rest for a minute, do fifteen more exercises, "
        "rest for a minute, do a final fifteen exercises.",
        {"sets": 3, "reps": 15},
    ),
    ("Do 10, rest 30 seconds, then 10 more", {"sets": 2, "reps": 10}),
    ("Go through the whole circuit three times, twice a week", {"sets": 3, "times_per_week": 2}),
    # spacing in whole days
    ("three days per week separated by a minimum of 48 hours", {"every_n_days": 2}),
    ("3 x 10, at least 48 hours apart", {"every_n_days": 2}),
    # a length of whole days is the course, not a bout
    ("Ice for at least 48 hours.", {"duration_days": 2, "hold_seconds": None}),
    (
        "three times per day for at least the first 48 hours",
        {"times_per_day": 3, "duration_days": 2},
    ),
    (
        "Ice for 20 minutes every two hours for the first 24 hours",
        {"duration_days": 1, "times_per_day": 12},
    ),
    ("during the first 24 to 72 hours, twice a day", {"duration_days": None}),
    # seconds per repetition is a tempo, not a hold
    ("three sessions a week at a tempo of about 6 seconds per repetition", {"hold_seconds": None}),
    ("3 x 10, 3 seconds per rep", {"hold_seconds": None, "sets": 3}),
    ("Hold Time: Average of 4-5 secs each repetition.", {"hold_seconds": [4, 5]}),
    # a condition of no pain is not "as needed"
    ("If there is no pain, repeat four times a day.", {"prn": False, "times_per_day": 4}),
    ("3 x 10 daily as long as it doesn't hurt", {"prn": False, "times_per_day": 1}),
    ("do 10 reps when you have pain", {"prn": True}),
    # outings counted are sessions; a course said with a qualifier
    ("3 runs a week", {"times_per_week": 3}),
    ("with only three short runs a week", {"times_per_week": 3}),
    ("2 walks a day", {"times_per_day": 2}),
    ("You'll stay in this stage for about a week", {"duration_days": 7}),
    # an event said in prose
    ("You should follow each run with a 3–5 min walk", {"anchor": "after run"}),
    ("do it when you've just come back from a short run", {"anchor": "after run"}),
    ("do it before you go out on your run", {"anchor": "before run"}),
    # a total time a week is not how often
    ("Try to exercise at least 150 minutes a week", {"times_per_week": None}),
    ("Be active at least 2.5 hours (150 minutes) every week", {"times_per_week": None}),
    ("30 minutes, 3 times a week", {"times_per_week": 3}),
    # one session after each meal
    ("after breakfast, lunch and dinner", {"times_per_day": 3, "anchor": "after meal"}),
    (
        "10min after breakfast, 10min after lunch, and 10min after dinner",
        {"times_per_day": 3, "anchor": "after meal"},
    ),
    # a rest in brackets; "one way" is not a count; "for the first week" is a course
    ("Take a short rest (30 seconds) between sets, two sets", {"hold_seconds": None, "sets": 2}),
    ("10 times one way, and then 10 times the other way", {"reps": 10, "sets": None}),
    ("For the first week, do the activity daily", {"duration_days": 7, "times_per_day": 1}),
    # a label with a keyword before "=" is not a code; a time stamp is not a time to exercise
    ("Target Repetitions = 5", {"reps": 5}),
    ("Printed at: 08:33:35, 3 x 10 daily", {"time_of_day": None, "times_per_day": 1}),
    # a time before an event is not hourly
    ("take it an hour before exercise", {"times_per_day": None, "anchor": "before exercise"}),
    ("ice for 20 minutes, 2 hours after exercise", {"anchor": "after exercise"}),
    # a dose, then another: the first, with the later stage named
    ("start with 10 reps, then 15 reps", {"reps": 10}),
    (
        "initially with ten repetitions and two sets, then 15 repetitions and three sets",
        {"sets": 2, "reps": 10},
    ),
    # reps of each exercise, done a number of times: sets
    ("Perform approximately six reps of each exercise twice.", {"sets": 2, "reps": 6}),
    ("10 reps of each exercise twice a day", {"times_per_day": 2, "reps": 10, "sets": None}),
    # a break for a time is a rest; a day off between sessions is every other day
    ("3 x 10, take a break for 10 to 20 seconds", {"hold_seconds": None}),
    ("try to take at least one day off between workouts", {"every_n_days": 2}),
    # each time the exercise is done is each session, not an event
    ("repeat 20 times each time the exercise is performed", {"anchor": None, "reps": 20}),
    # "stretch for 15s" is a hold ("for 20 s" alone is the text of a timed bout)
    ("Stretch for 15s and repeat 5 times", {"hold_seconds": 15, "reps": 5}),
    ("walk for 20 s", {"hold_seconds": None}),
    # the two sides one after the other
    ("Do ten on the left and then repeat on the right side.", {"reps": 10, "per_side": True}),
    ("10 reps with your right leg, then repeat with the other leg", {"per_side": True}),
    # as needed, said through the symptom
    ("3-8 times per day or as pain requires it", {"prn": True, "times_per_day": [3, 8]}),
]


@pytest.mark.parametrize(
    ("text", "fields", "asked"),
    [
        ("daily or every other day", {"times_per_day": 1, "every_n_days": None}, "'daily' or"),
        ("every other day or daily", {"every_n_days": 2, "times_per_day": None}, "or 'daily'"),
        ("3 x 10 or 3 x 15", {"sets": 3, "reps": 10}, "'3 x 10' or '3 x 15': say which"),
    ],
)
def test_two_values_said_as_alternatives_are_asked_with_the_first_as_reading(
    text: str, fields: dict[str, object], asked: str
) -> None:
    """Free text flags "X or Y" and keeps X; the strict readers refuse it."""
    reading = read(text)
    got = reading.as_dict()
    assert {k: got[k] for k in fields} == fields
    assert reading.ambiguous and asked in (reading.note or "")
    with pytest.raises(PhraseError):
        (parse_dose if "x" in text else parse_timing)(text)


@pytest.mark.parametrize(("text", "fields"), CASES)
def test_names_paces_and_spacing(text: str, fields: dict[str, object]) -> None:
    """Each phrase gives the fields shown, whatever else it gives."""
    got = read(text).as_dict()
    assert {k: got[k] for k in fields} == fields


def test_a_pace_is_flagged_in_free_text_and_refused_by_the_strict_readers() -> None:
    """Minutes and seconds are never passed over: flagged when read, refused when strict."""
    reading = read("Monday: 4 Miles Easy (pace 10:04)")
    assert reading.ambiguous and "'10:04'" in (reading.note or "")
    with pytest.raises(PhraseError, match="minutes and seconds"):
        parse_timing("daily, 4 x 3:00")


def test_weekly_with_two_days_named_is_still_refused() -> None:
    """'weekly' says once a week; two named days contradict it ('each week' does not)."""
    with pytest.raises(PhraseError, match="1 times a week, but 2 days named"):
        parse_timing("Mon and Thu weekly")


def test_a_length_over_a_day_that_is_not_whole_days_is_refused() -> None:
    """A day or more said as a bout is refused, with the words named."""
    with pytest.raises(PhraseError, match="a length of a day or more is not a bout"):
        read("walk for 30 hours")


def test_all_day_and_night_is_asked_never_a_bout() -> None:
    """'24 hours a day' is worn all the time: asked in free text, refused by the strict reader."""
    reading = read("Wear boot 24 hours a day")
    assert reading.ambiguous and reading.dose is None and reading.duration_days is None
    with pytest.raises(PhraseError, match="all day and night"):
        parse_timing("24 hours a day")


@given(
    count=st.sampled_from(["one", "two", "1", "2", "3", "single"]),
    limb=st.sampled_from(["legged", "armed", "handed", "sided"]),
    sets=st.integers(1, 5),
    reps=st.integers(2, 30),
)
def test_a_count_in_an_exercise_name_never_reaches_the_dose(
    count: str, limb: str, sets: int, reps: int
) -> None:
    """ "2-legged squats 3 x 10" has the dose of "3 x 10": the name's count is not in it."""
    dose = parse_dose(f"{sets} x {reps}")
    got = read(f"{count}-{limb} squats {sets} x {reps}")
    assert (got.sets, got.reps) == (dose.sets, dose.reps)


@given(
    reps=st.integers(2, 30),
    rest=st.sampled_from(["rest", "rest for a minute", "rest 30 seconds", "pause"]),
    more=st.integers(1, 2),
)
def test_sets_told_in_prose_count_every_set(reps: int, rest: str, more: int) -> None:
    """'do N, rest, then N more (and a final N)': one set per count said."""
    tail = f"{reps} more" + (f" and a final {reps}" if more == 2 else "")
    got = read(f"Do {reps}, {rest}, then {tail}")
    assert (got.sets, got.reps, got.ambiguous) == (more + 1, reps, False)


@given(hours=st.integers(2, 14).map(lambda d: d * 24))
def test_whole_days_in_hours_are_a_course_length(hours: int) -> None:
    """ "for at least 72 hours" is a course of 3 days."""
    assert read(f"twice a day for at least {hours} hours").duration_days == hours // 24


_WINDOWS = {"morning": (6, 11), "afternoon": (13, 17), "evening": (17, 21)}


@given(slot=st.sampled_from(sorted(_WINDOWS)), data=st.data())
def test_a_clock_time_said_beside_its_named_time_of_day_is_one_time(
    slot: str, data: st.DataObject
) -> None:
    """'every evening at 7pm' is one session at 19:00; 'in the evening and at 19:00' is two."""
    low, high = _WINDOWS[slot]
    hour = data.draw(st.integers(low, high))
    clock = f"{hour:02d}:00"
    beside = read(f"every {slot} at {clock}")
    assert (beside.times_per_day, beside.time_of_day) == (1, (clock,))
    joined = read(f"in the {slot} and at {clock}")
    assert (joined.times_per_day, joined.time_of_day) == (2, (slot, clock))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("3 x 10 R only", "right"),
        ("left leg only, 3x10", "left"),
        ("3 x 10 on the left only", "left"),
        ("3 x 10, only on the right side", "right"),
        ("Straight leg raise L only 3 x 10 daily", "left"),
    ],
)
def test_one_side_only_is_the_dose_s_side(text: str, side: str) -> None:
    """'left only', 'R only': the dose is done on that side alone, said in its text."""
    reading = read(text)
    assert reading.dose is not None
    assert (reading.dose.side, reading.ambiguous, reading.per_side) == (side, False, False)
    assert f"{side} side only" in str(reading.dose)


def test_a_side_said_without_only_is_still_asked() -> None:
    """'lie on your left side' is a position, not the side the dose is done on."""
    assert read("lie on your left side, 3 x 10").ambiguous


def test_one_side_and_each_side_contradict() -> None:
    """A dose on one side and on each side at once is refused, naming the side."""
    with pytest.raises(PhraseError, match="side must not be given with each_side"):
        parse_dose("3 x 10 each side, left only")


@given(
    sets=st.integers(1, 5),
    reps=st.integers(1, 30),
    side=st.sampled_from(["left", "right"]),
)
def test_a_dose_on_one_side_reads_back_from_its_text(sets: int, reps: int, side: str) -> None:
    """A dose on one side, written out, reads back the same in free text and in a prescription."""
    dose = Dose(sets, reps, side=side)  # type: ignore[arg-type]
    assert parse_dose(str(dose)) == dose
    assert parse_prescription(f"Bridge {dose} daily").dose == dose


@pytest.mark.parametrize(
    "text", ["start with 10 reps, then 15 reps", "3 x 10, then 3 x 15", "10 reps, then 3 sets"]
)
def test_a_later_dose_after_then_is_a_stage_asked_about(text: str) -> None:
    """Free text keeps the first dose and names the later one once; strict readers refuse."""
    reading = read(text)
    assert reading.ambiguous
    assert (reading.note or "").count("a later stage not read") == 1
    with pytest.raises(PhraseError):
        parse_dose(text)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Perform this exercise 10-20 times daily.", "with no dose said"),
        ("Do this exercise 10 times a day", "with no dose said"),
        ("5 min. increase daily", "a change with no step"),
    ],
)
def test_free_text_asks_rather_than_schedule_what_may_be_a_dose(text: str, asked: str) -> None:
    """Ten or more sessions a day with no dose, or 'increase daily', is asked about."""
    reading = read(text)
    assert reading.ambiguous and asked in (reading.note or "")


@given(count=st.integers(10, 24))
def test_a_timing_alone_of_ten_or_more_a_day_reads_in_a_programme_file(count: int) -> None:
    """A programme file's timing has its dose apart: 12 times a day is read as said."""
    assert parse_timing(f"{count} times a day").times_per_day == count
