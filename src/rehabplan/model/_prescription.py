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

__all__ = ["Exercise", "Prescription", "Stage", "prescription_tuple", "slug_of", "text_tuple"]

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
class Stage:
    """
    A later stage of a prescription: its own timing and dose, from the day after the stage
    before it ends ("twice daily for 2 weeks, then once daily for 4 weeks").

    Its length is its timing's own ("for 4 weeks"); it has no start or until date, as it
    starts where the stage before ends.

    >>> str(Stage(timing=Timing(times_per_day=1, duration_days=28), dose=Dose(3, 15)))
    '3 x 15 once daily for 4 weeks'

    .. versionadded:: 0.3
    """

    timing: Timing = field(
        validator=_validators.instance(
            Timing, "a Timing such as Timing(times_per_day=1, duration_days=28)"
        )
    )
    dose: Dose | None = field(
        default=None,
        validator=_validators.instance(Dose, "a Dose such as Dose(3, 15)", optional=True),
    )

    @timing.validator
    def _check(self, _attribute: attrs.Attribute[Any], value: Timing) -> None:
        for name in ("start", "until"):
            if getattr(value, name) is not None:
                raise ProgrammeError(
                    f"a stage starts the day after the stage before ends, so it has no {name} "
                    "date; give its length, such as 'for 4 weeks'",
                    where=f"timing.{name}",
                )

    def __str__(self) -> str:
        return f"{self.dose} {self.timing}" if self.dose is not None else str(self.timing)


_STAGES = _validators.tuple_of(Stage, "a Stage such as Stage(timing=Timing(times_per_day=1))")


@frozen(kw_only=True)
class Prescription:
    """
    One exercise with its dose and its timing.

    *stages* follow the prescription's own timing and dose, each from the day after the
    one before ends; every stage but the last needs a length ("for 2 weeks").

    >>> p = Prescription(exercise=Exercise(name="Heel drops"), dose=Dose(3, 15),
    ...                  timing=Timing(times_per_day=2))
    >>> p.id, p.name
    ('heel-drops', 'Heel drops')
    >>> staged = Prescription(exercise=Exercise(name="Calf raise"), dose=Dose(3, 10),
    ...     timing=Timing(times_per_day=2, duration_days=14),
    ...     stages=[Stage(timing=Timing(times_per_day=1), dose=Dose(3, 15))])
    >>> [str(s) for s in staged.stages]
    ['3 x 15 once daily']

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
    stages: tuple[Stage, ...] = field(default=(), converter=_validators.to_tuple, validator=_STAGES)

    @stages.validator
    def _check_stages(self, _attribute: attrs.Attribute[Any], value: tuple[Stage, ...]) -> None:
        if not value:
            return
        if self.as_needed:
            raise ProgrammeError(
                "an as-needed prescription has no stages; schedule it", where="stages"
            )
        if self.progression is not None:
            raise ProgrammeError(
                "a prescription in stages cannot also progress; give each stage its dose",
                where="progression",
            )
        timing = self.timing
        assert isinstance(timing, Timing)
        if timing.duration_days is None or timing.until is not None:
            raise ProgrammeError(
                f"the first stage {str(timing)!r} needs a length, such as 'for 2 weeks' "
                "(not an until date), so the next stage has a start",
                where="timing",
            )
        before: tuple[Timing, Dose | None] = (timing, self.dose)
        for index, stage in enumerate(value):
            # Two stages alike would read as one on a calendar or in FHIR, yet recur
            # from two starts: say it once, with the lengths added.
            if (stage.timing, stage.dose) == before:
                raise ProgrammeError(
                    "is the same as the stage before it; give one stage with the two lengths added",
                    where=f"stages[{index}]",
                )
            before = (stage.timing, stage.dose)
        for index, stage in enumerate(value[:-1]):
            if stage.timing.duration_days is None:
                raise ProgrammeError(
                    f"the stage {str(stage.timing)!r} needs a length, such as 'for 2 weeks', "
                    "so the next stage has a start",
                    where=f"stages[{index}].timing",
                )

    def staged(self) -> tuple[tuple[Prescription, int], ...]:
        """
        Each stage as a plain prescription (same id), with the days it starts after the first.

        A stage runs from the day after the one before ends; an unstaged prescription is
        its own one stage.

        >>> p = Prescription(exercise=Exercise(name="Bridge"), dose=Dose(3, 10),
        ...     timing=Timing(times_per_day=1, duration_days=14),
        ...     stages=[Stage(timing=Timing(every_days=2), dose=Dose(3, 15))])
        >>> [(str(s.dose), str(s.timing), after) for s, after in p.staged()]
        [('3 x 10', 'once daily for 2 weeks', 0), ('3 x 15', 'every other day', 14)]
        """
        first = attrs.evolve(self, stages=())
        result = [(first, 0)]
        after = 0
        previous = first.timing
        for stage in self.stages:
            assert isinstance(previous, Timing)
            assert previous.duration_days is not None
            after += previous.duration_days
            result.append((attrs.evolve(first, timing=stage.timing, dose=stage.dose), after))
            previous = stage.timing
        return tuple(result)

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
