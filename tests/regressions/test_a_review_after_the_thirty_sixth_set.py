"""
Regression: a fresh-eyes review after the thirty-sixth set (1,083 probes). Timed work
named by a movement repeated over and over ("Squats for 30 seconds", "Bend and
straighten your knee for 30 seconds") was a hold; the cadence of a step up ("Every 2
weeks, add 5 seconds", "Each fortnight: +2 reps") or of a review ("Review the programme
every 6 weeks") was read as how often to exercise.
"""

from __future__ import annotations

import pytest

from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "Squats for 30 seconds",
        "Heel raises for 30 seconds, twice daily",
        "Bicep curls for 40 seconds each arm",
        "Step-ups for 30 seconds on each leg",
        "Sit-ups for 30 seconds",
        "Shrug your shoulders for 20 seconds",
        "Nod your head gently for 30 seconds",
        "Bend and straighten your knee for 30 seconds",
        "Open and close your fingers for 30 seconds",
        "Move your wrist up and down for 30 seconds",
        "Turn your head side to side for 30 seconds",
        "Sit to stand for 30 seconds",
        "Lunges: 3 x 30 seconds",
    ],
)
def test_a_repeated_movement_for_a_time_is_no_hold(text: str) -> None:
    reading = read(text)
    assert reading.hold_seconds is None
    assert reading.dose is not None and reading.dose.duration is not None


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("Plank with leg lifts (2×30 seconds).", 30),
        ("Hold the squat for 30 seconds", 30),
        ("Straighten your knee and hold for 10 seconds", 10),
        ("Raise your heels, pause at the top for 2 seconds, then lower", 2),
    ],
)
def test_a_position_held_among_movements_is_still_a_hold(text: str, hold: int) -> None:
    assert read(text).hold_seconds == hold


@pytest.mark.parametrize(
    "text",
    [
        "Every 2 weeks, add 5 seconds to the hold",
        "Every fortnight, add 1 kg",
        "Increase the weight by 1 kg every fortnight",
        "Hold 20 s; every 3 days add 5 s",
        "Every 2 weeks: +1 set",
        "Each fortnight: +2 reps",
        "Weekly: increase by 10%",
        "Change to a stronger band every 2 weeks",
        "Every 3 weeks, change the exercises",
        "Every other day, add an additional five leg lifts if you can.",
    ],
)
def test_the_cadence_of_a_step_up_is_no_schedule(text: str) -> None:
    reading = read(text)
    assert (reading.every_n_days, reading.times_per_week, reading.times_per_day) == (
        None,
        None,
        None,
    )
    assert reading.sets is None and reading.reps is None
    assert "grows" in (reading.note or "") or "progression" in (reading.note or "")


@pytest.mark.parametrize(
    "text",
    [
        "Review the programme every 6 weeks",
        "Re-test your hop distance every 2 weeks",
        "Every 4 weeks, review and update your programme",
        "Retest yourself every four weeks and set a new repetition baseline.",
    ],
)
def test_the_cadence_of_a_review_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.every_n_days is None
    assert reading.ambiguous


def test_a_task_on_its_own_days_keeps_them() -> None:
    assert read("Change your dressing every other day as needed.").every_n_days == 2


@pytest.mark.parametrize(
    "text",
    ["Full extension by 2 weeks", "Running by 16 weeks", "By 6 weeks you should be walking"],
)
def test_a_milestone_by_a_time_is_no_course(text: str) -> None:
    reading = read(text)
    assert reading.duration_days is None
    assert "a milestone" in (reading.note or "")


def test_a_dose_by_a_time_is_asked() -> None:
    reading = read("You should manage 3 x 15 by 6 weeks")
    assert reading.ambiguous
    assert reading.duration_days is None


@pytest.mark.parametrize(
    "text",
    [
        "Increase your weekly mileage by 10%",
        "Keep a daily diary of your symptoms",
        "Record your daily step count",
        "Daily activities like shopping and cleaning",
        "The daily limit is 4 doses",
    ],
)
def test_daily_or_weekly_describing_a_measure_is_no_frequency(text: str) -> None:
    reading = read(text)
    assert (reading.times_per_day, reading.times_per_week) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "For the first 6 weeks, no kneeling",
        "For the first 4 weeks, do not drive",
        "During the first 2 weeks, avoid long walks",
        "Over the next 6 weeks, avoid impact activities",
        "For the next 2 weeks avoid sport",
    ],
)
def test_a_restrictions_time_said_first_is_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "Stretch each hamstring for 30 seconds",
        "3 x 30 s each hamstring",
        "Hold 30 s each adductor",
        "Each thigh, 10 reps",
        "Hold for 20 s on each glute",
    ],
)
def test_each_muscle_of_a_limb_is_each_side(text: str) -> None:
    assert read(text).per_side


