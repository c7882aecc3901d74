"""
Both eyes: each eye in turn where a dose is put in them ("1 drop in both eyes",
"Hypromellose both eyes QDS"), both at once where they move, look or close together
("Shift both eyes up and down", "both eyes closed"), and asked where nothing says which
("Pencil push-ups (both eyes) 3 x 10").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.phrases._facts import Fact, Handler, Span
from rehabplan.phrases._patterns import SENTENCE_ENDS
from rehabplan.phrases._tokens import known

__all__ = ["BOTH_EYES_RULES", "h_both_eyes"]

#: Words before both eyes that move them, or use or cover them together.
_TOGETHER_BEFORE = frozenset(
    """
    close closing open opening shut shutting blink blinking across over with using use
    cover covering focus focusing move moving roll rolling look looking keep keeping fix
    fixing track tracking relax relaxing squeeze squeezing rub rubbing palm palming shift
    shifting cross crossing turn turning rotate rotating bring bringing lift lifting lower
    lowering swing swinging dart darting drop dropping raise raising point pointing train
    training exercise exercising near
    """.split()
)
#: Words after both eyes (an adverb of manner may come first) that say they act together.
_TOGETHER_AFTER = frozenset(
    """
    closed open opened shut looking focused focussed fixed together level straight ahead
    forward forwards up down left right towards toward follow following look move
    """.split()
)
#: Words after "on", "at" or "in" that make a place the eyes look at: "on the target".
_PLACES = frozenset({"the", "a", "an", "your", "one", "this", "that", "it"})
_MANNER = frozenset({"gently", "lightly", "softly", "tightly", "firmly", "slowly"})
#: Words of a dose put in the eyes or on the lids, said in the clause before.
_MEDICINE = frozenset(
    """
    drops eyedrops ointment gel cream wipe wipes scrub scrubs compress compresses tears
    lubricating instil instill instilled apply applied hygiene lid lids lubricant
    """.split()
)
#: Words right before both eyes that put a dose in them: "in both eyes", "for both eyes".
_INTO = frozenset({"in", "into", "onto", "for", "of"})
#: Symbols after both eyes that start a medicine's timing: "QDS", "nocte", "as required".
_TIMING_AFTER = frozenset(
    "N x daily nightly nocte mane prn as at each morning evening night bedtime".split()
)  # ("3 x 10" after them is a dose, not a medicine's timing)
_PUNCTUATION = frozenset({":", ",", ";", "-", "/", "(", ")"})


def h_both_eyes(m: re.Match[str], s: Span) -> Iterable[Fact]:
    before = [t.raw.lower() for t in s.before]
    sentence = list(itertools.takewhile(lambda t: t.sym not in SENTENCE_ENDS, reversed(s.before)))
    words = [t.raw.lower() for t in sentence if t.raw[:1].isalpha()]
    dosed = (
        not _MEDICINE.isdisjoint(words)
        or (bool(before) and before[-1] in _INTO)
        or [t.sym for t in s.before[-2:]] in (["N", "drop"], ["N", "drops"])
    )
    if dosed:  # "1 drop in both eyes", "Lid wipes, both eyes": a dose put in each
        yield s.fact("per_side", True)
        return
    after = [t for t in s.after if t.sym not in _PUNCTUATION]
    said_after = [t.raw.lower() for t in after if t.raw.lower() not in _MANNER][:2]
    placed = said_after[:1] in (["on"], ["at"], ["in"], ["to"]) and said_after[1:] in (
        [w] for w in _PLACES
    )
    moved = bool(before) and before[-1] in _TOGETHER_BEFORE
    if moved or placed or (said_after[:1] != [] and said_after[0] in _TOGETHER_AFTER):
        yield s.fact("note", f"both at once, not each side: {s.said()}")
        return
    # ("Hypromellose both eyes QDS", "Both eyes nocte": only a medicine's name before)
    syms = [t.sym for t in after[:3]]
    timed = bool(syms) and syms[0] in _TIMING_AFTER and syms[:3] != ["N", "x", "N"]
    if timed and not any(known(w) for w in words):
        yield s.fact("per_side", True)
        return
    yield s.fact("ambiguous", f"{s.said().strip()!r}: each eye in turn, or both at once? say which")


#: "both eyes", read by what is said around them.
BOTH_EYES_RULES: tuple[tuple[str, str, Handler], ...] = (
    ("both_eyes", r"both (?:eye|eyes) ", h_both_eyes),
)
