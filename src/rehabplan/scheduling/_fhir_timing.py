"""
Dated occurrences of an HL7 FHIR ``Timing``: what no other Python library expands.

The Timing is read with `rehabplan.model.Timing.from_fhir` and expanded as the one
prescription of a programme, so its occurrences follow exactly the rules `expand`
applies to every programme (slot times, fixed weekdays for N times a week, the
daylight-saving gap and fold rule).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rehabplan.model import (
    DEFAULT_WEEKLY_DAYS,
    Exercise,
    Prescription,
    Programme,
    SlotTimes,
    Timing,
)
from rehabplan.scheduling._expand import DEFAULT_LIMIT, expand

__all__ = ["expand_fhir_timing"]


def expand_fhir_timing(
    timing: dict[str, Any],
    *,
    start: dt.date,
    tz: str,
    until: dt.date | None = None,
    slot_times: SlotTimes = SlotTimes(),  # noqa: B008 (a frozen value, safe to share)
    weekly_days: tuple[tuple[int, ...], ...] = DEFAULT_WEEKLY_DAYS,
    limit: int = DEFAULT_LIMIT,
) -> tuple[dt.datetime, ...]:
    """
    The start of every occurrence of a FHIR R4 *timing* in the zone *tz*, in order.

    *start* is the first day when the Timing's bounds do not give one; *until* the
    last day (inclusive) when they give no end. Named times (``when``) are placed
    at *slot_times*; N times a week (``frequency`` N per 1 ``wk``) falls on
    *weekly_days*, as in a `rehabplan.model.Programme`.

    Raises:
        ProgrammeError: the Timing says something rehabplan cannot read exactly.
        ScheduleError: no end anywhere, an event anchor ("before each run") with
            nothing to tie it to, or more than *limit* occurrences.

    >>> tid = {"code": {"coding": [{"code": "TID"}]},
    ...        "repeat": {"boundsPeriod": {"start": "2027-03-27", "end": "2027-03-28"}}}
    >>> [t.isoformat() for t in expand_fhir_timing(tid, start=dt.date(2027, 3, 1),
    ...                                            tz="Europe/London")][2:4]
    ['2027-03-27T18:00:00+00:00', '2027-03-28T08:00:00+01:00']

    .. versionadded:: 0.2

    """
    reading = Timing.from_fhir(timing)
    programme = Programme(
        title="FHIR Timing",
        start=reading.start or start,
        timezone=tz,
        until=until,
        slot_times=slot_times,
        weekly_days=weekly_days,
        prescriptions=[Prescription(exercise=Exercise(name="FHIR Timing"), timing=reading)],
    )
    return tuple(session.start for session in expand(programme, limit=limit))
