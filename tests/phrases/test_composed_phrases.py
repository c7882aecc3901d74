"""
A dose and a timing, each in one of the ways physios write them, joined in either order:
the reading is the one they say, or it is flagged, or refused. Never silently another.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from tests.corpus import FIELDS, same

from rehabplan import PhraseError
from rehabplan.phrases import read

Form = Callable[..., tuple[str, dict[str, Any]]]
WORDS = {1: "once", 2: "twice", 3: "three times", 4: "four times"}
NUMBER_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    8: "eight",
    10: "ten",
    12: "twelve",
    15: "fifteen",
}
CODES = {1: "od", 2: "bd", 3: "tds", 4: "qds"}
MWF = ["MO", "WE", "FR"]

#: Doses, given sets s, reps r and a hold of h seconds.
DOSES: list[Callable[[int, int, int], tuple[str, dict[str, Any]]]] = [
    lambda s, r, h: (f"{s} x {r}", {"sets": s, "reps": r}),
    lambda s, r, h: (f"{s} sets of {r}", {"sets": s, "reps": r}),
    lambda s, r, h: (f"{s} sets of {r} reps", {"sets": s, "reps": r}),
    lambda s, r, h: (f"{s} sets x {r} reps", {"sets": s, "reps": r}),
    lambda s, r, h: (f"{r} reps x {s} sets", {"sets": s, "reps": r}),
    lambda s, r, h: (f"{s}x{r}", {"sets": s, "reps": r}),
    lambda s, r, h: (f"{s} × {r}", {"sets": s, "reps": r}),
    lambda s, r, h: (f"{r} reps, {s} sets", {"sets": s, "reps": r}),
    lambda s, r, h: (f"{s} rounds of {r}", {"sets": s, "reps": r}),
    lambda s, r, h: (f"{NUMBER_WORDS[s]} sets of {NUMBER_WORDS[r]}", {"sets": s, "reps": r}),
    lambda s, r, h: (f"{s} x {r}-{r + 2}", {"sets": s, "reps": [r, r + 2]}),
    lambda s, r, h: (f"{s}-{s + 1} sets of {r}", {"sets": [s, s + 1], "reps": r}),
    lambda s, r, h: (f"{r} repetitions", {"reps": r}),
    lambda s, r, h: (f"hold {h} s, {r} times", {"hold_seconds": h, "reps": r}),
    lambda s, r, h: (f"hold for {h} seconds, repeat {r} times", {"hold_seconds": h, "reps": r}),
    lambda s, r, h: (f"{r} x {h} s holds", {"hold_seconds": h, "reps": r}),
    lambda s, r, h: (f"{h} sec hold x {r}", {"hold_seconds": h, "reps": r}),
    lambda s, r, h: (f"hold {h} sec, {s} x {r}", {"sets": s, "reps": r, "hold_seconds": h}),
    lambda s, r, h: (f"{s} x {r} each side", {"sets": s, "reps": r, "per_side": True}),
    lambda s, r, h: (f"{s} x {r} each leg", {"sets": s, "reps": r, "per_side": True}),
    lambda s, r, h: (f"{s} x {r} e/s", {"sets": s, "reps": r, "per_side": True}),
    lambda s, r, h: (f"{s} x {r} (each leg)", {"sets": s, "reps": r, "per_side": True}),
]
#: Timings, given n a day, w weeks and k a week.
TIMINGS: list[Callable[[int, int, int], tuple[str, dict[str, Any]]]] = [
    lambda n, w, k: (f"{WORDS[n]} a day", {"times_per_day": n}),
    lambda n, w, k: (f"{n}x a day", {"times_per_day": n}),
    lambda n, w, k: (f"{n}x/day", {"times_per_day": n}),
    lambda n, w, k: (f"{WORDS[n]} daily", {"times_per_day": n}),
    lambda n, w, k: (f"{CODES[n]}", {"times_per_day": n}),
    lambda n, w, k: ("every day", {"times_per_day": 1}),
    lambda n, w, k: ("every other day", {"every_n_days": 2}),
    lambda n, w, k: ("on alternate days", {"every_n_days": 2}),
    lambda n, w, k: (f"{k} times a week", {"times_per_week": k}),
    lambda n, w, k: (f"{k}x/week", {"times_per_week": k}),
    lambda n, w, k: (f"{k} days a week", {"times_per_week": k}),
    lambda n, w, k: ("on Mon, Wed and Fri", {"days_of_week": MWF}),
    lambda n, w, k: ("M/W/F", {"days_of_week": MWF}),
    lambda n, w, k: (
        f"{WORDS[n]} a day for {w} weeks",
        {"times_per_day": n, "duration_days": 7 * w},
    ),
    lambda n, w, k: (f"daily for {w}/52", {"times_per_day": 1, "duration_days": 7 * w}),
    lambda n, w, k: (f"every day for {7 * w} days", {"times_per_day": 1, "duration_days": 7 * w}),
    lambda n, w, k: (
        "morning and evening",
        {"times_per_day": 2, "time_of_day": ["morning", "evening"]},
    ),
    lambda n, w, k: ("at bedtime", {"times_per_day": 1, "time_of_day": ["bedtime"]}),
    lambda n, w, k: ("before each run", {"anchor": "before run"}),
    lambda n, w, k: ("as needed", {"prn": True}),
]


def assert_read_as_said_or_flagged(text: str, want: dict[str, Any]) -> None:
    """The reading of *text* has the fields *want* says, or it is flagged, or refused."""
    try:
        got = read(text).as_dict()
    except PhraseError:
        return  # refused with the words
    wrong = [f for f in FIELDS if not same(f, got[f], want.get(f))]
    assert not wrong or got["ambiguous"], (text, {f: (want.get(f), got[f]) for f in wrong})


@given(
    st.sampled_from(DOSES),
    st.sampled_from([2, 3, 4, 5]),
    st.sampled_from([8, 10, 12, 15]),
    st.sampled_from([5, 10, 20, 30, 45]),
    st.sampled_from(TIMINGS),
    st.sampled_from([1, 2, 3, 4]),
    st.sampled_from([2, 3, 4, 6, 8, 12]),
    st.sampled_from([2, 3, 4, 5]),
    st.sampled_from([", ", " ", "; "]),
    st.booleans(),
)
def test_a_dose_and_a_timing_read_as_said_or_flagged(
    dose: Callable[[int, int, int], tuple[str, dict[str, Any]]],
    s: int,
    r: int,
    h: int,
    timing: Callable[[int, int, int], tuple[str, dict[str, Any]]],
    n: int,
    w: int,
    k: int,
    sep: str,
    dose_first: bool,
) -> None:
    dose_text, dose_fields = dose(s, r, h)
    timing_text, timing_fields = timing(n, w, k)
    text = f"{dose_text}{sep}{timing_text}" if dose_first else f"{timing_text}{sep}{dose_text}"
    assert_read_as_said_or_flagged(text, {**dose_fields, **timing_fields})


#: Exercise names a handout puts first; some hold words the grammar knows ("raise",
#: "walks", "stretch", "plank").
NAMES = (
    "Calf raises",
    "Bridges",
    "Straight leg raise",
    "Monster walks",
    "Hamstring stretch",
    "Side plank",
    "Step ups",
    "Nordic curls",
    "Ankle pumps",
    "Hip flexor stretch",
    "Toe taps",
    "Cat-camel",
)
#: What else a line may say that changes neither the dose nor the timing.
ASIDES = (
    "stop if pain > 5/10",
    "slowly",
    "with good form",
    "(see video)",
    "using a band",
    "rest 60 s between sets",
    "2 mins rest",
    "at RPE 7",
    "to fatigue",
    "progress weekly",
    "review weekly",
)


@given(
    st.sampled_from(NAMES),
    st.sampled_from([": ", " - ", " "]),
    st.sampled_from(DOSES),
    st.sampled_from(TIMINGS),
    st.sampled_from(ASIDES),
    st.permutations(range(3)),
    st.sampled_from([", ", " ", "; "]),
)
def test_a_named_line_with_an_aside_reads_as_said_or_flagged(
    name: str,
    after_name: str,
    dose: Callable[[int, int, int], tuple[str, dict[str, Any]]],
    timing: Callable[[int, int, int], tuple[str, dict[str, Any]]],
    aside: str,
    order: list[int],
    sep: str,
) -> None:
    dose_text, dose_fields = dose(3, 10, 30)
    timing_text, timing_fields = timing(2, 6, 3)
    parts = [dose_text, timing_text, aside]
    text = name + after_name + sep.join(parts[i] for i in order)
    want = {**dose_fields, **timing_fields}
    if f"{aside} {timing_text}" in text and "rest" in aside and "prn" in timing_fields:
        # "rest 60 s between sets as needed": the rest is taken as needed, not the sessions
        want["prn"] = False
    assert_read_as_said_or_flagged(text, want)
