"""
The grammar of the phrase language: regular expressions over token symbols.

Each rule is (name, pattern, handler); the patterns are tried in order at each
token, the first that matches wins, and its handler turns the matched tokens into
facts ("per_day 2", "hold 30 s", "anchor before run"). Every repetition that can fail
is bounded, so reading time grows linearly with the text.

A rule is compiled the first time a phrase reaches a token it can start with and
holds the words it needs: compiling all of them costs tens of milliseconds, and a
short phrase needs a few.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache, lru_cache

from rehabplan.phrases._facts import Fact, Handler, Span
from rehabplan.phrases._pattern_starts import needs, pattern_key, starts
from rehabplan.phrases._rules import RULES
from rehabplan.phrases._tokens import Tok as _Tok

__all__ = ["facts"]


#: Each rule's first characters and needs, read ahead of time by scripts/rule_starts.py
#: (a path of `os.path`: a one-shot program does not load `pathlib`).
RULE_STARTS = os.path.join(os.path.dirname(__file__), "rule_starts.json")


@lru_cache(maxsize=1)
def _table() -> dict[int, tuple[str | None, str]]:
    """
    The table of `RULE_STARTS`, by pattern key: a rule's first characters (None: any) and
    its groups of needs (joined by newlines, each group's texts by tabs). A table that
    cannot be read (a merge conflict) is empty: every rule is then read on first use.
    """
    try:
        with open(RULE_STARTS, encoding="utf-8") as file:
            rows = json.load(file)
    except (OSError, ValueError):
        return {}
    return {int(key): (first, needs_text) for key, (first, needs_text, _name) in rows.items()}


def _first_chars(pattern: str) -> frozenset[str] | None:
    known = _table().get(pattern_key(pattern))
    if known is None:  # a rule changed since the table was written is read now
        return starts(pattern)
    return None if known[0] is None else frozenset(known[0])


@lru_cache(maxsize=1)
def _starts() -> tuple[frozenset[str] | None, ...]:
    """Each rule's possible first characters (None: any), read once."""
    return tuple(_first_chars(pattern) for _, pattern, _ in RULES)


@lru_cache(maxsize=1024)  # a token's first character; words of any script reach here
def _candidates(char: str) -> tuple[int, ...]:
    """The rules, in order, whose match can start with *char*."""
    return tuple(index for index, first in enumerate(_starts()) if first is None or char in first)


@cache
def _needs(index: int) -> tuple[tuple[str, ...], ...]:
    """Groups of texts a match of rule *index* contains one of each."""
    pattern = RULES[index][1]
    known = _table().get(pattern_key(pattern))
    if known is None:
        return tuple(tuple(group) for group in needs(pattern))
    return tuple(tuple(group.split("\t")) for group in known[1].split("\n") if group)


@cache
def _rule(index: int) -> re.Pattern[str]:
    """Rule *index*, compiled on first use."""
    return re.compile(RULES[index][1])


#: One grammar match as token indexes: the match, its handler, its first and last
#: token, and each named group's first and last token.
_Step = tuple["re.Match[str]", Handler, int, int, dict[str, tuple[int, int]]]

#: Symbol sequences longer than this are matched afresh each time, not cached.
_PLAN_CACHE_LIMIT = 200


def _plan(syms: tuple[str, ...]) -> tuple[_Step, ...]:
    """
    Run the grammar over a sequence of token symbols.

    The matches depend on the symbols alone ("N x N twice daily for N weeks"), not
    on the numbers or the words' spelling, so phrases of one shape share one plan.
    """
    if len(syms) > _PLAN_CACHE_LIMIT:
        return _match_symbols(syms)
    return _cached_plan(syms)


def _first_match(text: str, offset: int, met: dict[int, bool]) -> tuple[int, re.Match[str]] | None:
    """
    The first rule, in order, that matches one token or more at *offset*, and its match.

    *met* holds, for each rule asked about so far, whether the text has what the rule
    needs: a rule whose needs are missing is neither compiled nor tried.
    """
    for index in _candidates(text[offset]):
        has_needs = met.get(index)
        if has_needs is None:
            has_needs = met[index] = all(
                any(need in text for need in group) for group in _needs(index)
            )
        if not has_needs:
            continue
        match = _rule(index).match(text, offset)
        if match is not None and match.end() > offset:
            return index, match
    return None


def _match_symbols(syms: tuple[str, ...]) -> tuple[_Step, ...]:
    text_parts = [" "]
    firsts: dict[int, int] = {}  # a token's first character -> the token
    ends: dict[int, int] = {}  # the character after a token's space -> the token
    offset = 1
    for index, sym in enumerate(syms):
        firsts[offset] = index
        text_parts.append(sym + " ")
        offset += len(sym) + 1
        ends[offset] = index
    sym_text = "".join(text_parts)
    steps: list[_Step] = []
    met: dict[int, bool] = {}
    resume = 0
    for offset, first in firsts.items():
        # Matches do not overlap: the next starts at a token after the last one's end,
        # even when that end fell inside a token (such a match is not used).
        found = _first_match(sym_text, offset, met) if offset >= resume else None
        if found is None:
            continue
        index, match = found
        resume = match.end()
        last = ends.get(resume)
        if last is None:
            continue
        groups: dict[str, tuple[int, int]] = {}
        for name in match.re.groupindex:
            g_start = match.start(name)
            if g_start < 0:  # the group did not take part in the match
                continue
            g_first = firsts.get(g_start)
            g_end = match.end(name)
            g_last = ends.get(g_end) if g_end in ends else ends.get(g_end + 1)
            if g_first is None or g_last is None:
                continue
            groups[name] = (g_first, g_last)
        steps.append((match, RULES[index][2], first, last, groups))
    return tuple(steps)


_cached_plan = lru_cache(maxsize=8192)(_match_symbols)


def _facts(tokens: list[_Tok]) -> tuple[list[Fact], list[bool]]:
    """Run the grammar over the tokens; return the facts and which tokens were used."""
    used = [False] * len(tokens)
    facts: list[Fact] = []
    for match, handler, first, last, groups in _plan(tuple([tok.sym for tok in tokens])):
        used[first : last + 1] = [True] * (last + 1 - first)
        facts.extend(handler(match, Span(tokens, first, last, groups)))
    if any(fact.kind == "again" for fact in facts):
        facts = _read_again(facts)
    return facts, used


def _read_again(facts: list[Fact]) -> list[Fact]:
    """
    Replace each "again" fact (words a rule passed over, `Span.passed_over`) with what
    the grammar reads in those words: "each morning" in "Hold the stretch each morning for
    30 s" is once a day in the morning, never lost to the hold.
    """
    out: list[Fact] = []
    for fact in facts:
        if fact.kind == "again":
            out.extend(_facts(list(fact.value))[0])
        else:
            out.append(fact)
    return out


# The name the rest of the phrase package uses.
facts = _facts
