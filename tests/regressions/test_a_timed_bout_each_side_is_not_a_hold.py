"""
Regression: "1 min each side" for a foam-roller or spiky-ball release printed as
"a hold of 1 minute, each side"; it is a timed bout, everywhere.
"""

from __future__ import annotations

import datetime as dt

from rehabplan import Dose, parse_dose
from rehabplan.export.ical import to_ics
from rehabplan.export.sheet import sheet_view
from rehabplan.files import loads

_FILE = """
title = "Release"
start = 2027-03-01
timezone = "Europe/London"

[[prescriptions]]
exercise = "Spiky ball release"
dose = "1 min each side"
when = "twice daily for 1 week"
"""


def test_a_timed_bout_each_side_is_a_duration() -> None:
    """The phrase reads as a 1-minute bout on each side; a bare seconds time stays a hold."""
    assert (parse_dose("1 min each side"), parse_dose("30 s each side").hold) == (
        Dose(1, duration=dt.timedelta(minutes=1), each_side=True),
        dt.timedelta(seconds=30),
    )


def test_a_timed_bout_each_side_prints_as_one_everywhere() -> None:
    """The card and the calendar say a minute each side, never a hold."""
    programme = loads(_FILE, format="toml")
    card = sheet_view(programme).sections[0].cards[0]
    calendar = to_ics(programme).decode()
    assert (card.dose, card.dose_words, "hold" in calendar.lower()) == (
        "1 min each side",
        "1 minute, each side",
        False,
    )
