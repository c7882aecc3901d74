"""
The strict readers, `parse_dose`, `parse_timing` and `parse_prescription`: every word
placed or refused, every ambiguity asked about unless its default is accepted.
"""

from __future__ import annotations

import functools

from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.errors import close_matches as _close_matches
from rehabplan.model import (
    AsNeeded,
    Dose,
    Exercise,
    Prescription,
    Timing,
)
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._brackets import hedges_in_brackets
from rehabplan.phrases._checks import MAX_LENGTH, check_text
from rehabplan.phrases._facts import DOSE_KINDS as _DOSE_KINDS
from rehabplan.phrases._facts import Fact as _Fact
from rehabplan.phrases._grammar import facts as _facts
from rehabplan.phrases._markers import unplaced_markers
from rehabplan.phrases._merge import TIMING_ORDER, Merge, merge
from rehabplan.phrases._number_words import COUPLE
from rehabplan.phrases._settle import settle
from rehabplan.phrases._stages import read_stages, refuse_stages, stages_after
from rehabplan.phrases._to_values import to_dose, to_timing
from rehabplan.phrases._tokens import Tok as _Tok
from rehabplan.phrases._tokens import known as _known
from rehabplan.phrases._tokens import tokenize as _tokenize

__all__ = [
    "MAX_LENGTH",
    "NOT_READ",
    "looks_misspelt",
    "parse_dose",
    "parse_prescription",
    "parse_timing",
    "scan",
    "strict_leftovers",
]


# --------------------------------------------------------------------------- checks


def _suggest(word: str) -> tuple[str, ...]:
    return tuple(_close_matches(word, lx.KEYWORDS, n=1, cutoff=0.75))


@functools.lru_cache(maxsize=16384)
def looks_misspelt(word: str) -> tuple[str, ...]:
    """Close to a keyword and not a word we know: "dialy" (daily), "wekly" (weekly)."""
    if len(word) < 4 or not word.isalpha() or word in lx.ENGLISH_LOOKALIKES:
        return ()
    for ending in ("s", "es", "ed", "d", "ing", "ly"):
        base = word[: -len(ending)]
        if word.endswith(ending) and (_known(base) or base in lx.ENGLISH_LOOKALIKES):
            return ()  # an inflection of a word we know: "rests", "holding"
    # A slip of the keyboard keeps a word's length within two letters: "preventing" is
    # not a misspelt "evening".
    close = _close_matches(word, lx.KEYWORDS, n=1, cutoff=0.8)
    return tuple(c for c in close if abs(len(c) - len(word)) <= 2)


#: Numbers no rule may read, and why.
NOT_READ = {
    "BADTIME": "not a valid clock time or date",
    "BADDATE": "not a valid clock time or date",
    "BADRANGE": "not a range of lengths: write the shorter first, in whole seconds or minutes",
    "PRIMED": "a number with a prime mark (2′) may be minutes or feet: write 'min' or 'ft'",
    "PACE": "minutes and seconds (a pace or a bout) are not part of a dose or a timing",
}


def strict_leftovers(
    text: str, tokens: list[_Tok], used: list[bool], facts: list[_Fact], start: int = 0
) -> None:
    """
    Refuse any token no rule used that is not a filler word or punctuation.

    Words that change the meaning (a negation, an alternative, a side, ...) are named
    first, then unknown words (with a suggestion), then stray numbers, then known words
    that fit nowhere here.
    """
    left = [
        t for t, was_used in zip(tokens, used, strict=True) if not was_used and t.start >= start
    ]
    for marker in unplaced_markers(tokens, used, facts):
        if marker.start >= start:
            raise PhraseError.problem(
                text,
                f"{marker.problem} here is not read as part of a dose or a timing",
                marker.start,
                marker.end,
            )
    for tok in left:
        if tok.raw[:1].isalpha() and not _known(tok.raw):
            raise PhraseError.unknown_word(text, tok.start, tok.end, _suggest(tok.raw))
    for tok in left:
        if tok.sym in {"N", "TIME", "DATE"}:
            raise PhraseError.problem(
                text,
                f"the number {text[tok.start : tok.end]!r} is not part of a dose or a timing "
                "(write '3 x 15', 'twice daily', 'for 2 weeks')",
                tok.start,
                tok.end,
            )
        if tok.sym in NOT_READ:
            raise PhraseError.problem(text, NOT_READ[tok.sym], tok.start, tok.end)
    for tok in left:
        if tok.raw[:1].isalpha() and tok.raw not in lx.FILLERS:
            raise PhraseError.problem(
                text, f"{text[tok.start : tok.end]!r} does not fit here", tok.start, tok.end
            )


