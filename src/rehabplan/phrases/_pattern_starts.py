"""
What a match of a regular expression must look like, read from its text.

The grammar compiles a rule only when a phrase reaches a token the rule can start
with, and only when the phrase holds the words every match of the rule contains:
compiling all of them costs tens of milliseconds that a short phrase need not pay.
A rule about holds starts with "N" (a number) or a word such as "hold", and needs
"sec" or "second" in the phrase.

The reader follows the part of the syntax the rules use. Where it cannot tell, it
widens the answer (any first character; no need), so a rule it leaves out can never
have matched.
"""

from __future__ import annotations

import zlib
from itertools import product
from typing import Generic, TypeVar

from rehabplan._regex import LazyRegex

__all__ = ["needs", "pattern_key", "starts"]

#: Escapes that match no character (a position).
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_QUANTIFIER = LazyRegex(r"\{(\d*)(?:,(\d*))?\}")
#: A run of pattern text with no group or alternative in it (classes and escapes whole).
_FLAT = LazyRegex(r"(?:[^\\()\[|]+|\\.|\[\^?\]?(?:\\.|[^\]\\])*\])*")
#: The most texts one part of a pattern is listed as when reading its needs (more: any).
_MOST_EXACT = 16
#: The empty text: a construct that may match nothing.
_EMPTY = frozenset({""})

_T = TypeVar("_T")


class _UnreadableError(Exception):
    """Syntax the reader does not follow."""


class _Reading(Generic[_T]):
    """What the reader makes of each construct: one reading of a pattern."""

    empty: _T

    def chars(self, chars: frozenset[str]) -> _T:
        """One of *chars*."""
        raise NotImplementedError

    def any_text(self) -> _T:
        """Any character, or a text the reader does not follow (a back-reference)."""
        raise NotImplementedError

    def then(self, first: _T, more: _T) -> _T:
        """*first* followed by *more*."""
        raise NotImplementedError

    def either(self, one: _T, other: _T) -> _T:
        """*one* or *other*."""
        raise NotImplementedError

    def repeat(self, once: _T, low: int, high: int | None) -> _T:
        """*low* to *high* (None: any number of) repeats of *once*."""
        raise NotImplementedError

    def settled(self, read: _T) -> bool:
        """True when what follows cannot change *read*, so it is not read."""
        return False


class _FirstChars(_Reading[frozenset[str]]):
    """The characters matches start with, and "" when a match can be empty."""

    empty = _EMPTY

    def chars(self, chars: frozenset[str]) -> frozenset[str]:
        return chars

    def any_text(self) -> frozenset[str]:
        raise _UnreadableError

    def then(self, first: frozenset[str], more: frozenset[str]) -> frozenset[str]:
        return (first - _EMPTY) | more if "" in first else first

    def either(self, one: frozenset[str], other: frozenset[str]) -> frozenset[str]:
        return one | other

    def repeat(self, once: frozenset[str], low: int, high: int | None) -> frozenset[str]:
        return once | _EMPTY if low == 0 else once

    def settled(self, read: frozenset[str]) -> bool:
        return "" not in read


#: What a construct must match: its whole text, one of a few (None: too many to list);
#: groups of texts it contains one of each; and the texts it ends with, one of a few
#: ({""}: unknown), which the texts after it extend.
_Need = tuple["frozenset[str] | None", "frozenset[frozenset[str]]", "frozenset[str]"]


def _as_needs(texts: frozenset[str] | None) -> frozenset[frozenset[str]]:
    """The group of texts a match must contain one of, when it contains one of *texts*."""
    return frozenset() if texts is None or "" in texts else frozenset({texts})


def _joined(first: frozenset[str], more: frozenset[str]) -> frozenset[str] | None:
    """Each of *first* followed by each of *more*, or None when they are too many."""
    if len(first) * len(more) > _MOST_EXACT:
        return None
    return frozenset(a + b for a, b in product(first, more))


class _Needs(_Reading[_Need]):
    """The texts a match must contain."""

    empty = (_EMPTY, frozenset(), _EMPTY)

    def chars(self, chars: frozenset[str]) -> _Need:
        if len(chars) > _MOST_EXACT:
            return self.any_text()
        return chars, frozenset(), chars

    def any_text(self) -> _Need:
        return None, frozenset(), _EMPTY

    def then(self, first: _Need, more: _Need) -> _Need:
        first_exact, first_needs, first_tail = first
        more_exact, more_needs, more_tail = more
        if first_exact is not None and more_exact is not None:
            exact = _joined(first_exact, more_exact)
            if exact is not None:
                return exact, frozenset(), exact
        groups = first_needs | more_needs
        tail = _joined(first_tail, more_exact) if more_exact is not None else None
        if tail is None:  # the texts the first ends with are complete: each is a need
            groups |= _as_needs(first_tail) | _as_needs(more_exact)
            tail = more_tail
        return None, groups, tail

    def either(self, one: _Need, other: _Need) -> _Need:
        one_exact, one_needs, one_tail = one
        other_exact, other_needs, other_tail = other
        tail = one_tail | other_tail
        if len(tail) > _MOST_EXACT or "" in tail:
            tail = _EMPTY
        if one_exact is not None and other_exact is not None:
            exact = one_exact | other_exact
            if len(exact) <= _MOST_EXACT:
                return exact, frozenset(), exact
        # One group each side must contain: a match contains a text of one or the other.
        one_group = _best(one_needs | _as_needs(one_exact) | _as_needs(one_tail))
        other_group = _best(other_needs | _as_needs(other_exact) | _as_needs(other_tail))
        if one_group is None or other_group is None:
            return None, frozenset(), tail
        return None, frozenset({one_group | other_group}), tail

    def repeat(self, once: _Need, low: int, high: int | None) -> _Need:
        exact, once_needs, tail = once
        if low == high == 1:
            return once
        if low == 0:
            if high == 1 and exact is not None:
                return exact | _EMPTY, frozenset(), exact | _EMPTY
            return self.any_text()
        return None, once_needs | _as_needs(exact), tail


