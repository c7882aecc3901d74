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

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Handler, Span, days
from rehabplan.phrases._handlers import noting

__all__ = ["LATER_RULES", "h_condition"]

#: Symbols of a dose or a timing, looked for beside a later word or a condition.
_DOSED = frozenset({"N", "x", "sets", "reps", "daily", "weekly", "hold"})
#: Symbols of a timing of the exercise's own.
_TIMED = frozenset({"daily", "day", "weekly", "week", "morning", "evening", "waking", "bedtime"})


def h_later(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    'eventually', 'next week', 'from the second week': what follows may be a later stage,
    asked when a dose or a timing is said in its sentence ("3 x 10 daily, starting
    tomorrow" and "until next week" say when the dose runs, not a later one).
    """
    said = s.said().strip(" ,;:")
    ordinal = next((t for t in s.tokens if t.sym in {"ORD", "second"}), None)
    unit = s.tokens[-1].sym
    if ordinal is not None and ordinal.value == 1:  # "for the 1st week" is the start
        if s.tokens[0].sym in {"for", "during", "in"} and unit in {"week", "month"}:
            yield s.fact("duration", days(1, unit))
            if unit == "month":
                yield s.fact("ambiguous", "a month read as 30 days")
        return
    before = s.before[-1].raw.lower() if s.before else ""
    bounds = ordinal is None and before in {"until", "till", "starting", "from"}
    if bounds or (ordinal is None and not (_dosed_after(s) or _dosed_before(s))):
        # ("twice a day during the 2nd week" is that week's dose: asked)
        yield s.fact("note", f"a later time, not a stage read: {said}")
        return
    yield s.fact(
        "ambiguous",
        f"{said!r}: the dose may be a later stage's, not the start's; write the stages in "
        "order ('3 x 10 for 2 weeks, then 3 x 15')",
    )


def _dosed_after(s: Span) -> bool:
    """True when a dose or a timing is said after the words, in their sentence."""
    sentence = itertools.takewhile(lambda t: t.sym not in {".", ";"}, s.after)
    return not _DOSED.isdisjoint(t.sym for t in sentence)


def _dosed_before(s: Span) -> bool:
    """True when a dose or a timing is said before the words, in their clause."""
    clause = itertools.takewhile(lambda t: t.sym not in {".", ";", ","}, reversed(s.before))
    return not _DOSED.isdisjoint(t.sym for t in clause)


def h_condition(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    'if pain free', 'when there has been no pain for 2 days': a condition, not as needed;
    a length in it is how long the state lasts, or, after a dose, maybe the course: asked.
    """
    said = s.said().strip(" ,;:")
    if s.tokens[-1].sym in {"day", "days", "week", "weeks"} and s.before:
        yield s.fact("ambiguous", f"{said!r}: the course, or how long to be free of pain?")
        return
    yield s.fact("note", "a condition, not as needed: " + said)


def h_change_condition(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    'If this is easy, do 3 x 15', 'as you get stronger, 3 sets': the dose after it may be
    the changed one. Said after the dose ("3 x 10, more as you get stronger") it leaves the
    dose before it as the start.
    """
    said = s.said().strip(" ,;:")
    going_on = [t.raw.lower() for t in s.after[:3] if t.sym != ","][:1]
    eases = s.tokens[-1].raw.lower() in {"settles", "settle", "improves", "improve"}
    if not _dosed_after(s) or (eases and going_on in (["continue"], ["carry"], ["keep"])):
        # ("If it settles, continue 3 x 10": the same dose goes on)
        yield s.fact("note", f"a condition, not as needed: {said}")
        return
    yield s.fact(
        "ambiguous",
        f"{said!r}: a condition to change the dose; what follows may be the changed dose, "
        "not the start",
    )


def h_instead(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    'do 1 x 10 instead': another dose in place of one said elsewhere ("do it standing
    instead, 3 x 10" changes how, not the dose: only a count beside it is asked).
    """
    if any(t.sym == "N" for t in s.before[-3:]):
        yield s.fact("ambiguous", "'instead': a dose in place of another; say which to start with")


def h_on_or_off(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    'take them off at night': when a garment or a splint comes off, not a session then;
    with a dose after it ("Remove your brace at night and do 3 x 10") the time may be
    the exercise's, so it is asked.
    """
    said = s.said().strip(" ,;:")
    sentence = {t.sym for t in itertools.takewhile(lambda t: t.sym not in {".", ";"}, s.after)}
    if _dosed_after(s) and sentence.isdisjoint(_TIMED):  # "..., 3 x 10 twice daily" is timed
        yield s.fact("ambiguous", f"{said!r}: when it comes off, or when to exercise? say when")
        return
    yield s.fact("note", f"when it goes on or comes off, not a session: {said}")


#: Who or what a step-up condition is about: "if this is easy", "as your pain settles",
#: "if you find this easy", or nothing ("if easy", "once comfortable").
_SUBJECT = (
    r"(?:this |it |that |these |they |that's |it's |the exercise |the exercises |you "
    r"|you find (?:this |it |that |them |)|strength |pain |symptoms |muscles "
    r"|(?:your|the) (?:pain |symptoms |strength |leg |knee |back |muscles |exercise |)|)"
)
#: Who or what, said: "as" needs it ("as it gets easier"; "as hard as" says how).
_SUBJECT_SAID = _SUBJECT.removesuffix("|)") + ")"
#: A state that steps the dose up or down: "this is easy", "too hard", "strength improves".
_STEP_STATE = (
    r"(?:is |are |becomes |become |gets |get |feels |feel |seems |)(?:too |very |really "
    r"|quite |)(?:easy|hard|difficult|stronger|improves|improve|manageable|settles|settle)"
)
#: A change said with its verb: "as it gets easier", "if you feel better".
_BECOMES_MORE = (
    r"(?:becomes |become |gets |get |is getting |are getting |starts to feel |start to feel "
    r"|feels |feel )"
)
#: Worn things, longest first for the patterns: "Remove the brace every night".
_WORN = "|".join(sorted(lx.WORN, key=lambda word: (-len(word), word)))

LATER_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "eventually 3 x 20", "thereafter twice weekly", "later, 3 x 15", "next week: 3 x 12"
    (
        "later_word",
        r"(?:eventually|ultimately|thereafter|subsequently|from then on|from there on"
        r"|going forward) "
        r"|(?:afterwards|afterward) (?=, |: )"
        # ("tomorrow morning and evening" is one occasion, asked as such)
        r"|tomorrow (?!morning |evening |afternoon |night |at )"
        r"|later (?!in the day |that day |in the evening |in the afternoon |today |tonight "
        r"|on DOW |in the week |as |if |[.;)] |$)"
        r"|(?:over|in) time (?=, |: |N )"
        r"|(?:second|ORD) (?:week|session|month) (?=: |, )"
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
    # "If this is easy, do 3 x 15", "if too hard, 1 x 10", "as you get stronger, 3 sets",
    # "once comfortable, 3 x 15" ("if pain free" is a condition to do it at all, read
    # through; "as hard as you can", "as comfortable" and "if comfortable" say how; "if it
    # is easier" and "when it is good weather" are a choice, not a change; "if it settles
    # within 24 hours" is an expected time)
    (
        "change_condition",
        rf"(?:(?:(?:if|when|once) {_SUBJECT}|as {_SUBJECT_SAID}|N x (?=easy |comfortable ))"
        rf"(?:{_STEP_STATE}|{_BECOMES_MORE}(?:much |even |a bit |)"
        r"(?:easier|better|good|harder|stronger))"
        rf"|(?:when|once) {_SUBJECT}(?:are |is |feel |feels |)comfortable|N x comfortable) "
        r"(?!as |within |in |after |over |by |down |completely |fully )",
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
        r"|take off|come off|comes off) (?:(?:it|them|the [a-z]+|your [a-z]+) )?"
        # ("taken off last thing at night", "removed just before you go to bed", "take it off
        # in the morning")
        r"(?:only |just |right |usually |)(?:last thing |)(?:at|in the|before|for) "
        r"(?:you go to |going to |getting into |)(?:night|evening|bedtime|bed|sleep) "
        # ("Remove the brace every night", "Take it off each morning"; "Remove the dressing
        # every morning" is a task, a session)
        rf"|(?:(?:remove |removed |take off |taken off |take (?=(?:the |your )(?:{_WORN}) off ))"
        rf"(?:(?:the|your|these|those) )?(?:{_WORN}) (?:off )?|take (?:it|them) off )"
        r"(?:last thing |first thing |)(?:each|at|in the|before) "
        r"(?:night|evening|bedtime|bed|morning) "
        r"(?:before (?:you go to |going to |)bed )?"
        # ("Take off the splint each evening and do your exercises", "..., then do your
        # exercises": the exercises' time)
        r"(?=[.;)] |$|, (?!then |and ))"
        r"|(?:wear|wearing|worn|put (?:it |them |)on) (?:(?:it|them|the [a-z]+|your [a-z]+) )?"
        r"from (?:first thing in the morning|the morning|when you wake|waking) "
        r"|put (?:it |them |(?:the|your) (?:[a-z]+ ){1,2}|)(?:back |)on "
        r"(?:in the morning|first thing(?: in the morning|)|when you wake|on waking"
        r"|at the (?:start|from) of the day) "
        # ("At night they must be removed", "at bedtime it should come off": said first)
        r"|(?:at|in the|before) (?:night|evening|bedtime|bed) "
        r"(?:(?:they|it|the [a-z]+|your [a-z]+) )"
        r"(?:(?:must|should|can|may|need to|will) )?(?:be )?(?:removed|taken off|come off|off) "
        r"(?=[.;:!,)-] |$))",
        h_on_or_off,
    ),
)
