"""
Hedges in brackets: "(and often twice)", "(or 3 x 7 min)", "(up to 45 s as able)".

A bracket that opens with a hedge word and says a dose or a timing of its own is a
second reading beside the sentence's, not part of it. Its words are set aside and
asked about, and the rest of the phrase is read as it would be alone: "at least once
(and often twice) a day" is once a day, flagged, not a contradiction between once and
twice, and "3 x 10 daily (or twice daily)" is never silently twice a day.
"""

from __future__ import annotations

from rehabplan.phrases._facts import DOSE_KINDS, Fact
from rehabplan.phrases._grammar import facts as grammar_facts
from rehabplan.phrases._merge import TIMING_KINDS
from rehabplan.phrases._tokens import Tok

__all__ = ["hedges_in_brackets"]

_CLOSE = {"(": ")", "[": "]"}
#: Words that open a hedge: another reading, a sometimes, a wish, a ceiling, an extra.
_HEDGES = frozenset(
    "or often sometimes occasionally usually ideally preferably possibly maybe perhaps"
    " even optionally add plus also extra additionally".split()
)
#: A hedge may follow a joining word: "(and often twice)", "(but up to 4 a week)".
_JOINS = frozenset({"and", "but"})


def _opens_hedge(inner: list[Tok]) -> bool:
    words = [t.raw for t in inner[:3]]
    if words[:1] and words[0] in _JOINS:
        words = words[1:]
    if inner and inner[-1].raw in _WISHES_AFTER:
        return True  # "(twice daily ideal)": a wish said last
    return bool(words) and (words[0] in _HEDGES or words[:2] == ["up", "to"])


#: Words that close a hedge: "once daily (twice daily ideal)", "(3 x 15 preferred)".
_WISHES_AFTER = frozenset("ideal ideally preferred preferably optimal best better fine".split())


#: Marks between two things said in one bracket.
_TWO_THINGS = frozenset({",", ";", "or", "but", "also"})


def _families(tokens: list[Tok]) -> tuple[set[str], bool]:
    """
    Which of a dose and a timing (an event among them) the grammar reads in *tokens*, and
    whether it reads a dose or a timing proper: an event alone makes no hedge ("(possibly
    after each meal)" is read as said).
    """
    kinds = {f.kind for f in grammar_facts(tokens)[0]}
    said = {"dose"} if kinds & DOSE_KINDS else set()
    proper = bool(said) or bool(kinds & (TIMING_KINDS | {"prn"}))
    return said | {"timing"} if kinds & (TIMING_KINDS | {"prn", "anchor"}) else said, proper


#: Tokens a hedge in brackets holds at most ("(and often twice)" has three): a longer
#: bracket is read as it stands, so nested brackets cannot make the reading quadratic.
_LONGEST_HEDGE = 40


def _next_closes(tokens: list[Tok]) -> list[int | None]:
    """
    For each opening bracket, the index of the first closing one after it (else None),
    found in one pass from the end: "((((..." must not cost a scan per bracket.
    """
    following: dict[str, int | None] = dict.fromkeys(_CLOSE.values())
    closes: list[int | None] = [None] * len(tokens)
    for j in range(len(tokens) - 1, -1, -1):
        sym = tokens[j].sym
        close = _CLOSE.get(sym)
        if close is not None:
            closes[j] = following[close]
        if sym in following:
            following[sym] = j
    return closes


def hedges_in_brackets(text: str, tokens: list[Tok]) -> tuple[set[int], list[Fact]]:
    """
    The tokens of each hedge in brackets that says a dose or a timing, and a question
    for each.

    >>> from rehabplan.phrases._tokens import tokenize
    >>> text = "once (and often twice) a day"
    >>> inside, asked = hedges_in_brackets(text, tokenize(text))
    >>> sorted(inside), asked[0].kind
    ([2, 3, 4, 5, 6, 7], 'ambiguous')
    """
    inside: set[int] = set()
    asked: list[Fact] = []
    closes = _next_closes(tokens)
    for i, tok in enumerate(tokens):
        end = closes[i]
        if end is None or end - i > _LONGEST_HEDGE or i in inside:
            continue
        if not _opens_hedge(tokens[i + 1 : end]):
            continue
        inner = tokens[i + 1 : end]
        said, proper = _families(inner)
        if not proper:
            continue
        outside = [*tokens[:i], *tokens[end + 1 :]]
        if (
            inner[-1].raw in _WISHES_AFTER
            and _TWO_THINGS.isdisjoint(t.sym for t in inner)
            and "if" not in {t.sym for t in inner}
            and not said & _families(outside)[0]
        ):
            # "Squats (3 x 15 preferred)", "Bridges daily (3 x 10 fine)": the only dose (or
            # timing), said in brackets ("(daily preferred, every other day fine)": two)
            continue
        inside.update(range(i, end + 1))
        words = text[tok.start : tokens[end].end]
        opening = {t.raw for t in inner[:2]}
        what = (
            "an alternative"
            if "or" in opening
            else "an addition"
            if opening & {"add", "plus", "also", "extra", "additionally"}
            else "an aside"
        )
        question = (
            f"{what} in brackets, {words!r}, is not read: say the dose and timing meant, "
            "with it or without it"
        )
        asked.append(Fact("ambiguous", question, tok.start, tokens[end].end))
    return inside, asked
