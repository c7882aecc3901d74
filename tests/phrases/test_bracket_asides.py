"""A hedge in brackets ("(and often twice)", "(or 3 x 7 min)") is set aside and asked about."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan import PhraseError
from rehabplan.phrases import parse_timing, read

#: Main phrases and their reading, each readable on its own.
MAIN = {
    "at least once a day": {"times_per_day": 1},
    "3 x 10 daily": {"sets": 3, "reps": 10, "times_per_day": 1},
    "twice a day": {"times_per_day": 2},
    "hold 30 s, 3 times, every other day": {"hold_seconds": 30, "every_n_days": 2},
    "2 sets of 12 on Monday and Thursday": {"sets": 2, "days_of_week": ["MO", "TH"]},
}
#: Hedges in brackets that carry a dose or a timing of their own.
HEDGES = (
    "(and often twice)",
    "(or 3 x 7 min)",
    "(sometimes three times)",
    "(ideally twice daily)",
    "[or every day]",
    "(but up to 4 times a week)",
    "(maybe 20 reps)",
)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("you will be seen at least once (and often twice) a day", {"times_per_day": 1}),
        ("3 x 10 daily (or twice daily if you can)", {"sets": 3, "reps": 10, "times_per_day": 1}),
        ("twice a day (sometimes three times)", {"times_per_day": 2}),
        ("hold 20 s (up to 45 s as able), 3 times", {"hold_seconds": 20, "reps": 3}),
    ],
)
def test_a_hedge_in_brackets_is_asked_about_and_the_rest_is_read(
    text: str, fields: dict[str, object]
) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert reading.note is not None and "in brackets" in reading.note
    got = reading.as_dict()
    assert {k: got[k] for k in fields} == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # the dose itself in brackets, and brackets with no dose or timing: read as before
        ("Squats (3 x 10) daily", {"sets": 3, "reps": 10, "times_per_day": 1, "ambiguous": False}),
        ("3 x 10 daily (or more)", {"sets": 3, "reps": 10, "times_per_day": 1}),
        ("10 reps (and hold each for 5 s)", {"reps": 10, "hold_seconds": 5}),
        ("twice daily (morning and evening)", {"times_per_day": 2}),
    ],
)
def test_brackets_that_are_not_a_hedge_are_read_as_before(
    text: str, fields: dict[str, object]
) -> None:
    got = read(text).as_dict()
    assert {k: got[k] for k in fields} == fields


def test_the_strict_readers_ask_the_question_or_take_the_main_reading_when_accepted() -> None:
    text = "at least once daily (and often twice)"
    with pytest.raises(PhraseError, match=r"in brackets.*\(and often twice\)"):
        parse_timing(text)
    assert str(parse_timing(text, accept_defaults=True)) == str(parse_timing("once daily"))


@given(st.sampled_from(sorted(MAIN)), st.sampled_from(HEDGES), st.booleans())
def test_a_hedge_never_changes_the_reading_of_the_rest(main: str, hedge: str, at_end: bool) -> None:
    # wherever the hedge stands between the main phrase's words, the rest reads as alone
    text = f"{main} {hedge}" if at_end else f"{hedge} {main}"
    alone = read(main).as_dict()
    reading = read(text)
    assert reading.ambiguous
    got = reading.as_dict()
    for key in ("text", "ambiguous", "note"):
        del got[key], alone[key]
    assert got == alone
    assert MAIN[main].items() <= got.items()
