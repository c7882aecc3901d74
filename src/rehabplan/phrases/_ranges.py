"""
Ranges of numbers in a phrase's tokens: "2-3", "8 to 12", "two or three", "between 8 and
15", "a minute or two", and lengths in parts of a unit ("1-1.5 min" is 60-90 seconds).
"""

from __future__ import annotations

from rehabplan.model import Range
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import seconds
from rehabplan.phrases._tok import Tok

__all__ = ["RANGE_SYMS", "ranges"]


_RANGE_SEPARATORS = frozenset({"-", "to", "or", "~"})
#: A range needs one of these between its numbers ("and" too after "between":
#: "between 8 and 15", "between 20-40").
_RANGE_TRIGGERS = _RANGE_SEPARATORS | {"and"}
#: The symbols that make the tokenizer look for ranges ("2/3 times" too).
RANGE_SYMS = _RANGE_TRIGGERS | {"/"}


#: Units of a hold or a bout: "a minute or two".
_TIME_UNITS = frozenset({"sec", "second", "min", "hour", "hours"})

#: Words a number names a part of ("level 3", "stage 2"): the number is never the low end
#: of a range that runs on into the dose.
_LABELS = frozenset({"level", "stage", "phase", "step", "part", "grade", "no", "number"})
#: Words that name a part only at the head of a line or clause ("Week 1 - 3 x 10",
#: "Option 2 - 5x5"); "every day 2-3 x 10" is a range.
_HEAD_LABELS = frozenset({"day", "week", "month", "option", "session", "workout"})
#: Heading words that name a part of the plan in time: a number after them and a spaced
#: dash before a dose is the heading's, wherever the words stand ("Squats Week 1 - 3 x 10",
#: asked), unless a word before makes them a period ("every other day 2 - 3 x 10").
_TIME_HEADS = frozenset({"day", "week", "month"})
_PERIOD_BEFORE = frozenset(
    {
        "each",
        "every",
        "a",
        "per",
        "other",
        "this",
        "next",
        "that",
        "N",
        "ORD",
        "x",
        "of",
        "the",
        "/",
    }
)
#: What may stand before a heading word ("Squats: Week 1 - 3 x 10", "In week 1 - ...").
_HEADS = frozenset({",", ";", ":", ".", "(", "-", "in", "•", "|"})
#: What a head label's number followed by a dose runs on into ("Day 1 - 30 minutes").
_DOSE_UNITS = _TIME_UNITS | {"x", "rep", "reps", "set", "sets", "days", "session"}


def _labels_number(tokens: list[Tok], i: int) -> bool:
    """Whether the number at *i* is a label's ("stage 2", "Week 1")."""
    if not i:
        return False
    before = tokens[i - 1].sym
    if before in _LABELS:
        return True
    if before in _TIME_HEADS:
        return i == 1 or tokens[i - 2].sym not in _PERIOD_BEFORE
    # another heading starts the text, or follows a mark or a line the tokens do not keep
    # ("Squats - Option 1", a new line): more than a space between the words
    return before in _HEAD_LABELS and (
        i == 1 or tokens[i - 2].sym in _HEADS or tokens[i - 1].start - tokens[i - 2].end > 1
    )


#: Units of a load or a rate after a dose: "5x5 - 60%", "3 x 10 - 20 lb", "- 60 bpm".
_LOADS = frozenset({"%", "kg", "lb", "bpm"})


def _a_load_follows(tokens: list[Tok], i: int, j: int) -> bool:
    """
    Whether the number after the dash at *j* starts a load, not the top of a range of
    repetitions from the number at *i*: "5x5 - 60%" and "5×5 – 60-70%" (a dash spaced
    wider than the load's own), never "3 x 8-12 - 65%" or "3x8-12-65%".
    """
    n = len(tokens)
    other = tokens[j + 1]
    if j + 2 < n and tokens[j + 2].sym in _LOADS:
        return True
    if not (
        j + 4 < n
        and tokens[j + 2].sym in _RANGE_SEPARATORS
        and tokens[j + 3].sym == "N"
        and tokens[j + 4].sym in _LOADS
    ):
        return False
    spaced_before = tokens[j].start > tokens[i].end or other.start > tokens[j].end
    spaced_after = tokens[j + 2].start > other.end or tokens[j + 3].start > tokens[j + 2].end
    # spaced alike ("5 x 5 - 60 - 70%"): no range of repetitions runs from 5 to 60
    low, high = tokens[i].value, other.value
    too_wide = isinstance(low, int) and isinstance(high, int) and high > 2 * low
    return spaced_before and (not spaced_after or too_wide)


