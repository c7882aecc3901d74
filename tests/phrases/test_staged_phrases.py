"""Prescriptions in stages ("... for 2 weeks then ..."): read whole, never cut to the first."""

from __future__ import annotations

import pytest

from rehabplan import PhraseError, parse_dose, parse_prescription, parse_timing
from rehabplan.phrases import read


@pytest.mark.parametrize(
    ("text", "dose", "timing", "stages"),
    [
        (
            "Bridge twice daily for 2 weeks then once daily for 4 weeks",
            "None",
            "twice daily for 2 weeks",
            ["once daily for 4 weeks"],
        ),
        (
            "Bridge 3 x 10 daily for 2 weeks, then 3 x 15 every other day",
            "3 x 10",
            "daily for 2 weeks",
            ["3 x 15 every other day"],
        ),
        (
            "Squats: 10 squats daily for 1 week then 15 squats daily for 1 week",
            "10 reps",
            "daily for 1 week",
            ["15 reps daily for 1 week"],
        ),
        (
            "Calf raise 3x10 twice daily for 2 weeks then daily for 4 weeks then every other day",
            "3 x 10",
            "twice daily for 2 weeks",
            ["3 x 10 daily for 4 weeks", "3 x 10 every other day"],
        ),
        (
            "Heel drops 3 x 15 daily for 10 days, after that 3 x 20 on Mon, Wed and Fri",
            "3 x 15",
            "daily for 10 days",
            ["3 x 20 on Mon, Wed and Fri"],
        ),
    ],
)
def test_stages_are_read_in_order(text: str, dose: str, timing: str, stages: list[str]) -> None:
    p = parse_prescription(text)
    assert (str(p.dose), str(p.timing), [str(s) for s in p.stages]) == (dose, timing, stages)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Bridge daily then every other day", "how long is 'daily' done before the next stage"),
        ("Bridge 3 x 10 daily, then 3 x 15 every other day", "give it a length"),
        ("Bridge 3 x 10 daily for 2 weeks, then 3 x 15", "a later stage needs its timing"),
        ("Bridge daily for 2 weeks then every other day from 2027-05-01", "no start date"),
    ],
)
def test_a_stage_without_a_length_or_timing_is_a_question(text: str, words: str) -> None:
    with pytest.raises(PhraseError) as info:
        parse_prescription(text)
    assert words in str(info.value)


@pytest.mark.parametrize("read", [parse_timing, parse_dose])
@pytest.mark.parametrize(
    "text",
    [
        "twice daily for 2 weeks then once daily for 4 weeks",
        "daily then every other day",
        "3 x 10 daily for 2 weeks, then 3 x 15 every other day",
    ],
)
def test_single_value_readers_point_to_parse_prescription(read: object, text: str) -> None:
    with pytest.raises(PhraseError) as info:
        read(text)  # type: ignore[operator]
    assert "parse_prescription" in str(info.value) or "not a timing" in str(info.value)


def test_progress_to_without_a_rate_stays_a_question() -> None:
    """'progress to 3 x 20' says where, not when: neither a stage nor a progression yet."""
    with pytest.raises(PhraseError) as info:
        parse_prescription("Bridge 3 x 12 daily, progress to 3 x 20")
    assert "progression" in str(info.value)


def test_read_gives_the_later_stages_and_stays_ambiguous() -> None:
    """The corpus fields hold the first stage; `stages` and the note hold the others."""
    reading = read("3 x 10 daily for 2 weeks, then 3 x 15 every other day")
    assert (reading.sets, reading.reps, reading.duration_days) == (3, 10, 14)
    assert [str(s) for s in reading.stages] == ["3 x 15 every other day"]
    assert reading.ambiguous
    assert reading.note == "then, in stages: 3 x 15 every other day"


def test_read_names_a_later_stage_it_cannot_place() -> None:
    reading = read("daily then every other day")
    assert reading.stages == ()
    assert reading.ambiguous
    assert "a later stage not read: 'every other day'" in (reading.note or "")


def test_a_count_and_its_words_after_then_still_start_a_stage() -> None:
    """ "then 3 tablets once a day for 3 days" is a stage: the course is not cut to 3 days."""
    reading = read("take 4 tablets once a day for 3 days then 3 tablets once a day for 3 days")
    assert reading.ambiguous
    assert "then, in stages: once daily for 3 days" in (reading.note or "")


def test_a_then_with_nothing_read_before_it_starts_the_prescription() -> None:
    """ "2 tablets on day 1, then 1 tablet daily for 4 days": the reading is what follows."""
    reading = read("take 2 tablets by mouth on day 1 then 1 tablet daily for 4 days")
    assert (reading.times_per_day, reading.duration_days) == (1, 4)
    assert "in stages" not in (reading.note or "")
