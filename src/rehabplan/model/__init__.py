"""
The frozen values of rehabplan: what a clinician prescribes and what gets scheduled.

`Dose` and `Timing` (or `AsNeeded`) describe one prescription, and a `Progression`
how its dose grows; an `Activity` (run, walk, cycle ...) has a `Volume` or walk/run
`Intervals` that grow under a weekly cap, maybe toward a `Target`; an `Appointment`
is a review; a `Phase` changes the programme from a day on.
A `Programme` holds all of these with a start date, a time zone and slot times;
expanding it gives a `Schedule` of `Session` values, grouped into `Routine` values by
local time.

Every value is an attrs frozen, slotted class: equal by value, hashable, and changed
only by `attrs.evolve`.
`Dose` and `Timing` have a canonical ``str()`` that `rehabplan.parse_dose` and
`rehabplan.parse_timing` read back to an equal value, and a ``describe()`` for people.
"""

from rehabplan.model._activity import (
    DEFAULT_PACE,
    VOLUME_UNITS,
    Activity,
    Intervals,
    Target,
    Volume,
)
from rehabplan.model._arguments import checked
from rehabplan.model._dose import (
    MAX_BOUT,
    MAX_REPS,
    SIDES,
    SLOT_NAMES,
    WEEKDAY_CODES,
    Dose,
    Load,
    Range,
    Side,
    TimeOfDay,
    format_duration,
    format_duration_range,
    high,
    low,
    slugify,
)
from rehabplan.model._fhir_timing import (
    FHIR_EXTENSION_BASE,
    TIMING_ABBREVIATIONS,
)
from rehabplan.model._prescription import (
    Exercise,
    Prescription,
    Stage,
)
from rehabplan.model._programme import (
    Appointment,
    Phase,
    PhaseSpan,
    Programme,
)
from rehabplan.model._progression import (
    PROGRESSION_PARTS,
    Progression,
)
from rehabplan.model._rules import (
    STOP_ACTIONS,
    StopRule,
)
from rehabplan.model._schedule import (
    Routine,
    Schedule,
    ScheduledAppointment,
    Session,
)

# Expansion's constructor of sessions from values it has already checked: the scheduler
# imports it from here, and it is left out of `__all__`, the documented API, since any
# other caller should make a checked `Session`.
from rehabplan.model._schedule import checked_session as checked_session
from rehabplan.model._settings import DEFAULT_WEEKLY_DAYS, SlotTimes
from rehabplan.model._timing import (
    COUNTABLE_EVENTS,
    DAILY_EVENT_SLOTS,
    MAX_TIMES_A_DAY,
    Anchor,
    AsNeeded,
    Timing,
)
from rehabplan.model._training import (
    Race,
    Training,
)
from rehabplan.model._validators import MAX_TEXT, listed
from rehabplan.model._wallclock import (
    Shift,
    localize,
    offset_at,
    shifts,
    shifts_of_years,
    year_shifts,
)

__all__ = [
    "COUNTABLE_EVENTS",
    "DAILY_EVENT_SLOTS",
    "DEFAULT_PACE",
    "DEFAULT_WEEKLY_DAYS",
    "FHIR_EXTENSION_BASE",
    "MAX_BOUT",
    "MAX_REPS",
    "MAX_TEXT",
    "MAX_TIMES_A_DAY",
    "PROGRESSION_PARTS",
    "SIDES",
    "SLOT_NAMES",
    "STOP_ACTIONS",
    "TIMING_ABBREVIATIONS",
    "VOLUME_UNITS",
    "WEEKDAY_CODES",
    "Activity",
    "Anchor",
    "Appointment",
    "AsNeeded",
    "Dose",
    "Exercise",
    "Intervals",
    "Load",
    "Phase",
    "PhaseSpan",
    "Prescription",
    "Programme",
    "Progression",
    "Race",
    "Range",
    "Routine",
    "Schedule",
    "ScheduledAppointment",
    "Session",
    "Shift",
    "Side",
    "SlotTimes",
    "Stage",
    "StopRule",
    "Target",
    "TimeOfDay",
    "Timing",
    "Training",
    "Volume",
    "checked",
    "format_duration",
    "format_duration_range",
    "high",
    "listed",
    "localize",
    "low",
    "offset_at",
    "shifts",
    "shifts_of_years",
    "slugify",
    "year_shifts",
]
