"""
Tokens of the phrase language: text to symbols, each token keeping its span.

The text is normalised character by character (dashes, the times sign, full-width
digits, case), so every token keeps its place in the original text. Number words become
numbers, "twice" becomes "2 times", abbreviations (BD, TDS, q4h, ...) become the words
they stand for, run-together words ("bidx30", "daysprn") are split on the vocabulary in
`_lexicon`, and tokens that form one value are joined ("twenty-five", "2-3", "½").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from rehabplan._regex import LazyRegex
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._tok import Tok
from rehabplan.phrases._token_passes import combine as _combine

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


#: "3*15", "3*/week": an asterisk between two numbers, or between a number and a slash, is
#: a times sign (elsewhere, a footnote mark).
_TIMES_STAR = LazyRegex(r"(?<=\d)(\s*)\*(?=\s*\d|/)")


#: "three-to-five", "3-to-5": the same length as " to ", so every position holds.
_HYPHENED_TO = LazyRegex(r"(?<=[a-z0-9])-to-(?=[a-z0-9])")


def _normalise(text: str) -> str:
    """Fold the text to lower-case ASCII where that keeps every character's position."""
    if text.isascii():
        # str methods, not a loop over characters: this runs for every phrase.
        folded = (text if text.isprintable() else text.translate(_ASCII_CONTROLS)).lower()
    else:
        folded = "".join(_fold_char(c) for c in text)
    if "-to-" in folded:  # "three-to-five": a range, spelt as one word
        folded = _HYPHENED_TO.sub(" to ", folded)
    if "half-a" in folded:  # "half-a-minute", "half-an-hour": the length spelt as one word
        folded = folded.replace("half-a-", "half a ").replace("half-an-", "half an ")
    if "''" in folded:  # "60''": seconds written with two primes, as 60" is
        folded = folded.replace("''", '" ')
    return _TIMES_STAR.sub(r"\1x", folded) if "*" in folded else folded


_TOKEN = LazyRegex(
    r"""
     (?P<date>\d{4}-\d{1,2}-\d{1,2}(?!\d))
    |(?P<time>\d{1,2}:\d{2}(?:\ ?[ap]\.?m\b\.?)?|\d{1,2}(?:\.\d{2})?\ ?[ap]\.?m\b\.?(?!\ ?(?:/|&|\+|and\b)\ ?[ap]\.?m\b))
    |(?P<ordinal>\d{1,3}(?:st|nd|rd|th))\b
    |(?P<num>\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,9}(?:\.\d{1,3})?)\d*
    |(?P<abbr>[a-z](?:\.[a-z]){1,3}\.?(?![a-z]))
    |(?P<word>[a-z]+(?:'[a-z]+)?)
    |(?P<punct>\S)
    """,
    re.VERBOSE,
)


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
#: Words that end ordinary English words ("someone", "omit", "anyone"), never a piece
#: of a run-together prescription.
_NOT_A_PIECE = frozenset(
    {"it", "is", "one", "me", "we", "he", "us", "my", "th", "su", "sa", "mo", "tu", "fr"}
)
#: Ordinary words made of known pieces that are never a run-together prescription:
#: "upper" is not "up per" (each side), "minor" not "min or", "secondly" not daily.
_NOT_GLUED = frozenset(
    """abd add anymore armour aside away beside besides doorway eaten forgotten forth gotten
    hereafter inside minor moreover offset onset outside overall overdone secondly super
    thereafter upper withhold""".split()
)
#: Pieces a run-together word splits into: the vocabulary, and the forms a medicine
#: is measured in ("2puffsbd", "5mltds").
_SPLIT_WORDS = _KNOWN_WORDS | lx.MEDICATION_WORDS