@pytest.mark.parametrize(
    ("text", "hold"),
    [
        ("After each run, 3 x 30 s each leg", 30),
        ("Before cycling, stretch 3 x 20 s", 20),
        ("Calf stretch 3 x 30 s after each run", 30),
        ("Post-run: 3 x 30 s hamstring stretch", 30),
    ],
)
def test_an_activity_named_as_the_event_does_not_make_the_stretch_timed_work(
    text: str, hold: int
) -> None:
    reading = read(text)
    assert reading.hold_seconds == hold
    assert reading.anchor is not None


@pytest.mark.parametrize(
    ("text", "reps", "hold"),
    [
        ("5 second squeezes, 10 times", 10, 5),
        ("30-second stretches, 3 times", 3, 30),
        ("45 second planks, 3 times", 3, 45),
    ],
)
def test_timed_holds_then_a_count_are_the_holds(text: str, reps: int, hold: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.hold_seconds) == (None, reps, hold)


@pytest.mark.parametrize(
    "text",
    [
        "Once healed, swim twice a week",
        "Once stable, hold for 30 seconds",
        "Hydrotherapy once wound healed, twice a week",
        "Once strong enough, hold 10 seconds",
    ],
)
def test_once_a_state_says_when_not_a_count(text: str) -> None:
    reading = read(text)
    assert reading.reps is None
    assert "when to begin" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("30 reps split into 3 sets", 3, 10),
        ("Aim for 30 repetitions, spread over 3 sets", 3, 10),
        ("3 sets totalling 30 reps", 3, 10),
        ("60 reps broken into 4 sets", 4, 15),
    ],
)
def test_a_total_over_sets_is_each_sets_share(text: str, sets: int, reps: int) -> None:
    reading = read(text)
    assert (reading.sets, reading.reps, reading.ambiguous) == (sets, reps, False)


@pytest.mark.parametrize("text", ["Do 20 reps in 2 sets", "20 reps split into 3 sets"])
def test_a_total_that_is_no_share_is_asked(text: str) -> None:
    assert read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("Twice-weekly classes for 8 weeks", 2),
        ("A 6-week programme of thrice-weekly sessions", 3),
        ("Three-times-weekly gym sessions", 3),
    ],
)
def test_classes_n_times_weekly_are_a_week(text: str, per_week: int) -> None:
    assert read(text).times_per_week == per_week


@pytest.mark.parametrize(
    "text",
    [
        "Do them in the morning when you are less stiff",
        "Exercise at midday when your pain is least",
        "Twice daily, when you feel least sore",
    ],
)
def test_the_reason_for_a_time_is_no_as_needed(text: str) -> None:
    reading = read(text)
    assert not reading.prn
    assert "why this time" in (reading.note or "")


@pytest.mark.parametrize("text", ["Look left and right 10 times", "Twist left and right 10 times"])
def test_directions_of_one_movement_are_no_side(text: str) -> None:
    reading = read(text)
    assert not reading.per_side and not reading.ambiguous


@pytest.mark.parametrize(
    "text",
    ["For 12 weeks, then maintain once a week", "For 8 weeks, then keep going twice a week"],
)
def test_a_later_frequency_after_a_course_is_a_later_stage(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.times_per_week is None


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("When watching TV, do 10 leg kicks", "when watching TV"),
        ("When you boil the kettle, do 10 heel raises", "when waiting for the kettle to boil"),
        ("While on the phone, 10 heel raises", "when on the phone"),
        ("When the adverts come on, do 5 squats", "when watching the adverts"),
        ("During the ad breaks, 10 sit to stands", "when watching the adverts"),
    ],
)
def test_moments_of_home_life_are_events(text: str, anchor: str) -> None:
    assert read(text).as_dict()["anchor"] == anchor


def test_every_event_reads_back_before_after_and_when() -> None:
    from rehabplan.model import Anchor, Timing
    from rehabplan.phrases import _lexicon as lx
    from rehabplan.phrases import parse_timing

    # "before the adverts come on for 1 day" once broke on the event's last word
    others: list[dict[str, object]] = [{}, {"duration_days": 1}, {"times_per_week": 3}]
    for event in sorted(set(lx.EVENTS.values())):
        for relation in ("before", "after", "when", "before and after"):
            for other in others:
                timing = Timing(anchor=Anchor(relation, event), **other)  # type: ignore[arg-type]
                assert parse_timing(str(timing)) == timing, str(timing)
