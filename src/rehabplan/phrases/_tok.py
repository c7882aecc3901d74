"""One token of the phrase language: its grammar symbol, text, place and value."""

from __future__ import annotations

from typing import Any

__all__ = ["Tok"]


class Tok:
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

    def evolve(self, sym: str) -> Tok:
        """The same token read as another symbol."""
        return Tok(sym, self.raw, self.start, self.end, self.value)

    def __repr__(self) -> str:
        return f"Tok({self.sym!r}, {self.raw!r}, {self.start}, {self.end}, {self.value!r})"
