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

from rehabplan._regex import LazyRegex
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
_AT = frozenset({"on", "at", "in", "to"})
_PLACES = frozenset({"the", "a", "an", "your", "one", "this", "that", "it"})
_MANNER = frozenset({"gently", "lightly", "softly", "tightly", "firmly", "slowly"})
#: Words of a dose put in the eyes or on the lids, said in the clause before.
_MEDICINE = frozenset(
    """
    drops eyedrops ointment gel cream wipe wipes scrub scrubs compress compresses tears
    lubricating instil instill instilled apply applied hygiene lid lids lubricant
    """.split()
)
#: Words right before both eyes that put a dose in them: "in both eyes" ("in front of both
#: eyes" is a place).
_INTO = frozenset({"in", "into", "onto"})
#: A medicine's timing after both eyes: "QDS", "nocte", "as required", "4 times a day",
#: "at night" ("3 x 10", "3 sets of 10 daily" and "at eye level" are no medicine's).
_MEDICINE_TIMING = LazyRegex(
    r"(?:N x (?:a |per |each |/ |)(?:day|daily) |N drop|N drops|x N (?:daily|day) |daily "
    r"|nightly |nocte |mane |prn |as needed |at (?:night|bedtime|bed) |each (?:morning|night"
    r"|evening|day) |(?:morning|evening|night|bedtime) )"
)
_PUNCTUATION = frozenset({":", ",", ";", "-", "/", "(", ")"})
#: Where the clause a medicine is named in ends, looking back from both eyes.
_CLAUSE_ENDS = frozenset({",", ";", "-", "then"})
#: Words before "drops" that make them an exercise ("heel drops", "shoulder drops", "box
#: drops", "eccentric drops").
_EXERCISED = frozenset(
    """heel heels knee knees pelvic pelvis hip hips calf calves toe toes arm arms leg legs
    shoulder shoulders blade blades chin neck head body box step depth drop jump squat
    trunk side ankle ankles foot feet wrist wrists hamstring hamstrings brow jaw eccentric
    slow controlled lateral raises and""".split()
)
#: Words before "drops" that make them a medicine: "eye drops", "your drops", "lubricant
#: drops"; a drug's name ("Timolol drops") is read by a medicine's timing after both eyes,
#: or asked.
_DOSED_BEFORE = frozenset(
    """eye eyes the your my his her these those some prescribed lubricant lubricating
    antibiotic steroid artificial""".split()
)
#: Words after both eyes that say when a dose goes in, not where they look: "straight
#: after your shower" ("up to" before a number: "up to 4 times a day").
_TIMING_LEADS = (["straight", "after"], ["right", "after"], ["straight", "away"])
#: Parts of the day after "in the": a time, not a place looked at ("in the morning").
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "day"})


def _drops(clause: list[str], i: int) -> str:
    """Whose "drops" at *i* are: a "medicine", an "exercise", or "unsure" (a drug's name?)."""
    before = clause[i - 1] if i else ""
    if not before or before in _DOSED_BEFORE or before.isdigit():
        return "medicine"
    return "exercise" if before in _EXERCISED else "unsure"


def h_both_eyes(m: re.Match[str], s: Span) -> Iterable[Fact]:
    before = [t.raw.lower() for t in s.before]
    # ("1 drop both eyes", "A drop both eyes": a dose, not the verb "drop")
    counted = [t.sym if t.sym == "N" else t.raw.lower() for t in s.before[-2:]]
    dropped = counted in (["N", "drop"], ["N", "drops"], ["a", "drop"])
    if bool(before) and before[-1] in _TOGETHER_BEFORE and not dropped:
        # "Put in your drops, then close both eyes": they move or close together
        yield s.fact("note", f"both at once, not each side: {s.said()}")
        return
    sentence = list(itertools.takewhile(lambda t: t.sym not in SENTENCE_ENDS, reversed(s.before)))
    in_clause = itertools.takewhile(lambda t: t.raw.lower() not in _CLAUSE_ENDS, sentence)
    clause = [t.raw.lower() for t in in_clause][::-1]
    # ("Eye drops both eyes", not "Heel drops on the step, both eyes closed": an exercise)
    drops = [_drops(clause, i) for i, w in enumerate(clause) if w == "drops"]
    medicine_named = "medicine" in drops or any(w in _MEDICINE and w != "drops" for w in clause)
    dosed = medicine_named or (bool(before) and before[-1] in _INTO) or dropped
    if dosed:  # "1 drop in both eyes, looking up", "Eye drops both eyes up to four times"
        yield s.fact("per_side", True)
        return
    after = [t for t in s.after if t.sym not in _PUNCTUATION]
    said_after = [t.raw.lower() for t in after if t.raw.lower() not in _MANNER][:3]
    timed_by = said_after[2:] != [] and said_after[2] in _DAY_PARTS  # "in the morning"
    placed = said_after[:1] != [] and said_after[0] in _AT and said_after[1:2] != []
    placed = placed and said_after[1] in _PLACES and not timed_by
    # ("both eyes, up to 4 times a day", "straight after your shower": a dose's timing)
    upto = said_after[:2] == ["up", "to"] and [t.sym for t in after[2:3]] == ["N"]
    when = upto or said_after[:2] in _TIMING_LEADS
    said_after = said_after[:2]
    together = placed or (said_after[:1] != [] and said_after[0] in _TOGETHER_AFTER and not when)
    if together and "unsure" not in drops:
        yield s.fact("note", f"both at once, not each side: {s.said()}")  # "both eyes closed"
        return
    # ("Hypromellose both eyes QDS", "Lid wipes, both eyes, morning and night": a
    # medicine's timing after them, with only its name or its words before)
    words = [t.raw.lower() for t in sentence if t.raw[:1].isalpha()]
    timing = after[2:6] if when else after[:4]
    timed = _MEDICINE_TIMING.match(" ".join(t.sym for t in timing) + " ") is not None
    medicine = not any(known(w) for w in words) or not _MEDICINE.isdisjoint(words)
    if timed and medicine:
        yield s.fact("per_side", True)
        return
    yield s.fact("ambiguous", f"{s.said().strip()!r}: each eye in turn, or both at once? say which")


#: "both eyes", read by what is said around them.
BOTH_EYES_RULES: tuple[tuple[str, str, Handler], ...] = (
    ("both_eyes", r"both (?:eye|eyes) ", h_both_eyes),
)
