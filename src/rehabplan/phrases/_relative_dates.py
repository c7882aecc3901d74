"""
Relative dates as a clinician says them at a visit: "in 3 days", "next Tuesday".

They are resolved against the visit date, which is passed in (never today's date).
"""

from __future__ import annotations

import datetime as dt
import re

from rehabplan._regex import LazyRegex
from rehabplan.errors import PhraseError
from rehabplan.errors import close_matches as _close_matches
from rehabplan.model import checked
from rehabplan.phrases._checks import check_text
from rehabplan.phrases._lexicon import NUMBER_WORDS

__all__ = ["resolve_date"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SHORT = {name[:3]: index for index, name in enumerate(_WEEKDAYS)}
_SHORT.update({"tues": 1, "thur": 3, "thurs": 3})
_NUMBERS = {**NUMBER_WORDS, "a": 1, "an": 1}
_IN = LazyRegex(r"^in\s+(\w+)\s+(day|days|week|weeks|fortnight)$")
_AFTER = LazyRegex(r"^(\w+)\s+(day|days|week|weeks)\s+(?:later|from\s+(?:today|now|the\s+visit))$")
_WEEKDAY = LazyRegex(r"^(?:(next|this|on|coming)\s+)?([a-z]+)$")


def _count(word: str, text: str) -> int:
    if word.isdigit():
        return int(word)
    if word in _NUMBERS:
        return _NUMBERS[word]
    raise PhraseError.problem(text, f"{word!r} is not a number; write it in digits, such as 3")


@checked("text")
def resolve_date(text: str, *, visit: dt.date) -> dt.date:
    """
    The date *text* means when said at a visit on *visit*.

    Reads an ISO date (2027-03-25), "today", "tomorrow", "in N days", "in N weeks",
    "in a fortnight", "N days later", and a weekday: "Tuesday", "on Tuesday",
    "next Tuesday" — the first such day after the visit (never the visit day itself).

    >>> visit = dt.date(2027, 3, 22)  # a Monday
    >>> resolve_date("in 3 days", visit=visit)
    datetime.date(2027, 3, 25)
    >>> resolve_date("next Tuesday", visit=visit)
    datetime.date(2027, 3, 23)
    >>> resolve_date("in two weeks", visit=visit)
    datetime.date(2027, 4, 5)

    Raises:
        PhraseError: the text is not a date we read; a misspelt weekday gets a suggestion.

    .. versionadded:: 0.1

    """
    words = " ".join(check_text(text).lower().replace(",", " ").split())
    try:
        return dt.date.fromisoformat(words)
    except ValueError:
        pass
    if words == "today":
        return visit
    if words == "tomorrow":
        try:
            return visit + dt.timedelta(days=1)
        except OverflowError:
            raise PhraseError.problem(text, "that date is beyond the calendar") from None
    match = _IN.match(words) or _AFTER.match(words)
    if match:
        number, unit = match.group(1), match.group(2)
        if unit == "fortnight":
            if number not in ("a", "one"):
                raise PhraseError.problem(text, "say 'in a fortnight' or 'in N weeks'")
            return visit + dt.timedelta(weeks=2)
        count = _count(number, text)
        try:
            return visit + (
                dt.timedelta(weeks=count) if unit.startswith("week") else dt.timedelta(days=count)
            )
        except (OverflowError, ValueError):
            raise PhraseError.problem(text, "that date is beyond the calendar") from None
    match = _WEEKDAY.match(words)
    if match:
        name = match.group(2)
        day: int | None = None
        if name in _WEEKDAYS:
            day = _WEEKDAYS.index(name)
        elif name in _SHORT:
            day = _SHORT[name]
        if day is not None:
            ahead = (day - visit.weekday() - 1) % 7 + 1
            try:
                return visit + dt.timedelta(days=ahead)
            except OverflowError:
                raise PhraseError.problem(text, "that date is beyond the calendar") from None
        close = tuple(_close_matches(name, _WEEKDAYS, n=1))
        found = re.search(re.escape(name) + r"\W*$", text, re.IGNORECASE)
        if (close or match.group(1)) and found:
            raise PhraseError.unknown_word(text, found.start(), found.start() + len(name), close)
    raise PhraseError.problem(
        text,
        "not a date; write a date such as 2027-03-25, 'in 3 days', 'in 2 weeks' or 'next Tuesday'",
    )