def _seconds(count: Tok, unit: Tok) -> float:
    """The length "30 seconds" or "1 minute" says, in seconds (infinite when not a number)."""
    if not isinstance(count.value, int | float):
        return float("inf")
    length = seconds(count.value, unit.sym)
    return float(length.total_seconds())


#: The unit one below each unit a length is said in, and how many of it make one:
#: "1-1.5 min" is 60-90 seconds, "1.5-2 hours" 90-120 minutes.
_SMALLER_UNIT = {
    "min": ("sec", "s", 60),
    "hour": ("min", "min", 60),
    "hours": ("min", "min", 60),
    "sec": ("sec", "s", 1),
    "second": ("sec", "s", 1),
}


#: Words a length follows: "hold 3 to 2 min" can only be a range of lengths.
_LENGTH_WORDS = frozenset({"hold", "held", "holding", "for", "lasting", "last", "stay"})


def _parts_of_a_unit(tokens: list[Tok], i: int, out: list[Tok]) -> int:
    """
    Join a range of lengths with a fraction at either end ("1-1.5 min", "0.5 to 1 minute",
    "1½-2 hours") into whole numbers of the unit below; 0 where there is none.

    A range of lengths that cannot be one ("hold 3 to 2 min", "hold 2.5-3 s") after a word
    of a length is marked, and the reader refuses it: left alone, the grammar would take
    its first number as the whole length ("hold 3"). After a count or a label ("3 x 10 - 2
    min rest", "Exercise 5 - 2 min hold") the two numbers are two things, left alone.
    """
    n = len(tokens)
    if i + 3 >= n or tokens[i + 1].sym not in _RANGE_SEPARATORS:
        return 0
    low_tok, joint, high_tok, unit = tokens[i : i + 4]
    low, high = low_tok.value, high_tok.value
    if (
        high_tok.sym != "N"
        or unit.sym not in _SMALLER_UNIT
        or type(low) not in (int, float)
        or type(high) not in (int, float)
        or (type(low) is int and type(high) is int and low < high)
    ):
        return 0
    spaced = joint.start > low_tok.end or high_tok.start > joint.end
    if spaced and joint.sym == "-" and _labels_number(tokens, i):
        return 0  # "Stage 3 - 2 min walk": the label's number, then the length
    before = tokens[i - 1] if i else None
    sym, raw, size = _SMALLER_UNIT[unit.sym]
    lo, hi = round(low * size), round(high * size)
    if size == 1 or not 0 < lo < hi:
        # "3 x 10 - 2 min rest", "Exercise 5 - 2 min hold": a count or a label, then a
        # length; only after a word of a length is it a range that cannot be one
        if before is None or before.raw.lower() not in _LENGTH_WORDS:
            return 0
        said = f"{low_tok.raw}{joint.raw}{high_tok.raw} {unit.raw}"
        out.append(Tok("BADRANGE", said, low_tok.start, unit.end))
    else:
        out.append(Tok("N", f"{lo}-{hi}", low_tok.start, high_tok.end, Range(lo, hi)))
        out.append(Tok(sym, raw, unit.start, unit.end))
    return 4


