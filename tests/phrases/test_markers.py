"""
Words that change what a prescription means (a negation, a side, a time before or after
something, an alternative, a total, an added count, a preference, a vague amount, a
period) are placed by a rule, or flagged by `read` and refused by the strict readers.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.errors import PhraseError
from rehabplan.phrases import parse_dose, parse_timing, read

#: Free text, the kind of word the reader could not place, and the words it names.
UNPLACED = [
    ("twice daily, not in the morning", "a negation", "not in the morning"),
    (
        "Do not exercise for 30 minutes after eating.",
        "a negation",
        "do not exercise for 30 minutes after eating",
    ),
    ("never run for 2 weeks", "a negation", "never run for 2 weeks"),
    ("3 x 10 on the right", "a side", "right"),
    ("3 x 10 on the affected side", "a side", "affected side"),
    ("3 x 10, ideally twice a day", "a preference", "ideally twice a day"),
    (
        "twice a day after your lymphatic drainage",
        "a time before or after",
        "after your lymphatic drainage",
    ),
    ("Easy walk 21 mins (or 3 x 7 mins)", "an alternative", "(or 3 x 7 mins)"),
    ("twice daily or weekly", "an alternative", "or weekly"),
    ("That is 52 sets in total.", "a total", "total"),
    ("once in the morning and repeated twice more", "a count added", "more"),
    ("every few hours, 10 reps", "a vague interval", "every few hours"),
    ("Hence 10-20 times for each exercise per day.", "a period", "day"),
    ("Do a quarter of the reps, 3 x 10", "a fraction", "quarter of the reps,"),
    ("3/12 each leg", "say '3 x 12' (sets and reps)", "3/12"),
    ("1 x 5 days", "a length of time", "days"),
]


@pytest.mark.parametrize(("text", "kind", "words"), UNPLACED)
def test_read_flags_a_word_it_cannot_place(text: str, kind: str, words: str) -> None:
    """The reading is ambiguous and its note names the kind of word and the words."""
    reading = read(text)
    assert reading.ambiguous
    assert kind in (reading.note or "")
    assert repr(words) in (reading.note or "")


def test_a_bare_before_and_after_is_the_documented_default_only_when_accepted() -> None:
    """'before and after' with no event asks which; accepted, it is the exercise."""
    with pytest.raises(PhraseError, match="names no event: say before and after what"):
        parse_timing("before and after")
    accepted = parse_timing("before and after", accept_defaults=True)
    assert str(accepted) == "before and after each exercise"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("twice daily, not in the morning", "a negation"),
        ("twice daily or weekly", "an alternative"),
        ("3 x 10 or 2 x 20", "an alternative"),
        ("daily for 2 weeks, no more than twice", "a negation"),
        ("3x10 right side", "a side"),
        ("3 x 10 rt leg", "a side"),
    ],
)
def test_strict_readers_refuse_a_word_they_cannot_place(text: str, kind: str) -> None:
    """parse_timing and parse_dose refuse in one line, naming the words."""
    for strict in (parse_timing, parse_dose):
        with pytest.raises(PhraseError, match=f"{kind} here is not read") as info:
            strict(text)
        assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "This stretch can be done right after getting out of bed, 10 times",
        "hold for five seconds before lowering, 10 times",
        "Change direction after 1 minute, 3 sets",
        "twice a week is tolerable for many tendons",
        "Do the following exercises 3 to 4 times a day.",
        "3 x 10 on each side",
        "3 x 10, don't hold",
        "twice a day for the following 4 weeks",
    ],
)
def test_marker_words_read_or_ordinary_are_not_flagged(text: str) -> None:
    """A marker word a rule places, or one that is ordinary English here, is not flagged."""
    assert not read(text).ambiguous


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Heel Walking (2 x 10 yards)", {"reps": 2, "sets": None, "ambiguous": True}),
        ("By your two week follow up appointment, bend it 10 times", {"duration_days": None}),
        ("try to climb the wall higher each day, 10 times", {"times_per_day": None}),
        ("Exercise daily at regular intervals, little but often", {"ambiguous": True}),
        ("Do the following exercises twice a day", {"anchor": None, "times_per_day": 2}),
        ("twice a day for the following 4 weeks", {"duration_days": 28}),
        ("Do not exercise for 30 minutes after eating.", {"ambiguous": True}),
        ("Hold each side for 30 seconds", {"hold_seconds": 30, "per_side": True}),
        ("Your check-up will be in 2 weeks. Do them 4 times a day.", {"duration_days": None}),
        ("Swim twice a week but do the core exercises every day.", {"times_per_week": None}),
        ("Stretch daily; your physiotherapist will see you once a week.", {"times_per_week": None}),
        ("Repeat ten times and then do the same on the left side.", {"per_side": True}),
        ("then repeat to the left. Do 5 reps", {"reps": 5, "per_side": True}),
        ("Do 3 cycles.", {"reps": 3}),
        ("Repeat for 4-6 intervals", {"reps": [4, 6]}),
        ("run for just 30 seconds", {"hold_seconds": None}),
        ("After completing the exercises, lie down for 5 minutes.", {"anchor": "after exercise"}),
        ("ice for 10 minutes after finishing your run", {"anchor": "after run"}),
        (
            "Rest from running for 2 weeks; do the calf raises 3 x 15 daily.",
            {"duration_days": None},
        ),
        ("heat for 15 min before and after if required", {"anchor": "before and after exercise"}),
        ("ice after completion.", {"anchor": "after exercise", "ambiguous": True}),
        ("ice before and after the therapy session", {"anchor": "before and after session"}),
        ("do ten, rest, then ten more and a final ten", {"sets": 3, "reps": 10}),
        ("do 10, rest, then 8 more", {"sets": None, "reps": None, "ambiguous": True}),
        ("between 20-40 times", {"reps": [20, 40], "ambiguous": False}),
        ("stand on one leg, 3 x 10", {"sets": 3, "reps": 10, "ambiguous": False}),
    ],
)
def test_handout_language_around_markers(text: str, fields: dict[str, object]) -> None:
    """Distances, milestones, progressions without a number and "the following"."""
    reading = read(text).as_dict()
    assert fields == {key: reading[key] for key in fields}


_TIMINGS = ["twice daily", "for 2 weeks", "every other day", "on Mon and Thu", "daily"]
_MARKERS = ["do not", "don't", "never", "avoid", "or", "left", "ideally", "especially"]


@given(
    st.lists(st.sampled_from(_TIMINGS), min_size=1, max_size=3).map(" ".join),
    st.sampled_from(_MARKERS),
)
def test_a_marker_before_a_timing_is_never_passed_over(timing: str, marker: str) -> None:
    """
    A negation, an alternative, a side or a preference before a timing is placed by a
    rule ("not on Mondays" is every day but Monday), or parse_timing refuses it and read
    flags (or refuses) it.
    """
    from rehabplan.phrases import _reader

    text = f"{marker} {timing}"
    tokens, _, used = _reader.scan(text)
    if used[len(marker.split()) - 1]:
        return
    with pytest.raises(PhraseError):
        parse_timing(text)
    try:
        reading = read(text)
    except PhraseError:
        return
    assert reading.ambiguous
