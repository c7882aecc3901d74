"""
The tokenizer's passes over a phrase's tokens: letters for days, numbers in words and
figures, joined tokens ("twenty-five", "½"), ranges ("2-3", "8 to 12") and words read by
context ("Sat", "March").
"""

from __future__ import annotations

from collections.abc import Callable

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._by_context import (
    LETTER_DAY_RAWS,
    MEAL_CODE_RAWS,
    UNDECIDED,
    by_context,
    day_letters,
    meal_codes,
    verb_am,
)
from rehabplan.phrases._number_words import (
    NUMBER_RAW_TRIGGERS,
    NUMBER_RAWS,
    NUMBER_SYM_TRIGGERS,
    NUMBER_SYMS,
    numbers,
    two_sides,
)
from rehabplan.phrases._paces import paces
from rehabplan.phrases._preferred import PREFERRING, preferred_ranges
from rehabplan.phrases._ranges import RANGE_SYMS, ranges
from rehabplan.phrases._said_twice import bare_hour
from rehabplan.phrases._tok import Tok

__all__ = ["combine"]


#: A pass's step at token *i*: it appends what it reads there to *out* and returns how
#: many tokens it used, or 0 where nothing of its own starts at *i*.
_Step = Callable[[list[Tok], int, list[Tok]], int]


def _scan(
    tokens: list[Tok], step: _Step, syms: frozenset[str], raws: frozenset[str] = frozenset()
) -> list[Tok]:
    """
    Run *step* along *tokens* from each token whose symbol is in *syms* or whose text is
    in *raws* (where its work can start); a token no step uses passes through unchanged.
    """
    out: list[Tok] = []
    append = out.append
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.sym in syms or tok.raw in raws:
            used = step(tokens, i, out)
            if used:
                i += used
                continue
        append(tok)
        i += 1
    return out


#: The symbols `_join` joins or drops; every other token passes through.
_JOINING_SYMS = frozenset({"-", "'", '"', "`", "bed", "b", "e", "("})
#: Where `_join`'s work can start: a joining symbol, or a number restated in brackets
#: or followed by "or more".
_JOIN_STARTS = _JOINING_SYMS | {"N", "x"}
#: Units a table writes in brackets after its numbers: "4(sets) x 6(reps)".
_LABELLED_UNITS = frozenset({"sets", "reps", "sec", "min"})
#: What "N or more" may count to be read as "at least N": times, repetitions, sets, sessions
#: and days ("for 12 or more weeks" or "30 or more minutes" is often a condition: "pain for
#: 12 or more weeks", "after sitting for 30 or more minutes", so it stays asked).
_COUNTED = frozenset({"x", "reps", "sets", "session", "days"})
#: Where `ranges`' work can start.
_N = frozenset({"N"})
#: What "e/" abbreviates "each" of: "e/s" each side, "e/l" each leg, "e/a" each arm
#: (a limb, which the grammar reads as "leg").
_EACH_OF = {"s": "side", "side": "side", "l": "leg", "leg": "leg", "a": "leg", "arm": "leg"}


#: Words a count joined by a hyphen makes part of an exercise's name.
_NAMED_BY_A_COUNT = frozenset(
    "legged leg armed arm handed hand footed foot sided way point directional".split()
)


