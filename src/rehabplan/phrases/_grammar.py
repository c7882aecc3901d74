"""
The grammar of the phrase language: one regular expression over token symbols.

Each rule is (name, pattern, handler); the patterns are tried left to right at each
token, the first that matches wins, and its handler turns the matched tokens into
facts ("per_day 2", "hold 30 s", "anchor before run"). Every repetition that can fail
is bounded, so reading time grows linearly with the text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rehabplan.phrases._facts import Fact, Handler, Span
from rehabplan.phrases._rules import RULES
from rehabplan.phrases._tokens import Tok as _Tok

__all__ = ["facts"]


#: A rule's name, its handler and its named groups as (group in the grammar, own name).
_RuleEntry = tuple[str, Handler, tuple[tuple[str, str], ...]]


def _compile_rules() -> tuple[re.Pattern[str], dict[str, _RuleEntry]]:
    parts = []
    names: dict[str, tuple[str, Handler]] = {}
    for index, (name, pattern, handler) in enumerate(RULES):
        prefix = f"r{index}_"
        renamed = re.sub(r"\(\?P<([a-z0-9_]+)>", rf"(?P<{prefix}\1>", pattern)
        key = f"R{index}"
        parts.append(f"(?P<{key}>{renamed})")
        names[key] = (name, handler)
    grammar = re.compile("(?<= )(?:" + "|".join(parts) + ")")
    # Each rule's own groups, listed once: `Match.groupdict()` would build a dict of
    # every group of every rule for each match (a third of the time of a phrase).
    # One pass over the groups (hundreds of them), not one per rule.
    own: dict[str, list[tuple[str, str]]] = {key: [] for key in names}
    for group in grammar.groupindex:
        prefix, _, short = group.partition("_")  # "r12_side": rule 12's group "side"
        if prefix[:1] == "r" and prefix[1:].isdigit():
            own[f"R{prefix[1:]}"].append((group, short))
    table = {key: (name, handler, tuple(own[key])) for key, (name, handler) in names.items()}
    return grammar, table


@lru_cache(maxsize=1)
def _grammar() -> tuple[re.Pattern[str], dict[str, _RuleEntry]]:
    """
    The grammar, compiled on first use.

    Compiling it costs tens of milliseconds, which `import rehabplan` should not pay.
    """
    return _compile_rules()


def __getattr__(name: str) -> Any:
    # `_grammar._GRAMMAR` names the compiled grammar (tests read it), compiled on
    # first use like everything else that goes through `_grammar()`.
    if name == "_GRAMMAR":
        return _grammar()[0]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: One grammar match as token indexes: the match, its handler, its first and last
#: The match, its handler, its first and last token, and each named group's first and
#: last token.
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


def _match_symbols(syms: tuple[str, ...]) -> tuple[_Step, ...]:
    text_parts = [" "]
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    offset = 1
    for index, sym in enumerate(syms):
        starts[offset] = index
        text_parts.append(sym + " ")
        offset += len(sym) + 1
        ends[offset] = index
    sym_text = "".join(text_parts)
    grammar, rule_table = _grammar()
    steps: list[_Step] = []
    for match in grammar.finditer(sym_text):
        key = match.lastgroup
        if key is None or match.end() == match.start():
            continue
        first = starts.get(match.start())
        last = ends.get(match.end())
        if first is None or last is None:
            continue
        _, handler, own_groups = rule_table[key]
        groups: dict[str, tuple[int, int]] = {}
        for group_name, short in own_groups:
            g_start = match.start(group_name)
            if g_start < 0:  # the group did not take part in the match
                continue
            g_first = starts.get(g_start)
            g_end = match.end(group_name)
            g_last = ends.get(g_end) if g_end in ends else ends.get(g_end + 1)
            if g_first is None or g_last is None:
                continue
            groups[short] = (g_first, g_last)
        steps.append((match, handler, first, last, groups))
    return tuple(steps)


_cached_plan = lru_cache(maxsize=8192)(_match_symbols)


def _facts(tokens: list[_Tok]) -> tuple[list[Fact], list[bool]]:
    """Run the grammar over the tokens; return the facts and which tokens were used."""
    used = [False] * len(tokens)
    facts: list[Fact] = []
    for match, handler, first, last, groups in _plan(tuple([tok.sym for tok in tokens])):
        used[first : last + 1] = [True] * (last + 1 - first)
        facts.extend(handler(match, Span(tokens, first, last, groups)))
    return facts, used


# The name the rest of the phrase package uses.
facts = _facts
