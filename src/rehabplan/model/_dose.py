"""Ranges, doses and loads, and how durations are written.

Part of `rehabplan.model`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Any, Generic, Literal, TypeVar

import attrs
from attrs import field, frozen

from rehabplan.errors import ProgrammeError
from rehabplan.model import _validators

__all__ = [
    "SIDES",
    "SLOT_NAMES",
    "WEEKDAY_CODES",
    "Dose",
    "Load",
    "Range",
    "Side",
    "TimeOfDay",
    "format_duration",
    "format_duration_range",
    "high",
    "low",
    "slugify",
]


T = TypeVar("T", int, dt.timedelta)

#: Named times of day, in day order.
SLOT_NAMES: tuple[str, ...] = ("morning", "noon", "afternoon", "evening", "night", "bedtime")
#: Weekday codes as RFC 5545 and the phrase corpus write them; index 0 is Monday.
WEEKDAY_CODES: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: A time of day: one of `SLOT_NAMES`, or a clock time.
TimeOfDay = str | dt.time

#: The one side a dose may be done on ("3 x 10, left leg only").
Side = Literal["left", "right"]
SIDES: tuple[Side, ...] = ("left", "right")

MAX_HOLD = dt.timedelta(hours=2)
MAX_BOUT = dt.timedelta(hours=12)
#: The most repetitions a dose holds.
MAX_REPS = 1000


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
        if type(value) not in (int, float, dt.timedelta):
            raise ProgrammeError(
                f"must be a range of numbers or durations (got {_validators.shown(value)})",
                value=self,
            )
        if type(self.low) is not type(value):
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
    if type(value) is int:
        return value
    if isinstance(value, (list, tuple)) and len(value) == 2:
        low, high = value
        return low if low == high else Range(low, high)
    return value


def optional_int_or_range(value: Any) -> Any:
    return value if value is None or type(value) is int else _int_or_range(value)


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


def time_text(value: dt.time) -> str:
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

    amount: float = field(
        converter=_validators.to_number, validator=_validators.finite_number(0, 10_000)
    )
    unit: str = field(validator=_validators.not_blank)

    def __str__(self) -> str:
        amount = int(self.amount) if self.amount.is_integer() else self.amount
        return f"{amount} {self.unit}"


@frozen
class Dose:
    """
    How much of an exercise one session holds.

    *sets* of *reps* repetitions, where each repetition may be a static *hold*;
    *each_side* means every set is done on both sides; *side* ("left" or "right") that
    it is done on that side only.
    *rest* is the rest between sets, *load* an external load and *duration* a timed
    bout ("walk 20 min") for work that is not counted in repetitions.

    >>> str(Dose(3, 15))
    '3 x 15'
    >>> str(Dose(1, 3, hold=dt.timedelta(seconds=30), each_side=True))
    '3 x 30 s hold each side'
    >>> Dose(3, 15).describe()
    '3 sets of 15 reps'
    >>> str(Dose(3, 10, side="left"))
    '3 x 10 left side only'

    .. versionadded:: 0.1
    """

    sets: int | Range[int] = field(
        default=1, converter=_int_or_range, validator=_validators.between(1, 100, ranged=True)
    )
    reps: int | Range[int] | None = field(
        default=None,
        converter=optional_int_or_range,
        validator=_validators.between(1, MAX_REPS, optional=True, ranged=True),
    )
    hold: dt.timedelta | Range[dt.timedelta] | None = field(
        default=None,
        converter=_duration_or_range,
        validator=_validators.positive_duration(MAX_HOLD, optional=True),
    )
    each_side: bool = field(default=False, validator=_validators.flag)
    rest: dt.timedelta | None = field(
        default=None, kw_only=True, validator=_validators.positive_duration(MAX_HOLD, optional=True)
    )
    load: Load | None = field(
        default=None,
        kw_only=True,
        validator=_validators.instance(Load, "a Load such as Load(5, 'kg')", optional=True),
    )
    duration: dt.timedelta | Range[dt.timedelta] | None = field(
        default=None,
        kw_only=True,
        converter=_duration_or_range,
        validator=_validators.positive_duration(MAX_BOUT, optional=True),
    )
    side: Side | None = field(default=None, kw_only=True)

    @side.validator
    def _check_side(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        _validators.choice(SIDES)(self, attribute, value)
        if self.each_side:
            raise ProgrammeError(
                "must not be given with each_side: a dose is done on one side or on each side",
                where="side",
                value=value,
            )

    def __str__(self) -> str:
        parts: list[str] = []
        sets, reps, hold = self.sets, self.reps, self.hold
        if reps is not None and hold is not None:
            core = f"{reps} x {_hold_text(hold)} hold"
            parts.append(core if sets == 1 else f"{sets} sets of {core}")
        elif reps is not None:
            # more sets than reps ("15 x 3") reads as reps first to many, and a round count
            # of fifty or more ("4 x 100") as repeats of a distance: say "sets"
            short = isinstance(reps, int) and (
                reps >= 50 or (isinstance(sets, int) and sets > reps)
            )
            parts.append(
                f"{reps} reps"
                if sets == 1
                else f"{sets} sets of {reps}"
                if short
                else f"{sets} x {reps}"
            )
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
        if self.side is not None:
            parts.append(f"{self.side} side only")
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
        if self.side is not None:
            text += f", {self.side} side only"
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
        if self.side is not None:
            core += f" {self.side} only"
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
