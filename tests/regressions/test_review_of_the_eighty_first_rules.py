"""
Regression: a fresh-eyes review of the rules from the blind sets `-75` to `-82` (883
probes on frozen copies). "After each run stretch for 4 weeks" lost its event (taken as
after a whole course); "If pain, avoid ibuprofen; take paracetamol every 6 hours" and "If
sore, don't worry; ice for 10 minutes" lost "as needed" (taken as doing less); "Pain is
worse at the end of the day" was an evening session; "Repeat once holding for 10 seconds"
lost its count; "repeat one time on the other side" was two in all.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("After each run stretch calves 30 s for 4 weeks", "after run"),
        ("After every walk do the stretches for 6 weeks", "after walk"),
        ("After exercise ice 15 minutes for 2 weeks", "after exercise"),
        ("After lunch walk for 2 weeks.", "after lunch"),
        ("After walking do the stretches for 6 weeks", "after walk"),
    ],
)
def test_an_event_said_first_with_a_course_later_keeps_the_event(text: str, anchor: str) -> None:
    assert str(read(text).anchor) == anchor


def test_a_doing_and_its_own_length_said_first_is_asked() -> None:
    reading = read("After running for 2 weeks, increase to 3 x 10")
    assert reading.anchor is None
    assert reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "If pain, avoid ibuprofen; take paracetamol every 6 hours",
        "If pain, reduce swelling with ice 3 times a day",
        "If you are sore after exercise, don't worry; ice for 10 minutes.",
        "If you feel stiff, don't bounce; hold the stretch for 30 seconds, 3 times a day.",
        "If your back is stiff, don't stay in bed; walk for 10 minutes 3 times a day.",
        "If pain, do not drive; 1 tablet at night",
    ],
)
def test_doing_less_of_something_else_keeps_as_needed(text: str) -> None:
    assert read(text).prn


@given(
    st.sampled_from(["do not do these exercises", "don't do the exercises", "do fewer"]),
    st.sampled_from(["If pain is worse", "If you are sore", "If your knee aches"]),
)
def test_doing_less_of_the_exercise_after_a_symptom_is_never_as_needed(
    rule: str, condition: str
) -> None:
    assert not read(f"{condition} the next day, {rule}.").prn


@pytest.mark.parametrize(
    "text",
    [
        "Pain is often worse at the end of the day; do 3 x 10 in the morning.",
        "If your knee swells at the end of the day, elevate it for 20 minutes.",
    ],
)
def test_a_symptom_at_the_end_of_the_day_is_no_evening_session(text: str) -> None:
    assert "evening" not in (read(text).time_of_day or ())


def test_the_end_of_every_working_day_keeps_the_weekdays() -> None:
    reading = read("Do the stretches at the end of every working day.")
    assert reading.days_of_week == ("MO", "TU", "WE", "TH", "FR")


@pytest.mark.parametrize(
    "text", ["At the end of the day, do 3 x 10.", "At the end of the day, ice for 15 minutes."]
)
def test_the_end_of_the_day_before_a_dose_is_not_asked_as_the_idiom(text: str) -> None:
    reading = read(text)
    assert reading.time_of_day == ("evening",)
    assert "when all is said" not in (reading.note or "")


def test_the_end_of_the_school_day_keeps_its_event() -> None:
    assert str(read("At the end of the school day, 10 minutes of stretching").anchor) == (
        "after school"
    )


def test_the_end_of_the_day_without_at_is_the_evening() -> None:
    assert read("Twice daily: morning and end of the day").time_of_day == ("morning", "evening")


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Repeat once holding for 10 seconds.", 2),
        ("Stretch once holding for 30 seconds, 3 times a day.", 1),
        ("Just once holding 10 seconds", 1),
        ("Repeat once standing.", 2),
        ("Do this stretch once standing and once sitting.", 1),
    ],
)
def test_once_after_a_verb_is_still_a_count(text: str, reps: int) -> None:
    assert read(text).reps == reps


@pytest.mark.parametrize(
    "text",
    [
        "Hold 30 s then repeat one time on the other side.",
        "Repeat one time on each side.",
    ],
)
def test_repeating_one_time_on_another_side_is_one_there(text: str) -> None:
    reading = read(text)
    assert reading.reps == 1
    assert reading.per_side
    assert read("Repeat one time with the other leg.").reps == 1
