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

from __future__ import annotations

import datetime as dt
import difflib
import functools
import math
import re
import unicodedata
import zoneinfo
from collections.abc import Iterable, Iterator
from typing import Any, Generic, Literal, TypeVar, cast

import attrs
from attrs import field, frozen

from rehabplan import _validators
from rehabplan._wallclock import localize
from rehabplan.errors import ProgrammeError

__all__ = [
    "DEFAULT_PACE",
    "PROGRESSION_PARTS",
    "SLOT_NAMES",
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
    "Range",
    "Routine",
    "Schedule",
    "Session",
    "SlotTimes",
    "Target",
    "TimeOfDay",
    "Timing",
    "Volume",
    "format_duration",
    "slugify",
]

T = TypeVar("T", int, dt.timedelta)

#: Named times of day, in day order (DESIGN.md).
SLOT_NAMES: tuple[str, ...] = ("morning", "noon", "afternoon", "evening", "night", "bedtime")
#: Weekday codes as RFC 5545 and the phrase corpus write them; index 0 is Monday.
WEEKDAY_CODES: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: A time of day: one of `SLOT_NAMES`, or a clock time.
TimeOfDay = str | dt.time

_MAX_HOLD = dt.timedelta(hours=2)
_MAX_BOUT = dt.timedelta(hours=12)


@frozen
class Range(Generic[T]):
    """
    An inclusive range such as "8-12 reps" or "20-30 s"; *low* is below *high*.

    >>> str(Range(8, 12))
    '8-12'
    >>> Range(2, 3).low
    2

    .. versionadded:: 0.1
    """

    low: T = field()
    high: T = field()

    @high.validator
    def _check(self, _attribute: attrs.Attribute[Any], value: T) -> None:
        if type(self.low) is not type(value) or isinstance(value, bool):
            raise ProgrammeError(
                f"both ends must be of one kind (got {self.low!r} and {value!r})", value=self
            )
        if not self.low < value:
            raise ProgrammeError(
                f"the low end must be below the high end (got {self.low} to {value})",
                value=(self.low, value),
            )

    def __str__(self) -> str:
        if isinstance(self.low, dt.timedelta) and isinstance(self.high, dt.timedelta):
            return format_duration_range(self.low, self.high)
        return f"{self.low}-{self.high}"


def _int_or_range(value: Any) -> Any:
    """Normalise ``[n, m]``/``(n, m)`` to `Range` and ``Range(n, n)`` or ``[n, n]`` to n."""
    if isinstance(value, (list, tuple)) and len(value) == 2:
        low, high = value
        return low if low == high else Range(low, high)
    return value


def _optional_int_or_range(value: Any) -> Any:
    return None if value is None else _int_or_range(value)


def low(value: int | Range[int]) -> int:
    """The low end of a count (the count itself when it is not a range)."""
    return value.low if isinstance(value, Range) else value


def high(value: int | Range[int]) -> int:
    """The high end of a count (the count itself when it is not a range)."""
    return value.high if isinstance(value, Range) else value


def format_duration(value: dt.timedelta) -> str:
    """
    Write a duration the way the phrase parser reads it back.

    >>> format_duration(dt.timedelta(seconds=30))
    '30 s'
    >>> format_duration(dt.timedelta(minutes=2))
    '2 min'
    >>> format_duration(dt.timedelta(seconds=90))
    '90 s'
    """
    seconds = int(value.total_seconds())
    if seconds % 3600 == 0 and seconds >= 3600:
        hours = seconds // 3600
        return f"{hours} hour" if hours == 1 else f"{hours} hours"
    if seconds % 60 == 0 and seconds >= 60:
        return f"{seconds // 60} min"
    return f"{seconds} s"


def format_duration_range(low_end: dt.timedelta, high_end: dt.timedelta) -> str:
    """Write "20-30 s" when both ends share a unit, else "30 s to 4 min"."""
    a, b = format_duration(low_end), format_duration(high_end)
    unit_a, unit_b = a.split(" ", 1)[1], b.split(" ", 1)[1]
    if unit_a == unit_b or (unit_a, unit_b) == ("hour", "hours"):
        return f"{a.split(' ', 1)[0]}-{b}"
    return f"{a} to {b}"


def _duration_or_range(value: Any) -> Any:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        a, b = value
        return a if a == b else Range(a, b)
    return value


