"""
Handout readings: counts spread through the day, a time to watch after exercise, a
repetition defined, ratings, reps then a frequency, a table row without its header.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan import PhraseError
from rehabplan.model import AsNeeded, Dose, Timing
from rehabplan.phrases import parse_prescription, parse_timing, read


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # sets spread through the day are the day's total: how many sessions is not said
        (
            "It is recommended to perform 5 to 7 sets of 10 chin tucks in the course of each day.",
            {"sets": [5, 7], "reps": 10, "times_per_day": None, "ambiguous": True},
        ),
        ("3 sets of 10, spread out over the day", {"times_per_day": None, "ambiguous": True}),
        ("10 reps spaced throughout the day", {"times_per_day": None, "ambiguous": True}),
        # a count of times over the day is the sessions a day
        ("Repeat 5 times over the course of the day", {"times_per_day": 5, "reps": None}),
        ("3 times during the course of each day", {"times_per_day": 3}),
        # hours after exercise to watch the pain: not when the exercise is done
        ("Monitor pain for 2 hours post exercise.", {"anchor": None, "ambiguous": False}),
        (
            "Soreness may last for up to 48 hours after exercise",
            {"anchor": None, "duration_days": None},
        ),
        ("3 x 10 daily; check your symptoms for an hour after exercise", {"anchor": None}),
        ("Ice for 15 minutes after exercise", {"anchor": "after exercise"}),
        # what one repetition is: a definition, not a dose of one
        (
            "1 repetition = maneuver done to each side in turn (takes 2 minutes)",
            {"reps": None, "sets": None},
        ),
        ("One repetition is a full circle. Repeat 10 times.", {"reps": 10}),
        ("10 reps = 1 set", {"reps": 10}),
        ("1 set is 10 reps", {"sets": 1, "reps": 10}),
        # ratings of effort or pain are never a dose
        ("3 x 10 at RPE 7", {"sets": 3, "reps": 10, "ambiguous": False}),
        ("2 x 15 at an RPE of 7-8", {"sets": 2, "reps": 15, "ambiguous": False}),
        ("3 x 12, effort 8/10", {"sets": 3, "reps": 12, "ambiguous": False}),
        ("3 x 12, Borg rating 13", {"sets": 3, "reps": 12, "ambiguous": False}),
        ("rate each set 8 to 9/10, 3 x 10", {"sets": 3, "reps": 10, "ambiguous": False}),
        ("2 x 12, working at level 6 out of 10", {"sets": 2, "reps": 12, "ambiguous": False}),
        (
            "Exercise at a moderate intensity (5-6 on a 10 point scale), 5 days a week",
            {"times_per_week": 5, "reps": None, "ambiguous": False},
        ),
        # reps, then how often: the only reading of a count of times before a frequency
        ("10 times twice a day", {"reps": 10, "times_per_day": 2, "ambiguous": False}),
        ("Slide your heel up 10 times twice a day", {"reps": 10, "times_per_day": 2}),
        ("Repeat each 10 times 3 times per day.", {"reps": 10, "times_per_day": 3}),
        ("10 times three times daily", {"reps": 10, "times_per_day": 3, "ambiguous": False}),
        ("10x twice a day", {"reps": 10, "times_per_day": 2, "ambiguous": False}),
        ("Do 10 times 2 times per week", {"reps": 10, "times_per_week": 2}),
        ("15 times once a day for 2 weeks", {"reps": 15, "times_per_day": 1, "duration_days": 14}),
        # "10 x 3 times a day" may be 10 x 3 (sets and reps): asked, never guessed
        ("10 x 3 times a day", {"times_per_day": 3, "reps": None, "ambiguous": True}),
        ("3 x 10 x 2 daily", {"sets": 3, "reps": 10, "times_per_day": 2, "ambiguous": False}),
        # a table row whose header is not there: which column is what is asked
        ("3 | 3 | 3/6-8 |", {"sets": None, "reps": None, "ambiguous": True}),
        ("| 2 | 10 | 3 |", {"sets": None, "times_per_week": None, "ambiguous": True}),
        ("3 | 3 x 3 x 3", {"ambiguous": True}),
        # another reading offered with "or": the first is read, the other asked about
        (
            "These exercises should be performed for two weeks, three times per day, "
            "or for three weeks, twice per day",
            {"times_per_day": 3, "duration_days": 14, "ambiguous": True},
        ),
        ("3 x 10 daily, or 2 x 15 every other day", {"sets": 3, "every_n_days": None}),
        ("once or twice a day", {"times_per_day": [1, 2]}),
        ("Do this exercise 3 times a day, or as often as directed.", {"times_per_day": 3}),
        # another activity's timing in the same sentence is not this exercise's
        (
            "It is recommended that the exercise be performed three times per week, "
            "with additional walks two times per week.",
            {"times_per_week": 3, "ambiguous": True},
        ),
        ("3 x 10 daily plus some cycling 3 times a week", {"times_per_day": 1, "sets": 3}),
        # no relation of a schedule says "with": asked, not guessed
        ("Do it 3 times a day with meals", {"times_per_day": 3, "anchor": None, "ambiguous": True}),
        ("with meals", {"anchor": None, "ambiguous": True}),
        # hourly over the waking day, whatever the words
        ("10 reps every waking hour", {"reps": 10, "times_per_day": None, "ambiguous": True}),
        # minutes apart: read round the clock as hours apart are, and asked; bound to an
        # activity or the waking day, the count a day is only asked
        ("Do this every 30 minutes", {"times_per_day": 48, "ambiguous": True}),
        ("every 30 minutes while sitting", {"times_per_day": None, "ambiguous": True}),
        ("Every 30 minutes of typing", {"times_per_day": None, "ambiguous": True}),
        ("every 10 minutes", {"times_per_day": None, "ambiguous": True}),
        ("2 sessions that are each 15 minutes long", {"times_per_day": None}),
        # hours of rest between sessions space the sessions, as "48 hours apart" does
        ("Rest 48 hours between strength sessions", {"every_n_days": 2}),
        ("allow at least 72 hours between sessions", {"every_n_days": 3}),
        ("rest 30 seconds between sets, 3 x 10", {"every_n_days": None, "sets": 3}),
        ("3 x 10, rest 1 hour between sets", {"every_n_days": None, "sets": 3}),
        # the evening before bed is one session, at bedtime
        (
            "do the exercises every evening before bed",
            {"times_per_day": 1, "time_of_day": ["bedtime"]},
        ),
        ("in the morning and before bed", {"times_per_day": 2}),
        # as many as you can in a time: timed work, not a hold
        ("Do as many as you can in 30 seconds", {"hold_seconds": None, "reps": None}),
        # a count of times after the reps, with no period, is the sets
        ("Perform 10 repetitions, 3 times", {"sets": 3, "reps": 10}),
        ("Do 20 heel raises, twice", {"sets": 2, "reps": 20}),
        ("10 reps, 3 times a day", {"sets": None, "reps": 10, "times_per_day": 3}),
        ("10 reps, 3 times during the day", {"sets": None, "times_per_day": 3}),
        # a slash between counts of times is "or"; other slashes keep their readings
        ("Sets: 2 Reps: 12 Freq: 2/3 times a day", {"times_per_day": [2, 3], "sets": 2}),
        ("Do this 2/3 times per week", {"times_per_week": [2, 3]}),
        ("for 5/7", {"duration_days": 5}),
        ("3/12 each leg", {"sets": None, "ambiguous": True}),
        # a break between bouts is a rest, not a hold
        ("Work for 40 seconds with a 20 second break in between", {"hold_seconds": None}),
        ("Hold for 30 seconds with a 10 second break", {"hold_seconds": 30}),
        (
            "Discomfort should last less than 24 hours after exercise",
            {"anchor": None, "duration_days": None},
        ),
        # a rest and "repeat again": a second set
        ("Repeat 8-10 times, rest for one minute, repeat again.", {"sets": 2, "reps": [8, 10]}),
        (
            "Repeat for 8-12 repetitions, rest for one minute, and repeat again.",
            {"sets": 2, "reps": [8, 12], "ambiguous": False},
        ),
        ("10 reps, rest 1 min, repeat again twice more", {"sets": 3, "ambiguous": False}),
        # "repeat again 2 times" may or may not count the first set: asked
        (
            "Repeat 10 times, rest for a minute, then repeat again 2 times.",
            {"sets": 2, "reps": 10, "ambiguous": True},
        ),
        # after a dose, what a progression's clause says is the target's, never the start's
        (
            "aim for 12 reps and gradually build up to 2 sets of 12 reps",
            {"sets": None, "reps": 12, "ambiguous": True},
        ),
        ("10 reps each side, build up to 3 sets", {"sets": None, "ambiguous": True}),
        ("Work up to 3 sets of 20.", {"sets": 3, "reps": 20}),
        ("Hold 10 seconds, building up to 30 seconds, 5 reps", {"reps": 5, "hold_seconds": 10}),
        # seconds to lift or lower are a tempo, never a hold
        ("3 seconds up, do not hold, 3 seconds down", {"hold_seconds": None}),
        ("2 seconds up, 4 seconds down, 10 reps", {"hold_seconds": None, "reps": 10}),
        ("lift for 2 seconds and lower for 4 seconds, 3 x 8", {"hold_seconds": None, "sets": 3}),
        ("Lower slowly over 5 seconds. Repeat 10 times.", {"hold_seconds": None, "reps": 10}),
        ("take 3 seconds to lower, 12 reps", {"hold_seconds": None, "reps": 12}),
        ("Lift your leg up and hold for 5 seconds", {"hold_seconds": 5}),
        ("Stay up for 5 seconds", {"hold_seconds": 5}),
        ("Bridges x 15 twice daily", {"reps": 15, "times_per_day": 2, "ambiguous": False}),
        ("Bridges 3 x 15 twice daily", {"sets": 3, "reps": 15, "times_per_day": 2}),
        # the days another activity leaves free: the weekdays are asked
        ("Cycle for 20 min on days you do not run", {"ambiguous": True}),
        ("Do these on your non-running days", {"ambiguous": True}),
        ("On rest days, do the mobility routine", {"ambiguous": True}),
        (
            "Do your exercises three times a week, on the days you don't run",
            {"times_per_week": 3, "ambiguous": True},
        ),
        ("Tuesdays are rest days", {"days_of_week": ["MO", "WE", "TH", "FR", "SA", "SU"]}),
        ("on days 1 to 5, twice a day", {"times_per_day": 2}),
        # a start after a time is not a course length
        ("After 2 weeks, progress to 3 sets", {"duration_days": None, "ambiguous": True}),
        ("after the first 2 weeks, do it once a day", {"duration_days": None, "ambiguous": True}),
        ("twice a day for 2 weeks", {"duration_days": 14, "ambiguous": False}),
        ("start 10 days after the operation, daily", {"duration_days": None, "times_per_day": 1}),
        # a reduced dose is a change, not the dose
        ("If you have pain, reduce to 2 sets", {"ambiguous": True}),
        ("3 x 15 daily; if sore, cut back to 2 x 10", {"sets": 3, "reps": 15, "ambiguous": True}),
        # an event the schedule does not know is asked about, never passed over
        ("Do 5 reps every time you boil the kettle", {"reps": 5, "ambiguous": True}),
        ("Do this each time you stand up", {"anchor": "when standing up", "ambiguous": False}),
        ("Every time you go to the toilet, do 10 squeezes", {"anchor": "when going to the toilet"}),
        ("3 x 10, 3 times a day each time", {"times_per_day": 3, "ambiguous": False}),
        # "sets" after the second count names it
        ("15 x 2 sets", {"sets": 2, "reps": 15}),
        ("10x 3 sets 2x day", {"sets": 3, "reps": 10, "times_per_day": 2}),
        ("3 x 10 reps", {"sets": 3, "reps": 10}),
        ("20 reps x 2 sets", {"sets": 2, "reps": 20}),
        ("10s hold x 10 reps x 3 sets", {"sets": 3, "reps": 10, "hold_seconds": 10}),
        # a rest for days is not the course
        ("Rest for 2 days, then start the exercises", {"duration_days": None, "ambiguous": True}),
        ("3 x 10, rest 60 seconds", {"sets": 3, "ambiguous": False}),
        ("Run, then rest 1 day in between runs", {"duration_days": None, "every_n_days": 2}),
        ("Rest 1 day between sessions", {"duration_days": None, "every_n_days": 2}),
        # often through the day: a vague count, not once a day
        ("Do these exercises regularly throughout the day", {"ambiguous": True}),
        ("Do this exercise frequently during the day", {"times_per_day": None, "ambiguous": True}),
        ("3 times throughout the day", {"times_per_day": 3, "ambiguous": False}),
        # an end at a visit is a criterion: its date is not in the words
        (
            "Twice daily until your follow-up appointment",
            {"times_per_day": 2, "duration_days": None},
        ),
        ("3 x 10 daily until you see the physio", {"sets": 3, "times_per_day": 1}),
    ],
)
def test_handout_readings(text: str, fields: dict[str, object]) -> None:
    """Each phrase is read to these fields."""
    got = read(text).as_dict()

    assert fields == {key: got[key] for key in fields}


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Bridge 3 x 10 spread through the day", "how many sessions a day"),
        ("Bridge 10 x 3 times a day", "'10 reps, 3 times a day' or '10 x 3, once a day'"),
        ("Bridge 3 | 3 | 3/6-8 |", "a table row without its header"),
        (
            "Bridge 3 x 10 daily, or 2 x 15 every other day",
            "an alternative: say which one is meant",
        ),
        ("Bridge 3 x 10 with meals", "with a meal is not a time the schedule can place"),
        ("Bridge 10 reps daily, build up to 3 sets", "a later stage or a progression"),
        ("Bridge 3 x 10 daily until your follow-up appointment", "is a criterion, not an end date"),
    ],
)
def test_strict_readers_ask(text: str, question: str) -> None:
    """The strict reader refuses these with the question to answer."""
    with pytest.raises(PhraseError) as info:
        parse_prescription(text)

    assert question in str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bridge 10 times twice a day", (Dose(1, 10), Timing(times_per_day=2))),
        ("Bridge 3 x 10 at RPE 7, daily", (Dose(3, 10), parse_timing("daily"))),
        ("Bridge 3 x 12, effort 8/10, twice a day", (Dose(3, 12), Timing(times_per_day=2))),
    ],
)
def test_strict_readers_read(text: str, expected: tuple[Dose, Timing | AsNeeded]) -> None:
    """The strict reader gives the same reading as free text."""
    got = parse_prescription(text)

    assert expected == (got.dose, got.timing)


def test_an_alternative_is_named_once() -> None:
    """The words of an alternative are named once, however many fields they hold."""
    note = read("3 x 10 daily, or 2 x 15 every other day").note or ""

    assert note.count("'2 x 15'") == 1


@given(
    reps=st.integers(2, 50),
    count=st.sampled_from([("once", 1), ("twice", 2), ("three times", 3), ("4 times", 4)]),
    period=st.sampled_from([("a day", "times_per_day"), ("per week", "times_per_week")]),
)
def test_reps_then_frequency(reps: int, count: tuple[str, int], period: tuple[str, str]) -> None:
    """'N times, M times a day' with no comma reads N reps, M a day (or a week), unflagged."""
    (said, per), (words, field) = count, period

    got = read(f"{reps} times {said} {words}").as_dict()

    assert (reps, per, False) == (got["reps"], got[field], got["ambiguous"])


@given(rating=st.integers(0, 10), sets=st.integers(1, 5), reps=st.integers(1, 30))
def test_a_rating_is_never_a_dose(rating: int, sets: int, reps: int) -> None:
    """A rating out of 10 beside a dose leaves the dose as written."""
    got = read(f"{sets} x {reps}, effort {rating}/10").as_dict()

    assert (sets, reps) == (got["sets"], got["reps"])
