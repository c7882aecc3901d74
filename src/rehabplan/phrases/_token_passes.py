"""
The tokenizer's passes over a phrase's tokens: letters for days, numbers in words and
figures, joined tokens ("twenty-five", "½"), ranges ("2-3", "8 to 12") and words read by
context ("Sat", "March").
"""

from __future__ import annotations

from collections.abc import Callable

from rehabplan.model import (
    Range,
)
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._by_context import LETTER_DAY_RAWS, UNDECIDED, by_context, day_letters
from rehabplan.phrases._paces import paces
from rehabplan.phrases._tok import Tok

__all__ = ["COUPLE", "combine"]


_RANGE_SEPARATORS = frozenset({"-", "to", "or", "~"})
#: A range needs one of these between its numbers ("and" too after "between":
#: "between 8 and 15", "between 20-40").
_RANGE_TRIGGERS = _RANGE_SEPARATORS | {"and"}
#: The symbols that make `_combine` look for ranges ("2/3 times" too).
_RANGE_SYMS = _RANGE_TRIGGERS | {"/"}


_TIME_UNIT_SYMS = frozenset({"sec", "second", "min", "hour", "hours"})
_FRACTIONS = {"\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75}
_CONJUNCTION_NEXT = frozenset(
    {
        "this",
        "that",
        "it",
        "you",
        "your",
        "the",
        "they",
        "these",
        "pain",
        "symptoms",
        "finished",
        "able",
        "comfortable",
    }
)
#: The symbols and words a number made of several tokens can start with.
_NUMBER_SYMS = frozenset({"N", "a", *_FRACTIONS})
_NUMBER_RAWS = frozenset({"once", "one", "half", "couple", *_FRACTIONS})
#: What may follow a number that joins it to the tokens after: a unit ("1 min 30 s",
#: "2 hours and a half"), "and a half", a closing quote (30"), a slash ("1/2 min").
_AFTER_NUMBER = frozenset({*_TIME_UNIT_SYMS, "and", '"', "\u201d", "/", "'"})
#: The text of the number "a couple of" is read as.
COUPLE = "a couple of"
_TENS = frozenset(
    {"twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)
#: Words that multiply the count before them: "three hundred", "a million".
_SCALES = frozenset({"hundred", "thousand", "million", "billion"})


#: `_numbers` has nothing to do in a phrase without one of these symbols or words
#: ("a minute" needs its unit, "and a half" its "half").
_NUMBER_SYM_TRIGGERS = frozenset({*_TIME_UNIT_SYMS, '"', "\u201d", "/", "'", *_FRACTIONS})
_NUMBER_RAW_TRIGGERS = _NUMBER_RAWS | _TENS | _SCALES


def _numbers(tokens: list[Tok], i: int, out: list[Tok]) -> int:
    """
    Read numbers made of several tokens: "twenty-five", "1/2 min", "1½", "half a
    minute", and "a minute" after "for" or "hold" or before what it is the length of
    ("an hour walk").
    """
    n = len(tokens)
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < n else None
    if (tok.sym not in _NUMBER_SYMS and tok.raw not in _NUMBER_RAWS) or (
        tok.sym == "N"
        and tok.raw not in _NUMBER_RAWS
        and tok.raw not in _TENS
        and (nxt is None or (nxt.sym not in _AFTER_NUMBER and nxt.raw not in _SCALES))
    ):
        return 0  # none of the cases below starts here
    whole = tok.value if tok.sym == "N" else 1 if tok.raw in {"a", "an"} else None
    if isinstance(whole, int) and nxt is not None and nxt.raw in _SCALES:
        # "three hundred", "a million": one count, read whole (and refused if absurd)
        out.append(Tok("N", f"{tok.raw} {nxt.raw}", tok.start, nxt.end, whole * nxt.value))
        return 2
    after = tokens[i + 2] if i + 2 < n else None
    unit = tokens[i + 3].sym if i + 3 < n else ""
    if (
        tok.raw == "once"
        and tok.sym == "N"
        and i + 2 < n
        and tokens[i + 2].raw in _CONJUNCTION_NEXT
    ):
        # "Once this is easy, ...": a conjunction, not a count
        out.append(Tok("once", "once", tok.start, tok.end))
        return 2  # and the "x" the word was read as
    if (
        tok.sym == "N"
        and isinstance(tok.value, int)
        and nxt is not None
        and nxt.sym in {"min", "hour", "hours"}
        and after is not None
        and after.sym == "N"
        and isinstance(after.value, int)
        and unit in ({"sec", "second"} if nxt.sym == "min" else {"min"})
    ):
        # "1 min 30 s" is 90 s; "1 hour 15 min" is 75 min
        total = tok.value * 60 + after.value
        out.extend((Tok("N", "sum", tok.start, tokens[i + 3].start - 1, total), tokens[i + 3]))
        return 4
    if (
        isinstance(whole, int)
        and nxt is not None
        and nxt.sym in _TIME_UNIT_SYMS
        and [t.raw for t in tokens[i + 2 : i + 5]] == ["and", "a", "half"]
    ):
        # "a minute and a half", "2 hours and a half"
        out.extend((Tok("N", "and a half", tok.start, tok.end, whole + 0.5), nxt))
        return 5
    if (
        tok.raw == "half"
        and nxt is not None
        and nxt.raw in {"a", "an"}
        and after is not None
        and after.raw == "dozen"
    ):
        out.append(Tok("N", "half a dozen", tok.start, after.end, 6))  # "half a dozen"
        return 3
    if tok.raw == "couple" and nxt is not None and nxt.raw == "of":
        # "a couple of hours" is read as 2, and the reading says so (`COUPLE`)
        start = tok.start
        if out and out[-1].raw in {"a", "an"}:
            start = out.pop().start
        out.append(Tok("N", COUPLE, start, nxt.end, 2))
        return 2
    if tok.raw == "one" and (
        (
            out
            and out[-1].raw in {"each", "every", "this", "that", "the", "which"}
            and (nxt is None or nxt.sym not in {"x", "time", "sets", "reps"})
        )
        or (nxt is not None and nxt.raw in {"way", "direction"})  # "10 times one way"
    ):
        out.append(Tok("one", "one", tok.start, tok.end))  # "each one": not a count
        return 1
    if tok.sym == "N" and nxt is not None and nxt.raw in {'"', "\u201d"} and nxt.start == tok.end:
        out.extend((tok, Tok("sec", nxt.raw, nxt.start, nxt.end)))  # 30" = 30 seconds
        return 2
    if (
        tok.sym == "N"
        and nxt is not None
        and nxt.raw == "'"
        and nxt.start == tok.end
        and (after is None or after.start > nxt.end)
    ):
        # 2' (2′) is minutes to some and feet to others: no rule reads it, so it is asked
        out.append(Tok("PRIMED", tok.raw + "'", tok.start, nxt.end, tok.value))
        return 2
    if (
        tok.sym == "N"
        and isinstance(tok.value, int)
        and [t.raw for t in tokens[i + 1 : i + 4]] == ["and", "a", "half"]
    ):
        out.append(Tok("N", "and a half", tok.start, tokens[i + 3].end, tok.value + 0.5))
        return 4
    if tok.sym in _FRACTIONS or tok.raw in _FRACTIONS:
        value = _FRACTIONS[tok.raw]
        if (
            out
            and out[-1].sym == "N"
            and out[-1].end == tok.start
            and isinstance(out[-1].value, int)
        ):
            whole = out.pop()
            out.append(Tok("N", whole.raw + tok.raw, whole.start, tok.end, whole.value + value))
        else:
            out.append(Tok("N", tok.raw, tok.start, tok.end, value))
        return 1
    hyphen = nxt is not None and nxt.sym == "-"
    unit_word = after if hyphen else nxt
    if (
        tok.sym == "N"
        and tok.raw in _TENS
        and unit_word is not None
        and unit_word.sym == "N"
        and isinstance(unit_word.value, int)
        and 0 < unit_word.value < 10
        and unit_word.raw.isalpha()
    ):
        # "twenty-five", "twenty five"
        out.append(
            Tok(
                "N",
                f"{tok.raw}-{unit_word.raw}",
                tok.start,
                unit_word.end,
                tok.value + unit_word.value,
            )
        )
        return 3 if hyphen else 2
    if (
        tok.sym == "N"
        and nxt is not None
        and nxt.sym == "/"
        and after is not None
        and after.sym == "N"
        and after.value in (2, 3, 4)
        and isinstance(tok.value, int)
        and tok.value < after.value
        and unit in _TIME_UNIT_SYMS
    ):
        fraction = tok.value / after.value
        if out and out[-1].sym == "N" and isinstance(out[-1].value, int) and out[-1].value <= 5:
            whole = out.pop()  # "1 1/2 minutes": a whole number and a fraction
            out.append(Tok("N", "fraction", whole.start, after.end, whole.value + fraction))
        else:
            out.append(Tok("N", "fraction", tok.start, after.end, fraction))
        return 3
    if (
        tok.raw == "half"
        and nxt is not None
        and nxt.sym == "a"
        and after is not None
        and after.sym in _TIME_UNIT_SYMS
    ):
        out.append(Tok("N", "half", tok.start, nxt.end, 0.5))
        return 2
    if (
        tok.sym == "a"
        and nxt is not None
        and nxt.sym in _TIME_UNIT_SYMS
        and (
            (out and out[-1].sym in {"for", "hold", "of", "about", "around", "approximately"})
            # "an hour walk" (but "a second workout" is another one)
            or (after is not None and after.raw in lx.LENGTH_OF and nxt.raw != "second")
            # "30 seconds to a minute": the far end of a range of lengths
            or (len(out) > 1 and out[-1].sym in {"to", "or"} and out[-2].sym in _TIME_UNIT_SYMS)
        )
    ):
        out.append(Tok("N", tok.raw, tok.start, tok.end, 1))
        return 1
    return 0


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
_JOIN_STARTS = _JOINING_SYMS | {"N"}
#: What "N or more" may count to be read as "at least N": times, repetitions, sets, sessions.
_COUNTED = frozenset({"x", "reps", "sets", "session"})
#: Where `_ranges`' work can start.
_N = frozenset({"N"})
#: What "e/" abbreviates "each" of: "e/s" each side, "e/l" each leg, "e/a" each arm
#: (a limb, which the grammar reads as "leg").
_EACH_OF = {"s": "side", "side": "side", "l": "leg", "leg": "leg", "a": "leg", "arm": "leg"}


#: Words a count joined by a hyphen makes part of an exercise's name.
_NAMED_BY_A_COUNT = frozenset(
    {"legged", "leg", "armed", "arm", "handed", "footed", "sided", "way", "point", "directional"}
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
    if not (_NUMBER_SYM_TRIGGERS.isdisjoint(syms) and _NUMBER_RAW_TRIGGERS.isdisjoint(raws)):
        tokens = _scan(tokens, _numbers, _NUMBER_SYMS, _NUMBER_RAWS)
        syms = {t.sym for t in tokens}
    if not _JOINING_SYMS.isdisjoint(syms) or "or" in syms:
        tokens = _scan(tokens, _join, _JOIN_STARTS)
        syms = {t.sym for t in tokens}
    if not _RANGE_SYMS.isdisjoint(syms):
        tokens = _scan(tokens, _ranges, _N)
        syms = {t.sym for t in tokens}
    if not UNDECIDED.isdisjoint(syms):
        tokens = by_context(tokens)
    if "TIME" in syms:
        tokens = paces(tokens)
    return tokens


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
        and tokens[i + 1].sym == "or"
        and tokens[i + 2].raw == "more"
        and tokens[i + 3].sym in _COUNTED
    ):
        # "3 or more times a week", "5 or more repetitions": at least the number, read
        # as "at least 3 times a week" is ("if pain lasts 3 or more days" is no count)
        out.append(Tok("N", tok.raw, tok.start, tokens[i + 2].end, tok.value))
        return 3
    if tok.sym not in _JOINING_SYMS:
        return 0
    nxt = tokens[i + 1] if i + 1 < n else None
    if tok.sym == "-" and out and nxt is not None:
        prev = out[-1]
        if prev.sym == "N" and nxt.raw in _NAMED_BY_A_COUNT and prev.end == tok.start:
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


#: Units of a hold or a bout: "a minute or two".
_TIME_UNITS = frozenset({"sec", "second", "min", "hour", "hours"})

#: Words a number names a part of ("level 3", "stage 2"): the number is never the low end
#: of a range that runs on into the dose.
_LABELS = frozenset({"level", "stage", "phase", "step", "part", "grade", "no", "number"})


def _ranges(tokens: list[Tok], i: int, out: list[Tok]) -> int:
    """Join "2-3", "8 to 12", "two or three" and "between 8 and 15" into one range."""
    n = len(tokens)
    tok = tokens[i]
    if (
        tok.value == 1
        and i + 3 < n
        and tokens[i + 1].sym in _TIME_UNITS
        and tokens[i + 2].sym == "or"
        and tokens[i + 3].sym == "N"
        and isinstance(tokens[i + 3].value, int)
        and tokens[i + 3].value > 1
    ):
        # "a second or two", "a minute or two": 1-2 of the unit
        other = tokens[i + 3]
        out.append(Tok("N", f"1-{other.value}", tok.start, other.end, Range(1, other.value)))
        out.append(tokens[i + 1])
        return 4
    if tok.sym == "N" and isinstance(tok.value, int):
        has_x = i + 1 < n and tokens[i + 1].sym == "x" and tokens[i + 1].start == tok.start
        j = i + (2 if has_x else 1)
        between = bool(out) and out[-1].sym == "between"
        seps = _RANGE_TRIGGERS if between else _RANGE_SEPARATORS
        slash = j + 1 < n and tokens[j].sym == "/"
        if j + 1 < n and (tokens[j].sym in seps or slash) and tokens[j + 1].sym == "N":
            other = tokens[j + 1]
            other_x = j + 2 < n and tokens[j + 2].sym == "x"
            sessions = j + 2 < n and tokens[j + 2].sym == "session"
            if slash and (has_x or not (other_x or sessions)):
                # "2/3 times a day" is 2 or 3 (no count of times is a fraction);
                # "3/12", "5/7" and "3/4 hour" are something else
                return 0
            low, high = tok.value, other.value
            if (
                i
                and tokens[i - 1].sym in _LABELS
                and (
                    other_x
                    or (j + 3 < n and tokens[j + 2].sym in seps and tokens[j + 3].sym == "N")
                )
            ):
                # "Level Three - 6 to 8 reps", "stage 2 - 3 x 10": the label's number, then
                # the dose
                return 0
            if other.raw in lx.ABBREVIATIONS and tok.raw not in lx.ABBREVIATIONS:
                # "1-bd", "2-qds": a count, then a code that says twice (four times) a
                # day, never a range from the count to the code's number
                return 0
            if isinstance(high, int) and low < high and (other_x or not has_x):
                if between:
                    out.pop()
                out.append(Tok("N", f"{low}-{high}", tok.start, other.end, Range(low, high)))
                if other_x:
                    out.append(tokens[j + 2])
                    return j + 3 - i
                if has_x:
                    out.append(tokens[i + 1])
                return j + 2 - i
    return 0


# The name the tokenizer uses.
combine = _combine
