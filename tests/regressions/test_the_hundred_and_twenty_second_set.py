"""
Rules made from the blind set -122 (injury-prevention programmes and players' and
runners' blogs; chair, bed and desk exercises): each test names the rule, with the
phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Do each motion for 10-15 reps, twice a day, and you’ll notice less swelling within a week.",
        "Do each motion for 10 reps, you'll feel better within a week.",
        "Do each motion for 10 reps, most people notice a change within a week.",
    ],
)
def test_what_is_noticed_within_a_time_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "an expected time" in reading.note


def test_doing_it_within_a_time_is_still_the_course() -> None:
    assert read("You'll walk daily in the first 6 weeks").duration_days == 42


@pytest.mark.parametrize(
    "text",
    [
        "I do the 5 minute cool down and I do stretches",
        "the 5-minute warmup with stretches",
        "a 10 minute warm-up, then stretches",
    ],
)
def test_a_warm_up_or_cool_down_named_by_its_length_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


def test_a_stretch_held_for_minutes_is_still_held() -> None:
    assert read("Stretch for 5 minutes warm").hold_seconds == 300


def test_a_hold_at_a_share_of_effort_is_still_held() -> None:
    reading = read("Give 4 sets of 30-second squeezes at about 50-70% effort")
    assert (reading.sets, reading.hold_seconds) == (4, 30)


def test_efforts_without_a_hold_are_not_held() -> None:
    assert read("10 x 3min blocks as: 2mins @ 80% effort").hold_seconds is None


@pytest.mark.parametrize(
    ("text", "dose"),
    [
        ("2 footed jumps 4x6", (4, 6)),
        ("1 arm rows 3x10", (3, 10)),
        ("2 leg hops 3 x 10", (3, 10)),
    ],
)
def test_a_count_of_limbs_is_no_count_of_repetitions(text: str, dose: tuple[int, int]) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps) == dose
    assert "how many limbs" in reading.note


@pytest.mark.parametrize(("text", "reps"), [("10 leg raises", 10), ("Do 10 arm circles", 10)])
def test_a_count_before_a_limb_and_its_movement_is_repetitions(text: str, reps: int) -> None:
    assert read(text).reps == reps


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Stretch at the end of each meeting", "after meeting"),
        ("Stretch after each team meeting", "after meeting"),
        ("Stretch before meetings", "before meeting"),
    ],
)
def test_a_meeting_is_an_event(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


# A ninth fresh-eyes review's findings on the rules above.


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("You'll bend the knee in the first 2 weeks, 10 times 3 times a day", 14),
        ("You'll go for short walks in the first 2 weeks, 3 times a day", 14),
        ("You'll elevate your leg often in the first 2 weeks", 14),
    ],
)
def test_what_you_will_do_in_a_time_is_the_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


@pytest.mark.parametrize(
    "text",
    [
        "You'll feel some relief within 2 days",
        "Most people see a difference within 2 weeks",
        "You'll feel better within 48 hours",
        "Within 2 weeks you'll notice a change",
    ],
)
def test_more_changes_noticed_within_a_time(text: str) -> None:
    reading = read(text)
    assert (reading.duration_days, reading.per_side) == (None, False)


@pytest.mark.parametrize(
    "text",
    [
        "8 x 20 seconds at 90% effort, stay seated",
        "6 x 30 s at 90% effort, maintain your form",
        "10 x 30 s at 90% effort, holding the handlebars",
    ],
)
def test_intervals_at_a_share_of_effort_are_not_held(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize("text", ["2 leg lifts each side", "Do 2 leg raises each side"])
def test_two_leg_lifts_with_no_other_dose_are_two(text: str) -> None:
    assert read(text).reps == 2


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("stretch when work ends", "after work"),
        ("stretch when meetings end", "after meeting"),
        ("stretch when work is over", "after work"),
        ("stretch after work meetings", "after meeting"),
    ],
)
def test_when_an_event_ends_is_after_it(text: str, anchor: str) -> None:
    assert read(text).anchor == anchor


@pytest.mark.parametrize("text", ["Stretch after meeting friends", "stand up when meeting people"])
def test_meeting_someone_is_no_event(text: str) -> None:
    assert read(text).anchor is None


@pytest.mark.parametrize(
    "text", ["5 minute warm-down and stretches", "5 minutes of cool down stretches"]
)
def test_a_warm_down_or_cool_down_of_a_length_is_no_hold(text: str) -> None:
    assert read(text).hold_seconds is None


@pytest.mark.parametrize(
    "text",
    [
        "Bend your wrist forward and backward as far as you can 10 times in three repetitions",
        "Hold your palm up for five seconds. Repeat 10 times for three repetitions.",
    ],
)
def test_times_in_repetitions_are_asked_as_sets(text: str) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (3, 10, True)
