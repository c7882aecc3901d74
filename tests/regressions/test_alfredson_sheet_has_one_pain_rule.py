"""Regression: the Alfredson sheet printed two pain rules that contradicted each other.

The catalogue's heel drops said "stop if pain is sharp or keeps rising", the protocol
"carry on unless the pain is disabling"; both reached the same sheet. They also told
the patient to rise on both legs, loading the sore side the protocol spares.
"""

from __future__ import annotations

import datetime as dt

from rehabplan.export.sheet import render_sheet
from rehabplan.protocols import alfredson


def test_alfredson_sheet_has_one_pain_rule() -> None:
    """The sheet says carry on unless disabling, never "sharp", and the good leg rises."""
    text = " ".join(render_sheet(alfredson(dt.date(2027, 3, 1)), format="txt", weeks=1).split())
    assert (
        "sharp" in text,
        "use both legs to rise" in text,
        "Stop and contact your physio if the pain becomes disabling." in text,
        "push up with the good leg; the sore leg only lowers" in text,
    ) == (False, False, True, True)
