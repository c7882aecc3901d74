"""
The characters a match of a regular expression can start with, read from its text.

The grammar compiles a rule only when a phrase reaches a token the rule can start
with, and this is how it knows which: compiling all of them costs tens of
milliseconds that a short phrase need not pay. The reader follows the part of the
syntax the rules use and widens the answer wherever it is unsure, so a rule it
leaves out can never have matched.
"""

from __future__ import annotations

import re

__all__ = ["starts"]

#: Escapes that stand for any of many characters.
_CLASS_ESCAPES = frozenset("dDwWsS")
#: Escapes that match no character (a position).
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_QUANTIFIER = re.compile(r"\{(\d*)(?:,(\d*))?\}")
#: A run of pattern text with no group or alternative in it (classes and escapes whole).
_FLAT = re.compile(r"(?:[^\\()\[|]+|\\.|\[\^?\]?(?:\\.|[^\]\\])*\])*")

#: The characters an element can start with (None: any character) and whether it can
#: match the empty string.
_First = tuple["frozenset[str] | None", bool]


class _UnreadableError(Exception):
    """Syntax the reader does not follow."""


def _union(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return None if a is None or b is None else a | b


class _Reader:
    """One pattern read left to right: each method reads a construct and says how it starts."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def take(self) -> str:
        char = self.peek()
        if not char:
            raise _UnreadableError
        self.pos += 1
        return char

    def alternation(self) -> _First:
        first, nullable = self.sequence()
        while self.peek() == "|":
            self.pos += 1
            more, more_nullable = self.sequence()
            first, nullable = _union(first, more), nullable or more_nullable
        return first, nullable

    def sequence(self) -> _First:
        first: frozenset[str] | None = frozenset()
        nullable = True
        while self.peek() not in ("", "|", ")"):
            if not nullable:  # the start is known: pass over the rest unread
                self.skip_sequence()
                break
            atom, nullable = self.quantified()
            first = _union(first, atom)
        return first, nullable

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

    def quantified(self) -> _First:
        first, nullable = self.atom()
        char = self.peek()
        if char in ("?", "*"):
            self.pos += 1
            nullable = True
        elif char == "+":
            self.pos += 1
        elif char == "{":
            bounds = _QUANTIFIER.match(self.text, self.pos)
            if bounds is None:
                raise _UnreadableError
            self.pos = bounds.end()
            nullable = nullable or not int(bounds.group(1) or 0)
        else:
            return first, nullable
        if self.peek() in ("?", "+"):  # lazy or possessive: the same characters
            self.pos += 1
        return first, nullable

    def atom(self) -> _First:
        char = self.take()
        if char == "(":
            return self.group()
        if char == "[":
            return self.char_class(), False
        if char == "\\":
            return self.escape()
        if char == ".":
            return None, False
        if char in ("^", "$"):
            return frozenset(), True
        if char in ("?", "*", "+", "{", ")"):
            raise _UnreadableError
        return frozenset(char), False

    def group(self) -> _First:
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
        first, nullable = self.alternation()
        if self.take() != ")":
            raise _UnreadableError
        # A look-around matches no character: it only narrows what follows.
        return (frozenset(), True) if lookaround else (first, nullable)

    def escape(self) -> _First:
        char = self.take()
        if char in _CLASS_ESCAPES:
            return None, False
        if char in _ZERO_WIDTH_ESCAPES:
            return frozenset(), True
        if char.isalnum():  # back-references, \n, \x41 and the like
            raise _UnreadableError
        return frozenset(char), False

    def char_class(self) -> frozenset[str] | None:
        if self.peek() == "^":
            raise _UnreadableError  # "anything but" is any character, as far as a start goes
        chars: set[str] = set()
        first = True
        while True:
            char = self.take()
            if char == "]" and not first:
                return frozenset(chars)
            first = False
            if char == "\\":
                char = self.take()
                if char.isalnum():
                    self.skip_class()
                    return None
            if self.peek() == "-" and self.text[self.pos + 1 : self.pos + 2] not in ("]", ""):
                self.pos += 1
                end = self.take()
                if end == "\\":
                    raise _UnreadableError
                chars.update(chr(code) for code in range(ord(char), ord(end) + 1))
            else:
                chars.add(char)

    def skip_class(self) -> None:
        """Pass over the rest of a class that stands for too many characters to list."""
        while (char := self.take()) != "]":
            if char == "\\":
                self.take()


def starts(pattern: str) -> frozenset[str] | None:
    """
    The characters a non-empty match of *pattern* can start with, or None when any
    can (the pattern uses syntax this reader does not follow, or can match nothing).

    >>> sorted(starts(r"(?:at least |up to )?(?P<n>N) x "))
    ['N', 'a', 'u']
    >>> sorted(starts(r"(?!not )(?:[a-c]+ ){0,2}day "))
    ['a', 'b', 'c', 'd']
    >>> starts(r"(?:hold )?") is None
    True
    """
    reader = _Reader(pattern)
    try:
        first, nullable = reader.alternation()
        if reader.pos != len(pattern):  # an unbalanced ")"
            raise _UnreadableError
    except (_UnreadableError, ValueError):
        return None
    return None if nullable else first
