"""Hypothesis strategies for rehabplan's values: doses, timings, programmes."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from rehabplan import _lexicon as lx
from rehabplan.model import (
    SLOT_NAMES,
    Anchor,
    AsNeeded,
    Dose,
    Exercise,
    Load,
    Prescription,
    Programme,
    Range,
    Timing,
)

ZONES = (
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "UTC",
)


def counts(low: int, high: int) -> st.SearchStrategy[int | Range[int]]:
    """A count, or a range of counts, between *low* and *high*."""
    single = st.integers(low, high)
    pair = st.tuples(st.integers(low, high - 1), st.integers(1, high - low)).map(
        lambda p: Range(p[0], min(high, p[0] + p[1]))
    )
    return st.one_of(single, pair) if high > low else single


def durations(max_seconds: int) -> st.SearchStrategy[dt.timedelta]:
    """Durations as people write them: whole seconds, minutes or hours."""
    return st.one_of(
        st.integers(1, min(max_seconds, 600)).map(lambda s: dt.timedelta(seconds=s)),
        st.integers(1, max_seconds // 60).map(lambda m: dt.timedelta(minutes=m)),
        st.integers(1, max(1, max_seconds // 3600)).map(lambda h: dt.timedelta(hours=h)),
    )


def duration_ranges(max_seconds: int) -> st.SearchStrategy[dt.timedelta | Range[dt.timedelta]]:
    """A duration or a range of two durations."""
    pair = st.tuples(durations(max_seconds), durations(max_seconds)).filter(lambda p: p[0] < p[1])
    return st.one_of(durations(max_seconds), pair.map(lambda p: Range(p[0], p[1])))


@st.composite
def doses(draw: st.DrawFn) -> Dose:
    """Any valid dose."""
    reps = draw(st.none() | counts(1, 1000))
    hold = draw(st.none() | duration_ranges(7200))
    return Dose(
        draw(counts(1, 100)),
        reps,
        hold=hold,
        each_side=draw(st.booleans()),
        rest=draw(st.none() | durations(7200)),
        load=draw(
            st.none()
            | st.builds(
                Load, st.integers(1, 1000).map(lambda h: h / 2), st.sampled_from(["kg", "lb"])
            )
        ),
        duration=draw(st.none() | duration_ranges(12 * 3600)),
    )


clock_times = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))
dates = st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))
_EVENTS = sorted(set(lx.EVENTS.values()) - {"sitting down", "standing up"})


@st.composite
def anchors(draw: st.DrawFn) -> Anchor:
    """Anchors to the events the phrase language knows."""
    if draw(st.booleans()):
        return Anchor("when", draw(st.sampled_from(["sitting down", "standing up"])))
    relation = draw(st.sampled_from(["before", "after", "before and after"]))
    return Anchor(relation, draw(st.sampled_from(_EVENTS)))  # type: ignore[arg-type]


@st.composite
def timings(draw: st.DrawFn, *, bounded: bool = False) -> Timing:
    """Any valid timing; *bounded* ones always have an end."""
    within = draw(st.sampled_from(["none", "count", "slots", "both", "hours"]))
    per_day = draw(counts(1, 96)) if within in {"count", "both"} else None
    slots = (
        tuple(draw(st.lists(st.sampled_from(SLOT_NAMES) | clock_times, min_size=1, max_size=4)))
        if within in {"slots", "both"}
        else ()
    )
    every_hours = draw(counts(1, 23)) if within == "hours" else None
    across = draw(st.sampled_from(["daily", "every_days", "per_week", "weekdays", "both"]))
    every_days = draw(st.integers(2, 366)) if across in {"every_days", "both"} else None
    per_week = draw(counts(1, 7)) if across in {"per_week", "both"} else None
    weekdays = tuple(draw(st.sets(st.integers(0, 6), min_size=1))) if across == "weekdays" else ()
    start = draw(st.none() | dates)
    end_kind = draw(
        st.sampled_from(["duration", "until"] if bounded else ["none", "duration", "until"])
    )
    duration = draw(st.integers(1, 3000)) if end_kind == "duration" else None
    until = None
    if end_kind == "until":
        until = draw(dates.filter(lambda d: start is None or d >= start))
    return Timing(
        times_per_day=per_day,
        times_of_day=slots,
        every_hours=every_hours,
        round_the_clock=every_hours is not None and draw(st.booleans()),
        every_days=every_days,
        times_per_week=per_week,
        weekdays=weekdays,
        start=start,
        duration_days=duration,
        until=until,
        anchor=draw(st.none() | anchors()),
    )


_SCHEDULE_EVENTS = ["getting out of bed", "breakfast", "lunch", "dinner"]


@st.composite
def schedulable_timings(draw: st.DrawFn, start: dt.date) -> Timing:
    """Timings that expand without activities: bounded, no activity anchors."""
    every_days = draw(st.none() | st.integers(2, 9))
    weekdays = () if every_days else tuple(draw(st.sets(st.integers(0, 6), max_size=7)))
    per_week = None if (every_days or weekdays) else draw(st.none() | st.integers(1, 7))
    within = draw(st.sampled_from(["count", "slots", "hours", "none"]))
    return Timing(
        times_per_day=draw(st.integers(1, 8)) if within == "count" else None,
        times_of_day=tuple(
            draw(st.lists(st.sampled_from(SLOT_NAMES) | clock_times, min_size=1, max_size=4))
        )
        if within == "slots"
        else (),
        every_hours=draw(st.integers(2, 12)) if within == "hours" else None,
        every_days=every_days,
        times_per_week=per_week,
        weekdays=weekdays,
        start=start + dt.timedelta(days=draw(st.integers(0, 10))),
        duration_days=draw(st.integers(1, 120)),
    )


@st.composite
def as_needed(draw: st.DrawFn) -> AsNeeded:
    """As-needed timings, with or without a limit and a condition."""
    limit = draw(st.none() | timings().filter(lambda t: t != Timing()))
    condition = draw(st.none() | st.sampled_from(sorted(lx.SYMPTOMS)).map(lambda w: f"when {w}"))
    return AsNeeded(limit=limit, condition=condition)


@st.composite
def programmes(draw: st.DrawFn, *, max_prescriptions: int = 4) -> Programme:
    """Expandable programmes: bounded timings in a random zone and start date."""
    start = draw(st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)))
    n = draw(st.integers(1, max_prescriptions))
    prescriptions = [
        Prescription(
            exercise=Exercise(name=f"Exercise {i}"),
            dose=draw(st.none() | doses()),
            timing=draw(schedulable_timings(start)),
        )
        for i in range(n)
    ]
    return Programme(
        title=draw(st.text(min_size=1, max_size=20).filter(str.strip)),
        start=start,
        timezone=draw(st.sampled_from(ZONES)),
        prescriptions=prescriptions,
    )
