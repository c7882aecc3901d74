"""
What a phrase says twice, or as alternatives, folded into one value once its facts are
merged: named days "each week" (the days recur; no count is said), a clock time beside
the named time of day it falls in ("every evening at 7pm": one time), and two intervals
offered as alternatives ("daily or every other day": the first, asked about). Also what
is said once for two clock times: the pm after a span ("from 3:40 - 6:00 pm").
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from rehabplan._regex import LazyRegex
from rehabplan.phrases._tok import Tok

__all__ = [
    "bare_hour",
    "drop_each_week_beside_days",
    "first_of_alternatives",
    "in_slot",
    "one_time_said_twice",
    "or_between",
    "said_as_a_schedule",
    "said_twice",
    "span_start",
]


def or_between(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """
    True when only "or" stands between two spans of *text*: alternatives, not a clash.

    >>> or_between("daily or every other day", (0, 5), (9, 24))
    True
    """
    (_, end), (start, _) = sorted([one, other])
    return text[end:start].strip(" ,").lower() == "or"


Span = tuple[int, int]


def first_of_alternatives(
    text: str, fields: dict[str, Any], weak: dict[str, Any], spans: dict[str, Span]
) -> tuple[Span, Span] | None:
    """
    "daily or every other day": keep the interval said first and return both spans, to
    be asked about; None when the phrase has no such alternative.

    >>> fields, weak = {"every_days": 2}, {"per_day": 1}
    >>> first_of_alternatives(
    ...     "daily or every other day", fields, weak, {"per_day": (0, 5), "every_days": (9, 24)}
    ... )
    ((0, 5), (9, 24))
    >>> fields
    {'per_day': 1}
    """
    if "per_day" not in weak or "per_day" in fields or fields.get("every_days") in (None, 1):
        return None
    first, second = sorted([spans["per_day"], spans["every_days"]])
    if not or_between(text, first, second):
        return None
    if spans["per_day"] == first:
        fields["per_day"] = weak.pop("per_day")
        del fields["every_days"]
    else:
        del weak["per_day"]
    return first, second


def drop_each_week_beside_days(
    text: str, fields: dict[str, Any], weak: dict[str, Any], spans: dict[str, Span]
) -> None:
    """
    "Tuesday and Thursday each week": the days recur every week and no count is said,
    so the count of one a week "each week" stood for is dropped ("weekly on Monday and
    Friday" says once a week, and "Monday or Thursday each week" one of two days: both
    stay, to be refused).

    >>> fields = {"per_week": 1, "weekdays": frozenset({1, 3})}
    >>> spans = {"weekdays": (0, 11), "per_week": (12, 21)}
    >>> drop_each_week_beside_days("Tue and Thu each week", fields, {"per_week": 1}, spans)
    >>> "per_week" in fields
    False
    """
    if (
        weak.get("per_week") == 1
        and fields.get("per_week") == 1
        and len(fields.get("weekdays") or ()) > 1
        and "weekly" not in text[slice(*spans["per_week"])].lower()
        and " or " not in text[slice(*spans["weekdays"])].lower()
    ):
        del fields["per_week"]


#: The clock times each named time of day covers, as (from, to) hours; a window that
#: runs past midnight wraps.
_SLOT_HOURS = {
    "morning": (5, 12),
    "noon": (11, 14),
    "afternoon": (12, 18),
    "evening": (17, 22),
    "night": (17, 5),
    "bedtime": (20, 2),
}


def in_slot(slot: str, time: dt.time) -> bool:
    """
    Whether a clock time falls in a named time of day.

    >>> in_slot("morning", dt.time(7)), in_slot("night", dt.time(1)), in_slot("noon", dt.time(18))
    (True, True, False)
    """
    start, end = _SLOT_HOURS[slot]
    return start <= time.hour < end if start < end else time.hour >= start or time.hour < end


def one_time_said_twice(text: str, said: list[tuple[Any, int, int]]) -> set[str]:
    """
    The named times of day to drop because a clock time inside one is said beside it,
    not joined to it by "and": "every evening at 7pm", "Thursday evening ... starting
    at 7:15pm" are one time ("in the evening and at 19:00" is two). *said* holds each
    fact of times of day as (its times, start, end) in *text*.

    >>> one_time_said_twice("evening at 7pm", [(("evening",), 0, 7), ((dt.time(19),), 8, 14)])
    {'evening'}
    >>> one_time_said_twice("in the evening and at 19:00", [(("evening", dt.time(19)), 0, 27)])
    set()
    """
    if not said:
        return set()
    clocks = [t for value, _, _ in said for t in value if isinstance(t, dt.time)]
    start, end = min(s for _, s, _ in said), max(e for _, _, e in said)
    # runs of the same kind: "morning and evening", "at 8am and 6pm"
    runs: list[tuple[bool, list[str], int, int]] = []
    for word in _SLOT_OR_CLOCK.finditer(text, start, end):
        slot = word.group("slot")
        name = _SLOT_WORDS.get(slot.lower(), slot.lower().removesuffix("s")) if slot else ""
        if (
            runs
            and not slot
            and not runs[-1][0]
            and _SPAN.fullmatch(text[runs[-1][3] : word.start()])
        ):
            runs[-1] = (False, runs[-1][1], runs[-1][2], word.end())  # "7pm to 7am": one time
            continue
        if runs and runs[-1][0] == bool(slot):
            runs[-1][1].append(name)
            runs[-1] = (runs[-1][0], runs[-1][1], runs[-1][2], word.end())
        else:
            runs.append((bool(slot), [name], word.start(), word.end()))
    beside: set[str] = set()
    for one, other in itertools.pairwise(runs):
        # one name to one time, or a list to a list as long ("morning and evening, at
        # 8am and 6pm"); "morning, 11am, 3pm" lists three times, and a dose or a joining
        # word between them ("again", "also", "3 x 10") makes them apart
        gap = text[one[3] : other[2]]
        if (
            one[0] != other[0]
            and len(one[1]) == len(other[1])
            and not _JOINED.search(gap)
            and not any(c.isdigit() for c in gap)
        ):
            beside.update((one if one[0] else other)[1])
    return {s for s in beside if s in _SLOT_HOURS and any(in_slot(s, c) for c in clocks)}


#: A named time of day or a clock time ("7pm", "19:15", "8 am") in a phrase's text.
_SLOT_OR_CLOCK = LazyRegex(
    r"(?i)(?:\b|(?<=over))(?P<slot>mornings?|noon|midday|afternoons?|evenings?|nights?|bedtime|bed)\b"
    r"|\b\d{1,2}(?:[:.]\d{2}(?:\s*[ap]\.?m\b)?|\s*[ap]\.?m\b)"
)
_SLOT_WORDS = {"midday": "noon", "bed": "bedtime"}
#: What joins the two ends of a span of clock times ("7pm to 7am", "9-10am").
_SPAN = LazyRegex(r"(?i)\s*(?:to|until|till|-|\u2013|\u2014)\s*")
#: Words that join two times of day into a list of two.
_JOINED = LazyRegex(r"(?i)\band\b|&|\bplus\b|\bthen\b|\bagain\b|\balso\b|\bas well\b|\+|/|;|\bor\b")


#: Named times of day after noon: a bare clock time beside one is after noon too.
_LATER_SLOTS = frozenset({"afternoon", "evening", "night"})
#: An am or pm, or an hour written with two digits ("07:00", "10:00": a 24-hour clock).
_AM_PM = LazyRegex(r"(?i)[ap]\.?m\b|\b\d\d[:.]\d\d")


def _bare_clocks(text: str, said: list[tuple[Any, int, int]]) -> list[dt.time]:
    """The clock times from 1:00 to 9:59 written with no am or pm ("at 7:00", not "07:00")."""
    return [
        t
        for value, start, end in said
        for t in value
        if isinstance(t, dt.time) and 1 <= t.hour <= 9 and not _AM_PM.search(text, start, end)
    ]


def said_twice(
    text: str,
    fields: dict[str, Any],
    weak: dict[str, Any],
    spans: dict[str, Span],
    times_said: list[tuple[Any, int, int]],
) -> list[tuple[str, int, int]]:
    """
    Fold what a phrase says twice in other words into one value, in place: named days
    "each week", and a clock time inside the named time of day said with it. A bare
    clock time in the small hours ("at 2:30") is read after noon; the questions that
    settle what is still open are returned, with where they were said.

    >>> fields = {"times": ("evening", dt.time(19, 15))}
    >>> said = [(("evening",), 0, 7), ((dt.time(19, 15),), 9, 18)]
    >>> said_twice("evening, at 7:15pm", fields, {}, {}, said)
    []
    >>> fields
    {'times': (datetime.time(19, 15),)}
    """
    drop_each_week_beside_days(text, fields, weak, spans)
    times = fields.get("times") or ()
    asked: list[tuple[str, int, int]] = []
    if set(times) & _LATER_SLOTS and "morning" not in times:  # "every Tuesday evening at 7:00"
        night = "night" in times and not set(times) & {"afternoon", "evening"}
        later = {
            t: t.replace(hour=t.hour + 12)
            for t in _bare_clocks(text, times_said)
            if not (night and t.hour < _FIRST_LIKELY_MORNING_HOUR)  # "2:00 at night"
        }
        fields["times"] = times = tuple(later.get(t, t) for t in times)
        times_said[:] = [(tuple(later.get(t, t) for t in v), a, b) for v, a, b in times_said]
    elif _BARE_CLOCK.search(text) and any(isinstance(t, dt.time) for t in times):
        asked = _in_order(text, fields, times_said)
        times = fields["times"]
    kinds = {type(t) for t in times}
    if len(kinds) > 1:  # both named times of day and clock times
        dropped = one_time_said_twice(text, times_said)
        fields["times"] = tuple(t for t in fields["times"] if t not in dropped)
    return asked


#: A bare clock time before this hour ("at 2:30") is more likely after noon.
_FIRST_LIKELY_MORNING_HOUR = 6
#: A bare clock time from 6:00 to before this hour is as likely a morning's as an evening's.
_LAST_EITHER_HOUR = 8


#: A clock time with a one-digit hour and no am or pm ("at 2:30"): the only kind placed.
_BARE_CLOCK = LazyRegex(r"(?<![\d:.])\d[:.]\d\d(?!\d)(?!\s?[ap]\.?m)", re.IGNORECASE)
_NOON = LazyRegex(r"(?i)\b(?:noon|midday|lunchtime|lunch)\b")
#: Words that put a bare time in the morning ("Every morning at 5:30") or after noon
#: ("after lunch at 2:30"), so that its half of the day is not asked about.
_MORNING = LazyRegex(r"(?i)\b(?:mornings?|waking|wake|dawn|sunrise|breakfast|mane)\b")
_AFTERNOON = LazyRegex(r"(?i)\b(?:afternoons?|lunch|lunchtime|school|p\.?m)\b")


def _in_order(
    text: str, fields: dict[str, Any], times_said: list[tuple[Any, int, int]]
) -> list[tuple[str, int, int]]:
    """
    Place bare clock times (a one-digit hour, no am or pm) in the half of the day their
    list and words put them, in place; return the questions still open. One said after a
    later time is after noon ("at 8:00, 2:00 and 8:00": 08:00, 14:00 and 20:00); one from
    1:00 to 5:59 said first is after noon too, where sessions are, and asked about ("at
    2:30"), unless a morning or an afternoon is said with it.
    """
    morning, afternoon = bool(_MORNING.search(text)), bool(_AFTERNOON.search(text))
    entries = []  # where each time is said, its fact, the time, and whether bare
    for k, (value, start, end) in enumerate(times_said):
        clocks = _clocks(text, start, end)
        for t in value:
            found = next((c for c in clocks if c[1] == t), None)
            if found is not None:
                clocks.remove(found)
            where, bare = (found[0], found[2]) if found else (start, False)
            if t == "noon":  # where "noon" is said in the list: "at 8:00, noon and 4:00"
                noon = _NOON.search(text, start, end)
                where = noon.start() if noon else start
            entries.append((where, k, t, bare))
    asked: list[tuple[str, int, int]] = []
    latest: dt.time | None = None
    placed: list[list[Any]] = [[] for _ in times_said]
    for where, k, t, bare in sorted(entries, key=lambda e: (e[0], e[1])):
        if isinstance(t, dt.time) and bare and t.hour < 12:
            after_noon = t.replace(hour=t.hour + 12)
            if latest is not None and latest >= t:
                t = after_noon  # "at 10:30, noon and 2:30"
            elif t.hour < _FIRST_LIKELY_MORNING_HOUR and not morning:
                said = f"{t.hour}:{t.minute:02d}"
                t = after_noon
                if not afternoon:
                    question = f"{said!r} read as {t:%H:%M}: say 'am' or 'pm'"
                    asked.append((question, where, where + len(said)))
            elif t.hour < _LAST_EITHER_HOUR and not (morning or afternoon) and len(entries) == 1:
                # "Thurs (6:30) - grassy pyramid": an early run, or an evening club's? (a
                # list settles it: "at 6:30 and 2:00" goes round the day)
                said = f"{t.hour}:{t.minute:02d}"
                question = f"{said!r} read as {t:%H:%M}: say 'am' or 'pm'"
                asked.append((question, where, where + len(said)))
        clock = dt.time(12) if t == "noon" else t
        if isinstance(clock, dt.time):
            latest = clock if latest is None else max(latest, clock)
        placed[k].append(t)
    said_before = {t for value, _, _ in times_said for t in value}
    times_said[:] = [(tuple(p), a, b) for p, (_, a, b) in zip(placed, times_said, strict=True)]
    kept = [t for t in fields["times"] if t not in said_before]
    fields["times"] = tuple(dict.fromkeys([*kept, *(t for p in placed for t in p)]))
    return asked


def _clocks(text: str, start: int, end: int) -> list[tuple[int, dt.time, bool]]:
    """The clock times written from *start* to *end*: where, the time, and whether bare."""
    found = []
    for m in _CLOCK.finditer(text, start, end):
        hour, meridiem = int(m[1]), (m[3] or "").strip().lower()[:1]
        if hour > 23 or int(m[2]) > 59:
            continue
        hour = hour % 12 + (12 if meridiem == "p" else 0) if meridiem else hour
        bare = len(m[1]) == 1 and not meridiem and hour >= 1
        found.append((m.start(), dt.time(hour, int(m[2])), bare))
    return found


#: Times of day said as a schedule after "each" or "every" ("every morning at 7am").
_SCHEDULED_SLOTS = frozenset(
    "morning mornings evening evenings night nights afternoon afternoons bedtime".split()
)


def said_as_a_schedule(tokens: list[Tok]) -> bool:
    """True where a time of day is said as how often: "every morning", "nightly", "at bedtime"."""
    return any(
        t.raw in {"nightly", "mane", "nocte", "bedtime", "hs"}
        or (t.raw in _SCHEDULED_SLOTS and i > 0 and tokens[i - 1].sym == "each")
        or (t.raw in {"night", "bed"} and i > 0 and tokens[i - 1].raw in {"at", "before"})
        for i, t in enumerate(tokens)
    )


#: A clock time as written: hour, minutes, and any am or pm after it.
_CLOCK = LazyRegex(r"(?<![\d:.])(\d{1,2})[:.](\d{2})(?!\d)(\s?[ap]\.?m\b)?", re.IGNORECASE)


#: A clock time said without am or pm.
_NO_MERIDIEM = LazyRegex(r"\d{1,2}(?:[:.]\d{2})?")


def span_start(first: str, start: dt.time, last: str, end: dt.time) -> dt.time:
    """
    The start of a span of clock times said *first* to *last*: a pm said once, after
    the end, is of both ends when the start is then still the earlier.

    >>> span_start("3:40", dt.time(3, 40), "6:00 pm", dt.time(18))
    datetime.time(15, 40)
    >>> span_start("11:00", dt.time(11), "1:00 pm", dt.time(13))
    datetime.time(11, 0)
    """
    said_pm = last.lower().replace(".", "").rstrip().endswith(("pm", "p"))
    if _NO_MERIDIEM.fullmatch(first) and said_pm and 1 <= start.hour < 12:
        later = start.replace(hour=start.hour + 12)
        if later < end:  # "from 8 to 8pm" is twelve hours from 8 am
            return later
    return start


def bare_hour(said: str) -> dt.time | None:
    """
    The clock time of an hour said bare before a span's end ("2" of "from 2 to 3 p.m.",
    "12.30" of "12.30-1.30pm"), or None when *said* is no hour of a 12-hour clock.

    >>> bare_hour("12.30"), bare_hour("2"), bare_hour("25")
    (datetime.time(12, 30), datetime.time(2, 0), None)
    """
    match = _NO_MERIDIEM.fullmatch(said)
    if match is None:
        return None
    hour, _, minute = said.replace(":", ".").partition(".")
    if not 1 <= int(hour) <= 12 or (minute and int(minute) > 59):
        return None
    return dt.time(int(hour), int(minute or 0))
