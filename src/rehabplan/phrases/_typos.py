"""
Slips of the keyboard: an unknown word that is a misspelt keyword ("dialy"), a letter
typed for a digit ("3 x 1O"), or an unknown word where only a period can go ("twice a
dya"). Free text names them rather than passing them over as prose.
"""

from __future__ import annotations

import weakref

from rehabplan.errors import PhraseError
from rehabplan.errors import close_matches as _close_matches
from rehabplan.phrases._reader import looks_misspelt
from rehabplan.phrases._tokens import Tok as _Tok

__all__ = ["TYPOS", "misspelt", "misspelt_period"]

#: The errors these checks raised, so free text guesses at a misspelt keyword only (an
#: error that merely suggests a word, such as "nothing read", is not one of them).
TYPOS: weakref.WeakSet[PhraseError] = weakref.WeakSet()


def misspelt(text: str, tokens: list[_Tok], i: int) -> PhraseError | None:
    """
    The error for token *i*, an unknown word, when it is a misspelt keyword or a letter
    typed for a digit; None when it is prose to pass over.

    >>> from rehabplan.phrases._tokens import tokenize
    >>> tokens = tokenize("twice dialy")
    >>> str(misspelt("twice dialy", tokens, [t.raw for t in tokens].index("dialy")))
    "cannot read 'twice dialy': unknown word 'dialy' (characters 7-11); did you mean 'daily'?"
    """
    tok = tokens[i]
    suspect = looks_misspelt(tok.raw)
    if suspect or _joined_to_a_number(tokens, i):
        # "3 x 1O": a letter typed for a digit is part of the number, not prose.
        error = PhraseError.unknown_word(text, tok.start, tok.end, suspect)
        TYPOS.add(error)
        return error
    return None


def misspelt_period(text: str, tokens: list[_Tok], i: int) -> PhraseError | None:
    """
    The error for token *i*, an unknown word, when it stands where only a period can go.

    >>> from rehabplan.phrases._tokens import tokenize
    >>> tokens = tokenize("twice a dya")
    >>> error = misspelt_period("twice a dya", tokens, [t.raw for t in tokens].index("dya"))
    >>> error.suggestions if error else None
    ('day',)
    """
    if i < 2 or not tokens[i].raw.isalpha() or not _after_period(tokens, i):
        return None
    tok = tokens[i]
    suggestion = tuple(
        _close_matches(tok.raw.lower(), (*_PERIOD_WORDS, *_PERIODS_SAID), n=1, cutoff=0.5)
    )
    if not suggestion:  # "10 times an old, soft ball": a word of its own, passed over
        return None
    error = PhraseError.unknown_word(text, tok.start, tok.end, suggestion)
    TYPOS.add(error)
    return error


#: Letters typed for digits: "1O" (the letter O), "1I".
_DIGIT_LOOKALIKES = frozenset("oil")


def _joined_to_a_number(tokens: list[_Tok], i: int) -> bool:
    """
    True when the token at ``i`` is made of letters that look like digits and touches a
    number with no space between them ("10cm" and "15RM" are units, read or passed over).
    """
    if not _DIGIT_LOOKALIKES.issuperset(tokens[i].raw):
        return False
    before = tokens[i - 1] if i else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (before is not None and before.sym == "N" and before.end == tokens[i].start) or (
        after is not None and after.sym == "N" and after.start == tokens[i].end
    )


_PERIOD_WORDS = ("day", "week", "hour", "month", "fortnight", "night")


def _after_period(tokens: list[_Tok], i: int) -> bool:
    """
    True when token *i* follows "twice a", "3 times per": only a period can go there,
    so an unknown word is a misspelt one ("twice a dya"), never prose to pass over; or
    follows "twice", "3 times" and looks like a period ("twice dail" is twice daily).
    """
    if tokens[i - 1].sym in {"a", "per", "each", "/"} and tokens[i - 2].sym == "x":
        return True
    return (
        tokens[i - 1].sym == "x"
        and tokens[i - 2].sym == "N"
        and bool(_close_matches(tokens[i].raw.lower(), _PERIODS_SAID, n=1, cutoff=0.8))
    )


#: Periods as said straight after a count of times: "twice daily", "3 times weekly".
_PERIODS_SAID = ("daily", "weekly", "hourly", "nightly", "monthly")