def _split_word(word: str) -> tuple[str, ...] | None:
    """
    Split a run-together word ("bidx", "daysprn", "hrlyprn") into known words.

    The split with the fewest pieces wins; every piece must be known, pieces of one
    letter must be "x" or "q", and at least one piece must carry schedule meaning.
    """
    n = len(word)
    if n > 24 or word in _NOT_GLUED:
        return None
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for end in range(1, n + 1):
        for start in range(max(0, end - 14), end):
            prefix = best[start]
            piece = word[start:end]
            if prefix is None or piece not in _SPLIT_WORDS:
                continue
            if len(piece) == 1 and (piece not in _SPLIT_SINGLES or (piece == "a" and start)):
                continue  # "a" only leads ("aday", "aweek")
            if piece in _NOT_A_PIECE:
                continue  # "someone" is not "some one", "omit" not "om it"
            candidate = (*prefix, piece)
            current = best[end]
            if current is None or len(candidate) < len(current):
                best[end] = candidate
    pieces = best[n]
    # ("adam" is not "ad am": a run-together prescription has a keyword of three letters
    # or more, a code such as "bd", or an "x")
    keyed = any(
        _meaningful(p) and (len(p) >= 3 or p in _SPLIT_SINGLES or p in lx.ABBREVIATIONS)
        for p in pieces or ()
    )
    if pieces is None or len(pieces) < 2 or not keyed:
        return None
    if pieces[-1] == "es":  # "toes", "goes": the plural or verb ending, not "each side"
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


def _read_word(word: str, start: int, end: int) -> list[Tok]:
    """The tokens of one word: its symbol, or the tokens an abbreviation stands for."""
    word = lx.MISSPELLINGS.get(word, word)
    if word in lx.COUNT_WORDS:
        return [
            Tok("N", word, start, end, lx.COUNT_WORDS[word]),
            Tok("x", word, start, end),
        ]
    if word in lx.NUMBER_WORDS:
        return [Tok("N", word, start, end, lx.NUMBER_WORDS[word])]
    if word in lx.ABBREVIATIONS:
        out = []
        for item in lx.ABBREVIATIONS[word]:
            if item.startswith("N:"):
                out.append(Tok("N", word, start, end, int(item[2:])))
            else:
                out.extend(
                    Tok(t.sym, word, t.start, t.end, t.value) for t in _read_word(item, start, end)
                )
        return out
    if word in lx.ORDINALS and word != "second":
        return [Tok("ORD", word, start, end, lx.ORDINALS[word])]
    if word == "second":
        return [Tok("second", word, start, end, 2)]
    if word in lx.DAY_LETTERS:
        return [Tok("DOW", word, start, end, day) for day in lx.DAY_LETTERS[word]]
    if word in lx.WEEKDAYS:
        sym = "DOW?" if word in lx.SHORT_WEEKDAYS else "DOW"
        return [Tok(sym, word, start, end, lx.WEEKDAYS[word])]
    if word in lx.MONTHS:
        return [Tok("MONTH?", word, start, end, lx.MONTHS[word])]
    if word in lx.SYMBOLS:
        return [Tok(lx.SYMBOLS[word], word, start, end)]
    if _known(word):
        return [Tok(word, word, start, end)]
    pieces = _split_word(word)
    if pieces is None:
        return [Tok(word, word, start, end)]
    out = []
    offset = start
    for piece in pieces:
        out.extend(_read_word(piece, offset, offset + len(piece)))
        offset += len(piece)
    return out


def _tokenize(text: str) -> list[Tok]:
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
    tokens: list[Tok] = []
    append = tokens.append
    shapes = _CHUNK_SHAPES
    offset = 0
    for chunk in norm.split(" "):
        if chunk:
            shape = shapes.get(chunk)
            if shape is None:
                shape = _chunk_shape(chunk)
            for sym, raw, start, end, value in shape:
                append(Tok(sym, raw, offset + start, offset + end, value))
        offset += len(chunk) + 1
    if "." in norm:
        tokens = _unit_dots(tokens)
    return _combine(tokens)


#: Units written short with a dot: "10 sec. strides" goes on, "Hold 10 sec. Relax." ends.
_SHORT_UNITS = frozenset({"sec", "secs", "min", "mins", "hr", "hrs"})


