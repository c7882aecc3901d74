"""
Regression: the fourteenth blind set of handout phrases. "can take up around 12 weeks
for you to notice" was a course; "rest a minimum of one day between" was a course of a
day; "Breathe out for 4 seconds" was a hold; "(below 10 reps)" was 10 reps; "from 30
weeks gestation" was a course; "Monday as a rest day" was a session on Monday; "Ability
to perform 10 single leg squats" was a dose; "a 3x bodyweight impact force" was 3 reps;
"for about 5 to 10 minutes each day" was once a day.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "These exercises can take up around 12 weeks for you to notice a great improvement.",
        "2 – 3 times per week from 30 weeks gestation",
    ],
)
def test_an_expected_time_or_a_start_is_no_course(text: str) -> None:
    """A time until a change shows, or a start in pregnancy, is never the course."""
    reading = read(text)
    assert reading.duration_days is None and reading.note


def test_a_minimum_of_a_day_between_is_every_other_day() -> None:
    """'rest a minimum of one day between throwing days' spaces sessions two days apart."""
    reading = read(
        "Only throw once per day and you must rest a minimum of one day between throwing days"
    )
    assert (reading.every_n_days, reading.duration_days) == (2, None)


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Breathe out for 4 seconds through pursed lips.", None),
        ("Breathe in and hold your breath for 5 seconds", 5),
        ("Pause at the end of each breath in for 2-3 seconds, then breathe out gently", [2, 3]),
    ],
)
def test_a_breath_s_length_is_a_hold_only_when_held(text: str, hold: object) -> None:
    """Breathing out for 4 seconds is a breath's length; holding or pausing the breath holds."""
    assert read(text).as_dict()["hold_seconds"] == hold


@pytest.mark.parametrize(
    "text",
    [
        "He focuses on slow eccentrics with a light load (below 10 reps).",
        "Ability to perform 10 single leg squats on both sides, with no pain, and good form.",
    ],
)
def test_a_limit_or_a_criterion_is_asked_not_a_dose(text: str) -> None:
    """'below 10 reps' is a limit and 'ability to perform 10' a criterion: asked about."""
    assert read(text).ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "aim for no more than 10-15 repetitions of each exercise, 2-3 times a day.",
        "Repeat each exercise below 5 times.",
        "Exercises should not be performed more than once a day",
    ],
)
def test_other_limits_and_the_exercises_below_stay_read(text: str) -> None:
    """'no more than 10-15 reps', 'each exercise below 5 times', 'more than once a day'."""
    assert "a limit on the repetitions" not in (read(text).note or "")


def test_a_rest_day_named_as_such_is_no_session() -> None:
    """'uses Monday as a rest day' is every day but Monday, as 'Mondays are rest days'."""
    assert "MO" not in (read("This program uses Monday as a rest day").days_of_week or ())


def test_a_ratio_of_body_weight_is_no_dose() -> None:
    """'a 3x bodyweight impact force' counts nothing."""
    reading = read("Each step during your average run creates a 3x bodyweight impact force")
    assert reading.reps is None and "body weight" in (reading.note or "")


def test_a_time_each_day_is_a_time_a_day() -> None:
    """'for about 5 to 10 minutes each day' reads as 'for 5 to 10 minutes a day' does."""
    each = read("aim to stretch for about 5 to 10 minutes each day.")
    a_day = read("aim to stretch for about 5 to 10 minutes a day.")
    assert each.times_per_day is None and each.as_dict() | {"text": ""} == a_day.as_dict() | {
        "text": "",
        "note": each.note,
    }
