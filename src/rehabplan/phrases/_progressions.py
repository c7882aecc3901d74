"""
Progression phrases: "+2 reps each week up to 20" to a `Progression`, and back.

The forms read (``str(progression)`` writes the first of each)::

    +2 reps each week up to 20          +1 set every 2 weeks up to 4
    hold +5 s each week up to 45 s      +5 s hold a week to 45 s
    duration +5 min each week up to 30 min
    load +2.5 kg every 2 weeks up to 20 kg      +2.5 kg every 2 weeks to 20 kg

"each week", "a week", "per week", "weekly" and "every week" mean one week;
"every N weeks" or "every other week" more. "up to" and "to" both give the ceiling.
"""

from __future__ import annotations

import datetime as dt
import re

from rehabplan._regex import LazyRegex
from rehabplan.errors import PhraseError
from rehabplan.errors import close_matches as _close_matches
from rehabplan.model import Progression, checked
from rehabplan.phrases._checks import check_text

__all__ = ["parse_duration", "parse_progression"]

_UNITS = {
    "s": 1,
    "sec": 1,
    "secs": 1,
    "second": 1,
    "seconds": 1,
    "min": 60,
    "mins": 60,
    "minute": 60,
    "minutes": 60,
    "h": 3600,
    "hr": 3600,
    "hour": 3600,
    "hours": 3600,
}
_NUMBER = r"\d+(?:\.\d+)?"
_DURATION = LazyRegex(rf"^({_NUMBER})\s*([a-z]+)$")
_CADENCE = (
    r"(?P<cadence>each\s+week|a\s+week|per\s+week|every\s+week|weekly|a\s+wk|"
    r"every\s+other\s+week|every\s+(?P<weeks>\d+)\s+weeks?)"
)
_CEILING = r"(?:up\s+to|to|until|max(?:imum)?)\s+(?P<ceiling>.+)"
_COUNT = LazyRegex(
    rf"^\+\s*(?P<step>\d+)\s+(?P<part>reps?|sets?|repetitions?)\s+{_CADENCE}\s+{_CEILING}$"
)
_TIMED = LazyRegex(
    rf"^(?:(?P<part>hold|duration|time)\s+)?\+\s*(?P<step>{_NUMBER}\s*[a-z]+)"
    rf"(?:\s+(?P<part2>hold|duration))?\s+{_CADENCE}\s+{_CEILING}$"
)
_LOAD = LazyRegex(
    rf"^(?:load\s+)?\+\s*(?P<step>{_NUMBER})\s*(?P<unit>kg|lb|lbs|g)\s+{_CADENCE}\s+{_CEILING}$"
)
_KNOWN = ("reps", "sets", "hold", "duration", "load", "each", "week", "weeks", "every", "up", "to")


@checked("text")
def parse_duration(text: str) -> dt.timedelta:
    """
    Read a duration such as "30 s", "2 min" or "1 hour" (the form `format_duration` writes).

    >>> parse_duration("45 s")
    datetime.timedelta(seconds=45)
    >>> parse_duration("2 min")
    datetime.timedelta(seconds=120)

    Raises:
        PhraseError: not a number followed by a unit of time.

    """
    words = " ".join(check_text(text).lower().split())
    match = _DURATION.match(words)
    if match is None:
        raise PhraseError.problem(text, "not a duration; write it as '30 s', '2 min' or '1 hour'")
    unit = match.group(2)
    if unit not in _UNITS:
        close = tuple(_close_matches(unit, list(_UNITS), n=1))
        found = re.search(re.escape(unit) + r"\s*$", text, re.IGNORECASE)
        if found is None:
            raise PhraseError.problem(text, f"unknown unit of time {unit!r}")
        raise PhraseError.unknown_word(text, found.start(), found.start() + len(unit), close)
    seconds = float(match.group(1)) * _UNITS[unit]
    if not seconds.is_integer():
        raise PhraseError.problem(text, "must be a whole number of seconds")
    return dt.timedelta(seconds=int(seconds))


def _every(match: re.Match[str]) -> int:
    cadence = " ".join(match.group("cadence").split())
    if match.group("weeks"):
        return int(match.group("weeks"))
    return 2 if cadence == "every other week" else 1


@checked("text")
def parse_progression(text: str) -> Progression:
    """
    Read a progression phrase.

    >>> parse_progression("+2 reps each week up to 20")
    Progression(part='reps', step=2, ceiling=20, every_weeks=1, unit=None)
    >>> str(parse_progression("hold +5 s a week to 45 s"))
    'hold +5 s each week up to 45 s'
    >>> str(parse_progression("+1 set every 2 weeks to 4"))
    '+1 set every 2 weeks up to 4'

    Raises:
        PhraseError: the phrase is not one of the forms above; the message says which
            word we could not read and what to write.

    .. versionadded:: 0.1

    """
    words = " ".join(check_text(text).lower().split())
    try:
        match = _COUNT.match(words)
        if match:
            part = "sets" if match.group("part").startswith("set") else "reps"
            ceiling = match.group("ceiling").split()
            if not ceiling[0].isdigit() or len(ceiling) > 2:
                raise PhraseError.problem(text, f"the ceiling must be a number of {part}")
            return Progression(
                part=part,
                step=int(match.group("step")),
                ceiling=int(ceiling[0]),
                every_weeks=_every(match),
            )
        match = _LOAD.match(words)
        if match:
            unit = "lb" if match.group("unit") == "lbs" else match.group("unit")
            ceiling_match = re.match(rf"^({_NUMBER})\s*(kg|lb|lbs|g)?$", match.group("ceiling"))
            if ceiling_match is None:
                raise PhraseError.problem(text, f"the ceiling must be a load such as '20 {unit}'")
            return Progression(
                part="load",
                step=float(match.group("step")),
                ceiling=float(ceiling_match.group(1)),
                every_weeks=_every(match),
                unit=unit,
            )
        match = _TIMED.match(words)
        if match:
            part = match.group("part") or match.group("part2") or "hold"
            part = "duration" if part == "time" else part
            return Progression(
                part=part,
                step=parse_duration(match.group("step")),
                ceiling=parse_duration(match.group("ceiling")),
                every_weeks=_every(match),
            )
    except PhraseError as exc:
        if exc.text == text:
            raise
        raise PhraseError.problem(text, str(exc)) from exc
    except ValueError as exc:  # ProgrammeError from the model: a bad step or ceiling
        raise PhraseError.problem(text, str(exc)) from exc
    for word in words.split():
        if word.isalpha() and word not in _KNOWN and word not in _UNITS:
            close = tuple(_close_matches(word, _KNOWN, n=1))
            found = re.search(re.escape(word), text, re.IGNORECASE)
            if close and found:
                raise PhraseError.unknown_word(text, found.start(), found.end(), close)
    raise PhraseError.problem(
        text,
        "not a progression; write it like '+2 reps each week up to 20', "
        "'+1 set every 2 weeks up to 4' or 'hold +5 s each week up to 45 s'",
    )
