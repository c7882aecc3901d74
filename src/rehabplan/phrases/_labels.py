"""
A table's labels before their numbers ("Reps: 10", "Hold 30", "Repeat 3", "Days per week:
5"): what each number counts, with a hold's number in seconds unless it names a thing held.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.phrases._facts import Fact, Span, seconds
from rehabplan.phrases._movement import other_side_next
from rehabplan.phrases._tok import Tok
from rehabplan.phrases._tokens import known

__all__ = ["h_label", "h_label_period"]


#: Words ending like a manner that name a thing held: "hold 1 ring".
_THINGS = frozenset("ring sling string spring swing railing ceiling stocking".split())


#: Meetings a person holds: "holds two sessions", "holds 3 classes a week".
_MEETINGS = frozenset(
    "session sessions class classes meeting meetings appointment appointments clinic clinics "
    "workshop workshops talk talks group groups visit visits".split()
)


def _held(word: Tok, nxt: str | None) -> str:
    """
    What a word after "hold N" says: "thing" ("hold 2 cans", "maintain 90 percent"),
    "how" ("hold 10 keeping your back straight", "hold 10 relaxed") or "unsure" (a manner
    word before a word outside the language: "hold 1 rolled towel", "hold 10 lying flat").
    """
    lower = word.raw.lower()
    if word.sym == "%" or lower in _MEETINGS:
        return "thing"  # "A GP holds two sessions on pain": what is held is a meeting
    if not lower.isalpha() or len(lower) < 3 or known(lower) or lower in {"count", "counts"}:
        return "how"
    if lower.endswith(("ing", "ly", "ed")) and lower not in _THINGS:
        return "how" if nxt is None or not nxt.isalpha() or known(nxt) else "unsure"
    return "thing"


def _word_after(s: Span, k: int) -> str | None:
    """The *k*-th word after the span, lower case, or None at the end."""
    after = s.after
    return after[k - 1].raw.lower() if len(after) >= k else None


def _one_set_before(s: Span) -> bool | None:
    """
    Whether "a" or "one" before a set said as a label makes it one set: just before it, or
    with a word of one set ("a hard set 12", "a 2nd set 10", "a harder set"); not after a
    thing or a place ("on a mat Set 3", "holding a ball set 3"), or with the repetitions
    labelled after it ("a counter Set 2 Reps 10"); any other word, None.
    """
    before = [t.raw.lower() for t in s.before[-3:]]
    if s.tokens[0].raw.lower() != "set" or not before:
        return False
    if before[-1] in _ONE:
        return True
    if before[-2:-1] not in ([w] for w in _ONE) or before[-1] in _LABELLED_THINGS:
        return False
    if [t.sym for t in s.after[:2]] in (["reps", "N"], ["reps", ":"], ["x", "N"]):
        return False
    return True if _of_a_set(before[-1]) else None


def _of_a_set(word: str) -> bool:
    """
    Whether *word* describes one set: a word of a set, an ordinal ("2nd"), or a word of a
    set made more or most ("harder", "easiest", "bigger", "gentler"); "counter" or
    "walker" is a thing, not a comparative.
    """
    if word in _OF_A_SET or _ORDINAL.fullmatch(word):
        return True
    for ending in ("iest", "ier", "est", "er"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            y = "y" if ending.startswith("i") else ""
            stems = {stem + y, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem}
            return not stems.isdisjoint(_OF_A_SET)
    return False


#: The words of one: "a set", "one set", "an easier set".
_ONE = frozenset({"a", "an", "one"})


#: Things and places a label may follow: their "set 3" is the sets.
_LABELLED_THINGS = frozenset(
    """band ball chair wall box step mat cushion bench bar towel pillow table bed rail stick
    cone roller weight dumbbell kettlebell bottle can floor door couch sofa stool""".split()
)
#: Words that describe one set: its size, its place among the sets, its kind.
_OF_A_SET = frozenset(
    """small short single quick first second third fourth last final easy hard light heavy
    gentle full extra drop warm slow fast tough burnout top long big large quick""".split()
)
#: "2nd", "3rd": an ordinal said in figures.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def h_label(m: re.Match[str], s: Span) -> Iterable[Fact]:
    key = s.syms("k")[0]
    value = s.value("v")
    kind = {
        "reps": "reps",
        "sets": "sets",
        "repeat": "reps",
        "daily": "per_day",
        "weekly": "per_week",
    }.get(key)
    held = s.next_token
    said = f"{s.said()} {held.raw}" if held is not None else s.said()
    what = _held(held, _word_after(s, 2)) if key == "hold" and held is not None else "how"
    if what == "thing":  # "hold 2 cans of beans": what is held, not for how long
        yield s.fact("note", f"what is held or kept, not how long: {said}")
    elif key == "hold":
        yield s.fact("hold", seconds(value, "sec"))
        if what == "unsure":  # "hold 1 rolled towel", "hold 10 lying flat"
            yield s.fact("ambiguous", f"{said!r}: a hold of {value} s, or what is held?")
    elif (
        key == "repeat"
        and value == 1
        and held is not None
        and held.raw.lower() == "time"
        and not other_side_next(s.after[1:6])
    ):
        # "Rest 2 minutes, and repeat one time": the first go and one more, as "repeat once"
        yield s.fact("reps", 2)
        yield s.fact("ambiguous", "repeating one time is read as 2 in all: say how many in all")
    elif key == "sets" and (one := _one_set_before(s)) is not False:
        # "a small set – just 5 circles": one set of five ("a pad set 3": asked)
        yield s.fact("reps" if one else "sets", value)
        if one is None:
            yield s.fact("ambiguous", f"{said!r}: one set of {value}, or {value} sets? say which")
    elif kind is not None:
        yield s.fact(kind, value)


def h_label_period(m: re.Match[str], s: Span) -> Iterable[Fact]:
    kind = "per_day" if s.syms("k")[0] == "day" else "per_week"
    yield s.fact(kind, s.value("v"))
