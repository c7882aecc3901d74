"""Alfredson's and Askling's protocols: exercises from the catalogue, dosed as published.

Part of `rehabplan.protocols`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rehabplan.catalogue import Catalogue, default_catalogue
from rehabplan.errors import ProgrammeError
from rehabplan.model import (
    Dose,
    Prescription,
    Programme,
    SlotTimes,
    StopRule,
    Timing,
    checked,
)

__all__ = ["alfredson", "askling"]

#: The default slot times (morning 08:00, evening 18:00, ...), as in `rehabplan.SlotTimes`.
_SLOTS = SlotTimes()
#: The Glider's dose as remembered from the paper's figure (not checked against it).
_GLIDER = Dose(3, 4)


def _weeks(weeks: int) -> int:
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= 104:
        raise ProgrammeError(
            f"must be a whole number of weeks from 1 to 104 (got {weeks!r})",
            where="weeks",
            value=weeks,
        )
    return weeks * 7


def _prescription(
    catalogue: Catalogue | None, exercise_id: str, dose: Dose, timing: Timing, *notes: str
) -> Prescription:
    """The prescription of a catalogue's exercise (the default catalogue's without one)."""
    entry = (default_catalogue() if catalogue is None else catalogue).entry(exercise_id)
    return Prescription(
        exercise=entry.exercise,
        dose=dose,
        timing=timing,
        precautions=entry.cautions,
        notes=" ".join(notes) or None,
    )


@checked()
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
    Pain during the exercises was allowed unless it became disabling (the
    programme's two stop rules), and load was added (a backpack with weights) once
    the exercises could be done without discomfort (a precaution: the paper gives no
    kilograms per step, so none is scheduled).

    ======================  ===========================  ==================
    Paper                   Exercise                     Template
    ======================  ===========================  ==================
    3 x 15, 2/day, 7/week   heel drop, knee straight     3 x 15, twice daily
    3 x 15, 2/day, 7/week   heel drop, knee bent         3 x 15, twice daily
    12 weeks                course                       *weeks* = 12
    ======================  ===========================  ==================

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
        stop_rules=(
            StopRule(what="the exercises hurt but the pain is not disabling", action="carry on"),
            StopRule(what="the pain becomes disabling", action="stop and contact your physio"),
        ),
        precautions=(
            "Lower on the injured leg only; rise again with the help of the other leg.",
            "Once the exercises cause no discomfort, add load with a backpack holding weights.",
        ),
    )


@checked()
def askling(
    start: dt.date,
    *,
    glider: Dose = _GLIDER,
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

    The Glider's 3 x 4 could not be checked against the paper's figure (the copies
    that could be read disagree), so it is a flagged default: *glider* sets it.
    The Extender's and the Diver's doses and all three frequencies were checked.

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
            glider,
            Timing(times_per_day=1, every_days=3, duration_days=days),
        ),
    )
    return Programme(
        title="Askling L-protocol",
        start=start,
        timezone=timezone,
        slot_times=slot_times,
        prescriptions=prescriptions,
        stop_rules=(StopRule(what="you feel pain: stop each repetition just before it"),),
        precautions=("Do every exercise slowly; increase speed and range only as advised.",),
    )
