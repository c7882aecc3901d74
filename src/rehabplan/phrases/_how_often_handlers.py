"""
Counts in a period and gaps of less than a day: "two every day" and "2 weekly" (a count
taken at a time, asked), "three weekly sessions" (so many a week), "every 30 minutes" and
"every half an hour" (read round the clock, asked), "three times over 4 weeks" (sessions
in all, asked), "most evenings" (a vague count, asked), "when you go to bed" (at
bedtime, asked).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from typing import Any

from rehabplan.model import MAX_TIMES_A_DAY, Range
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Span, days, duration
from rehabplan.phrases._handlers import h_every_hours, h_reps, h_vague
from rehabplan.phrases._patterns import COUNTED_SLOTS

__all__ = [
    "h_at_all_times",
    "h_count_at_slots",
    "h_count_each_period",
    "h_every_hours_or_half",
    "h_every_minutes",
    "h_every_minutes_to_hours",
    "h_most_times",
    "h_sessions_of_a_length",
    "h_times_over_a_span",
    "h_when_in_bed",
]


def h_most_times(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "most evenings", "some nights", "a few mornings": a vague count of days, asked. A time
    said in the singular before a symptom names it ("some evening swelling", "most night
    pain"): the two are read again together, a symptom's time. Before any other word
    ("a few morning stretches", "most afternoon sessions") it is asked as well: some
    mornings, or stretches of the morning.
    """
    slot, nxt = s.tokens[-1], s.next_token
    if (
        slot.sym in lx.SLOT_WORDS
        and not slot.raw.lower().endswith("s")
        and nxt is not None
        and nxt.raw.lower() in lx.SYMPTOMS
    ):
        yield Fact("again", (slot, nxt), slot.start, nxt.end)
        return
    yield from h_vague(m, s)


#: Marks that end the clause a time of going to bed belongs to.
_CLAUSE_ENDS = frozenset(".,;:!?")
#: A thing worn, taken off then: no session.
_TAKEN_OFF = frozenset({"remove", "removed", "off"})
_WORN_THINGS = frozenset(
    """splint splints brace braces sling boot boots collar cup cups dressing stocking
    stockings hosiery orthosis orthoses cast bandage support garment garments sleeve it
    them""".split()
)