def _best(groups: frozenset[frozenset[str]]) -> frozenset[str] | None:
    """The group whose shortest text is longest: the rarest to find by chance."""
    return max(groups, key=lambda group: (min(map(len, group)), sorted(group)), default=None)


class _Reader(Generic[_T]):
    """One pattern read left to right: each method reads a construct and returns its reading."""

    def __init__(self, pattern: str, reading: _Reading[_T]) -> None:
        self.text = pattern
        self.pos = 0
        self.reading = reading

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def take(self) -> str:
        char = self.peek()
        if not char:
            raise _UnreadableError
        self.pos += 1
        return char

    def whole(self) -> _T:
        read = self.alternation()
        if self.pos != len(self.text):  # an unbalanced ")"
            raise _UnreadableError
        return read

    def alternation(self) -> _T:
        read = self.sequence()
        while self.peek() == "|":
            self.pos += 1
            read = self.reading.either(read, self.sequence())
        return read

    def sequence(self) -> _T:
        read = self.reading.empty
        while self.peek() not in ("", "|", ")"):
            if self.reading.settled(read):
                self.skip_sequence()
                break
            read = self.reading.then(read, self.quantified())
        return read

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

    def quantified(self) -> _T:
        read = self.atom()
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
            return read
        self.pos += 1
        if self.peek() in ("?", "+"):  # lazy or possessive: the same texts
            self.pos += 1
        return self.reading.repeat(read, low, high)

    def atom(self) -> _T:
        char = self.take()
        if char == "(":
            return self.group()
        if char == "[":
            return self.char_class()
        if char == "\\":
            return self.escape()
        if char in ("^", "$"):
            return self.reading.empty
        if char == ".":
            return self.reading.any_text()
        if char in ("?", "*", "+", "{", ")"):  # a stray quantifier
            raise _UnreadableError
        return self.reading.chars(frozenset(char))

    def group(self) -> _T:
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
        read = self.alternation()
        if self.take() != ")":
            raise _UnreadableError
        # A look-around matches no character: it only narrows what follows.
        return self.reading.empty if lookaround else read

    def escape(self) -> _T:
        char = self.take()
        if char in _ZERO_WIDTH_ESCAPES:
            return self.reading.empty
        if char.isalnum():  # classes of characters, back-references, \n, \x41 and the like
            return self.reading.any_text()
        return self.reading.chars(frozenset(char))

    def char_class(self) -> _T:
        if self.peek() == "^":  # "anything but"
            self.skip_class()
            return self.reading.any_text()
        chars: set[str] = set()
        first = True
        while True:
            char = self.take()
            if char == "]" and not first:
                return self.reading.chars(frozenset(chars))
            first = False
            if char == "\\":
                char = self.take()
                if char.isalnum():
                    self.skip_class()
                    return self.reading.any_text()
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
    can (the pattern uses syntax this reader does not follow).

    >>> sorted(starts(r"(?:at least |up to )?(?P<n>N) x "))
    ['N', 'a', 'u']
    >>> sorted(starts(r"(?!not )(?:[a-c]+ ){0,2}day "))
    ['a', 'b', 'c', 'd']
    >>> starts(r".+ ") is None
    True
    """
    try:
        first = _Reader(pattern, _FirstChars()).whole()
    except (_UnreadableError, ValueError):
        return None
    # An empty match is never used, so that a match can be empty says nothing.
    return first - _EMPTY


def needs(pattern: str) -> frozenset[frozenset[str]]:
    """
    Groups of texts every match of *pattern* contains one of each; none where the
    reader cannot tell. A group with a text of one character is left out: nearly any
    phrase has it.

    >>> sorted(map(sorted, needs(r"N .+ (?:sec|min) ")))
    [[' min ', ' sec '], ['N ']]
    >>> sorted(map(sorted, needs(r"(?:N |ORD ){1,3}.* (?:rest|pause) ")))
    [[' pause ', ' rest '], ['N ', 'ORD ']]
    >>> needs(r"(?i)hold ")
    frozenset()
    """
    try:
        exact, groups, tail = _Reader(pattern, _Needs()).whole()
    except (_UnreadableError, ValueError):
        return frozenset()
    groups |= _as_needs(exact) | _as_needs(tail)
    return frozenset(group for group in groups if min(map(len, group)) > 1)


def pattern_key(pattern: str) -> int:
    """
    The key of *pattern* in the table of its readings made ahead of time: a checksum
    of its text, so a rule whose pattern changes is no longer found there.

    >>> pattern_key("N x ") == pattern_key("N x ")
    True
    """
    return zlib.crc32(pattern.encode())
