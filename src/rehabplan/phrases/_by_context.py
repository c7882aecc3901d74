"""
Words whose meaning their neighbours decide: a weekday abbreviation that is also a word
("sat", "wed") and a month name that is also a word ("may", "march").
"""

from __future__ import annotations

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._tok import Tok

__all__ = ["UNDECIDED", "by_context"]


_LIST_CONTEXT = frozenset(
    {"on", "each", "except", "until", "from", "DOW", ",", "and", "&", "/", "-", "to"}
)


#: The symbols of words whose meaning their neighbours decide.
UNDECIDED = frozenset({"DOW?", "MONTH?"})


def by_context(tokens: list[Tok]) -> list[Tok]:
    """Decide weekday abbreviations ("sat", "we") and month names ("may") by context."""
    n = len(tokens)
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if tok.sym == "DOW?" and n == 1:
            out[i] = tok.evolve("DOW")  # "Sun", "WED" on their own
        elif tok.sym == "DOW?":
            prev = tokens[i - 1].sym if i else ""
            nxt = tokens[i + 1].sym if i + 1 < n else ""
            near = {tokens[k].sym for k in range(max(0, i - 2), min(n, i + 3)) if k != i}
            if (
                prev in {"on", "each", "except"}
                or (i == 0 and nxt == ":")  # "Wed: run 2 mins": a plan's day heading
                or "DOW" in near
                or (nxt in {",", "and", "/", "-", "&"} and "DOW?" in near)
                or ("DOW?" in near and prev in _LIST_CONTEXT)
            ):
                out[i] = tok.evolve("DOW")
            else:
                out[i] = tok.evolve(lx.SYMBOLS.get(tok.raw, tok.raw))
        elif tok.sym == "MONTH?":
            prev = tokens[i - 1].sym if i else ""
            nxt = tokens[i + 1].sym if i + 1 < n else ""
            prev2 = tokens[i - 2].sym if i > 1 else ""
            dated = {"N", "ORD"} & {prev, nxt} or (prev == "of" and prev2 == "ORD")
            out[i] = tok.evolve("MONTH" if dated else tok.raw)
    return out
