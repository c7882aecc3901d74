"""
Everything rehabplan raises on purpose.

The tree::

    RehabplanError(Exception)
    ├── PhraseError(RehabplanError, ValueError)      .text .start .end .suggestions
    ├── ProgrammeError(RehabplanError, ValueError)   .where .value
    ├── ScheduleError(RehabplanError)                .where
    └── ExportError(RehabplanError)

Errors about bad input also derive from `ValueError`, so a generic
``except ValueError`` keeps working.
Every message names the input, the place, the problem and the way out, on one line.

This module imports nothing from the package, so every other module can use it.
"""

from __future__ import annotations

TYPE_CHECKING = False  # as typing.TYPE_CHECKING; importing typing would slow `import rehabplan`
if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "ExportError",
    "PhraseError",
    "ProgrammeError",
    "RehabplanError",
    "ScheduleError",
    "check_unique_ids",
    "close_matches",
]


class RehabplanError(Exception):
    """
    The base of every error rehabplan raises on purpose.

    .. versionadded:: 0.1
    """


def _one_line(text: str, limit: int = 120) -> str:
    """Make user text safe to quote in a one-line message: no line breaks, bounded length."""
    flat = "".join(ch if ch.isprintable() else " " for ch in text)
    if len(flat) > limit:
        return flat[: limit - 1] + "…"
    return flat


class PhraseError(RehabplanError, ValueError):
    """
    A prescription phrase could not be read.

    *text* is the phrase, *start* and *end* the character span of the words that
    could not be read (0-based, end exclusive), *suggestions* close words we do know.

    .. versionadded:: 0.1
    """

    def __init__(
        self,
        message: str,
        *,
        text: str,
        start: int | None = None,
        end: int | None = None,
        suggestions: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.text = text
        self.start = start
        self.end = end
        self.suggestions = suggestions

    @property
    def words(self) -> str | None:
        """The words that could not be read, or None when the whole phrase is at fault."""
        if self.start is None or self.end is None:
            return None
        return self.text[self.start : self.end]

    @classmethod
    def unknown_word(
        cls, text: str, start: int, end: int, suggestions: tuple[str, ...] = ()
    ) -> PhraseError:
        """
        Build the error for words we do not know, with "did you mean" when one is close.

        >>> str(PhraseError.unknown_word("twice dialy", 6, 11, ("daily",)))
        "cannot read 'twice dialy': unknown word 'dialy' (characters 7-11); did you mean 'daily'?"
        """
        word = _one_line(text[start:end], 40)
        message = (
            f"cannot read {_one_line(text)!r}: unknown word {word!r} (characters {start + 1}-{end})"
        )
        if suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in suggestions) + "?"
        return cls(message, text=text, start=start, end=end, suggestions=suggestions)

    @classmethod
    def problem(
        cls, text: str, problem: str, start: int | None = None, end: int | None = None
    ) -> PhraseError:
        """
        Build the error for a phrase whose words we know but whose meaning is wrong.

        >>> str(PhraseError.problem("3 x 0", "reps must be at least 1", 4, 5))
        "cannot read '3 x 0': reps must be at least 1 (at '0', characters 5-5)"
        """
        message = f"cannot read {_one_line(text)!r}: {problem}"
        if start is not None and end is not None:
            message += f" (at {_one_line(text[start:end], 40)!r}, characters {start + 1}-{end})"
        return cls(message, text=text, start=start, end=end)


class ProgrammeError(RehabplanError, ValueError):
    """
    A programme (or a value in it) is invalid.

    *where* is the path to the bad value, such as ``prescriptions[2].when``; *value*
    the value itself.

    .. versionadded:: 0.1
    """

    def __init__(self, message: str, *, where: str = "", value: object = None) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.value = value
        self.reason = message

    def at(self, prefix: str) -> ProgrammeError:
        """
        Return the same error with *prefix* put in front of its path.

        >>> str(ProgrammeError("must be at least 1 (got 0)", where="reps").at("dose"))
        'dose.reps: must be at least 1 (got 0)'
        """
        if not prefix:
            return self
        where = (
            f"{prefix}.{self.where}"
            if self.where and not self.where.startswith("[")
            else (prefix + self.where)
        )
        return ProgrammeError(self.reason, where=where, value=self.value)


class ScheduleError(RehabplanError):
    """
    A valid programme cannot be expanded into a schedule.

    For example "before each run" with no run in the programme, or an expansion
    that would pass its session limit.

    .. versionadded:: 0.1
    """

    def __init__(self, message: str, *, where: str = "") -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where


class ExportError(RehabplanError):
    """
    A schedule cannot be written in the asked format.

    For example PDF without its optional dependency, or an unwritable output path.

    .. versionadded:: 0.1
    """


def close_matches(word: str, options: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """
    The known words closest to *word*, best first, for "did you mean ...?" in a message.

    >>> close_matches("dialy", ["daily", "weekly"], n=1)
    ['daily']
    """
    import difflib  # `import rehabplan` should not pay for difflib

    return difflib.get_close_matches(word, list(options), n=n, cutoff=cutoff)


def check_unique_ids(places: Iterable[tuple[str, str]]) -> None:
    """
    Refuse an id that an earlier item already has; *places* are (where, id) in order.

    >>> check_unique_ids([("items[0]", "plank"), ("items[1]", "bridge")])
    >>> check_unique_ids([("items[0]", "plank"), ("items[1]", "plank")])
    Traceback (most recent call last):
    ...
    rehabplan.errors.ProgrammeError: items[1].id: id 'plank' is already used by items[0]; ...

    .. versionadded:: 0.2
    """
    seen: dict[str, str] = {}
    for where, item_id in places:
        if item_id in seen:
            raise ProgrammeError(
                f"id {item_id!r} is already used by {seen[item_id]}; give one of them its own id",
                where=f"{where}.id",
                value=item_id,
            )
        seen[item_id] = where
