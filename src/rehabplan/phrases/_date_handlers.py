"""
The grammar's handlers for a course's dates: "until 1 June 2027", "from 2027-03-01".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from rehabplan.phrases._facts import Fact, Span

__all__ = ["h_from", "h_until"]


_NEEDS_A_YEAR = "a date needs a day, a month and a year, such as 2027-06-01"


def _date_of(s: Span) -> dt.date | str:
    """The date the span names, or what is wrong with it."""
    toks = s.group("date")
    numbers = [t.value for t in toks if t.sym in {"N", "ORD"}]
    months = [t.value for t in toks if t.sym == "MONTH"]
    dates = [t.value for t in toks if t.sym == "DATE"]
    if dates:
        return dates[0]  # type: ignore[no-any-return]
    if not months or not numbers:
        return _NEEDS_A_YEAR
    day = numbers[0]
    year = numbers[1] if len(numbers) > 1 else None
    if year is None or not isinstance(day, int) or not isinstance(year, int):
        return _NEEDS_A_YEAR
    try:
        return dt.date(year, months[0], day)
    except ValueError:
        return "not a valid date: that month has no such day"


def _dated(s: Span, kind: str) -> Fact:
    date = _date_of(s)
    if isinstance(date, str):
        return s.fact("bad", date)
    return s.fact(kind, date)


def h_until(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield _dated(s, "until")


def h_from(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield _dated(s, "start")