def _combine(tokens: list[Tok]) -> list[Tok]:
    """
    Join tokens that form one value: "twenty five", "2-3" and "two or three times"
    (ranges), "between 8 and 15", "bed time"; drop the hyphen of "30-second";
    keep weekday abbreviations and month names only where a date or list needs them.
    """
    # Each pass runs only when a symbol or word that can start its work is there.
    syms = {t.sym for t in tokens}
    raws = {t.raw for t in tokens}
    if not LETTER_DAY_RAWS.isdisjoint(raws):
        tokens = _scan(tokens, day_letters, frozenset(), LETTER_DAY_RAWS)
        syms = {t.sym for t in tokens}
    if not (NUMBER_SYM_TRIGGERS.isdisjoint(syms) and NUMBER_RAW_TRIGGERS.isdisjoint(raws)):
        tokens = _scan(tokens, numbers, NUMBER_SYMS, NUMBER_RAWS)
        syms = {t.sym for t in tokens}
    said_twice = "x" in raws and not {"times", "time"}.isdisjoint(raws)  # "3 x times a week"
    if not _JOINING_SYMS.isdisjoint(syms) or "or" in syms or "+" in syms or said_twice:
        tokens = _scan(tokens, _join, _JOIN_STARTS)
        syms = {t.sym for t in tokens}
    if "x" in syms and ("2" in raws or "two" in raws) and not _SIDES.isdisjoint(syms):
        tokens = _scan(tokens, two_sides, frozenset({"x"}))
        syms = {t.sym for t in tokens}
    if not PREFERRING.isdisjoint(raws):  # "at least 2, preferably 3, sessions a week"
        tokens = preferred_ranges(tokens)
        syms = {t.sym for t in tokens}
    if not RANGE_SYMS.isdisjoint(syms):
        tokens = _scan(tokens, ranges, _N)
        syms = {t.sym for t in tokens}
    if "-" in syms and not _PER_MARKS.isdisjoint(syms):
        tokens = _scan(tokens, _per_unit, _PER_MARKS)
        syms = {t.sym for t in tokens}
    if not UNDECIDED.isdisjoint(syms):
        tokens = by_context(tokens)
    if "am" in syms:
        tokens = verb_am(tokens)
    if not MEAL_CODE_RAWS.isdisjoint(raws):
        tokens = meal_codes(tokens)
    if "TIME" in syms:
        tokens = paces(_clock_starts(tokens))
    return tokens


#: Sides counted after a dose: "10 reps x 2 sides".
_SIDES = frozenset({"sides", "legs", "side", "leg"})
#: Marks a unit written to the power minus one follows ("6 d·wk−1", "2 sessions.d-1").
_PER_MARKS = frozenset({"·", "."})


def _per_unit(tokens: list[Tok], i: int, out: list[Tok]) -> int:
    """Read "·wk−1" (per week) and "·d−1" (per day) as "/ week" and "/ day"."""
    if i + 3 >= len(tokens) or not out:
        return 0
    mark, unit, minus, one = tokens[i : i + 4]
    if (
        unit.sym in {"week", "day"}
        # "Stage 2.Week-1" is a heading: a full stop marks only "wk" and "d"
        and (mark.raw == "·" or unit.raw.lower() in {"wk", "d"})
        and minus.sym == "-"
        and one.value == 1
        and out[-1].end == mark.start
        and mark.end == unit.start
        and unit.end == minus.start
        and minus.end == one.start
    ):
        # (the unit read as the word, so what cannot place it says "a period not read")
        out.extend(
            (Tok("/", "/", mark.start, mark.end), Tok(unit.sym, unit.sym, unit.start, one.end))
        )
        return 4
    return 0


def _clock_starts(tokens: list[Tok]) -> list[Tok]:
    """
    "12.30-1.30pm", "5-6pm": hours and minutes, or an hour written against the dash,
    joined to a clock time start a span of clock times, though no am or pm is said with
    them ("Dose 1 - 8am" is a label and a time).
    """
    out = list(tokens)
    for i, tok in enumerate(tokens[:-2]):
        dash, end = tokens[i + 1], tokens[i + 2]
        joined = dash.sym in {"-", "to"} and end.sym == "TIME"
        written_against = dash.sym == "-" and tok.end == dash.start and dash.end == end.start
        clock = "." in tok.raw or written_against
        start = bare_hour(tok.raw) if tok.sym == "N" and joined and clock else None
        if start is not None:
            out[i] = Tok("TIME", tok.raw, tok.start, tok.end, start)
    return out


