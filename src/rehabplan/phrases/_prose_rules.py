"""
Rules for doses told in prose: sets counted out with rests between them ("do ten, rest,
then ten more"), the two sides done one after the other ("ten on the left, then repeat
on the right"), courses said in hours ("for the first 24 hours"), and "as needed" said
through the symptom ("as pain requires").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.model import Range
from rehabplan.phrases._facts import Fact, Handler, Span
from rehabplan.phrases._handlers import h_bout, h_prn, h_side
from rehabplan.phrases._handout_handlers import h_sets_with_rests
from rehabplan.phrases._patterns import QUAL, dur

__all__ = ["PROSE_RULES"]

#: What a bare count in prose counts: "ten", "10 reps", "15 times", "15 exercises".
_COUNTED = r"(?:reps |x |exercises |of (?:these|them) )?"
#: A side, and the part of the body it is said of: "the left", "your right leg".
_SIDE = r"(?:the |your )?(?:left|right) (?:side |leg )?"
_OTHER_SIDE = r"(?:the |your )?(?:right|left|ORD|opposite) (?:side |leg )?"


def _rest(p: str) -> str:
    """A rest between sets told in prose: "rest, then", "rest for a minute, do"."""
    return (
        rf"(?:rest|pause|relax) (?:(?:for )?{QUAL}{dur(p)})?(?:, )?(?:then |and )?(?:do |perform )?"
    )


def h_hours_course(m: re.Match[str], s: Span) -> Iterable[Fact]:
    hours = s.value("bn")
    if isinstance(hours, int) and hours and not hours % 24:
        yield s.fact("duration", hours // 24)
    elif isinstance(hours, Range) and hours.low >= 24:
        # "during the first 24 to 72 hours", read at the low end when accepted
        yield s.fact("ambiguous", "a duration given as a range: say one length")
        yield s.fact("default", ("duration", max(1, int(hours.low) // 24)))
    else:
        yield from h_bout(m, s)


def h_reps_each_side(m: re.Match[str], s: Span) -> Iterable[Fact]:
    yield s.fact("reps", s.value("r"))
    yield from h_side(m, s)


PROSE_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "do ten, rest, then ten more and a final ten", "fifteen times, rest for a minute, do
    # fifteen more exercises": sets told in prose
    (
        "sets_with_rests",
        rf"(?:do |perform )?(?P<r>N) {_COUNTED}, {_rest('rn')}(?:(?P<r2>N) more {_COUNTED}"
        rf"(?:(?:, |and ){{1,2}}(?:then )?(?:{_rest('rm')})?(?:a final|another) (?P<r3>N) {_COUNTED})?"
        rf"|another (?P<r2b>N) {_COUNTED})",
        h_sets_with_rests,
    ),
    # "do ten on the left and then repeat on the right side": the count on each side
    (
        "reps_one_side_then_the_other",
        rf"(?:do |perform )?(?P<r>N) {_COUNTED}(?:on|with|for|using) {_SIDE}(?:, )?(?:and )?"
        rf"(?:then )?(?:repeat |do the same |the same |switch |change )(?:on|with|for|to|using) "
        rf"{_OTHER_SIDE}",
        h_reps_each_side,
    ),
    # "for the first 24 hours": whole days said in hours are the course's length
    (
        "course_in_hours",
        rf"(?:for|over|during) {QUAL}(?:the )?(?:first |next )?(?P<bn>N) (?P<bu>hour|hours) (?!to |and |N )",
        h_hours_course,
    ),
    # "3-8 times a day or as pain requires": as needed, said through the symptom
    (
        "as_symptoms_require",
        r"as (?:the )?(?:pain|symptoms|symptom) (?:requires|require|dictates|dictate) (?:it )?",
        h_prn,
    ),
)
