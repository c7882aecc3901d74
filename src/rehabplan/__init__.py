"""
rehabplan: a physiotherapist's home-exercise programme as a dated, time-zoned schedule.

>>> import rehabplan
>>> rehabplan.parse_dose("3 x 15")
Dose(sets=3, reps=15, hold=None, each_side=False, rest=None, load=None, duration=None,
    side=None)
"""

# `import rehabplan` stays cheap (benchmarks/run.py measures it): a name is imported from its
# module the first time it is used (PEP 562), so an app that only needs the model does
# not pay for the phrase grammar, the catalogue or the file loader at start-up.
from __future__ import annotations

from rehabplan import _lazy
from rehabplan._version import __version__ as __version__
from rehabplan.errors import (
    ExportError,
    PhraseError,
    ProgrammeError,
    RehabplanError,
    ScheduleError,
)

# The value `typing.TYPE_CHECKING` has at run time, without importing `typing`, which
# costs more than the rest of this module; type checkers read the block as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from rehabplan.catalogue import (
        Catalogue,
        CatalogueEntry,
        default_catalogue,
        load_catalogue,
    )
    from rehabplan.export.data import to_csv, to_json
    from rehabplan.export.fhir import to_fhir
    from rehabplan.export.ical import to_ics
    from rehabplan.export.sheet import render_sheet
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
        Race,
        Range,
        Routine,
        Schedule,
        ScheduledAppointment,
        Session,
        SlotTimes,
        Stage,
        StopRule,
        Target,
        Timing,
        Training,
        Volume,
    )
    from rehabplan.phrases import (
        parse_dose,
        parse_prescription,
        parse_progression,
        parse_timing,
        resolve_date,
    )
    from rehabplan.scheduling import expand, expand_fhir_timing, last_day

#: Each public name, and the module that defines it.
_LAZY = {
    "Activity": "rehabplan.model",
    "Anchor": "rehabplan.model",
    "Appointment": "rehabplan.model",
    "AsNeeded": "rehabplan.model",
    "Catalogue": "rehabplan.catalogue",
    "CatalogueEntry": "rehabplan.catalogue",
    "Dose": "rehabplan.model",
    "Exercise": "rehabplan.model",
    "Intervals": "rehabplan.model",
    "Load": "rehabplan.model",
    "Phase": "rehabplan.model",
    "PhaseSpan": "rehabplan.model",
    "Prescription": "rehabplan.model",
    "Programme": "rehabplan.model",
    "Progression": "rehabplan.model",
    "Race": "rehabplan.model",
    "Range": "rehabplan.model",
    "Routine": "rehabplan.model",
    "Schedule": "rehabplan.model",
    "ScheduledAppointment": "rehabplan.model",
    "Session": "rehabplan.model",
    "SlotTimes": "rehabplan.model",
    "Stage": "rehabplan.model",
    "StopRule": "rehabplan.model",
    "Target": "rehabplan.model",
    "Timing": "rehabplan.model",
    "Training": "rehabplan.model",
    "Volume": "rehabplan.model",
    "default_catalogue": "rehabplan.catalogue",
    "dump": "rehabplan.files",
    "dumps": "rehabplan.files",
    "expand": "rehabplan.scheduling",
    "expand_fhir_timing": "rehabplan.scheduling",
    "last_day": "rehabplan.scheduling",
    "load": "rehabplan.files",
    "load_catalogue": "rehabplan.catalogue",
    "loads": "rehabplan.files",
    "parse_dose": "rehabplan.phrases",
    "parse_prescription": "rehabplan.phrases",
    "parse_progression": "rehabplan.phrases._progressions",
    "parse_timing": "rehabplan.phrases",
    "render_sheet": "rehabplan.export.sheet",
    "resolve_date": "rehabplan.phrases._relative_dates",
    "to_csv": "rehabplan.export.data",
    "to_fhir": "rehabplan.export.fhir",
    "to_ics": "rehabplan.export.ical",
    "to_json": "rehabplan.export.data",
}


__getattr__, __dir__ = _lazy.lazy(globals(), _LAZY)


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
    "Race",
    "Range",
    "RehabplanError",
    "Routine",
    "Schedule",
    "ScheduleError",
    "ScheduledAppointment",
    "Session",
    "SlotTimes",
    "Stage",
    "StopRule",
    "Target",
    "Timing",
    "Training",
    "Volume",
    "default_catalogue",
    "dump",
    "dumps",
    "expand",
    "expand_fhir_timing",
    "last_day",
    "load",
    "load_catalogue",
    "loads",
    "parse_dose",
    "parse_prescription",
    "parse_progression",
    "parse_timing",
    "render_sheet",
    "resolve_date",
    "to_csv",
    "to_fhir",
    "to_ics",
    "to_json",
]
