"""
Regression: the 80-column text sheet counted characters, not display columns, so a
name in wide characters (CJK) ran past 80 columns; names are wrapped, never cut.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from rehabplan import Dose, Exercise, Prescription, Programme, Timing
from rehabplan.export.sheet import TEXT_WIDTH, display_width, render_sheet, wrap_lines

_WIDE = "ふくらはぎのストレッチ"  # "calf stretch": 11 characters, 22 columns


def _programme(name: str) -> Programme:
    return Programme(
        title=f"{name} {name} {name}",
        start=dt.date(2027, 3, 1),
        timezone="Asia/Tokyo",
        prescriptions=[
            Prescription(
                exercise=Exercise(name=name, instructions=(f"{name} " * 6,)),
                dose=Dose(3, 12),
                timing=Timing(times_per_day=2, duration_days=7),
            )
        ],
    )


def test_the_text_sheet_counts_wide_characters() -> None:
    """Every line fits 80 display columns, and the wide name is printed whole."""
    text = render_sheet(_programme(_WIDE * 2), format="txt")
    assert isinstance(text, str)
    too_wide = [line for line in text.splitlines() if display_width(line) > TEXT_WIDTH]
    assert (too_wide, _WIDE * 2 in text.replace("\n", "").replace(" ", "")) == ([], True)


@given(
    text=st.text(st.sampled_from("aé\u0301ふ語😀- "), max_size=60),
    width=st.integers(2, 30),
)
def test_wrapped_lines_fit_and_keep_every_character(text: str, width: int) -> None:
    """Wrapped lines never pass the width, and together hold every character in order."""
    lines = wrap_lines(text, width)
    assert (
        [line for line in lines if display_width(line) > width],
        "".join(lines).replace(" ", ""),
    ) == ([], text.replace(" ", ""))
