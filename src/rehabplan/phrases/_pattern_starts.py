"""
How a match of a regular expression can begin, read from its text.

The grammar compiles a rule only when a phrase reaches tokens the rule can start
with, and this is how it knows which: compiling all of them costs tens of
milliseconds that a short phrase need not pay. A rule's *beginnings* are the texts
its first two tokens can be (symbols, each followed by one space): "N x " for
"3 x 15", "at least " for "at least 3 times". A rule beginning with a number
("N ") is only compiled where the number is followed by a word it can take next.
The reader follows the part of the syntax the rules use, and settles for one token,
then for the first character, then for "any" wherever it cannot tell, so a rule it
leaves out can never have matched.
"""

from __future__ import annotations

import re
import zlib
from itertools import product

__all__ = ["pattern_key", "starts"]

#: Escapes that stand for any of many characters.
_CLASS_ESCAPES = frozenset("dDwWsS")
#: Escapes that match no character (a position).
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_QUANTIFIER = re.compile(r"\{(\d*)(?:,(\d*))?\}")
#: A run of pattern text with no group or alternative in it (classes and escapes whole).
_FLAT = re.compile(r"(?:[^\\()\[|]+|\\.|\[\^?\]?(?:\\.|[^\]\\])*\])*")
#: The most beginnings a rule may have; a rule with more is read more coarsely.
_MOST = 256
#: The empty beginning: a construct that may match nothing.
_EMPTY = frozenset({""})
#: How finely to read, finest first: (tokens, characters) a beginning may hold.
_LEVELS = ((2, 1 << 30), (1, 1 << 30), (1, 1))


class _UnreadableError(Exception):
    """Syntax the reader does not follow, or more beginnings than are worth listing."""