def _unit_dots(tokens: list[Tok]) -> list[Tok]:
    """Drop the dot of a unit written short ("4 x 10 sec. strides") where the sentence
    goes on in lower case, so that the unit's clause keeps the words after it.
    """
    out: list[Tok] = []
    for i, tok in enumerate(tokens):
        if (
            tok.sym == "."
            and out
            and out[-1].raw.lower() in _SHORT_UNITS
            and out[-1].end == tok.start
            and i + 1 < len(tokens)
            and (tokens[i + 1].raw[:1].islower() or tokens[i + 1].sym in {"N", "@"})
        ):
            continue
        out.append(tok)
    return out


#: Where a clock time is written with a space before "am" or "pm" ("10 am", "7 p.m."):
#: the only token that spans a space.
_SPACED_CLOCK = LazyRegex(r"\d [ap]\.?m\b")

#: Chunks read so far and their tokens; emptied when full, so memory stays bounded
#: however many different chunks arrive. A plain dict: a lookup per chunk is the
#: tokenizer's inner loop.
_CHUNK_SHAPES: dict[str, tuple[tuple[str, str, int, int, Any], ...]] = {}
_CHUNK_CACHE_SIZE = 16384
_CACHED_CHUNK_LENGTH = 32


def _chunk_shape(chunk: str) -> tuple[tuple[str, str, int, int, Any], ...]:
    """The tokens of one chunk of text, placed from the chunk's start (and cached)."""
    tokens = _scan_text(chunk, 0)
    if chunk[:1] == '"':  # '"3w2"' is quoted: its closing mark is no seconds (30")
        tokens = [t for t in tokens if t.raw != '"']
    shape = tuple((t.sym, t.raw, t.start, t.end, t.value) for t in tokens)
    if len(chunk) <= _CACHED_CHUNK_LENGTH:  # a long chunk is rare, and would fill the cache
        if len(_CHUNK_SHAPES) >= _CHUNK_CACHE_SIZE:
            _CHUNK_SHAPES.clear()
        _CHUNK_SHAPES[chunk] = shape
    return shape


def _scan_text(norm: str, offset: int) -> list[Tok]:
    """The tokens of normalised text, before any are joined, placed from *offset*."""
    tokens: list[Tok] = []
    append = tokens.append
    for match in _TOKEN.finditer(norm):
        kind = match.lastgroup
        raw = match.group(kind or 0)
        start, end = match.span()
        start += offset
        end += offset
        if kind == "word":  # the commonest first
            tokens.extend(_read_word(raw, start, end))
        elif kind == "num":  # "10,000": thousands (a decimal comma is refused first)
            num = float(raw) if "." in raw else int(raw.replace(",", ""))
            if isinstance(num, float) and num.is_integer():
                num = int(num)
            append(Tok("N", raw, start, end, num))
        elif kind == "punct":
            append(Tok(raw, raw, start, end))
        elif kind == "ordinal":
            append(Tok("ORD", raw, start, end, int(raw[:-2])))
        elif kind == "time":
            clock = _clock(raw)
            append(Tok("TIME" if clock else "BADTIME", raw, start, end, clock))
        elif kind == "date":
            try:
                y, m, d = (int(p) for p in raw.split("-"))
                append(Tok("DATE", raw, start, end, dt.date(y, m, d)))
            except ValueError:
                append(Tok("BADDATE", raw, start, end))
        else:  # an abbreviation with dots: "b.i.d.", "p.d" (per day; "PD" is a disease)
            dotted = lx.DOTTED_ABBREVIATIONS.get(raw.rstrip("."))
            if dotted is not None:
                tokens.extend(Tok(sym, raw, start, end) for sym in dotted)
            else:
                tokens.extend(_read_word(raw.replace(".", ""), start, end))
    return tokens


# The names the rest of the phrase package uses.
known = _known
normalise = _normalise
tokenize = _tokenize
word_tokens = _read_word
