"""
Two activities' values in one phrase: "daily" and a count a day, or a hold and a timed
bout, said in clauses of their own ("Walk daily, then stretch twice a day", "Hold 30 s x
3, then walk 2 x 5 min") are likely two activities', so they are asked, not merged into
one dose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rehabplan._regex import LazyRegex
from rehabplan.phrases._contradictions import another_clause
from rehabplan.phrases._movement import HELD_WORK

__all__ = ["two_activities_questions"]


def two_activities_questions(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> Iterator[tuple[str, int, int]]:
    """
    The questions of two activities' values merged in *fields* (read from *text* at
    *spans*), with where the second was said.

    >>> [q for q, _, _ in two_activities_questions(
    ...     "Walk daily, then stretch twice a day",
    ...     {"every_day": True, "per_day": 2}, {"every_day": (5, 10), "per_day": (25, 36)})]
    ["'daily' and 'twice a day' are said in two clauses: two activities?"]
    """
    if "every_day" in fields and "every_day" in spans:
        daily = _daily_beside_a_count_a_day(text, fields, spans)
        if daily is not None:
            yield daily
    if "hold" in spans and "bout" in spans:
        yield from _a_hold_then_a_bout(text, spans)


def _daily_beside_a_count_a_day(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> tuple[str, int, int] | None:
    """
    The question of "daily" and a count a day said in two clauses with words of their
    own: likely two activities' ("Walk daily, then stretch twice a day").

    >>> _daily_beside_a_count_a_day("Walk daily and stretch twice a day",
    ...     {"every_day": True, "per_day": 2}, {"every_day": (5, 10), "per_day": (23, 34)})
    ("'daily' and 'twice a day' are said in two clauses: two activities?", 23, 34)
    >>> _daily_beside_a_count_a_day("3 x 10 daily, twice a day",
    ...     {"every_day": True, "per_day": 2}, {"every_day": (7, 12), "per_day": (14, 25)})
    """
    if fields.get("per_day") in (None, 1) or "per_day" not in spans:
        return None
    (a, b), (c, d) = sorted((spans["every_day"], spans["per_day"]))
    # ("3 x 10 daily, then twice a day" is a later stage: "then" joins words of their own)
    if not another_clause(text[:b], text[b:c].replace(" then ", " and then ")):
        return None
    first, second = text[a:b].strip(" ,.;"), text[c:d].strip(" ,.;")
    return f"{first!r} and {second!r} are said in two clauses: two activities?", c, d


def _a_hold_then_a_bout(
    text: str, spans: dict[str, tuple[int, int]]
) -> Iterator[tuple[str, int, int]]:
    """
    Ask about a hold and a timed bout with "then" between: two activities' doses, not one
    ("Hold 30 s x 3, then walk 2 x 5 min").

    >>> text = "Hold 30 s x 3, then walk 2 x 5 min"
    >>> [*_a_hold_then_a_bout(text, {"hold": (5, 9), "bout": (29, 34)})][0][0]
    "'30 s' and '5 min' are said before and after 'then': two activities' doses? say which"
    """
    (a, b), (c, d) = sorted((spans["hold"], spans["bout"]))
    then = _THEN.search(text, b, c)
    if then is None:
        return
    # ("Walk 5 min, then stretch 3 x 30 s": a warm-up before the held work; "Walk 2 x 10
    # min, then stretch 3 x 30 s" gives the walk's sets to the stretch)
    said_after = {word.strip(",.;:()") for word in text[then.end() : d].lower().split()}
    warm_up = spans["bout"] < spans["hold"] and not HELD_WORK.isdisjoint(said_after)
    counted = "sets" in spans and spans["sets"][0] < spans["bout"][1] <= spans["sets"][1] + 1
    if warm_up and not counted:
        return
    first, second = text[a:b].strip(" ,.;"), text[c:d].strip(" ,.;")
    yield (
        f"{first!r} and {second!r} are said before and after 'then': two activities' doses? "
        "say which",
        c,
        d,
    )


_THEN = LazyRegex(r"\bthen\b", re.IGNORECASE)