def _join(tokens: list[Tok], i: int, out: list[Tok]) -> int:
    """
    Drop hyphens inside words and quotes; join "bed time", "b/l" and "e/s"; read a
    number restated in figures ("five (5)") once.
    """
    n = len(tokens)
    tok = tokens[i]
    if (
        tok.sym == "N"
        and i + 3 < n
        and tokens[i + 1].sym == "("
        and tokens[i + 2].sym == "N"
        and tokens[i + 2].value == tok.value
        and tokens[i + 3].sym == ")"
    ):
        out.append(Tok("N", tok.raw, tok.start, tokens[i + 3].end, tok.value))
        return 4
    if (
        tok.sym == "N"
        and i + 3 < n
        and tokens[i + 1].sym == "("
        and tokens[i + 2].sym in _LABELLED_UNITS
        and tokens[i + 3].sym == ")"
    ):
        # "4(sets) x 6(reps)": a table's unit labels, read as "4 sets x 6 reps"
        out.extend((tok, tokens[i + 2]))
        return 4
    if (
        tok.sym == "N"
        and i + 2 < n
        and tokens[i + 1].sym == "+"
        and tokens[i + 1].start == tok.end
        and tokens[i + 2].sym in _COUNTED
    ):
        # "10+ reps", "10-15+ reps": at least the number, as "10 or more reps" is
        out.append(Tok("N", tok.raw, tok.start, tokens[i + 1].end, tok.value))
        return 2
    if (
        tok.sym == "N"
        and i + 3 < n
        and tokens[i + 1].sym == "or"
        and tokens[i + 2].raw == "more"
        and tokens[i + 3].sym in _COUNTED
    ):
        # "3 or more times a week", "5 or more repetitions", "3 or more days": at least
        # the number, read as "at least 3 times a week" is
        out.append(Tok("N", tok.raw, tok.start, tokens[i + 2].end, tok.value))
        return 3
    if tok.raw == "x" and i + 1 < n and tokens[i + 1].raw in {"times", "time"}:
        out.append(Tok("x", "x times", tok.start, tokens[i + 1].end))  # "3 x times a week"
        return 2
    if tok.sym not in _JOINING_SYMS:
        return 0
    nxt = tokens[i + 1] if i + 1 < n else None
    if tok.sym == "-" and out and nxt is not None:
        prev = out[-1]
        if prev.sym == "N" and nxt.raw.lower() in _NAMED_BY_A_COUNT and prev.end == tok.start:
            # "one-legged squats", "3-way hip": a count in an exercise's name, not a dose
            out[-1] = Tok(nxt.sym, f"{prev.raw}-{nxt.raw}", prev.start, nxt.end)
            return 2
        joined = prev.raw + nxt.raw
        if prev.raw in {"bi", "semi"} and joined in lx.SYMBOLS and prev.end == tok.start:
            # "bi-weekly", "semi-weekly": one word, read as it is unhyphenated
            out[-1] = Tok(lx.SYMBOLS[joined], joined, prev.start, nxt.end)
            return 2
        weekday = {prev.sym, nxt.sym} & {"DOW", "DOW?"}
        if (
            nxt.sym != "N"
            and not weekday
            and (prev.sym == "N" or prev.raw.isalpha())
            and nxt.raw.isalpha()
        ):
            return 1  # "30-second", "run-walk", "centre-based"
    if tok.sym in {"'", '"', "`"}:
        return 1
    if tok.sym == "bed" and nxt is not None and nxt.raw == "time":
        out.append(Tok("bedtime", "bedtime", tok.start, nxt.end))
        return 2
    bed_time = i + 2 < n and tokens[i + 2].raw == "time"  # "bed-time"
    if tok.sym == "bed" and nxt is not None and nxt.sym == "-" and bed_time:
        out.append(Tok("bedtime", "bedtime", tok.start, tokens[i + 2].end))
        return 3
    if (
        tok.sym == "b"
        and nxt is not None
        and nxt.sym == "/"
        and i + 2 < n
        and tokens[i + 2].raw == "l"
    ):
        out.append(Tok("bilateral", "b/l", tok.start, tokens[i + 2].end))
        return 3
    if (
        tok.sym == "e"
        and nxt is not None
        and nxt.sym == "/"
        and i + 2 < n
        and tokens[i + 2].raw in _EACH_OF
        and tok.end == nxt.start
        and nxt.end == tokens[i + 2].start
    ):
        raw = f"e/{tokens[i + 2].raw}"
        end = tokens[i + 2].end
        side = _EACH_OF[tokens[i + 2].raw]
        out.extend((Tok("each", raw, tok.start, end), Tok(side, raw, tok.start, end)))
        return 3
    return 0


# The name the tokenizer uses.
combine = _combine
