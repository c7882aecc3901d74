"""Silbernagel's Achilles programme: four phases under the pain-monitoring model.

Part of `rehabplan.protocols`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from rehabplan.errors import ProgrammeError
from rehabplan.model import (
    Appointment,
    Dose,
    Exercise,
    Phase,
    Prescription,
    Programme,
    Range,
    StopRule,
    Timing,
    checked,
)

__all__ = ["silbernagel"]

# --------------------------------------------------------------------------- Silbernagel

_DAILY = Timing(times_per_day=1)
#: "2-3 times a week" at its low end (Mon and Thu by default): the clinician may add a third.
_TWO_TO_THREE_A_WEEK = Timing(times_per_week=Range(2, 3))
_WEIGHT = (
    "Wear a backpack with added weight; your physio sets how much (the paper gives no kilograms)."
)


def _heel_raise(name: str, *instructions: str, category: str = "strengthening") -> Exercise:
    return Exercise(name=name, category=category, region="calf", instructions=instructions)


_CIRCULATION = _heel_raise(
    "Circulation exercise",
    "Sit or lie with the legs supported.",
    "Move the foot up and down at the ankle, briskly and comfortably.",
    category="mobility",
)
_TWO_LEG_FLOOR = _heel_raise(
    "Two-legged heel raise on the floor",
    "Stand on both feet, holding a wall or chair for balance.",
    "Rise onto your toes, then lower slowly: that is one repetition.",
)
_ONE_LEG_FLOOR = _heel_raise(
    "One-legged heel raise on the floor",
    "Stand on the sore leg, holding a wall or chair for balance.",
    "Rise onto your toes, then lower slowly: that is one repetition.",
)
_SITTING = _heel_raise(
    "Sitting heel raise",
    "Sit with feet flat and a weight (or your hands pressing down) on the knees.",
    "Lift both heels as high as you can, then lower: that is one repetition.",
)
_ECCENTRIC_FLOOR = _heel_raise(
    "Eccentric heel raise on the floor",
    "Rise onto your toes on both feet.",
    "Lift the good foot and lower the sore side's heel slowly to the floor: one repetition.",
)
_TWO_LEG_STEP = _heel_raise(
    "Two-legged heel raise on a step",
    "Stand on the edge of a step on the balls of both feet.",
    "Let the heels drop below the step, then rise onto your toes: one repetition.",
)
_ONE_LEG_STEP = _heel_raise(
    "One-legged heel raise on a step",
    "Stand on the edge of a step on the ball of the sore foot.",
    "Let the heel drop below the step, then rise onto your toes: one repetition.",
)
_ECCENTRIC_STEP = _heel_raise(
    "Eccentric heel raise on a step",
    "Rise onto your toes on both feet on the edge of a step.",
    "Lift the good foot and lower the sore side's heel slowly below the step: one repetition.",
)
_ONE_LEG_STEP_WEIGHTED = _heel_raise(
    "One-legged heel raise on a step with added weight", *_ONE_LEG_STEP.instructions, _WEIGHT
)
_ECCENTRIC_STEP_WEIGHTED = _heel_raise(
    "Eccentric heel raise on a step with added weight", *_ECCENTRIC_STEP.instructions, _WEIGHT
)
_REBOUND = _heel_raise(
    "Quick-rebounding heel raise",
    "Stand on both feet and bounce quickly on the balls of the feet; each bounce is one rep.",
)

#: The pain-monitoring model: one pain rule for every phase.
_PAIN_MONITORING = (
    StopRule(what="pain during or after the exercises", above=5, action="ease off"),
    StopRule(
        what="pain after the exercises has not settled by the next morning", action="ease off"
    ),
    StopRule(
        what="pain or stiffness increases from week to week",
        action="stop and contact your physio",
    ),
)


def _p(exercise: Exercise, dose: Dose | None, timing: Timing = _DAILY) -> Prescription:
    return Prescription(exercise=exercise, dose=dose, timing=timing)


def _reviews(reviews: Sequence[dt.datetime]) -> tuple[Appointment, ...]:
    if len(reviews) != 3 or not all(isinstance(r, dt.datetime) for r in reviews):
        raise ProgrammeError(
            f"give three review date-times, one before each of phases 2, 3 and 4 (got {reviews!r})",
            where="reviews",
            value=reviews,
        )
    return tuple(
        Appointment(
            title=f"Review before phase {number}",
            date=when.date(),
            time=when.time(),
            notes="Check the criteria to move on; the next phase starts today if they are met.",
        )
        for number, when in enumerate(reviews, start=2)
    )


@checked()
def silbernagel(
    start: dt.date,
    *,
    timezone: str = "Europe/London",
    plyometrics: Prescription | None = None,
    reviews: Sequence[dt.datetime] = (),
) -> Programme:
    """
    The Silbernagel Achilles tendinopathy programme with the pain-monitoring model.

    Citation: Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports
    activity, using a pain-monitoring model, during rehabilitation in patients with
    Achilles tendinopathy: a randomized controlled study. *Am J Sports Med*
    2007;35(6):897-906.
    Phases 1 and 2 were checked against the table as reproduced by Griffin et al.
    (*BMC Musculoskelet Disord* 2021, Table 1); phases 3 and 4 and the numbers of
    the pain-monitoring model could not be checked against the paper's table.

    =====  ======  ==========================================  =====================
    Phase  Weeks   Exercises (sets x reps)                     How often
    =====  ======  ==========================================  =====================
    1      1-2     circulation (no dose given); two-legged     daily
                   floor raises 3 x 10-15; one-legged,
                   sitting and eccentric floor raises 3 x 10
    2      2-5     two-legged step raises 3 x 15; one-legged   daily
                   step raises 3 x 10 (see below); sitting
                   and eccentric step raises 3 x 15; quick-
                   rebounding raises 3 x 20
    3      3-12    one-legged and eccentric step raises with   weighted 2-3 a week,
                   added weight 3 x 15; sitting raises         the rest daily
                   3 x 15; rebounding 3 x 20; plyometrics
                   (no dose)
    4      12-26   weighted one-legged and eccentric step      2-3 times a week
                   raises 3 x 15; rebounding 3 x 20
    =====  ======  ==========================================  =====================

    The one-legged step raises of phase 2 are 3 x 10 in the reproduced table
    (3 x 15 as others remember the paper). "2-3 times a week" is scheduled at its
    low end, on Monday and Thursday.
    The paper gives plyometric training no sets or reps: pass *plyometrics* (a
    prescription the clinician doses) to schedule it in phase 3; without it, the
    sheet says the physio sets it.
    The paper moves a patient on by symptoms, and its weeks overlap: each phase's
    criteria (`rehabplan.Phase.criteria`) print on the sheet as "move on when ...".
    The phases start after 2, 5 and 12 weeks and the programme ends after 26, or,
    with *reviews* (three date-times), at three review appointments where the
    clinician checks the criteria.
    The pain rule (the pain-monitoring model) is three stop rules: pain up to 5 out
    of 10 is allowed, must settle by the next morning and must not grow from week
    to week.

    >>> programme = silbernagel(start=dt.date(2027, 3, 1))
    >>> [(s.phase.name[:7], str(s.start)) for s in programme.phase_spans()]
    [('Phase 2', '2027-03-15'), ('Phase 3', '2027-04-05'), ('Phase 4', '2027-05-24')]
    >>> str(programme.prescriptions[1].dose)
    '3 x 10-15'

    Raises:
        ProgrammeError: a bad time zone, or *reviews* that are not three date-times
            in time order.

    .. versionadded:: 0.1

    """
    reps_10, reps_15, reps_20 = Dose(3, 10), Dose(3, 15), Dose(3, 20)
    phase_one = (_CIRCULATION, _TWO_LEG_FLOOR, _ONE_LEG_FLOOR, _SITTING, _ECCENTRIC_FLOOR)
    weighted = (_ONE_LEG_STEP_WEIGHTED, _ECCENTRIC_STEP_WEIGHTED)
    appointments = _reviews(reviews) if reviews else ()
    starts: list[dict[str, Any]] = (
        [{"at": a.id} for a in appointments]
        if appointments
        else [{"after_weeks": w} for w in (2, 5, 12)]
    )
    plyometric: Any = (plyometrics,) if plyometrics is not None else ()
    precautions: tuple[str, ...] = (
        "Pain up to 5 out of 10 during or after the exercises is allowed.",
        "The weeks of each phase are a guide: move on when its criteria are met, not before.",
    )
    if plyometrics is None:
        precautions += (
            "Phase 3 adds plyometric training (hops and jumps); the paper gives no sets "
            "or reps, so your physio sets them.",
        )
    return Programme(
        title="Achilles tendinopathy: Silbernagel programme",
        start=start,
        until=start + dt.timedelta(weeks=26, days=-1),
        timezone=timezone,
        stop_rules=_PAIN_MONITORING,
        precautions=precautions,
        appointments=appointments,
        prescriptions=(
            _p(_CIRCULATION, None),
            _p(_TWO_LEG_FLOOR, Dose(3, Range(10, 15))),
            *(_p(e, reps_10) for e in phase_one[2:]),
        ),
        phases=(
            Phase(
                name="Phase 2: heel raises on a step",
                **starts[0],
                drop=tuple(e.id for e in phase_one),
                criteria=(
                    "pain no longer comes with all activities, only with exercise "
                    "and heel raises (with some stiffness in the morning)",
                ),
                prescriptions=(
                    _p(_TWO_LEG_STEP, reps_15),
                    _p(_ONE_LEG_STEP, reps_10),
                    _p(_SITTING, reps_15),
                    _p(_ECCENTRIC_STEP, reps_15),
                    _p(_REBOUND, reps_20),
                ),
            ),
            Phase(
                name="Phase 3: added weight and plyometrics",
                **starts[1],
                drop=(_TWO_LEG_STEP.id, _ONE_LEG_STEP.id, _ECCENTRIC_STEP.id),
                criteria=(
                    "you tolerate the phase 2 exercises, even if there is some pain in "
                    "the morning or during or after activity",
                ),
                prescriptions=(
                    *(_p(e, reps_15, _TWO_TO_THREE_A_WEEK) for e in weighted),
                    _p(_SITTING, reps_15),
                    _p(_REBOUND, reps_20),
                    *plyometric,
                ),
            ),
            Phase(
                name="Phase 4: maintenance",
                **starts[2],
                drop=(_SITTING.id, *(p.id for p in plyometric)),
                criteria=(
                    "symptoms are minimal, morning stiffness is not every day and you "
                    "can do your sport without difficulty",
                ),
                prescriptions=(
                    *(_p(e, reps_15, _TWO_TO_THREE_A_WEEK) for e in weighted),
                    _p(_REBOUND, reps_20, _TWO_TO_THREE_A_WEEK),
                ),
            ),
        ),
    )