class _Reader:
    """
    One pattern read left to right: each method reads a construct and returns the
    texts its matches begin with, each cut after *tokens* spaces or *chars* characters,
    whichever comes first (a shorter text is a whole match of the construct).
    """

    def __init__(self, pattern: str, tokens: int, chars: int) -> None:
        self.text = pattern
        self.pos = 0
        self.tokens = tokens
        self.chars = chars

    def full(self, text: str) -> bool:
        """True when *text* is as long as a beginning gets: nothing is added to it."""
        return len(text) >= self.chars or text.count(" ") >= self.tokens

    def cut(self, text: str) -> str:
        """*text* cut to the length of a beginning."""
        text = text[: self.chars]
        end = -1
        for _ in range(self.tokens):
            end = text.find(" ", end + 1)
            if end < 0:
                return text
        return text[: end + 1]

    def join(self, heads: frozenset[str], more: frozenset[str]) -> frozenset[str]:
        """The beginnings of a construct with *heads* followed by one with *more*."""
        joined = frozenset(
            head if self.full(head) else self.cut(head + after)
            for head, after in product(heads, more)
        )
        if len(joined) > _MOST:
            raise _UnreadableError
        return joined

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def take(self) -> str:
        char = self.peek()
        if not char:
            raise _UnreadableError
        self.pos += 1
        return char

    def alternation(self) -> frozenset[str]:
        heads = self.sequence()
        while self.peek() == "|":
            self.pos += 1
            heads |= self.sequence()
        return heads

    def sequence(self) -> frozenset[str]:
        heads = _EMPTY
        while self.peek() not in ("", "|", ")"):
            if all(self.full(head) for head in heads):  # the rest cannot change them
                self.skip_sequence()
                break
            heads = self.join(heads, self.quantified())
        return heads

    def skip_sequence(self) -> None:
        """Pass over the rest of an alternative, to the "|" or ")" that ends it."""
        depth = 0
        while True:
            # `_FLAT` matches at any position (at worst, nothing).
            self.pos = _FLAT.match(self.text, self.pos).end()  # type: ignore[union-attr]
            char = self.peek()
            if not char or (depth == 0 and char in ("|", ")")):
                return
            depth += 1 if char == "(" else -1 if char == ")" else 0
            self.pos += 1

    def quantified(self) -> frozenset[str]:
        heads = self.atom()
        char = self.peek()
        if char == "?":
            low, high = 0, 1
        elif char in ("*", "+"):
            low, high = (0 if char == "*" else 1), None
        elif char == "{":
            bounds = _QUANTIFIER.match(self.text, self.pos)
            if bounds is None:
                raise _UnreadableError
            low = int(bounds.group(1) or 0)
            high = low if bounds.group(2) is None else int(bounds.group(2) or 0) or None
            self.pos = bounds.end() - 1
        else:
            return heads
        self.pos += 1
        if self.peek() in ("?", "+"):  # lazy or possessive: the same texts
            self.pos += 1
        return self.repeat(heads, low, high)

    def repeat(self, heads: frozenset[str], low: int, high: int | None) -> frozenset[str]:
        """The beginnings of *low* to *high* (None: any number of) repeats of *heads*."""
        repeated = _EMPTY
        for _ in range(low):
            repeated = self.join(repeated, heads)
        times = low
        while high is None or times < high:
            more = repeated | self.join(repeated, heads)
            if more == repeated:  # every beginning is full: more repeats add nothing
                break
            if len(more) > _MOST:
                raise _UnreadableError
            repeated, times = more, times + 1
        return repeated

    def atom(self) -> frozenset[str]:
        char = self.take()
        if char == "(":
            return self.group()
        if char == "[":
            return self.char_class()
        if char == "\\":
            return self.escape()
        if char in ("^", "$"):
            return _EMPTY
        if char in (".", "?", "*", "+", "{", ")"):  # any character, or a stray quantifier
            raise _UnreadableError
        return frozenset(char)

    def group(self) -> frozenset[str]:
        lookaround = False
        if self.text.startswith("?:", self.pos):
            self.pos += 2
        elif self.text.startswith("?P<", self.pos):
            self.pos = self.text.index(">", self.pos) + 1
        elif self.text.startswith(("?=", "?!"), self.pos):
            self.pos, lookaround = self.pos + 2, True
        elif self.text.startswith(("?<=", "?<!"), self.pos):
            self.pos, lookaround = self.pos + 3, True
        elif self.peek() == "?":  # flags, comments, conditionals, back-references
            raise _UnreadableError
        heads = self.alternation()
        if self.take() != ")":
            raise _UnreadableError
        # A look-around matches no character: it only narrows what follows.
        return _EMPTY if lookaround else heads

    def escape(self) -> frozenset[str]:
        char = self.take()
        if char in _ZERO_WIDTH_ESCAPES:
            return _EMPTY
        if char.isalnum():  # classes of characters, back-references, \n, \x41 and the like
            raise _UnreadableError
        return frozenset(char)

    def char_class(self) -> frozenset[str]:
        if self.peek() == "^":
            raise _UnreadableError  # "anything but" is any character, as far as a start goes
        chars: set[str] = set()
        first = True
        while True:
            char = self.take()
            if char == "]" and not first:
                if len(chars) > _MOST:
                    raise _UnreadableError
                return frozenset(chars)
            first = False
            if char == "\\":
                char = self.take()
                if char.isalnum():
                    raise _UnreadableError
            if self.peek() == "-" and self.text[self.pos + 1 : self.pos + 2] not in ("]", ""):
                self.pos += 1
                end = self.take()
                if end == "\\":
                    raise _UnreadableError
                chars.update(chr(code) for code in range(ord(char), ord(end) + 1))
            else:
                chars.add(char)


def _read(pattern: str, tokens: int, chars: int) -> frozenset[str] | None:
    reader = _Reader(pattern, tokens, chars)
    try:
        heads = reader.alternation()
        if reader.pos != len(pattern):  # an unbalanced ")"
            raise _UnreadableError
    except (_UnreadableError, ValueError):
        return None
    # An empty match is never used, so the empty beginning says nothing.
    return heads - _EMPTY


def starts(pattern: str) -> frozenset[str] | None:
    """
    The texts a non-empty match of *pattern* can begin with: its first two tokens, or
    one, or its first character where the reader cannot tell more; None when any text
    can begin a match, as far as the reader can tell.

    A match begins with one of these texts, or is itself the start of one (a match
    that ends inside its first two tokens).

    >>> sorted(starts(r"(?:at least |up to )?(?P<n>N) (?:x|sets) "))
    ['N sets ', 'N x ', 'at least ', 'up to ']
    >>> sorted(starts(r"(?!not )(?:[a-c]+ ){0,2}day "))
    ['a', 'b', 'c', 'd']
    >>> starts(r".+ ") is None
    True
    """
    for tokens, chars in _LEVELS:
        heads = _read(pattern, tokens, chars)
        if heads is not None:
            return heads
    return None


def pattern_key(pattern: str) -> int:
    """
    The key of *pattern* in the table of beginnings read ahead of time: a checksum of
    its text, so a rule whose pattern changes is no longer found there.

    >>> pattern_key("N x ") == pattern_key("N x ")
    True
    """
    return zlib.crc32(pattern.encode())
