"""Handout context: loads held in both hands, meals as times, table cells, restrictions, stages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan import PhraseError
from rehabplan.model import Timing
from rehabplan.phrases import parse_dose, parse_prescription, parse_timing, read


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # a weight held in each hand is held in both at once: a load, not each side in turn
        ("With ½ kg weight in each arm, 3 x 10", {"per_side": False, "sets": 3, "reps": 10}),
        ("Holding a dumbbell in each hand, 2 x 12", {"per_side": False, "sets": 2}),
        ("hold a can in both hands, lift 10 times", {"per_side": False, "reps": 10}),
        ("3 x 10 each arm", {"per_side": True}),
        ("10 reps with each leg", {"per_side": True}),
        # meals are times of their own: the other named times are not the count a day
        (
            "on waking, before meals and at bedtime",
            {"times_per_day": None, "time_of_day": ["morning", "bedtime"], "anchor": "before meal"},
        ),
        ("before meals and at bedtime, four times a day", {"times_per_day": 4}),
        ("in the morning and at bedtime", {"times_per_day": 2}),
        ("before breakfast", {"times_per_day": 1}),
        # the count done at one sitting, a programme repeated within a session
        (
            "Repeat this programme six times each session, 3 times daily",
            {"reps": 6, "sets": None, "times_per_day": 3},
        ),
        ("repeat the circuit 3 times", {"sets": 3, "reps": None}),
        # stacked dose and frequency with any way of saying a day
        ("3 x 10 x 2 a day", {"sets": 3, "reps": 10, "times_per_day": 2, "ambiguous": False}),
        ("3x10x2 each day", {"sets": 3, "reps": 10, "times_per_day": 2, "ambiguous": False}),
        ("3 x 10 x 2 every day", {"sets": 3, "reps": 10, "times_per_day": 2, "ambiguous": False}),
        ("3x10x3s", {"sets": 3, "reps": 10, "hold_seconds": 3}),
        # three counts with no header: the last is asked about, never dropped
        ("Week 1–2 = 2 × 6 × 2", {"sets": 2, "reps": 6, "ambiguous": True}),
        ("3 | 3 x 3 x 3", {"ambiguous": True}),
        ("3x10x2", {"sets": 3, "reps": 10, "times_per_day": None, "ambiguous": True}),
        # "little and often", "at regular intervals": daily means every day, not once
        ("Exercise daily at regular intervals, little but often", {"times_per_day": None}),
        ("daily, little and often", {"times_per_day": None, "ambiguous": True}),
        ("daily", {"times_per_day": 1}),
        # context that is not the course: an expected recovery time, a restriction
        ("it may take up to 3 months to get full movement back", {"duration_days": None}),
        ("Recovery usually takes 6 weeks; 3 x 10 daily", {"duration_days": None, "sets": 3}),
        (
            "do not stretch your arms over eye level for the first 7 days",
            {"duration_days": None, "ambiguous": True},
        ),
        ("Do not run for 2 weeks, stretch daily", {"duration_days": None, "ambiguous": True}),
        ("Daily for the first 2 days", {"duration_days": 2, "times_per_day": 1}),
        (
            "Do not exercise for 30 minutes to 1 hour after eating.",
            {"anchor": None, "hold_seconds": None, "ambiguous": True},
        ),
        ("3 x 10 after eating", {"anchor": "after meal"}),
        ("This adds up to 52 sets in total.", {"sets": None}),
        ("Review at 6 weeks", {"duration_days": None}),
        ("3 x 10 daily for 6 weeks", {"duration_days": 42}),
        # the first time and N more in the day
        (
            "done after getting out of bed and repeated twice more during the day",
            {"times_per_day": 3, "reps": None},
        ),
        ("repeat 5 times during the day", {"times_per_day": 5}),
        # a hold after other words is still the hold; moving for a time is not a hold
        ("do a hamstring stretch and hold for 30 seconds", {"hold_seconds": 30}),
        ("do the stretch, holding for 20 seconds", {"hold_seconds": 20}),
        ("swing it in small circles for 30 seconds in each direction", {"hold_seconds": None}),
        ("pump your ankles for 30 seconds", {"hold_seconds": None}),
        ("rotate your head and hold for 10 seconds", {"hold_seconds": 10}),
        # "toes" and "goes" are words, not "to" and "ES" (each side)
        ("point your toes up and down 10 times", {"reps": 10, "per_side": False}),
        ("3 x 10 ES", {"per_side": True}),
        ("3x10es", {"per_side": True}),
        # later stages said "thereafter" or "then as needed": flagged, never merged in
        (
            "3 x 10 daily for 2 weeks, thereafter twice a week",
            {"times_per_day": 1, "times_per_week": None, "duration_days": 14, "ambiguous": True},
        ),
        (
            "daily for 2 weeks then as needed",
            {"times_per_day": 1, "prn": False, "ambiguous": True},
        ),
        ("twice daily, then prn", {"times_per_day": 2, "prn": False, "ambiguous": True}),
        ("as needed", {"prn": True, "ambiguous": False}),
    ],
)
def test_handout_context(text: str, fields: dict[str, object]) -> None:
    """Each general rule of handout context reads to the fields beside it."""
    reading = read(text).as_dict()
    assert fields == {key: reading[key] for key in fields}


def test_three_counts_ask_which_the_last_is() -> None:
    """A bare "a x b x c" is refused by the strict readers with the question to answer."""
    with pytest.raises(PhraseError, match=r"three counts and no header: say what the last 2"):
        parse_dose("3x10x2")
    assert str(parse_dose("3x10x2", accept_defaults=True)) == "3 x 10"
    assert "say what the last 2 counts" in (read("3 x 10 x 2").note or "")


def test_stacked_dose_keeps_the_exercise_name_whole() -> None:
    """The prescription reader takes "3x10x2 every day" whole, not "Squats 3" and "x10x2"."""
    prescription = parse_prescription("Squats 3x10x2 every day")
    assert prescription.exercise.name == "Squats"
    assert str(prescription.dose) == "3 x 10"
    assert isinstance(prescription.timing, Timing)
    assert prescription.timing.times_per_day == 2


def test_a_later_stage_as_needed_is_refused_by_the_strict_reader() -> None:
    """The timing reader says "daily for 2 weeks then as needed" is two stages."""
    with pytest.raises(PhraseError, match="a later stage"):
        parse_timing("daily for 2 weeks then as needed")


@given(
    st.integers(min_value=1, max_value=20),
    st.integers(min_value=1, max_value=50),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["", " daily", " a day", " each day", " every day", " per day"]),
)
def test_three_counts_are_read_with_a_day_or_asked_about(
    sets: int, reps: int, last: int, period: str
) -> None:
    """With a day after it, "a x b x c" is sets, reps and times a day; without one, a question."""
    reading = read(f"{sets} x {reps} x {last}{period}")
    assert (reading.sets, reading.reps) == (sets, reps)
    if period:
        assert reading.times_per_day == last
        assert not reading.ambiguous
    else:
        assert reading.times_per_day is None
        assert reading.ambiguous
