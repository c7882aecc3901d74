"""
Expansion: a `Programme` becomes a `Schedule` of dated, time-zoned sessions.

>>> import datetime as dt
>>> from rehabplan import Dose, Exercise, Prescription, Programme, Timing
>>> programme = Programme(
...     title="Achilles loading", start=dt.date(2027, 3, 1), timezone="Europe/London",
...     prescriptions=[Prescription(exercise=Exercise(name="Eccentric heel drops"),
...                                 dose=Dose(3, 15),
...                                 timing=Timing(times_per_day=2, duration_days=84))])
>>> schedule = expand(programme)
>>> len(schedule)
168
>>> schedule.sessions[0].start.isoformat()
'2027-03-01T08:00:00+00:00'
>>> schedule.sessions[-1].start.isoformat()
'2027-05-23T18:00:00+01:00'
"""

from rehabplan.scheduling._expand import (
    DEFAULT_LIMIT,
    Plan,
    Series,
    expand,
    last_day,
    plan,
)
from rehabplan.scheduling._fhir_timing import expand_fhir_timing
from rehabplan.scheduling._overlaps import Overlap, overlaps
from rehabplan.scheduling._recurrence import Recurrence
from rehabplan.scheduling._weekly import weekly_load

__all__ = [
    "DEFAULT_LIMIT",
    "Overlap",
    "Plan",
    "Recurrence",
    "Series",
    "expand",
    "expand_fhir_timing",
    "last_day",
    "overlaps",
    "plan",
    "weekly_load",
]