#: Words a count follows: a dash between one of them and a number is a minus sign, even
#: with spaces around it ("every - 3 days", "3 x - 10").
_COUNTED_AFTER = frozenset({"every", "x", "for", "of", "hold"})


def _refuse_negative(text: str, tokens: list[_Tok]) -> None:
    """
    A minus sign joined to a number is a negative count, unless a number (and its unit,
    "0°-40°") comes just before it, or it joins two frequency codes ("bid-tid"): then it
    is the dash of a range ("20-30"). "minus" or "negative" before a number, and a dash
    after a word a count follows, are negative counts too.
    """
    for i, tok in enumerate(tokens[:-1]):
        after = tokens[i + 1]
        if after.sym != "N":
            continue
        # an em or en dash ("—Five times a day") is punctuation, never a minus sign
        dash = tok.sym == "-" and text[tok.start : tok.end] not in {"\u2014", "\u2013"}
        if tok.sym == "minus" or (dash and _is_sign(tokens, i) and not _joins_codes(tokens, i)):
            raise PhraseError.problem(text, "a count cannot be negative", tok.start, after.end)


def _is_sign(tokens: list[_Tok], i: int) -> bool:
    """True when the dash at ``i`` is a minus sign, not the dash of a range or a list."""
    dash, after = tokens[i], tokens[i + 1]
    if i and tokens[i - 1].raw in _COUNTED_AFTER:
        return True
    if i and tokens[i - 1].end < dash.start and after.start == dash.end:
        return True  # "3 x 10 -2": spaced from what comes before, joined to the number
    if i and tokens[i - 1].raw.isalpha() and tokens[i - 1].end == dash.start:
        return False  # "Couch-To-5k": a hyphen inside a name
    return (
        after.start == dash.end
        and (i == 0 or tokens[i - 1].sym != "N")
        and not (i >= 2 and tokens[i - 2].sym == "N" and tokens[i - 1].end == dash.start)
    )


def _joins_codes(tokens: list[_Tok], i: int) -> bool:
    """True when the dash at ``i`` runs from one frequency code to the next ("bd-tds")."""
    before, after = tokens[i - 1] if i else None, tokens[i + 1]
    return (
        before is not None
        and before.end == tokens[i].start
        and before.raw in lx.ABBREVIATIONS
        and after.raw in lx.ABBREVIATIONS
    )


#: What a rating out of 10 rates: "until 6/10 fatigue", "from 3/10 pain".
_RATED = frozenset(
    {*lx.SYMPTOMS, "fatigue", "effort", "exertion", "intensity", "difficulty", "level", "rpe"}
)


def _refuse_slash_dates(text: str, tokens: list[_Tok]) -> None:
    """
    "until 15/04/2027", "from 04/05": a date in figures and slashes is day/month in one
    country and month/day in another, and "00/00" no date at all; none is guessed.
    """
    for i, tok in enumerate(tokens[:-3]):
        first, slash, second = tokens[i + 1 : i + 4]
        if tok.sym in {"until", "from"} and (first.sym, slash.sym, second.sym) == ("N", "/", "N"):
            rated = i + 4 < len(tokens) and tokens[i + 4].raw.lower() in _RATED
            if second.value == 10 and isinstance(first.value, int) and first.value <= 10 and rated:
                continue  # "until 6/10 fatigue": a rating on a 0-10 scale, not 6 October
            end = second.end
            if i + 5 < len(tokens) and tokens[i + 4].sym == "/" and tokens[i + 5].sym == "N":
                end = tokens[i + 5].end
            raise PhraseError.problem(
                text,
                "a date in figures with slashes is not read (day/month or month/day?); "
                "write it like 2027-04-15 or 15 April 2027",
                first.start,
                end,
            )


