"""Stop rules: when to stop (or change) an exercise, as data a sheet and a calendar print.

Part of `rehabplan.model`, which re-exports every public name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from attrs import field, frozen

from rehabplan.errors import ProgrammeError
from rehabplan.model import _validators

__all__ = ["STOP_ACTIONS", "StopRule"]

#: What a rule asks the patient to do, mildest first.
STOP_ACTIONS = (
    "carry on",
    "ease off",
    "stop",
    "stop and contact your physio",
    "seek urgent medical care",
)


def _action(_instance: Any, _attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or value not in STOP_ACTIONS:
        raise ProgrammeError(
            f"must be one of {', '.join(repr(a) for a in STOP_ACTIONS)} (got {value!r})",
            where="action",
            value=value,
        )


@frozen(kw_only=True)
class StopRule:
    """
    A rule for stopping or changing an exercise: what to watch, a threshold, what to do.

    *what* is the symptom watched ("pain", "calf pain", "pins and needles"); *above* is a
    threshold on a 0-10 scale, or None when the symptom itself is the signal ("stop if
    the calf gets sore"); *action* is one of `STOP_ACTIONS`.

    >>> str(StopRule(what="pain", above=5))
    'stop if pain is above 5/10'
    >>> str(StopRule(what="numbness in the saddle area", action="seek urgent medical care"))
    'seek urgent medical care if numbness in the saddle area'

    .. versionadded:: 0.2
    """

    what: str = field(validator=_validators.not_blank)
    above: int | None = field(default=None, validator=_validators.between(0, 9, optional=True))
    action: str = field(default="stop", validator=_action)

    def __str__(self) -> str:
        if self.above is None:
            return f"{self.action} if {self.what}"
        return f"{self.action} if {self.what} is above {self.above}/10"


def stop_rule_tuple(value: Iterable[StopRule]) -> tuple[StopRule, ...]:
    return _validators.to_tuple(value)  # type: ignore[no-any-return]


#: The check of a field of stop rules, whose converter is `stop_rule_tuple`.
STOP_RULES = _validators.tuple_of(StopRule, "a StopRule")
