"""
Rules made from the blind set -107 (leaflets from continental Europe, Israel and
Scandinavia; how-to articles and exercise glossaries): each test names the rule, with the
set's phrase and others written the same way.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError
from rehabplan.model import Range
from rehabplan.phrases import read


@pytest.mark.parametrize(
    "text",
    [
        "hold for min. 30s, max. 2 minutes",
        "hold for a minimum of 30 seconds and a maximum of 2 minutes",
    ],
)
def test_a_hold_between_a_least_and_a_most_is_a_range(text: str) -> None:
    assert read(text).hold_seconds == Range(30, 120)


def test_a_least_over_the_most_is_refused() -> None:
    with pytest.raises(PhraseError, match="the least is not under the most"):
        read("hold min 2 min max 30 s")


def test_sets_of_a_distance_are_sets_asked() -> None:
    reading = read("Sets & Reps: 3 sets x 15m")
    assert (reading.sets, reading.reps, reading.ambiguous) == (3, None, True)


def test_the_set_repeated_a_count_of_times_is_that_many_sets() -> None:
    reading = read("Switch legs and repeat the set, five times.")
    assert (reading.sets, reading.reps) == (5, None)


def test_a_set_repeated_with_no_count_is_a_second_set() -> None:
    assert read("10 reps, rest and repeat the set.").sets == 2


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Spend the first week doing 3 sets of 10 reps with bodyweight only.", 7),
        ("spend the first 2 weeks doing 3 x 10", 14),
    ],
)
def test_the_first_weeks_spent_on_a_dose_are_its_course(text: str, days: int) -> None:
    assert read(text).duration_days == days


def test_a_number_word_in_quotes_is_no_seconds() -> None:
    reading = read("4\u00d74 (\u201cfour by four\u201d) aerobic interval training")
    assert reading.hold_seconds is None
    assert reading.ambiguous


@pytest.mark.parametrize("text", ['hold 30" x 3', "hold 30\u2033"])
def test_a_seconds_mark_after_digits_stays_seconds(text: str) -> None:
    assert read(text).hold_seconds == 30


@pytest.mark.parametrize(
    "text",
    [
        "If your pain levels increase significantly for more than 4 hours after the exercise",
        "If your pain increases after exercise",
        "if pain gets worse",
    ],
)
def test_a_worsening_symptom_with_nothing_done_for_it_is_asked(text: str) -> None:
    reading = read(text)
    assert reading.ambiguous
    assert "a warning, or when to do it?" in (reading.note or "")


@pytest.mark.parametrize(
    "text", ["Use ice if pain gets worse", "Do the stretches if your pain gets worse"]
)
def test_something_done_when_a_symptom_worsens_is_as_needed(text: str) -> None:
    reading = read(text)
    assert (reading.prn, reading.ambiguous) == (True, False)
