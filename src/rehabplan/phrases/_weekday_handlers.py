"""
Named weekdays: "Monday, Wednesday and Friday", "Mon-Fri", "weekdays", days excepted
("every day but Sunday") and the weekend included ("daily, including weekends"). A day
named twice is refused; days said as alternatives ("on Monday or Tuesday") are read as
all of them and asked about.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.phrases._facts import Fact, Span
from rehabplan.phrases._tok import Tok

__all__ = [
    "h_a_time_for_each_day",
    "h_except",
    "h_times_during_the_day",
    "h_times_each_weekday",
    "h_times_on_days",
    "h_weekday_group",
    "h_weekdays",
    "h_weekends_included",
    "weekday_list",
]


def weekday_list(tokens: Iterable[Tok]) -> set[int]:
    days: set[int] = set()
    toks = list(tokens)
    for i, tok in enumerate(toks):
        if tok.sym != "DOW":
            continue
        days.add(tok.value)
        # "Mon-Wed-Fri": days chained by dashes are a list, "Mon-Fri" a range
        chained = (i >= 2 and toks[i - 1].sym == "-" and toks[i - 2].sym == "DOW") or (
            i + 4 < len(toks) and toks[i + 3].sym == "-" and toks[i + 4].sym == "DOW"
        )
        if (
            i + 2 < len(toks)
            and toks[i + 1].sym in {"-", "to", "through", "thru"}
            and toks[i + 2].sym == "DOW"
            and not (chained and toks[i + 1].sym == "-")
        ):
            a, b = tok.value, toks[i + 2].value
            k = a
            while k != b:
                days.add(k)
                k = (k + 1) % 7
    return days


def h_weekdays(m: re.Match[str], s: Span) -> Iterable[Fact]:
    named = [t for t in s.tokens if t.sym == "DOW"]
    for i, tok in enumerate(named):
        if any(other.value == tok.value for other in named[:i]):
            yield Fact("bad", "the same day is named twice", tok.start, tok.end)
            return
    yield s.fact("weekdays", frozenset(weekday_list(s.tokens)))
    if any(t.sym == "or" for t in s.tokens):  # "on Monday or Tuesday": one of them
        yield s.fact(
            "ambiguous", f"{s.said()!r}: days said as alternatives; read as all; say which"
        )


def h_a_time_for_each_day(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    Days named each with its times ("Monday at 12:45 & Friday at 11 a.m.", "Weekdays 9am,
    Sat 10am"): asked, as one timing holds them only when every day has the same times.
    """
    groups: list[tuple[str, ...]] = []
    days: set[int] = set()
    for tok in s.tokens:
        if tok.sym in _DAY_GROUPS:
            days |= _DAY_GROUPS[tok.sym] or {tok.value}
            if not groups or groups[-1]:
                groups.append(())
        elif tok.sym == "TIME":
            groups[-1] += (str(tok.value),)
        elif tok.sym in {"-", "to", "until", "till"}:  # "9am-1pm": spans, one line each
            groups[-1] += ("span",)
    if len(set(groups)) > 1 or "span" in groups[0]:
        yield s.fact("ambiguous", "each day has its own time: write one line for each")
        return
    if all(t.sym == "DOW" for t in s.tokens if t.sym in _DAY_GROUPS):
        yield from h_weekdays(m, s)  # "Monday at 9am and Thursday at 9am": one time, both days
    else:  # "Weekdays at 7am, weekends at 7am"
        yield s.fact("weekdays", frozenset(days))
    yield s.fact("times", tuple(dict.fromkeys(t.value for t in s.tokens if t.sym == "TIME")))


#: Words that name days, and the days of those that name more than one.
_DAY_GROUPS: dict[str, frozenset[int]] = {
    "DOW": frozenset(),
    "weekdays": frozenset(range(5)),
    "weekends": frozenset({5, 6}),
}


#: Words after "weekend" that make it both days: "every weekend day", "every weekend morning".
_PARTS_OF_A_DAY = frozenset({"day", "days", "morning", "afternoon", "evening", "night", "bedtime"})


