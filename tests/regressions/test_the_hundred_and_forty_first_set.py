"""
Rules made from the blind set -141 and the misreads the twenty-ninth and thirtieth
fresh-eyes reviews left: each test names the rule, with the phrase and others written the
same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Swelling usually goes down each week",
        "Pain that increases each week needs review",
        "As pain settles each week, add a session",
        "When pain decreases each week, add 5 minutes",
        "If pain flares up each week, reduce the load",
        "If you have a flare-up each week, call",
        "If you get pain each week, call us",
        "If you feel sore each week, rest",
        "If you notice more swelling each week, call us",
        "If your knee is more painful each week, call us",
        "If the pain has increased each week, call us",
        "If the limp gets worse each week, call us",
        "If your strength improves each week, add weight",
        "Worsening pain each week - contact us",
        "Mild pain each day is normal",
        "Pain is usually reduced each day",
        "If the swelling reduced each day, carry on",
    ],
)
def test_a_symptoms_course_or_coming_said_of_it_has_no_schedule(text: str) -> None:
    reading = read(text)
    schedule = (reading.times_per_day, reading.times_per_week, reading.time_of_day)
    assert schedule == (None, None, None)
    assert "a symptom that changes, not how often" in reading.note


@pytest.mark.parametrize(
    ("text", "per_day", "slots"),
    [
        ("If pain eases walk daily", 1, None),
        ("If your back is stiff in the morning, do these every day", 1, ("morning",)),
        ("Walk without pain each day", 1, None),
    ],
)
def test_a_session_said_after_a_symptom_keeps_its_time(
    text: str, per_day: int, slots: object
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.time_of_day) == (per_day, slots)


@pytest.mark.parametrize(
    "text",
    [
        "Reduce the dose each week",
        "Steroid dose to be reduced each week",
        "Your activity can be increased each week",
        "The walk is increased each week",
        "Weight-bearing can be increased each week",
    ],
)
def test_a_dose_lowered_or_raised_each_week_is_a_change_asked_for_its_step(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week, reading.ambiguous) == (None, None, True)
    assert "a change with no step" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "gradually tighten up the muscles over a period of 5 seconds",
        "Squeeze slowly over the course of 3 seconds",
    ],
)
def test_seconds_over_a_period_are_a_tempo_not_a_hold(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is None
    assert "a tempo, not a hold" in reading.note


def test_over_seconds_after_hold_is_still_the_hold() -> None:
    assert read("Hold for over 10 seconds").hold_seconds == 10


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("Repeat for 8-10 times. Rest on your heels between reps if needed.", (8, 10)),
        ("3 x 10, rest between sets if needed", 10),
        ("Do 4 to 8 reps, resting in between by sitting back on your heels if necessary.", (4, 8)),
    ],
)
def test_a_rest_taken_as_needed_leaves_the_sessions_scheduled(text: str, reps: object) -> None:
    reading = read(text)
    got = (
        reading.reps if not hasattr(reading.reps, "low") else (reading.reps.low, reading.reps.high)
    )
    assert (got, reading.prn) == (reps, False)
    assert "a rest as needed, not the sessions" in reading.note


@pytest.mark.parametrize(
    "text",
    [
        "Repeat this exercise for 15 minutes twice a day at the beginning of a hot flash.",
        "Do it at the start of a hot flash",
        "Use the technique at the onset of a hot flush",
    ],
)
def test_the_start_of_an_event_the_schedule_does_not_know_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "tied to an event the schedule does not know" in reading.note


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Do 10 reps at the start of each session", "before session"),
        ("Use the inhaler at the start of your walk", "before walk"),
    ],
)
def test_the_start_of_a_known_event_is_before_it(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize(
    "text", ["Each morning upon arising, go to the toilet", "Do this on arising", "upon rising"]
)
def test_arising_is_the_morning(text: str) -> None:
    assert read(text).time_of_day == ("morning",)


@pytest.mark.parametrize(
    ("text", "hold"),
    [("Hold that position for about three counts", 3), ("Hold for about 5 counts", 5)],
)
def test_counts_said_about_are_a_hold_of_that_many_seconds(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    ("text", "field", "count"),
    [("2 classes/weekly", "times_per_week", 2), ("3 walks/daily", "times_per_day", 3)],
)
def test_outings_counted_then_daily_or_weekly_after_a_slash_are_the_sessions(
    text: str, field: str, count: int
) -> None:
    assert getattr(read(text), field) == count


@pytest.mark.parametrize(
    "text",
    ["Do 10 quick, strong contractions.", "Do 10 quick, strong squeezes"],
)
def test_words_of_manner_before_a_count_are_passed_over(text: str) -> None:
    assert read(text).reps == 10
