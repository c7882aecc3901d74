"""
Days without a session said beside the days a week ("2 days a week off", "rest on
Sunday"), and the days a week of a way of moving said off a surface ("Run 3 days a week
off the pavement").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.phrases._facts import Fact, Span
from rehabplan.phrases._patterns import SENTENCE_ENDS
from rehabplan.phrases._tok import Tok
from rehabplan.phrases._weekday_handlers import weekday_list

__all__ = ["h_days_off", "h_rest_days"]


def h_days_off(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "2 days a week off", "rest the other 2 days": the days off, which must leave the days a
    week said; after a way of moving, "3 days a week off the road" is its days a week.

    >>> from rehabplan.phrases import read
    >>> read("Run 3 days a week off the pavement").times_per_week
    3
    """
    rested = [t.raw.lower() for t in s.after[:2]] in _PARTS_RESTED
    if s.has("off") and not rested and _a_way_of_moving_before(s.before):
        # "Run 3 days a week off the pavement": the days a week of the run, off a surface
        yield from s.read_again("n3days")
        return
    yield s.fact(
        "days_off", s.value(next(g for g in ("n", "n2", "n3", "n4", "n5", "n6") if s.has(g)))
    )


def _a_way_of_moving_before(before: list[Tok]) -> bool:
    """
    Whether the clause before the days says a way of moving as its verb ("Run", "Go
    running", "Jog for 20 min"), with no verb of a rest after it ("Keep running but take
    2 days a week off"), in the same part of the sentence ("If you run, 2 days a week
    off the road" is asked), and not a run named ("After your long run").
    """
    words = [t.raw.lower() for t in before]
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word in SENTENCE_ENDS or word in _RESTING or word in _PARTS_OF_A_SENTENCE:
            return False
        if word in _WAYS_OF_MOVING:
            return k == 0 or words[k - 1] not in _NAMING_A_THING
    return False


#: Ways of moving whose days a week may be "off the road": "Run 3 days a week off the road".
_WAYS_OF_MOVING = frozenset(
    """run runs running jog jogs jogging walk walks walking ride rides riding cycle cycles
    cycling bike bikes biking train trains training skate skating hike hikes hiking swim
    swims swimming row rowing sprint sprinting play playing climb climbing""".split()
)
#: Where a part of the sentence ends or a condition begins: the way of moving before it is
#: not the days' verb.
_PARTS_OF_A_SENTENCE = frozenset({",", "if", "when", "with", "and", "or", "then"})
#: A body taken off its feet rests: "2 days a week off your feet" are rest days.
_PARTS_RESTED = [[w, p] for w in ("your", "my", "the") for p in ("feet", "legs", "leg", "foot")]
#: Words of a rest said between the way of moving and the days: those days are rest days.
_RESTING = frozenset(
    """have has take takes give allow get plan rest recover stay keep spend schedule
    leave need make try but cut stop avoid""".split()
)
#: Words before a way of moving that make it a thing ("your long run"), not the verb.
_NAMING_A_THING = frozenset(
    "a an the your my his her their our long short easy hard next last each every this that".split()
)


def h_rest_days(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Days without a session ("Rest on Sunday", "weekends off"), asked about alone."""
    weekend = {5, 6} if any(t.sym == "weekends" for t in s.tokens) else set()
    yield s.fact("except", frozenset(weekday_list(s.tokens) | weekend))
    yield s.fact("rest_days", True)  # asked about when nothing else times the sessions
