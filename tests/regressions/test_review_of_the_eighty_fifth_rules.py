"""
Regression: a third fresh-eyes review (1,010 probes on frozen copies) of this round's
rules. "If stiff, stretch gently" lost "as needed" (a manner read as doing less); "After
walking for 1 week, add hills" tied each walk to the week; "If you are tired at the end
of the day, skip the walk" was an evening session; "Straighten your knee and count to 5"
lost its hold; "Repeat once with both hands on the wall" was one on each side; "Do 30
minutes of daily physical activity" lost "daily"; "Stretch your lower back for 30
seconds" was a tempo; "If you have pain for 6 weeks" was a course; "Ice the first 72
hours" and "Continue icing for 48 hours" were refused.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "If stiff, stretch gently.",
        "When stiff, move slowly.",
        "If you get cramp, hold the stretch.",
        "If you get pain after walking, rest and ice it.",
    ],
)
def test_a_manner_after_a_symptom_keeps_as_needed(text: str) -> None:
    assert read(text).prn


@given(
    st.sampled_from(["walking", "running", "cycling", "swimming", "breastfeeding"]),
    st.integers(min_value=1, max_value=12),
    st.sampled_from(["days", "weeks"]),
)
def test_a_timing_written_back_with_an_event_of_doing_reads_as_the_event(
    event: str, n: int, unit: str
) -> None:
    reading = read(f"after {event} for {n} {unit}")
    assert reading.anchor is not None
    assert not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "After walking for 1 week, add hills.",
        "After running twice weekly for 4 weeks, run three times",
        "After walking 30 minutes daily for 2 weeks, add jogging",
        "After doing the exercises at night for a week",
    ],
)
def test_a_doing_then_its_length_then_a_next_step_is_after_a_course(text: str) -> None:
    reading = read(text)
    assert reading.anchor is None
    assert reading.ambiguous


def test_tired_at_the_end_of_the_day_is_no_evening_session() -> None:
    reading = read("If you are tired at the end of the day, skip the walk.")
    assert reading.time_of_day is None


@pytest.mark.parametrize(
    "text",
    [
        "Straighten your knee and count to 5.",
        "Bridge: lift your hips and count to 5.",
        "Bend your knee, count to 5, then straighten.",
    ],
)
def test_a_count_after_a_movement_is_the_hold_at_its_end(text: str) -> None:
    assert read(text).hold_seconds == 5


@pytest.mark.parametrize(
    "text",
    [
        "Repeat once with both hands on the wall",
        "Repeat once with hands on each side of the chair",
    ],
)
def test_a_position_after_repeat_once_is_no_other_side(text: str) -> None:
    reading = read(text)
    assert reading.reps == 2
    assert reading.ambiguous


def test_daily_physical_activity_as_a_dose_keeps_daily() -> None:
    assert read("Do 30 minutes of daily physical activity.").times_per_day == 1


@pytest.mark.parametrize(
    "text", ["Stretch your lower back for 30 seconds.", "Stretch the lower leg for 30 seconds."]
)
def test_a_lower_body_part_held_is_a_hold(text: str) -> None:
    assert read(text).hold_seconds == 30


@pytest.mark.parametrize(
    "text",
    ["If you have pain for 6 weeks, see your GP.", "If you experience pain for 2 weeks, stop."],
)
def test_a_symptom_had_for_a_time_is_no_course(text: str) -> None:
    assert read(text).duration_days is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Ice the first 72 hours.", 3),
        ("Ice every 2 hours the first 48 hours.", 2),
        ("Continue icing for 48 hours.", 2),
    ],
)
def test_icing_for_the_first_whole_days_is_a_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


def test_a_total_count_is_no_hold() -> None:
    reading = read("Ten each side. Total metered count of twenty for upper and twenty for lower.")
    assert reading.hold_seconds is None