def h_when_in_bed(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "Do 10 pelvic tilts when you go to bed": at bedtime, asked, for the words are as often
    how to get into bed ("when you get into bed, keep your knees apart") or what to do
    with a thing worn ("remove the splint when you go to bed", "take them off at night
    when you get into bed": no session).
    """
    clause = list(itertools.takewhile(lambda t: t.sym not in _CLAUSE_ENDS, s.before[::-1]))
    said = {t.raw.lower() for t in clause}
    if not (_TAKEN_OFF.isdisjoint(said) or _WORN_THINGS.isdisjoint(said)) and all(
        t.sym != "N" for t in clause
    ):
        return  # ("lift your heel off the pillow 10 times": a movement, at bedtime)
    yield s.fact("times", ("bedtime",))
    yield s.fact(
        "ambiguous",
        f"{s.said().strip()!r}: a session at bedtime, or how or what to do then? say which",
    )


def h_at_all_times(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "worn at all times, even at night": a worn thing's wearing, no session (asked); "keep
    your heels on the ground at all times" is how it is done, not when.
    """
    said = {t.raw.lower() for t in s.clause}
    during = bool(s.after) and s.after[0].raw.lower() in {"when", "while", "whilst", "during"}
    if not said.isdisjoint(_WEARING) or not said.isdisjoint(lx.WORN) or during:
        # ("Elevate your legs at all times when resting": each time, asked)
        yield s.fact("ambiguous", "at all times is not a session: say when, or how many a day")
        return
    yield s.fact("note", f"how it is done, not when: {s.said().strip()}")


#: Words of wearing a thing: "should be worn at all times".
_WEARING = frozenset("wear worn wearing".split())


def h_count_at_slots(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "do it three times - morning, noon and before bed", "3 x before breakfast, lunch and
    dinner": a count as many as the times of day or meals named after it is the sessions
    of a day; "10 times morning and night" are the repetitions of each.
    """
    # the list said next ("2 x after breakfast, 10 reps at night": one slot, then a dose)
    clause = [*itertools.takewhile(lambda t: t.sym in COUNTED_SLOTS | _IN_A_LIST, s.after)]
    slots = sum(t.sym in COUNTED_SLOTS for t in clause)
    count = s.value("r")
    if count == slots or (count == 1 and slots > 1):
        # ("once morning and evening": once at each, the list's sessions)
        yield s.fact("per_day", slots)
        return
    yield from h_reps(m, s)
    most = count.high if isinstance(count, Range) else count
    said = [t.sym for t in (*s.before[-4:], *s.tokens)]
    repeated = "repeat" in said and most > _FEW  # "Repeat the squeeze 10 times"
    slot = next((t.sym for t in clause if t.sym not in {":", "before", "after"}), "")
    if not repeated and (slot in {"night", "nightly"} or most <= _FEW):
        # "Turn the patient 3 times a night", "3 x before meals", "2 x after breakfast,
        # nothing at night": sessions at those times, or repetitions? ("Repeat 10 times
        # nightly", "10 times morning and night" are repetitions)
        yield s.fact("ambiguous", f"{s.said().strip()!r} {slot}: repetitions, or sessions?")


#: Words between the times of day or meals a count names: "before breakfast, lunch and dinner".
_IN_A_LIST = frozenset(
    {",", "and", "&", ":", "before", "after", "at", "in", "the", "nightly", "meals"}
)
#: A count this small before fewer times of day than it may be the sessions at them
#: ("2 x after breakfast, nothing at night"); more, or repeated, are the repetitions
#: ("10 times morning and night"); a count at night is asked unless repeated.
_FEW = 3


def h_sessions_of_a_length(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    Read "2 to 3 sessions of 3 to 5 minutes each daily" and "3x 50 minute sessions a week"
    as sessions a day or a week, each a timed bout.
    """
    weekly = s.has("p") and s.syms("p")[0] in {"week", "weekly"}
    bout = duration(s, "b")
    shortest = bout.low if isinstance(bout, Range) else bout
    named = s.has("kind") or any(t.sym == "session" for t in s.tokens)
    if not named and shortest < _SHORTEST_SESSION:
        # "Towel grabbing: 2 x 2 minutes per day": two bouts in one session, or two
        # sessions? ("3 x 10 minutes per day" are sessions)
        said = s.said().strip()
        yield s.fact("ambiguous", f"{said!r}: bouts in one session, or sessions? say which")
        yield s.fact("reps", s.value("n"))
        yield s.fact("bout", bout)
        return
    yield s.fact("per_week" if weekly else "per_day", s.value("n"))
    yield s.fact("bout", bout)


#: Shorter than this, "N x M minutes a day" with nothing named may be bouts in a session.
_SHORTEST_SESSION = dt.timedelta(minutes=10)


def h_times_over_a_span(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "attended a gymnasium three times over 4 weeks": sessions in all over the span, not
    repetitions nor a count a week, so asked.
    """
    yield s.fact("ambiguous", f"{s.said('all')!r}: sessions in all over that time? say how often")
    if s.has("d"):  # ("3 times in the first week": the span is a part of the course)
        yield s.fact("duration", days(s.value("d"), s.syms("u")[0]))


def h_count_each_period(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    Read "two every day", "2 a day" and "2 weekly" as once a day (or week), the number
    a count taken at a time, as prescriptions mean it ("two tablets every day"); a
    number other than one is asked about, since it may mean as many times. Before the
    sessions it counts ("three weekly sessions") it is so many a week, asked too.
    """
    weekly = s.has("week")
    count = s.value("n")
    clause = itertools.takewhile(lambda t: t.sym not in {".", ";"}, s.after[:8])
    later = [t.raw.lower() for t in clause]
    most = count.high if isinstance(count, Range) else count
    if (
        weekly
        and later[:1] in (["intervals"], ["interval"])
        and isinstance(count, int)
        and count > 1
    ):
        # "at 2 weekly intervals": every 2 weeks, asked, for the words are as often a test's,
        # a visit's or a step up's ("measured", "followed up", "increase the load": only asked)
        before = itertools.takewhile(lambda t: t.sym not in {".", ";"}, s.before[::-1])
        said = f"'{count} weekly {later[0]}'"
        if any(t.raw.lower().startswith(lx.STEP_OR_CHECK_STEMS) for t in before):
            yield s.fact("ambiguous", f"{said}: a test's, a visit's or a step's, not the sessions?")
        else:
            yield s.fact("every_days", 7 * count)
            yield s.fact("ambiguous", f"{said}: the sessions, every {count} weeks? say how often")
        return
    total = [t.raw.lower() for t in s.before[-1:]] == ["of"] or most > _MOST_A_WEEK
    if weekly and count != 1 and not total and _SESSIONS_SAID.intersection(later):
        # "three weekly sessions", "2-3 weekly strength sessions": so many a week ("a
        # programme of six weekly sessions", "12 weekly sessions": so many in all, weekly)
        yield s.fact("per_week", count)
        yield s.fact("ambiguous", f"'{count} weekly': {count} a week, or every {count} weeks?")
        return
    yield s.fact("per_week" if weekly else "per_day", 1)
    if count != 1:
        n = str(count)
        said = " ".join([n, *(t.raw for t in s.tokens[1:])])
        other = f"'{n} times a week' or 'every {n} weeks'" if weekly else f"'{n} times a day'"
        period = "week" if weekly else "day"
        yield s.fact(
            "ambiguous",
            f"{said!r} is read as {n} at a time, once a {period}: if {n} sessions are meant, "
            f"say {other}",
        )


#: The most sessions a week "N weekly sessions" is read as before it is asked as a total.
_MOST_A_WEEK = 5
#: Sessions counted after "N weekly": "three weekly sessions", "two weekly runs".
_SESSIONS_SAID = frozenset(
    "sessions runs classes workouts walks visits swims rides lessons".split()
)


def h_every_minutes(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "every 30 minutes" is read round the clock as "every 2 hours" is (48 a day), and
    # asked: sessions are usually while awake, or while sitting
    if s.has("once"):  # "once in 15 minutes": every 15 minutes, or within them?
        yield s.fact("ambiguous", f"{s.said().strip()!r}: how often, or how fast? say which")
    else:
        yield from _minutes_apart(s, s.value("n", 30))


def h_every_minutes_to_hours(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """A range of minutes apart ("every 90 minutes to 2 hours"), read round the clock."""
    low, high = s.value("n"), s.value("h")
    if isinstance(low, int) and isinstance(high, int) and 0 < low < high * 60:
        yield from _minutes_apart(s, Range(low, high * 60))
    else:
        yield s.fact("bad", f"{s.said().strip()!r} is no range of intervals")


def h_every_hours_or_half(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Every so many hours; "every half an hour" ("half an" is 0.5) is every 30 minutes."""
    if s.value("n") == _HALF:
        yield from _minutes_apart(s, 30)
    else:
        yield from h_every_hours(m, s)


_HALF = 0.5


def _minutes_apart(s: Span, minutes: Any) -> Iterable[Fact]:
    low, high = (minutes.low, minutes.high) if isinstance(minutes, Range) else (minutes, minutes)
    clause = [t.raw.lower() for t in s.clause]
    of_doing = s.after[:1] and s.after[0].raw.lower() == "of"  # "every 30 minutes of typing"
    in_the_day = ("the", "day") in set(itertools.pairwise(clause))
    odd = not all(isinstance(v, int) and v > 0 and _DAY_MINUTES % v == 0 for v in (low, high))
    if of_doing or in_the_day or not _WHILE_DOING.isdisjoint(clause) or odd:
        # "every 30 minutes while sitting", "every half hour during the day": how many a
        # day depends on how long that lasts
        yield s.fact("ambiguous", _SAY_A_DAY)
        return
    most, fewest = _DAY_MINUTES // low, _DAY_MINUTES // high
    if most > MAX_TIMES_A_DAY:
        yield s.fact("ambiguous", _SAY_A_DAY)
        return
    yield s.fact("per_day", Range(fewest, most) if fewest != most else most)
    said = s.said().strip()
    yield s.fact(
        "ambiguous",
        f"{said!r} read round the clock ({_DAY_MINUTES} / N minutes a day); sessions are "
        "usually while awake or while sitting: say how many times a day",
    )


_DAY_MINUTES = 24 * 60
#: Words that bind an interval of minutes to an activity or to the waking day.
_WHILE_DOING = frozenset(
    "awake waking sitting seated typing screen computer desk driving studying reading".split()
)
_SAY_A_DAY = (
    "an interval of minutes: say how many times a day, e.g. 'every 2 hours' or '6 times a day'"
)
