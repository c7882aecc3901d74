"""
Facts, the values grammar rules find, and the spans of tokens they are read from.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from rehabplan.model import (
    MAX_BOUT,
    Range,
)
from rehabplan.phrases._tok import Tok as _Tok

__all__ = [
    "DOSE_KINDS",
    "Fact",
    "Handler",
    "Span",
    "days",
    "duration",
    "plus",
    "seconds",
    "secs",
    "whole",
]


# --------------------------------------------------------------------------- facts


class Fact(NamedTuple):
    """One thing a rule found: a field (*kind*), its value and where it was said."""

    kind: str
    value: Any
    start: int
    end: int
    weak: bool = False


Handler = Callable[["re.Match[str]", "Span"], Iterable[Fact]]


#: What ends a clause for a handler that weighs the words around its match.
_CLAUSE_ENDS = frozenset({".", ";", "!", "?"})


def _inclusive(where: tuple[int, int]) -> tuple[int, int]:
    return where[0], where[1] + 1


def _first_to_last(tokens: list[_Tok]) -> tuple[int, int]:
    return tokens[0].start, tokens[-1].end


#: Words a rule must not lose when it passes over the words between its verb and its
#: length: how often, when, an event, as needed and the days.
_HOW_OFTEN_WORDS = frozenset(
    "hour hours hourly day days daily week weeks weekly fortnightly monthly morning noon "
    "afternoon evening night nightly bedtime bed weekdays weekends lunch waking every".split()
)
_READ_AGAIN = _HOW_OFTEN_WORDS | frozenset(
    "before after prior following needed breakfast dinner supper meal meals when "
    "whenever while during".split()
)
#: Words that turn around or hedge what is passed over: never read again, asked.
_TURNED = frozenset(
    "not never no except avoid don't dont without sometimes occasionally or if unless "
    "increasing increase progress progressing until once".split()
)


class Span:
    """
    The tokens a rule matched, with their named groups.

    It keeps the phrase's token list and indexes into it: a phrase has a few spans,
    and most handlers read one or two values from them.
    """

    __slots__ = ("_after", "_before", "_first", "_groups", "_last", "_tokens", "end", "start")

    def __init__(
        self, tokens: list[_Tok], first: int, last: int, groups: dict[str, tuple[int, int]]
    ) -> None:
        self._tokens = tokens
        self._first = first
        self._last = last
        self._groups = groups
        self.start = tokens[first].start
        self.end = tokens[last].end
        # (handlers ask for the words around a match many times, and never change them)
        self._before: list[_Tok] | None = None
        self._after: list[_Tok] | None = None

    @property
    def tokens(self) -> list[_Tok]:
        """Every token the rule matched."""
        return self._tokens[self._first : self._last + 1]

    @property
    def before(self) -> list[_Tok]:
        """The tokens of the phrase before the match (the same list each time: read only)."""
        if self._before is None:
            self._before = self._tokens[: self._first]
        return self._before

    @property
    def after(self) -> list[_Tok]:
        """The tokens of the phrase after the match (the same list each time: read only)."""
        if self._after is None:
            self._after = self._tokens[self._last + 1 :]
        return self._after

    @property
    def next_token(self) -> _Tok | None:
        """The token right after the match (None at the end): cheaper than `after`."""
        last = self._last + 1
        return self._tokens[last] if last < len(self._tokens) else None

    @property
    def outside(self) -> list[_Tok]:
        """The tokens of the phrase before and after the match."""
        return self.before + self.after

    @property
    def clause(self) -> list[_Tok]:
        """The tokens of the sentence or clause the match stands in (up to '.', ';', '!')."""
        start, end = self._first, self._last + 1
        while start > 0 and self._tokens[start - 1].sym not in _CLAUSE_ENDS:
            start -= 1
        while end < len(self._tokens) and self._tokens[end].sym not in _CLAUSE_ENDS:
            end += 1
        return self._tokens[start:end]

    def said(self, name: str | None = None) -> str:
        """
        The words matched (or those of group *name*), each once ("once" is two tokens,
        a count and "times").
        """
        tokens = self.tokens if name is None else self.group(name)
        return " ".join(
            t.raw for i, t in enumerate(tokens) if not i or t.start != tokens[i - 1].start
        )

    def group(self, name: str) -> list[_Tok]:
        """The tokens of group *name* (none when it took no part in the match)."""
        where = self._groups.get(name)
        if where is None:
            return []
        return self._tokens[where[0] : where[1] + 1]

    def value(self, name: str, default: Any = None) -> Any:
        where = self._groups.get(name)
        if where is None or where[1] < where[0]:
            return default
        return self._tokens[where[0]].value

    def has(self, name: str) -> bool:
        where = self._groups.get(name)
        return where is not None and where[1] >= where[0]

    def raw(self, name: str) -> str:
        return " ".join(t.raw for t in self.group(name))

    def syms(self, name: str) -> list[str]:
        return [t.sym for t in self.group(name)]

    def read_again(self, name: str) -> Iterable[Fact]:
        """
        A fact that asks the grammar to read group *name*'s words again, as if the rule
        had not matched them: "to help the swelling go down each evening" keeps its time.
        """
        words = self.group(name)
        if words:
            yield Fact("again", tuple(words), *_first_to_last(words))

    def passed_over(
        self, until: str, *, keep: tuple[str, ...] = (), events: bool = True
    ) -> Iterable[Fact]:
        """
        A fact that asks the grammar to read again the words the rule passed over between
        its first token and group *until* (the groups in *keep* are the rule's own), when
        they say how often or when: "Hold the stretch each morning for 30 s". With
        *events* false, an event there is the movement's moment, not the session's ("hold
        before you stand up for 3 s"). Words that turn what they say around or hedge it
        ("not at night", "sometimes", "or as needed") are asked about, never read again.
        """
        where = self._groups.get(until)
        if where is None:
            return
        kept = {
            i
            for name in keep
            if name in self._groups
            for i in range(*_inclusive(self._groups[name]))
        }
        over = [
            tok
            for i, tok in enumerate(self._tokens[self._first + 1 : where[0]], self._first + 1)
            if i not in kept
        ]
        again = _READ_AGAIN if events else _HOW_OFTEN_WORDS
        if not any(tok.sym in again for tok in over):
            return
        if any(tok.raw.lower() in _TURNED for tok in over):
            said = " ".join(tok.raw for tok in over)
            yield Fact(
                "ambiguous", f"{said!r} inside a dose: say when apart", *_first_to_last(over)
            )
        else:
            yield Fact("again", tuple(over), *_first_to_last(over))

    def fact(self, kind: str, value: Any, *, weak: bool = False) -> Fact:
        if kind == "bout":
            longest = value.high if isinstance(value, Range) else value
            if longest > MAX_BOUT and self._totalled():
                # "five times per week, totaling 20 hours": the sessions' sum ("for a total
                # of 48 hours" may be a course)
                kind = "ambiguous" if longest >= _DAY else "note"
                return Fact(kind, f"a total time, not a session: {self.said()}", *self._ends)
            if longest >= _DAY and not isinstance(value, Range) and self._keeps_on(value):
                # "Continue for at least 48 hours": how long to keep on, a course in days
                return Fact("duration", value // _DAY, self.start, self.end)
            if longest >= _DAY:
                # "24 hours a day", "rest for 48 hours": a day or more is not a bout (a
                # course said in hours, "for the first 48 hours", has its own rule)
                return Fact(
                    "bad",
                    "a length of a day or more is not a bout: say the course in days",
                    self.start,
                    self.end,
                )
            if longest > MAX_BOUT:
                if _WORN.isdisjoint(t.raw.lower() for t in self.clause):
                    return Fact("bad", "a bout of over 12 hours is no session", *self._ends)
                # "worn 22 hours a day", "Wear daily for 12 to 22 hours": a time a splint
                # or a retainer is kept on, longer than any session
                return Fact(
                    "note", f"a time worn or kept, not a session: {self.said()}", *self._ends
                )
        return Fact(kind, value, self.start, self.end, weak)

    def _keeps_on(self, value: dt.timedelta) -> bool:
        """True for "Continue (icing) for 48 hours": the exercise kept up for whole days."""
        kept_up = {
            t.raw.lower()
            for t in self._tokens[self._first + 1 : self._last]
            if t.sym not in {"N", "hour", "hours"}
        }
        nxt = self._tokens[self._last + 1 : self._last + 3]
        return (
            not value % _DAY
            and self._tokens[self._first].raw.lower() in _GOING_ON
            and kept_up <= _THE_EXERCISE  # not "continue taking painkillers", "the cream"
            and not any(t.sym == "then" for t in nxt)  # "..., then start exercises"
        )

    def _totalled(self) -> bool:
        """
        True for a time said as a sum: "a total of 20 hours", "40 hours in total", "84 hours
        over 4 weeks" (spread over a course).
        """
        near = self._tokens[max(0, self._first - 3) : min(len(self._tokens), self._last + 3)]
        later = [t.sym for t in self._tokens[self._last + 1 : self._last + 4]]
        spread = later[-3:] in (["over", "N", "weeks"], ["spread", "over", "N"])
        return spread or not _TOTAL.isdisjoint(t.raw.lower() for t in near)

    @property
    def _ends(self) -> tuple[int, int]:
        return self.start, self.end


_DAY = dt.timedelta(days=1)
#: Words of keeping on: a length of whole days after them is a course.
_GOING_ON = frozenset({"continue", "continuing", "keep", "carry"})
#: The words of the exercise kept up: "Continue (icing, the exercises) for 48 hours" is
#: its course; anything else ("taking painkillers", "the cream", "resting") is not.
_THE_EXERCISE = frozenset(
    "for at least the this these those them it exercises exercise exercising icing ice "
    "stretching stretches walking moving practising practicing doing programme program "
    "routine elevating your with to walk do use".split()
)
_TOTAL = frozenset("total totaling totalling totals altogether overall cumulative".split())
#: Words of something worn or kept on: a splint "worn 22 hours a day" is no session.
_WORN = frozenset("wear worn wearing wore splint brace retainer retainers sling boot boots".split())
_UNIT_SECONDS = {"sec": 1, "second": 1, "min": 60, "hour": 3600, "hours": 3600}
_DAY_UNITS = {
    "day": 1,
    "days": 1,
    "night": 1,
    "nights": 1,
    "week": 7,
    "weeks": 7,
    "month": 30,
    "months": 30,
    "year": 365,
    "years": 365,
    "fortnight": 14,
    "fortnights": 14,
}


def seconds(count: Any, unit: str) -> Any:
    factor = _UNIT_SECONDS[unit]
    if isinstance(count, Range):
        return Range(secs(count.low * factor), secs(count.high * factor))
    return secs(count * factor)


#: Longer than any length the readers accept, and short enough for a timedelta: a
#: longer count ("100 billion hours") is held at this, to be refused as out of range.
_LONGEST_SECONDS = 1000 * 365 * 86400


def secs(value: float) -> dt.timedelta:
    # half a second up, as a clinician rounds (not to the even number, as `round` does)
    return dt.timedelta(seconds=math.floor(min(value, _LONGEST_SECONDS) + 0.5))


def duration(span: Span, prefix: str) -> Any:
    """A duration group (count, unit, optional "to count unit") as timedelta or Range."""
    first = seconds(span.value(f"{prefix}n"), span.syms(f"{prefix}u")[0])
    if span.has(f"{prefix}u2"):  # "up to a minute": one of the unit
        count = span.value(f"{prefix}n2") if span.has(f"{prefix}n2") else 1
        second = seconds(count, span.syms(f"{prefix}u2")[0])
        a = first.low if isinstance(first, Range) else first
        b = second.high if isinstance(second, Range) else second
        return Range(a, b) if a < b else first
    return first


def plus(value: Any, extra: int) -> Any:
    if isinstance(value, Range):
        return Range(value.low + extra, value.high + extra)
    return value + extra


def days(count: Any, unit: str) -> Any:
    factor = _DAY_UNITS[unit]
    if isinstance(count, Range):
        return Range(count.low * factor, count.high * factor)
    return count * factor


def whole(value: Any) -> bool:
    if isinstance(value, Range):
        return isinstance(value.low, int) and isinstance(value.high, int)
    return isinstance(value, int) and not isinstance(value, bool)


#: The kinds of fact that belong to a dose, not a timing.
DOSE_KINDS = frozenset({"sets", "reps", "hold", "per_side", "rest", "load", "bout", "side"})
