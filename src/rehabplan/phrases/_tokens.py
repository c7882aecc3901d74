"""
Tokens of the phrase language: text to symbols, each token keeping its span.

The text is normalised character by character (dashes, the times sign, full-width
digits, case), so every token keeps its place in the original text. Number words become
numbers, "twice" becomes "2 times", abbreviations (BD, TDS, q4h, ...) become the words
they stand for, run-together words ("bidx30", "daysprn") are split on the vocabulary in
`lexicon`, and tokens that form one value are joined ("twenty-five", "2-3", "½").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Any

from rehabplan.model import (
    Range,
)
from rehabplan.phrases import _lexicon as lx

__all__ = ["Tok", "known", "normalise", "tokenize", "word_tokens"]


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


class _Tok:
    """
    One token: its grammar symbol, its text, its place, and the value it stands for.

    A plain class with slots, not an attrs value: a phrase makes a dozen of these,
    and a slotted ``__init__`` costs a third of a frozen one.
    """

    __slots__ = ("end", "raw", "start", "sym", "value")

    def __init__(self, sym: str, raw: str, start: int, end: int, value: Any = None) -> None:
        self.sym = sym
        self.raw = raw
        self.start = start
        self.end = end
        self.value = value

    def evolve(self, sym: str) -> _Tok:
        """The same token read as another symbol."""
        return _Tok(sym, self.raw, self.start, self.end, self.value)

    def __repr__(self) -> str:
        return f"Tok({self.sym!r}, {self.raw!r}, {self.start}, {self.end}, {self.value!r})"


def _known(word: str) -> bool:
    return word in _KNOWN_WORDS


def _meaningful(word: str) -> bool:
    return (
        (word in lx.SYMBOLS and lx.SYMBOLS[word] not in {"VAGUE", "a"})
        or word in lx.ABBREVIATIONS
        or word in lx.COUNT_WORDS
        or word in lx.NUMBER_WORDS
    )


_EVENT_WORDS = frozenset(w for key in lx.EVENTS for w in key.split())

#: Every word of the phrase language's vocabulary, in one set.
_KNOWN_WORDS = frozenset().union(
    lx.SYMBOLS,
    lx.ABBREVIATIONS,
    lx.NUMBER_WORDS,
    lx.COUNT_WORDS,
    lx.ORDINALS,
    lx.WEEKDAYS,
    lx.MONTHS,
    lx.FILLERS,
    lx.MISSPELLINGS,
    _EVENT_WORDS,
    lx.SYMPTOMS,
)
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


#: A word's tokens, placed relative to the word: (symbol, text, first offset, last offset
#: or None for the word's end, value).
_Shape = tuple[tuple[str, str, int, "int | None", Any], ...]


_CACHED_WORD_LENGTH = 32


@lru_cache(maxsize=16384)
def _word_shape(word: str) -> _Shape:
    """The tokens of one word, cached by word: a phrase's words repeat across phrases."""
    return tuple(
        (t.sym, t.raw, t.start, None if t.end == len(word) + 1 else t.end, t.value)
        for t in _read_word(word, 0, len(word) + 1)
    )


def _word_tokens(word: str, start: int, end: int) -> list[_Tok]:
    """The tokens of one word: its symbol, or the tokens an abbreviation stands for."""
    if len(word) > _CACHED_WORD_LENGTH:  # a long word is rare, and the cache stays small
        return _read_word(word, start, end)
    return [
        _Tok(sym, raw, start + a, end if b is None else start + b, value)
        for sym, raw, a, b, value in _word_shape(word)
    ]


def _read_word(word: str, start: int, end: int) -> list[_Tok]:
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
                out.extend(
                    _Tok(t.sym, word, t.start, t.end, t.value) for t in _read_word(item, start, end)
                )
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
        out.extend(_read_word(piece, offset, offset + len(piece)))
        offset += len(piece)
    return out


def _tokenize(text: str) -> list[_Tok]:
    """
    The tokens of a text, read a space-separated chunk at a time.

    No token spans a space except a clock time such as "10 am", so a chunk's tokens
    depend on the chunk alone and are cached by chunk ("3x15", "twice", "daily"):
    phrases share their chunks even when no two phrases are the same. A text with a
    spaced clock time is scanned whole.
    """
    norm = _normalise(text)  # its only white space is " "
    if _SPACED_CLOCK.search(norm) is not None:
        return _combine(_scan_text(norm, 0))
    tokens: list[_Tok] = []
    append = tokens.append
    shapes = _CHUNK_SHAPES
    offset = 0
    for chunk in norm.split(" "):
        if chunk:
            shape = shapes.get(chunk)
            if shape is None:
                shape = _chunk_shape(chunk)
            for sym, raw, start, end, value in shape:
                append(_Tok(sym, raw, offset + start, offset + end, value))
        offset += len(chunk) + 1
    return _combine(tokens)