def scan(text: str) -> tuple[list[_Tok], list[_Fact], list[bool]]:
    tokens = _unwrapped(_tokenize(text))
    syms = {tok.sym for tok in tokens}  # each check below runs only where it can find work
    if "-" in syms or "minus" in syms:
        _refuse_negative(text, tokens)
    if "/" in syms and ("until" in syms or "from" in syms):
        _refuse_slash_dates(text, tokens)
    if _BRACKETS.isdisjoint(syms):
        facts, used = _facts(tokens)
    else:
        facts, used = _facts_around_hedges(text, tokens)
    for tok in tokens if "N" in syms else ():
        if tok.raw == COUPLE:  # read as 2, and asked: it may mean a few
            words = text[tok.start : tok.end]
            question = f"{words!r} is read as 2: say the number"
            facts.append(_Fact("ambiguous", question, tok.start, tok.end))
    return tokens, facts, used


def _unwrapped(tokens: list[_Tok]) -> list[_Tok]:
    """
    A phrase said whole in brackets, "(up to 30 secs, x3 repetitions)", without them:
    a bracket that holds everything is no aside to the rest.
    """
    if len(tokens) < 3 or tokens[0].sym != "(" or tokens[-1].sym != ")":
        return tokens
    depth = 0
    for tok in tokens[:-1]:
        depth += (tok.sym == "(") - (tok.sym == ")")
        if depth == 0:
            return tokens  # "(a) 3 x 10 (b)": the first bracket closes early
    return tokens[1:-1]


def _facts_around_hedges(text: str, tokens: list[_Tok]) -> tuple[list[_Fact], list[bool]]:
    """The grammar's facts with each hedge in brackets set aside, and its question."""
    inside, asked = hedges_in_brackets(text, tokens)
    kept = [i for i in range(len(tokens)) if i not in inside]
    facts, kept_used = _facts([tokens[i] for i in kept])
    used = [True] * len(tokens)  # a hedge's words are accounted for by its question
    for i, was_used in zip(kept, kept_used, strict=True):
        used[i] = was_used
    return sorted(facts + asked, key=lambda fact: fact.start), used


_BRACKETS = frozenset("([")


# --------------------------------------------------------------------------- public


def _refuse_stop_rules(merged: Merge) -> None:
    """A dose or a timing has no room for a stop rule: dropping it would lose it."""
    if merged.stop_rules:
        raise PhraseError.problem(
            merged.text,
            f"{str(merged.stop_rules[0])!r} is a stop rule, not a dose or a timing; "
            "put it in the prescription's stop_rules (parse_prescription reads it there)",
        )


def parse_dose(text: str, *, accept_defaults: bool = False) -> Dose:
    """
    Read a dose: sets and reps, holds, sides, rest and load.

    >>> parse_dose("3 x 15")
    Dose(sets=3, reps=15, hold=None, each_side=False, rest=None, load=None, duration=None,
    side=None)
    >>> str(parse_dose("3 x 30 s hold each side"))
    '3 x 30 s hold each side'
    >>> parse_dose("3 sets of 8-12 reps").reps
    Range(low=8, high=12)

    Raises:
        PhraseError: a word it cannot read, or a timing where a dose was expected.

    """
    check_text(text)
    tokens, facts, used = scan(text)
    strict_leftovers(text, tokens, used, facts)
    refuse_stages(text, facts, "dose")
    merged = merge(text, facts, strict=True)
    settle(merged, accept_defaults=accept_defaults)
    _refuse_stop_rules(merged)
    timing = to_timing(merged)
    if timing is not None:
        raise PhraseError.problem(
            text,
            "this is a timing, not a dose; put how often in 'when'",
            *_first_timing_span(merged),
        )
    dose = to_dose(merged)
    if dose is None:
        raise PhraseError.problem(text, "no dose found; write it like '3 x 15' or '3 x 30 s hold'")
    return dose


