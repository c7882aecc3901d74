"""
Regressions from the fresh-eyes review of the first full build: each test is one
finding, stated as the behaviour a user relies on.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from rehabplan import (
    PhraseError,
    Programme,
    ProgrammeError,
    ScheduleError,
    examples,
    expand,
    parse_dose,
    parse_prescription,
    parse_timing,
)
from rehabplan.cli import main
from rehabplan.export.data import FIELDS, to_csv


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def test_jsonl_bad_bytes_are_an_error_line_and_the_run_goes_on(tmp_path: Path) -> None:
    """A line that is not UTF-8 (or holds a lone surrogate) gets an error object."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "bd"}\n\xff\n{"text": "\\ud800"}\n{"text": "tds"}\n')
    code, out, _ = run("parse", "--jsonl", str(src))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r.get("times_per_day") for r in rows] == [2, None, None, 3]
    assert [("error" in r) for r in rows] == [False, True, True, False]


def test_an_output_that_fails_is_one_line_not_a_traceback() -> None:
    """Writing to a full disk or a closed stream: exit 2 and one line on stderr."""

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    err = io.StringIO()
    code = main(["parse", "bd"], out=Full(), err=err)
    assert (code, err.getvalue().count("\n")) == (2, 1)
    assert "No space left" in err.getvalue()


def test_a_window_after_the_programme_is_empty() -> None:
    """schedule --from a day after the last session prints [] and exits 0."""
    schedule = expand(examples.achilles(), start=dt.date(2027, 6, 1))
    assert (len(schedule), schedule.start) == (0, dt.date(2027, 6, 1))


def test_an_until_before_the_start_is_an_error_not_an_empty_plan() -> None:
    """'daily until 1 Feb' in a programme starting in March is refused, naming the item."""
    p = Programme(
        title="t",
        start=dt.date(2027, 3, 1),
        timezone="UTC",
        prescriptions=[parse_prescription("Bridges 3x10 daily until 2027-02-01")],
    )
    with pytest.raises(ScheduleError, match=r"prescriptions\[0\]: 'Bridges' ends on 2027-02-01"):
        expand(p)


@pytest.mark.parametrize("zone", ["localtime", "posixrules", "/etc/localtime", ""])
def test_only_iana_zone_names(zone: str) -> None:
    """Names that follow the host's settings are refused: output must not depend on it."""
    with pytest.raises(ProgrammeError, match="timezone"):
        Programme(title="t", start=dt.date(2027, 1, 1), timezone=zone)


@pytest.mark.parametrize(
    "value", ["2027-01-01", dt.datetime(2027, 1, 1, 15), dt.date(1, 1, 1), dt.date(9999, 12, 25)]
)
def test_programme_start_must_be_a_supported_date(value: object) -> None:
    """A text, a date-time or a date past the supported range is a ProgrammeError."""
    with pytest.raises(ProgrammeError, match="start: must be"):
        Programme(title="t", start=value, timezone="UTC")  # type: ignore[arg-type]


def test_expand_checks_its_arguments() -> None:
    """A date-time window or a limit below 1 is refused with a clear error."""
    p = examples.achilles()
    with pytest.raises(ScheduleError, match="until: must be a date"):
        expand(p, until=dt.datetime(2027, 3, 2))  # type: ignore[arg-type]
    with pytest.raises(ScheduleError, match="limit: must be a whole number"):
        expand(p, limit=0)


def test_a_day_the_zone_skips_has_no_session() -> None:
    """Samoa skipped 30 December 2011: no session that day, and none twice the next."""
    p = Programme(
        title="t",
        start=dt.date(2011, 12, 28),
        timezone="Pacific/Apia",
        prescriptions=[parse_prescription("Bridges 3x10 daily for 5 days")],
    )
    days = [s.start.date().isoformat() for s in expand(p)]
    assert days == ["2011-12-28", "2011-12-29", "2011-12-31", "2012-01-01"]


def test_negative_counts_are_refused() -> None:
    """'-3 x 15' is an error, not 3 x 15 with the sign dropped."""
    for text in ("-3 x 15", "3 x -15"):
        with pytest.raises(PhraseError, match="cannot be negative"):
            parse_dose(text)


def test_every_weekday() -> None:
    """'every weekday' and 'every weekend' are weekday groups."""
    assert (parse_timing("every weekday").weekdays, parse_timing("every weekend").weekdays) == (
        (0, 1, 2, 3, 4),
        (5, 6),
    )


def test_schedule_as_csv_has_the_json_keys() -> None:
    """The CSV has one header row of the schedule's keys and one row per session."""
    lines = to_csv(examples.achilles()).splitlines()
    assert (lines[0].split(","), len(lines)) == (list(FIELDS), 169)


def test_demo_writes_the_schedule_as_json(tmp_path: Path) -> None:
    """demo writes schedule.json with the same rows as schedule --format json."""
    code, _, _ = run("demo", "-o", str(tmp_path))
    rows = json.loads((tmp_path / "schedule.json").read_text(encoding="utf-8"))
    _, out, _ = run("schedule", str(tmp_path / "programme.toml"), "--format", "json")
    assert (code, rows) == (0, json.loads(out))


def test_an_activity_card_shows_its_distance() -> None:
    """A run's card and weekly rows show its distance (3 km), not only its time."""
    from rehabplan.export.sheet import render_sheet

    text = render_sheet(examples.calf_runner_phased(), format="txt")
    assert "DOSE: 3 km" in text
    assert "Run (3.3 km)" in text


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Use crutches for 2 weeks. Perform the knee exercises 4 times daily.",
            {"times_per_day": 4, "duration_days": None},
        ),
        (
            "Repeat 10 times, 3 times a day. Change the dressing every other day.",
            {"times_per_day": 3, "every_n_days": None},
        ),
        ("take 1 tablet by mouth every other day", {"every_n_days": 2}),
        (
            "Ice three times a day and do the exercises twice a day",
            {"times_per_day": 2, "ambiguous": False},
        ),
        (
            "Do the exercises twice a day and ice 3 times a day",
            {"times_per_day": 2, "ambiguous": False},
        ),
        (
            "Ice 20 min 3x a day. Exercises 3x10 twice daily",
            {"times_per_day": 2, "sets": 3, "reps": 10},
        ),
        ("Ice 15 min 3 times a day", {"times_per_day": 3}),  # ice alone: its own schedule
    ],
)
def test_a_clause_about_something_else_does_not_schedule_the_exercise(
    text: str, fields: dict[str, object]
) -> None:
    """Crutches, dressings, tablets or ice in another clause give no schedule to the exercise."""
    from rehabplan.phrases import read

    data = read(text).as_dict()
    assert {k: data[k] for k in fields} == fields


def test_check_warns_about_an_open_ended_programme(tmp_path: Path) -> None:
    """check says an open-ended file needs an end for schedule, ics and sheet."""
    path = tmp_path / "open.toml"
    path.write_text(
        'title = "t"\nstart = 2027-01-01\ntimezone = "UTC"\n\n[[prescriptions]]\n'
        'exercise = "x"\nwhen = "twice daily"\n',
        encoding="utf-8",
    )
    code, out, _ = run("check", str(path))
    assert code == 0
    assert "sheet needs --weeks" in out
