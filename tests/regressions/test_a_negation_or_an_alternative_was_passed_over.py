"""
Regression: the strict readers passed over "not" and "or" as filler words, so
"twice daily, not in the morning" read as twice daily in the morning and "twice daily or
weekly" as twice on one day a week; free text read "do not exercise for 30 minutes after
eating" as a 30-minute session after meals.
"""

from __future__ import annotations

import pytest

from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.files import loads
from rehabplan.phrases import parse_timing, read

_FILE = (
    'title = "Knee"\nstart = 2027-03-01\ntimezone = "UTC"\n[[prescriptions]]\n'
    'exercise = "Knee bends"\ndose = "3 x 10"\nwhen = "twice daily, not in the morning"\n'
)


@pytest.mark.parametrize("text", ["twice daily, not in the morning", "twice daily or weekly"])
def test_parse_timing_refuses_the_word_it_cannot_place(text: str) -> None:
    """The error names the words, in one line."""
    with pytest.raises(PhraseError, match="here is not read as part of a dose or a timing"):
        parse_timing(text)


def test_a_programme_file_refuses_a_negated_timing() -> None:
    """A programme file goes through the same strict reader."""
    with pytest.raises(ProgrammeError, match=r"prescriptions\[0\]\.when: .*a negation"):
        loads(_FILE, format="toml")


def test_free_text_flags_a_negated_session() -> None:
    """The negation is not skipped as one of the words before "for 30 minutes"."""
    reading = read("Do not exercise for 30 minutes after eating.")
    assert reading.ambiguous
    assert "a negation" in (reading.note or "")
    assert "'do not exercise for 30 minutes after eating'" in (reading.note or "")
    assert reading.anchor is None
