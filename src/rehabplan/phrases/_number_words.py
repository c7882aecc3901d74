"""
Numbers said in several tokens: "twenty-five", "three hundred", "1/2 min", "1½", "half a
minute", "a minute and a half", "a couple of", "a minute" where it is a length, and a
count of sides ("10 reps x 2 sides": each side).
"""

from __future__ import annotations

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._tok import Tok

__all__ = [
    "COUPLE",
    "NUMBER_RAWS",
    "NUMBER_RAW_TRIGGERS",
    "NUMBER_SYMS",
    "NUMBER_SYM_TRIGGERS",
    "numbers",
    "two_sides",
]


_TIME_UNIT_SYMS = frozenset({"sec", "second", "min", "hour", "hours"})
_FRACTIONS = {"\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75}
#: Verbs that, a word after "once", make it the conjunction: "Once standing has been ...".
_VERB_AFTER_A_SUBJECT = frozenset(
    "has have is are was were becomes become feels feel gets get improves settles".split()
)


def _doing(tok: Tok) -> bool:
    """True for a word of doing ("holding", "walking"), not "morning" or "during"."""
    word = tok.raw
    return word.isalpha() and word.endswith("ing") and len(word) > 5 and word not in _NOT_DOING


_CLAUSE_OPENERS = frozenset(
    {",", ".", ";", ":", "!", "?", "(", "-", "then", "and", "so", "now", "but"}
)
_NOT_DOING = frozenset({"morning", "evening", "during", "something", "nothing", "everything"})
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
NUMBER_SYMS = frozenset({"N", "a", *_FRACTIONS})
NUMBER_RAWS = frozenset({"once", "one", "half", "couple", "single", *_FRACTIONS})
#: Units after "each one" that make "one" a count: "every one hour".
_UNITS_AFTER_ONE = frozenset({"hour", "hours", "day", "days", "week", "weeks", "minute", "minutes"})


def _count_goes_on(nxt: Tok | None, after: Tok | None, unit: str, every: bool) -> bool:
    """
    True when "one" after "each" is a count: a unit or a range to a number goes on from it
    ("every one to two hours"; a dash only after "every", to a number and a unit: "every
    one - two hours", not "Hold each one - 30 seconds").
    """
    if nxt is None:
        return False
    ranged = nxt.raw in {"to", "or"} and after is not None and after.sym == "N"
    dashed = (
        every
        and nxt.raw in {"-", "\u2013"}
        and after is not None
        and after.sym == "N"
        and unit in _TIME_UNIT_SYMS
    )
    return ranged or dashed or nxt.raw in _UNITS_AFTER_ONE


#: What may follow a number that joins it to the tokens after: a unit ("1 min 30 s",
#: "2 hours and a half"), "and a half", a closing quote (30"), a slash ("1/2 min").
_AFTER_NUMBER = frozenset({*_TIME_UNIT_SYMS, "and", '"', "\u201d", "/", "'"})
#: From this many, a number said in the plural ("6 x 400's") is as likely a distance.
_A_DISTANCE = 100

#: The text of the number "a couple of" is read as.
COUPLE = "a couple of"
_TENS = frozenset(
    {"twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)
#: Words that multiply the count before them: "three hundred", "a million".
_SCALES = frozenset({"hundred", "thousand", "million", "billion"})


#: `_numbers` has nothing to do in a phrase without one of these symbols or words
#: ("a minute" needs its unit, "and a half" its "half").
NUMBER_SYM_TRIGGERS = frozenset({*_TIME_UNIT_SYMS, '"', "\u201d", "/", "'", *_FRACTIONS})
NUMBER_RAW_TRIGGERS = NUMBER_RAWS | _TENS | _SCALES


def numbers(tokens: list[Tok], i: int, out: list[Tok]) -> int:
    """
    Read numbers made of several tokens: "twenty-five", "1/2 min", "1½", "half a
    minute", and "a minute" after "for" or "hold" or before what it is the length of
    ("an hour walk").
    """
    n = len(tokens)
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < n else None
    if (tok.sym not in NUMBER_SYMS and tok.raw not in NUMBER_RAWS) or (
        tok.sym == "N"
        and tok.raw not in NUMBER_RAWS
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
    if unit in {"-", "to"} and i + 5 < n and tokens[i + 4].sym == "N":
        unit = tokens[i + 5].sym  # "1 1/2 - 2 hours": the unit after the range's end
    if (
        tok.raw == "one"
        and nxt is not None
        and nxt.raw in {"leg", "arm"}
        and after is not None
        and after.raw.isalpha()
        # not "on one leg for 30 s", "one leg then the other"
        and after.raw.lower() not in lx.SYMBOLS
        and after.raw.lower() not in lx.FILLERS
    ):
        # "one leg squats", "one arm rows": an exercise's name, as "single leg squats"
        out.append(Tok("single", "single", tok.start, nxt.end))
        return 2
    if (
        tok.raw == "once"
        and tok.sym == "N"
        and i + 2 < n
        and (
            tokens[i + 2].raw in _CONJUNCTION_NEXT
            # "Once standing has been mastered": a subject, then its verb
            or (i + 3 < n and tokens[i + 3].raw in _VERB_AFTER_A_SUBJECT)
            # "Once (just) holding the arm up is easy": a doing as the subject, when "once"
            # opens its clause ("Repeat once holding for 10 seconds" counts)
            or (
                (i == 0 or tokens[i - 1].sym in _CLAUSE_OPENERS)
                and _doing(
                    tokens[i + 3 if tokens[i + 2].raw in {"just", "only"} and i + 3 < n else i + 2]
                )
            )
        )
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
            and not _count_goes_on(nxt, after, unit, out[-1].raw == "every")
        )
        or (nxt is not None and nxt.raw in {"way", "direction"})  # "10 times one way"
    ):
        out.append(Tok("one", "one", tok.start, tok.end))  # "each one": not a count
        return 1
    if (
        tok.sym == "N"
        and tok.raw[-1:].isdigit()  # ('"four by four"': a quote, not seconds)
        and nxt is not None
        and nxt.raw in {'"', "\u201d"}
        and nxt.start == tok.end
    ):
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
        and nxt is not None
        and nxt.raw == "'"
        and nxt.start == tok.end
        and after is not None
        and after.raw == "s"
        and after.start == nxt.end
        and getattr(tok.value, "high", tok.value) < _A_DISTANCE
        and not (out and out[-1].sym == "x")  # "4 x 30's on the bike": 30-second efforts
    ):
        out.append(tok)  # "2 sets of 10-12's": the count, said in the plural ("400's" is asked)
        return 3
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
        whole_before = out and out[-1].sym == "N" and isinstance(out[-1].value, int)
        if unit in {"sec", "second"} and not whole_before and tok.value > 1:
            # no hold lasts a fraction of a second: "2/3 seconds" is 2 to 3 seconds ("1/2
            # second" may be half of one, and is left to be asked)
            out.append(Tok("N", tok.raw, tok.start, tok.end, tok.value))
            out.append(Tok("to", "/", nxt.start, nxt.end))
            out.append(after)
            return 3
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
        and nxt.raw in _WHOLE
        and after is not None
        and after.sym in _TIME_UNIT_SYMS
        and out
        and out[-1].sym in {"for", "hold"}
    ):
        out.append(Tok("N", tok.raw, tok.start, nxt.end, 1))  # "for a full minute": one
        return 2
    if (
        tok.sym == "a"
        and nxt is not None
        and nxt.sym in _TIME_UNIT_SYMS
        and (
            (
                out
                and out[-1].sym
                in {"for", "hold", "of", "about", "around", "approximately", "approx", "roughly"}
            )
            # "for up to a minute", "at least an hour", "no more than a minute" (not "up
            # to a second set")
            or (
                nxt.raw != "second"
                and out
                and (
                    (len(out) > 1 and (out[-2].raw.lower(), out[-1].raw.lower()) in _BOUNDED)
                    # "no more than a minute" is at most one ("more than a minute" is not)
                    or (
                        len(out) > 2
                        and out[-3].raw.lower() in {"no", "not"}
                        and (out[-2].raw.lower(), out[-1].raw.lower()) == ("more", "than")
                    )
                    or out[-1].raw.lower() in {"just", "only", "maximum", "max", "minimum"}
                )
            )
            # "an hour walk" (but "a second workout" is another one)
            or (after is not None and after.raw in lx.LENGTH_OF and nxt.raw != "second")
            # "30 seconds to a minute": the far end of a range of lengths
            or (len(out) > 1 and out[-1].sym in {"to", "or"} and out[-2].sym in _TIME_UNIT_SYMS)
        )
    ):
        out.append(Tok("N", tok.raw, tok.start, tok.end, 1))
        return 1
    if tok.raw == "single" and nxt is not None and nxt.sym in {"sets", "reps"}:
        out.append(Tok("N", tok.raw, tok.start, tok.end, 1))  # "a single set of 12": one set
        return 1
    return 0


#: Words that bound a length before "a minute" or "an hour": "up to", "at least".
_BOUNDED = frozenset({("up", "to"), ("at", "least"), ("at", "most")})
#: Words that say a length is whole: "for a full minute" is one minute.
_WHOLE = frozenset({"full", "whole", "good"})


def _a_name(word: str) -> bool:
    """True for a word outside the language, as an exercise's name is ("raises", "press")."""
    vocabulary = (lx.SYMBOLS, lx.ABBREVIATIONS, lx.NUMBER_WORDS, lx.COUNT_WORDS, lx.FILLERS)
    return word.isalpha() and not any(word in words for words in vocabulary)


def two_sides(tokens: list[Tok], i: int, out: list[Tok]) -> int:
    """
    Read "x 2 sides", "x 2 legs" and "x2 arms" after a dose as "each side": the dose is
    done on both, not twice as a set or a repetition.
    """
    if i + 2 >= len(tokens) or not out:
        return 0
    times, count, sides = tokens[i : i + 3]
    # ("10 x 2 leg raises", "10 x 2 side lying clams": an exercise's name follows)
    named = i + 3 < len(tokens) and _a_name(tokens[i + 3].raw.lower())
    plural = sides.sym in {"sides", "legs"}
    if (
        count.sym == "N"
        and count.value == 2
        and (plural or (sides.sym in {"side", "leg"} and not named))
    ):
        out.append(Tok("each", times.raw, times.start, count.end))
        side = "side" if sides.sym.startswith("side") else "leg"
        out.append(Tok(side, sides.raw, sides.start, sides.end))
        return 3
    return 0
