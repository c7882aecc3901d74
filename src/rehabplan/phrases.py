"""
The phrase language: a clinician's words to `Dose`, `Timing`, `AsNeeded` and `Prescription`.

Reading happens in three steps, each linear in the length of the text:

1. **Tokens.** The text is normalised character by character (dashes, the times sign,
   full-width digits, case) so every token keeps its span in the original text.
   Number words become numbers, "twice" becomes "2 times", abbreviations (BD, TDS,
   q4h, ...) become the words they stand for, and run-together words ("bidx30",
   "daysprn") are split on the vocabulary in `_lexicon`.
2. **Facts.** One regular grammar over the token symbols (see ``_RULES``) finds the
   constructs of the language, left to right: "3 x 30 s hold", "twice daily", "every
   other day", "on Mon, Wed and Fri", "for 2 weeks", "before each run", "as needed".
3. **Values.** The facts are merged: the first value of a field wins, a contradiction
   is an error (or, when reading free text, a note and the *ambiguous* flag).

Strict readers (`parse_dose`, `parse_timing`, `parse_prescription`) refuse any word they
cannot place, naming it and suggesting a close known word.
`read` reads free text, such as a sentence from a handout, into the fields of the
phrase corpus: words outside the language are passed over and listed in the note,
but a word that looks like a misspelt keyword is still an error.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

import attrs
from attrs import frozen

from rehabplan import _lexicon as lx
from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.model import (
    SLOT_NAMES,
    WEEKDAY_CODES,
    Anchor,
    AsNeeded,
    Dose,
    Exercise,
    Load,
    Prescription,
    Range,
    Timing,
)

__all__ = ["Reading", "parse_dose", "parse_prescription", "parse_timing", "read"]


def _close_matches(word: str, options: Any, n: int = 3, cutoff: float = 0.6) -> list[str]:
    # difflib is imported on first use: `import rehabplan` should not pay for it.
    import difflib

    return difflib.get_close_matches(word, options, n=n, cutoff=cutoff)


#: Longest text any reader accepts, in characters (a bound on time and memory).
MAX_LENGTH = 200_000

# --------------------------------------------------------------------------- tokens

_CHAR_MAP = {
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d\u2043", "-"),
    **dict.fromkeys("\u00d7\u2715\u2716\u2a09", "x"),
    **dict.fromkeys("\u2018\u2019\u02bc\u2032", "'"),
    **dict.fromkeys("\u201c\u201d\u2033", '"'),
    "\u2044": "/",
    "\u2215": "/",
}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    mapped = _CHAR_MAP.get(ch)
    if mapped is not None:
        return mapped
    if ch.isspace() or not ch.isprintable():
        return " "
    folded = unicodedata.normalize("NFKC", ch).lower()
    if len(folded) == 1:
        if not folded.isascii():
            # Accented letters keep their base letter ("é" reads as "e").
            base = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
            return base if len(base) == 1 else folded
        return folded
    return ch


#: ASCII control characters (the only unprintable ASCII) become spaces.
_ASCII_CONTROLS = str.maketrans(dict.fromkeys([*range(32), 127], " "))


def _normalise(text: str) -> str:
    """Fold the text to lower-case ASCII where that keeps every character's position."""
    if text.isascii():
        # str methods, not a loop over characters: this runs for every phrase.
        return (text if text.isprintable() else text.translate(_ASCII_CONTROLS)).lower()
    return "".join(_fold_char(c) for c in text)


_TOKEN = re.compile(
    r"""
     (?P<date>\d{4}-\d{1,2}-\d{1,2}(?!\d))
    |(?P<time>\d{1,2}:\d{2}(?:\ ?[ap]\.?m\b\.?)?|\d{1,2}(?:\.\d{2})?\ ?[ap]\.?m\b\.?)
    |(?P<ordinal>\d{1,3}(?:st|nd|rd|th))\b
    |(?P<num>\d{1,9}(?:\.\d{1,3})?)\d*
    |(?P<abbr>[a-z](?:\.[a-z]){1,3}\.?(?![a-z]))
    |(?P<word>[a-z]+(?:'[a-z]+)?)
    |(?P<punct>\S)
    """,
    re.VERBOSE,
)


@frozen
class _Tok:
    sym: str
    raw: str
    start: int
    end: int
    value: Any = None


def _known(word: str) -> bool:
    return (
        word in lx.SYMBOLS
        or word in lx.ABBREVIATIONS
        or word in lx.NUMBER_WORDS
        or word in lx.COUNT_WORDS
        or word in lx.ORDINALS
        or word in lx.WEEKDAYS
        or word in lx.MONTHS
        or word in lx.FILLERS
        or word in lx.MISSPELLINGS
        or word in _EVENT_WORDS
        or word in lx.SYMPTOMS
    )


def _meaningful(word: str) -> bool:
    return (
        (word in lx.SYMBOLS and lx.SYMBOLS[word] not in {"VAGUE", "a"})
        or word in lx.ABBREVIATIONS
        or word in lx.COUNT_WORDS
        or word in lx.NUMBER_WORDS
    )


_EVENT_WORDS = frozenset(w for key in lx.EVENTS for w in key.split())
_SPLIT_SINGLES = frozenset({"x", "q", "a"})


@lru_cache(maxsize=8192)
def _split_word(word: str) -> tuple[str, ...] | None:
    """
    Split a run-together word ("bidx", "daysprn", "hrlyprn") into known words.

    The split with the fewest pieces wins; every piece must be known, pieces of one
    letter must be "x" or "q", and at least one piece must carry schedule meaning.
    """
    n = len(word)
    if n > 24:
        return None
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for end in range(1, n + 1):
        for start in range(max(0, end - 14), end):
            prefix = best[start]
            piece = word[start:end]
            if prefix is None or not _known(piece):
                continue
            if len(piece) == 1 and (piece not in _SPLIT_SINGLES or (piece == "a" and start)):
                continue  # "a" only leads ("aday", "aweek")
            candidate = (*prefix, piece)
            current = best[end]
            if current is None or len(candidate) < len(current):
                best[end] = candidate
    pieces = best[n]
    if pieces is None or len(pieces) < 2 or not any(_meaningful(p) for p in pieces):
        return None
    return pieces


def _clock(raw: str) -> dt.time | None:
    match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?\s?(?:([ap])\.?m\.?)?", raw)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = match.group(3)
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def _word_tokens(word: str, start: int, end: int) -> list[_Tok]:
    """The tokens of one word: its symbol, or the tokens an abbreviation stands for."""
    word = lx.MISSPELLINGS.get(word, word)
    if word in lx.COUNT_WORDS:
        return [
            _Tok("N", word, start, end, lx.COUNT_WORDS[word]),
            _Tok("x", word, start, end),
        ]
    if word in lx.NUMBER_WORDS:
        return [_Tok("N", word, start, end, lx.NUMBER_WORDS[word])]
    if word in lx.ABBREVIATIONS:
        out = []
        for item in lx.ABBREVIATIONS[word]:
            if item.startswith("N:"):
                out.append(_Tok("N", word, start, end, int(item[2:])))
            else:
                out.extend(attrs.evolve(t, raw=word) for t in _word_tokens(item, start, end))
        return out
    if word in lx.ORDINALS and word != "second":
        return [_Tok("ORD", word, start, end, lx.ORDINALS[word])]
    if word == "second":
        return [_Tok("second", word, start, end, 2)]
    if word in lx.DAY_LETTERS:
        return [_Tok("DOW", word, start, end, day) for day in lx.DAY_LETTERS[word]]
    if word in lx.WEEKDAYS:
        sym = "DOW?" if word in lx.SHORT_WEEKDAYS else "DOW"
        return [_Tok(sym, word, start, end, lx.WEEKDAYS[word])]
    if word in lx.MONTHS:
        return [_Tok("MONTH?", word, start, end, lx.MONTHS[word])]
    if word in lx.SYMBOLS:
        return [_Tok(lx.SYMBOLS[word], word, start, end)]
    if _known(word):
        return [_Tok(word, word, start, end)]
    pieces = _split_word(word)
    if pieces is None:
        return [_Tok(word, word, start, end)]
    out = []
    offset = start
    for piece in pieces:
        out.extend(_word_tokens(piece, offset, offset + len(piece)))
        offset += len(piece)
    return out


def _tokenize(text: str) -> list[_Tok]:
    norm = _normalise(text)
    tokens: list[_Tok] = []
    for match in _TOKEN.finditer(norm):
        kind = match.lastgroup
        raw = match.group(kind or 0)
        start, end = match.start(), match.end()
        if kind == "num":
            num = float(raw) if "." in raw else int(raw)
            if isinstance(num, float) and num.is_integer():
                num = int(num)
            tokens.append(_Tok("N", raw, start, end, num))
        elif kind == "ordinal":
            tokens.append(_Tok("ORD", raw, start, end, int(raw[:-2])))
        elif kind == "time":
            clock = _clock(raw)
            tokens.append(_Tok("TIME" if clock else "BADTIME", raw, start, end, clock))
        elif kind == "date":
            try:
                y, m, d = (int(p) for p in raw.split("-"))
                tokens.append(_Tok("DATE", raw, start, end, dt.date(y, m, d)))
            except ValueError:
                tokens.append(_Tok("BADDATE", raw, start, end))
        elif kind == "abbr":
            tokens.extend(_word_tokens(raw.replace(".", ""), start, end))
        elif kind == "word":
            tokens.extend(_word_tokens(raw, start, end))
        else:
            tokens.append(_Tok(raw, raw, start, end))
    return _combine(tokens)


_RANGE_SEPARATORS = frozenset({"-", "to", "or", "~"})


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) else None


