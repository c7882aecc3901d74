"""
rehabplan: a physiotherapist's home-exercise programme as a dated, time-zoned schedule.

>>> import rehabplan
>>> rehabplan.parse_dose("3 x 15")
Dose(sets=3, reps=15, hold=None, each_side=False, rest=None, load=None, duration=None)
"""

from rehabplan._progression_phrases import parse_progression
from rehabplan._relative_dates import resolve_date
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
from rehabplan.files import dump, dumps, load, loads
from rehabplan.model import (
    Activity,
    Anchor,
    Appointment,
    AsNeeded,
    Dose,
    Exercise,
    Intervals,
    Load,
    Phase,
    PhaseSpan,
    Prescription,
    Programme,
    Progression,
    Range,
    Routine,
    Schedule,
    Session,
    SlotTimes,
    Target,
    Timing,
    Volume,
)
from rehabplan.phrases import parse_dose, parse_prescription, parse_timing
from rehabplan.scheduling import expand, last_day

__all__ = [
    "Activity",
    "Anchor",
    "Appointment",
    "AsNeeded",
    "Catalogue",
    "CatalogueEntry",
    "Dose",
    "Exercise",
    "ExportError",
    "Intervals",
    "Load",
    "Phase",
    "PhaseSpan",
    "PhraseError",
    "Prescription",
    "Programme",
    "ProgrammeError",
    "Progression",
    "Range",
    "RehabplanError",
    "Routine",
    "Schedule",
    "ScheduleError",
    "Session",
    "SlotTimes",
    "Target",
    "Timing",
    "Volume",
    "default_catalogue",
    "dump",
    "dumps",
    "expand",
    "last_day",
    "load",
    "load_catalogue",
    "loads",
    "parse_dose",
    "parse_prescription",
    "parse_progression",
    "parse_timing",
    "resolve_date",
]
