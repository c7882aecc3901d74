"""
Sayings about how often that cannot both hold, once a phrase's facts are merged: "daily"
beside an interval of days, and a course shorter than the time between its sessions; and
the questions days off, "daily" and named rest days raise beside a count a week.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rehabplan._regex import LazyRegex
from rehabplan.errors import PhraseError
from rehabplan.model import Range

__all__ = [
    "another_clause",
    "days_questions",
    "each_side_of_a_total",
    "least_and_most",
    "lengths_as_a_range",
    "read_aside",
    "refuse_contradicting_intervals",
    "sets_of_a_total",
    "weekly_on_named_days",
]


def refuse_contradicting_intervals(
    text: str,
    fields: dict[str, Any],
    weak: dict[str, Any],
    spans: dict[str, tuple[int, int]],
) -> None:
    """
    Refuse "daily" beside an interval of days ("every other day daily"), and a course
    shorter than the time between its sessions ("every 3 days for 2 days", "weekly for
    3 days"): each says two things that cannot both hold. *fields*, *weak* and *spans*
    are a merged phrase's values, its weak values ("daily") and their places in *text*.

    >>> refuse_contradicting_intervals(
    ...     "every 3 days for 2 days",
    ...     {"every_days": 3, "duration": 2},
    ...     {},
    ...     {"every_days": (0, 12), "duration": (13, 23)},
    ... )  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    rehabplan.errors.PhraseError: cannot read ...: 'for 2 days' is shorter than the time ...
    """
    every = fields.get("every_days")
    if "per_day" in weak and "per_day" not in fields and every not in (None, 1):
        first, second = sorted([spans["per_day"], spans["every_days"]])
        raise PhraseError.problem(
            text,
            f"{text[first[0] : first[1]]!r} and {text[second[0] : second[1]]!r} "
            "say different things",
            *second,
        )
    interval = "every_days"
    if every is None and fields.get("per_week") == 1 and not fields.get("weekdays"):
        every, interval = 7, "per_week"
    duration = fields.get("duration")
    if isinstance(every, int) and isinstance(duration, int) and duration < every:
        (a, b), (c, d) = spans["duration"], spans[interval]
        raise PhraseError.problem(
            text,
            f"{text[a:b]!r} is shorter than the time between sessions ({text[c:d]!r}); "
            "say a longer course or a shorter interval",
            a,
            b,
        )


def days_off_question(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> tuple[str, int, int] | None:
    """
    Take the days off a week ("rest the other 2 days") out of *fields*; they add nothing
    when they leave the days a week said beside them, and are asked about otherwise.

    >>> fields = {"per_week": 5, "days_off": 2}
    >>> days_off_question("5 days a week, rest the other 2 days", fields, {"days_off": (15, 35)})
    >>> fields
    {'per_week': 5}
    >>> days_off_question("5 days a week, 3 days off a week", {"per_week": 5, "days_off": 3},
    ...                   {"days_off": (15, 32)})[0]
    "'3 days off a week' does not leave the days a week said: say how many days a week"
    """
    off = fields.pop("days_off")
    start, end = spans.pop("days_off")
    per_week = fields.get("per_week")
    if isinstance(off, int) and isinstance(per_week, int) and per_week + off == 7:
        return None
    if isinstance(off, int) and fields.get("weekdays") and len(fields["weekdays"]) + off == 7:
        return None  # "on weekdays"
    said = text[start:end].strip(" ,")
    said = f"{said!r} does not leave the days a week said: say how many days a week"
    return said, start, end


#: What says when sessions fall, besides named rest days.
_TIMED = ("per_day", "every_days", "every_hours", "weekdays", "times")


def rest_days_question(
    text: str, fields: dict[str, Any], weak: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> tuple[str, int, int] | None:
    """
    Settle named rest days ("Tuesdays are rest days") against the rest of the phrase:
    beside "daily" they leave the other days; beside a count a week ("3 times a week")
    they do not say which days, and alone they do not say the other days are all
    sessions (a plan of three runs a week has rest days too). The question, if any.

    >>> fields = {"per_day": 1, "except": frozenset({1}), "rest_days": True}
    >>> rest_days_question("daily; Tuesdays are rest days", fields, {}, {"rest_days": (7, 29)})
    >>> fields = {"except": frozenset({1}), "rest_days": True}
    >>> rest_days_question("Tuesdays are rest days", fields, {}, {"rest_days": (0, 22)})[0]
    "'Tuesdays are rest days' names the rest days only: read as every other day of ..."
    """
    del fields["rest_days"]
    start, end = spans.pop("rest_days")
    said = text[start:end].strip(" ,.;")
    per_week = fields.get("per_week", weak.get("per_week"))
    if isinstance(per_week, int) and per_week + len(fields.get("except", ())) == 7:
        return None  # "5 days a week; Saturday and Sunday are rest days": the other days
    if per_week is not None:
        fields.pop("except", None)  # the count a week stands; its days are not said
        spans.pop("except", None)
        return f"{said!r} beside a count a week: say which days the sessions fall on", start, end
    if any(kind in fields or kind in weak for kind in _TIMED):
        return None
    return (
        f"{said!r} names the rest days only: read as every other day of the week; say how often",
        start,
        end,
    )


#: Words that join two frequencies as a span ("between every day and twice per week");
#: "every day or twice a week" is an alternative, asked about as alternatives are.
_JOINING = frozenset({"and", "to"})


def refuse_every_day_span(
    text: str, fields: dict[str, Any], spans: dict[str, tuple[int, int]]
) -> tuple[str, int, int] | None:
    """
    Weigh "daily" (every day) against a count a week joined to it by "and" or "to":
    "between every day and twice per week" says two frequencies, and is refused as
    "daily, weekly" is. Side by side, "daily 6 days a week" is once a day on 6 days. In
    two clauses with words of their own ("physio once a week and home exercises daily")
    they are likely two activities', and the question is returned. Either way the "every
    day" marker leaves *fields*.

    >>> refuse_every_day_span("daily 6 days a week", {"every_day": True, "per_week": 6},
    ...                       {"every_day": (0, 5), "per_week": (6, 19)})
    >>> refuse_every_day_span("daily to twice a week", {"every_day": True, "per_week": 2},
    ...                       {"every_day": (0, 5), "per_week": (9, 21)})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    rehabplan.errors.PhraseError: cannot read ...: 'daily' and 'twice a week' say different ...
    """
    del fields["every_day"]
    start, end = spans.pop("every_day")
    per_week = fields.get("per_week")
    if per_week is None or per_week == 7:
        return None
    a, b = spans["per_week"]
    gap = text[min(end, b) : max(start, a)]
    said, week = text[start:end].strip(" ,.;"), text[a:b].strip(" ,.;")
    if another_clause(text[: min(end, b)], gap.replace(",", " and ")):
        # "Attend physiotherapy once a week and do your home exercises daily"
        return f"{week!r} and {said!r} are said in two clauses: two activities? say which", a, b
    between = gap.lower().replace(",", " ").split()
    if "then" in between:
        return None  # "Walk 3 of the next 7 days, then daily": a later stage
    if not between or not _JOINING.issuperset(between):
        most = per_week.high if isinstance(per_week, Range) else per_week
        if isinstance(most, int) and most < _MOST_DAYS:
            # "daily, once a week", "one session a week plus daily exercise at home":
            # every day is not a day or two a week
            return f"{said!r} beside {week!r}: every day, or {week}? say which", a, b
        return None
    raise PhraseError.problem(text, f"{said!r} and {week!r} say different things", a, b)


#: "daily 5 days a week" is once a day on weekdays; beside fewer days, "daily" is asked.
_MOST_DAYS = 5


def days_apart(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """
    True when two sets of named days are said in two clauses with words of their own
    ("Run Mon/Wed/Fri and do strength work on Tue and Thu"): two activities' days. A
    plan's day headings ("Wed: Hydro, Saturday: Arms") are one plan's.

    >>> days_apart("Swim on Tuesday, run Mon/Wed/Fri", (5, 15), (21, 32))
    True
    """
    if any(_HEADING.match(text, end) for end in (first[1], second[1])):
        return False
    return another_clause("", text[first[1] : second[0]].replace(",", " and "))


def every_day_beside_days(
    text: str, spans: dict[str, tuple[int, int]]
) -> tuple[str, int, int] | None:
    """
    Ask about "daily" (or a count a day) and named days said in two clauses, one with
    words of its own: "Physio on Mondays, exercises twice daily" names another activity's
    day; "On Mondays, do the exercises twice a day" is one timing.

    >>> every_day_beside_days("Physio on Mondays, exercises twice daily",
    ...                       {"per_day": (29, 40), "weekdays": (7, 17)})[0]
    "'on Mondays' and 'twice daily' are said in two clauses: every day, or those days only? ..."
    >>> every_day_beside_days("daily, Monday to Friday", {"every_day": (0, 5), "weekdays": (7, 23)})
    """
    daily = spans["every_day"] if "every_day" in spans else spans["per_day"]
    first, second = sorted((daily, spans["weekdays"]))
    between = text[first[1] : second[0]]
    if not _JOINED.search(between) or _NOT_THE_READING.search(text[: first[1]]):
        return None
    words = set(_WORD.findall(between))
    if first == spans["weekdays"]:  # "Physio on Mondays, ...": the days' own subject
        head = text[: first[0]]
        words |= set(_WORD.findall(head[max(head.rfind(c) for c in ",;.") + 1 :]))
    if not {w.lower() for w in words} - _GENERIC - _THE_EXERCISE:
        return None
    said = [text[a:b].strip(" ,.;") for a, b in (first, second)]
    question = (
        f"{said[0]!r} and {said[1]!r} are said in two clauses: every day, or those days only?"
    )
    return f"{question} say which", *second


def days_questions(
    text: str,
    fields: dict[str, Any],
    weak: dict[str, Any],
    spans: dict[str, tuple[int, int]],
) -> Iterator[tuple[str, int, int]]:
    """
    The questions days off and named rest days raise beside the rest of a merged phrase,
    and the refusal of "daily" beside a count a week (each is settled in *fields* and its
    marker taken out); and the question of a length "each week" with no count a week.
    """
    if "bout" in fields and "per_week" in weak and _HOW_OFTEN_FIELDS.isdisjoint(fields):
        # "walk for 30 minutes each week": a weekly total, or one walk a week?
        start, end = spans["per_week"]
        said = text[start:end].strip(" ,;.")
        yield (
            f"{said!r} beside a length: a total a week, or one session a week? say how many",
            start,
            end,
        )
    if "weekdays" in fields and ("every_day" in fields or "per_day" in spans):
        asked_days = every_day_beside_days(text, spans)
        if asked_days is not None:
            yield asked_days
    if "every_day" in fields:
        two_activities = refuse_every_day_span(text, fields, spans)
        if two_activities is not None:
            yield two_activities
    elif "per_day" in spans and "per_week" in spans:
        # "stretch twice daily and strengthen 3 times a week": two activities' timings
        (a, b), (c, d) = sorted((spans["per_day"], spans["per_week"]))
        first, second = text[a:b].strip(" ,.;"), text[c:d].strip(" ,.;")
        gap, later = text[b:c].lower().split(), second.lower().split()
        two = another_clause(text[:b], text[b:c])  # ("Ice 3 times a day, swim up to ...")
        if gap[-1:] == ["to"] or (later[:2] in (["up", "to"], ["down", "to"]) and not two):
            # "2/day to 2/wk", "twice a day, building up to 3 times a week": a range
            yield f"{first!r} to {second!r}: how often? say one", a, d
        elif two:
            yield f"{first!r} and {second!r} are said in two clauses: two activities?", c, d
    asked = [
        days_off_question(text, fields, spans) if "days_off" in fields else None,
        rest_days_question(text, fields, weak, spans) if "rest_days" in fields else None,
    ]
    yield from (question for question in asked if question is not None)


#: Fields that say how often: with none of them, "each week" beside a length is asked.
_HOW_OFTEN_FIELDS = frozenset(
    {"per_week", "per_day", "every_days", "every_hours", "weekdays", "times"}
)

_EACH_SIDE_AFTER = LazyRegex(r"\s*(?:on |with |for |)(?:(?:each|per|ea)\.? |/ ?)(?:side|leg|arm)")
_EACH_SIDE_IN = LazyRegex(r"(?:(?:each|per|ea)\.? |/ ?)(?:side|leg|arm)")


def each_side_of_a_total(
    text: str, first: tuple[int, int], total: Any, second: tuple[int, int], each: Any
) -> str | None:
    """
    The note for a count said whole and then each side ("x20 (x10 each leg)", "16 reps:
    ... 8 each leg"), or None when the second count is not half the first, each side.

    >>> each_side_of_a_total("20 reps (10 each leg)", (0, 7), 20, (9, 11), 10)
    "'20 reps' is the total of 10 each side"
    """
    if not (isinstance(total, int) and isinstance(each, int) and total == 2 * each):
        return None
    said_each = _EACH_SIDE_IN.search(text, second[0], second[1]) or _EACH_SIDE_AFTER.match(
        text, second[1]
    )
    if said_each is None:
        return None
    return f"{text[first[0] : first[1]].strip()!r} is the total of {each} each side"


#: Days or weeks said with a total before its sets: the total is theirs, not a session's
#: ("30 reps/day (3 x 10)", "90 reps over the week", "30 reps over 3 days"); a course ("30
#: reps for 6 weeks (3 x 10)", "over 6 weeks") and a session ("30 reps per session") are not.
_A_PERIOD = LazyRegex(r"(?:\b(?:days?|daily|weeks?|weekly|weekends?)\b|/\s*d\b)", re.I)
_A_COURSE = LazyRegex(
    r"\b(?:for (?:the )?(?:next |first )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|twelve) (?:days?|weeks?|months?)|over (?:\d+|six|eight|ten|twelve) (?:weeks|months))\b",
    re.I,
)


def sets_of_a_total(
    text: str,
    first: tuple[int, int],
    total: Any,
    each: Any,
    sets: Any,
    sets_at: tuple[int, int] | None,
) -> str | None:
    """
    The note for a count said whole and then as sets of it ("30 reps (3 sets of 10)",
    "30 reps (3 x 10)"), or None when the sets were not said after it or do not make it.

    >>> sets_of_a_total("30 reps (3 sets of 10)", (0, 7), 30, 10, 3, (9, 15))
    "'30 reps' is the total of 3 sets of 10"
    >>> sets_of_a_total("30 reps (2 sets of 10)", (0, 7), 30, 10, 2, (9, 15))
    """
    counts = (total, each, sets)
    if sets_at is None or not all(isinstance(v, int) and not isinstance(v, bool) for v in counts):
        return None
    if sets < 2 or sets * each != total or sets_at[0] < first[1]:
        return None
    said = _A_COURSE.sub(" ", text[first[0] : sets_at[0]])  # ("30 reps a day for 6 weeks")
    if _A_PERIOD.search(said):
        return None  # "30 reps a day (3 x 10), morning, noon and evening": a day's total
    return f"{text[first[0] : first[1]].strip()!r} is the total of {sets} sets of {each}"


#: What may stand between a least and a most of one value.
_BETWEEN_BOUNDS = frozenset({"and", "but", "for", "hold", "to", "preferably", "ideally"})
_LEAST = ("at least", "a minimum of", "minimum", "no less than", "not less than")
_MOST = ("no more than", "not more than", "a maximum of", "maximum", "up to", "no longer than")


def least_and_most(
    text: str, first: tuple[int, int], one: Any, second: tuple[int, int], other: Any
) -> Range[Any] | None:
    """
    The range two values said as a least and a most make ("hold for at least 10 seconds
    and for no more than 20 seconds"), or None when they are not said that way.

    >>> least_and_most("at least 2 and no more than 4", (0, 10), 2, (15, 29), 4)
    Range(low=2, high=4)
    >>> least_and_most("2 and 4", (0, 1), 2, (6, 7), 4)
    """
    (_, end), (start, _) = sorted([first, second])
    if not _BETWEEN_BOUNDS.issuperset(text[end:start].lower().replace(",", " ").split()):
        return None  # "at least 10 seconds, increasing over the weeks up to 30": a change
    said = [text[a:b].lower() for a, b in (first, second)]
    kinds = [
        "least" if any(w in s for w in _LEAST) else "most" if any(w in s for w in _MOST) else ""
        for s in said
    ]
    if sorted(kinds) != ["least", "most"] or isinstance(one, Range) or isinstance(other, Range):
        return None
    low, high = (one, other) if kinds[0] == "least" else (other, one)
    if type(low) is not type(high) or not low < high:
        return None
    return Range(low, high)


#: What joins the two ends of a range of lengths: "6 weeks to 3 months", "8 months up to
#: 1-2 years" ("6 months and 1 year" is two points in time, not a range).
_RANGE_JOINS = LazyRegex(r"\s*(?:to|-|–|—|up to|to up to|or up to)\s*")


def lengths_as_a_range(
    text: str, first: tuple[int, int], one: Any, second: tuple[int, int], other: Any
) -> Range[Any] | None:
    """
    The range two lengths in different units make when said as one ("for 6 months to 1
    year": 180 to 365 days), or None when they are not said that way.

    >>> lengths_as_a_range("for 6 weeks to 3 months", (0, 11), 42, (15, 23), 90)
    Range(low=42, high=90)
    >>> lengths_as_a_range("for 6 weeks, 3 months", (0, 11), 42, (13, 21), 90)
    """
    (_, end), (start, _) = sorted([first, second])
    # ("for 6 weeks up to 3 months": "up to" may open the second length's words)
    up_to = not text[end:start].strip() and text[start:].lower().startswith("up to")
    if not (_RANGE_JOINS.fullmatch(text[end:start]) or up_to):
        return None
    if isinstance(one, Range) or isinstance(other, Range):
        low, high = min(_ends(one)[0], _ends(other)[0]), max(_ends(one)[1], _ends(other)[1])
    else:
        low, high = sorted((one, other))
    return Range(low, high) if low < high else None


def _ends(value: Any) -> tuple[Any, Any]:
    return (value.low, value.high) if isinstance(value, Range) else (value, value)


def another_clause(before: str, between: str) -> bool:
    """
    True when the words *between* two values start another clause with words of its own
    ("twice a week and upper body once a week"): likely another activity's timing.
    "twice daily once daily", "3 x 10, 4 x 12" and "Do this twice a day. Do this three
    times a day." contradict themselves, and a first value said as a limit or a target
    (*before* it: "avoid running 5 times a week and instead ...") is not the reading.

    >>> another_clause("Squats twice a week", " and upper body ")
    True
    >>> another_clause("Do this twice a day", ". Do this ")
    False
    """
    if _NOT_THE_READING.search(before):
        return False
    own = [w for w in _WORD.findall(between) if w.lower() not in _GENERIC]
    return bool(_CLAUSE_JOIN.search(between)) and bool(own)


def read_aside(text: str, end: int, start: int, stop: int) -> bool:
    """
    True when a second value (*text* from *start* to *stop*), after a first that ends at
    *end*, is read aside: `another_clause`'s, or offered as the better one ("at least 3
    times a day. 5 times a day is better!", "once a day, preferably 3 times a day").

    >>> read_aside("at least 3 times a day. 5 times a day is better!", 22, 24, 37)
    True
    """
    if _NOT_THE_READING.search(text[:end]):
        return False
    better = _BETTER_BEFORE.search(text[end:start]) or _BETTER_AFTER.match(text[stop:])
    return bool(better) or another_clause(text[:end], text[end:start])


#: Words that offer a second value as the better one: "preferably 3 times a day".
_BETTER_BEFORE = LazyRegex(
    r"\b(?:preferably|ideally|or better|even better|better still|optimally)\W*$", re.IGNORECASE
)
#: Words after a second value that say it is the better one: "5 times a day is better".
_BETTER_AFTER = LazyRegex(
    r"\s*(?:is|would be|are) (?:even )?(?:better|best|ideal|preferable|optimal)\b", re.IGNORECASE
)
#: A sentence ends at ". " before a capital, or a clause at ";": never the point of a
#: decimal ("1.5 kg") or of an abbreviation ("approx. 5 min").
_CLAUSE_JOIN = LazyRegex(r"\b(?:and|plus|while|whereas|but)\b|\.(?=\s+[A-Z])|;")
_WORD = LazyRegex(r"[A-Za-z]+")
#: Words every clause of a dose has: they make no clause one of its own.
_GENERIC = frozenset(
    """
    and plus while whereas but also then do does this that it them these those perform
    repeat x reps rep sets set times time daily a an the per day week each every twice once
    with for of to in on at again more
    """.split()
)
#: A day's heading in a plan: "Wed: Hydro", "Monday - Run 25 minutes".
_HEADING = LazyRegex(r"\s*[:\-\u2013]")
#: What joins two clauses of one sentence, or two sentences.
_JOINED = LazyRegex(r"[,;.]|\band\b")
#: Words that name the prescribed exercise itself, not another activity.
_THE_EXERCISE = frozenset("exercise exercises stretch stretches programme program routine".split())
#: Words that make the first value a limit, a target or a thing to avoid.
_NOT_THE_READING = LazyRegex(
    r"\b(?:avoid|never|not|no more than|more than|instead|rather than|target|goal|aim|up to)\b",
    re.IGNORECASE,
)


def weekly_on_named_days(
    text: str,
    fields: dict[str, Any],
    weak: dict[str, Any],
    spans: dict[str, tuple[int, int]],
    named: int,
) -> Iterator[tuple[str, int, int]]:
    """
    "It's held weekly, Tuesday and Thursday": "weekly" beside two or more named days is
    those days each week (asked; the strict readers refuse it, as "weekly" may say once a
    week); "every week" and "each week" beside them say so plainly.
    """
    said = text[slice(*spans["per_week"])].lower() if "per_week" in spans else ""
    if "weekly" in said and weak.get("per_week") == 1 == fields.get("per_week") and named > 1:
        del fields["per_week"]
        yield f"'weekly' with {named} days named: read as those days each week", *spans["per_week"]
