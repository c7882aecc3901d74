"""
Rules for words that put a dose later than the start, or make it the changed dose: a
later time ("eventually 3 x 20", "next week: 3 x 12", "from the second week, daily"), a
condition to step up or down ("If this is easy, do 3 x 15", "as you get stronger, 3
sets") and "instead". The dose after them may not be the one to start with, so each is
asked; none is a course or a schedule of its own. Also times that say when something
starts or comes off, not a session: "the night of surgery", "take them off at night".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.phrases._facts import Fact, Handler, Span, days
from rehabplan.phrases._handlers import noting

__all__ = ["LATER_RULES"]


def h_later(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """'eventually', 'next week', 'from the second week': what follows may be a later stage."""
    ordinal = next((t for t in s.tokens if t.sym == "ORD"), None)
    if ordinal is not None and ordinal.value == 1:  # "for the 1st week" is the start
        if s.tokens[0].sym == "for":
            yield s.fact("duration", days(1, s.tokens[-1].sym))
        return
    said = s.said().strip(" ,;:")
    yield s.fact(
        "ambiguous",
        f"{said!r}: what follows may be a later stage, not the start; write the stages in "
        "order ('3 x 10 for 2 weeks, then 3 x 15')",
    )


#: Symbols of a dose or a timing said after a condition, in its sentence.
_DOSED = frozenset({"N", "x", "sets", "reps", "daily", "weekly", "hold"})


def h_change_condition(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    'If this is easy, do 3 x 15', 'as you get stronger, 3 sets': the dose after it may be
    the changed one. Said after the dose ("3 x 10, more as you get stronger") it leaves the
    dose before it as the start.
    """
    said = s.said().strip(" ,;:")
    sentence = itertools.takewhile(lambda t: t.sym not in {".", ";"}, s.after)
    if _DOSED.isdisjoint(t.sym for t in sentence):
        yield s.fact("note", f"a condition, not as needed: {said}")
        return
    yield s.fact(
        "ambiguous",
        f"{said!r}: a condition to change the dose; what follows may be the changed dose, "
        "not the start",
    )


def h_instead(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """'do 1 x 10 instead': another dose in place of one said elsewhere."""
    yield s.fact("ambiguous", "'instead': a dose in place of another; say which to start with")


#: Who or what a step-up condition is about: "if this is easy", "as your pain settles".
_SUBJECT = (
    r"(?:this |it |that |these |they |the exercise |the exercises |you |strength |pain "
    r"|symptoms |your (?:pain |symptoms |strength |leg |knee |back |)|)"
)
#: Who or what, said: "as" before a state needs it ("as it gets easier", not "as comfortable").
_SUBJECT_SAID = _SUBJECT.removesuffix("|)") + ")"
#: How the condition's state is said: "is", "becomes", "gets", "starts to feel".
_BECOMES = (
    r"(?:is |are |becomes |become |gets |get |feels |feel |starts to feel |start to feel "
    r"|is getting |are getting |)"
)

LATER_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "eventually 3 x 20", "thereafter twice weekly", "later, 3 x 15", "next week: 3 x 12"
    (
        "later_word",
        r"(?:eventually|ultimately|thereafter|subsequently|from then on|from there on) "
        # ("tomorrow morning and evening" is one occasion, asked as such)
        r"|tomorrow (?!morning |evening |afternoon |night |at )"
        r"|later (?!in the day |that day |in the evening |in the afternoon |today |tonight |on "
        r"|in the week |as |if |[.;)] |$)"
        r"|(?:over|in) time (?=, |: )"
        r"|(?:next|the after) (?:week|session|month) ",
        h_later,
    ),
    # "during the second week, twice daily", "from the 3rd week, daily"
    (
        "later_ordinal_week",
        r"(?:during|from|for|by|in) (?:the |)(?:ORD|second) (?:week|session|month) ",
        h_later,
    ),
    # "If this is easy, do 3 x 15", "if too hard, 1 x 10", "as you get stronger, 3 sets",
    # "once comfortable, 3 x 15" ("if pain free" is a condition to do it, read through)
    # ("as hard as you can", "as high as is comfortable", "as comfortable" say how, and
    # "if comfortable" may be a condition to do it at all; "if it settles within 24 hours"
    # is an expected time)
    (
        "change_condition",
        # ("once comfortable": "once" is "N x"; "twice is better" is no condition)
        rf"(?:(?:if|when|once) {_SUBJECT}|as {_SUBJECT_SAID}"
        rf"|N x (?=comfortable |easy |manageable )){_BECOMES}"
        r"(?:too |very |really |quite |much |)(?:easy|easier|hard|harder|difficult|stronger"
        r"|improves|improve|manageable|settles|settle|better|good"
        r"|(?<!if )(?<!if you feel )comfortable) (?!as |within |in |after |over |by |down "
        r"|completely |fully )",
        h_change_condition,
    ),
    (
        "instead",
        r"instead (?!of )",
        h_instead,
    ),
    # "Begin exercises the night of surgery": when it starts, not a time of day
    (
        "the_night_of",
        r"(?P<all>the (?:night|morning|evening|afternoon|day) of (?:your |the |)"
        r"(?:surgery|operation|procedure|op) )",
        noting("when it starts, not a time of day"),
    ),
    # "take them off at night", "Wear it from first thing in the morning": when a garment
    # or a splint goes on or comes off, not a session then
    (
        "on_or_off_at_a_time",
        r"(?P<all>(?:remove|removed|removing|take (?:it |them |this |these |)off|taken off"
        r"|come off|comes off) (?:(?:it|them|the [a-z]+|your [a-z]+) )?"
        r"(?:at|in the|before|for) (?:night|evening|bedtime|bed|sleep) "
        r"|(?:wear|wearing|worn|put (?:it |them |)on) (?:(?:it|them|the [a-z]+|your [a-z]+) )?"
        r"from (?:first thing in the morning|the morning|when you wake|waking) )",
        noting("when it goes on or comes off, not a session"),
    ),
)
