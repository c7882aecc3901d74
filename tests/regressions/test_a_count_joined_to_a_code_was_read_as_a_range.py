"""
Regression: "1-bd" (one, twice a day) was read as 1-2 times a day and "2-qds-req" as
2-4 times a day: the number a code stands for was joined to the count before it as
the far end of a range.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.phrases import read

CODES = {"bd": 2, "tds": 3, "qds": 4, "bid": 2, "tid": 3, "qid": 4}


@given(
    count=st.sampled_from(["1", "2", "one", "two"]),
    dash=st.sampled_from(["-", " - ", "–"]),
    code=st.sampled_from(sorted(CODES)),
)
def test_a_count_then_a_code_is_the_code_with_the_count_asked(
    count: str, dash: str, code: str
) -> None:
    reading = read(f"{count}{dash}{code}")
    assert reading.times_per_day == CODES[code]
    assert reading.ambiguous


@pytest.mark.parametrize(
    ("text", "per_day"),
    [("bd-tds", [2, 3]), ("2-3 times a day", [2, 3]), ("1 to twice daily", [1, 2])],
)
def test_ranges_of_counts_or_of_codes_stay_ranges(text: str, per_day: list[int]) -> None:
    assert read(text).as_dict()["times_per_day"] == per_day
