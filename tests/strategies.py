"""Hypothesis strategies for rehabplan's values: doses, timings, progressions, activities, programmes."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from rehabplan.model import (
    SLOT_NAMES,
    Activity,
    Anchor,
    Appointment,
    AsNeeded,
    Dose,
    Exercise,
    Intervals,
    Load,
    Phase,
    Prescription,
    Programme,
    Progression,
    Range,
    Stage,
    Target,
    Timing,
    Volume,
)
from rehabplan.phrases import _lexicon as lx

#: Characters a programme's texts (titles, names, notes) may hold: any but the control
#: characters, which the model refuses, except tab and line breaks.
TEXT_CHARACTERS = st.characters(
    codec="utf-8", exclude_categories=("Cc",), include_characters="\t\n\r"
)


def course(days: int | None, every_days: object, per_week: object) -> int | None:
    """*days*, or the time between sessions when that is longer: a shorter course is refused."""
    if days is None:
        return None
    interval = every_days if isinstance(every_days, int) else 7 if per_week == 1 else 1
    return max(days, interval)


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
    each_side = draw(st.booleans())
    return Dose(
        draw(counts(1, 100)),
        reps,
        hold=hold,
        each_side=each_side,
        side=None if each_side else draw(st.none() | st.sampled_from(["left", "right"])),
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
    if within == "both":  # the count a day holds the times named (or a range around it)
        named = len(Timing(times_of_day=slots).times_of_day)
        per_day = draw(st.just(named) | st.integers(1, 3).map(lambda up: Range(named, named + up)))
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
    duration = course(duration, every_days, per_week)
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


@st.composite
def fhir_timings(draw: st.DrawFn) -> Timing:
    """
    Timings a FHIR Timing says exactly, in the one form `Timing.from_fhir` gives back.

    Left out, each for its reason: twice a day on some days only (FHIR's frequency
    counts per period, so it is ambiguous there); named times mixed with clock times
    (tim-10); "once daily" (FHIR says it as plain daily); a start with a duration
    (FHIR says it as a start and an end, the same days).
    """
    start = draw(st.none() | dates)
    end_kind = draw(st.sampled_from(["none", "until"] if start else ["none", "duration", "until"]))
    bounds = {
        "start": start,
        "duration_days": draw(st.integers(1, 3000)) if end_kind == "duration" else None,
        "until": draw(dates.filter(lambda d: start is None or d >= start))
        if end_kind == "until"
        else None,
    }
    if draw(st.integers(0, 9)) == 0:
        return Timing(anchor=draw(anchors()), **bounds)
    within = draw(st.sampled_from(["none", "count", "named", "clock", "hours"]))
    per_day = draw(counts(2, 96)) if within == "count" else None
    slots: tuple[object, ...] = ()
    if within == "named":
        slots = tuple(draw(st.sets(st.sampled_from(SLOT_NAMES), min_size=1)))
    elif within == "clock":
        slots = tuple(draw(st.sets(clock_times, min_size=1, max_size=6)))
    every_hours = draw(counts(1, 23)) if within == "hours" else None
    once = per_day is None and every_hours is None and len(slots) <= 1
    across = draw(
        st.sampled_from(["daily", "weekdays"] + (["every_days", "per_week"] if once else []))
    )
    every_days = draw(st.integers(2, 366)) if across == "every_days" else None
    per_week = draw(counts(1, 7)) if across == "per_week" else None
    bounds["duration_days"] = course(bounds["duration_days"], every_days, per_week)  # type: ignore[arg-type]
    return Timing(
        times_per_day=per_day,
        times_of_day=slots,
        every_hours=every_hours,
        round_the_clock=every_hours is not None and draw(st.booleans()),
        every_days=every_days,
        times_per_week=per_week,
        weekdays=tuple(draw(st.sets(st.integers(0, 6), min_size=1)))
        if across == "weekdays"
        else (),
        **bounds,
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
        duration_days=course(draw(st.integers(1, 120)), every_days, per_week),
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
        title=draw(st.text(TEXT_CHARACTERS, min_size=1, max_size=20).filter(str.strip)),
        start=start,
        timezone=draw(st.sampled_from(ZONES)),
        prescriptions=prescriptions,
    )


# --------------------------------------------------------------------------- whole programmes
# Phases, activities, anchors, appointments and progressions.

PLAN_ZONES = ("Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC")
NAMES = (
    "Calf stretch",
    "Glute bridge",
    "Clams",
    "Heel drops",
    "Nerve glide",
    "Side plank",
    "Hip-flexor release",
    "Foam roll",
    "Wall sit",
    "Dead bug",
)
KINDS = ("run", "walk", "cycle", "swim")

plan_dates = st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31))
seconds = st.integers(5, 600).map(lambda s: dt.timedelta(seconds=s))
minute_times = st.builds(dt.time, st.integers(6, 21), st.sampled_from((0, 15, 30, 45)))


@st.composite
def plain_doses(draw: st.DrawFn) -> Dose:
    """Doses of sets x reps, holds, timed bouts, loads; sometimes ranges."""
    kind = draw(st.sampled_from(("reps", "hold", "duration")))
    sets = draw(st.one_of(st.integers(1, 6), st.tuples(st.integers(1, 3), st.integers(4, 6))))
    kwargs: dict[str, object] = {
        "each_side": draw(st.booleans()),
        "rest": draw(st.none() | seconds),
    }
    if kind == "reps":
        kwargs["reps"] = draw(st.integers(1, 30))
        kwargs["load"] = draw(
            st.none() | st.builds(Load, st.sampled_from((2.5, 5.0, 10.0)), st.just("kg"))
        )
    elif kind == "hold":
        kwargs["reps"] = draw(st.integers(1, 5))
        kwargs["hold"] = draw(seconds)
    else:
        kwargs["duration"] = draw(st.integers(1, 20).map(lambda m: dt.timedelta(minutes=m)))
    return Dose(sets, **kwargs)  # type: ignore[arg-type]


@st.composite
def progressions_for(draw: st.DrawFn, dose: Dose) -> Progression | None:
    """A progression this dose can carry, or None."""
    parts = []
    if isinstance(dose.reps, int):
        parts.append("reps")
    if isinstance(dose.sets, int):
        parts.append("sets")
    if isinstance(dose.hold, dt.timedelta):
        parts.append("hold")
    if isinstance(dose.duration, dt.timedelta):
        parts.append("duration")
    if dose.load is not None:
        parts.append("load")
    if not parts:
        return None
    part = draw(st.sampled_from(parts))
    every = draw(st.integers(1, 3))
    if part in ("reps", "sets"):
        base = getattr(dose, part)
        limit = 100 if part == "sets" else 1000
        return Progression(
            part=part,
            step=draw(st.integers(1, 3)),
            ceiling=draw(st.integers(base, min(limit, base + 20))),
            every_weeks=every,
        )
    if part == "load":
        assert dose.load is not None
        return Progression(
            part="load",
            step=draw(st.sampled_from((1.0, 2.5))),
            ceiling=dose.load.amount + draw(st.sampled_from((0.0, 5.0, 10.0))),
            every_weeks=every,
            unit="kg",
        )
    base_td = getattr(dose, part)
    return Progression(
        part=part,
        step=dt.timedelta(seconds=draw(st.sampled_from((5, 10, 60)))),
        ceiling=base_td + dt.timedelta(seconds=draw(st.integers(0, 600))),
        every_weeks=every,
    )


@st.composite
def day_timings(draw: st.DrawFn, *, anchor: Anchor | None = None) -> Timing:
    """Scheduled timings: which days and how often a day, with an end."""
    rule = draw(st.sampled_from(("daily", "every", "weekdays", "per_week")))
    kwargs: dict[str, object] = {}
    if rule == "every":
        kwargs["every_days"] = draw(st.integers(2, 4))
    elif rule == "weekdays":
        kwargs["weekdays"] = tuple(draw(st.sets(st.integers(0, 6), min_size=1, max_size=4)))
    elif rule == "per_week":
        kwargs["times_per_week"] = draw(st.integers(1, 6))
    if anchor is not None:
        kwargs["anchor"] = anchor
    else:
        within = draw(st.sampled_from(("count", "names", "none")))
        if within == "count":
            kwargs["times_per_day"] = draw(st.integers(1, 4))
        elif within == "names":
            kwargs["times_of_day"] = tuple(
                draw(st.sets(st.sampled_from(("morning", "noon", "evening")), min_size=1))
            )
    if draw(st.booleans()):
        days = draw(st.integers(1, 60))
        kwargs["duration_days"] = course(
            days, kwargs.get("every_days"), kwargs.get("times_per_week")
        )
    return Timing(**kwargs)  # type: ignore[arg-type]


@st.composite
def prescriptions(
    draw: st.DrawFn, name: str, *, anchor: Anchor | None = None, roomy: bool = False
) -> Prescription:
    """
    A prescription of the exercise *name*, sometimes progressing or as needed; a *roomy*
    one is a short dose (at most 10 minutes) that does not progress.
    """
    dose = draw(plain_doses())
    if anchor is None and not roomy and draw(st.integers(0, 7)) == 0:
        return draw(staged_prescriptions(name))
    if roomy:
        dose = Dose(
            draw(st.integers(1, 3)), draw(st.integers(1, 15)), each_side=draw(st.booleans())
        )
    if anchor is None and draw(st.integers(0, 5)) == 0:
        return Prescription(
            exercise=Exercise(name=name),
            dose=dose,
            timing=AsNeeded(condition=draw(st.none() | st.just("when it tightens"))),
        )
    return Prescription(
        exercise=Exercise(name=name, category=draw(st.none() | st.just("stretch"))),
        dose=dose,
        timing=draw(day_timings(anchor=anchor)),
        progression=None if roomy else draw(st.none() | progressions_for(dose)),
        precautions=draw(st.lists(st.just("Stop if it hurts."), max_size=1)),
    )


volumes = st.one_of(
    st.integers(10, 80).map(lambda t: Volume(t / 10, "km")),
    st.integers(10, 50).map(lambda t: Volume(t / 10, "mi")),
    st.integers(10, 60).map(lambda m: Volume(m, "min")),
)


@st.composite
def activities(
    draw: st.DrawFn, kind: str, *, target: bool = False, roomy: bool = False
) -> Activity:
    """
    An activity of *kind* with a volume (or intervals), growing under a cap; a *roomy*
    one lasts 10 to 60 minutes and does not grow.
    """
    timing = draw(day_timings(anchor=None))
    timing = Timing(
        every_days=timing.every_days,
        weekdays=timing.weekdays,
        times_per_week=timing.times_per_week,
        duration_days=timing.duration_days,
    )
    if roomy:
        return Activity(kind=kind, timing=timing, volume=Volume(draw(st.integers(10, 60)), "min"))
    if not target and draw(st.integers(0, 4)) == 0:
        return Activity(
            kind=kind,
            timing=timing,
            intervals=Intervals(
                run=dt.timedelta(minutes=draw(st.integers(1, 10))),
                walk=dt.timedelta(minutes=draw(st.integers(1, 3))),
                repeats=draw(st.integers(1, 8)),
            ),
        )
    volume = draw(volumes)
    cap = draw(st.sampled_from((0.05, 0.1, 0.15, 0.2)))
    increase = draw(st.sampled_from((0.0, 0.05, 0.1))) if cap >= 0.1 else 0.0
    # A growing volume always has a ceiling, and a ceiling low enough that one session
    # of it fits in the 12 hours a session may last at the slowest pace (a swim's):
    # without one, a long window grew a session past that and expand refused it.
    extra = st.integers(0, 10).map(lambda extra: volume.amount + extra)
    ceiling = draw(extra if increase else st.none() | extra)
    goal = None
    if target:
        goal = Target(
            date=draw(plan_dates),
            volume=Volume(round(volume.amount + draw(st.integers(0, 300)) / 10, 1), volume.unit),
            name="Race",
        )
    return Activity(
        kind=kind,
        timing=timing,
        volume=volume,
        weekly_increase=increase,
        weekly_cap=cap,
        ceiling=Volume(ceiling, volume.unit) if ceiling is not None and not target else None,
        target=goal,
    )


@st.composite
def whole_programmes(draw: st.DrawFn, *, roomy: bool = False) -> Programme:
    """
    Whole programmes: prescriptions, activities, anchors, appointments, phases, an end.

    A *roomy* programme's doses and activities are short, so that everything due in a
    day fits in it with time to spare.
    """
    start = draw(plan_dates)
    names = draw(st.lists(st.sampled_from(NAMES), unique=True, min_size=1, max_size=6))
    kinds = draw(st.lists(st.sampled_from(KINDS), unique=True, max_size=2))
    base_names = names[: max(1, len(names) - 2)]
    later_names = names[len(base_names) :]
    items = [
        draw(
            prescriptions(
                name,
                anchor=Anchor(draw(st.sampled_from(("before", "after"))), kinds[0])
                if kinds and draw(st.booleans())
                else None,
                roomy=roomy,
            )
        )
        for name in base_names
    ]
    acts = [draw(activities(kind, roomy=roomy)) for kind in kinds]
    appointments = [
        Appointment(
            title=title,
            date=start + dt.timedelta(days=draw(st.integers(1, 40))),
            time=draw(st.none() | minute_times),
            clinician=draw(st.none() | st.just("J. Physio")),
            location=draw(st.none() | st.just("Clinic")),
            notes=draw(st.none() | st.just("Bring shoes.")),
        )
        for title in draw(st.lists(st.sampled_from(("Review", "Follow-up")), unique=True))
    ]
    phases = []
    current = [p.id for p in items] + [a.id for a in acts]
    week = 0
    for number, name in enumerate(later_names):
        week += draw(st.integers(1, 4))
        drop = (
            tuple(draw(st.lists(st.sampled_from(current), unique=True, max_size=1)))
            if current
            else ()
        )
        added = draw(prescriptions(name, roomy=roomy))
        how = draw(st.sampled_from(("weeks", "date")))
        overlap = bool(phases) and draw(st.booleans())
        if overlap:  # the phase before runs on for a few days into this one
            phases[-1] = attrs.evolve(
                phases[-1], until=start + dt.timedelta(weeks=week, days=draw(st.integers(0, 6)))
            )
        phases.append(
            Phase(
                name=f"Phase {number + 2}",
                after_weeks=week if how == "weeks" else None,
                start=start + dt.timedelta(weeks=week) if how == "date" else None,
                drop=drop,
                prescriptions=(added,),
                overlap=overlap,
            )
        )
        current = [i for i in current if i not in drop] + [added.id]
    return Programme(
        title=draw(st.sampled_from(("Calf programme", "Back to running", "Knee"))),
        start=start,
        until=start + dt.timedelta(days=draw(st.integers(7, 120))),
        timezone=draw(st.sampled_from(PLAN_ZONES)),
        prescriptions=items,
        activities=acts,
        appointments=appointments,
        phases=phases,
        precautions=draw(st.lists(st.just("Stop if pain goes above 3/10."), max_size=1)),
        patient=draw(st.none() | st.just("A. Runner")),
    )


# --------------------------------------------------------------------------- clock changes
# Slot times in daylight-saving gaps and folds, starts next to the changes.

GAP_CLOCKS = (dt.time(0, 45), dt.time(1, 30), dt.time(2, 15), dt.time(2, 30), dt.time(7, 5))
CLOCK_CHANGE_DOSES = (
    Dose(3, 15),
    Dose(1, 3, hold=dt.timedelta(seconds=30), each_side=True),
    Dose(1, duration=dt.timedelta(minutes=90)),  # long enough to span a clock change
)


@st.composite
def clock_change_timings(draw: st.DrawFn, *, max_days: int = 40) -> Timing:
    """Timings of every kind, with clock times that fall into DST gaps and folds."""
    within: dict[str, object] = draw(
        st.one_of(
            st.builds(dict, times_per_day=st.integers(1, 4)),
            st.builds(
                dict,
                times_of_day=st.lists(
                    st.sampled_from(["morning", "noon", "evening", "bedtime", *GAP_CLOCKS]),
                    min_size=1,
                    max_size=3,
                ),
            ),
        )
    )
    across: dict[str, object] = draw(
        st.one_of(
            st.just({}),
            st.builds(dict, every_days=st.integers(2, 4)),
            st.builds(dict, weekdays=st.sets(st.integers(0, 6), min_size=1, max_size=6)),
            st.builds(dict, times_per_week=st.integers(1, 6)),
        )
    )
    return Timing(
        **within,  # type: ignore[arg-type]
        **across,  # type: ignore[arg-type]
        duration_days=course(
            draw(st.integers(1, max_days)), across.get("every_days"), across.get("times_per_week")
        ),
    )


@st.composite
def clock_change_programmes(draw: st.DrawFn, *, max_days: int = 40) -> Programme:
    """Small programmes in interesting zones, starting near a daylight-saving change."""
    zone = draw(st.sampled_from([*ZONES, "America/New_York", "Europe/London"]))
    # Around the changes of March/April and October/November, both hemispheres.
    anchor = draw(st.sampled_from([(3, 1), (3, 25), (4, 1), (9, 28), (10, 1), (10, 25)]))
    year = draw(st.integers(2024, 2031))
    start = dt.date(year, *anchor) + dt.timedelta(days=draw(st.integers(-10, 10)))
    count = draw(st.integers(1, 3))
    prescriptions = []
    for index in range(count):
        timing = draw(clock_change_timings(max_days=max_days))
        offset = draw(st.integers(0, 6))
        prescriptions.append(
            Prescription(
                exercise=Exercise(name=f"Exercise {index}"),
                dose=draw(st.sampled_from(CLOCK_CHANGE_DOSES)),
                timing=attrs.evolve(timing, start=start + dt.timedelta(days=offset)),
            )
        )
    return Programme(title="Generated", start=start, timezone=zone, prescriptions=prescriptions)


def _run(draw: st.DrawFn, name: str, *, long: bool = False) -> Activity:
    """A run on fixed weekdays, 2-8 km, growing 0-10 % a week, maybe up to a ceiling."""
    start = draw(st.integers(20, 80))
    ceiling = draw(st.none() | st.integers(0, 120))
    return Activity(
        kind="run",
        name=name,
        timing=Timing(weekdays=draw(st.sets(st.integers(0, 6), min_size=1, max_size=3))),
        volume=Volume(start / 10),
        weekly_increase=draw(st.sampled_from((0.0, 0.05, 0.1))),
        ceiling=Volume((start + ceiling) / 10) if ceiling is not None and not long else None,
        long_run=long,
    )


@st.composite
def running_programmes(draw: st.DrawFn) -> Programme:
    """
    A programme running toward one race: one to three runs from the start, a long run
    with the race as its target, maybe a phase that adds a run, maybe a walk of its own.
    """
    start = draw(plan_dates)
    runs = [_run(draw, f"Run {n}") for n in range(draw(st.integers(1, 3)))]
    long_run = attrs.evolve(
        _run(draw, "Long run", long=True),
        timing=Timing(weekdays=(draw(st.integers(0, 6)),)),
        target=Target(
            date=start + dt.timedelta(days=draw(st.integers(42, 300))),
            volume=Volume(draw(st.sampled_from((10, 21.1, 42.2)))),
            name="Race",
        ),
    )
    assert long_run.target is not None
    walk = Activity(kind="walk", timing=Timing(weekdays=(2, 5)), volume=Volume(30, "min"))
    phases = ()
    if draw(st.booleans()):
        phases = (
            Phase(
                name="More running",
                after_weeks=draw(st.integers(1, 8)),
                activities=(_run(draw, "Added run"),),
            ),
        )
    return Programme(
        title="Running to a race",
        start=start,
        until=long_run.target.date + dt.timedelta(days=draw(st.integers(0, 28))),
        timezone=draw(st.sampled_from(("Europe/London", "America/New_York", "UTC"))),
        activities=(*runs, long_run, *((walk,) if draw(st.booleans()) else ())),
        phases=phases,
    )


@st.composite
def staged_prescriptions(draw: st.DrawFn, name: str = "Calf raise") -> Prescription:
    """A prescription in 2-4 stages; every stage has a length but, sometimes, the last."""
    lengths = draw(st.lists(st.integers(1, 30), min_size=2, max_size=4))
    open_last = draw(st.booleans())
    timings = []
    for number, length in enumerate(lengths):
        timing = draw(day_timings())
        days = course(length, timing.every_days, timing.times_per_week)
        timings.append(
            attrs.evolve(
                timing, duration_days=None if open_last and number == len(lengths) - 1 else days
            )
        )
    doses = [draw(st.none() | plain_doses()) for _ in timings]
    for number in range(1, len(timings)):  # two stages alike are refused: make them differ
        if (timings[number], doses[number]) == (timings[number - 1], doses[number - 1]):
            doses[number] = Dose(1, 1) if doses[number - 1] != Dose(1, 1) else None
    return Prescription(
        exercise=Exercise(name=name),
        dose=doses[0],
        timing=timings[0],
        stages=[Stage(timing=t, dose=d) for t, d in zip(timings[1:], doses[1:], strict=True)],
    )
