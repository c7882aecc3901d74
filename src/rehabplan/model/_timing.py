"""Timings: when a prescription is done; anchors; as-needed.

Part of `rehabplan.model`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

import attrs
from attrs import field, frozen

from rehabplan.errors import ProgrammeError
from rehabplan.model import _validators
from rehabplan.model._dose import (
    SLOT_NAMES,
    WEEKDAY_CODES,
    WEEKDAY_NAMES,
    Range,
    TimeOfDay,
    optional_int_or_range,
    time_text,
)
from rehabplan.model._fhir_reading import timing_fields_from_fhir
from rehabplan.model._fhir_timing import timing_to_fhir

__all__ = [
    "COUNTABLE_EVENTS",
    "DAILY_EVENT_SLOTS",
    "MAX_TIMES_A_DAY",
    "Anchor",
    "AsNeeded",
    "Timing",
]

#: The most sessions a day a timing holds: one every 15 minutes.
MAX_TIMES_A_DAY = 96

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
        validator=_validators.choice(("before", "after", "before and after", "when"))
    )
    event: str = field(validator=_validators.not_blank)

    def __str__(self) -> str:
        if self.relation != "when" and self.event in COUNTABLE_EVENTS:
            return f"{self.relation} each {self.event}"
        return self.normal_form

    @property
    def normal_form(self) -> str:
        """
        The corpus normal form, such as ``before exercise`` or ``after run``; a session
        "when" an activity is said with the activity going on.

        >>> Anchor("when", "walk").normal_form
        'when walking'
        """
        if self.relation == "when":
            return f"when {_GOING_ON.get(self.event, self.event)}"
        return f"{self.relation} {self.event}"


#: Activities said going on after "when" ("when walking", not "when walk").
_GOING_ON = {
    "run": "running",
    "walk": "walking",
    "exercise": "exercising",
    "swim": "swimming",
    "ride": "riding",
    "workout": "working out",
    "dialysis": "on dialysis",
    "meal": "eating",
}
#: Daily-life events an anchor may name, and the time of day each happens at: a
#: session "before breakfast" is one in the morning, beside any other times named.
DAILY_EVENT_SLOTS = {
    "getting out of bed": "morning",
    "getting up": "morning",
    "breakfast": "morning",
    "lunch": "noon",
    "dinner": "evening",
    "supper": "evening",
    "bed": "bedtime",
}
#: Events said with "each" ("before each run"): the ones that happen as sessions.
COUNTABLE_EVENTS = frozenset(
    ["long run", *"run walk exercise session training swim ride workout match game".split()]
)


def _times_of_day(value: Any) -> tuple[TimeOfDay, ...]:
    """Sort times of day: named slots in day order, then clock times; drop repeats."""
    items = _validators.listed(
        (value,) if isinstance(value, str) else value,
        "a list of times of day such as ('morning', datetime.time(18, 0))",
        "times_of_day",
    )
    items = tuple(_validators.to_clock_time(i) if isinstance(i, str) else i for i in items)
    for item in items:
        if isinstance(item, str) and item not in SLOT_NAMES:
            problem = (
                f"unknown time of day {item!r}; use one of {', '.join(SLOT_NAMES)} or a clock time"
            )
        elif not isinstance(item, (str, dt.time)) or getattr(item, "tzinfo", None) is not None:
            problem = f"must be a time of day or a clock time (got {item!r})"
        else:
            continue
        raise ProgrammeError(problem, where="times_of_day", value=item)
    named = sorted({i for i in items if isinstance(i, str)}, key=SLOT_NAMES.index)
    clock = sorted({i.replace(second=0, microsecond=0) for i in items if isinstance(i, dt.time)})
    return (*named, *clock)


def weekday_tuple(value: Any) -> tuple[int, ...]:
    items = _validators.listed(
        value, "a list of weekdays such as (0, 2, 4) or ('MO', 'WE', 'FR')", "weekdays"
    )
    days: set[int] = set()
    for item in items:
        if isinstance(item, str) and item.upper() in WEEKDAY_CODES:
            days.add(WEEKDAY_CODES.index(item.upper()))
        elif isinstance(item, int) and not isinstance(item, bool) and 0 <= item <= 6:
            days.add(item)
        else:
            raise ProgrammeError(
                f"must be weekday numbers 0-6 (Monday is 0) or codes MO..SU "
                f"(got {_validators.shown(item)})",
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
    the night). Given both, the count is the number of times named (or a range holding
    it), unless an *anchor*'s sessions make up the rest.
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
        converter=optional_int_or_range,
        validator=_validators.between(1, MAX_TIMES_A_DAY, optional=True, ranged=True),
    )
    times_of_day: tuple[TimeOfDay, ...] = field(default=(), converter=_times_of_day)
    every_hours: int | Range[int] | None = field(
        default=None,
        converter=optional_int_or_range,
        validator=_validators.between(1, 23, optional=True, ranged=True),
    )
    round_the_clock: bool = field(default=False, validator=_validators.flag)
    every_days: int | None = field(
        default=None, validator=_validators.between(2, 366, optional=True)
    )
    times_per_week: int | Range[int] | None = field(
        default=None,
        converter=optional_int_or_range,
        validator=_validators.between(1, 7, optional=True, ranged=True),
    )
    weekdays: tuple[int, ...] = field(default=(), converter=weekday_tuple)
    start: dt.date | None = field(
        default=None,
        converter=_validators.to_date,
        validator=_validators.calendar_date(optional=True),
    )
    duration_days: int | None = field(
        default=None, validator=_validators.between(1, 36600, optional=True)
    )
    until: dt.date | None = field(
        default=None,
        converter=_validators.to_date,
        validator=_validators.calendar_date(optional=True),
    )
    anchor: Anchor | None = field(
        default=None,
        validator=_validators.instance(
            Anchor, "an Anchor such as Anchor('before', 'run')", optional=True
        ),
    )

    @anchor.validator
    def _check(self, _attribute: attrs.Attribute[Any], _value: Any) -> None:
        if self.every_hours is not None and self.times_per_day is not None:
            raise ProgrammeError(
                "give either times_per_day or every_hours, not both", where="every_hours"
            )
        per_day, named = self.times_per_day, len(self.times_of_day)
        # an anchor's sessions count too ("before meals and at bedtime, four times a day")
        if per_day is not None and named and self.anchor is None:
            low, high = (
                (per_day.low, per_day.high) if isinstance(per_day, Range) else (per_day,) * 2
            )
            if not low <= named <= high:
                # "twice a day in the morning", "once a day, morning and evening": the
                # count and the times say different things, and a schedule can keep one
                raise ProgrammeError(
                    f"{per_day} a day, but {named} time(s) of day named; name a time for "
                    "each session, or drop the count",
                    where="times_per_day",
                    value=per_day,
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
        interval = self.every_days
        if interval is None and self.times_per_week == 1 and not self.weekdays:
            interval = 7
        if (
            isinstance(interval, int)
            and isinstance(self.duration_days, int)
            and self.duration_days < interval
        ):
            # One session in the whole course: the interval or the length is a slip.
            raise ProgrammeError(
                f"a course of {self.duration_days} day(s) is shorter than the {interval} days "
                "between sessions; give a longer course or a shorter interval",
                where="duration_days",
                value=self.duration_days,
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
            parts.append("on " + _join([WEEKDAY_NAMES[d] for d in self.weekdays]))
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

    @classmethod
    def from_fhir(cls, data: Any) -> Timing:
        """
        Read an HL7 FHIR R4 ``Timing`` (a dict, as parsed from JSON), abbreviations included.

        Raises:
            ProgrammeError: an element rehabplan cannot say exactly (monthly periods,
                meal-relative ``when`` codes, ``offset`` ...), named by its path.

        >>> str(Timing.from_fhir({"code": {"coding": [{"code": "BID"}]}}))
        'twice daily'
        >>> str(Timing.from_fhir({"repeat": {"frequency": 1, "period": 1, "periodUnit": "d",
        ...                                  "dayOfWeek": ["mon", "wed", "fri"]}}))
        'on Mon, Wed and Fri'

        .. versionadded:: 0.2

        """
        fields = timing_fields_from_fhir(data)
        try:
            if "anchor" in fields:
                fields["anchor"] = Anchor(*fields["anchor"])
            return cls(**fields)
        except ProgrammeError as error:
            raise error.at("Timing") from None

    def to_fhir(self) -> dict[str, Any]:
        """
        This timing as an HL7 FHIR R4 ``Timing`` (a dict ready for JSON).

        ``Timing.from_fhir(t.to_fhir()) == t`` for every timing FHIR can say; a start
        with a duration comes back as a start with its last day (the same days).

        Raises:
            ProgrammeError: FHIR cannot say this timing exactly (twice a day every
                other day; named times mixed with clock times), naming the field.

        >>> Timing(every_days=2).to_fhir()["repeat"]
        {'frequency': 1, 'period': 2, 'periodUnit': 'd'}
        >>> Timing(times_per_day=3).to_fhir()["code"]["coding"][0]["code"]
        'TID'

        .. versionadded:: 0.2

        """
        return timing_to_fhir(self)


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
    clock = [time_text(t) for t in times if isinstance(t, dt.time)]
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

    limit: Timing | None = field(
        default=None,
        validator=_validators.instance(
            Timing, "a Timing such as Timing(every_hours=4)", optional=True
        ),
    )
    condition: str | None = field(default=None, validator=_validators.optional_text)

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
