"""Regression: "Monday and Friday" split the sentence, so the course beside an appointment was dropped."""

from __future__ import annotations

from rehabplan.phrases import read


def test_the_course_stays_with_the_exercise_when_an_appointment_follows() -> None:
    # the "and" of a list of days is not a clause break: "for 4 weeks" was read as the
    # appointment's and dropped, with no flag
    reading = read(
        "2 sets of 15 on Monday and Friday for 4 weeks, your next appointment is in 2 weeks"
    )
    assert reading.duration_days == 28
    assert reading.days_of_week == ("MO", "FR")


def test_another_subjects_timing_is_named_in_the_note() -> None:
    reading = read("Use crutches for 2 weeks and do 3 x 10 daily")
    assert reading.duration_days is None
    assert reading.note is not None and "another subject's timing: 'for 2 weeks'" in reading.note