def ranges(tokens: list[Tok], i: int, out: list[Tok]) -> int:
    """
    Join "2-3", "8 to 12", "two or three" and "between 8 and 15" into one range.

    >>> from rehabplan.phrases._tokens import tokenize
    >>> [t.raw for t in tokenize("hold 8 to 12 s")]
    ['hold', '8-12', 's']
    >>> [t.raw for t in tokenize("hold 1-1.5 min")]
    ['hold', '60-90', 's']
    """
    used = _parts_of_a_unit(tokens, i, out)
    if used:
        return used
    n = len(tokens)
    tok = tokens[i]
    if (
        tok.value == 1
        and i + 3 < n
        and tokens[i + 1].sym in _TIME_UNITS
        and tokens[i + 2].sym == "or"
        and tokens[i + 3].sym == "N"
        and isinstance(tokens[i + 3].value, int)
        and tokens[i + 3].value > 1
    ):
        # "a second or two", "a minute or two": 1-2 of the unit
        other = tokens[i + 3]
        out.append(Tok("N", f"1-{other.value}", tok.start, other.end, Range(1, other.value)))
        out.append(tokens[i + 1])
        return 4
    if (
        out
        and out[-1].sym == "between"
        and i + 4 < n
        and tokens[i + 1].sym in _TIME_UNITS
        and tokens[i + 2].sym == "and"
        and tokens[i + 3].sym in {"N", "a"}
        and tokens[i + 4].sym in _TIME_UNITS
    ):
        # "between 30 seconds and 1 minute" (or "a minute"): a range of lengths, as "30
        # seconds to 1 minute"; longer first ("between 1 minute and 30 seconds") is
        # left for the grammar, which asks
        top = tokens[i + 3]
        if top.sym == "a":
            top = Tok("N", top.raw, top.start, top.end, 1)
        if not _seconds(tok, tokens[i + 1]) < _seconds(top, tokens[i + 4]):
            return 0
        out.pop()
        joint = tokens[i + 2]
        out.extend((tok, tokens[i + 1], Tok("to", joint.raw, joint.start, joint.end)))
        out.extend((top, tokens[i + 4]))
        return 5
    if tok.sym == "N" and isinstance(tok.value, int):
        has_x = i + 1 < n and tokens[i + 1].sym == "x" and tokens[i + 1].start == tok.start
        j = i + (2 if has_x else 1)
        between = bool(out) and out[-1].sym == "between"
        seps = _RANGE_TRIGGERS if between else _RANGE_SEPARATORS
        slash = j + 1 < n and tokens[j].sym == "/"
        if j + 1 < n and (tokens[j].sym in seps or slash) and tokens[j + 1].sym == "N":
            other = tokens[j + 1]
            other_x = j + 2 < n and tokens[j + 2].sym == "x"
            sessions = j + 2 < n and tokens[j + 2].sym == "session"
            if slash and (has_x or not (other_x or sessions)):
                # "2/3 times a day" is 2 or 3 (no count of times is a fraction);
                # "3/12", "5/7" and "3/4 hour" are something else
                return 0
            low, high = tok.value, other.value
            counted = out and (
                out[-1].sym == "x"
                or (out[-1].sym == "of" and len(out) > 1 and out[-2].sym == "sets")
            )
            if counted and _a_load_follows(tokens, i, j):
                # "5x5 - 60%", "5 sets of 5 - 60 kg": the repetitions, then the load
                return 0
            # a dash with a space beside it parts a label's number from the dose ("Week 1 -
            # 3 x 10"); "Workout 2-3 times a week" and "Week 1-2 - 3 x 10" are ranges
            spaced = tokens[j].sym == "-" and (
                tokens[j].start > tok.end or other.start > tokens[j].end
            )
            headed = tokens[i - 1].sym in _HEAD_LABELS if i else False
            # ("Workout 2 - 3 times a week" is a range: only "x" itself follows a heading)
            literal_x = other_x and tokens[j + 2].raw.lower() in {"x", "×"}
            timed = headed and tokens[i - 1].sym in _TIME_HEADS
            if (
                _labels_number(tokens, i)
                and (spaced or not headed)
                and (
                    (other_x and (not headed or (spaced and (timed or literal_x))))
                    or (
                        spaced
                        and j + 3 < n
                        and tokens[j + 2].sym in seps
                        and tokens[j + 3].sym == "N"
                    )
                    or (
                        headed
                        and j + 2 < n
                        and tokens[j + 2].sym in (_DOSE_UNITS if timed else {"sets", "set"})
                    )
                )
            ):
                # "Level Three - 6 to 8 reps", "stage 2 - 3 x 10": the label's number, then
                # the dose
                return 0
            if other.raw in lx.ABBREVIATIONS and tok.raw not in lx.ABBREVIATIONS:
                # "1-bd", "2-qds": a count, then a code that says twice (four times) a
                # day, never a range from the count to the code's number
                return 0
            if isinstance(high, int) and low < high and (other_x or not has_x):
                if between:
                    out.pop()
                out.append(Tok("N", f"{low}-{high}", tok.start, other.end, Range(low, high)))
                if other_x:
                    out.append(tokens[j + 2])
                    return j + 3 - i
                if has_x:
                    out.append(tokens[i + 1])
                return j + 2 - i
    return 0
