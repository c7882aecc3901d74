"""
More handout language, each a general rule: symptoms after an event, tempo counts,
week-of labels, "day and night", restated numbers, more counts and nouns of reps.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import read

#: (text, the fields that must come out, and whether the reading is flagged)
CASES = [
    # a symptom after an event says when the symptom comes, not when to exercise
    (
        "If you have a little mild (1-2/10) pain after running, that's normal.",
        {"anchor": None, "prn": False},
    ),
    ("some soreness after exercise is normal", {"anchor": None}),
    ("ice for 15 minutes after exercise", {"anchor": "after exercise"}),
    # a count tied to a slow movement is its tempo, not a hold
    (
        "Then very slowly (to a count of 10) drop your heels. Do three sets of 15 reps.",
        {"hold_seconds": None, "sets": 3, "reps": 15},
    ),
    ("lower your leg to a count of 5, 10 times", {"hold_seconds": None, "reps": 10}),
    ("lift your leg, hold for a count of 10", {"hold_seconds": 10}),
    # the weeks of the plan are not how often
    (
        "Each week of the schedule do your run/walk work-outs on Monday and Thursday.",
        {"times_per_week": None, "days_of_week": ["MO", "TH"]},
    ),
    ("3 x 10 each week", {"times_per_week": 1}),
    # "day and night" is round the clock, not the night
    (
        "Sling is worn for 6 weeks during the day and night",
        {"time_of_day": None, "times_per_day": None, "duration_days": 42},
    ),
    ("ice every 2 hours day and night", {"times_per_day": 12, "ambiguous": False}),
    # sets and reps however a handout writes them
    ("Repeat 3×8 repetitions.", {"sets": 3, "reps": 8}),
    ("Repeat 10 times 1 set.", {"sets": 1, "reps": 10}),
    ("3*15 repetitions 2 times daily", {"sets": 3, "reps": 15, "times_per_day": 2}),
    ("3 x 10*", {"sets": 3, "reps": 10}),
    ("Aim to build up to 10 repeats of each exercise", {"reps": 10}),
    ("in sets of 5-10 movements", {"reps": [5, 10]}),
    ("Repeat the exercise in batches of six or eight", {"reps": [6, 8]}),
    # "N more" after a first go counts the total
    ("Repeat two more times.", {"reps": 3}),
    ("Repeat twice more.", {"reps": 3}),
    ("once in the morning and repeated twice more", {"reps": 3, "ambiguous": True}),
    # whenever the patient can: as needed, asked
    ("so it can be done as often as you can fit it in.", {"prn": True, "ambiguous": True}),
    ("as often as possible", {"prn": False, "ambiguous": True}),
    # noon said with a hyphen; "a second or two"; a number restated in figures
    (
        "three times daily - once in the morning, again at mid-day and in the evening",
        {"time_of_day": ["morning", "noon", "evening"]},
    ),
    ("Hold your breath for a second or two.", {"hold_seconds": [1, 2]}),
    ("hold for a minute or two", {"hold_seconds": [60, 120]}),
    ("Hold for at least five (5) seconds", {"hold_seconds": 5, "ambiguous": False}),
    ("repeat ten (10) times", {"reps": 10}),
    # a hyphen inside a name is not a minus
    ("Week 1 of the Couch-To-5k consists of three runs of 20 minutes", {"reps": None}),
    # "one time" after "this" is a count
    ("do this one time per day", {"times_per_day": 1}),
    # a range of lengths across units
    ("hold this position for about 30 seconds to a minute", {"hold_seconds": [30, 60]}),
    # a time span is one session, its end noted (on named days, no count a day is said)
    (
        "The class is on every Tuesday from 11:00-12:00.",
        {"times_per_day": None, "time_of_day": ["11:00"], "days_of_week": ["TU"]},
    ),
    ("Run on Tuesdays 11:00 – 11:45", {"time_of_day": ["11:00"]}),
    ("at 8:00 and 14:00", {"times_per_day": 2, "time_of_day": ["08:00", "14:00"]}),
    # sides said other ways; both at once, or a helping hand, is not a side
    ("Count to 5, and change the side. Repeat 6 times.", {"per_side": True, "reps": 6}),
    ("balance on right/left leg for 30 seconds", {"per_side": True, "hold_seconds": 30}),
    ("lift both arms simultaneously and hold for 7 seconds", {"per_side": False}),
    (
        "assist the movement with your other hand. Repeat 3-5 times.",
        {"per_side": False, "reps": [3, 5]},
    ),
    ("3 x 10 each leg", {"per_side": True}),
    # holds said other ways
    ("Keep bent for 1-5 minutes for a good stretch.", {"hold_seconds": [60, 300]}),
    ("Hold for 5 counts.", {"hold_seconds": 5}),
    # "steps" counted, not a step number
    ("hold for 5 seconds. Repeat the steps 10 times.", {"reps": 10, "hold_seconds": 5}),
    ("repeat steps 1 to 4, 3 x 10", {"sets": 3, "reps": 10}),
    # rest days named, a point in time, a week's total, a gap of hours
    (
        "The long run is scheduled for Saturday with recovery on Sunday and rest on Monday.",
        {"days_of_week": ["SA"]},
    ),
    ("At 4 weeks: can begin partial wall-sits", {"duration_days": None}),
    ("Aim for 150 minutes spread out over a week", {"duration_days": None}),
    (
        "Repeat the cold pack 3-4 times in a day. Allow at least 2 hours between each.",
        {"times_per_day": [3, 4], "ambiguous": True},
    ),
    # sets after "repeat", "N more sets", breaths, the first dose, a timed set, a start
    ("hold for 10 seconds. Repeat 3 sets of 10 repetitions.", {"sets": 3, "reps": 10}),
    ("balance on the leg for 30 to 60 seconds, repeat 3 sets.", {"sets": 3, "reps": None}),
    ("Do 10 reps. Then do 2 more sets.", {"sets": 3, "reps": 10}),
    ("Take four deep breaths every hour.", {"reps": 4}),
    ("Start off with ten, and work your way up.", {"reps": 10}),
    ("Do 3 sets and aim for 15 to 30 seconds per set", {"sets": 3, "hold_seconds": None}),
    ("Walk for 5 to 10 minutes before you start.", {"anchor": "before exercise"}),
    # "afterwards" with an anchor before it; the start or end of an event
    (
        "Warm up before you exercise, and cool down afterward",
        {"anchor": "before and after exercise"},
    ),
    (
        "at the start of each training session, at least twice per week",
        {"anchor": "before training", "times_per_week": 2},
    ),
    ("stretch at the end of your run", {"anchor": "after run"}),
    (
        "Repeat about 10 times and again every time you urinate.",
        {"reps": 10, "anchor": "when urinating"},
    ),
    # the sessions of one week of a plan
    ("Week 3: 3 sessions; 18 to 24 repetitions each", {"times_per_week": 3, "reps": [18, 24]}),
    ("For your 3 runs in week 9, you will begin", {"times_per_week": 3}),
    # real words near a zero are not misspellings of it
    ("Do the exercises you have been taught, at least 5 times a day", {"times_per_day": 5}),
    # many times every few hours: repetitions every few hours
    ("use the incentive spirometer 10 times every two hours", {"reps": 10, "times_per_day": 12}),
    ("3 times every 4 hours", {"reps": 3, "ambiguous": True}),
    # a hold to build up to is asked; a later stage after "then do"
    (
        "Hold for 15 seconds. Then increase that time up to 45 seconds.",
        {"hold_seconds": 15, "ambiguous": True},
    ),
    (
        "Do 10 repetitions for the first week. Then do 20 reps for three to four more weeks.",
        {"reps": 10, "ambiguous": True},
    ),
    # a bare "relax then repeat"; a load is not the first dose
    (
        "Hold each exercise for 5-10 seconds, relax then repeat.",
        {"sets": None, "hold_seconds": [5, 10], "ambiguous": True},
    ),
    ("Do 8 to 12 reps, take a short rest, and then repeat.", {"sets": 2}),
    # rounds of one movement are its repetitions in the corpus's fields; a circuit's, sets
    (
        "Hold each position for five seconds. Repeat this sequence 10 times for each wrist.",
        {"reps": 10, "sets": None, "hold_seconds": 5},
    ),
    ("repeat the circuit 3 times", {"sets": 3, "reps": None}),
    (
        "Perform this exercise up to 15 times, rest for 1 minute. Repeat routine 2 to 3 times.",
        {"reps": 15, "sets": [2, 3]},
    ),
    # a stop rule said "discontinue"; conditions that are not "as needed"
    ("Discontinue if pain exceeds 3/10", {"prn": False}),
    (
        "These exercises should be done at least once a day if the pain allows.",
        {"times_per_day": 1, "prn": False},
    ),
    (
        "If the exercise causes pain that lasts for more than 2 hours after finishing the "
        "exercise, then decrease the repetitions.",
        {"prn": False, "anchor": None},
    ),
    ("3 x 10 daily when painful", {"prn": True}),
    # a table's label and its value; "half a dozen"; walks a day; points in time
    ("Repetitions : 2 sets of 10 Days per week : 6 to 7", {"times_per_week": [6, 7]}),
    ("half a dozen repetitions", {"reps": 6}),
    ("such as three 10-minute walks a day", {"times_per_day": 3}),
    ("Return to Sports: Usually @ 4 months", {"duration_days": None}),
    ("*Start PT around 1 week*", {"duration_days": None}),
    # tempo said with a count of seconds; a session named by its kind; counts with a most
    (
        "slowly lower the heels over the course of a 5 second count, 10 times",
        {"hold_seconds": None, "reps": 10},
    ),
    ("Heat / Ice before and after PT sessions", {"anchor": "before and after session"}),
    ("Hold that position for a count of at least 15 to 20.", {"hold_seconds": [15, 20]}),
    ("Try adding one more every 2 weeks, 5 times once a day", {"every_n_days": None}),
    # what it takes to move on may be a target: read, and asked
    (
        "Once you can stand on one leg for 30 seconds, try it with your eyes closed.",
        {"hold_seconds": 30, "ambiguous": True},
    ),
    ("When you can do 3 x 15 easily, add weight.", {"sets": 3, "reps": 15, "ambiguous": True}),
    ("when you can, do 10 reps", {"reps": 10, "ambiguous": False}),
    (
        "You should be able to stand on one leg for 30 seconds",
        {"hold_seconds": 30, "ambiguous": True},
    ),
    # a slow count with no movement said is a hold; with one, the movement's tempo
    ("for a slow count of 5. Repeat 10 times, twice a day.", {"hold_seconds": 5, "reps": 10}),
    ("slowly lower for a count of 3, 10 times", {"hold_seconds": None, "reps": 10}),
    # whenever there is a moment: as needed, asked
    ("Repeat x 20 and do whenever you have a moment", {"reps": 20, "prn": True, "ambiguous": True}),
    # "repeat the set": a second set; "10-15 more times": another set of 10-15
    (
        "Repeat 15 times, wait 30 seconds and repeat the set.",
        {"sets": 2, "reps": 15, "hold_seconds": None},
    ),
    ("Repeat 10-15 more times with each leg.", {"sets": 2, "reps": [10, 15]}),
    # sets and reps said still other ways
    (
        "Aim for x3 sets of x15 repetitions. Twice a day. Every other day.",
        {"sets": 3, "reps": 15, "times_per_day": 2, "every_n_days": 2},
    ),
    ("Do 2 series of 10 repetitions on each side daily.", {"sets": 2, "reps": 10}),
    ("Repeat 3 x 10 times.", {"sets": 3, "reps": 10}),
    ("at least twice a day in repetitions of 10", {"reps": 10, "times_per_day": 2}),
    ("Do 3 sets of 15 of each exercise (6 sets in total).", {"sets": 3, "reps": 15}),
    ("Complete for 20-30 seconds. Rest for one minute and repeat again.", {"sets": 2}),
    ("4/5 sessions/week for 6 weeks", {"times_per_week": [4, 5], "duration_days": 42}),
    # a phrase said whole in brackets
    ("(up to 30secs, x3 repetitions)", {"reps": 3, "hold_seconds": 30}),
    ("(3 x 10) daily (or twice daily)", {"sets": 3, "ambiguous": True}),
    # sides: each side said with its time; "use both legs" is both at once
    ("(10 second right and 10 seconds left)", {"per_side": True, "hold_seconds": 10}),
    (
        "lower on the injured leg, then use both legs to come back up. Do 3 sets of 15.",
        {"per_side": False, "sets": 3},
    ),
    # a breath's count is a tempo; a time after starting is a point; the waking day
    (
        "breathe in slowly through your nose for a count of two, 10 times",
        {"hold_seconds": None, "reps": 10},
    ),
    (
        "Please see your doctor again 6 weeks after starting this program.",
        {"duration_days": None, "anchor": None},
    ),
    (
        "Do the exercises below every hour in the daytime.",
        {"times_per_day": None, "ambiguous": True},
    ),
    (
        "5 repeats each leg After fourth week, increased to 10 repeats",
        {"reps": 5, "per_side": True, "ambiguous": True},
    ),
    # an addition in brackets is asked; watts are not weeks; "repeat once" is 2 in all
    (
        "once in the morning and once at night (and add an afternoon stretch as needed)",
        {"times_per_day": 2, "time_of_day": ["morning", "night"], "ambiguous": True},
    ),
    ("Painless bike, 150W 5 min", {"duration_days": None, "ambiguous": True}),
    ("daily for 6w", {"duration_days": 42}),
    ("Hold for 30 seconds then slowly return. Repeat once.", {"reps": 2, "ambiguous": True}),
    ("x3 sets, once daily for 6 weeks", {"sets": 3, "reps": None, "times_per_day": 1}),
    # from a fifth blind set
    ("Continue with 30 complete sets twice a day.", {"sets": 30, "times_per_day": 2}),
    ("exercise just before you fall asleep at night", {"time_of_day": ["bedtime"]}),
    (
        "raise the leg to the other knee level, and here it is counted up to 10.",
        {"hold_seconds": 10},
    ),
    (
        "Have someone push your limb down and hold it for a count of 20.",
        {"reps": None, "hold_seconds": 20},
    ),
    ("omit the abdominal exercises, 3 x 10 daily", {"time_of_day": None, "sets": 3}),
    (
        "Complete thirty seconds of each exercise, with a thirty second break in between.",
        {"hold_seconds": None},
    ),
    ("Repeat 10 times before switching to your right leg.", {"per_side": True, "reps": 10}),
    ("Gradually increase time by 2–5 minutes every 2 weeks", {"every_n_days": None}),
    ("Walk/jog on a trampoline: 2 × 45 s", {"hold_seconds": None, "reps": 2}),
    ("up to 5 breaths at a time", {"reps": 5}),
    ("3 x 10, pause at the top for about 4 breaths", {"reps": 10}),
    ("introduce 3 more repetitions of the exercise daily", {"reps": None}),
    ("Aim for eight to 12 repetitions. Rest and repeat.", {"sets": 2, "reps": [8, 12]}),
    ("You should do 3 sessions of this exercise per day", {"times_per_day": 3}),
    (
        "Applying heat before exercise and cold packs after exercise can help",
        {"anchor": "before and after exercise"},
    ),
    ("Stretch and warm up before any form of exercise.", {"anchor": "before exercise"}),
    ("exhale 2 to 3 times longer than you inhale, 10 breaths", {"reps": 10}),
    # after a step of progression, a count is its target: read the start, and ask
    (
        "Start the movement 5 times, add 1 every day, and do it 15 times.",
        {"reps": 5, "ambiguous": True},
    ),
    (
        "do each exercise five times at each session and then increase it by one per day up to "
        "ten times per session.",
        {"reps": 5, "ambiguous": True},
    ),
    (
        "3 x 10 twice a day, increase by 2 reps every week",
        {"sets": 3, "reps": 10, "every_n_days": None},
    ),
]


@pytest.mark.parametrize(("text", "fields"), CASES)
def test_handout_language(text: str, fields: dict[str, object]) -> None:
    got = read(text).as_dict()
    assert {k: got[k] for k in fields} == fields


@given(
    symptom=st.sampled_from(["pain", "soreness", "stiffness", "discomfort", "aching"]),
    event=st.sampled_from(["running", "exercise", "your walk", "training"]),
)
def test_a_symptom_after_an_event_is_never_an_anchor(symptom: str, event: str) -> None:
    reading = read(f"3 x 10 daily; mild {symptom} after {event} is normal")
    assert reading.anchor is None
    assert (reading.sets, reading.reps, reading.times_per_day) == (3, 10, 1)


@given(n=st.integers(1, 20), unit=st.sampled_from(["second", "minute"]))
def test_a_number_restated_in_figures_is_read_once(n: int, unit: str) -> None:
    words = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ]
    restated = read(f"hold for {words[n - 1]} ({n}) {unit}s")
    plain = read(f"hold for {n} {unit}s")
    assert restated.hold_seconds == plain.hold_seconds
    assert restated.ambiguous == plain.ambiguous  # only a hold over 10 minutes is asked


@given(count=st.integers(2, 9), sets=st.integers(1, 6))
def test_repeat_then_sets_by_reps_is_the_dose(count: int, sets: int) -> None:
    got = read(f"Repeat {sets}x{count} repetitions").as_dict()
    assert (got["sets"], got["reps"]) == (sets, count)


@pytest.mark.parametrize(
    "text",
    [
        "Do: 3 s down, 1 s pause, 1 s up. Load = 6–8 RM.",
        "Start with 1 kg maximum, adding 1 kg per week",
    ],
)
def test_a_load_or_a_pause_with_no_dose_is_refused(text: str) -> None:
    # no dose holds the load or the pause, and nothing else is read: nothing to schedule
    with pytest.raises(PhraseError, match="found no dose or timing"):
        read(text)