def _first_timing_span(merged: Merge) -> tuple[int | None, int | None]:
    for key in (*TIMING_ORDER, "anchor", "prn"):
        if key in merged.spans:
            return merged.spans[key]
    return None, None


def parse_timing(text: str, *, accept_defaults: bool = False) -> Timing | AsNeeded:
    """
    Read a timing: how often, on which days, from when and for how long.

    >>> str(parse_timing("BD for 2/52"))
    'twice daily for 2 weeks'
    >>> parse_timing("every other day").every_days
    2
    >>> parse_timing("Mon, Wed & Fri mornings").weekdays
    (0, 2, 4)
    >>> parse_timing("as needed")
    AsNeeded(limit=None, condition=None)

    Raises:
        PhraseError: a word it cannot read (with a close suggestion), or a dose where a
            timing was expected.

    """
    check_text(text)
    tokens, facts, used = scan(text)
    strict_leftovers(text, tokens, used, facts)
    for fact in facts:
        if fact.kind in _DOSE_KINDS:
            raise PhraseError.problem(
                text, "this is a dose, not a timing; put it in 'dose'", fact.start, fact.end
            )
    refuse_stages(text, facts, "timing")
    merged = merge(text, facts, strict=True)
    settle(merged, accept_defaults=accept_defaults)
    _refuse_stop_rules(merged)
    timing = to_timing(merged)
    if timing is None:
        raise PhraseError.problem(
            text, "no timing found; write it like 'twice daily for 2 weeks' or 'every other day'"
        )
    return timing


def parse_prescription(text: str, *, accept_defaults: bool = False) -> Prescription:
    """
    Read a whole prescription: the exercise's name, then its dose and timing.

    >>> p = parse_prescription("Eccentric heel drops 3x15 twice daily for 12 weeks")
    >>> p.name, str(p.dose), str(p.timing)
    ('Eccentric heel drops', '3 x 15', 'twice daily for 12 weeks')

    A "then" starts a later stage, from the day after the stage before ends:

    >>> p = parse_prescription("Bridge 3 x 10 daily for 2 weeks, then 3 x 15 every other day")
    >>> [str(s) for s in p.stages]
    ['3 x 15 every other day']

    Raises:
        PhraseError: no name, no timing, or a word after the name it cannot read.

    """
    check_text(text)
    tokens, facts, used = scan(text)
    first = next((i for i, u in enumerate(used) if u), None)
    if first is None:
        raise PhraseError.problem(
            text, "no dose or timing found after the name; write it like 'Calf raises 3 x 15 daily'"
        )
    name = text[: tokens[first].start].strip(" \t,;:-–—(")
    if not name:
        raise PhraseError.problem(text, "the exercise's name must come first", 0, tokens[first].end)
    strict_leftovers(text, tokens, used, facts, start=tokens[first].start)
    pieces = read_stages(text, facts, accept_defaults=accept_defaults)
    merged = pieces[0]
    timing = to_timing(merged)
    if timing is None:
        raise PhraseError.problem(text, "no timing found; add one such as 'twice daily'")
    dose = to_dose(merged)
    stages = stages_after(text, facts, pieces, (timing, dose))
    try:
        return Prescription(
            exercise=Exercise(name=name),
            dose=dose,
            timing=timing,
            stop_rules=tuple(rule for piece in pieces for rule in piece.stop_rules),
            stages=stages,
        )
    except ProgrammeError as error:  # a first stage ended by a date rather than a length
        raise PhraseError.problem(text, str(error)) from None
