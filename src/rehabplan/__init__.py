"""
rehabplan: a physiotherapist's home-exercise programme as a dated, time-zoned schedule.

>>> import rehabplan
>>> rehabplan.parse_dose("3 x 15")
Dose(sets=3, reps=15, hold=None, each_side=False, rest=None, load=None, duration=None)
"""

from rehabplan.catalogue import (
    Catalogue,
    CatalogueEntry,
    default_catalogue,
    load_catalogue,
)
from rehabplan.errors import (
    ExportError,
    PhraseError,
    ProgrammeError,
    RehabplanError,
    ScheduleError,
)
from rehabplan.model import (
    Anchor,
    AsNeeded,
    Dose,
    Exercise,
    Load,
    Prescription,
    Programme,
    Range,
    Routine,
    Schedule,
    Session,
    SlotTimes,
    Timing,
)
from rehabplan.phrases import parse_dose, parse_prescription, parse_timing
from rehabplan.scheduling import expand

__all__ = [
    "Anchor",
    "AsNeeded",
    "Catalogue",
    "CatalogueEntry",
    "Dose",
    "Exercise",
    "ExportError",
    "Load",
    "PhraseError",
    "Prescription",
    "Programme",
    "ProgrammeError",
    "Range",
    "RehabplanError",
    "Routine",
    "Schedule",
    "ScheduleError",
    "Session",
    "SlotTimes",
    "Timing",
    "default_catalogue",
    "expand",
    "load_catalogue",
    "parse_dose",
    "parse_prescription",
    "parse_timing",
]
