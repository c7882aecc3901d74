"""Progressions: how a dose grows from week to week.

Part of `rehabplan.model`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, cast

import attrs
from attrs import field, frozen

from rehabplan.errors import ProgrammeError
from rehabplan.model import _validators
from rehabplan.model._dose import MAX_BOUT, MAX_HOLD, Dose, Load, Range, format_duration

__all__ = ["PROGRESSION_PARTS", "Progression"]

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
    Dose(sets=3, reps=18, hold=None, each_side=False, rest=None, load=None, duration=None,
    side=None)
    >>> p.apply(Dose(3, 12), weeks=10).reps
    20
    >>> str(Progression(part="hold", step=dt.timedelta(seconds=5),
    ...                 ceiling=dt.timedelta(seconds=45)))
    'hold +5 s each week up to 45 s'

    .. versionadded:: 0.1
    """

    part: str = field(validator=_validators.choice(PROGRESSION_PARTS))
    step: int | float | dt.timedelta = field()
    ceiling: int | float | dt.timedelta = field()
    every_weeks: int = field(default=1, validator=_validators.between(1, 52))
    unit: str | None = field(default=None, validator=_validators.optional_text)

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
        if self.part == "hold" and self.ceiling > MAX_HOLD:  # type: ignore[operator]
            raise ProgrammeError(
                f"must be at most {format_duration(MAX_HOLD)} (got {self.ceiling})",
                where="ceiling",
            )
        if self.part == "duration" and self.ceiling > MAX_BOUT:  # type: ignore[operator]
            raise ProgrammeError(
                f"must be at most {format_duration(MAX_BOUT)} (got {self.ceiling})",
                where="ceiling",
            )

    def __str__(self) -> str:
        cadence = "each week" if self.every_weeks == 1 else f"every {self.every_weeks} weeks"
        if self.part in ("reps", "sets"):
            noun = self.part if self.step != 1 else self.part[:-1]
            return f"+{self.step} {noun} {cadence} up to {self.ceiling}"
        if self.part == "load":
            return (
                f"load +{number_text(self.step)} {self.unit} {cadence} "
                f"up to {number_text(self.ceiling)} {self.unit}"
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


def number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _value_text(value: Any) -> str:
    return format_duration(value) if isinstance(value, dt.timedelta) else number_text(value)
