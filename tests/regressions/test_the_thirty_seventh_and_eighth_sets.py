"""
Regression: the thirty-seventh and thirty-eighth blind sets. Work for a time followed by
a rest for a time ("Each exercise for 20 seconds, followed by 10 seconds of rest") was a
hold; intervals said "40 seconds hard, 20 seconds off" or "45 seconds on, 15 seconds
off" were refused; "Once back inside, ..." added one repetition; "The drop should last a
count of 4" was a hold.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Each exercise will be performed for 20 seconds (the on phase), followed by 10 seconds"
        " of rest.",
        "Each exercise is done for 30 seconds/leg. Alternate legs during a rest period of 30"
        " seconds between repetitions.",
    ],
)
def test_work_for_a_time_then_a_rest_is_a_timed_bout(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is None
    assert reading.dose is not None and reading.dose.duration is not None


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Hold for 30 seconds, rest 30 seconds, repeat 3 times", 30),
        ("Stretch for 30 seconds, rest 10 seconds", 30),
        ("Squeeze your shoulder blades for 5 seconds, rest 5 seconds", 5),
        ("Try to balance on that leg for up to 30 seconds. Then rest for up to 10 seconds.", 30),
    ],
)
def test_a_hold_then_a_rest_is_still_a_hold(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    ("text", "reps", "bout", "rest"),
    [
        ("40 seconds hard, 20 seconds off x 10", 10, 40, 20),
        ("30 s on / 30 s off x 8", 8, 30, 30),
    ],
)
def test_work_and_rest_intervals(text: str, reps: int, bout: int, rest: int) -> None:
    reading = read(text)
    assert (reading.reps, reading.hold_seconds, reading.ambiguous) == (reps, None, False)
    dose = reading.dose
    assert dose is not None and dose.duration is not None and dose.rest is not None
    assert (dose.duration.total_seconds(), dose.rest.total_seconds()) == (bout, rest)


@pytest.mark.parametrize(
    "text",
    ["Once back inside, walk for 10 minutes", "Once at home, walk twice a day"],
)
def test_once_said_first_before_a_comma_says_when(text: str) -> None:
    reading = read(text)
    assert reading.reps is None
    assert "when to begin" in (reading.note or "")


def test_a_count_for_a_drop_is_a_tempo() -> None:
    reading = read("The drop should last a count of 4. Repeat x 10. Perform 3 sets.")
    assert (reading.sets, reading.reps, reading.hold_seconds) == (3, 10, None)


@pytest.mark.parametrize(
    ("text", "per_day"),
    [("—Five times a day, apply ice.", 5), ("– 5 times a day", 5)],
)
def test_an_em_or_en_dash_before_a_count_is_no_minus(text: str, per_day: int) -> None:
    assert read(text).times_per_day == per_day


@pytest.mark.parametrize("text", ["-5 times a day", "\u22125 times a day", "3 x 10 -2"])
def test_a_minus_before_a_figure_is_still_refused(text: str) -> None:
    with pytest.raises(PhraseError, match="negative"):
        read(text)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Walking for 5 minutes IMMEDIATELY after an adjustment", "after adjustment"),
        ("stretching should be done immediately after a shift", "after shift"),
        ("such stretches are best performed when warm and prior to icing", "before icing"),
    ],
)
def test_more_events_and_immediately(text: str, anchor: str) -> None:
    assert read(text).as_dict()["anchor"] == anchor


def test_more_weeks_of_the_work_is_a_course() -> None:
    assert read("3 further weeks of hopping drills.").duration_days == 21


@pytest.mark.parametrize(
    "text",
    [
        "Typically I increase the jogging time by 1 minute every week",
        "Increase the depth of the squat each week until you bend the knee further",
    ],
)
def test_an_increase_of_a_named_measure_each_week_is_a_progression(text: str) -> None:
    reading = read(text)
    assert reading.times_per_week is None
    assert "progression" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "times", "per_day"),
    [
        # on named days a clock time says when, not how many a day
        ("every Tuesday evening at 7:00", ["19:00"], None),
        ("held every Tuesday night at 6:30", ["18:30"], None),
        ("Tuesday Night Track Club - meets every Tuesday at 6:00 p.m.", ["18:00"], None),
        ("morning at 7:00", ["07:00"], 1),
        ("every evening at 6 PM", ["18:00"], 1),
    ],
)
def test_a_bare_clock_time_beside_an_evening_is_after_noon(
    text: str, times: list[str], per_day: int | None
) -> None:
    reading = read(text)
    assert (reading.as_dict()["time_of_day"], reading.times_per_day) == (times, per_day)


def test_an_evening_and_a_morning_clock_time_stay_two() -> None:
    assert read("evening, 7am").times_per_day == 2