#: A clock time written with a space before "am" or "pm" (a superset: "3 a day" too).
_SPACED_CLOCK = re.compile(r"\d [ap]")

#: Chunks read so far and their tokens; emptied when full, so memory stays bounded
#: however many different chunks arrive. A plain dict: a lookup per chunk is the
#: tokenizer's inner loop.
_CHUNK_SHAPES: dict[str, tuple[tuple[str, str, int, int, Any], ...]] = {}
_CHUNK_CACHE_SIZE = 16384
_CACHED_CHUNK_LENGTH = 32


def _chunk_shape(chunk: str) -> tuple[tuple[str, str, int, int, Any], ...]:
    """The tokens of one chunk of text, placed from the chunk's start (and cached)."""
    shape = tuple((t.sym, t.raw, t.start, t.end, t.value) for t in _scan_text(chunk, 0))
    if len(chunk) <= _CACHED_CHUNK_LENGTH:  # a long chunk is rare, and would fill the cache
        if len(_CHUNK_SHAPES) >= _CHUNK_CACHE_SIZE:
            _CHUNK_SHAPES.clear()
        _CHUNK_SHAPES[chunk] = shape
    return shape


def _scan_text(norm: str, offset: int) -> list[_Tok]:
    """The tokens of normalised text, before any are joined, placed from *offset*."""
    tokens: list[_Tok] = []
    append = tokens.append
    for match in _TOKEN.finditer(norm):
        kind = match.lastgroup
        raw = match.group(kind or 0)
        start, end = match.span()
        start += offset
        end += offset
        if kind == "word":  # the commonest first
            if len(raw) > _CACHED_WORD_LENGTH:
                tokens.extend(_read_word(raw, start, end))
                continue
            for sym, word, a, b, value in _word_shape(raw):
                append(_Tok(sym, word, start + a, end if b is None else start + b, value))
        elif kind == "num":
            num = float(raw) if "." in raw else int(raw)
            if isinstance(num, float) and num.is_integer():
                num = int(num)
            append(_Tok("N", raw, start, end, num))
        elif kind == "punct":
            append(_Tok(raw, raw, start, end))
        elif kind == "ordinal":
            append(_Tok("ORD", raw, start, end, int(raw[:-2])))
        elif kind == "time":
            clock = _clock(raw)
            append(_Tok("TIME" if clock else "BADTIME", raw, start, end, clock))
        elif kind == "date":
            try:
                y, m, d = (int(p) for p in raw.split("-"))
                append(_Tok("DATE", raw, start, end, dt.date(y, m, d)))
            except ValueError:
                append(_Tok("BADDATE", raw, start, end))
        else:  # an abbreviation with dots: "b.i.d."
            tokens.extend(_word_tokens(raw.replace(".", ""), start, end))
    return tokens