def _time_text(value: dt.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def slugify(text: str) -> str:
    """
    Make an id from a name: lower case ASCII letters, digits and hyphens.

    >>> slugify("Calf stretch (straight knee)")
    'calf-stretch-straight-knee'
    >>> slugify("Étirement du mollet")
    'etirement-du-mollet'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or "item"


# --------------------------------------------------------------------------- dose


def _float(value: Any) -> float:
    # A Python function, not the builtin `float`: attrs reads a converter's signature,
    # and a builtin's is parsed by `tokenize`, whose regexes cost ~7 ms at import.
    return float(value)


@frozen
class Load:
    """
    An external load, such as 5 kg or a red band.

    >>> str(Load(5, "kg"))
    '5 kg'
    >>> str(Load(2.5, "kg"))
    '2.5 kg'

    .. versionadded:: 0.1
    """

    amount: float = field(converter=_float)
    unit: str = field(validator=_validators.not_blank)

    @amount.validator
    def _check_amount(self, attribute: attrs.Attribute[Any], value: float) -> None:
        if not math.isfinite(value) or value <= 0 or value > 10_000:
            raise ProgrammeError(
                f"must be above 0 and at most 10000 (got {value})",
                where=attribute.name,
                value=value,
            )

    def __str__(self) -> str:
        amount = int(self.amount) if self.amount.is_integer() else self.amount
        return f"{amount} {self.unit}"


@frozen
class Dose:
    """
    How much of an exercise one session holds.

    *sets* of *reps* repetitions, where each repetition may be a static *hold*;
    *each_side* means every set is done on both sides.
    *rest* is the rest between sets, *load* an external load and *duration* a timed
    bout ("walk 20 min") for work that is not counted in repetitions.

    >>> str(Dose(3, 15))
    '3 x 15'
    >>> str(Dose(1, 3, hold=dt.timedelta(seconds=30), each_side=True))
    '3 x 30 s hold each side'
    >>> Dose(3, 15).describe()
    '3 sets of 15 reps'

    .. versionadded:: 0.1
    """

    sets: int | Range[int] = field(
        default=1, converter=_int_or_range, validator=_validators.between(1, 100)
    )
    reps: int | Range[int] | None = field(
        default=None,
        converter=_optional_int_or_range,
        validator=attrs.validators.optional(_validators.between(1, 1000)),
    )
    hold: dt.timedelta | Range[dt.timedelta] | None = field(
        default=None,
        converter=_duration_or_range,
        validator=_validators.positive_duration(_MAX_HOLD),
    )
    each_side: bool = False
    rest: dt.timedelta | None = field(
        default=None, kw_only=True, validator=_validators.positive_duration(_MAX_HOLD)
    )
    load: Load | None = field(default=None, kw_only=True)
    duration: dt.timedelta | Range[dt.timedelta] | None = field(
        default=None,
        kw_only=True,
        converter=_duration_or_range,
        validator=_validators.positive_duration(_MAX_BOUT),
    )

    def __str__(self) -> str:
        parts: list[str] = []
        sets, reps, hold = self.sets, self.reps, self.hold
        if reps is not None and hold is not None:
            core = f"{reps} x {_hold_text(hold)} hold"
            parts.append(core if sets == 1 else f"{sets} sets of {core}")
        elif reps is not None:
            parts.append(f"{reps} reps" if sets == 1 else f"{sets} x {reps}")
        elif hold is not None:
            parts.append(
                f"hold {_hold_text(hold)}"
                if sets == 1
                else f"{sets} sets of {_hold_text(hold)} hold"
            )
        elif self.duration is None or sets != 1:
            parts.append("1 set" if sets == 1 else f"{sets} sets")
        if self.duration is not None:
            parts.append("for " + _hold_text(self.duration))
        if self.each_side:
            parts.append("each side")
        text = " ".join(parts)
        if self.load is not None:
            text += f" at {self.load}"
        if self.rest is not None:
            text += f", rest {format_duration(self.rest)} between sets"
        return text

    def describe(self) -> str:
        """
        Say the dose in words for a patient.

        >>> Dose(1, 3, hold=dt.timedelta(seconds=30), each_side=True).describe()
        '3 holds of 30 seconds, each side'
        >>> Dose(2, Range(8, 12), load=Load(5, "kg")).describe()
        '2 sets of 8 to 12 reps with 5 kg'
        """
        sets, reps, hold = self.sets, self.reps, self.hold
        words: list[str] = []
        if sets != 1 or (reps is None and hold is None and self.duration is None):
            words.append(_plural(sets, "set"))
        if reps is not None and hold is not None:
            words.append(_plural(reps, "hold") + " of " + _spoken_duration(hold))
        elif reps is not None:
            words.append(_plural(reps, "rep"))
        elif hold is not None:
            words.append("a hold of " + _spoken_duration(hold))
        if self.duration is not None:
            words.append(_spoken_duration(self.duration))
        text = " of ".join(words[:2]) if len(words) >= 2 and sets != 1 else ", ".join(words)
        if len(words) > 2:
            text += ", " + ", ".join(words[2:])
        if self.load is not None:
            text += f" with {self.load}"
        if self.each_side:
            text += ", each side"
        if self.rest is not None:
            text += f"; rest {_spoken_duration(self.rest)} between sets"
        return text

    def symbolic(self) -> str:
        """
        The dose as printed on a card or in a calendar title, with a real times sign.

        >>> Dose(1, 3, hold=dt.timedelta(seconds=30), each_side=True).symbolic()
        '3 × 30 s each side'
        >>> Dose(3, 15).symbolic()
        '3 × 15'
        """
        sets, reps, hold = self.sets, self.reps, self.hold
        if reps is not None and hold is not None:
            core = f"{reps} × {_hold_text(hold)}"
            if sets != 1:
                core = f"{sets} sets of {core}"
        elif reps is not None:
            core = f"{reps} reps" if sets == 1 else f"{sets} × {reps}"
        elif hold is not None:
            core = _hold_text(hold) if sets == 1 else f"{sets} × {_hold_text(hold)}"
        elif self.duration is not None:
            core = _hold_text(self.duration)
        else:
            core = _plural(sets, "set")
        if self.duration is not None and (reps is not None or hold is not None):
            core += f", {_hold_text(self.duration)}"
        if self.load is not None:
            core += f" @ {self.load}"
        if self.each_side:
            core += " each side"
        return core

    def estimated_duration(self) -> dt.timedelta:
        """
        How long one session of this dose takes, for calendar events.

        Each repetition takes its hold, or 3 s when it has none; both sides double the
        work; sets are separated by their rest (30 s unless given).
        A timed bout counts in full. Ranges count at their high end.
        The result is rounded up to whole 5 minutes, at least 5 minutes.

        >>> Dose(3, 15).estimated_duration()
        datetime.timedelta(seconds=300)
        >>> Dose(3, 10, hold=dt.timedelta(seconds=30), each_side=True).estimated_duration()
        datetime.timedelta(seconds=2100)
        """
        sets = high(self.sets)
        per_rep = _high_duration(self.hold) if self.hold is not None else dt.timedelta(seconds=3)
        reps = high(self.reps) if self.reps is not None else (1 if self.hold is not None else 0)
        work = per_rep * reps * sets * (2 if self.each_side else 1)
        rest = (self.rest or dt.timedelta(seconds=30)) * (sets - 1) if reps else dt.timedelta(0)
        total = work + rest
        if self.duration is not None:
            total += _high_duration(self.duration) * (2 if self.each_side and not reps else 1)
        five = dt.timedelta(minutes=5)
        return max(five, five * math.ceil(total / five))


def _high_duration(value: dt.timedelta | Range[dt.timedelta]) -> dt.timedelta:
    return value.high if isinstance(value, Range) else value


def _hold_text(value: dt.timedelta | Range[dt.timedelta]) -> str:
    return str(value) if isinstance(value, Range) else format_duration(value)


def _plural(count: int | Range[int], noun: str) -> str:
    if isinstance(count, Range):
        return f"{count.low} to {count.high} {noun}s"
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _spoken_duration(value: dt.timedelta | Range[dt.timedelta]) -> str:
    if isinstance(value, Range):
        a, b = _spoken_duration(value.low), _spoken_duration(value.high)
        unit_a, unit_b = a.split(" ", 1)[1], b.split(" ", 1)[1]
        if unit_a.rstrip("s") == unit_b.rstrip("s"):
            return f"{a.split(' ', 1)[0]} to {b}"
        return f"{a} to {b}"
    seconds = int(value.total_seconds())
    if seconds % 3600 == 0:
        return _plural(seconds // 3600, "hour")
    if seconds % 60 == 0:
        return _plural(seconds // 60, "minute")
    return _plural(seconds, "second")


# --------------------------------------------------------------------------- timing


@frozen
class Anchor:
    """
    An event a session is tied to: "before each run", "after exercise", "when sitting down".

    *relation* is one of "before", "after", "before and after" or "when"; *event* a
    short normal form of the event ("run", "exercise", "dinner", "sitting down").

    >>> str(Anchor("before", "run"))
    'before each run'
    >>> str(Anchor("before", "dinner"))
    'before dinner'

    .. versionadded:: 0.1
    """

    relation: Literal["before", "after", "before and after", "when"] = field(
        validator=attrs.validators.in_(("before", "after", "before and after", "when"))
    )
    event: str = field(validator=_validators.not_blank)

    def __str__(self) -> str:
        if self.relation != "when" and self.event in COUNTABLE_EVENTS:
            return f"{self.relation} each {self.event}"
        return f"{self.relation} {self.event}"

    @property
    def normal_form(self) -> str:
        """The corpus normal form, such as ``before exercise`` or ``after run``."""
        return f"{self.relation} {self.event}"


#: Events said with "each" ("before each run"): the ones that happen as sessions.
COUNTABLE_EVENTS = frozenset(
    {"run", "walk", "exercise", "session", "training", "swim", "ride", "workout", "match", "game"}
)


def _times_of_day(value: Any) -> tuple[TimeOfDay, ...]:
    """Sort times of day: named slots in day order, then clock times; drop repeats."""
    items = tuple(value)
    for item in items:
        if isinstance(item, str) and item not in SLOT_NAMES:
            raise ProgrammeError(
                f"unknown time of day {item!r}; use one of {', '.join(SLOT_NAMES)} or a clock time",
                where="times_of_day",
                value=item,
            )
        if not isinstance(item, (str, dt.time)):
            raise ProgrammeError(
                f"must be a time of day or a clock time (got {item!r})",
                where="times_of_day",
                value=item,
            )
    named = sorted({i for i in items if isinstance(i, str)}, key=SLOT_NAMES.index)
    clock = sorted({i.replace(second=0, microsecond=0) for i in items if isinstance(i, dt.time)})
    return (*named, *clock)


def _weekdays(value: Any) -> tuple[int, ...]:
    days: set[int] = set()
    for item in value:
        if isinstance(item, str) and item.upper() in WEEKDAY_CODES:
            days.add(WEEKDAY_CODES.index(item.upper()))
        elif isinstance(item, int) and not isinstance(item, bool) and 0 <= item <= 6:
            days.add(item)
        else:
            raise ProgrammeError(
                f"must be weekday numbers 0-6 (Monday is 0) or codes MO..SU (got {item!r})",
                where="weekdays",
                value=item,
            )
    return tuple(sorted(days))


@frozen(kw_only=True)
class Timing:
    """
    When a prescription is done: how often in a day, on which days, from when and how long.

    Within a day: *times_per_day* (a count or a `Range`), *times_of_day* (named slots or
    clock times), or *every_hours* (an interval; *round_the_clock* when it runs through
    the night).
    Across days: every day by default, *every_days* (2 = every other day),
    *times_per_week* (on the programme's fixed weekdays) or named *weekdays*
    (0 = Monday).
    Bounds: *start* (default: the programme's start), then *duration_days* or *until*
    (inclusive).
    *anchor*: tied to an event such as a run.

    >>> str(Timing(times_per_day=2, duration_days=14))
    'twice daily for 2 weeks'
    >>> str(Timing(weekdays=(0, 2, 4), times_of_day=("morning",)))
    'in the morning on Mon, Wed and Fri'
    >>> Timing(every_days=2).describe()
    'every other day'

    .. versionadded:: 0.1
    """

    times_per_day: int | Range[int] | None = field(
        default=None,
        converter=_optional_int_or_range,
        validator=attrs.validators.optional(_validators.between(1, 96)),
    )
    times_of_day: tuple[TimeOfDay, ...] = field(default=(), converter=_times_of_day)
    every_hours: int | Range[int] | None = field(
        default=None,
        converter=_optional_int_or_range,
        validator=attrs.validators.optional(_validators.between(1, 23)),
    )
    round_the_clock: bool = False
    every_days: int | None = field(
        default=None, validator=attrs.validators.optional(_validators.between(2, 366))
    )
    times_per_week: int | Range[int] | None = field(
        default=None,
        converter=_optional_int_or_range,
        validator=attrs.validators.optional(_validators.between(1, 7)),
    )
    weekdays: tuple[int, ...] = field(default=(), converter=_weekdays)
    start: dt.date | None = field(default=None, validator=_validators.calendar_date(optional=True))
    duration_days: int | None = field(
        default=None, validator=attrs.validators.optional(_validators.between(1, 36600))
    )
    until: dt.date | None = field(default=None, validator=_validators.calendar_date(optional=True))
    anchor: Anchor | None = field(default=None)

    @anchor.validator
    def _check(self, _attribute: attrs.Attribute[Any], _value: Any) -> None:
        if self.every_hours is not None and self.times_per_day is not None:
            raise ProgrammeError(
                "give either times_per_day or every_hours, not both", where="every_hours"
            )
        if self.round_the_clock and self.every_hours is None:
            raise ProgrammeError(
                "round_the_clock needs every_hours ('every 4 hours round the clock')",
                where="round_the_clock",
            )
        if self.every_hours is not None and self.times_of_day:
            raise ProgrammeError(
                "give either times_of_day or every_hours, not both", where="times_of_day"
            )
        if self.duration_days is not None and self.until is not None:
            raise ProgrammeError(
                "give either duration_days or until, not both", where="until", value=self.until
            )
        if self.start is not None and self.until is not None and self.until < self.start:
            raise ProgrammeError(
                f"must not be before start {self.start} (got {self.until})",
                where="until",
                value=self.until,
            )
        if self.every_days is not None and self.weekdays:
            raise ProgrammeError(
                "give either every_days or named weekdays, not both",
                where="every_days",
                value=self.every_days,
            )

    @property
    def per_day(self) -> int | Range[int] | None:
        """
        Sessions a day as stated: *times_per_day*, else the number of *times_of_day*,
        else 24 / *every_hours* (the FHIR and medication convention).

        >>> Timing(every_hours=8).per_day
        3
        >>> Timing(times_of_day=("morning", "night")).per_day
        2
        """
        if self.times_per_day is not None:
            return self.times_per_day
        if self.times_of_day:
            return len(self.times_of_day)
        if self.every_hours is not None:
            if isinstance(self.every_hours, Range):
                pair = (24 // self.every_hours.high, 24 // self.every_hours.low)
                return pair[0] if pair[0] == pair[1] else Range(*pair)
            return max(1, 24 // self.every_hours)
        return None

    @property
    def end(self) -> dt.date | None:
        """The last day (inclusive) when it is known from the timing alone."""
        if self.until is not None:
            return self.until
        if self.duration_days is not None and self.start is not None:
            return self.start + dt.timedelta(days=self.duration_days - 1)
        return None

    def __str__(self) -> str:
        parts: list[str] = []
        if self.times_per_day is not None:
            parts.append(_per_day_text(self.times_per_day))
        if self.every_hours is not None:
            parts.append(f"every {self.every_hours} hours")
            if self.round_the_clock:
                parts.append("round the clock")
        if self.times_of_day:
            parts.append(_times_of_day_text(self.times_of_day))
        if self.every_days is not None:
            parts.append(
                "every other day" if self.every_days == 2 else f"every {self.every_days} days"
            )
        if self.times_per_week is not None:
            parts.append(_per_week_text(self.times_per_week))
        if self.weekdays:
            parts.append("on " + _join([_WEEKDAY_NAMES[d] for d in self.weekdays]))
        if not parts and self.anchor is None:
            parts.append("daily")
        if self.anchor is not None:
            parts.append(str(self.anchor))
        if self.start is not None:
            parts.append(f"from {self.start.isoformat()}")
        if self.duration_days is not None:
            parts.append("for " + _days_text(self.duration_days))
        if self.until is not None:
            parts.append(f"until {self.until.isoformat()}")
        return " ".join(parts)

    def describe(self) -> str:
        """
        Say how often in words for a patient.

        >>> Timing(times_per_day=2, duration_days=14).describe()
        'twice a day for 2 weeks'
        >>> Timing(times_per_week=3).describe()
        '3 times a week'
        """
        text = re.sub(r"\b(once|twice|times) daily\b", r"\1 a day", str(self))
        return re.sub(r"^daily\b", "every day", text)


def _per_day_text(count: int | Range[int]) -> str:
    if count == 1:
        return "once daily"
    if count == 2:
        return "twice daily"
    return f"{count} times daily"


def _per_week_text(count: int | Range[int]) -> str:
    if count == 1:
        return "once a week"
    if count == 2:
        return "twice a week"
    return f"{count} times a week"


def _days_text(days: int) -> str:
    if days % 7 == 0:
        weeks = days // 7
        return "1 week" if weeks == 1 else f"{weeks} weeks"
    return "1 day" if days == 1 else f"{days} days"


def _times_of_day_text(times: tuple[TimeOfDay, ...]) -> str:
    named = [t for t in times if isinstance(t, str)]
    clock = [_time_text(t) for t in times if isinstance(t, dt.time)]
    words: list[str] = []
    if named:
        only = named[0] if len(named) == 1 else None
        words.append(
            f"at {only}" if only in {"noon", "night", "bedtime"} else "in the " + _join(named)
        )
    if clock:
        words.append("at " + _join(clock))
    return " and ".join(words)


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


@frozen(kw_only=True)
class AsNeeded:
    """
    A prescription done when needed (PRN): listed on the sheet, never in the calendar.

    *limit* is how often at most ("every 4 hours as needed"); *condition* when it is
    wanted ("when the calf tightens").

    >>> str(AsNeeded())
    'as needed'
    >>> str(AsNeeded(limit=Timing(every_hours=4)))
    'every 4 hours as needed'

    .. versionadded:: 0.1
    """

    limit: Timing | None = None
    condition: str | None = None

    def __str__(self) -> str:
        text = "as needed" if self.limit is None else f"{self.limit} as needed"
        if self.condition:
            text += f" {self.condition}"
        return text

    def describe(self) -> str:
        """
        Say it in words for a patient.

        >>> AsNeeded(limit=Timing(times_per_day=3)).describe()
        'when needed, at most 3 times a day'
        """
        if self.limit is None:
            text = "when needed"
        else:
            text = "when needed, at most " + self.limit.describe()
        if self.condition:
            text += f" ({self.condition})"
        return text


# --------------------------------------------------------------------------- progression

#: What a progression changes in a dose.
PROGRESSION_PARTS: tuple[str, ...] = ("reps", "sets", "hold", "duration", "load")


@frozen(kw_only=True)
class Progression:
    """
    A dose that grows on a schedule: *step* more every *every_weeks* weeks, up to *ceiling*.

    *part* is one of `PROGRESSION_PARTS`: ``reps`` and ``sets`` step by whole numbers,
    ``hold`` and ``duration`` by a `datetime.timedelta`, ``load`` by an amount in the
    dose's load *unit* (such as 2.5 kg).
    Weeks count from the first day of the prescription (or of the phase that added it).

    >>> p = Progression(part="reps", step=2, ceiling=20)
    >>> str(p)
    '+2 reps each week up to 20'
    >>> p.apply(Dose(3, 12), weeks=3)
    Dose(sets=3, reps=18, hold=None, each_side=False, rest=None, load=None, duration=None)
    >>> p.apply(Dose(3, 12), weeks=10).reps
    20
    >>> str(Progression(part="hold", step=dt.timedelta(seconds=5),
    ...                 ceiling=dt.timedelta(seconds=45)))
    'hold +5 s each week up to 45 s'

    .. versionadded:: 0.1
    """

    part: str = field(validator=attrs.validators.in_(PROGRESSION_PARTS))
    step: int | float | dt.timedelta = field()
    ceiling: int | float | dt.timedelta = field()
    every_weeks: int = field(default=1, validator=_validators.between(1, 52))
    unit: str | None = field(default=None)

    @unit.validator
    def _check(self, _attribute: attrs.Attribute[Any], _value: Any) -> None:
        kind: type | tuple[type, ...]
        if self.part in ("reps", "sets"):
            kind = int
        elif self.part in ("hold", "duration"):
            kind = dt.timedelta
        else:
            kind = (int, float)
        for name in ("step", "ceiling"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, kind):
                wanted = {int: "a whole number", dt.timedelta: "a duration"}.get(
                    kind if isinstance(kind, type) else float, "a number"
                )
                raise ProgrammeError(
                    f"must be {wanted} for a {self.part} progression (got {value!r})",
                    where=name,
                    value=value,
                )
            zero: Any = dt.timedelta(0) if kind is dt.timedelta else 0
            if not value > zero or (isinstance(value, float) and not math.isfinite(value)):
                raise ProgrammeError(f"must be above zero (got {value})", where=name, value=value)
        if self.part == "load" and not self.unit:
            raise ProgrammeError("a load progression needs its unit, such as 'kg'", where="unit")
        if self.part != "load" and self.unit is not None:
            raise ProgrammeError(
                f"only a load progression has a unit (got {self.unit!r})", where="unit"
            )
        if self.part == "sets" and self.ceiling > 100:  # type: ignore[operator]
            raise ProgrammeError(f"must be at most 100 (got {self.ceiling})", where="ceiling")
        if self.part == "reps" and self.ceiling > 1000:  # type: ignore[operator]
            raise ProgrammeError(f"must be at most 1000 (got {self.ceiling})", where="ceiling")
        if self.part == "hold" and self.ceiling > _MAX_HOLD:  # type: ignore[operator]
            raise ProgrammeError(f"must be at most 2 hours (got {self.ceiling})", where="ceiling")
        if self.part == "duration" and self.ceiling > _MAX_BOUT:  # type: ignore[operator]
            raise ProgrammeError(f"must be at most 24 hours (got {self.ceiling})", where="ceiling")

    def __str__(self) -> str:
        cadence = "each week" if self.every_weeks == 1 else f"every {self.every_weeks} weeks"
        if self.part in ("reps", "sets"):
            noun = self.part if self.step != 1 else self.part[:-1]
            return f"+{self.step} {noun} {cadence} up to {self.ceiling}"
        if self.part == "load":
            return (
                f"load +{_number(self.step)} {self.unit} {cadence} "
                f"up to {_number(self.ceiling)} {self.unit}"
            )
        assert isinstance(self.step, dt.timedelta)
        assert isinstance(self.ceiling, dt.timedelta)
        return (
            f"{self.part} +{format_duration(self.step)} {cadence} "
            f"up to {format_duration(self.ceiling)}"
        )

    def base(self, dose: Dose) -> int | float | dt.timedelta | None:
        """The value this progression starts from in *dose*, or None when the dose lacks it."""
        if self.part == "load":
            return dose.load.amount if dose.load is not None else None
        value = getattr(dose, self.part)
        if isinstance(value, Range):
            return None
        return cast("int | dt.timedelta | None", value)

    def check(self, dose: Dose | None) -> None:
        """
        Raise `ProgrammeError` unless *dose* can carry this progression.

        The dose must have the part that grows, as a single value (not a range), no
        larger than the ceiling; a load progression must share the dose's unit.
        """
        if dose is None:
            raise ProgrammeError("a progression needs a dose to grow", where="progression")
        start = self.base(dose)
        if start is None:
            raise ProgrammeError(
                f"grows {self.part}, but the dose {str(dose)!r} has no single {self.part}",
                where="progression",
            )
        if self.part == "load" and dose.load is not None and dose.load.unit != self.unit:
            raise ProgrammeError(
                f"steps in {self.unit}, but the dose's load is in {dose.load.unit}",
                where="progression.unit",
            )
        if start > self.ceiling:  # type: ignore[operator]
            raise ProgrammeError(
                f"the dose starts at {_value_text(start)}, above the ceiling "
                f"{_value_text(self.ceiling)}",
                where="progression.ceiling",
            )

    def value(self, dose: Dose, *, weeks: int) -> int | float | dt.timedelta:
        """The progressed value after *weeks* whole weeks, never past the ceiling."""
        start = self.base(dose)
        assert start is not None
        steps = max(0, weeks) // self.every_weeks
        grown = start + self.step * steps  # type: ignore[operator]
        return min(grown, self.ceiling) if start <= self.ceiling else start  # type: ignore[operator]

    def apply(self, dose: Dose, *, weeks: int) -> Dose:
        """*dose* as it is after *weeks* whole weeks of this progression."""
        value = self.value(dose, weeks=weeks)
        if self.part == "load":
            assert dose.load is not None
            return attrs.evolve(dose, load=Load(float(value), dose.load.unit))  # type: ignore[arg-type]
        changes: dict[str, Any] = {self.part: value}
        return attrs.evolve(dose, **changes)


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _value_text(value: Any) -> str:
    return format_duration(value) if isinstance(value, dt.timedelta) else _number(value)


# --------------------------------------------------------------------------- programme


def _text_tuple(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@frozen(kw_only=True)
class Exercise:
    """
    An exercise: its name and what a patient needs to do it.

    >>> Exercise(name="Calf stretch").id
    'calf-stretch'

    .. versionadded:: 0.1
    """

    name: str = field(validator=_validators.not_blank)
    id: str = field(default=attrs.Factory(lambda self: slugify(self.name), takes_self=True))
    category: str | None = None
    region: str | None = None
    equipment: tuple[str, ...] = field(default=(), converter=_text_tuple)
    instructions: tuple[str, ...] = field(default=(), converter=_text_tuple)


@frozen(kw_only=True)
class Prescription:
    """
    One exercise with its dose and its timing.

    >>> p = Prescription(exercise=Exercise(name="Heel drops"), dose=Dose(3, 15),
    ...                  timing=Timing(times_per_day=2))
    >>> p.id, p.name
    ('heel-drops', 'Heel drops')

    .. versionadded:: 0.1
    """

    exercise: Exercise
    timing: Timing | AsNeeded
    dose: Dose | None = None
    id: str = field(default=attrs.Factory(lambda self: self.exercise.id, takes_self=True))
    precautions: tuple[str, ...] = field(default=(), converter=_text_tuple)
    notes: str | None = None
    progression: Progression | None = field(default=None)

    @progression.validator
    def _check_progression(self, _attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            if self.as_needed:
                raise ProgrammeError(
                    "an as-needed prescription cannot progress; schedule it", where="progression"
                )
            value.check(self.dose)

    def dose_on(self, day: dt.date, first: dt.date) -> Dose | None:
        """
        The dose on *day* when the prescription started on *first*: progressed by whole weeks.

        >>> p = Prescription(exercise=Exercise(name="Bridge"), dose=Dose(3, 12),
        ...                  timing=Timing(every_days=2),
        ...                  progression=Progression(part="reps", step=2, ceiling=20))
        >>> str(p.dose_on(dt.date(2027, 3, 15), dt.date(2027, 3, 1)))
        '3 x 16'
        """
        if self.progression is None or self.dose is None:
            return self.dose
        return self.progression.apply(self.dose, weeks=(day - first).days // 7)

    @property
    def name(self) -> str:
        """The exercise's name."""
        return self.exercise.name

    @property
    def as_needed(self) -> bool:
        """True for as-needed (PRN) prescriptions, which are never scheduled."""
        return isinstance(self.timing, AsNeeded)


def _prescriptions(value: Iterable[Prescription]) -> tuple[Prescription, ...]:
    return tuple(value)


def _activities(value: Iterable[Activity]) -> tuple[Activity, ...]:
    return tuple(value)


def _appointments(value: Iterable[Appointment]) -> tuple[Appointment, ...]:
    return tuple(value)


def _phases(value: Iterable[Phase]) -> tuple[Phase, ...]:
    return tuple(value)


# --------------------------------------------------------------------------- activities

#: Units of activity volume: distance in kilometres or miles, or time in minutes.
VOLUME_UNITS: tuple[str, ...] = ("km", "mi", "min")

#: Default time per kilometre of each kind of activity, for calendar events.
DEFAULT_PACE: dict[str, dt.timedelta] = {
    "run": dt.timedelta(minutes=6),
    "walk": dt.timedelta(minutes=12),
    "hike": dt.timedelta(minutes=15),
    "cycle": dt.timedelta(minutes=3),
    "ride": dt.timedelta(minutes=3),
    "swim": dt.timedelta(minutes=25),
    "row": dt.timedelta(minutes=5),
}
_MILE_KM = 1.609344


@frozen
class Volume:
    """
    How much of an activity: a distance in km or miles, or a time in minutes.

    >>> str(Volume(3, "km")), str(Volume(2.5, "mi")), str(Volume(30, "min"))
    ('3 km', '2.5 mi', '30 min')

    .. versionadded:: 0.1
    """

    amount: float = field(converter=float)
    unit: str = field(default="km", validator=attrs.validators.in_(VOLUME_UNITS))

    @amount.validator
    def _check_amount(self, attribute: attrs.Attribute[Any], value: float) -> None:
        if not math.isfinite(value) or value <= 0 or value > 100_000:
            raise ProgrammeError(
                f"must be above 0 and at most 100000 (got {value})",
                where=attribute.name,
                value=value,
            )

    def __str__(self) -> str:
        return f"{_number(self.amount)} {self.unit}"


@frozen(kw_only=True)
class Intervals:
    """
    A walk/run interval session: *repeats* times run for *run*, then walk for *walk*.

    >>> plan = Intervals(run=dt.timedelta(minutes=1), walk=dt.timedelta(minutes=2), repeats=8)
    >>> str(plan)
    'run 1 min, walk 2 min, 8 times'
    >>> plan.total
    datetime.timedelta(seconds=1440)

    .. versionadded:: 0.1
    """

    run: dt.timedelta = field(validator=_validators.positive_duration(_MAX_BOUT))
    walk: dt.timedelta = field(validator=_validators.positive_duration(_MAX_BOUT))
    repeats: int = field(validator=_validators.between(1, 100))

    @property
    def total(self) -> dt.timedelta:
        """The length of the whole session."""
        return (self.run + self.walk) * self.repeats

    def __str__(self) -> str:
        return (
            f"run {format_duration(self.run)}, walk {format_duration(self.walk)}, "
            f"{self.repeats} times"
        )


@frozen(kw_only=True)
class Target:
    """
    A goal an activity builds to: a *volume* (such as a marathon's 42.2 km) on a *date*.

    >>> str(Target(date=dt.date(2027, 10, 3), volume=Volume(42.2, "km"), name="Marathon"))
    'Marathon: 42.2 km on 2027-10-03'

    .. versionadded:: 0.1
    """

    date: dt.date = field(validator=_validators.calendar_date())
    volume: Volume
    name: str | None = None

    def __str__(self) -> str:
        text = f"{self.volume} on {self.date.isoformat()}"
        return f"{self.name}: {text}" if self.name else text


def _check_fraction(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ProgrammeError(
            f"must be a fraction from 0 to 1, such as 0.1 for 10 % (got {value!r})",
            where=attribute.name,
            value=value,
        )


@frozen(kw_only=True)
class Activity:
    """
    A sport or cardio activity (run, walk, cycle, swim ...) done on a schedule.

    *kind* names the activity; anchors use it ("before each run" ties to the activity
    whose kind or id is ``run``).
    *timing* says on which days (named weekdays, N times a week, every other day) and
    at what time (default: the afternoon slot).
    Each session has a *volume* (the first week's), or is a walk/run *intervals* plan.
    The volume grows by *weekly_increase* a week (0 = stays the same), never more than
    *weekly_cap* (10 % by default) above the week before, and stops at *ceiling*.
    With a *target*, the plan is built back from it: it grows, within the cap, so
    that its sessions reach the target's volume in the target's week, and ends on
    the target's date.

    >>> run = Activity(kind="run", timing=Timing(weekdays=(1, 3, 6)), volume=Volume(3, "km"),
    ...                weekly_increase=0.1)
    >>> run.id, run.name, str(run.volume)
    ('run', 'Run', '3 km')

    .. versionadded:: 0.1
    """

    kind: str = field(validator=_validators.not_blank)
    timing: Timing
    volume: Volume | None = None
    intervals: Intervals | None = None
    name: str = field(default=attrs.Factory(lambda self: self.kind.capitalize(), takes_self=True))
    id: str = field(default=attrs.Factory(lambda self: slugify(self.name), takes_self=True))
    weekly_increase: float = field(default=0.0, validator=_check_fraction)
    weekly_cap: float = field(default=0.1, validator=_check_fraction)
    ceiling: Volume | None = None
    target: Target | None = None
    pace: dt.timedelta | None = field(
        default=None, validator=_validators.positive_duration(dt.timedelta(hours=2))
    )
    precautions: tuple[str, ...] = field(default=(), converter=_text_tuple)
    notes: str | None = field(default=None)

    @notes.validator
    def _check(self, _attribute: attrs.Attribute[Any], _value: Any) -> None:
        if not isinstance(self.timing, Timing):
            raise ProgrammeError(f"must be a schedule of days, not {self.timing}", where="timing")
        if self.timing.anchor is not None:
            raise ProgrammeError("an activity cannot be anchored to another", where="timing")
        if (self.volume is None) == (self.intervals is None):
            raise ProgrammeError(
                "give either a volume (such as 3 km or 30 min) or walk/run intervals",
                where="volume",
            )
        if (
            self.ceiling is not None
            and self.volume is not None
            and self.ceiling.unit == self.volume.unit
            and self.ceiling.amount < self.volume.amount
        ):
            raise ProgrammeError(
                f"{self.ceiling} is below the starting volume {self.volume}", where="ceiling"
            )
        if self.weekly_increase > self.weekly_cap:
            raise ProgrammeError(
                f"grows {self.weekly_increase:.0%} a week, above its cap of "
                f"{self.weekly_cap:.0%}; lower it or raise weekly_cap",
                where="weekly_increase",
                value=self.weekly_increase,
            )
        for name in ("ceiling", "target"):
            other = getattr(self, name)
            if other is None:
                continue
            unit = other.unit if isinstance(other, Volume) else other.volume.unit
            if self.volume is None:
                raise ProgrammeError("needs a volume to grow from", where=name)
            if unit != self.volume.unit:
                raise ProgrammeError(
                    f"is in {unit} but the volume is in {self.volume.unit}; use one unit",
                    where=name,
                )

    @property
    def as_needed(self) -> bool:
        """Always False: activities are scheduled."""
        return False

    def session_length(self, volume: Volume | None) -> dt.timedelta:
        """
        How long one session takes: its time, or its distance at the activity's pace.

        >>> Activity(kind="run", timing=Timing(), volume=Volume(5, "km")).session_length(
        ...     Volume(5, "km"))
        datetime.timedelta(seconds=1800)
        """
        if self.intervals is not None:
            return self.intervals.total
        assert volume is not None
        if volume.unit == "min":
            minutes = volume.amount
        else:
            pace = self.pace or DEFAULT_PACE.get(self.kind, dt.timedelta(minutes=10))
            km = volume.amount * (_MILE_KM if volume.unit == "mi" else 1)
            minutes = km * pace.total_seconds() / 60
        five = 5
        return dt.timedelta(minutes=max(five, five * math.ceil(minutes / five - 1e-9)))

    def as_prescription(self, volume: Volume | None = None) -> Prescription:
        """
        The activity as a `Prescription`, so exporters that list prescriptions show it.

        Its id is the activity's id, its exercise the activity's name (category
        ``activity``), its dose one timed bout of the session's length and its notes
        the plan (`describe_plan`) before the activity's own notes.
        """
        length = self.session_length(volume or self.volume)
        notes = self.describe_plan() + (f". {self.notes}" if self.notes else "")
        return Prescription(
            exercise=Exercise(name=self.name, id=self.id, category="activity"),
            timing=self.timing,
            dose=Dose(1, duration=length),
            id=self.id,
            precautions=self.precautions,
            notes=notes,
        )

    def describe_plan(self) -> str:
        """
        Say the volume plan in words for a patient.

        >>> Activity(kind="run", timing=Timing(), volume=Volume(3, "km"), weekly_increase=0.1,
        ...          ceiling=Volume(8, "km")).describe_plan()
        '3 km a session, then 10% more each week, up to 8 km'
        """
        if self.intervals is not None:
            return str(self.intervals).capitalize()
        assert self.volume is not None
        text = f"{self.volume} a session"
        if self.target is not None:
            text += f", building to {self.target}"
        elif self.weekly_increase:
            text += f", then {self.weekly_increase:.0%} more each week"
        if self.ceiling is not None:
            text += f", up to {self.ceiling}"
        return text


# --------------------------------------------------------------------------- appointments


@frozen(kw_only=True)
class Appointment:
    """
    A review or follow-up: *title* on *date* at *time* (None: a whole-day item).

    Relative dates ("in 3 days", "next Tuesday") are resolved before an appointment is
    made, with `rehabplan.resolve_date` against the visit date.

    >>> review = Appointment(title="Review", date=dt.date(2027, 3, 25), time=dt.time(9, 30),
    ...                      clinician="J. Physio", location="Riverside clinic")
    >>> review.id
    'review'
    >>> review.start_in(zoneinfo.ZoneInfo("Europe/London")).isoformat()
    '2027-03-25T09:30:00+00:00'

    .. versionadded:: 0.1
    """

    title: str = field(validator=_validators.not_blank)
    date: dt.date = field(validator=_validators.calendar_date())
    time: dt.time | None = None
    duration: dt.timedelta = field(
        default=dt.timedelta(minutes=30), validator=_validators.positive_duration(_MAX_BOUT)
    )
    clinician: str | None = None
    location: str | None = None
    notes: str | None = None
    id: str = field(default=attrs.Factory(lambda self: slugify(self.title), takes_self=True))

    @property
    def start(self) -> dt.datetime | dt.date:
        """
        The local wall-clock start (naive), or the date of a whole-day item.

        Use `start_in` for the aware start in the programme's zone.

        >>> Appointment(title="Review", date=dt.date(2027, 3, 25), time=dt.time(9, 30)).start
        datetime.datetime(2027, 3, 25, 9, 30)
        """
        if self.time is None:
            return self.date
        return dt.datetime.combine(self.date, self.time)

    def start_in(self, tz: zoneinfo.ZoneInfo) -> dt.datetime | None:
        """The aware start in *tz* (DESIGN.md's gap and fold rule), or None for a whole day."""
        if self.time is None:
            return None
        return localize(self.date, self.time, tz)

    def end_in(self, tz: zoneinfo.ZoneInfo) -> dt.datetime | None:
        """The aware end in *tz*, or None for a whole day."""
        start = self.start_in(tz)
        return None if start is None else start + self.duration


# --------------------------------------------------------------------------- phases


@frozen(kw_only=True)
class Phase:
    """
    A stage of a programme, from its start until the next phase starts.

    It starts on a *start* date, *after_weeks* weeks after the programme's start, or
    *at* an appointment (its id) — exactly one of the three.
    From then on its *prescriptions* and *activities* are added, or replace the ones
    with the same id, and the ids in *drop* stop.
    Phases do not overlap: a phase ends the day before the next one starts (or on
    its *until*). A phase with *overlap* set may start while the one before still
    runs, up to that phase's *until*; on the shared days an item in both phases is
    done once, as the later phase has it.

    >>> Phase(name="Loading", after_weeks=2, drop=("calf-stretch",)).id
    'loading'

    .. versionadded:: 0.1
    """

    name: str = field(validator=_validators.not_blank)
    start: dt.date | None = field(default=None, validator=_validators.calendar_date(optional=True))
    after_weeks: int | None = field(
        default=None, validator=attrs.validators.optional(_validators.between(0, 520))
    )
    at: str | None = None
    until: dt.date | None = field(default=None, validator=_validators.calendar_date(optional=True))
    prescriptions: tuple[Prescription, ...] = field(default=(), converter=_prescriptions)
    activities: tuple[Activity, ...] = field(default=(), converter=_activities)
    drop: tuple[str, ...] = field(default=(), converter=_text_tuple)
    overlap: bool = False
    notes: str | None = None
    id: str = field(default=attrs.Factory(lambda self: slugify(self.name), takes_self=True))

    @id.validator
    def _check(self, _attribute: attrs.Attribute[Any], _value: Any) -> None:
        given = [n for n in ("start", "after_weeks", "at") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ProgrammeError(
                "give exactly one of start (a date), after_weeks or at (an appointment id)"
                + (f"; got {' and '.join(given)}" if given else ""),
                where="start",
            )
        if self.start is not None and self.until is not None and self.until < self.start:
            raise ProgrammeError(
                f"must not be before start {self.start} (got {self.until})", where="until"
            )


@frozen(kw_only=True)
class PhaseSpan:
    """
    When a phase runs: its first day and its last (None when open-ended).

    .. versionadded:: 0.1
    """

    phase: Phase
    start: dt.date
    until: dt.date | None


@frozen(kw_only=True)
class SlotTimes:
    """
    The clock time of each named time of day; a setting of the programme.

    >>> SlotTimes().of("evening")
    datetime.time(18, 0)

    .. versionadded:: 0.1
    """

    morning: dt.time = dt.time(8)
    noon: dt.time = dt.time(12)
    afternoon: dt.time = dt.time(15)
    evening: dt.time = dt.time(18)
    night: dt.time = dt.time(21)
    bedtime: dt.time = dt.time(21)

    def of(self, name: TimeOfDay) -> dt.time:
        """The clock time of a named slot; a clock time is returned as it is."""
        if isinstance(name, dt.time):
            return name
        return cast(dt.time, getattr(self, name))


#: Default fixed weekdays for "N times a week" (DESIGN.md); N=1 uses the start's weekday.
DEFAULT_WEEKLY_DAYS: tuple[tuple[int, ...], ...] = (
    (),
    (0, 3),
    (0, 2, 4),
    (0, 1, 3, 4),
    (0, 1, 2, 3, 4),
    (0, 1, 2, 3, 4, 5),
    (0, 1, 2, 3, 4, 5, 6),
)


def _weekly_days(value: Any) -> tuple[tuple[int, ...], ...]:
    table = tuple(_weekdays(days) for days in value)
    if len(table) != 7:
        raise ProgrammeError(
            f"needs 7 entries, one for each count 1-7 (got {len(table)})", where="weekly_days"
        )
    for count, days in enumerate(table, start=1):
        if days and len(days) != count:
            raise ProgrammeError(
                f"entry for {count} a week has {len(days)} days", where="weekly_days", value=days
            )
    return table


def _check_timezone(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value:
        raise ProgrammeError(
            f"must be an IANA time zone name such as 'Europe/London' (got {value!r})",
            where=attribute.name,
            value=value,
        )
    if value not in _iana_zones():
        # Only real IANA names: "localtime" or "posixrules" would follow the host's
        # settings, and a file path is never a zone.
        close = difflib.get_close_matches(value[:60], sorted(_iana_zones()), n=1)
        hint = (
            f"; did you mean {close[0]!r}?"
            if close
            else "; use an IANA name such as 'Europe/London'"
        )
        raise ProgrammeError(
            f"unknown time zone {value[:60]!r}{hint}", where=attribute.name, value=value
        )


@functools.cache
def _iana_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones()) - {"localtime", "posixrules", "Factory"}


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    if close:
        return f"; did you mean {close[0]!r}?"
    return f"; known: {', '.join(choices)}" if choices else ""


def _check_items(
    prescriptions: tuple[Prescription, ...], activities: tuple[Activity, ...], prefix: str
) -> None:
    """Check that prescriptions and activities are what they say and have distinct ids."""
    seen: dict[str, str] = {}
    for name, items, kind in (
        ("prescriptions", prescriptions, Prescription),
        ("activities", activities, Activity),
    ):
        for index, item in enumerate(items):
            where = f"{prefix}{name}[{index}]"
            if not isinstance(item, kind):
                raise ProgrammeError(
                    f"must be a {kind.__name__} (got {type(item).__name__})", where=where
                )
            if item.id in seen:
                raise ProgrammeError(
                    f"id {item.id!r} is already used by {seen[item.id]}; "
                    "give one of them its own id",
                    where=f"{where}.id",
                    value=item.id,
                )
            seen[item.id] = where


@frozen(kw_only=True)
class Programme:
    """
    A home-exercise programme: prescriptions with a start date, a time zone and settings.

    *until* ends every open-ended prescription; *slot_times* gives the clock time of
    each named time of day; *weekly_days* the fixed weekdays of "N times a week".
    *activities* are scheduled like prescriptions; *appointments* are reviews a
    phase may start at; *phases* change the prescriptions and activities from their
    start on (`phase_spans` says when each runs).

    >>> p = Programme(title="Achilles loading", start=dt.date(2027, 3, 1),
    ...               timezone="Europe/London")
    >>> p.id, p.tz.key
    ('achilles-loading', 'Europe/London')

    .. versionadded:: 0.1
    """

    title: str = field(validator=_validators.not_blank)
    start: dt.date = field(validator=_validators.calendar_date())
    timezone: str = field(validator=_check_timezone)
    prescriptions: tuple[Prescription, ...] = field(default=(), converter=_prescriptions)
    id: str = field(default=attrs.Factory(lambda self: slugify(self.title), takes_self=True))
    until: dt.date | None = field(default=None, validator=_validators.calendar_date(optional=True))
    slot_times: SlotTimes = SlotTimes()
    weekly_days: tuple[tuple[int, ...], ...] = field(
        default=DEFAULT_WEEKLY_DAYS, converter=_weekly_days
    )
    precautions: tuple[str, ...] = field(default=(), converter=_text_tuple)
    patient: str | None = None
    clinician: str | None = None
    contact: str | None = None
    activities: tuple[Activity, ...] = field(default=(), converter=_activities)
    appointments: tuple[Appointment, ...] = field(default=(), converter=_appointments)
    phases: tuple[Phase, ...] = field(default=(), converter=_phases)

    @phases.validator
    def _check_phases(self, _attribute: attrs.Attribute[Any], value: tuple[Phase, ...]) -> None:
        seen_appointments: set[str] = set()
        for index, appointment in enumerate(self.appointments):
            if appointment.id in seen_appointments:
                raise ProgrammeError(
                    f"id {appointment.id!r} is used twice; give each appointment its own id",
                    where=f"appointments[{index}].id",
                )
            seen_appointments.add(appointment.id)
        _check_items(self.prescriptions, self.activities, "")
        current = {p.id for p in self.prescriptions} | {a.id for a in self.activities}
        seen_phases: set[str] = set()
        for index, phase in enumerate(value):
            where = f"phases[{index}]"
            if phase.id in seen_phases:
                raise ProgrammeError(
                    f"id {phase.id!r} is used twice; give each phase its own id",
                    where=f"{where}.id",
                )
            seen_phases.add(phase.id)
            if phase.at is not None and phase.at not in seen_appointments:
                raise ProgrammeError(
                    f"no appointment has id {phase.at!r}"
                    + _did_you_mean(phase.at, sorted(seen_appointments)),
                    where=f"{where}.at",
                    value=phase.at,
                )
            for j, gone in enumerate(phase.drop):
                if gone not in current:
                    raise ProgrammeError(
                        f"nothing with id {gone!r} runs before this phase"
                        + _did_you_mean(gone, sorted(current)),
                        where=f"{where}.drop[{j}]",
                        value=gone,
                    )
            _check_items(phase.prescriptions, phase.activities, where + ".")
            current = (
                (current - set(phase.drop))
                | {p.id for p in phase.prescriptions}
                | {a.id for a in phase.activities}
            )
        spans = self.phase_spans()
        for index, span in enumerate(spans):
            if span.start < self.start:
                raise ProgrammeError(
                    f"starts on {span.start}, before the programme's start {self.start}",
                    where=f"phases[{index}]",
                )
            if index and span.start <= spans[index - 1].start:
                raise ProgrammeError(
                    f"starts on {span.start}, not after phases[{index - 1}] "
                    f"({spans[index - 1].start}); list phases in time order",
                    where=f"phases[{index}]",
                )
            after = spans[index + 1] if index + 1 < len(spans) else None
            if (
                after is not None
                and span.phase.until is not None
                and span.phase.until >= after.start
                and not after.phase.overlap
            ):
                raise ProgrammeError(
                    f"runs until {span.phase.until}, past the start of phases[{index + 1}] "
                    f"on {after.start}; end it by {after.start - dt.timedelta(days=1)} or "
                    f"set overlap = true on phases[{index + 1}]",
                    where=f"phases[{index}].until",
                )

    def phase_start(self, phase: Phase) -> dt.date:
        """The first day of *phase*: its date, N weeks after the start, or its appointment's day."""
        if phase.start is not None:
            return phase.start
        if phase.after_weeks is not None:
            return self.start + dt.timedelta(weeks=phase.after_weeks)
        return self.appointment(cast(str, phase.at)).date

    def phase_spans(self) -> tuple[PhaseSpan, ...]:
        """
        When each phase runs, in order.

        A phase runs from its start to the day before the next phase starts (or to
        its own *until* when that is earlier, or when the next phase overlaps it); the
        last runs to its *until* or the programme's.

        >>> p = Programme(title="Two phases", start=dt.date(2027, 3, 1), timezone="UTC",
        ...               phases=[Phase(name="Early", start=dt.date(2027, 3, 1)),
        ...                       Phase(name="Loading", after_weeks=2)])
        >>> [(s.phase.name, str(s.start), str(s.until)) for s in p.phase_spans()]
        [('Early', '2027-03-01', '2027-03-14'), ('Loading', '2027-03-15', 'None')]
        """
        starts = [self.phase_start(phase) for phase in self.phases]
        spans = []
        for index, phase in enumerate(self.phases):
            end: dt.date | None = self.until
            if index + 1 < len(self.phases):
                end = starts[index + 1] - dt.timedelta(days=1)
                if self.phases[index + 1].overlap and phase.until is not None:
                    end = phase.until
            if phase.until is not None and (end is None or phase.until < end):
                end = phase.until
            spans.append(PhaseSpan(phase=phase, start=starts[index], until=end))
        return tuple(spans)

    def appointment(self, appointment_id: str) -> Appointment:
        """The appointment with this id; `KeyError` when there is none."""
        for a in self.appointments:
            if a.id == appointment_id:
                return a
        raise KeyError(appointment_id)

    @prescriptions.validator
    def _check_ids(self, _attribute: attrs.Attribute[Any], value: tuple[Prescription, ...]) -> None:
        seen: dict[str, int] = {}
        for index, prescription in enumerate(value):
            if not isinstance(prescription, Prescription):
                raise ProgrammeError(
                    f"must be a Prescription (got {type(prescription).__name__})",
                    where=f"prescriptions[{index}]",
                )
            if prescription.id in seen:
                raise ProgrammeError(
                    f"id {prescription.id!r} is already used by "
                    f"prescriptions[{seen[prescription.id]}]; give one of them its own id",
                    where=f"prescriptions[{index}].id",
                    value=prescription.id,
                )
            seen[prescription.id] = index
        if self.until is not None and self.until < self.start:
            raise ProgrammeError(
                f"must not be before start {self.start} (got {self.until})",
                where="until",
                value=self.until,
            )

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        """The programme's time zone."""
        return zoneinfo.ZoneInfo(self.timezone)

    def activity(self, activity_id: str) -> Activity:
        """The activity with this id (in any phase); `KeyError` when there is none."""
        for a in (*self.activities, *(a for ph in self.phases for a in ph.activities)):
            if a.id == activity_id:
                return a
        raise KeyError(activity_id)

    def prescription(self, prescription_id: str) -> Prescription:
        """The prescription with this id; `KeyError` when there is none."""
        for p in self.prescriptions:
            if p.id == prescription_id:
                return p
        raise KeyError(prescription_id)


# --------------------------------------------------------------------------- schedule


def _sessions(value: Iterable[Session]) -> tuple[Session, ...]:
    return tuple(value)


@frozen(kw_only=True)
class Session:
    """
    One prescription done once: aware *start* and *end* in the programme's zone.

    *slot* is the time-of-day label it was scheduled from ("morning", or "07:30", or
    "before run" for an anchored session); *dose* is the dose as progressed by that
    day. *phase* is the name of the phase the session belongs to (None before the
    first phase). An activity's session has *activity* and its planned *volume*;
    its *prescription* is `Activity.as_prescription`, so exporters list it.

    .. versionadded:: 0.1
    """

    start: dt.datetime
    end: dt.datetime
    prescription: Prescription
    dose: Dose | None
    slot: str
    phase: str | None = None
    activity: Activity | None = None
    volume: Volume | None = None

    @property
    def summary(self) -> str:
        """
        The calendar title of this session, such as ``Calf stretch · 3 × 30 s each side``.

        An activity session shows its volume or its intervals: ``Run · 3.3 km``.
        """
        if self.activity is not None:
            if self.activity.intervals is not None:
                return f"{self.prescription.name} · {self.activity.intervals}"
            return f"{self.prescription.name} · {self.volume}"
        if self.dose is None:
            return self.prescription.name
        return f"{self.prescription.name} · {self.dose.symbolic()}"

    @property
    def day(self) -> dt.date:
        """The local date of the session."""
        return self.start.date()


@frozen(kw_only=True)
class Routine:
    """
    Every session due at the same local time on the same day, done together.

    .. versionadded:: 0.1
    """

    start: dt.datetime
    end: dt.datetime
    sessions: tuple[Session, ...]

    @property
    def slot(self) -> str:
        """The slot label of the routine (that of its first session)."""
        return self.sessions[0].slot

    @property
    def summary(self) -> str:
        """
        ``Calf stretch · 3 × 30 s`` for one session, ``Morning routine · 4 exercises`` for more.
        """
        if len(self.sessions) == 1:
            return self.sessions[0].summary
        label = self.slot if self.slot in SLOT_NAMES else f"{self.slot}"
        title = f"{label.capitalize()} routine" if label in SLOT_NAMES else f"Routine at {label}"
        return f"{title} · {len(self.sessions)} exercises"


@frozen(kw_only=True)
class Schedule:
    """
    The sessions of a programme between two dates (inclusive), in time order.

    .. versionadded:: 0.1
    """

    programme: Programme
    start: dt.date
    until: dt.date
    sessions: tuple[Session, ...] = field(converter=_sessions)

    def __iter__(self) -> Iterator[Session]:
        return iter(self.sessions)

    def __len__(self) -> int:
        return len(self.sessions)

    def on(self, day: dt.date) -> tuple[Session, ...]:
        """The sessions on one local date."""
        return tuple(s for s in self.sessions if s.day == day)

    def week(self, day: dt.date) -> tuple[Session, ...]:
        """The sessions of the Monday-to-Sunday week that holds *day*."""
        monday = day - dt.timedelta(days=day.weekday())
        return self.between(monday, monday + dt.timedelta(days=6))

    def between(self, start: dt.date, until: dt.date) -> tuple[Session, ...]:
        """The sessions from *start* to *until*, both local dates included."""
        return tuple(s for s in self.sessions if start <= s.day <= until)

    def of(self, prescription_id: str) -> tuple[Session, ...]:
        """The sessions of one prescription, by its id."""
        return tuple(s for s in self.sessions if s.prescription.id == prescription_id)

    def routines(self) -> tuple[Routine, ...]:
        """
        The sessions grouped by (local date, local start time): what is done together.
        """
        groups: dict[dt.datetime, list[Session]] = {}
        for s in self.sessions:
            groups.setdefault(s.start, []).append(s)
        routines = []
        for start, sessions in groups.items():
            routines.append(
                Routine(
                    start=start,
                    end=max(s.end for s in sessions)
                    if len(sessions) == 1
                    else start + sum((s.end - s.start for s in sessions), dt.timedelta(0)),
                    sessions=tuple(sessions),
                )
            )
        return tuple(routines)

    @property
    def as_needed(self) -> tuple[Prescription, ...]:
        """The as-needed prescriptions (phases' ones too): listed on the sheet, not scheduled."""
        found: dict[str, Prescription] = {}
        every = (
            *self.programme.prescriptions,
            *(p for ph in self.programme.phases for p in ph.prescriptions),
        )
        for p in every:
            if p.as_needed:
                found.setdefault(p.id, p)
        return tuple(found.values())
