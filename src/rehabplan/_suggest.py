"""Close-word suggestions ("did you mean ...?"), with difflib imported on first use."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["close_matches"]


def close_matches(word: str, options: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """
    The known words closest to *word*, best first (`difflib.get_close_matches`).

    >>> close_matches("dialy", ["daily", "weekly"], n=1)
    ['daily']
    """
    import difflib  # `import rehabplan` should not pay for difflib

    return difflib.get_close_matches(word, list(options), n=n, cutoff=cutoff)
