"""
Regression: a review of the reader after the twenty-fifth set. "See your GP if pain gets
worse" made the sessions as needed; "Tue, Thu: rest" scheduled the rest days; "3 x
60''" was 3 sets of 60; "x2 day" was a two-day course; "10x/hr" dropped the hour; a
tempo said in seconds "concentric" and "eccentric" was a hold.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "See your GP if pain gets worse. Do 3 x 10 daily.",
        "Contact your physio if the pain increases. 3 x 10 twice a day.",
        "3 x 10 daily. Stop and call your doctor if you have chest pain",
    ],
)
def test_when_to_seek_help_is_no_as_needed(text: str) -> None:
    reading = read(text)
    assert reading.prn is False
    assert "when to seek help" in (reading.note or "")


def test_a_condition_for_the_exercise_is_still_as_needed() -> None:
    assert read("Use a heat pack if the pain is worse").prn is True


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Mon, Wed, Fri: 3 x 10; Tue, Thu: rest", ("MO", "WE", "FR")),
        ("3 x 10 every day, Wednesday and Sunday off", ("MO", "TU", "TH", "FR", "SA")),
    ],
)
def test_days_named_as_rest_are_no_sessions(text: str, days: tuple[str, ...]) -> None:
    assert read(text).days_of_week == days


@pytest.mark.parametrize("text", ["3 x 60''", "3 x 60’’", "hold 60'' x 3"])
def test_two_primes_are_seconds(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.hold_seconds) == (3, 60)


@pytest.mark.parametrize(
    ("text", "per_day", "per_week", "duration"),
    [
        ("x2 day", 2, None, None),
        ("10 reps x5 week", None, 5, None),
        ("x1 week", None, None, 7),
        ("1 tab po tid x7d", 3, None, 7),
        ("bid x 7 day", 2, None, 7),
        ("x 5 days", None, None, 5),
    ],
)
def test_x_a_count_a_day_or_week_is_how_often_and_after_a_frequency_how_long(
    text: str, per_day: int | None, per_week: int | None, duration: int | None
) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week, reading.duration_days) == (
        per_day,
        per_week,
        duration,
    )


@pytest.mark.parametrize("text", ["Ankle pumps 10x/hr while in bed", "10 times an hour"])
def test_a_count_an_hour_is_read_and_asked(text: str) -> None:
    reading = read(text)
    assert (reading.reps, reading.times_per_day, reading.ambiguous) == (10, 24, True)


def test_a_tempo_in_seconds_is_no_hold() -> None:
    reading = read("Week 1 3x15 (3’’concentric, 3’’ eccentric)")
    assert (reading.sets, reading.reps, reading.hold_seconds) == (3, 15, None)
    assert "a tempo" in (reading.note or "")
