"""
Exercises of a kind as an event: "after the flexion exercises", "before doing
strengthening or stretching exercises", "after each set of exercises" tie a session to
the exercise, whatever kind it names, as "after exercise" does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.phrases._facts import Fact, Handler, Span
from rehabplan.phrases._when_rules import h_anchor

__all__ = ["EVENT_KIND_RULES"]

#: Doing the exercises: "before performing", "after you have done".
_DOING = (
    r"(?:(?:you |you've |you have |having )?(?:doing|performing|completing|attempting|"
    r"finishing|done|performed|completed|finished|do|perform|complete|finish) )?"
)
#: Words that say which exercises, never their kind.
_WHICH_WORDS = "the|your|these|those|any|all|each|every|my|our|their|his|her|this|that"
#: Whose or which exercises: "your", "all the", "each set of".
_WHICH = rf"(?:(?:{_WHICH_WORDS}|set|sets|round|rounds|period|periods|of) ){{0,3}}"
#: A kind of exercise, if one is said, in up to two words, two kinds joined by "or", "and" or "/":
#: never a count, a stop, a negation, another time, a side ("next", "left") or a verb of
#: the exercise's own ("before releasing and repeat this exercise").
_KIND = (
    r"(?:(?!(?:stop|stopping|stopped|not|no|never|without|next|previous|last|other|left|"
    rf"right|and|or|program|programme|plan|before|after|a|you|repeat|do|{_WHICH_WORDS}) )"
    r"[a-z][a-z'-]* "
    r"(?:(?:or|and|/|&) (?!(?:stop|not|no|the|a|you) )[a-z][a-z'-]* )?){0,2}"
)
#: What may follow the event: the clause's end, or words that start another part of
#: it. A noun after it names something else ("the exercise programme": a course).
_EVENT_ENDS = (
    r"(?=[.,;:!?)(/-] |$|for |and |or |to |with |each |every |in |on |at |if |as |so |then "
    r"|N |x |daily |twice |once |is |are |should |can |may |you |but |ie |including |until )"
)


def h_exercises_of_a_kind(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    Read "after the flexion exercises" as after exercise; "post-operative exercises"
    and "pre-season exercises" name the exercises' kind, not a time before or after.
    """
    if s.tokens[0].raw.lower() in {"post", "pre"}:
        said = " ".join(t.raw for t in s.tokens)
        yield s.fact("note", f"exercises of a kind, not an event: {said}")
        return
    yield from h_anchor(m, s)


EVENT_KIND_RULES: tuple[tuple[str, str, Handler], ...] = (
    (
        "anchor_exercises_of_a_kind",
        r"(?P<rel>before|after|prior|following)(?: to)? (?:(?P<rel2>and after) )?"
        rf"{_DOING}{_WHICH}{_KIND}(?P<ev>exercises|exercise) {_EVENT_ENDS}",
        h_exercises_of_a_kind,
    ),
)
