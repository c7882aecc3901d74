"""
Clock-like numbers that are minutes and seconds: a running pace ("pace 10:04") or the
length of a bout ("4 x 3:00", "2:00 jog"). They are not times of day to schedule at.
"""

from __future__ import annotations

from rehabplan.phrases._tok import Tok

__all__ = ["STROKES", "paces"]

#: Words beside "3:00" that make it minutes and seconds (a pace or a bout), not a clock time.
_PACE_BEFORE = frozenset(
    {"pace", "@", "x", "in", "of", "hold", "holds", "plank", "rest", "for", "recover", "break"}
)
_PACE_AFTER = frozenset(
    {
        "jog",
        "jogging",
        "run",
        "running",
        "walk",
        "walking",
        "rest",
        "recovery",
        "pace",
        "easy",
        "effort",
        "min",
        "/",
        "per",
        "mile",
        "miles",
        "km",
        "hard",
        "fast",
        "slow",
        # "a 2:45 wall-sit", "0:45 plank": the length of a held position
        "plank",
        "planks",
        "wall",
        "hang",
        "hollow",
        "hold",
        "bridge",
    }
)


def paces(tokens: list[Tok]) -> list[Tok]:
    """
    Read "pace 10:04", "4 x 3:00", "2:00 jog" as minutes and seconds, not clock times.

    >>> [t.sym for t in paces([Tok("pace", "pace", 0, 4), Tok("TIME", "10:04", 5, 10)])]
    ['pace', 'PACE']
    """
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if tok.sym != "TIME" or not tok.raw[-1].isdigit():
            continue  # "7:15pm" is a clock time whatever is beside it
        before = tokens[i - 1].raw if i else ""
        after = tokens[i + 1].raw if i + 1 < len(tokens) else ""
        paced_range = before in {"-", "to"} and i > 1 and out[i - 2].sym == "PACE"
        # "08:33:35": a time stamp with seconds, not a time to exercise at
        stamped = after == ":" and tokens[i + 1].start == tok.end
        # "Hold 0:30 x 3": a length done again, never "0:30" at night
        repeated = after == "x" and tok.raw.startswith(("0:", "00:"))
        # "1:00 ea side wall pigeon": a length each side, not one o'clock
        sided = (
            after in {"ea", "each", "per"}
            and i + 2 < len(tokens)
            and tokens[i + 2].sym in {"side", "leg"}
        )
        # "0:10 seconds of rest", "1:30 minutes each": a length in a unit, never a time of day
        in_a_unit = i + 1 < len(tokens) and tokens[i + 1].sym in {"sec", "min"}
        if (
            in_a_unit
            or before in _PACE_BEFORE
            or after in _PACE_AFTER
            or _sent_off(tokens, i)
            or paced_range
            or stamped
            or repeated
            or sided
        ):
            out[i] = tok.evolve("PACE")
    return out


#: Words a swim set names between its distance and its send-off ("10 x 100 free on 1:30").
STROKES = frozenset(
    "free freestyle kick pull swim fly back breast backstroke breaststroke butterfly im drill "
    "choice easy steady strong fast hard".split()
)
#: The shortest repeat of a swim written as a bare number, and its step: 25, 50, 75 ...
_LENGTH = 25


def _sent_off(tokens: list[Tok], i: int) -> bool:
    """
    "10 x 150 on 1:30", "10 x 100 free on the 1:45": a send-off time after repeats of a
    swim's distance (a multiple of 25, then only stroke words), not a time of day.
    """
    k = i - 1
    while k >= 0 and tokens[k].raw in {"the", ":"}:
        k -= 1
    if k < 0 or tokens[k].raw.lower() != "on":
        return False
    k -= 1
    strokes = 0
    while k >= 0 and tokens[k].raw.lower() in STROKES and strokes < 2:
        k, strokes = k - 1, strokes + 1
    if k >= 0 and tokens[k].raw.lower() in {
        "m",
        "s",
        "y",
        "yd",
        "yds",
        "yards",
        "metres",
        "meters",
    }:
        k -= 1
    if k < 2:
        return False
    distance = tokens[k].value
    return (
        tokens[k - 1].sym == "x"
        and tokens[k - 2].sym == "N"
        and isinstance(distance, int)
        and distance >= _LENGTH
        and distance % _LENGTH == 0
    )
