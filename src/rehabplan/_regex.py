r"""
Regular expressions compiled the first time they are used, not when their module is
imported: the reader holds dozens that a short phrase never meets, and a one-shot
program (`rehabplan parse ...`) would pay for compiling all of them.

>>> WEEKS = LazyRegex(r"(\d+) weeks?")
>>> WEEKS.search("for 12 weeks").group(1)
'12'
"""

from __future__ import annotations

import re
import sys

# `typing.TYPE_CHECKING` without importing `typing`: `import rehabplan` does without it.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["LazyRegex"]

#: The methods of a compiled pattern that a `LazyRegex` hands on.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub")


class LazyRegex:
    r"""
    A pattern with the methods of `re.Pattern` that the package uses; the first call
    compiles it and puts the compiled pattern's own methods in their place, so every
    later call costs what a call on a compiled pattern costs.

    >>> digits = LazyRegex(r"\d+")
    >>> digits.findall("3 x 15"), digits.sub("N", "3 x 15")
    (['3', '15'], 'N x N')
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        """
        The compiled pattern (compiled once: `re` keeps it in its cache too).

        >>> LazyRegex("a+").compiled().pattern
        'a+'
        """
        compiled = re.compile(self.pattern, self.flags)
        # Instance attributes shadow the methods below: later calls go straight to `re`.
        self.__dict__.update({name: getattr(compiled, name) for name in _METHODS})
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.Pattern.search`.

        >>> LazyRegex("b").search("abc").start()
        1
        """
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.Pattern.match`.

        >>> LazyRegex("b").match("abc") is None
        True
        """
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """`re.Pattern.fullmatch`.

        >>> LazyRegex("a.c").fullmatch("abc").group()
        'abc'
        """
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """`re.Pattern.finditer`.

        >>> [m.start() for m in LazyRegex("a").finditer("aba")]
        [0, 2]
        """
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        """`re.Pattern.findall`.

        >>> LazyRegex("a").findall("aba")
        ['a', 'a']
        """
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """`re.Pattern.sub`.

        >>> LazyRegex("a").sub("o", "aba")
        'obo'
        """
        return self.compiled().sub(repl, string, count)
