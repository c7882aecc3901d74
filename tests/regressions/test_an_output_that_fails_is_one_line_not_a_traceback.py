"""Regression: Writing to a full disk or a closed stream: exit 2 and one line on stderr."""

from __future__ import annotations

import io

from rehabplan.cli import main


def test_an_output_that_fails_is_one_line_not_a_traceback() -> None:
    """Writing to a full disk or a closed stream: exit 2 and one line on stderr."""

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    err = io.StringIO()
    code = main(["parse", "bd"], out=Full(), err=err)
    assert (code, err.getvalue().count("\n")) == (2, 1)
    assert "No space left" in err.getvalue()