_RANGE_SEPARATORS = frozenset({"-", "to", "or", "~"})
#: A range needs one of these between its numbers ("and" after "between").
_RANGE_TRIGGERS = _RANGE_SEPARATORS | {"and"}


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) else None


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
_NUMBER_RAWS = frozenset({"once", "one", "half", *_FRACTIONS})
#: What may follow a number that joins it to the tokens after: a unit ("1 min 30 s",
#: "2 hours and a half"), "and a half", a closing quote (30"), a slash ("1/2 min").
_AFTER_NUMBER = frozenset({*_TIME_UNIT_SYMS, "and", '"', "\u201d", "/"})
_TENS = frozenset(
    {"twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)


#: `_numbers` has nothing to do in a phrase without one of these symbols or words
#: ("a minute" needs its unit, "and a half" its "half").
_NUMBER_SYM_TRIGGERS = frozenset({*_TIME_UNIT_SYMS, '"', "\u201d", "/", *_FRACTIONS})
_NUMBER_RAW_TRIGGERS = _NUMBER_RAWS | _TENS

_LETTER_DAYS = {"m": 0, "t": 1, "tu": 1, "w": 2, "th": 3, "r": 3, "f": 4, "sa": 5, "su": 6}


def _day_letters(tokens: list[_Tok]) -> list[_Tok]:
    """Read "M/W/F" and "T/Th" (weekday letters between slashes) as weekdays."""
    out: list[_Tok] = []
    i = 0
    n = len(tokens)
    while i < n:
        if tokens[i].raw not in _LETTER_DAYS:
            out.append(tokens[i])
            i += 1
            continue
        j = i
        days: list[_Tok] = []
        seps: list[str] = []
        while j < n and tokens[j].raw in _LETTER_DAYS:
            days.append(tokens[j])
            if (
                j + 2 < n
                and tokens[j + 1].sym in {"/", "-", ","}
                and tokens[j + 2].raw in _LETTER_DAYS
            ):
                seps.append(tokens[j + 1].sym)
                j += 2
            else:
                break
        if len(days) >= 2 and (len(days) >= 3 or seps != [","]):
            values = [_LETTER_DAYS[t.raw] for t in days]
            if seps == ["-"]:  # "M-F": a range of days
                a, b = values
                values = list(range(a, b + 1)) if a <= b else [*range(a, 7), *range(b + 1)]
            out.extend(_Tok("DOW", days[0].raw, days[0].start, days[-1].end, v) for v in values)
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
        if (tok.sym not in _NUMBER_SYMS and tok.raw not in _NUMBER_RAWS) or (
            tok.sym == "N"
            and tok.raw not in _NUMBER_RAWS
            and tok.raw not in _TENS
            and (nxt is None or nxt.sym not in _AFTER_NUMBER)
        ):
            out.append(tok)  # none of the cases below starts here
            i += 1
            continue
        after = tokens[i + 2] if i + 2 < n else None
        unit = tokens[i + 3].sym if i + 3 < n else ""
        if (
            tok.raw == "once"
            and tok.sym == "N"
            and i + 2 < n
            and tokens[i + 2].raw in _CONJUNCTION_NEXT
        ):
            # "Once this is easy, ...": a conjunction, not a count
            out.append(_Tok("once", "once", tok.start, tok.end))
            i += 2  # and the "x" the word was read as
            continue
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
            out.extend((_Tok("N", "sum", tok.start, tokens[i + 3].start - 1, total), tokens[i + 3]))
            i += 4
            continue
        if (
            tok.sym == "N"
            and isinstance(tok.value, int)
            and nxt is not None
            and nxt.sym in _TIME_UNIT_SYMS
            and [t.raw for t in tokens[i + 2 : i + 5]] == ["and", "a", "half"]
        ):
            # "a minute and a half", "2 hours and a half"
            out.extend((_Tok("N", "and a half", tok.start, tok.end, tok.value + 0.5), nxt))
            i += 5
            continue
        if (
            tok.raw == "one"
            and out
            and out[-1].raw in {"each", "every", "this", "that", "the", "which"}
        ):
            out.append(_Tok("one", "one", tok.start, tok.end))  # "each one": not a count
            i += 1
            continue
        if (
            tok.sym == "N"
            and nxt is not None
            and nxt.raw in {'"', "\u201d"}
            and nxt.start == tok.end
        ):
            out.extend((tok, _Tok("sec", nxt.raw, nxt.start, nxt.end)))  # 30" = 30 seconds
            i += 2
            continue
        if (
            tok.sym == "N"
            and isinstance(tok.value, int)
            and [t.raw for t in tokens[i + 1 : i + 4]] == ["and", "a", "half"]
        ):
            out.append(_Tok("N", "and a half", tok.start, tokens[i + 3].end, tok.value + 0.5))
            i += 4
            continue
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
                _Tok(
                    "N",
                    f"{tok.raw}-{unit_word.raw}",
                    tok.start,
                    unit_word.end,
                    tok.value + unit_word.value,
                )
            )
            i += 3 if hyphen else 2
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


#: The symbols `_combine` joins or drops; every other token passes through.
_JOINING_SYMS = frozenset({"-", "'", '"', "`", "bed", "b"})


def _combine(tokens: list[_Tok]) -> list[_Tok]:
    """
    Join tokens that form one value: "twenty five", "2-3" and "two or three times"
    (ranges), "between 8 and 15", "bed time"; drop the hyphen of "30-second";
    keep weekday abbreviations and month names only where a date or list needs them.
    """
    # Each pass runs only when a symbol or word that can start its work is there.
    syms = {t.sym for t in tokens}
    raws = {t.raw for t in tokens}
    if not _LETTER_DAYS.keys().isdisjoint(raws):
        tokens = _day_letters(tokens)
        syms = {t.sym for t in tokens}
    if not (_NUMBER_SYM_TRIGGERS.isdisjoint(syms) and _NUMBER_RAW_TRIGGERS.isdisjoint(raws)):
        tokens = _numbers(tokens)
        syms = {t.sym for t in tokens}
    if not _JOINING_SYMS.isdisjoint(syms):
        tokens = _join(tokens)
        syms = {t.sym for t in tokens}
    if not _RANGE_TRIGGERS.isdisjoint(syms):
        tokens = _ranges(tokens)
        syms = {t.sym for t in tokens}
    if not _UNDECIDED.isdisjoint(syms):
        tokens = _contextual(tokens)
    return tokens


def _join(tokens: list[_Tok]) -> list[_Tok]:
    """Drop hyphens inside words and quotes; join "bed time" and "b/l"."""
    out: list[_Tok] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.sym not in _JOINING_SYMS:
            out.append(tok)
            i += 1
            continue
        nxt = tokens[i + 1] if i + 1 < n else None
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
    return out


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


_UNDECIDED = frozenset({"DOW?", "MONTH?"})


def _contextual(tokens: list[_Tok]) -> list[_Tok]:
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


# The names the rest of the phrase package uses.
Tok = _Tok
known = _known
normalise = _normalise
tokenize = _tokenize
word_tokens = _word_tokens
