"""
The grammar of the phrase language: one regular expression over token symbols.

Each rule is (name, pattern, handler); the patterns are tried left to right at each
token, the first that matches wins, and its handler turns the matched tokens into
facts ("per_day 2", "hold 30 s", "anchor before run"). Every repetition that can fail
is bounded, so reading time grows linearly with the text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from rehabplan.model import (
    Anchor,
    Load,
    Range,
)
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._tokens import Tok as _Tok
from rehabplan.phrases._tokens import word_tokens as _word_tokens

__all__ = ["DOSE_KINDS", "Fact", "facts", "whole"]


# --------------------------------------------------------------------------- facts


class _Fact(NamedTuple):
    """One thing a rule found: a field (*kind*), its value and where it was said."""

    kind: str
    value: Any
    start: int
    end: int
    weak: bool = False


_new_tuple = tuple.__new__

_Handler = Callable[["re.Match[str]", "_Span"], Iterable[_Fact]]


class _Span:
    """
    The tokens a rule matched, with their named groups.

    It keeps the phrase's token list and indexes into it: a phrase has a few spans,
    and most handlers read one or two values from them.
    """

    __slots__ = ("_first", "_groups", "_last", "_tokens", "end", "start")

    def __init__(
        self, tokens: list[_Tok], first: int, last: int, groups: dict[str, tuple[int, int]]
    ) -> None:
        self._tokens = tokens
        self._first = first
        self._last = last
        self._groups = groups
        self.start = tokens[first].start
        self.end = tokens[last].end

    @property
    def tokens(self) -> list[_Tok]:
        """Every token the rule matched."""
        return self._tokens[self._first : self._last + 1]

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

    def fact(self, kind: str, value: Any, *, weak: bool = False) -> _Fact:
        # tuple.__new__ directly: a named tuple's own __new__ is a Python function
        return _new_tuple(_Fact, (kind, value, self.start, self.end, weak))


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


def _seconds(count: Any, unit: str) -> Any:
    factor = _UNIT_SECONDS[unit]
    if isinstance(count, Range):
        return Range(_secs(count.low * factor), _secs(count.high * factor))
    return _secs(count * factor)


def _secs(value: float) -> dt.timedelta:
    return dt.timedelta(seconds=round(value))


def _duration(span: _Span, prefix: str) -> Any:
    """A duration group (count, unit, optional "to count unit") as timedelta or Range."""
    first = _seconds(span.value(f"{prefix}n"), span.syms(f"{prefix}u")[0])
    if span.has(f"{prefix}n2"):
        second = _seconds(span.value(f"{prefix}n2"), span.syms(f"{prefix}u2")[0])
        a = first.low if isinstance(first, Range) else first
        b = second.high if isinstance(second, Range) else second
        return Range(a, b) if a < b else first
    return first


def _plus(value: Any, extra: int) -> Any:
    if isinstance(value, Range):
        return Range(value.low + extra, value.high + extra)
    return value + extra


def _days(count: Any, unit: str) -> Any:
    factor = _DAY_UNITS[unit]
    if isinstance(count, Range):
        return Range(count.low * factor, count.high * factor)
    return count * factor


def _whole(value: Any) -> bool:
    if isinstance(value, Range):
        return isinstance(value.low, int) and isinstance(value.high, int)
    return isinstance(value, int) and not isinstance(value, bool)


# Grammar pieces over symbols; every token in a pattern is followed by one space.
_PER = r"(?:per |a |each |/ |in a |x |p |eachday )"
_QUAL = (
    r"(?:at least |atleast |up to |about |approximately |approx |around |roughly |"
    r"a maximum of |a minimum of |no more than |not more than |maximum |max |minimum |"
    r"a total of |approx \. |~ )?"
)
_TU = r"(?:sec|second|min|hour|hours)"


def _dur(p: str) -> str:
    return rf"(?P<{p}n>N) (?P<{p}u>{_TU}) (?:to (?P<{p}n2>N) (?P<{p}u2>{_TU}) )?"


_DAYU = r"(?:day|days|week|weeks|month|months|night|nights|fortnight|fortnights|year|years)"
_PERIOD_AHEAD = (
    r"(?:x |session |time )?(?:per |a |each |/ |in a |x |p |eachday |every )?(?:N |ORD |second |other )?"
    r"(?:day |daily |days |week |weekly |weeks |month |monthly |"
    r"night |nightly |eachday |everyday )"
)
_SIDE = r"(?:side|sides|leg|legs)"
_SLOT = (
    r"(?:morning|noon|lunch|afternoon|evening|night|bedtime|mane|nocte|qam|qpm|nightly|am|pm|TIME)"
)


def _event_pattern() -> str:
    alts = set()
    for key in lx.EVENTS:
        syms: list[str] = []
        for word in key.split():
            toks = _word_tokens(word, 0, 0)
            syms.extend(re.escape(t.sym) for t in toks)
        alts.add(" ".join(syms))
    return "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ") "


def _symptom_pattern() -> str:
    return "(?:" + "|".join(sorted(lx.SYMPTOMS, key=len, reverse=True)) + ") "


_EVENT = _event_pattern()
_EXERCISE_NOUNS = "|".join(sorted(lx.EXERCISE_NOUNS, key=len, reverse=True))
_LOCOMOTION = "|".join(sorted(lx.LOCOMOTION, key=len, reverse=True))
_DETERMINERS = (
    r"(?:(?:each|the|your|a|any|going|starting|doing|physical|eccentric|my|all|sports|"
    r"and|or|every|other|this|that|these|those|our|his|her|their|you|prolonged|long|"
    r"extended|periods|of|hard|strenuous|heavy|intense|hot|warm|cold|long|go|for|play|"
    r"playing|start|have|having|take|taking) ){0,6}"
)


# ---- handlers


def _h_sets_reps_hold(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("sets", s.value("s"))
    yield s.fact("reps", s.value("r"))
    yield s.fact("hold", _duration(s, "h"))


def _h_reps_hold(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("reps", s.value("r"))
    yield s.fact("hold", _duration(s, "h"))
    if s.has("side"):
        yield s.fact("per_side", True)


def _h_sets_hold(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("sets", s.value("s"))
    if s.has("r"):
        yield s.fact("reps", s.value("r"))
    yield s.fact("hold", _duration(s, "h"))


def _h_sets_reps(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("sets", s.value("s"))
    yield s.fact("reps", s.value("r"))
    if s.has("ea"):
        yield s.fact("per_side", True)


def _h_sets(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("sets", s.value("s"))


def _h_reps(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    reps = s.value("r")
    yield s.fact("reps", _plus(reps, 1) if s.has("more") else reps)
    if s.has("side"):
        yield s.fact("per_side", True)


def _h_then_repeat(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("sets", 2)
    yield s.fact("ambiguous", "'then repeat' read as a second set")


def _h_q_slot(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    slot = {"am": "morning", "pm": "evening"}.get(s.syms("slot")[0], s.syms("slot")[0])
    yield s.fact("times", (lx.SLOT_WORDS.get(slot, slot),))


def _h_per_day_one(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("per_day", 1)


def _h_hold(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("hold", _duration(s, "h"))
    if s.has("side"):
        yield s.fact("per_side", True)


def _h_bout_each_side(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    # "1 min each side" with no "hold" said is a timed bout on each side (a foam-roller
    # or ball release), not a held position: minutes are how long a release goes on,
    # while "30 s each side" is the way a stretch's hold is written.
    if s.syms("hu")[0] == "min":
        yield s.fact("bout", _duration(s, "h"))
    else:
        yield s.fact("hold", _duration(s, "h"))
    yield s.fact("per_side", True)


def _h_hold_count(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("hold", _seconds(s.value("c"), "sec"))


def _h_rest(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    value = _duration(s, "r")
    yield s.fact("rest", value.high if isinstance(value, Range) else value)


def _h_load(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    unit = "kg" if s.syms("u")[0] == "kg" else "lb"
    amount = s.value("w")
    if isinstance(amount, Range):
        amount = amount.high
    yield s.fact("load", Load(amount, unit))


def _h_side(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("per_side", True)


def _h_nothing(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    return ()


def _h_bout(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("bout", _duration(s, "b"))


def _h_per_day(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("per_day", s.value("n"))


def _h_daily(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("per_day", 1, weak=True)


def _h_every_hours(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    hours = s.value("n", 1)
    if _whole(hours):
        low_end = hours.low if isinstance(hours, Range) else hours
        if low_end >= 24 and not isinstance(hours, Range) and hours % 24 == 0:
            if hours == 24:
                yield s.fact("per_day", 1)
            else:
                yield s.fact("every_days", hours // 24)
            return
        if (hours.high if isinstance(hours, Range) else hours) <= 24 and low_end >= 1:
            yield s.fact("every_hours", hours)
            return
    yield s.fact("bad", "an interval in hours must be a whole number from 1 to 24")


def _h_round_clock(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("round_the_clock", True)


def _h_waking(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("waking", True)


def _h_every_days(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    value = s.value("n", 2)
    if s.has("ord"):
        value = s.value("ord")
    if s.has("u"):
        value = _days(value, s.syms("u")[0])
    if s.has("more"):
        value = _plus(value, 1)
        yield s.fact("ambiguous", "a day of rest in between read as every other day")
    if isinstance(value, Range) or not _whole(value):
        yield s.fact("ambiguous", "an interval given as a range")
        return
    if value == 1:
        yield s.fact("per_day", 1, weak=True)
    else:
        if value >= 28 and s.has("u") and s.syms("u")[0].startswith("month"):
            yield s.fact("ambiguous", "a month read as 30 days")
        yield s.fact("every_days", value)


def _h_rest_day_between(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("every_days", 2)
    yield s.fact("ambiguous", "a rest day in between read as every other day")


def _h_fortnightly(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("every_days", 14)


def _h_monthly(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("every_days", 30)
    yield s.fact("ambiguous", "monthly read as every 30 days")


def _h_per_week(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("per_week", s.value("n", 1), weak=not s.has("n"))


def _h_vague(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("ambiguous", "a vague count: " + " ".join(t.raw for t in s.tokens))


def _weekday_list(tokens: Iterable[_Tok]) -> set[int]:
    days: set[int] = set()
    toks = list(tokens)
    for i, tok in enumerate(toks):
        if tok.sym != "DOW":
            continue
        days.add(tok.value)
        if (
            i + 2 < len(toks)
            and toks[i + 1].sym in {"-", "to", "through", "thru"}
            and toks[i + 2].sym == "DOW"
        ):
            a, b = tok.value, toks[i + 2].value
            k = a
            while k != b:
                days.add(k)
                k = (k + 1) % 7
    return days


def _h_weekdays(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("weekdays", frozenset(_weekday_list(s.tokens)))


def _h_weekday_group(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    group = s.syms("g")[0]
    days = frozenset(range(5)) if group == "weekdays" else frozenset({5, 6})
    yield s.fact("weekdays", days)


def _h_except(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    if s.has("daily"):
        yield s.fact("per_day", 1, weak=True)
    if s.has("g"):
        group = frozenset(range(5)) if s.syms("g")[0] == "weekdays" else frozenset({5, 6})
        yield s.fact("except", group)
    else:
        yield s.fact("except", frozenset(_weekday_list(s.group("list"))))


def _slot_value(tok: _Tok) -> str | dt.time:
    if tok.sym == "TIME":
        assert isinstance(tok.value, dt.time)
        return tok.value
    return lx.SLOT_WORDS[tok.sym]


def _h_times(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    slots = tuple(_slot_value(t) for t in s.tokens if t.sym in _SLOT_SYMS)
    yield s.fact("times", slots)
    if any(t.sym in {"pm"} for t in s.tokens):
        yield s.fact("ambiguous", lx.AMBIGUOUS_ABBREVIATIONS["pm"])


_SLOT_SYMS = frozenset({*lx.SLOT_WORDS, "TIME"})


def _h_bedtime(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("times", ("bedtime",))


def _event_of(tokens: Sequence[_Tok]) -> str | None:
    raws = [t.sym if t.raw in lx.ABBREVIATIONS else t.raw for t in tokens]
    for size in range(min(6, len(raws)), 0, -1):
        for start in range(len(raws) - size, -1, -1):
            key = " ".join(raws[start : start + size])
            if key in lx.EVENTS:
                return lx.EVENTS[key]
    return None


def _h_anchor(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    event = _event_of(s.group("ev"))
    if event is None:  # pragma: no cover - the pattern only matches events
        return
    rel = s.syms("rel")[0] if s.has("rel") else "when"
    rel = {"prior": "before", "following": "after"}.get(rel, rel)
    if s.has("rel2"):
        rel = "before and after"
    if rel == "before" and event == "bed":
        yield s.fact("times", ("bedtime",))
        return
    yield s.fact("anchor", Anchor(rel, event))  # type: ignore[arg-type]


def _h_when_event(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    event = _event_of(s.group("ev"))
    if event is not None:
        yield s.fact("anchor", Anchor("when", event))


def _h_pending_before(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("pending_before", True)


def _h_prn(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("prn", True)


def _h_prn_condition(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("prn", True)
    yield s.fact("condition", " ".join(t.raw for t in s.tokens))


def _h_duration(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    count = s.value("n")
    unit = s.syms("u")[0]
    if isinstance(count, Range):
        yield s.fact("ambiguous", "a duration given as a range")
        return
    if not _whole(count):
        yield s.fact("bad", "a duration must be a whole number")
        return
    if unit.startswith("month"):
        yield s.fact("ambiguous", "a month read as 30 days")
    yield s.fact("duration", _days(count, unit))


def _h_one_unit(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    unit = s.syms("u")[0]
    if unit == "month":
        yield s.fact("ambiguous", "a month read as 30 days")
    yield s.fact("duration", _days(1, unit))


def _h_hours_course(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    hours = s.value("n")
    if isinstance(hours, int) and hours >= 24 and hours % 24 == 0:
        yield s.fact("duration", hours // 24)
    elif isinstance(hours, Range) and hours.low >= 24:
        yield s.fact("ambiguous", "a duration given as a range")
    else:
        yield s.fact("bout", _seconds(hours, "hour"))


def _h_uk_duration(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    count, per = s.value("n"), s.value("d")
    factor = {7: 1, 52: 7, 12: 30}.get(per)
    if factor is None or not _whole(count) or isinstance(count, Range):
        return
    if per == 12:
        yield s.fact("ambiguous", "a month read as 30 days")
    yield s.fact("duration", count * factor)


def _date_of(s: _Span) -> dt.date | None:
    toks = s.group("date")
    numbers = [t.value for t in toks if t.sym in {"N", "ORD"}]
    months = [t.value for t in toks if t.sym == "MONTH"]
    dates = [t.value for t in toks if t.sym == "DATE"]
    if dates:
        return dates[0]  # type: ignore[no-any-return]
    if not months or not numbers:
        return None
    day = numbers[0]
    year = numbers[1] if len(numbers) > 1 else None
    if year is None or not isinstance(day, int) or not isinstance(year, int):
        return None
    try:
        return dt.date(year, months[0], day)
    except ValueError:
        return None


def _h_until(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    date = _date_of(s)
    if date is None:
        yield s.fact("bad", "a date needs a day, a month and a year, such as 2027-06-01")
    else:
        yield s.fact("until", date)


def _h_from(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    date = _date_of(s)
    if date is None:
        yield s.fact("bad", "a date needs a day, a month and a year, such as 2027-06-01")
    else:
        yield s.fact("start", date)


def _h_label(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    key = s.syms("k")[0]
    value = s.value("v")
    kind = {
        "reps": "reps",
        "sets": "sets",
        "repeat": "reps",
        "daily": "per_day",
        "weekly": "per_week",
    }.get(key)
    if key == "hold":
        yield s.fact("hold", _seconds(value, "sec"))
    elif kind is not None:
        yield s.fact(kind, value)


def _h_label_period(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    kind = "per_day" if s.syms("k")[0] == "day" else "per_week"
    yield s.fact(kind, s.value("v"))


def _h_per_24_hours(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    """Read "4 in 24 hours" as 4 a day and "1 every 6 hours" as every 6 hours."""
    count = s.value("n")
    window = [t.value for t in s.tokens if t.sym == "N"][-1]
    if window == 24:
        yield s.fact("per_day", count)
    elif count == 1 and isinstance(window, int) and 1 <= window <= 23:
        yield s.fact("every_hours", window)
    elif count == 1 and isinstance(window, int) and window % 24 == 0:
        yield s.fact("every_days", window // 24)
    elif (
        isinstance(count, int) and isinstance(window, int) and window and (24 * count) % window == 0
    ):
        yield s.fact("per_day", 24 * count // window)
    else:
        yield s.fact(
            "ambiguous", "a count in a window of hours: " + " ".join(t.raw for t in s.tokens)
        )


def _h_morning(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("times", ("morning",))


def _h_night(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("times", ("night",))


def _h_q_weeks(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    count = s.value("n", 1)
    unit = s.syms("u")[0]
    if not isinstance(count, int):
        return
    if unit.startswith("week") and count == 1:
        yield s.fact("per_week", 1)
        return
    if unit.startswith("month"):
        yield s.fact("ambiguous", "a month read as 30 days")
    yield s.fact("every_days", _days(count, unit))


def _h_code_range(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    a, b = s.value("a"), s.value("b")
    if isinstance(a, int) and isinstance(b, int) and a < b:
        yield s.fact("per_day", Range(a, b))
    else:
        yield s.fact("per_day", a)


def _h_every_other_slot(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("every_days", 2)
    yield s.fact("times", (lx.SLOT_WORDS.get(s.syms("slot")[0], s.syms("slot")[0]),))


def _h_stage(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("stage", True)


def _h_progression_note(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("note", "progression: " + " ".join(t.raw for t in s.tokens))


def _h_progression(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("progression", True)


def _h_progress_step(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("note", "progression: " + " ".join(t.raw for t in s.tokens))


def _h_anchor_code(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("anchor", Anchor("before", "bed"))


_NOT_PERIOD = rf"(?!{_PERIOD_AHEAD})"

#: The grammar: (name, pattern over symbols, handler), tried in this order at each
#: position (the first that matches wins, so longer and more specific come first).
_RULES: tuple[tuple[str, str, _Handler], ...] = (
    # labels in tables: "REPS: 10", "SETS: 3", "HOLD: 2", "DAILY: 1", "WEEKLY: 3"
    ("label_sets_x_reps", r"sets x reps (?:: |- |= )?(?P<s>N) x (?P<r>N) ", _h_sets_reps),
    (
        "label_per_period",
        rf"(?:x|session) (?:per|a|each|/) (?P<k>day|week) (?:: |- |= |\| )?(?P<v>N) (?!x |{_TU} )",
        _h_label_period,
    ),
    (
        "label_bare",
        r"(?P<k>reps|sets|hold) (?P<v>N) (?=(?:reps|sets|hold|x (?:a|per|each|/) (?:day|week)) (?:: |- |= |)N |[.,;|)] |$)",
        _h_label,
    ),
    ("hold_breaths", r"hold (?:it |this |for |)(?:N )?(?:breaths|breath) ", _h_nothing),
    (
        "increase_by",
        r"(?:increase|increasing|add|adding) (?:by )?N (?:reps|sets|sec|second|min|x|kg|lb) (?:(?:per |a |each |/ |every )(?:week|day|session) )?",
        _h_progression_note,
    ),
    (
        "then_stage",
        r"(?:(?:, |; |\. )?(?:and )?)(?:then|thereafter|after that) (?=each |daily |N x |alternate |weekly |N (?:days|x) |on DOW |every |DOW )",
        _h_stage,
    ),
    ("label_sets_slash_reps", r"sets / reps (?:: |- |= )?(?P<s>N) / (?P<r>N) ", _h_sets_reps),
    (
        "label",
        rf"(?P<k>reps|sets|hold|daily|weekly|repeat) (?:: |- |= |\| )?{_QUAL}(?P<v>N) (?!(?:reps|sets|sec|second|min|hour|hours|x) (?!: )|{_PERIOD_AHEAD}(?<!: )(?!: ))(?:x )?",
        _h_label,
    ),
    # progression markers: values after them are targets, not the dose
    (
        "progression",
        r"(?:increasing|increase|progress|progressing|progressed|build|building|work|working|advance|advancing|going) (?:up )?to ",
        _h_progression,
    ),
    (
        "progress_step",
        rf"\+ (?P<n>N) (?:reps|sets|sec|second|min|x|kg|lb|%) (?:{_PER}|each )?(?:week|day|session|N weeks|N days) ",
        _h_progress_step,
    ),
    # UK shorthand durations: "for 5/7" (days), "for 3/52" (weeks), "for 2/12" (months)
    (
        "uk_duration",
        r"(?:for |x |)(?P<n>N) / (?P<d>N) (?!N |each |reps |x |per |ea )",
        _h_uk_duration,
    ),
    ("ratio", r"N / N ", _h_nothing),
    # bouts that are not holds or frequencies
    ("bout_per_day", rf"{_QUAL}{_dur('b')}(?:per |a |each |/ )(?:day|daily|session) ", _h_bout),
    ("bout_at_a_time", rf"(?:for )?{_QUAL}{_dur('b')}at a time ", _h_bout),
    # doses
    ("bout_locomotion", rf"(?:{_LOCOMOTION}) (?:for )?{_QUAL}{_dur('b')}", _h_bout),
    ("bout_then_locomotion", rf"{_QUAL}{_dur('b')}(?:{_LOCOMOTION}) ", _h_bout),
    (
        "sets_reps_hold",
        rf"(?P<s>N) x (?P<r>N) x {_QUAL}{_dur('h')}(?:hold |isometric )?",
        _h_sets_reps_hold,
    ),
    (
        "reps_hold",
        rf"(?P<r>N) x {_QUAL}{_dur('h')}(?:hold |isometric ){{0,3}}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {_SIDE} )?",
        _h_reps_hold,
    ),
    (
        "sets_of_hold",
        rf"(?P<s>N) (?:sets) (?:of |x |)(?:(?P<r>N) x )?{_QUAL}{_dur('h')}(?:hold |isometric ){{1,3}}",
        _h_sets_hold,
    ),
    (
        "sets_of_dur",
        rf"(?P<s>N) (?:sets) of (?:(?P<r>N) x )?{_QUAL}(?P<hn>N) (?P<hu>sec|second|min) (?:to (?P<hn2>N) (?P<hu2>sec|second|min) )?(?!{_PERIOD_AHEAD})",
        _h_sets_hold,
    ),
    (
        "reps_of_hold",
        rf"(?P<r>N) (?:reps) (?:of |x |)(?:{_QUAL}){_dur('h')}(?:hold |isometric ){{0,3}}",
        _h_reps_hold,
    ),
    ("sets_x_reps", rf"(?P<s>N) x (?P<r>N) (?!x |{_TU} )(?:reps )?(?P<ea>ea )?", _h_sets_reps),
    (
        "sets_of_reps",
        r"(?P<s>N) sets (?:of |x |, |: |with |)(?P<r>N) (?!x |sec |second |min |hour |session |days |day |time )(?:reps )?(?P<ea>ea )?",
        _h_sets_reps,
    ),
    (
        "reps_x_sets",
        r"(?P<r>N) reps (?P<ea>ea |each )?(?:x |, |/ |in |of |)(?P<s>N) sets ",
        _h_sets_reps,
    ),
    ("sets", r"(?P<s>N) (?:more )?sets ", _h_sets),
    (
        "reps_per_side",
        rf"(?P<r>N) (?:reps |x )?(?P<side>(?:on |with |for |per |)(?:each|per|ea) {_SIDE} )",
        _h_reps,
    ),
    ("reps_rm", r"(?P<r>N) rm ", _h_reps),
    (
        "reps",
        r"(?P<r>N) (?P<more>more )?(?:(?!sets |x |each |per |a |reps )[a-z][a-z'-]* )?reps (?:/ sets |per sets |/ x |each x )?(?P<side>ea )?",
        _h_reps,
    ),
    (
        "repeat",
        rf"repeat (?:(?:it|this|each|the|exercise|stretch|them|these|that|all|both|sequence|steps|above|movement|on|with|your|other) ){{0,4}}(?:: )?{_QUAL}(?P<r>N) (?!hours |hour |hourly )(?P<more>more )?(?:x |reps )?{_NOT_PERIOD}",
        _h_reps,
    ),
    (
        "then_repeat",
        r"(?:and )?then repeat (?:once |again |it |this )?(?=[.,;)] |$)",
        _h_then_repeat,
    ),
    (
        "repeat_x",
        rf"repeat (?:(?:it|this|each|the|exercise|stretch|them|these|that|all|both) ){{0,3}}(?:: )?x (?P<r>N) {_NOT_PERIOD}",
        _h_reps,
    ),
    ("n_more_times", r"(?P<r>N) (?P<more>more )x ", _h_reps),
    # holds
    (
        "hold_x",
        rf"hold (?:for )?{_QUAL}{_dur('h')}(?:hold )?(?:, )?x (?P<r>N) {_NOT_PERIOD}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {_SIDE} )?",
        _h_reps_hold,
    ),
    (
        "dur_hold_x",
        rf"{_QUAL}{_dur('h')}(?:hold|isometric) (?:, )?x (?P<r>N) {_NOT_PERIOD}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {_SIDE} )?",
        _h_reps_hold,
    ),
    (
        "dur_x_n",
        rf"{_QUAL}(?P<hn>N) (?P<hu>sec|second|min) x (?P<r>N) {_NOT_PERIOD}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {_SIDE} )?",
        _h_reps_hold,
    ),
    (
        "hold_count",
        r"hold (?:(?:it|this|for|the|position|stretch|each) ){0,3}(?:for )?(?:a )?count (?:of |to )(?P<c>N) ",
        _h_hold_count,
    ),
    ("hold_until_count", r"hold until (?:you |your )?count (?:to )?(?P<c>N) ", _h_hold_count),
    (
        "stay_hold",
        rf"(?:keep|stay|remain|rest) (?:in )?(?:the |this |that |your )?(?:position|there|still|pose|stretch) (?:for )?{_QUAL}{_dur('h')}",
        _h_hold,
    ),
    (
        "hold",
        rf"hold (?:(?:[a-z][a-z'-]*|,|:|-|=|\|) ){{0,5}}?(?:for )?{_QUAL}{_dur('h')}(?P<side>(?:on |with |for |per |)(?:each|per) {_SIDE} )?",
        _h_hold,
    ),
    ("hold_bare", r"hold (?:: |for )?(?P<c>N) (?=[.,;:()/] |$)", _h_hold_count),
    ("tempo", r"over a count of N ", _h_nothing),
    ("count_of", r"(?:for )?(?:a )?count of (?P<c>N) ", _h_hold_count),
    ("dur_hold", rf"{_QUAL}{_dur('h')}(?:hold|isometric) (?:hold )?", _h_hold),
    (
        "dur_each_side",
        rf"{_QUAL}(?P<hn>N) (?P<hu>sec|second|min) (?:to (?P<hn2>N) (?P<hu2>sec|second|min) )?(?P<side>(?:on |with |for |per |)(?:each|per) {_SIDE} )",
        _h_bout_each_side,
    ),
    # rest between sets
    (
        "rest",
        rf"rest (?:for |of |)(?:{_QUAL}){_dur('r')}(?:between (?:each )?(?:sets|reps|set|rounds|round) )?",
        _h_rest,
    ),
    (
        "rest_after",
        rf"{_QUAL}{_dur('r')}(?:of )?rest (?:between (?:each )?(?:sets|reps|set|rounds) )?",
        _h_rest,
    ),
    ("relax", rf"(?:relax|rest) (?:for )?{_QUAL}{_dur('x')}", _h_nothing),
    # load
    ("load", r"(?:with |at |using |holding |)(?P<w>N) (?P<u>kg|lb) ", _h_load),
    # sides
    ("each_direction", r"(?:on |with |for |in |)(?:each|per|both) direction ", _h_nothing),
    (
        "side",
        rf"(?:on |with |for |per |in |using |)(?:each|per|either|both|alternate|alternating|opposite|ORD) {_SIDE} ",
        _h_side,
    ),
    (
        "side_words",
        r"(?:bilateral |ea |(?:switch|change|swap|swapping|switching|changing) (?:sides|side|legs|leg|arms|arm|over) |(?:then |and |repeat |)(?:on |with |using |for )?(?:the )?(?:ORD|opposite) (?:side|leg|arm|sides|legs) |left and right |right and left |(?:l|r) (?:&|\+|and|/) (?:l|r) |/ (?:side|leg|arm|sides|legs) |(?:each|both|either) (?:nostril|nostrils|eye|eyes|ear|ears) )",
        _h_side,
    ),
    # times a day
    ("x_n_daily", rf"x (?P<n>N) (?:(?:{_PER})(?:day|daily)|daily|everyday|eachday) ", _h_per_day),
    (
        "vague_day",
        r"(?:a )?VAGUE (?:x |session |time |of x )(?:per |a |each |in a |over the course of (?:the )?|throughout (?:the )?|during (?:the )?|through (?:the )?)?(?:day|daily|week|weekly|eachday) ",
        _h_vague,
    ),
    (
        "vague_intervals",
        r"(?:at )?VAGUE intervals (?:throughout|during|through) (?:the )?day ",
        _h_vague,
    ),
    ("most_days", r"most days (?:of the week )?", _h_vague),
    (
        "n_times_slot",
        rf"(?P<n>N) x (?:(?:in|at|during) (?:the )?|each |every )(?=(?:early |late )?{_SLOT} )",
        _h_per_day,
    ),
    (
        "n_times_through_day",
        r"(?P<n>N) x (?:throughout|through|during|over|across) (?:the )?day ",
        _h_per_day,
    ),
    ("code_range", r"(?P<a>N) x daily (?:-|to|or|/) (?P<b>N) x daily ", _h_code_range),
    (
        "per_day",
        rf"{_QUAL}(?P<n>N) (?:x |session |time )(?:{_PER})?(?:daily|day|everyday|eachday) ",
        _h_per_day,
    ),
    ("per_day_slash", rf"{_QUAL}(?P<n>N) (?:per |a |/ |each |p )(?:day|daily) ", _h_per_day),
    (
        "per_24_hours",
        rf"{_QUAL}(?P<n>N) (?:x |session |time )?(?:in|per|every|each|within) (?:a |any )?(?:24|N) (?:hours|hour) ",
        _h_per_24_hours,
    ),
    (
        "every_hours",
        rf"(?:each |q |a ){_QUAL}(?P<n>N)? (?:hour|hours|hourly) (?:daily )?",
        _h_every_hours,
    ),
    ("q_slot", r"q (?P<slot>am|pm|morning|evening|night|bedtime) ", _h_q_slot),
    ("q_day", r"q (?:day|daily) ", _h_per_day_one),
    ("n_hourly", rf"{_QUAL}(?P<n>N) hourly ", _h_every_hours),
    ("hourly", r"(?:hourly|each hour|per hour) ", _h_every_hours),
    (
        "round_clock",
        r"(?:round|around) the clock |day and night |24 hours a day |night and day ",
        _h_round_clock,
    ),
    (
        "waking",
        r"(?:(?:while|when|whilst) (?:you are |)|)awake |during (?:the )?(?:day|daytime|waking hours) |(?:in |during )?waking hours ",
        _h_waking,
    ),
    # every N days
    (
        "every_other_slot",
        r"(?:on )?(?:each (?:ORD|second)|alternate) (?P<slot>morning|evening|night|afternoon|bedtime) ",
        _h_every_other_slot,
    ),
    (
        "every_ord_day",
        r"(?:on )?each (?P<ord>ORD|second) (?:day |eachday |(?P<u>week|month|weeks|months) )",
        _h_every_days,
    ),
    ("alternate_days", r"(?:on |every )?alternate (?:\. )?(?:days|day) ", _h_every_days),
    ("every_n_units", rf"each {_QUAL}(?P<n>N) (?P<u>{_DAYU}) ", _h_every_days),
    ("q_n_weeks", r"q (?P<n>N )?(?P<u>week|weeks|month|months) ", _h_q_weeks),
    ("q_n_days", r"(?:q|o) (?P<n>N) (?:day|days) ", _h_every_days),
    ("days_apart", r"(?P<n>N) (?P<u>day|days|week|weeks) apart ", _h_every_days),
    (
        "rest_day_between",
        r"(?:with |and |)(?:a |one |N )?rest days? (?:in )?between (?:each |)(?:[a-z]+ )?",
        _h_rest_day_between,
    ),
    (
        "rest_days_between",
        rf"{_QUAL}(?P<n>N) (?:day|days) (?:of )?rest (?P<more>(?:in )?between )(?:each [a-z]+ |[a-z]+ )?",
        _h_every_days,
    ),
    (
        "fortnightly",
        r"(?:fortnightly|each fortnight|N x (?:a|per|each|every) fortnight) ",
        _h_fortnightly,
    ),
    ("monthly", r"(?:monthly|each month|N x (?:a|per|each|every) month) ", _h_monthly),
    # times a week
    (
        "per_week",
        rf"{_QUAL}(?P<n>N) (?:x |session |days |day |time )(?:{_PER}|in a |each )?(?:week|weekly) ",
        _h_per_week,
    ),
    (
        "days_out_of_seven",
        rf"{_QUAL}(?P<n>N) (?:days |day |x )?(?:out of|of) (?:N|the week) ",
        _h_per_week,
    ),
    ("per_week_slash", rf"{_QUAL}(?P<n>N) (?:{_PER}|in a |each )(?:week|weekly) ", _h_per_week),
    ("n_weekly", rf"{_QUAL}(?P<n>N) (?:x )?weekly ", _h_per_week),
    (
        "days_per_week_adj",
        rf"{_QUAL}(?P<n>N) (?:[a-z][a-z'-]* ){{1,2}}(?:days|day) (?:{_PER}|in a |each )(?:week|weekly) ",
        _h_per_week,
    ),
    (
        "sessions_per_week",
        rf"{_QUAL}(?P<n>N) (?:[a-z][a-z'-]* ){{1,4}}session (?:{_PER}|in a )(?:week|weekly) ",
        _h_per_week,
    ),
    (
        "sessions_per_day",
        rf"{_QUAL}(?P<n>N) (?:[a-z][a-z'-]* ){{1,3}}session (?:{_PER}|in a )(?:day|daily) ",
        _h_per_day,
    ),
    ("weekly", r"(?:weekly|each week|once a week) ", _h_per_week),
    # weekdays
    (
        "except",
        r"(?P<daily>(?:each day|eachday|everyday|daily|each night|nightly) )?(?:but |)(?:except|not|excluding) (?:on |for |at )?(?:the )?(?:(?P<list>DOW (?:(?:, |and |& |/ |or |- |to |through |thru ){0,3}DOW )*)|(?P<g>weekends|weekdays) )",
        _h_except,
    ),
    (
        "weekdays",
        r"(?:on |each |every |)DOW (?:(?:, |and |& |/ |or |- |to |through |thru |plus ){0,3}DOW )*",
        _h_weekdays,
    ),
    (
        "weekday_group",
        r"(?:on |at |during |each |)(?:the )?(?P<g>weekdays|weekends) ",
        _h_weekday_group,
    ),
    # times of day
    (
        "before_bed",
        r"(?:before|at|prior to) (?:going to |you go to )?(?:bed|bedtime) (?:time )?",
        _h_bedtime,
    ),
    (
        "on_waking",
        r"(?:on|upon|when|after|as soon as) (?:you )?(?:waking|wake|awaking|wakening|rising|first waking)(?: up)? ",
        _h_morning,
    ),
    ("omni_nocte", r"N on (?=$|and |\+ |, |; )", _h_night),
    (
        "times",
        rf"(?:(?:in|during|the|each|every|at|this|first|thing|early|late|on) ){{0,5}}{_SLOT} (?:(?:and|,|&|or|then) (?:(?:in|the|at|each|every|early|late) ){{0,4}}{_SLOT} )*",
        _h_times,
    ),
    # anchors and conditions
    ("pending_before", r"before and (?=N )", _h_pending_before),
    (
        "anchor",
        rf"(?P<rel>before|after|prior|following)(?: to)? (?:(?:and|&|/|or) (?P<rel2>after|before) )?(?:(?:and|or|during) )?{_DETERMINERS}(?P<ev>{_EVENT})",
        _h_anchor,
    ),
    (
        "when_event",
        rf"(?:each time |time |whenever |when |any time |anytime |every time )(?:that )?(?P<ev>{_EVENT})",
        _h_when_event,
    ),
    (
        "vague_phrases",
        r"(?:as directed |as often as (?:possible |you can |able )|little and often |(?:with|during) (?:each |your |)(?:meals|food|meal) |as tolerated |as able |as (?:pain|symptoms) allow(?:s|) )",
        _h_vague,
    ),
    (
        "prn",
        r"(?:as (?:and when )?(?:needed|necessary|directed by symptoms) |(?:when|if) (?:needed|necessary) |prn |on demand |as often as (?:you )?(?:would |can |)(?:like|want|wish|need|needed|tolerated) |as desired |when required |as and when )",
        _h_prn,
    ),
    (
        "prn_condition",
        rf"(?:when|if|whenever) (?:(?:you|your|the|my|it|are|feel|feels|get|gets|have|has|is|becomes|become|feeling|a|any|[a-z]+) ){{0,3}}(?:{_symptom_pattern()})",
        _h_prn_condition,
    ),
    # course length
    (
        "until",
        r"(?:until|to|through|thru|up to|by|ending) (?:the )?(?:end of )?(?P<date>DATE |(?:N|ORD) (?:of )?MONTH (?:, )?(?:N )?|MONTH (?:N|ORD) (?:, )?(?:N )?)",
        _h_until,
    ),
    (
        "from",
        r"(?:from|starting|start|beginning|begin|on) (?:on )?(?P<date>DATE |(?:N|ORD) (?:of )?MONTH (?:, )?(?:N )?|MONTH (?:N|ORD) (?:, )?(?:N )?)",
        _h_from,
    ),
    (
        "duration",
        rf"(?:for |over |during |x |lasting |in |within |for the next |for another |for a further |, |: )?(?:a |the |next |another |further |total of |a total of |)?{_QUAL}(?P<n>N) (?P<u>{_DAYU}) (?:period )?(?!(?:{_PER}|each |every |in a )(?:week|day|weekly|daily) |apart |of rest |rest )",
        _h_duration,
    ),
    # "do this ten times": repetitions, when no period follows
    (
        "reps_noun",
        rf"(?P<r>N) (?:(?!x |reps |sets |each |per |a )[a-z][a-z'-]* ){{0,2}}(?:{_EXERCISE_NOUNS}) ",
        _h_reps,
    ),
    (
        "reps_direction",
        r"(?P<r>N) (?:x |reps |circles |rotations |turns )?(?:(?:in |)each (?:direction|way) |(?:clockwise|anticlockwise|counterclockwise|anti clockwise|anti clock wise|clock wise) )",
        _h_reps,
    ),
    ("reps_each", r"(?P<r>N) (?:reps |x )?each (?=[.,;:)(/] |$)", _h_reps),
    ("times_bare", rf"(?P<r>N) x {_NOT_PERIOD}(?!N )", _h_reps),
    # a bout of timed work: "walk 10-15 min", "for 15 minutes"
    ("x_n_reps", rf"x (?P<r>N) {_NOT_PERIOD}(?!{_TU} |N |ORD )", _h_reps),
    (
        "for_a_unit",
        r"(?:for|over|during|within) (?:a|an|one|the next|the following|another|a further|one more) (?P<u>day|week|month|fortnight|night|year) ",
        _h_one_unit,
    ),
    (
        "hours_course",
        r"(?:for|during|over|within|in) (?:the )?(?:first |next )?(?P<n>N) (?:hours|hour) (?!to )",
        _h_hours_course,
    ),
    ("bout", rf"(?:for |lasting )?{_QUAL}{_dur('b')}", _h_bout),
    # plain "daily"
    ("daily", r"(?:daily|everyday|eachday|each day|qd) ", _h_daily),
)


#: A rule's name, its handler and its named groups as (group in the grammar, own name).
_RuleEntry = tuple[str, _Handler, tuple[tuple[str, str], ...]]


def _compile_rules() -> tuple[re.Pattern[str], dict[str, _RuleEntry]]:
    parts = []
    names: dict[str, tuple[str, _Handler]] = {}
    for index, (name, pattern, handler) in enumerate(_RULES):
        prefix = f"r{index}_"
        renamed = re.sub(r"\(\?P<([a-z0-9_]+)>", rf"(?P<{prefix}\1>", pattern)
        key = f"R{index}"
        parts.append(f"(?P<{key}>{renamed})")
        names[key] = (name, handler)
    grammar = re.compile("(?<= )(?:" + "|".join(parts) + ")")
    # Each rule's own groups, listed once: `Match.groupdict()` would build a dict of
    # every group of every rule for each match (a third of the time of a phrase).
    table: dict[str, _RuleEntry] = {}
    for key, (name, handler) in names.items():
        prefix = f"r{key[1:]}_"
        own = tuple((g, g[len(prefix) :]) for g in grammar.groupindex if g.startswith(prefix))
        table[key] = (name, handler, own)
    return grammar, table


@lru_cache(maxsize=1)
def _grammar() -> tuple[re.Pattern[str], dict[str, _RuleEntry]]:
    """
    The grammar, compiled on first use.

    Compiling it costs tens of milliseconds, which `import rehabplan` should not pay
    (issue 6's import budget).
    """
    return _compile_rules()


def __getattr__(name: str) -> Any:
    # `_grammar._GRAMMAR` names the compiled grammar (tests read it), compiled on
    # first use like everything else that goes through `_grammar()`.
    if name == "_GRAMMAR":
        return _grammar()[0]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: One grammar match as token indexes: the match, its handler, its first and last
#: The match, its handler, its first and last token, and each named group's first and
#: last token.
_Step = tuple["re.Match[str]", _Handler, int, int, dict[str, tuple[int, int]]]

#: Symbol sequences longer than this are matched afresh each time, not cached.
_PLAN_CACHE_LIMIT = 200


def _plan(syms: tuple[str, ...]) -> tuple[_Step, ...]:
    """
    Run the grammar over a sequence of token symbols.

    The matches depend on the symbols alone ("N x N twice daily for N weeks"), not
    on the numbers or the words' spelling, so phrases of one shape share one plan.
    """
    if len(syms) > _PLAN_CACHE_LIMIT:
        return _match_symbols(syms)
    return _cached_plan(syms)


def _match_symbols(syms: tuple[str, ...]) -> tuple[_Step, ...]:
    text_parts = [" "]
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    offset = 1
    for index, sym in enumerate(syms):
        starts[offset] = index
        text_parts.append(sym + " ")
        offset += len(sym) + 1
        ends[offset] = index
    sym_text = "".join(text_parts)
    grammar, rule_table = _grammar()
    steps: list[_Step] = []
    for match in grammar.finditer(sym_text):
        key = match.lastgroup
        if key is None or match.end() == match.start():
            continue
        first = starts.get(match.start())
        last = ends.get(match.end())
        if first is None or last is None:
            continue
        _, handler, own_groups = rule_table[key]
        groups: dict[str, tuple[int, int]] = {}
        for group_name, short in own_groups:
            g_start = match.start(group_name)
            if g_start < 0:  # the group did not take part in the match
                continue
            g_first = starts.get(g_start)
            g_end = match.end(group_name)
            g_last = ends.get(g_end) if g_end in ends else ends.get(g_end + 1)
            if g_first is None or g_last is None:
                continue
            groups[short] = (g_first, g_last)
        steps.append((match, handler, first, last, groups))
    return tuple(steps)


_cached_plan = lru_cache(maxsize=8192)(_match_symbols)


def _facts(tokens: list[_Tok]) -> tuple[list[_Fact], list[bool]]:
    """Run the grammar over the tokens; return the facts and which tokens were used."""
    used = [False] * len(tokens)
    facts: list[_Fact] = []
    for match, handler, first, last, groups in _plan(tuple([tok.sym for tok in tokens])):
        used[first : last + 1] = [True] * (last + 1 - first)
        facts.extend(handler(match, _Span(tokens, first, last, groups)))
    return facts, used


#: The kinds of fact that belong to a dose, not a timing.
DOSE_KINDS = frozenset({"sets", "reps", "hold", "per_side", "rest", "load", "bout"})

# The names the rest of the phrase package uses.
Fact = _Fact
facts = _facts
whole = _whole
