"""
Days of a plan said as headings: "Day 3: 20 squats" names a day, not a count; "Day 1-3:"
heading a dose is its course of three days; "Day 1-3: rest" is days off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.model import Range
from rehabplan.phrases._facts import Fact, Span

__all__ = ["h_day_of_the_plan"]


def h_day_of_the_plan(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    A day of the plan ("Day 3: 20 squats"), or a count a day ("Day 10 reps"): asked. Days
    of the plan ("Day 1-3:") are the dose's course: from the first day, exactly; from a
    later day ("Day 4-6:"), asked, since the reading starts on the plan's first day.
    """
    if s.has("counted"):
        yield s.fact("ambiguous", f"{s.said().strip()!r}: a day of the plan, or a count a day?")
        return
    said = s.said("all")
    yield s.fact("note", f"a day of the plan, not a count: {said}")
    first_to_last = s.value("n") if s.has("n") else s.value("range")
    if not isinstance(first_to_last, Range):
        return
    heading = s.next_token is None or s.next_token.sym in {":", "-", ",", "."}
    after = [t.raw.lower() for t in s.after] + [""]
    # ("Day 1-3: recovery" rests; "Day 1-3: recovery run" runs)
    recovering = (
        after[after.index("recovery") + 1 : after.index("recovery") + 4]
        if ("recovery" in after[:3])
        else None
    )
    resting = not _REST_WORDS.isdisjoint(after[:3]) or (
        recovering is not None
        and (_ACTIVE.isdisjoint(recovering) or not _NO.isdisjoint(recovering))
    )
    if not heading or resting or first_to_last.low < 1:
        # "Days 1-7 daily", "Day 1-50 squats" (a count run into the day?), "Day 1-3: rest"
        yield s.fact("ambiguous", f"{said!r}: days of the plan: say the course of this part")
        return
    length = first_to_last.high - first_to_last.low + 1
    if first_to_last.low == 1:
        yield s.fact("duration", length)
    else:
        yield s.fact(
            "ambiguous", f"{said!r}: from day {first_to_last.low} of the plan: say the start"
        )
        yield s.fact("default", ("duration", length))


#: Words that make days of the plan days off ("Day 1-3: rest").
_REST_WORDS = frozenset({"rest", "off", "none"})
#: An activity after "recovery" makes it the activity's kind ("recovery run", "recovery,
#: walk 20 minutes"), not a rest ("recovery, no running" still rests).
_ACTIVE = frozenset(
    {"run", "runs", "jog", "walk", "walks", "ride", "bike", "swim", "spin", "session", "cycle"}
)
_NO = frozenset({"no", "not", "without"})
