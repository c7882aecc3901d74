"""Exercises and prescriptions.

Part of `rehabplan.model`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs
from attrs import field, frozen

from rehabplan.errors import ProgrammeError
from rehabplan.model import _validators
from rehabplan.model._dose import Dose, slugify
from rehabplan.model._progression import Progression
from rehabplan.model._rules import STOP_RULES, StopRule, stop_rule_tuple
from rehabplan.model._timing import AsNeeded, Timing

__all__ = ["Exercise", "Prescription", "prescription_tuple", "slug_of", "text_tuple"]

# --------------------------------------------------------------------------- programme


def text_tuple(value: Any) -> tuple[str, ...]:
    return _validators.to_texts(value)  # type: ignore[no-any-return]


def slug_of(text: Any) -> str:
    """The id made from a name; empty for a name that is not a text (its check names it)."""
    return slugify(text) if isinstance(text, str) else ""


_TEXTS = _validators.tuple_of(str, "a text")


@frozen(kw_only=True)
class Exercise:
    """
    An exercise: its name and what a patient needs to do it.

    >>> Exercise(name="Calf stretch").id
    'calf-stretch'

    .. versionadded:: 0.1
    """

    name: str = field(validator=_validators.not_blank)
    id: str = field(
        default=attrs.Factory(lambda self: slug_of(self.name), takes_self=True),
        validator=_validators.not_blank,
    )
    category: str | None = field(default=None, validator=_validators.optional_text)
    region: str | None = field(default=None, validator=_validators.optional_text)
    equipment: tuple[str, ...] = field(default=(), converter=text_tuple, validator=_TEXTS)
    instructions: tuple[str, ...] = field(default=(), converter=text_tuple, validator=_TEXTS)

    @property
    def steps(self) -> tuple[str, ...]:
        """
        The steps a sheet or calendar prints: the instructions, or where to find them.

        An exercise without written steps says "As shown by your physio." rather than
        printing a card with nothing under the name.

        >>> Exercise(name="Hop drills").steps
        ('As shown by your physio.',)
        """
        return self.instructions or ("As shown by your physio.",)


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

    exercise: Exercise = field(
        validator=_validators.instance(Exercise, "an Exercise such as Exercise(name='Calf raise')")
    )
    timing: Timing | AsNeeded = field(
        validator=_validators.instance(
            (Timing, AsNeeded),
            "a Timing or AsNeeded such as Timing(times_per_day=2); "
            "to read a phrase use rehabplan.parse_timing",
        )
    )
    dose: Dose | None = field(
        default=None,
        validator=_validators.instance(
            Dose,
            "a Dose such as Dose(3, 12); to read a phrase use rehabplan.parse_dose",
            optional=True,
        ),
    )
    id: str = field(
        default=attrs.Factory(lambda self: getattr(self.exercise, "id", ""), takes_self=True),
        validator=_validators.not_blank,
    )
    precautions: tuple[str, ...] = field(default=(), converter=text_tuple, validator=_TEXTS)
    notes: str | None = field(default=None, validator=_validators.optional_text)
    progression: Progression | None = field(
        default=None,
        validator=_validators.instance(
            Progression,
            "a Progression such as Progression(part='reps', step=2, ceiling=20)",
            optional=True,
        ),
    )
    stop_rules: tuple[StopRule, ...] = field(
        default=(), converter=stop_rule_tuple, validator=STOP_RULES
    )

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


def prescription_tuple(value: Iterable[Prescription]) -> tuple[Prescription, ...]:
    return _validators.to_tuple(value)  # type: ignore[no-any-return]