def h_weekday_group(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "every school day", "on working days": Monday to Friday
    days = frozenset({5, 6}) if s.syms("g")[0] == "weekends" else frozenset(range(5))
    yield s.fact("weekdays", days)
    nxt = s.next_token
    if (
        s.tokens[0].sym == "each"
        and [t.raw.lower() for t in s.group("g")] == ["weekend"]
        and (nxt is None or nxt.sym not in _PARTS_OF_A_DAY)
    ):
        # "every weekend": once each weekend, or on Saturday and Sunday both?
        yield s.fact("ambiguous", f"{s.said().strip()!r}: once a weekend, or both days? say which")


def h_except(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "every day but Sunday": the second form; "Sunday excepted": the third
    said = "2" if s.has("daily2") else "3" if s.has("list3") else ""
    if s.has("daily" + said):
        yield s.fact("per_day", 1, weak=True)
    if s.has("g" + said):
        weekdays = s.syms("g" + said)[0] == "weekdays"
        yield s.fact("except", frozenset(range(5)) if weekdays else frozenset({5, 6}))
    else:
        yield s.fact("except", frozenset(weekday_list(s.group("list" + said))))


def h_weekends_included(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "daily, including weekends": every day, the weekend too, not the weekend only; beside
    named days ("Monday to Friday, and weekends too") the weekend is added to them.
    """
    said = s.said("all")
    before = list(itertools.takewhile(lambda t: t.sym not in {".", ";"}, reversed(s.before)))
    after = list(itertools.takewhile(lambda t: t.sym not in {".", ";"}, s.after))
    sentence = [*reversed(before), *after]  # ("including weekends, Monday to Friday")
    days = weekday_list(sentence)  # "Monday to Sunday" names every day
    named = bool(days) or any(t.sym == "weekdays" for t in sentence)
    plain = {"rest", "off", "starting", "start", "from", "until", "except"}.isdisjoint(
        t.raw.lower() for t in sentence
    )
    if named and plain and not {5, 6} <= days:
        yield s.fact("weekdays", frozenset({5, 6}))  # "Monday to Friday, and weekends too"
        if any(t.sym == "if" for t in s.after[:4]):  # "weekends too if you can"
            yield s.fact("ambiguous", f"{said!r} on a condition: say which days")
        return
    if any(t.sym in {"DOW", "weekdays"} for t in s.before) and not {5, 6} <= days:
        # "Monday to Friday; weekends too if you can": with the days before, or apart?
        yield s.fact("ambiguous", f"{said!r} apart from the days named: say which days")
        return
    yield s.fact("note", f"the weekend included, not the weekend only: {s.said('all')}")


def h_times_each_weekday(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    Read "twice each weekday" as twice a day, Monday to Friday ("... and 3 times at
    weekends" gives other days their own count: asked).
    """
    # ("..., Monday to Friday", "weekends off" only say the days again)
    yield from _other_days_counted(s)
    yield s.fact("per_day", s.value("n"))
    weekend = any(t.sym == "weekends" for t in s.tokens)  # "twice each weekend day"
    yield s.fact("weekdays", frozenset({5, 6} if weekend else range(5)))


def h_times_on_days(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    Read "twice on Sundays" as two sessions on those days, and ask: "Stretch 3 times on
    Monday" may be three repetitions. The days are read again as days.
    """
    if s.value("n") != 1:  # ("Swim once on Saturdays": one session)
        yield s.fact("ambiguous", f"{s.said()!r}: sessions on those days, or repetitions?")
    yield s.fact("per_day", s.value("n"))
    yield from s.read_again("d")


#: Words beside "weekends" that take them away: "not at weekends", "weekends off".
_NOT_ON_THOSE_DAYS = frozenset("not no except excluding but off free rest resting".split())


def h_times_during_the_day(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    Read "3 times throughout the day" as three a day.

    "Twice during the working day" is twice a day, asked: on working days only, or every
    day (shifts, weekends)?
    """
    yield s.fact("per_day", s.value("n"))
    if not s.has("work"):
        return
    other_days = list(_other_days_counted(s))  # "... and once at the weekend"
    yield from other_days
    # ("..., Monday to Friday" says the days; "... and also at weekends" adds to them)
    # ("... but not at weekends", "weekends off", "rest at weekends" add none)
    said_after = [t.raw.lower() for t in s.after]
    weekends = [
        _NOT_ON_THOSE_DAYS.isdisjoint(said_after[max(0, i - 3) : i + 2])
        for i, word in enumerate(said_after)
        if word.startswith("weekend")
    ]
    weekends_after = any(weekends)
    days_said = any(t.sym in {"DOW", "weekdays", "daily"} for t in s.outside) and not weekends_after
    negated = not {"not", "no", "except", "excluding", "but"}.isdisjoint(said_after)
    if weekends and not weekends_after and negated and not other_days and not days_said:
        yield s.fact("weekdays", frozenset(range(5)))  # "..., not at weekends": working days
        return
    if not other_days and not days_said:
        said = s.said().strip()
        yield s.fact("ambiguous", f"{said!r}: on working days only, or every day? say the days")


def _other_days_counted(s: Span) -> Iterable[Fact]:
    """Ask when other days come after with their own count ("... and once at the weekend")."""
    days = any(t.sym == "DOW" or t.raw.lower().startswith("weekend") for t in s.after)
    counted = {"N", "x", "twice", "once", "daily", "more", "extra", "less", "fewer", "do"}
    if days and any(t.sym in counted or t.raw.lower() in counted for t in s.after):
        yield s.fact("ambiguous", f"{s.said()!r} and other days with their own: say each")
