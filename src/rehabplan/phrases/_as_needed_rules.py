"""
Rules for a session taken as needed ("as needed", "prn", "as often as you like") and
what only looks like one: how it is done ("repositioning the edge as needed"), a support
("use a chair if needed"), how the dose grows ("increase as pain dictates") and a
condition on doing it ("if the pain allows").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Handler, Span
from rehabplan.phrases._handlers import h_condition_noted, h_prn_asked, h_vague
from rehabplan.phrases._patterns import symptom_pattern

__all__ = ["AS_NEEDED_RULES", "h_prn"]


def h_prn(m: re.Match[str], s: Span) -> Iterable[Fact]:
    before = [t.raw.lower() for t in s.before[-5:]]
    after_comma = before[len(before) - before[::-1].index(",") :] if "," in before else []
    if after_comma and after_comma[0].endswith("ing") and after_comma[0] not in _NO_DOING:
        # "8-10 times, repositioning the edge as needed": how it is done, not the sessions
        yield s.fact("note", f"how it is done, not as needed: {' '.join(after_comma)} {s.said()}")
        return
    ends = [i for i, t in enumerate(s.before) if t.sym in {",", ".", ";", ":", "(", "!", "?"}]
    clause = [t.raw.lower() for t in s.before[ends[-1] + 1 if ends else 0 :]]
    needed = {t.raw.lower() for t in s.tokens} & {"needed", "necessary", "required"}
    if needed and clause and (clause[0] in lx.HOW_IT_IS_DONE or _SUPPORTS & set(clause)):
        # "Bend your knees slightly if needed, and hold for 20 seconds", "use a chair for
        # support if needed": the position, or a support
        yield s.fact("note", f"how it is done, not as needed: {' '.join(clause)} {s.said()}")
        return
    verbs = [w for w in clause if w not in _MANNER]
    if verbs[-1:] and (verbs[-1] in _STEP_UP or verbs[-2:] in (["build", "up"], ["work", "up"])):
        # "increase as pain dictates", "progress as needed": how the dose changes, not
        # sessions taken when wanted
        yield s.fact("note", f"how to progress, not as needed: {verbs[-1]} {s.said()}")
        return
    yield s.fact("prn", True)


_NO_DOING = frozenset({"during", "morning", "evening", "something", "anything"})  # no manner
#: Supports: "use a chair for support if needed", "use the wall ... if required".
_SUPPORTS = frozenset({"support", "balance", "wall", "chair", "rail", "counter", "table"})
#: Verbs of a dose growing, and the words of manner that may stand between them and
#: "as needed" ("increase gradually as tolerated").
_STEP_UP = frozenset("increase increasing progress progressing advance advancing".split())
_MANNER = frozenset("gradually slowly steadily then and it this them".split())


AS_NEEDED_RULES: tuple[tuple[str, str, Handler], ...] = (
    (
        # "as often as you can (fit it in)": whenever the patient can, asked
        "as_often_as_you_can",
        r"(?:as often as (?:you can |you are able |able )|when you (?:have|get|find) (?:a |the )?(?:moment|min|chance|time|spare moment) )",
        h_prn_asked,
    ),
    (
        "vague_phrases",
        r"(?:as directed |as prescribed |as advised |as often as (?:possible |you can |able )|little (?:and|but) often |as tolerated |as able |as (?:pain|symptoms) allow(?:s|) )",
        h_vague,
    ),
    (
        "prn",
        # "with rest intervals as needed": the rests are as needed, not the sessions
        r"(?<!rest )(?<!rests )(?<!break )(?<!breaks )(?<!intervals )(?<!periods )(?<!pauses )"
        r"(?<!recovery )(?<!between )(?<!longer )(?:as (?:and when )?(?:needed|necessary|directed by symptoms) |(?:when|if) (?:needed|necessary) |prn |on demand |as often as (?:you )?(?:would |can |)(?:like|want|wish|need|needed|tolerated) |as desired "
        r"|as VAGUE (?:x |days |sessions )(?:(?:a |per |each |in a |)(?:day|week) |during the day |)as (?:you |you'd )(?:would |)(?:like |want |wish |choose |please |feel (?:it |)(?:necessary |needed |the need |like it |))|when required |as and when )",
        h_prn,
    ),
    (
        # "once a day if the pain allows", "if the exercise causes pain": a condition on
        # doing it, or a rule about pain, not "as needed"
        "pain_condition",
        rf"(?P<all>(?:if|when|as|while) (?:the |your |)(?:{symptom_pattern()}|symptoms |symptom )(?:allows|allow|permits|permit) "
        rf"|(?:if|when) (?:the |this |an |any |)(?:exercise|exercises|it|movement|activity|stretch) "
        rf"(?:causes|cause|gives|produces|increases|worsens|makes|brings on) (?:(?:your|you|the|more|any|a|some) ){{0,2}}(?:{symptom_pattern()}))",
        h_condition_noted,
    ),
)
