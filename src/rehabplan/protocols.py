"""
Published rehabilitation protocols as programme templates.

Each template takes a start date and returns a `rehabplan.Programme` with the
dosing of the paper it comes from, cited in its docstring; the exercises come
from the catalogue (`rehabplan.catalogue`), so a user's catalogue can reword them.

>>> import datetime as dt
>>> from rehabplan.scheduling import expand
>>> len(expand(alfredson(dt.date(2027, 3, 1))).routines())
168
>>> silbernagel(dt.date(2027, 3, 1)).phases[-1].name
'Phase 4: maintenance'
>>> walk_run(dt.date(2027, 3, 1)).activities[0].intervals.repeats
8

`silbernagel` and `walk_run` name their own exercises: the catalogue has no
seated, rebounding or plyometric heel raises, and a walk/run plan is an activity.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rehabplan.catalogue import Catalogue, default_catalogue
from rehabplan.errors import ProgrammeError
from rehabplan.model import (
    Activity,
    Dose,
    Exercise,
    Intervals,
    Phase,
    Prescription,
    Programme,
    Range,
    SlotTimes,
    Timing,
    Volume,
)

__all__ = ["WALK_RUN_STEPS", "alfredson", "askling", "silbernagel", "walk_run"]


#: The default slot times (morning 08:00, evening 18:00, ...), as in `rehabplan.SlotTimes`.
_SLOTS = SlotTimes()


def _weeks(weeks: int) -> int:
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= 104:
        raise ProgrammeError(
            f"must be a whole number of weeks from 1 to 104 (got {weeks!r})",
            where="weeks",
            value=weeks,
        )
    return weeks * 7


def _prescription(
    catalogue: Catalogue, exercise_id: str, dose: Dose, timing: Timing, *notes: str
) -> Prescription:
    entry = catalogue.entry(exercise_id)
    return Prescription(
        exercise=entry.exercise,
        dose=dose,
        timing=timing,
        precautions=entry.cautions,
        notes=" ".join(notes) or None,
    )


def alfredson(
    start: dt.date,
    *,
    timezone: str = "Europe/London",
    weeks: int = 12,
    slot_times: SlotTimes = _SLOTS,
    catalogue: Catalogue | None = None,
) -> Programme:
    """
    Alfredson's painful eccentric calf-muscle training for Achilles tendinopathy.

    Source: Alfredson H, Pietilä T, Jonsson P, Lorentzon R. Heavy-load eccentric
    calf muscle training for the treatment of chronic Achilles tendinosis.
    *Am J Sports Med* 1998;26(3):360-366.

    The dosing used here, as published: two exercises, the eccentric heel drop
    with the knee straight and with the knee bent, each 3 sets of 15
    repetitions, twice a day, every day of the week, for 12 weeks.
    Each lowering is on the injured leg alone and the leg is raised again with
    the help of the other one (no concentric load on the injured side).
    Pain during the exercises was allowed unless it became disabling, and load
    was added (a backpack with weights) once the exercises could be done without
    discomfort; both rules are in the programme's precautions, not scheduled.

    Twice a day is the morning and evening slots of *slot_times*; the two
    exercises are done together, so the 12 weeks give 168 routines of two
    sessions each.
    *weeks* shortens or lengthens the course; *catalogue* supplies the two
    exercises (ids ``eccentric-heel-drop-straight-knee`` and
    ``eccentric-heel-drop-bent-knee``) when a user's catalogue rewords them.

    >>> programme = alfredson(dt.date(2027, 3, 1))
    >>> [(p.id, str(p.dose), str(p.timing)) for p in programme.prescriptions]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('eccentric-heel-drop-straight-knee', '3 x 15', 'twice daily for 12 weeks'),
     ('eccentric-heel-drop-bent-knee', '3 x 15', 'twice daily for 12 weeks')]

    Raises:
        ProgrammeError: a bad time zone, a *weeks* outside 1-104, or a catalogue
            without the two exercises.

    .. versionadded:: 0.1

    """
    catalogue = default_catalogue() if catalogue is None else catalogue
    timing = Timing(times_per_day=2, duration_days=_weeks(weeks))
    dose = Dose(3, 15)
    # Any: the model's converter=tuple leaves mypy an unsolved Iterable[_T_co].
    prescriptions: Any = (
        _prescription(
            catalogue,
            "eccentric-heel-drop-straight-knee",
            dose,
            timing,
            "Works the gastrocnemius: keep the knee straight while lowering.",
        ),
        _prescription(
            catalogue,
            "eccentric-heel-drop-bent-knee",
            dose,
            timing,
            "Works the soleus: keep the knee bent while lowering.",
        ),
    )
    return Programme(
        title="Alfredson eccentric heel drops",
        start=start,
        timezone=timezone,
        slot_times=slot_times,
        prescriptions=prescriptions,
        precautions=(
            "Lower on the injured leg only; rise again with the help of the other leg.",
            "Pain during the exercises is expected and acceptable unless it becomes disabling.",
            "Once the exercises cause no discomfort, add load with a backpack holding weights.",
        ),
    )


def askling(
    start: dt.date,
    *,
    timezone: str = "Europe/London",
    weeks: int = 4,
    slot_times: SlotTimes = _SLOTS,
    catalogue: Catalogue | None = None,
) -> Programme:
    """
    Askling's L-protocol: lengthening exercises after an acute hamstring injury.

    Source: Askling CM, Tengvar M, Thorstensson A. Acute hamstring injuries in
    Swedish elite football: a prospective randomised controlled clinical trial
    comparing two rehabilitation protocols.
    *Br J Sports Med* 2013;47(15):953-959.

    The dosing used here, from the paper's description of the L-protocol, three
    exercises at three frequencies:

    - "the Extender": 3 sets of 12, twice a day, every day;
    - "the Diver": 3 sets of 6, once every other day;
    - "the Glider": 3 sets of 4, once every third day.

    Every exercise is done slowly, on the injured leg, and stopped short of
    pain; speed and range were progressed as symptoms allowed, which is left to
    the clinician (it is in the precautions, not scheduled).
    In the trial the protocol ran until the player returned to full training
    (28 days on average in the L-protocol group), so the length is a setting:
    *weeks*, 4 by default.
    Every other day and every third day count from *start*; once a day is the
    morning slot, so on some mornings all three exercises make one routine.
    *catalogue* supplies the exercises (ids ``askling-extender``,
    ``askling-diver`` and ``askling-glider``).

    >>> programme = askling(dt.date(2027, 3, 1))
    >>> [(p.name, str(p.dose), str(p.timing)) for p in programme.prescriptions]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('The Extender', '3 x 12', 'twice daily for 4 weeks'),
     ('The Diver', '3 x 6', 'once daily every other day for 4 weeks'),
     ('The Glider', '3 x 4', 'once daily every 3 days for 4 weeks')]

    Raises:
        ProgrammeError: a bad time zone, a *weeks* outside 1-104, or a catalogue
            without the three exercises.

    .. versionadded:: 0.1

    """
    catalogue = default_catalogue() if catalogue is None else catalogue
    days = _weeks(weeks)
    # Any: the model's converter=tuple leaves mypy an unsolved Iterable[_T_co].
    prescriptions: Any = (
        _prescription(
            catalogue,
            "askling-extender",
            Dose(3, 12),
            Timing(times_per_day=2, duration_days=days),
        ),
        _prescription(
            catalogue,
            "askling-diver",
            Dose(3, 6),
            Timing(times_per_day=1, every_days=2, duration_days=days),
        ),
        _prescription(
            catalogue,
            "askling-glider",
            Dose(3, 4),
            Timing(times_per_day=1, every_days=3, duration_days=days),
        ),
    )
    return Programme(
        title="Askling L-protocol",
        start=start,
        timezone=timezone,
        slot_times=slot_times,
        prescriptions=prescriptions,
        precautions=(
            "Do every exercise slowly and stop each repetition before any pain.",
            "Increase speed and range only as your clinician advises.",
        ),
    )


# --------------------------------------------------------------------------- Silbernagel, walk/run

_DAILY = Timing(times_per_day=1)


def _heel_raise(name: str, *instructions: str) -> Exercise:
    return Exercise(
        name=name,
        category="strengthening",
        region="calf",
        instructions=instructions,
    )


_TWO_LEG_FLOOR = _heel_raise(
    "Two-legged heel raise on the floor",
    "Stand on both feet, holding a wall or chair for balance.",
    "Rise onto your toes, then lower slowly.",
)
_ONE_LEG_FLOOR = _heel_raise(
    "One-legged heel raise on the floor",
    "Stand on the sore leg, holding a wall or chair for balance.",
    "Rise onto your toes, then lower slowly.",
)
_SITTING = _heel_raise(
    "Sitting heel raise",
    "Sit with feet flat and a weight (or your hands pressing down) on the knees.",
    "Lift both heels as high as you can, then lower.",
)
_ECCENTRIC_FLOOR = _heel_raise(
    "Eccentric heel raise on the floor",
    "Rise onto your toes on both feet.",
    "Lift the good foot and lower the sore side's heel slowly to the floor.",
)
_TWO_LEG_STEP = _heel_raise(
    "Two-legged heel raise on a step",
    "Stand on the edge of a step on the balls of both feet.",
    "Let the heels drop below the step, then rise onto your toes.",
)
_ONE_LEG_STEP = _heel_raise(
    "One-legged heel raise on a step",
    "Stand on the edge of a step on the ball of the sore foot.",
    "Let the heel drop below the step, then rise onto your toes.",
    "From phase 3, wear a backpack with added weight.",
)
_ECCENTRIC_STEP = _heel_raise(
    "Eccentric heel raise on a step",
    "Rise onto your toes on both feet on the edge of a step.",
    "Lift the good foot and lower the sore side's heel slowly below the step.",
    "From phase 3, wear a backpack with added weight.",
)
_REBOUND = _heel_raise(
    "Quick-rebounding heel raise",
    "Stand on both feet and bounce quickly on the balls of the feet.",
)
_PLYOMETRIC = Exercise(
    name="Plyometric training",
    category="plyometrics",
    region="calf",
    instructions=("Hop, skip or jump as your physiotherapist shows you.",),
)


def _p(exercise: Exercise, dose: Dose, timing: Timing = _DAILY) -> Prescription:
    return Prescription(exercise=exercise, dose=dose, timing=timing)


def silbernagel(start: dt.date, *, timezone: str = "Europe/London") -> Programme:
    """
    The Silbernagel Achilles tendinopathy programme with the pain-monitoring model.

    Four phases, as published: phase 1 (weeks 1-2) heel raises on the floor, 3 x 10
    daily; phase 2 (weeks 2-5) on a step, 3 x 15, with quick-rebounding heel raises
    3 x 20; phase 3 (weeks 3-12) one-legged and eccentric heel raises with added
    weight 3 x 15, rebounding and plyometrics 3 x 20, daily; phase 4 (week 12 to 6
    months) maintenance 2-3 times a week.
    The paper lets patients move on as symptoms allow, so its phases overlap; this
    template moves on at the end of each phase's published weeks (after 2, 5 and 12
    weeks) and ends after 26 weeks.
    Pain during the exercises may reach 5 on a 0-10 scale; it must settle by the
    next morning and not rise from week to week (the pain-monitoring model).

    Citation: Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports
    activity, using a pain-monitoring model, during rehabilitation in patients with
    Achilles tendinopathy: a randomized controlled study. *Am J Sports Med*
    2007;35(6):897-906.

    >>> programme = silbernagel(start=dt.date(2027, 3, 1))
    >>> [(s.phase.name[:7], str(s.start)) for s in programme.phase_spans()]
    [('Phase 2', '2027-03-15'), ('Phase 3', '2027-04-05'), ('Phase 4', '2027-05-24')]

    .. versionadded:: 0.1
    """
    three_ten, three_fifteen, three_twenty = Dose(3, 10), Dose(3, 15), Dose(3, 20)
    phase_one = (_TWO_LEG_FLOOR, _ONE_LEG_FLOOR, _SITTING, _ECCENTRIC_FLOOR)
    phase_two = (_TWO_LEG_STEP, _ONE_LEG_STEP, _SITTING, _ECCENTRIC_STEP)
    phase_three = (_ONE_LEG_STEP, _SITTING, _ECCENTRIC_STEP)
    maintenance = Timing(times_per_week=Range(2, 3))
    return Programme(
        title="Achilles tendinopathy: Silbernagel programme",
        start=start,
        until=start + dt.timedelta(weeks=26, days=-1),
        timezone=timezone,
        precautions=(
            "Pain during the exercises may reach 5 out of 10.",
            "Pain after the exercises must settle by the next morning.",
            "Pain and stiffness must not increase from week to week; if they do, "
            "ease off and tell your physiotherapist.",
        ),
        prescriptions=tuple(_p(e, three_ten) for e in phase_one),
        phases=(
            Phase(
                name="Phase 2: heel raises on a step",
                after_weeks=2,
                drop=tuple(e.id for e in phase_one),
                prescriptions=(
                    *(_p(e, three_fifteen) for e in phase_two),
                    _p(_REBOUND, three_twenty),
                ),
            ),
            Phase(
                name="Phase 3: added weight and plyometrics",
                after_weeks=5,
                drop=(_TWO_LEG_STEP.id,),
                prescriptions=(
                    *(_p(e, three_fifteen) for e in phase_three),
                    _p(_REBOUND, three_twenty),
                    _p(_PLYOMETRIC, three_twenty),
                ),
            ),
            Phase(
                name="Phase 4: maintenance",
                after_weeks=12,
                drop=(_SITTING.id, _PLYOMETRIC.id),
                prescriptions=(
                    _p(_ONE_LEG_STEP, three_fifteen, maintenance),
                    _p(_ECCENTRIC_STEP, three_fifteen, maintenance),
                    _p(_REBOUND, three_twenty, maintenance),
                ),
            ),
        ),
    )


#: The weekly walk/run steps of `walk_run`: (run, walk, repeats), then 30 min running.
WALK_RUN_STEPS: tuple[tuple[int, int, int], ...] = (
    (1, 2, 8),
    (2, 2, 6),
    (3, 2, 5),
    (5, 2, 4),
    (8, 2, 3),
    (10, 1, 3),
    (15, 1, 2),
)


def walk_run(start: dt.date, *, timezone: str = "Europe/London") -> Programme:
    """
    A graded walk/run return to running: eight weeks, three sessions a week.

    Each week is a phase with its own intervals (run 1 min and walk 2 min, 8 times,
    in week 1, up to run 15 min and walk 1 min, twice, in week 7); week 8 is 30
    minutes of continuous running. Sessions fall on the programme's three weekly days
    (Mon, Wed, Fri by default), so there is always a rest day between runs.
    Move to the next week only when the last three sessions were pain-free, or at
    most 2 out of 10 and settled by the next morning; otherwise repeat the week.

    This is rehabplan's own plan on the usual return-to-run principles (intervals,
    alternate days, run time growing while walk time shrinks, a symptom rule to move
    on); it is not copied from one published protocol, so it cites none.
    The activity's kind is ``run``, so "before each run" prescriptions tie to it.

    >>> programme = walk_run(start=dt.date(2027, 3, 1))
    >>> [str(ph.activities[0].intervals or ph.activities[0].volume) for ph in programme.phases][-2:]
    ['run 15 min, walk 1 min, 2 times', '30 min']

    .. versionadded:: 0.1
    """
    three_a_week = Timing(times_per_week=3)

    def session(run: int, walk: int, repeats: int) -> Activity:
        return Activity(
            kind="run",
            name="Walk/run",
            timing=three_a_week,
            intervals=Intervals(
                run=dt.timedelta(minutes=run), walk=dt.timedelta(minutes=walk), repeats=repeats
            ),
            precautions=("Stop if pain goes above 2 out of 10.",),
        )

    first, *later = WALK_RUN_STEPS
    return Programme(
        title="Walk/run return to running",
        start=start,
        until=start + dt.timedelta(weeks=8, days=-1),
        timezone=timezone,
        precautions=(
            "Move to the next week only if the last three sessions were pain-free, or at "
            "most 2 out of 10 and settled by the next morning; otherwise repeat the week.",
        ),
        activities=(session(*first),),
        phases=(
            *(
                Phase(name=f"Week {week}", after_weeks=week - 1, activities=(session(*step),))
                for week, step in enumerate(later, start=2)
            ),
            Phase(
                name="Week 8",
                after_weeks=7,
                activities=(
                    Activity(
                        kind="run",
                        name="Walk/run",
                        timing=three_a_week,
                        volume=Volume(30, "min"),
                        precautions=("Stop if pain goes above 2 out of 10.",),
                    ),
                ),
            ),
        ),
    )
