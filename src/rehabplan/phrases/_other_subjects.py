"""
Clauses about something other than the exercise: a sentence may schedule crutches, a
dressing, tablets or ice beside the exercise ("Use crutches for 2 weeks. Do the knee
exercises 4 times daily.", "Brace on for 6 weeks, quad sets 3 x 10 tds", "Use ice if
needed. 3 x 10 daily."): their timing is set apart and named, never merged into the
exercise's.
"""

from __future__ import annotations

import bisect

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import DOSE_KINDS, Fact
from rehabplan.phrases._merge import TIMING_KINDS
from rehabplan.phrases._tok import Tok

__all__ = ["main_clause_facts"]

#: Things a sentence may schedule that are not the exercise.
_OTHER_SUBJECTS = frozenset(
    """
    crutches crutch dressing dressings boot brace splint sling cast bandage plaster
    tablet tablets paracetamol ibuprofen painkillers medication medicine tablets
    antibiotics antibiotic capsule capsules pills pill drops inhaler
    elevate elevated elevation
    appointment appointments check-up checkup check review physio physiotherapist
    therapist doctor surgeon nurse consultant clinic pool swim swimming
    ice icing heat compress stick walker tens bearing collar orthosis insoles frame tape
    """.split()
)
#: What ends a sentence, and what ends a clause inside one.
_SENTENCE_BREAKS = frozenset({".", ";"})
_CLAUSE_BREAKS = _SENTENCE_BREAKS | {",", "and", "but", "then"}
#: What a clause about another subject has set apart: its timing, and "if needed".
_SET_APART = TIMING_KINDS | {"prn", "condition"}
#: Words that make a clause about the exercise, whatever else it names.
_THE_EXERCISE = frozenset({"exercise", "exercises", "exercising"})
#: A clause is about another subject when one of its first words names it ("Use ice
#: ...", "Keep the dressing on ..."); one named late ("... when told to by the doctor")
#: is not its subject.
_SUBJECT_WITHIN = 6


def main_clause_facts(tokens: list[Tok], facts: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """
    Set apart the timing facts of clauses about something else when another clause
    schedules the exercise itself: the facts kept, and those set apart (which the
    reading's note names). A clause schedules the exercise when it, or its sentence,
    names an exercise or a dose. A device worn for a time ("wear the brace for 6
    weeks") with no such clause to set it apart from is asked about.
    """
    if _OTHER_SUBJECTS.isdisjoint([t.raw for t in tokens]):
        return facts, []
    kept, apart = _main_clause_facts(tokens, facts)
    return [
        Fact("ambiguous", f.value, f.start, f.end) if f.kind == "device_worn" else f
        for f in kept
        if f.kind != "device_worn" or not apart
    ], apart


def _main_clause_facts(tokens: list[Tok], facts: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    clauses: list[tuple[int, int]] = []
    sentence_of: list[int] = []
    sentence = 0
    begin = 0
    for i, tok in enumerate(tokens):
        if tok.sym in _CLAUSE_BREAKS and not _joins_a_list(tokens, i):
            clauses.append((begin, tok.start))
            sentence_of.append(sentence)
            sentence += tok.sym in _SENTENCE_BREAKS
            begin = tok.end
    clauses.append((begin, tokens[-1].end if tokens else 0))
    sentence_of.append(sentence)
    begins = [a for a, _ in clauses]

    def clause_at(start: int) -> int:
        # a binary search, so that long prose with many clauses stays linear
        i = bisect.bisect_right(begins, start) - 1
        return i if i >= 0 and start < clauses[i][1] else -1

    words: list[list[str]] = [[] for _ in clauses]
    for tok in tokens:
        if (i := clause_at(tok.start)) >= 0:
            words[i].append(tok.raw)
    said: list[set[str]] = [set() for _ in range(sentence + 1)]  # each sentence's words
    for i, clause_words in enumerate(words):
        said[sentence_of[i]].update(clause_words)
    placed = [(f, clause_at(f.start)) for f in facts]
    timed = {i for f, i in placed if f.kind in TIMING_KINDS}
    # (a length alone is no dose of the exercise: "ice ... each for 15 to 30 minutes")
    dosed = {i for f, i in placed if f.kind in DOSE_KINDS and f.kind != "bout"}
    # ("Swim twice a week, then walk daily": swimming is a stage of its own, not another subject)
    staged = any(f.kind == "stage" for f in facts)
    other = {
        i
        for i in {i for f, i in placed if f.kind in _SET_APART}
        if (named := _OTHER_SUBJECTS.intersection(words[i][:_SUBJECT_WITHIN]))
        and not (staged and named <= lx.LOCOMOTION)
        and _THE_EXERCISE.isdisjoint(words[i])  # "a physio says a simple exercise ..."
    }
    exercise = {
        i
        for i in timed - other
        # ("ice" is the other subject's word, though icing can be an exercise's)
        if i in dosed
        or (set(words[i]) | said[sentence_of[i]]) - _OTHER_SUBJECTS & lx.EXERCISE_WORDS
    }
    if not other or not exercise:
        return facts, []
    kept = [f for f, i in placed if not (f.kind in _SET_APART and i in other)]
    return kept, [f for f, i in placed if f.kind in _SET_APART and i in other]


def _joins_a_list(tokens: list[Tok], i: int) -> bool:
    """True for the "and" of "Monday and Friday", "Mon, Wed": one list, one clause."""
    return (
        tokens[i].sym in {"and", ","}
        and 0 < i < len(tokens) - 1
        and tokens[i - 1].sym == tokens[i + 1].sym
        and tokens[i - 1].sym.isupper()
    )
