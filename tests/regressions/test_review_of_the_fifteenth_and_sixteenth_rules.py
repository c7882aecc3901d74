"""
Regression: a review of the rules from the fifteenth and sixteenth blind sets found
phrases they misread silently. An eccentric tempo swallowed a hold said after it; "N or
more" turned a condition into a course ("if pain lasts 3 or more days") and a stop rule's
"5 or more out of 10" into "above 5"; a pause was a hold between rounds of timed work; a
least and a most of two different things made one range; "2 full active rest days per
week" was two sessions a week; "2 arms at a time" was each side; a rest or a break "as
needed" made the sessions as needed.
"""

from __future__ import annotations

import pytest

from rehabplan import parse_dose
from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("eccentric squat and hold 5 seconds, 10 reps", 5),
        ("eccentric hold 30 seconds, 5 reps", 30),
        ("3 x 15 eccentric heel drops with a 3 second hold", 3),
    ],
)
def test_an_eccentric_tempo_never_takes_a_hold(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text", ["eccentric hold 30 seconds, 5 reps", "eccentric lowering then hold 10 seconds, 3 x 10"]
)
def test_the_strict_reader_never_drops_a_hold_after_eccentric(text: str) -> None:
    try:
        dose = parse_dose(text)
    except PhraseError:
        return
    assert dose.hold is not None


@pytest.mark.parametrize(
    "text",
    [
        "3 x 10 daily; if pain lasts 3 or more days, see your GP",
        "Squats 3 x 10 daily; stop if pain is 5 or more out of 10",
    ],
)
def test_n_or_more_of_days_or_a_score_is_not_read_as_a_course_or_a_dose(text: str) -> None:
    """'3 or more days' of pain is how long a symptom lasts; '5 or more out of 10' a score."""
    reading = read(text)
    assert reading.duration_days is None
    assert reading.ambiguous or "how long a symptom lasts" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Jog for 1 minute, pause for 1 minute, repeat 10 times",
        "Do 10 squats. Pause for 30 seconds and repeat",
        "Walk for 5 minutes then pause for 1 minute",
    ],
)
def test_a_pause_between_rounds_is_never_a_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Hold at least 10 seconds, increasing over the weeks up to 30 seconds",
        "Hold the squeeze for at least 5 seconds, and the stretch for up to 30 seconds",
    ],
)
def test_a_least_and_a_most_of_two_things_make_no_range(text: str) -> None:
    """Refused, or (two clauses, two things) the first read and the second asked: no range."""
    try:
        reading = read(text)
    except PhraseError as error:
        assert "say different things" in str(error)
        return
    assert reading.ambiguous
    assert reading.hold_seconds in (5, 10)


def test_days_of_rest_a_week_are_not_sessions_a_week() -> None:
    assert read("3 x 10; 2 full active rest days per week").times_per_week is None


def test_two_at_a_time_is_asked_not_each_side() -> None:
    reading = read("Do 2 arms at a time, 10 reps")
    assert not reading.per_side and reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "3 x 10 with rest periods as needed",
        "3 x 10, take a break as needed",
        "3 x 10 daily, with a break in between if needed",
    ],
)
def test_rests_as_needed_are_not_sessions_as_needed(text: str) -> None:
    assert not read(text).prn


def test_a_symptom_in_the_morning_is_not_a_morning_session() -> None:
    assert read("3 x 10, morning soreness is expected").time_of_day is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "3 x 10, 5 days a week; Saturday and Sunday are rest days",
            ("MO", "TU", "WE", "TH", "FR"),
        ),
        ("Train 6 days a week with Sunday as a rest day", ("MO", "TU", "WE", "TH", "FR", "SA")),
    ],
)
def test_rest_days_that_leave_the_count_a_week_give_the_days(
    text: str, days: tuple[str, ...]
) -> None:
    reading = read(text)
    assert reading.days_of_week == days and not reading.ambiguous


def test_rests_as_needed_are_asked() -> None:
    """'2 mins rest as needed': the rests as needed, or the sessions? Asked, read as the rests."""
    reading = read("Calf raises: 3 x 10 2 mins rest as needed")
    assert reading.ambiguous and not reading.prn


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Wednesday Rest day (but feel free to enjoy an easy stroll)", {"days_of_week": None}),
        ("Pause at the top for 1-2 seconds, feeling the glutes engage.", {"hold_seconds": [1, 2]}),
        ("Slowly lower hand for 3-5 seconds.", {"hold_seconds": None}),
        ("Able to stand unsupported with eyes open for 30 seconds", {"ambiguous": True}),
    ],
)
def test_seventeenth_set_handout_language(text: str, fields: dict[str, object]) -> None:
    """A rest day before an aside, a pause at the top, a slow lowering, a criterion."""
    said = read(text).as_dict()
    assert {key: said[key] for key in fields} == fields


@pytest.mark.parametrize("text", ["Step 10 times daily, 3 sets", "do 3 sets, 10 times a day"])
def test_ten_a_day_beside_sets_alone_is_asked(text: str) -> None:
    """Sets with no repetitions leave '10 times daily' as likely the repetitions: asked."""
    reading = read(text)
    assert reading.ambiguous and "with no dose said" in (reading.note or "")
