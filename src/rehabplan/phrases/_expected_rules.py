"""
Rules for lengths of time that are not the course: how long a change is expected to take
("swelling may last 6 weeks", "you will notice an improvement within a week") and how
long one stage is kept before the next ("once you have done these for 2 weeks, ...").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.phrases._course_handlers import h_duration, h_expected_time, h_one_unit
from rehabplan.phrases._facts import Fact, Handler, Span
from rehabplan.phrases._patterns import DAYU, QUAL, SENTENCE_ENDS

__all__ = ["EXPECTED_RULES"]


def h_stage_kept(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "Once you have done these for 2 weeks, ...": the time one stage is kept before the
    next, not the course; any other length is read as a course.
    """
    sentence = list(itertools.takewhile(lambda t: t.sym not in SENTENCE_ENDS, reversed(s.before)))
    words = [t.raw.lower() for t in reversed(sentence)]
    done = any(
        w in {"when", "once", "after"}
        and {"you", "you've"} & set(words[i + 1 : i + 2])
        and _DONE & set(words[i + 2 : i + 5])
        for i, w in enumerate(words)
    )
    if done:
        yield s.fact(
            "note", f"how long one stage is kept before the next, not the course: {s.said()}"
        )
        return
    yield from h_duration(m, s) if s.has("n") else h_one_unit(m, s)


#: Verbs of a stage done: "when you've been doing", "once you have completed".
_DONE = frozenset("doing done completed practised practiced performed".split())

#: Verbs of doing or of reaching the end: "you will complete the programme in 6 weeks",
#: "you will get to graduation in 54 days" are its course; "we will review you in 2 weeks"
#: is a review, read by its own rule.
_NOT_DOING = (
    "(?!do |doing |perform |complete |finish |repeat |practise |practice |get to |reach |graduate "
    "|review |check |assess |reassess |see you |meet |call |contact |visit |N )"
)

EXPECTED_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "it may take up to 3 months to ...", "swelling may last 6 weeks", "pain should
    # settle within 24 hours": how long recovery or a symptom takes, not the course
    (
        "expected_time",
        rf"(?P<all>(?:(?:may |might |can |could |will |should |usually |often |normally |)(?:take|takes) "
        rf"|(?:may|might|can|could|will|usually|often|normally|typically) (?:last|persist|continue|linger|extend(?= up to )) (?:for )?"
        rf"|(?:expect|expected) (?:(?!N )[A-Za-z]+ ){{0,4}}?(?:for|over|in|within) (?:the )?(?:first |next )?"
        r"|(?:settle|settles|improve|improves|ease|eases|subside|subsides|resolve|resolves|heal|heals"
        r"|disappear|disappears|fade|fades|go down|goes down|calm down|calms down|recover|recovers|repair itself|repairs itself"
        r"|gone|go away|goes away|wear off|wears off) "
        r"(?:completely |fully |)(?:within|in|after|over) (?:the )?(?:first |next )?)"
        rf"{QUAL}(?:(?P<n>N)|a) (?P<u>{DAYU}|hour|hours) )(?!after |post |following |off |of rest |(?:in )?between )",
        h_expected_time,
    ),
    # "most muscles will stretch in six weeks", "you should see results within 2 weeks":
    # a change foreseen, not the course
    (
        "change_foreseen",
        rf"(?P<all>(?:will|should|may|might|would|could) (?:{_NOT_DOING}[a-z']+ ){{1,5}}?"
        rf"(?:in|within) (?:the )?(?:first |next )?{QUAL}(?:(?P<n>N)|a) (?P<u>{DAYU}) )"
        r"(?!after |post |following |of )",
        h_expected_time,
    ),
    # "When you've been doing the exercises for at least six weeks, you can add ...": how
    # long a stage is kept before the next, not the course
    (
        "stage_kept_for",
        rf"for {QUAL}(?:(?P<n>N)|a) (?P<u>{DAYU}) (?=, |and |then )",
        h_stage_kept,
    ),
)
