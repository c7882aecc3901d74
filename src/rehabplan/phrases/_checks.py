"""
Checks every reader makes on the raw text before reading it, so that every surface refuses
the same hostile text with the same one-line message.

A character that hides or reorders what the reader sees (a control character, a bidi
control, a zero-width character), a letter outside the Latin script (a Cyrillic "а" looks
like a Latin "a"), a combining mark typed apart from its letter, an emoji, a superscript,
subscript, circled or Roman-numeral number, a number in scientific notation and a comma
inside a number are refused: each could make the phrase mean something other than what a
person reads on the screen.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from rehabplan._regex import LazyRegex
from rehabplan.errors import PhraseError

__all__ = ["MAX_LENGTH", "check_text"]

#: Longest text any reader accepts, in characters (a bound on time and memory).
MAX_LENGTH = 50_000

#: Whitespace control characters, read as spaces.
_SPACES = frozenset("\t\n\r")
#: The vulgar fractions the reader reads ("1½ min"); other number signs are refused.
_READ_FRACTIONS = frozenset("\u00bd\u00bc\u00be")
_SCIENTIFIC = LazyRegex(r"\d[eE][+-]?\d")
#: A comma between digits: a decimal comma ("2,5") or a thousands separator ("1,000").
_DIGIT_COMMA = LazyRegex(r"\d,\d")
#: Thousands written with commas in groups of three ("10,000 steps"): read as one number.
_THOUSANDS = LazyRegex(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])")


def _is_emoji(ch: str) -> bool:
    # Pictographs, dingbats and the emoji planes; the other symbols (×, °, →, ®) are
    # ordinary handout typography.
    code = ord(ch)
    return 0x2600 <= code <= 0x27BF or code >= 0x1F000 or 0xFE00 <= code <= 0xFE0F


def _refusal(ch: str) -> str | None:
    category = unicodedata.category(ch)
    name = unicodedata.name(ch, f"U+{ord(ch):04X}")
    if category == "Cc" and ch not in _SPACES:
        return f"a control character (U+{ord(ch):04X}) is not text"
    if category == "Cf":
        return f"an invisible formatting character ({name}) would hide what the text says"
    if category in {"Cs", "Co", "Cn"}:
        return f"U+{ord(ch):04X} is not a character"
    if category in {"No", "Nl"} and ch not in _READ_FRACTIONS:
        # NFKC would fold "10²" into "102" and "10₀" into "100".
        return f"{name} is not read as a number; write it in digits"
    if category in {"Mn", "Mc", "Me"}:
        # A mark typed apart from its letter splits the word in two for the reader.
        return f"a combining mark ({name}) is not read; type the marked letter as one character"
    if _is_emoji(ch):
        return f"an emoji or pictograph ({name}) is not read; write the words"
    if ch.isalpha() and len(unicodedata.normalize("NFKC", ch)) > 1:
        # "ﬁve" would read as "ﬁ" and "ve", and lose the number
        return f"a ligature ({name}) is not read; type its letters apart"
    if ch.isalpha() and not _latin(name):
        return f"only Latin letters are read, and {name} is not one (a look-alike letter?)"
    return None


def _latin(name: str) -> bool:
    # Full-width Latin letters are Latin letters (they fold to ASCII when read).
    return name.startswith(("LATIN ", "FULLWIDTH LATIN "))


def check_text(text: Any) -> str:
    r"""
    Refuse what no reader may read: not text, too long, or a character that hides,
    disguises or pictures a word.

    >>> check_text("twice daily")
    'twice daily'
    >>> check_text("twice d\u0430ily")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    rehabplan.errors.PhraseError: cannot read 'twice dаily': only Latin letters are read, ...
    """
    if not isinstance(text, str):
        raise PhraseError(
            f"a phrase must be text (got {type(text).__name__})", text=repr(text)[:200]
        )
    if len(text) > MAX_LENGTH:
        raise PhraseError(
            f"a phrase of {len(text)} characters is longer than the {MAX_LENGTH} allowed",
            text=text[:200],
        )
    if not (text.isascii() and text.isprintable()):
        for i, ch in enumerate(text):
            if ch.isascii() and (ch.isprintable() or ch in _SPACES):
                continue
            problem = _refusal(ch)
            if problem is not None:
                raise PhraseError.problem(text, problem, i, i + 1)
    scientific = _SCIENTIFIC.search(text)
    if scientific is not None:
        raise PhraseError.problem(
            text,
            "a number in scientific notation is not read; write it out",
            scientific.start(),
            scientific.end(),
        )
    comma = _DIGIT_COMMA.search(text)
    if comma is not None and _THOUSANDS.search(text) is not None:  # "10,000 steps" is read
        comma = _DIGIT_COMMA.search(_THOUSANDS.sub(lambda m: "0" * len(m.group()), text))
    if comma is not None:
        raise PhraseError.problem(
            text,
            "a comma inside a number is not read (a decimal comma, or thousands?); "
            "write a whole number without it",
            comma.start(),
            comma.end(),
        )
    return text