_TIME_UNIT_SYMS = frozenset({"sec", "second", "min", "hour", "hours"})
_FRACTIONS = {"\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75}
_TENS = frozenset(
    {"twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)


_LETTER_DAYS = {"m": 0, "t": 1, "tu": 1, "w": 2, "th": 3, "r": 3, "f": 4, "sa": 5, "su": 6}


def _day_letters(tokens: list[_Tok]) -> list[_Tok]:
    """Read "M/W/F" and "T/Th" (weekday letters between slashes) as weekdays."""
    out: list[_Tok] = []
    i = 0
    n = len(tokens)
    while i < n:
        j = i
        days: list[_Tok] = []
        while j < n and tokens[j].raw in _LETTER_DAYS:
            days.append(tokens[j])
            if j + 2 < n and tokens[j + 1].sym == "/" and tokens[j + 2].raw in _LETTER_DAYS:
                j += 2
            else:
                break
        if len(days) >= 2:
            out.extend(_Tok("DOW", t.raw, t.start, t.end, _LETTER_DAYS[t.raw]) for t in days)
            i = j + 1
            continue
        out.append(tokens[i])
        i += 1
    return out


def _numbers(tokens: list[_Tok]) -> list[_Tok]:
    """
    Read numbers made of several tokens: "twenty-five", "1/2 min", "1½", "half a
    minute", and "a minute" after "for" or "hold".
    """
    out: list[_Tok] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else None
        after = tokens[i + 2] if i + 2 < n else None
        unit = tokens[i + 3].sym if i + 3 < n else ""
        if tok.sym in _FRACTIONS or tok.raw in _FRACTIONS:
            value = _FRACTIONS[tok.raw]
            if (
                out
                and out[-1].sym == "N"
                and out[-1].end == tok.start
                and isinstance(out[-1].value, int)
            ):
                whole = out.pop()
                out.append(
                    _Tok("N", whole.raw + tok.raw, whole.start, tok.end, whole.value + value)
                )
            else:
                out.append(_Tok("N", tok.raw, tok.start, tok.end, value))
            i += 1
            continue
        if (
            tok.sym == "N"
            and tok.raw in _TENS
            and nxt is not None
            and nxt.sym == "-"
            and after is not None
            and after.sym == "N"
            and isinstance(after.value, int)
            and 0 < after.value < 10
            and after.raw.isalpha()
        ):
            out.append(
                _Tok("N", f"{tok.raw}-{after.raw}", tok.start, after.end, tok.value + after.value)
            )
            i += 3
            continue
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
            out.append(_Tok("N", "fraction", tok.start, after.end, tok.value / after.value))
            i += 3
            continue
        if (
            tok.raw == "half"
            and nxt is not None
            and nxt.sym == "a"
            and after is not None
            and after.sym in _TIME_UNIT_SYMS
        ):
            out.append(_Tok("N", "half", tok.start, nxt.end, 0.5))
            i += 2
            continue
        if (
            tok.sym == "a"
            and nxt is not None
            and nxt.sym in _TIME_UNIT_SYMS
            and out
            and out[-1].sym in {"for", "hold", "of", "about", "around", "approximately"}
        ):
            out.append(_Tok("N", tok.raw, tok.start, tok.end, 1))
            i += 1
            continue
        out.append(tok)
        i += 1
    return out


def _combine(tokens: list[_Tok]) -> list[_Tok]:
    """
    Join tokens that form one value: "twenty five", "2-3" and "two or three times"
    (ranges), "between 8 and 15", "bed time"; drop the hyphen of "30-second";
    keep weekday abbreviations and month names only where a date or list needs them.
    """
    tokens = _numbers(_day_letters(tokens))
    out: list[_Tok] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else None
        # "twenty five"
        if (
            tok.sym == "N"
            and nxt is not None
            and nxt.sym == "N"
            and nxt.start >= tok.end + 1
            and (
                isinstance(tok.value, int)
                and tok.value % 10 == 0
                and 20 <= tok.value <= 90
                and isinstance(nxt.value, int)
                and 0 < nxt.value < 10
                and tok.raw.isalpha()
                and nxt.raw.isalpha()
            )
        ):
            tokens[i + 1] = _Tok("N", nxt.raw, tok.start, nxt.end, tok.value + nxt.value)
            i += 1
            continue
        if tok.sym == "-" and out and nxt is not None:
            prev = out[-1]
            weekday = {prev.sym, nxt.sym} & {"DOW", "DOW?"}
            if (
                nxt.sym != "N"
                and not weekday
                and (prev.sym == "N" or prev.raw.isalpha())
                and nxt.raw.isalpha()
            ):
                i += 1  # "30-second", "run-walk", "centre-based"
                continue
        if tok.sym in {"'", '"', "`"}:
            i += 1
            continue
        if tok.sym == "bed" and nxt is not None and nxt.raw == "time":
            out.append(_Tok("bedtime", "bedtime", tok.start, nxt.end))
            i += 2
            continue
        if (
            tok.sym == "b"
            and nxt is not None
            and nxt.sym == "/"
            and i + 2 < n
            and tokens[i + 2].raw == "l"
        ):
            out.append(_Tok("bilateral", "b/l", tok.start, tokens[i + 2].end))
            i += 3
            continue
        out.append(tok)
        i += 1
    out = _ranges(out)
    return _contextual(out)


def _ranges(tokens: list[_Tok]) -> list[_Tok]:
    out: list[_Tok] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.sym == "N" and isinstance(tok.value, int):
            has_x = i + 1 < n and tokens[i + 1].sym == "x" and tokens[i + 1].start == tok.start
            j = i + (2 if has_x else 1)
            between = bool(out) and out[-1].sym == "between"
            seps = {"and"} if between else _RANGE_SEPARATORS
            if j + 1 < n and tokens[j].sym in seps and tokens[j + 1].sym == "N":
                other = tokens[j + 1]
                other_x = j + 2 < n and tokens[j + 2].sym == "x"
                low, high = tok.value, other.value
                if isinstance(high, int) and low < high and (other_x or not has_x):
                    if between:
                        out.pop()
                    out.append(_Tok("N", "range", tok.start, other.end, Range(low, high)))
                    if other_x:
                        out.append(tokens[j + 2])
                        i = j + 3
                    else:
                        if has_x:
                            out.append(tokens[i + 1])
                        i = j + 2
                    continue
        out.append(tok)
        i += 1
    return out


_LIST_CONTEXT = frozenset(
    {"on", "each", "except", "until", "from", "DOW", ",", "and", "&", "/", "-", "to"}
)


def _contextual(tokens: list[_Tok]) -> list[_Tok]:
    """Decide weekday abbreviations ("sat", "we") and month names ("may") by context."""
    n = len(tokens)
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if tok.sym == "DOW?" and n == 1:
            out[i] = attrs.evolve(tok, sym="DOW")  # "Sun", "WED" on their own
        elif tok.sym == "DOW?":
            prev = tokens[i - 1].sym if i else ""
            nxt = tokens[i + 1].sym if i + 1 < n else ""
            near = {tokens[k].sym for k in range(max(0, i - 2), min(n, i + 3)) if k != i}
            if (
                prev in {"on", "each", "except"}
                or "DOW" in near
                or (nxt in {",", "and", "/", "-", "&"} and "DOW?" in near)
                or ("DOW?" in near and prev in _LIST_CONTEXT)
            ):
                out[i] = attrs.evolve(tok, sym="DOW")
            else:
                out[i] = attrs.evolve(tok, sym=lx.SYMBOLS.get(tok.raw, tok.raw))
        elif tok.sym == "MONTH?":
            prev = tokens[i - 1].sym if i else ""
            nxt = tokens[i + 1].sym if i + 1 < n else ""
            prev2 = tokens[i - 2].sym if i > 1 else ""
            dated = {"N", "ORD"} & {prev, nxt} or (prev == "of" and prev2 == "ORD")
            out[i] = attrs.evolve(tok, sym="MONTH" if dated else tok.raw)
    return out


# --------------------------------------------------------------------------- facts


@frozen
class _Fact:
    kind: str
    value: Any
    start: int
    end: int
    weak: bool = False


_Handler = Callable[["re.Match[str]", "_Span"], Iterable[_Fact]]


@frozen
class _Span:
    """The tokens a rule matched, with their group values."""

    tokens: tuple[_Tok, ...]
    groups: dict[str, tuple[_Tok, ...]]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def value(self, name: str, default: Any = None) -> Any:
        toks = self.groups.get(name)
        if not toks:
            return default
        return toks[0].value

    def has(self, name: str) -> bool:
        return bool(self.groups.get(name))

    def raw(self, name: str) -> str:
        return " ".join(t.raw for t in self.groups.get(name, ()))

    def syms(self, name: str) -> list[str]:
        return [t.sym for t in self.groups.get(name, ())]

    def fact(self, kind: str, value: Any, *, weak: bool = False) -> _Fact:
        return _Fact(kind, value, self.start, self.end, weak)


_UNIT_SECONDS = {"sec": 1, "second": 1, "min": 60, "hour": 3600, "hours": 3600}
_DAY_UNITS = {
    "day": 1,
    "days": 1,
    "night": 1,
    "nights": 1,
    "week": 7,
    "weeks": 7,
    "month": 30,
    "months": 30,
    "fortnight": 14,
    "fortnights": 14,
}


def _seconds(count: Any, unit: str) -> Any:
    factor = _UNIT_SECONDS[unit]
    if isinstance(count, Range):
        return Range(_secs(count.low * factor), _secs(count.high * factor))
    return _secs(count * factor)


def _secs(value: float) -> dt.timedelta:
    return dt.timedelta(seconds=round(value))


def _duration(span: _Span, prefix: str) -> Any:
    """A duration group (count, unit, optional "to count unit") as timedelta or Range."""
    first = _seconds(span.value(f"{prefix}n"), span.syms(f"{prefix}u")[0])
    if span.has(f"{prefix}n2"):
        second = _seconds(span.value(f"{prefix}n2"), span.syms(f"{prefix}u2")[0])
        a = first.low if isinstance(first, Range) else first
        b = second.high if isinstance(second, Range) else second
        return Range(a, b) if a < b else first
    return first


def _plus(value: Any, extra: int) -> Any:
    if isinstance(value, Range):
        return Range(value.low + extra, value.high + extra)
    return value + extra


def _days(count: Any, unit: str) -> Any:
    factor = _DAY_UNITS[unit]
    if isinstance(count, Range):
        return Range(count.low * factor, count.high * factor)
    return count * factor


def _whole(value: Any) -> bool:
    if isinstance(value, Range):
        return isinstance(value.low, int) and isinstance(value.high, int)
    return isinstance(value, int) and not isinstance(value, bool)


# Grammar pieces over symbols; every token in a pattern is followed by one space.
_PER = r"(?:per |a |each |/ |in a |x |p |eachday )"
_QUAL = (
    r"(?:at least |atleast |up to |about |approximately |approx |around |roughly |"
    r"a maximum of |a minimum of |no more than |not more than |maximum |max |minimum |"
    r"a total of |approx \. |~ )?"
)
_TU = r"(?:sec|second|min|hour|hours)"


def _dur(p: str) -> str:
    return rf"(?P<{p}n>N) (?P<{p}u>{_TU}) (?:to (?P<{p}n2>N) (?P<{p}u2>{_TU}) )?"


_DAYU = r"(?:day|days|week|weeks|month|months|night|nights|fortnight|fortnights)"
_PERIOD_AHEAD = (
    r"(?:x |session |time )?(?:per |a |each |/ |in a |x |p |eachday |every )?(?:N |ORD |second |other )?"
    r"(?:day |daily |days |week |weekly |weeks |month |monthly |"
    r"night |nightly |eachday |everyday )"
)
_SIDE = r"(?:side|sides|leg|legs)"
_SLOT = (
    r"(?:morning|noon|lunch|afternoon|evening|night|bedtime|mane|nocte|qam|qpm|nightly|am|pm|TIME)"
)


def _event_pattern() -> str:
    alts = set()
    for key in lx.EVENTS:
        syms: list[str] = []
        for word in key.split():
            toks = _word_tokens(word, 0, 0)
            syms.extend(re.escape(t.sym) for t in toks)
        alts.add(" ".join(syms))
    return "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ") "


def _symptom_pattern() -> str:
    return "(?:" + "|".join(sorted(lx.SYMPTOMS, key=len, reverse=True)) + ") "


_EVENT = _event_pattern()
_EXERCISE_NOUNS = "|".join(sorted(lx.EXERCISE_NOUNS, key=len, reverse=True))
_LOCOMOTION = "|".join(sorted(lx.LOCOMOTION, key=len, reverse=True))
_DETERMINERS = (
    r"(?:(?:each|the|your|a|any|going|starting|doing|physical|eccentric|my|all|sports|"
    r"and|or|every|other|this|that|these|those|our|his|her|their|you|prolonged|long|"
    r"extended|periods|of|hard|strenuous|heavy|intense) ){0,6}"
)


# ---- handlers


def _h_sets_reps_hold(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("sets", s.value("s"))
    yield s.fact("reps", s.value("r"))
    yield s.fact("hold", _duration(s, "h"))


def _h_reps_hold(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("reps", s.value("r"))
    yield s.fact("hold", _duration(s, "h"))
    if s.has("side"):
        yield s.fact("per_side", True)


def _h_sets_hold(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("sets", s.value("s"))
    if s.has("r"):
        yield s.fact("reps", s.value("r"))
    yield s.fact("hold", _duration(s, "h"))


def _h_sets_reps(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("sets", s.value("s"))
    yield s.fact("reps", s.value("r"))
    if s.has("ea"):
        yield s.fact("per_side", True)


def _h_sets(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("sets", s.value("s"))


def _h_reps(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    reps = s.value("r")
    yield s.fact("reps", _plus(reps, 1) if s.has("more") else reps)
    if s.has("side"):
        yield s.fact("per_side", True)


def _h_then_repeat(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("sets", 2)
    yield s.fact("ambiguous", "'then repeat' read as a second set")


def _h_q_slot(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    slot = {"am": "morning", "pm": "evening"}.get(s.syms("slot")[0], s.syms("slot")[0])
    yield s.fact("times", (lx.SLOT_WORDS.get(slot, slot),))


def _h_per_day_one(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("per_day", 1)


def _h_hold(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("hold", _duration(s, "h"))
    if s.has("side"):
        yield s.fact("per_side", True)


def _h_hold_count(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("hold", _seconds(s.value("c"), "sec"))


def _h_rest(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    value = _duration(s, "r")
    yield s.fact("rest", value.high if isinstance(value, Range) else value)


def _h_load(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    unit = "kg" if s.syms("u")[0] == "kg" else "lb"
    amount = s.value("w")
    if isinstance(amount, Range):
        amount = amount.high
    yield s.fact("load", Load(amount, unit))


def _h_side(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("per_side", True)


def _h_nothing(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    return ()


def _h_bout(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("bout", _duration(s, "b"))


def _h_per_day(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("per_day", s.value("n"))


def _h_daily(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("per_day", 1, weak=True)


def _h_every_hours(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    hours = s.value("n", 1)
    if _whole(hours):
        low_end = hours.low if isinstance(hours, Range) else hours
        if low_end >= 24 and not isinstance(hours, Range) and hours % 24 == 0:
            if hours == 24:
                yield s.fact("per_day", 1)
            else:
                yield s.fact("every_days", hours // 24)
            return
        if (hours.high if isinstance(hours, Range) else hours) <= 24 and low_end >= 1:
            yield s.fact("every_hours", hours)
            return
    yield s.fact("bad", "an interval in hours must be a whole number from 1 to 24")


def _h_round_clock(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("round_the_clock", True)


def _h_waking(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("waking", True)


def _h_every_days(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    value = s.value("n", 2)
    if s.has("ord"):
        value = s.value("ord")
    if s.has("u"):
        value = _days(value, s.syms("u")[0])
    if s.has("more"):
        value = _plus(value, 1)
        yield s.fact("ambiguous", "a day of rest in between read as every other day")
    if isinstance(value, Range) or not _whole(value):
        yield s.fact("ambiguous", "an interval given as a range")
        return
    if value == 1:
        yield s.fact("per_day", 1, weak=True)
    else:
        if value >= 28 and s.has("u") and s.syms("u")[0].startswith("month"):
            yield s.fact("ambiguous", "a month read as 30 days")
        yield s.fact("every_days", value)


def _h_rest_day_between(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("every_days", 2)
    yield s.fact("ambiguous", "a rest day in between read as every other day")


def _h_fortnightly(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("every_days", 14)


def _h_monthly(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("every_days", 30)
    yield s.fact("ambiguous", "monthly read as every 30 days")


def _h_per_week(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("per_week", s.value("n", 1), weak=not s.has("n"))


def _h_vague(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("ambiguous", "a vague count: " + " ".join(t.raw for t in s.tokens))


def _weekday_list(tokens: Iterable[_Tok]) -> set[int]:
    days: set[int] = set()
    toks = list(tokens)
    for i, tok in enumerate(toks):
        if tok.sym != "DOW":
            continue
        days.add(tok.value)
        if (
            i + 2 < len(toks)
            and toks[i + 1].sym in {"-", "to", "through", "thru"}
            and toks[i + 2].sym == "DOW"
        ):
            a, b = tok.value, toks[i + 2].value
            k = a
            while k != b:
                days.add(k)
                k = (k + 1) % 7
    return days


def _h_weekdays(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("weekdays", frozenset(_weekday_list(s.tokens)))


def _h_weekday_group(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    group = s.syms("g")[0]
    days = frozenset(range(5)) if group == "weekdays" else frozenset({5, 6})
    yield s.fact("weekdays", days)


def _h_except(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    if s.has("daily"):
        yield s.fact("per_day", 1, weak=True)
    if s.has("g"):
        group = frozenset(range(5)) if s.syms("g")[0] == "weekdays" else frozenset({5, 6})
        yield s.fact("except", group)
    else:
        yield s.fact("except", frozenset(_weekday_list(s.groups.get("list", ()))))


def _slot_value(tok: _Tok) -> str | dt.time:
    if tok.sym == "TIME":
        assert isinstance(tok.value, dt.time)
        return tok.value
    return lx.SLOT_WORDS[tok.sym]


def _h_times(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    slots = tuple(_slot_value(t) for t in s.tokens if t.sym in _SLOT_SYMS)
    yield s.fact("times", slots)
    if any(t.sym in {"pm"} for t in s.tokens):
        yield s.fact("ambiguous", lx.AMBIGUOUS_ABBREVIATIONS["pm"])


_SLOT_SYMS = frozenset({*lx.SLOT_WORDS, "TIME"})


def _h_bedtime(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("times", ("bedtime",))


def _event_of(tokens: tuple[_Tok, ...]) -> str | None:
    raws = [t.sym if t.raw in lx.ABBREVIATIONS else t.raw for t in tokens]
    for size in range(min(4, len(raws)), 0, -1):
        for start in range(len(raws) - size, -1, -1):
            key = " ".join(raws[start : start + size])
            if key in lx.EVENTS:
                return lx.EVENTS[key]
    return None


def _h_anchor(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    event = _event_of(s.groups.get("ev", ()))
    if event is None:  # pragma: no cover - the pattern only matches events
        return
    rel = s.syms("rel")[0] if s.has("rel") else "when"
    rel = {"prior": "before", "following": "after"}.get(rel, rel)
    if s.has("rel2"):
        rel = "before and after"
    if rel == "before" and event == "bed":
        yield s.fact("times", ("bedtime",))
        return
    yield s.fact("anchor", Anchor(rel, event))  # type: ignore[arg-type]


def _h_when_event(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    event = _event_of(s.groups.get("ev", ()))
    if event is not None:
        yield s.fact("anchor", Anchor("when", event))


def _h_pending_before(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("pending_before", True)


def _h_prn(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("prn", True)


def _h_prn_condition(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("prn", True)
    yield s.fact("condition", " ".join(t.raw for t in s.tokens))


def _h_duration(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    count = s.value("n")
    unit = s.syms("u")[0]
    if isinstance(count, Range):
        yield s.fact("ambiguous", "a duration given as a range")
        return
    if not _whole(count):
        yield s.fact("bad", "a duration must be a whole number")
        return
    if unit.startswith("month"):
        yield s.fact("ambiguous", "a month read as 30 days")
    yield s.fact("duration", _days(count, unit))


def _h_one_unit(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    unit = s.syms("u")[0]
    if unit == "month":
        yield s.fact("ambiguous", "a month read as 30 days")
    yield s.fact("duration", _days(1, unit))


def _h_hours_course(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    hours = s.value("n")
    if isinstance(hours, int) and hours >= 24 and hours % 24 == 0:
        yield s.fact("duration", hours // 24)
    elif isinstance(hours, Range) and hours.low >= 24:
        yield s.fact("ambiguous", "a duration given as a range")
    else:
        yield s.fact("bout", _seconds(hours, "hour"))


def _h_uk_duration(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    count, per = s.value("n"), s.value("d")
    factor = {7: 1, 52: 7, 12: 30}.get(per)
    if factor is None or not _whole(count) or isinstance(count, Range):
        return
    if per == 12:
        yield s.fact("ambiguous", "a month read as 30 days")
    yield s.fact("duration", count * factor)


def _date_of(s: _Span) -> dt.date | None:
    toks = s.groups.get("date", ())
    numbers = [t.value for t in toks if t.sym in {"N", "ORD"}]
    months = [t.value for t in toks if t.sym == "MONTH"]
    dates = [t.value for t in toks if t.sym == "DATE"]
    if dates:
        return dates[0]  # type: ignore[no-any-return]
    if not months or not numbers:
        return None
    day = numbers[0]
    year = numbers[1] if len(numbers) > 1 else None
    if year is None or not isinstance(day, int) or not isinstance(year, int):
        return None
    try:
        return dt.date(year, months[0], day)
    except ValueError:
        return None


def _h_until(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    date = _date_of(s)
    if date is None:
        yield s.fact("bad", "a date needs a day, a month and a year, such as 2027-06-01")
    else:
        yield s.fact("until", date)


def _h_from(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    date = _date_of(s)
    if date is None:
        yield s.fact("bad", "a date needs a day, a month and a year, such as 2027-06-01")
    else:
        yield s.fact("start", date)


def _h_label(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    key = s.syms("k")[0]
    value = s.value("v")
    kind = {
        "reps": "reps",
        "sets": "sets",
        "repeat": "reps",
        "daily": "per_day",
        "weekly": "per_week",
    }.get(key)
    if key == "hold":
        yield s.fact("hold", _seconds(value, "sec"))
    elif kind is not None:
        yield s.fact(kind, value)


def _h_label_period(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    kind = "per_day" if s.syms("k")[0] == "day" else "per_week"
    yield s.fact(kind, s.value("v"))


def _h_per_24_hours(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    """Read "4 in 24 hours" as 4 a day and "1 every 6 hours" as every 6 hours."""
    count = s.value("n")
    window = [t.value for t in s.tokens if t.sym == "N"][-1]
    if window == 24:
        yield s.fact("per_day", count)
    elif count == 1 and isinstance(window, int) and 1 <= window <= 23:
        yield s.fact("every_hours", window)
    elif count == 1 and isinstance(window, int) and window % 24 == 0:
        yield s.fact("every_days", window // 24)
    elif (
        isinstance(count, int) and isinstance(window, int) and window and (24 * count) % window == 0
    ):
        yield s.fact("per_day", 24 * count // window)
    else:
        yield s.fact(
            "ambiguous", "a count in a window of hours: " + " ".join(t.raw for t in s.tokens)
        )


def _h_morning(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("times", ("morning",))


def _h_night(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("times", ("night",))


def _h_progression(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("progression", True)


def _h_progress_step(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("note", "progression: " + " ".join(t.raw for t in s.tokens))


def _h_anchor_code(m: re.Match[str], s: _Span) -> Iterable[_Fact]:
    yield s.fact("anchor", Anchor("before", "bed"))


_NOT_PERIOD = rf"(?!{_PERIOD_AHEAD})"

#: The grammar: (name, pattern over symbols, handler), tried in this order at each
#: position (the first that matches wins, so longer and more specific come first).
_RULES: tuple[tuple[str, str, _Handler], ...] = (
    # labels in tables: "REPS: 10", "SETS: 3", "HOLD: 2", "DAILY: 1", "WEEKLY: 3"
    ("label_sets_x_reps", r"sets x reps (?:: |- |= )?(?P<s>N) x (?P<r>N) ", _h_sets_reps),
    (
        "label_per_period",
        rf"(?:x|session) (?:per|a|each|/) (?P<k>day|week) (?:: |- |= |\| )?(?P<v>N) (?!x |{_TU} )",
        _h_label_period,
    ),
    (
        "label_bare",
        r"(?P<k>reps|sets|hold) (?P<v>N) (?=(?:reps|sets|hold|x (?:a|per|each|/) (?:day|week)) (?:: |- |= |)N |[.,;|)] |$)",
        _h_label,
    ),
    ("hold_breaths", r"hold (?:it |this |for |)(?:N )?(?:breaths|breath) ", _h_nothing),
    (
        "label",
        rf"(?P<k>reps|sets|hold|daily|weekly|repeat) (?:: |- |= |\| )?{_QUAL}(?P<v>N) (?!(?:reps|sets|sec|second|min|hour|hours|x) (?!: )|{_PERIOD_AHEAD}(?<!: )(?!: ))(?:x )?",
        _h_label,
    ),
    # progression markers: values after them are targets, not the dose
    (
        "progression",
        r"(?:increasing|increase|progress|progressing|progressed|build|building|work|working|advance|advancing|going) (?:up )?to ",
        _h_progression,
    ),
    (
        "progress_step",
        rf"\+ (?P<n>N) (?:reps|sets|sec|second|min|x|kg|lb|%) (?:{_PER}|each )?(?:week|day|session|N weeks|N days) ",
        _h_progress_step,
    ),
    # UK shorthand durations: "for 5/7" (days), "for 3/52" (weeks), "for 2/12" (months)
    ("uk_duration", r"(?:for |x |)(?P<n>N) / (?P<d>N) (?!N )", _h_uk_duration),
    ("ratio", r"N / N ", _h_nothing),
    # bouts that are not holds or frequencies
    ("bout_per_day", rf"{_QUAL}{_dur('b')}(?:per |a |each |/ )(?:day|daily|session) ", _h_bout),
    ("bout_at_a_time", rf"(?:for )?{_QUAL}{_dur('b')}at a time ", _h_bout),
    # doses
    ("bout_locomotion", rf"(?:{_LOCOMOTION}) (?:for )?{_QUAL}{_dur('b')}", _h_bout),
    ("bout_then_locomotion", rf"{_QUAL}{_dur('b')}(?:{_LOCOMOTION}) ", _h_bout),
    (
        "sets_reps_hold",
        rf"(?P<s>N) x (?P<r>N) x {_QUAL}{_dur('h')}(?:hold |isometric )?",
        _h_sets_reps_hold,
    ),
    (
        "reps_hold",
        rf"(?P<r>N) x {_QUAL}{_dur('h')}(?:hold |isometric ){{0,3}}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {_SIDE} )?",
        _h_reps_hold,
    ),
    (
        "sets_of_hold",
        rf"(?P<s>N) (?:sets) (?:of |x |)(?:(?P<r>N) x )?{_QUAL}{_dur('h')}(?:hold |isometric ){{1,3}}",
        _h_sets_hold,
    ),
    (
        "sets_of_dur",
        rf"(?P<s>N) (?:sets) of (?:(?P<r>N) x )?{_QUAL}(?P<hn>N) (?P<hu>sec|second|min) (?:to (?P<hn2>N) (?P<hu2>sec|second|min) )?(?!{_PERIOD_AHEAD})",
        _h_sets_hold,
    ),
    (
        "reps_of_hold",
        rf"(?P<r>N) (?:reps) (?:of |x |)(?:{_QUAL}){_dur('h')}(?:hold |isometric ){{0,3}}",
        _h_reps_hold,
    ),
    ("sets_x_reps", rf"(?P<s>N) x (?P<r>N) (?!x |{_TU} )(?:reps )?(?P<ea>ea )?", _h_sets_reps),
    (
        "sets_of_reps",
        r"(?P<s>N) sets (?:of |x |, |: |with |)(?P<r>N) (?!x |sec |second |min |hour )(?:reps )?(?P<ea>ea )?",
        _h_sets_reps,
    ),
    (
        "reps_x_sets",
        r"(?P<r>N) reps (?P<ea>ea |each )?(?:x |, |/ |in |of |)(?P<s>N) sets ",
        _h_sets_reps,
    ),
    ("sets", r"(?P<s>N) (?:more )?sets ", _h_sets),
    (
        "reps_per_side",
        rf"(?P<r>N) (?:reps |x )?(?P<side>(?:on |with |for |per |)(?:each|per|ea) {_SIDE} )",
        _h_reps,
    ),
    (
        "reps",
        r"(?P<r>N) (?P<more>more )?(?:(?!sets |x |each |per |a |reps )[a-z][a-z'-]* )?reps (?:/ sets |per sets |/ x |each x )?(?P<side>ea )?",
        _h_reps,
    ),
    (
        "repeat",
        rf"repeat (?:(?:it|this|each|the|exercise|stretch|them|these|that|all|both|sequence|steps|above|movement|on|with|your|other) ){{0,4}}(?:: )?{_QUAL}(?P<r>N) (?P<more>more )?(?:x |reps )?{_NOT_PERIOD}",
        _h_reps,
    ),
    (
        "then_repeat",
        r"(?:and )?then repeat (?:once |again |it |this )?(?=[.,;)] |$)",
        _h_then_repeat,
    ),
    (
        "repeat_x",
        rf"repeat (?:(?:it|this|each|the|exercise|stretch|them|these|that|all|both) ){{0,3}}(?:: )?x (?P<r>N) {_NOT_PERIOD}",
        _h_reps,
    ),
    ("n_more_times", r"(?P<r>N) (?P<more>more )x ", _h_reps),
    # holds
    (
        "hold_x",
        rf"hold (?:for )?{_QUAL}{_dur('h')}(?:hold )?(?:, )?x (?P<r>N) {_NOT_PERIOD}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {_SIDE} )?",
        _h_reps_hold,
    ),
    (
        "dur_hold_x",
        rf"{_QUAL}{_dur('h')}(?:hold|isometric) (?:, )?x (?P<r>N) {_NOT_PERIOD}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {_SIDE} )?",
        _h_reps_hold,
    ),
    (
        "dur_x_n",
        rf"{_QUAL}(?P<hn>N) (?P<hu>sec|second|min) x (?P<r>N) {_NOT_PERIOD}(?P<side>(?:on |with |for |per |)(?:each|per|ea) {_SIDE} )?",
        _h_reps_hold,
    ),
    (
        "hold_count",
        r"hold (?:(?:it|this|for|the|position|stretch|each) ){0,3}(?:for )?(?:a )?count (?:of |to )(?P<c>N) ",
        _h_hold_count,
    ),
    ("hold_until_count", r"hold until (?:you |your )?count (?:to )?(?P<c>N) ", _h_hold_count),
    (
        "hold",
        rf"hold (?:(?:[a-z][a-z'-]*|,|:|-|=|\|) ){{0,5}}?(?:for )?{_QUAL}{_dur('h')}(?P<side>(?:on |with |for |per |)(?:each|per) {_SIDE} )?",
        _h_hold,
    ),
    ("hold_bare", r"hold (?:: |for )?(?P<c>N) (?=[.,;:()/] |$)", _h_hold_count),
    ("count_of", r"(?:for )?(?:a )?count of (?P<c>N) ", _h_hold_count),
    ("dur_hold", rf"{_QUAL}{_dur('h')}(?:hold|isometric) (?:hold )?", _h_hold),
    (
        "dur_each_side",
        rf"{_QUAL}(?P<hn>N) (?P<hu>sec|second|min) (?:to (?P<hn2>N) (?P<hu2>sec|second|min) )?(?P<side>(?:on |with |for |per |)(?:each|per) {_SIDE} )",
        _h_hold,
    ),
    # rest between sets
    (
        "rest",
        rf"rest (?:for |of |)(?:{_QUAL}){_dur('r')}(?:between (?:each )?(?:sets|reps|set|rounds|round) )?",
        _h_rest,
    ),
    (
        "rest_after",
        rf"{_QUAL}{_dur('r')}(?:of )?rest (?:between (?:each )?(?:sets|reps|set|rounds) )?",
        _h_rest,
    ),
    ("relax", rf"(?:relax|rest) (?:for )?{_QUAL}{_dur('x')}", _h_nothing),
    # load
    ("load", r"(?:with |at |using |holding |)(?P<w>N) (?P<u>kg|lb) ", _h_load),
    # sides
    ("each_direction", r"(?:on |with |for |in |)(?:each|per|both) direction ", _h_nothing),
    (
        "side",
        rf"(?:on |with |for |per |in |using |)(?:each|per|either|both|alternate|alternating|opposite|ORD) {_SIDE} ",
        _h_side,
    ),
    (
        "side_words",
        r"(?:bilateral |ea |(?:switch|change|swap|swapping|switching|changing) (?:sides|side|legs|leg|arms|arm|over) |(?:then |and |repeat |)(?:on |with |using |for )?(?:the )?(?:ORD|opposite) (?:side|leg|arm|sides|legs) |left and right |right and left |(?:each|both|either) (?:nostril|nostrils|eye|eyes|ear|ears) )",
        _h_side,
    ),
    # times a day
    ("x_n_daily", rf"x (?P<n>N) (?:(?:{_PER})(?:day|daily)|daily|everyday|eachday) ", _h_per_day),
    (
        "vague_day",
        r"(?:a )?VAGUE (?:x |session |time |of x )(?:per |a |each |in a |over the course of (?:the )?|throughout (?:the )?|during (?:the )?|through (?:the )?)?(?:day|daily|week|weekly|eachday) ",
        _h_vague,
    ),
    (
        "vague_intervals",
        r"(?:at )?VAGUE intervals (?:throughout|during|through) (?:the )?day ",
        _h_vague,
    ),
    ("most_days", r"most days (?:of the week )?", _h_vague),
    (
        "per_day",
        rf"{_QUAL}(?P<n>N) (?:x |session |time )(?:{_PER})?(?:daily|day|everyday|eachday) ",
        _h_per_day,
    ),
    ("per_day_slash", rf"{_QUAL}(?P<n>N) (?:per |a |/ |each |p )(?:day|daily) ", _h_per_day),
    (
        "per_24_hours",
        rf"{_QUAL}(?P<n>N) (?:x |session |time )?(?:in|per|every|each|within) (?:a |any )?(?:24|N) (?:hours|hour) ",
        _h_per_24_hours,
    ),
    (
        "every_hours",
        rf"(?:each |q |a ){_QUAL}(?P<n>N)? (?:hour|hours|hourly) (?:daily )?",
        _h_every_hours,
    ),
    ("q_slot", r"q (?P<slot>am|pm|morning|evening|night|bedtime) ", _h_q_slot),
    ("q_day", r"q (?:day|daily) ", _h_per_day_one),
    ("n_hourly", rf"{_QUAL}(?P<n>N) hourly ", _h_every_hours),
    ("hourly", r"(?:hourly|each hour|per hour) ", _h_every_hours),
    (
        "round_clock",
        r"(?:round|around) the clock |day and night |24 hours a day |night and day ",
        _h_round_clock,
    ),
    (
        "waking",
        r"(?:while|when|whilst) (?:you are |)awake |during (?:the )?(?:day|daytime|waking hours) |(?:in |during )?waking hours ",
        _h_waking,
    ),
    # every N days
    (
        "every_ord_day",
        r"(?:on )?each (?P<ord>ORD|second) (?:day |eachday |(?P<u>week|month|weeks|months) )",
        _h_every_days,
    ),
    ("alternate_days", r"(?:on |every )?alternate (?:\. )?(?:days|day) ", _h_every_days),
    ("every_n_units", rf"each {_QUAL}(?P<n>N) (?P<u>{_DAYU}) ", _h_every_days),
    ("q_n_days", r"(?:q|o) (?P<n>N) (?:day|days) ", _h_every_days),
    ("days_apart", r"(?P<n>N) (?P<u>day|days|week|weeks) apart ", _h_every_days),
    (
        "rest_day_between",
        r"(?:with |and |)(?:a |one |N )?rest days? (?:in )?between (?:each |)(?:[a-z]+ )?",
        _h_rest_day_between,
    ),
    (
        "rest_days_between",
        rf"{_QUAL}(?P<n>N) (?:day|days) (?:of )?rest (?P<more>(?:in )?between )(?:each [a-z]+ |[a-z]+ )?",
        _h_every_days,
    ),
    (
        "fortnightly",
        r"(?:fortnightly|each fortnight|N x (?:a|per|each|every) fortnight) ",
        _h_fortnightly,
    ),
    ("monthly", r"(?:monthly|each month|N x (?:a|per|each|every) month) ", _h_monthly),
    # times a week
    (
        "per_week",
        rf"{_QUAL}(?P<n>N) (?:x |session |days |day |time )(?:{_PER}|in a |each )?(?:week|weekly) ",
        _h_per_week,
    ),
    (
        "days_out_of_seven",
        rf"{_QUAL}(?P<n>N) (?:days |day |x )?(?:out of|of) (?:N|the week) ",
        _h_per_week,
    ),
    ("per_week_slash", rf"{_QUAL}(?P<n>N) (?:{_PER}|in a |each )(?:week|weekly) ", _h_per_week),
    ("n_weekly", rf"{_QUAL}(?P<n>N) (?:x )?weekly ", _h_per_week),
    (
        "days_per_week_adj",
        rf"{_QUAL}(?P<n>N) (?:[a-z][a-z'-]* ){{1,2}}(?:days|day) (?:{_PER}|in a |each )(?:week|weekly) ",
        _h_per_week,
    ),
    (
        "sessions_per_week",
        rf"{_QUAL}(?P<n>N) (?:[a-z][a-z'-]* ){{1,4}}session (?:{_PER}|in a )(?:week|weekly) ",
        _h_per_week,
    ),
    (
        "sessions_per_day",
        rf"{_QUAL}(?P<n>N) (?:[a-z][a-z'-]* ){{1,3}}session (?:{_PER}|in a )(?:day|daily) ",
        _h_per_day,
    ),
    ("weekly", r"(?:weekly|each week|once a week) ", _h_per_week),
    # weekdays
    (
        "except",
        r"(?P<daily>(?:each day|eachday|everyday|daily|each night|nightly) )?(?:but |)(?:except|not|excluding) (?:on |for |at )?(?:the )?(?:(?P<list>DOW (?:(?:, |and |& |/ |or |- |to |through |thru ){0,3}DOW )*)|(?P<g>weekends|weekdays) )",
        _h_except,
    ),
    (
        "weekdays",
        r"(?:on |each |every |)DOW (?:(?:, |and |& |/ |or |- |to |through |thru |plus ){0,3}DOW )*",
        _h_weekdays,
    ),
    (
        "weekday_group",
        r"(?:on |at |during |each |)(?:the )?(?P<g>weekdays|weekends) ",
        _h_weekday_group,
    ),
    # times of day
    (
        "before_bed",
        r"(?:before|at|prior to) (?:going to |you go to )?(?:bed|bedtime) (?:time )?",
        _h_bedtime,
    ),
    (
        "on_waking",
        r"(?:on|upon|when|after|as soon as) (?:you )?(?:waking|wake|awaking|wakening|rising|first waking)(?: up)? ",
        _h_morning,
    ),
    ("omni_nocte", r"N on (?=$|and |\+ |, |; )", _h_night),
    (
        "times",
        rf"(?:(?:in|during|the|each|every|at|this|first|thing|early|late|on) ){{0,5}}{_SLOT} (?:(?:and|,|&|or|then) (?:(?:in|the|at|each|every|early|late) ){{0,4}}{_SLOT} )*",
        _h_times,
    ),
    # anchors and conditions
    ("pending_before", r"before and (?=N )", _h_pending_before),
    (
        "anchor",
        rf"(?P<rel>before|after|prior|following)(?: to)? (?:(?:and|&|/|or) (?P<rel2>after|before) )?(?:(?:and|or|during) )?{_DETERMINERS}(?P<ev>{_EVENT})",
        _h_anchor,
    ),
    (
        "when_event",
        rf"(?:each time |time |whenever |when |any time |anytime |every time )(?:that )?(?P<ev>{_EVENT})",
        _h_when_event,
    ),
    (
        "vague_phrases",
        r"(?:as directed |as often as (?:possible |you can |able )|little and often |(?:with|during) (?:each |your |)(?:meals|food|meal) |as tolerated |as able |as (?:pain|symptoms) allow(?:s|) )",
        _h_vague,
    ),
    (
        "prn",
        r"(?:as (?:and when )?(?:needed|necessary|directed by symptoms) |(?:when|if) (?:needed|necessary) |prn |on demand |as often as (?:you )?(?:would |can |)(?:like|want|wish|need|needed|tolerated) |as desired |when required |as and when )",
        _h_prn,
    ),
    (
        "prn_condition",
        rf"(?:when|if|whenever) (?:you )?(?:are |feel |get |have |is |becomes |become |feeling |)(?:a |any |)(?:{_symptom_pattern()})",
        _h_prn_condition,
    ),
    # course length
    (
        "until",
        r"(?:until|to|through|thru|up to|by|ending) (?:the )?(?:end of )?(?P<date>DATE |(?:N|ORD) (?:of )?MONTH (?:, )?(?:N )?|MONTH (?:N|ORD) (?:, )?(?:N )?)",
        _h_until,
    ),
    (
        "from",
        r"(?:from|starting|start|beginning|begin|on) (?:on )?(?P<date>DATE |(?:N|ORD) (?:of )?MONTH (?:, )?(?:N )?|MONTH (?:N|ORD) (?:, )?(?:N )?)",
        _h_from,
    ),
    (
        "duration",
        rf"(?:for |over |during |x |lasting |in |within |for the next |for another |for a further |, |: )?(?:a |the |next |another |further |total of |a total of |)?{_QUAL}(?P<n>N) (?P<u>{_DAYU}) (?:period )?(?!(?:{_PER}|each |every |in a )(?:week|day|weekly|daily) |apart |of rest |rest )",
        _h_duration,
    ),
    # "do this ten times": repetitions, when no period follows
    (
        "reps_noun",
        rf"(?P<r>N) (?:(?!x |reps |sets |each |per |a )[a-z][a-z'-]* ){{0,2}}(?:{_EXERCISE_NOUNS}) ",
        _h_reps,
    ),
    (
        "reps_direction",
        r"(?P<r>N) (?:x |reps |circles |rotations |turns )?(?:(?:in |)each (?:direction|way) |(?:clockwise|anticlockwise|counterclockwise|anti clockwise|anti clock wise|clock wise) )",
        _h_reps,
    ),
    ("reps_each", r"(?P<r>N) (?:reps |x )?each (?=[.,;:)(/] |$)", _h_reps),
    ("times_bare", rf"(?P<r>N) x {_NOT_PERIOD}(?!N )", _h_reps),
    # a bout of timed work: "walk 10-15 min", "for 15 minutes"
    ("x_n_reps", rf"x (?P<r>N) {_NOT_PERIOD}(?!{_TU} |N |ORD )", _h_reps),
    (
        "for_a_unit",
        r"(?:for|over|during|within) (?:a|an|one|the next|the following) (?P<u>day|week|month|fortnight|night) ",
        _h_one_unit,
    ),
    (
        "hours_course",
        r"(?:for|during|over|within|in) (?:the )?(?:first |next )?(?P<n>N) (?:hours|hour) (?!to )",
        _h_hours_course,
    ),
    ("bout", rf"(?:for |lasting )?{_QUAL}{_dur('b')}", _h_bout),
    # plain "daily"
    ("daily", r"(?:daily|everyday|eachday|each day|qd) ", _h_daily),
)


#: A rule's name, its handler and its named groups as (group in the grammar, own name).
_RuleEntry = tuple[str, _Handler, tuple[tuple[str, str], ...]]


def _compile_rules() -> tuple[re.Pattern[str], dict[str, _RuleEntry]]:
    parts = []
    names: dict[str, tuple[str, _Handler]] = {}
    for index, (name, pattern, handler) in enumerate(_RULES):
        prefix = f"r{index}_"
        renamed = re.sub(r"\(\?P<([a-z0-9_]+)>", rf"(?P<{prefix}\1>", pattern)
        key = f"R{index}"
        parts.append(f"(?P<{key}>{renamed})")
        names[key] = (name, handler)
    grammar = re.compile("(?<= )(?:" + "|".join(parts) + ")")
    # Each rule's own groups, listed once: `Match.groupdict()` would build a dict of
    # every group of every rule for each match (a third of the time of a phrase).
    table: dict[str, _RuleEntry] = {}
    for key, (name, handler) in names.items():
        prefix = f"r{key[1:]}_"
        own = tuple((g, g[len(prefix) :]) for g in grammar.groupindex if g.startswith(prefix))
        table[key] = (name, handler, own)
    return grammar, table


@lru_cache(maxsize=1)
def _grammar() -> tuple[re.Pattern[str], dict[str, _RuleEntry]]:
    """
    The grammar, compiled on first use.

    Compiling it costs tens of milliseconds, which `import rehabplan` should not pay
    (issue 6's import budget).
    """
    return _compile_rules()


def __getattr__(name: str) -> Any:
    # `phrases._GRAMMAR` still names the compiled grammar (tests read it), compiled on
    # first use like everything else that goes through `_grammar()`.
    if name == "_GRAMMAR":
        return _grammar()[0]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: One grammar match as token indexes: the match, its handler, its first and last
#: token, and each named group as (name, first token, last token).
_Step = tuple["re.Match[str]", _Handler, int, int, tuple[tuple[str, int, int], ...]]

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
        groups: list[tuple[str, int, int]] = []
        for group_name, short in own_groups:
            g_start = match.start(group_name)
            if g_start < 0:  # the group did not take part in the match
                continue
            g_first = starts.get(g_start)
            g_end = match.end(group_name)
            g_last = ends.get(g_end) if g_end in ends else ends.get(g_end + 1)
            if g_first is None or g_last is None:
                continue
            groups.append((short, g_first, g_last))
        steps.append((match, handler, first, last, tuple(groups)))
    return tuple(steps)


_cached_plan = lru_cache(maxsize=8192)(_match_symbols)


def _facts(tokens: list[_Tok]) -> tuple[list[_Fact], list[bool]]:
    """Run the grammar over the tokens; return the facts and which tokens were used."""
    used = [False] * len(tokens)
    facts: list[_Fact] = []
    for match, handler, first, last, groups in _plan(tuple(tok.sym for tok in tokens)):
        span = _Span(
            tuple(tokens[first : last + 1]),
            {short: tuple(tokens[a : b + 1]) for short, a, b in groups},
        )
        for k in range(first, last + 1):
            used[k] = True
        facts.extend(handler(match, span))
    return facts, used


# --------------------------------------------------------------------------- values


@frozen(kw_only=True)
class Reading:
    """
    What a phrase prescribes, in the fields of the phrase corpus.

    `read` returns it; `as_dict` gives the JSON object of ``rehabplan parse``.

    .. versionadded:: 0.1
    """

    text: str
    times_per_day: int | Range[int] | None = None
    every_n_days: int | None = None
    times_per_week: int | Range[int] | None = None
    days_of_week: tuple[str, ...] | None = None
    time_of_day: tuple[str, ...] | None = None
    duration_days: int | None = None
    sets: int | Range[int] | None = None
    reps: int | Range[int] | None = None
    hold_seconds: int | Range[int] | None = None
    per_side: bool = False
    anchor: str | None = None
    prn: bool = False
    ambiguous: bool = False
    note: str | None = None
    dose: Dose | None = None
    timing: Timing | AsNeeded | None = None

    def as_dict(self) -> dict[str, Any]:
        """
        The corpus object: ranges as ``[low, high]``, weekdays as ``"MO"``.

        >>> read("3 x 30 s hold each side, twice daily for 2 weeks").as_dict()["hold_seconds"]
        30
        """

        def plain(value: Any) -> Any:
            if isinstance(value, Range):
                return [value.low, value.high]
            if isinstance(value, tuple):
                return list(value)
            return value

        return {
            "text": self.text,
            "times_per_day": plain(self.times_per_day),
            "every_n_days": self.every_n_days,
            "times_per_week": plain(self.times_per_week),
            "days_of_week": plain(self.days_of_week),
            "time_of_day": plain(self.time_of_day),
            "duration_days": self.duration_days,
            "sets": plain(self.sets),
            "reps": plain(self.reps),
            "hold_seconds": plain(self.hold_seconds),
            "per_side": self.per_side,
            "anchor": self.anchor,
            "prn": self.prn,
            "ambiguous": self.ambiguous,
            "note": self.note,
        }


class _Merge:
    """Fold facts into fields: the first value wins, a different later one conflicts."""

    def __init__(self, text: str, *, strict: bool) -> None:
        self.text = text
        self.strict = strict
        self.fields: dict[str, Any] = {}
        self.spans: dict[str, tuple[int, int]] = {}
        self.weak: dict[str, Any] = {}
        self.notes: list[str] = []
        self.ambiguous = False
        self.progression = False

    def add(self, fact: _Fact) -> None:
        kind = fact.kind
        if kind == "progression":
            self.progression = True
            return
        if kind == "ambiguous":
            self.ambiguous = True
            self.notes.append(str(fact.value))
            return
        if kind == "note":
            self.notes.append(str(fact.value))
            return
        if kind == "bad":
            raise PhraseError.problem(self.text, str(fact.value), fact.start, fact.end)
        if fact.weak:
            self.weak.setdefault(kind, fact.value)
            self.spans.setdefault(kind, (fact.start, fact.end))
            return
        if kind in self.fields:
            old = self.fields[kind]
            if old == fact.value or kind in {"condition", "bout"}:
                return
            if kind in {"times", "weekdays"} and not self.progression:
                self.fields[kind] = _union(old, fact.value)
                return
            if self.progression:
                self.notes.append(f"progressing to {self.text[fact.start : fact.end]}")
                return
            if self.strict:
                a, b = self.spans[kind]
                raise PhraseError.problem(
                    self.text,
                    f"{self.text[a:b]!r} and {self.text[fact.start : fact.end]!r} say different things",
                    fact.start,
                    fact.end,
                )
            self.ambiguous = True
            self.notes.append(
                f"{self.text[fact.start : fact.end]!r} disagrees with the first reading; kept the first"
            )
            return
        self.fields[kind] = fact.value
        self.spans[kind] = (fact.start, fact.end)

    def get(self, kind: str) -> Any:
        return self.fields.get(kind)

    def has(self, kind: str) -> bool:
        return kind in self.fields


def _union(a: Any, b: Any) -> Any:
    if isinstance(a, frozenset):
        return a | b
    return tuple(dict.fromkeys((*a, *b)))


def _merge(text: str, facts: list[_Fact], *, strict: bool) -> _Merge:
    merged = _Merge(text, strict=strict)
    for fact in facts:
        merged.add(fact)
    # "every 12 hours daily", "twice daily" + "daily": a weak daily adds nothing
    if "per_week" in merged.weak and not merged.has("per_week") and not merged.has("weekdays"):
        merged.fields["per_week"] = merged.weak["per_week"]
    if merged.has("pending_before") and merged.has("anchor"):
        anchor = merged.get("anchor")
        if anchor.relation == "after":
            merged.fields["anchor"] = Anchor("before and after", anchor.event)
    return merged


def _weekday_set(merged: _Merge) -> frozenset[int] | None:
    days = merged.get("weekdays")
    excluded = merged.get("except")
    if excluded:
        days = (days or frozenset(range(7))) - excluded
    return days  # type: ignore[no-any-return]


def _to_timing(merged: _Merge) -> Timing | AsNeeded | None:
    """Build the timing from merged facts (None when there is no timing at all)."""
    per_day = merged.get("per_day")
    times = merged.get("times") or ()
    every_hours = merged.get("every_hours")
    every_days = merged.get("every_days")
    per_week = merged.get("per_week")
    weekdays = _weekday_set(merged) or ()
    anchor = merged.get("anchor")
    if anchor is not None and anchor.event == "bed":
        anchor = None
        times = (*times, "bedtime")
    daily = "per_day" in merged.weak
    scheduled = any(
        v not in (None, (), frozenset())
        for v in (per_day, times, every_hours, every_days, per_week, weekdays, anchor)
    )
    bounds = any(merged.has(k) for k in ("duration", "until", "start"))
    if every_hours is not None and per_day is not None:
        # "every 12 hours, twice a day": one count, said twice
        expected = 24 // (every_hours.low if isinstance(every_hours, Range) else every_hours)
        if per_day == expected:
            per_day = None
        else:
            raise PhraseError.problem(
                merged.text, "an interval in hours and a count per day that disagree"
            )
    if every_days is not None and weekdays:
        raise PhraseError.problem(merged.text, "every N days and named weekdays cannot both hold")
    if not (scheduled or daily or bounds or merged.has("prn")):
        return None
    try:
        timing = Timing(
            times_per_day=per_day,
            times_of_day=times,
            every_hours=every_hours,
            round_the_clock=bool(merged.get("round_the_clock")) and every_hours is not None,
            every_days=every_days,
            times_per_week=per_week,
            weekdays=tuple(sorted(weekdays)),
            start=merged.get("start"),
            duration_days=merged.get("duration"),
            until=merged.get("until"),
            anchor=anchor,
        )
    except ProgrammeError as exc:
        raise PhraseError.problem(merged.text, f"{exc.where}: {exc.reason}") from None
    if merged.has("prn"):
        limit = timing if (scheduled or bounds) else None
        return AsNeeded(limit=limit, condition=merged.get("condition"))
    return timing


def _to_dose(merged: _Merge) -> Dose | None:
    keys = ("sets", "reps", "hold", "per_side", "rest", "load", "bout")
    if not any(merged.has(k) for k in keys):
        return None
    sets = merged.get("sets")
    reps = merged.get("reps")
    for name, value in (("sets", sets), ("reps", reps)):
        if value is not None and not _whole(value):
            raise PhraseError.problem(
                merged.text, f"{name} must be a whole number", *merged.spans[name]
            )
    if not any(merged.has(k) for k in ("sets", "reps", "hold", "bout")):
        if merged.strict:
            raise PhraseError.problem(merged.text, "'each side' needs a dose: sets, reps or a hold")
        return None
    try:
        return Dose(
            sets if sets is not None else 1,
            reps,
            hold=merged.get("hold"),
            each_side=bool(merged.get("per_side")),
            rest=merged.get("rest"),
            load=merged.get("load"),
            duration=merged.get("bout"),
        )
    except ProgrammeError as exc:
        where = exc.where.split(".")[-1]
        span = merged.spans.get(where, (None, None))
        raise PhraseError.problem(merged.text, f"{where} {exc.reason}", *span) from None


# --------------------------------------------------------------------------- checks


def _check_length(text: Any) -> str:
    if not isinstance(text, str):
        raise PhraseError(
            f"a phrase must be text (got {type(text).__name__})", text=repr(text)[:200]
        )
    if len(text) > MAX_LENGTH:
        raise PhraseError(
            f"a phrase of {len(text)} characters is longer than the {MAX_LENGTH} allowed",
            text=text[:200],
        )
    return text


def _suggest(word: str) -> tuple[str, ...]:
    return tuple(_close_matches(word, lx.KEYWORDS, n=1, cutoff=0.75))


def _looks_misspelt(word: str) -> tuple[str, ...]:
    """Close to a keyword and not a word we know: "dialy" (daily), "wekly" (weekly)."""
    if len(word) < 4 or not word.isalpha() or word in lx.ENGLISH_LOOKALIKES:
        return ()
    for ending in ("s", "es", "ed", "d", "ing", "ly"):
        base = word[: -len(ending)]
        if word.endswith(ending) and (_known(base) or base in lx.ENGLISH_LOOKALIKES):
            return ()  # an inflection of a word we know: "rests", "holding"
    return tuple(_close_matches(word, lx.KEYWORDS, n=1, cutoff=0.8))


def _strict_leftovers(text: str, tokens: list[_Tok], used: list[bool], start: int = 0) -> None:
    """
    Refuse any token no rule used that is not a filler word or punctuation.

    Unknown words are named first (with a suggestion), then stray numbers, then known
    words that fit nowhere here.
    """
    for i, tok in enumerate(tokens):
        if (
            tok.sym == "-"
            and i + 1 < len(tokens)
            and tokens[i + 1].sym == "N"
            and tokens[i + 1].start == tok.end
            and (i == 0 or tokens[i - 1].sym != "N")
            and tok.start >= start
        ):
            raise PhraseError.problem(
                text, "a count cannot be negative", tok.start, tokens[i + 1].end
            )
    left = [
        t for t, was_used in zip(tokens, used, strict=True) if not was_used and t.start >= start
    ]
    for tok in left:
        if tok.raw[:1].isalpha() and not _known(tok.raw):
            raise PhraseError.unknown_word(text, tok.start, tok.end, _suggest(tok.raw))
    for tok in left:
        if tok.sym in {"N", "TIME", "DATE"}:
            raise PhraseError.problem(
                text,
                f"the number {text[tok.start : tok.end]!r} is not part of a dose or a timing "
                "(write '3 x 15', 'twice daily', 'for 2 weeks')",
                tok.start,
                tok.end,
            )
        if tok.sym in {"BADTIME", "BADDATE"}:
            raise PhraseError.problem(text, "not a valid clock time or date", tok.start, tok.end)
    for tok in left:
        if tok.raw[:1].isalpha() and tok.raw not in lx.FILLERS:
            raise PhraseError.problem(
                text, f"{text[tok.start : tok.end]!r} does not fit here", tok.start, tok.end
            )


def _scan(text: str) -> tuple[list[_Tok], list[_Fact], list[bool]]:
    tokens = _tokenize(text)
    facts, used = _facts(tokens)
    return tokens, facts, used


# --------------------------------------------------------------------------- public


def parse_dose(text: str) -> Dose:
    """
    Read a dose: sets and reps, holds, sides, rest and load.

    >>> parse_dose("3 x 15")
    Dose(sets=3, reps=15, hold=None, each_side=False, rest=None, load=None, duration=None)
    >>> str(parse_dose("3 x 30 s hold each side"))
    '3 x 30 s hold each side'
    >>> parse_dose("3 sets of 8-12 reps").reps
    Range(low=8, high=12)

    Raises:
        PhraseError: a word it cannot read, or a timing where a dose was expected.

    """
    _check_length(text)
    tokens, facts, used = _scan(text)
    _strict_leftovers(text, tokens, used)
    merged = _merge(text, facts, strict=True)
    timing = _to_timing(merged)
    if timing is not None:
        raise PhraseError.problem(
            text,
            "this is a timing, not a dose; put how often in 'when'",
            *_first_timing_span(merged),
        )
    dose = _to_dose(merged)
    if dose is None:
        raise PhraseError.problem(text, "no dose found; write it like '3 x 15' or '3 x 30 s hold'")
    return dose


def _first_timing_span(merged: _Merge) -> tuple[int | None, int | None]:
    for key in (
        "per_day",
        "times",
        "every_hours",
        "every_days",
        "per_week",
        "weekdays",
        "duration",
        "until",
        "anchor",
        "prn",
    ):
        if key in merged.spans:
            return merged.spans[key]
    return None, None


_DOSE_KINDS = frozenset({"sets", "reps", "hold", "per_side", "rest", "load", "bout"})


def parse_timing(text: str) -> Timing | AsNeeded:
    """
    Read a timing: how often, on which days, from when and for how long.

    >>> str(parse_timing("BD for 2/52"))
    'twice daily for 2 weeks'
    >>> parse_timing("every other day").every_days
    2
    >>> parse_timing("Mon, Wed & Fri mornings").weekdays
    (0, 2, 4)
    >>> parse_timing("as needed")
    AsNeeded(limit=None, condition=None)

    Raises:
        PhraseError: a word it cannot read (with a close suggestion), or a dose where a
            timing was expected.

    """
    _check_length(text)
    tokens, facts, used = _scan(text)
    _strict_leftovers(text, tokens, used)
    for fact in facts:
        if fact.kind in _DOSE_KINDS:
            raise PhraseError.problem(
                text, "this is a dose, not a timing; put it in 'dose'", fact.start, fact.end
            )
    merged = _merge(text, facts, strict=True)
    timing = _to_timing(merged)
    if timing is None:
        raise PhraseError.problem(
            text, "no timing found; write it like 'twice daily for 2 weeks' or 'every other day'"
        )
    return timing


def parse_prescription(text: str) -> Prescription:
    """
    Read a whole prescription: the exercise's name, then its dose and timing.

    >>> p = parse_prescription("Eccentric heel drops 3x15 twice daily for 12 weeks")
    >>> p.name, str(p.dose), str(p.timing)
    ('Eccentric heel drops', '3 x 15', 'twice daily for 12 weeks')

    Raises:
        PhraseError: no name, no timing, or a word after the name it cannot read.

    """
    _check_length(text)
    tokens, facts, used = _scan(text)
    first = next((i for i, u in enumerate(used) if u), None)
    if first is None:
        raise PhraseError.problem(
            text, "no dose or timing found after the name; write it like 'Calf raises 3 x 15 daily'"
        )
    name = text[: tokens[first].start].strip(" \t,;:-–—(")
    if not name:
        raise PhraseError.problem(text, "the exercise's name must come first", 0, tokens[first].end)
    _strict_leftovers(text, tokens, used, start=tokens[first].start)
    merged = _merge(text, facts, strict=True)
    timing = _to_timing(merged)
    if timing is None:
        raise PhraseError.problem(text, "no timing found; add one such as 'twice daily'")
    return Prescription(exercise=Exercise(name=name), dose=_to_dose(merged), timing=timing)


def read(text: str) -> Reading:
    """
    Read free text, such as a sentence from a handout, into the fields of the phrase corpus.

    Words outside the phrase language are passed over and named in the note; a word
    that looks like a misspelt keyword is an error, and so is text with no dose or
    timing in it at all.

    >>> r = read("Perform 3 × 15 repetitions, 2 × daily, 7 days/week.")
    >>> r.sets, r.reps, r.times_per_day, r.times_per_week
    (3, 15, 2, 7)

    Raises:
        PhraseError: a misspelt keyword ("did you mean ...?") or nothing readable.

    """
    _check_length(text)
    body = text
    code_note = None
    if "=" in text:
        left, _, right = text.partition("=")
        code = re.sub(r"[^a-z]", "", left.lower())
        is_code = code in lx.ABBREVIATIONS or code in lx.WHOLE_PHRASE_CODES or not _known(code)
        if left.strip() and right.strip() and len(left.split()) <= 2 and is_code:
            body = " " * (len(left) + 1) + right
            code_note = f"the code {left.strip()!r} is read as the words after '='"
    whole = re.sub(r"[^a-z0-9]", "", _normalise(body))
    if whole in lx.WHOLE_PHRASE_CODES:
        try:
            reading = read(lx.WHOLE_PHRASE_CODES[whole])
        except PhraseError:  # pragma: no cover - every code's words are readable (tested)
            raise PhraseError.problem(text, "this code has no reading") from None
        note = f"the code {text.strip()!r} read as {lx.WHOLE_PHRASE_CODES[whole]!r}"
        if whole in lx.AMBIGUOUS_ABBREVIATIONS:
            note = lx.AMBIGUOUS_ABBREVIATIONS[whole]
        return attrs.evolve(
            reading,
            text=text,
            note=note,
            ambiguous=whole in lx.AMBIGUOUS_ABBREVIATIONS or reading.ambiguous,
        )
    tokens, facts, used = _scan(body)
    ignored: list[str] = []
    for tok, was_used in zip(tokens, used, strict=True):
        if was_used or not tok.raw[:1].isalpha():
            continue
        suspect = _looks_misspelt(tok.raw) if not _known(tok.raw) else ()
        if suspect:
            raise PhraseError.unknown_word(text, tok.start, tok.end, suspect)
        if not _known(tok.raw):
            ignored.append(text[tok.start : tok.end])
    _check_period_word(text, tokens, used)
    merged = _merge(text, facts, strict=False)
    if code_note:
        merged.ambiguous = True
        merged.notes.append(code_note)
    for tok in tokens:
        if tok.raw in lx.AMBIGUOUS_ABBREVIATIONS and tok.raw not in {"pm", "bd"}:
            merged.ambiguous = True
            merged.notes.append(lx.AMBIGUOUS_ABBREVIATIONS[tok.raw])
    if not facts:
        raise PhraseError.problem(
            text,
            "found no dose or timing in it; write it like '3 x 15 twice daily for 2 weeks'",
        )
    return _reading(text, merged, ignored, facts, tokens)


_ONCE_A_DAY_EVENTS = frozenset({"breakfast", "lunch", "dinner"})


def _exercise_context(tokens: list[_Tok], ignored: list[str], facts: list[_Fact]) -> bool:
    """
    True when an interval in hours is about exercise or icing (usually done while
    awake), false for medication instructions ("1 tab po q8h"), which mean it.
    """
    raws = {t.raw for t in tokens}
    if raws & lx.MEDICATION_WORDS:
        return False
    return bool(ignored or raws & lx.EXERCISE_WORDS or any(f.kind in _DOSE_KINDS for f in facts))


_PERIOD_WORDS = ("day", "week", "hour", "month", "fortnight", "night")


def _check_period_word(text: str, tokens: list[_Tok], used: list[bool]) -> None:
    """
    After "twice a", "3 times per", only a period can follow: an unknown word there is
    a misspelt one ("twice a dya"), never prose to pass over.
    """
    for i in range(2, len(tokens)):
        tok = tokens[i]
        if used[i] or not tok.raw.isalpha() or _known(tok.raw):
            continue
        if tokens[i - 1].sym in {"a", "per", "each", "/"} and tokens[i - 2].sym == "x":
            suggestion = tuple(_close_matches(tok.raw, _PERIOD_WORDS, n=1, cutoff=0.5))
            raise PhraseError.unknown_word(text, tok.start, tok.end, suggestion)


def _reading(
    text: str, merged: _Merge, ignored: list[str], facts: list[_Fact], tokens: list[_Tok]
) -> Reading:
    times = tuple(merged.get("times") or ())
    if "night" in times and "bedtime" in times:  # "each night before bed": one time
        times = tuple(t for t in times if t != "night")
    anchor = merged.get("anchor")
    if anchor is not None and anchor.event == "bed":
        times = (*times, "bedtime")
        anchor = None
    per_day = merged.get("per_day")
    every_hours = merged.get("every_hours")
    notes = list(merged.notes)
    ambiguous = merged.ambiguous
    if per_day is None and every_hours is not None:
        if merged.get("waking"):
            ambiguous = True
            notes.append(
                "an interval in hours while awake: the count per day depends on the waking day"
            )
        elif isinstance(every_hours, Range):
            per_day = Range(24 // every_hours.high, 24 // every_hours.low)
            if per_day.low == per_day.high:
                per_day = per_day.low
        else:
            per_day = max(1, 24 // every_hours)
        if not merged.get("waking") and _exercise_context(tokens, ignored, facts):
            ambiguous = True
            notes.append(
                "every N hours read round the clock (24 / N a day); exercise is usually done while awake"
            )
    elif per_day is not None and every_hours is not None:
        pass
    if per_day is None and times:
        per_day = len(times)
    if per_day is None and anchor is not None and anchor.event in _ONCE_A_DAY_EVENTS:
        per_day = 1  # before breakfast, after dinner: a meal happens once a day
    if per_day is None and "per_day" in merged.weak and every_hours is None:
        per_day = 1
    if per_day is not None and times and isinstance(per_day, int) and per_day != len(times):
        ambiguous = True
        notes.append(f"{per_day} a day but {len(times)} time(s) of day named")
    weekdays = _weekday_set(merged)
    slots = tuple(t if isinstance(t, str) else t.strftime("%H:%M") for t in times)
    if slots:
        order = {name: i for i, name in enumerate(SLOT_NAMES)}
        slots = tuple(sorted(dict.fromkeys(slots), key=lambda s: (order.get(s, 99), s)))
    hold = merged.get("hold")
    hold_seconds: Any = None
    if isinstance(hold, Range):
        hold_seconds = Range(int(hold.low.total_seconds()), int(hold.high.total_seconds()))
    elif hold is not None:
        hold_seconds = int(hold.total_seconds())
    if ignored:
        shown = ", ".join(repr(w) for w in ignored[:8]) + (" ..." if len(ignored) > 8 else "")
        notes.append(f"passed over: {shown}")
    timing: Timing | AsNeeded | None
    dose: Dose | None
    try:
        timing = _to_timing(merged)
    except PhraseError:
        timing = None
    try:
        dose = _to_dose(merged)
    except PhraseError:
        dose = None
    return Reading(
        text=text,
        times_per_day=per_day,
        every_n_days=merged.get("every_days"),
        times_per_week=merged.get("per_week"),
        days_of_week=tuple(WEEKDAY_CODES[d] for d in sorted(weekdays)) if weekdays else None,
        time_of_day=slots or None,
        duration_days=merged.get("duration"),
        sets=merged.get("sets"),
        reps=merged.get("reps"),
        hold_seconds=hold_seconds,
        per_side=bool(merged.get("per_side")),
        anchor=anchor.normal_form if anchor is not None else None,
        prn=bool(merged.get("prn")),
        ambiguous=ambiguous,
        note="; ".join(notes) if notes else None,
        dose=dose,
        timing=timing,
    )
