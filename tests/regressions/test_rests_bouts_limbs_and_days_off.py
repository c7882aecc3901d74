"""
Regression: the tenth blind set of handout phrases found readings that were wrong and
not flagged. "30 seconds of rest" and "60 seconds of jogging" were holds; "rest the
other 2 days" was a course of 2 days; "raise both arms 10 times" was each side in turn;
"Monday at 12:45 & Friday at 11 a.m." put both times on both days; "3 x 10 min" with no
word of holding was a 10-minute hold; "one set of 8 to 10 exercises" was 8-10 reps.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_dose, parse_timing, read


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("10 squats with 30 seconds of rest", 30),
        ("jumped 10 times twice daily with 30 seconds of rest between jumps", 30),
        ("jumping 10 times with 45 seconds of breaks in between jumps", 45),
        ("3 x 10, 60 seconds of recovery between sets", 60),
    ],
)
def test_seconds_of_rest_are_a_rest_not_a_hold(text: str, rest: int) -> None:
    """A time 'of rest', 'of breaks' or 'of recovery' is the rest between efforts."""
    reading = read(text)
    assert reading.hold_seconds is None
    assert reading.dose is not None and reading.dose.rest == dt.timedelta(seconds=rest)


@pytest.mark.parametrize(
    "text",
    [
        "Alternate 30–60 seconds of running with 1–2 minutes of walking.",
        "30 seconds of jogging, then walk",
        "20 seconds of skipping",
    ],
)
def test_seconds_of_an_activity_are_never_a_hold(text: str) -> None:
    """'60 seconds of jogging' is a bout of running, not a held position."""
    assert read(text).hold_seconds is None


def test_stretching_for_seconds_is_still_a_hold() -> None:
    """Stretching is held: '30 seconds of stretching' stays a hold."""
    assert read("stretch for 30 seconds of stretching").hold_seconds == 30


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("Do this 5 days a week. Rest the other 2 days.", 5),
        ("Exercise 5 days a week with 2 rest days a week", 5),
        ("walk 4 days a week, 3 days off a week", 4),
    ],
)
def test_days_off_that_leave_the_days_a_week_add_nothing(text: str, per_week: int) -> None:
    """The days off are the rest of the week: no course length, nothing asked."""
    reading = read(text)
    assert (reading.times_per_week, reading.duration_days, reading.ambiguous) == (
        per_week,
        None,
        False,
    )


@given(st.integers(1, 7), st.integers(1, 7))
def test_days_off_are_asked_about_unless_they_make_a_week(on: int, off: int) -> None:
    """'N days a week ... rest the other M days' is exact only when N + M is 7."""
    text = f"Do this {on} days a week. Rest the other {off} days."
    reading = read(text)
    assert reading.duration_days is None
    assert reading.ambiguous == (on + off != 7)
    if on + off != 7:
        with pytest.raises(PhraseError, match="does not leave the days a week"):
            parse_timing(f"{on} days a week, rest the other {off} days")


@pytest.mark.parametrize(
    "text",
    [
        "Raise both arms 10 times",
        "Circle both feet 10 times in each direction",
        "bend both knees 10 times",
    ],
)
def test_both_limbs_a_verb_moves_are_asked_about(text: str) -> None:
    """'Raise both arms' may be together or each in turn: flagged, not read as per side."""
    reading = read(text)
    assert reading.ambiguous and not reading.per_side


@pytest.mark.parametrize(
    "text",
    [
        "Hold for 30 seconds and repeat on both feet.",
        "Hip abduction in standing 2 x 10, both legs, twice a day",
        "Do 12 reps on both sides",
    ],
)
def test_both_sides_in_turn_stay_per_side(text: str) -> None:
    """'On both feet', ', both legs,' and 'both sides' are each side in turn."""
    reading = read(text)
    assert reading.per_side and not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Monday at 12:45 p.m. & Friday at 11 a.m.",
        "Tuesday 10:00-11:00, Thursday 14:00-15:00",
        "Mondays and Wednesdays at 9am; Fridays at 5pm",
    ],
)
def test_a_time_for_each_day_is_asked_about(text: str) -> None:
    """One timing holds every time on every day; a time for each day cannot be one."""
    reading = read(text)
    assert reading.ambiguous and "each day has its own time" in (reading.note or "")
    with pytest.raises(PhraseError, match="each day has its own time"):
        parse_timing(text)


def test_the_same_times_on_every_named_day_are_read() -> None:
    """'Mondays and Wednesdays at 9am and 5pm': both times on both days, exactly."""
    reading = read("Mondays and Wednesdays at 9am and 5pm")
    assert (reading.days_of_week, reading.time_of_day, reading.ambiguous) == (
        ("MO", "WE"),
        ("09:00", "17:00"),
        False,
    )


@pytest.mark.parametrize("minutes", [5, 10, 20, 45])
def test_a_long_time_after_a_count_with_no_hold_word_is_asked_about(minutes: int) -> None:
    """'3 x 10 min' may be three 10-minute holds or three 10-minute bouts."""
    reading = read(f"3 x {minutes} min burst of intense exercise")
    assert reading.ambiguous and "timed bouts" in (reading.note or "")


@pytest.mark.parametrize("text", ["plank 3 x 1 min", "3 x 10 min hold", "wall sit 3 x 2 min"])
def test_a_short_time_or_a_said_hold_stays_a_hold(text: str) -> None:
    """A plank's minute, or a time said with 'hold', is a hold and not asked about."""
    reading = read(text)
    assert reading.hold_seconds is not None and not reading.ambiguous


def test_a_count_of_exercises_is_not_reps() -> None:
    """'One set of 8 to 10 exercises': the exercises are counted, not the repetitions."""
    reading = read("One set of eight to 10 exercises, two or three days a week.")
    assert reading.reps is None and reading.sets == 1 and reading.ambiguous


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("SETS REPS 1 8", (1, 8, None)),
        ("Sets/Reps: 3 10", (3, 10, None)),
        ("Do a set of 10 tilts daily.", (1, 10, None)),
        ("hold for 10 seconds, repeat 10 reps, 3x)", (3, 10, 10)),
        ("maintain this position, count from 1 to 5, and then relax", (None, None, 5)),
    ],
)
def test_doses_told_as_table_headers_single_sets_and_counts(
    text: str, fields: tuple[int | None, int | None, int | None]
) -> None:
    """A header's values in order; 'a set of 10'; reps then 'N x' at the end; a count from one."""
    reading = read(text)
    assert (reading.sets, reading.reps, reading.hold_seconds) == fields
    assert not reading.ambiguous


def test_a_count_from_another_number_is_asked_about() -> None:
    """'count from 5' may count down from 5: asked, never a hold guessed."""
    reading = read("count from 5")
    assert reading.ambiguous and reading.hold_seconds is None


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("two 10-minute periods of aerobic activity throughout the day", 2),
        ("three 5-minute walks during the day", 3),
    ],
)
def test_timed_sessions_through_the_day(text: str, per_day: int) -> None:
    """'two 10-minute periods ... throughout the day': 2 a day, each a 10-minute bout."""
    reading = read(text)
    assert reading.times_per_day == per_day and reading.dose is not None
    assert reading.dose.duration is not None and reading.hold_seconds is None


def test_visits_a_week_are_outings() -> None:
    """'1-2 visits per week' is how often, alone; beside another frequency it is asked."""
    assert read("1-2 visits per week").times_per_week is not None
    assert read("3 x 10 daily, 2 visits a week").ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Start with just 30 seconds, seated, with a wall or chair nearby for support.",
        "Each video is 30 seconds long.",
        "3 sets 30 seconds",
    ],
)
def test_a_bare_time_in_prose_is_asked_hold_or_bout(text: str) -> None:
    """Free text with nothing that holds ('hold', 'stretch', 'squeeze') asks which it is."""
    reading = read(text)
    assert reading.ambiguous and "a hold, or a timed bout" in (reading.note or "")


@pytest.mark.parametrize(
    "text", ["squeeze 10 seconds, 10 times", "calf stretch 30 seconds", "plank 30 seconds"]
)
def test_a_bare_time_beside_a_word_that_holds_is_a_hold(text: str) -> None:
    """A squeeze, a stretch or a plank holds: the bare time is its hold, not asked."""
    reading = read(text)
    assert reading.hold_seconds is not None and not reading.ambiguous


def test_a_dose_line_keeps_the_documented_bare_seconds_hold() -> None:
    """'30 s each side' as a dose (a programme file's line) is a hold, as documented."""
    dose = parse_dose("30 s each side")
    assert dose.hold == dt.timedelta(seconds=30) and dose.each_side


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Hold this stretch for 30 seconds and then relax for 30 seconds. Repeat.", 30),
        ("Hold this contraction for about five seconds and relax. Repeat.", None),
        ("Hold for a count of 5, relax then repeat.", None),
    ],
)
def test_repeat_with_no_count_after_a_hold_is_asked(text: str, rest: int | None) -> None:
    """'Relax. Repeat.' says the hold comes again, not how often; the relax is the rest."""
    reading = read(text)
    assert reading.ambiguous and "says no count" in (reading.note or "")
    assert reading.dose is not None
    assert reading.dose.rest == (None if rest is None else dt.timedelta(seconds=rest))


def test_switching_legs_and_repeating_is_the_other_side() -> None:
    """'Switch legs and repeat' names the other side, not a count: nothing asked."""
    assert not read("Hold for 10 to 30 seconds without bouncing. Switch legs and repeat.").ambiguous


@pytest.mark.parametrize(
    ("text", "amount"),
    [("using a 500 g weight, 3 x 10", 500), ("3 x 10 holding 250 grams", 250)],
)
def test_a_load_in_grams_is_a_load(text: str, amount: int) -> None:
    """Grams are a load, as kilograms and pounds are, and round-trip through the dose text."""
    dose = read(text).dose
    assert dose is not None and dose.load is not None
    assert (dose.load.amount, dose.load.unit) == (amount, "g")
    assert parse_dose(str(dose)) == dose


def test_hold_a_weight_is_the_load_not_a_hold() -> None:
    """'Hold 500gm weight. ... Hold 5 seconds': the first hold holds the weight."""
    reading = read("Hold 500gm weight. Hold 5 seconds. Repeat 10 x. Repeat 3 sets daily.")
    assert (reading.sets, reading.reps, reading.hold_seconds, reading.times_per_day) == (
        3,
        10,
        5,
        1,
    )
