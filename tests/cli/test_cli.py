"""The command line, run in-process with captured output (and once as a real process)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rehabplan.cli import main

MINIMAL = """\
title = "Achilles loading"
start = 2027-03-01
timezone = "Europe/London"

[[prescriptions]]
exercise = "Eccentric heel drops"
dose = "3 x 15"
when = "twice daily for 12 weeks"
"""


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def programme_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.toml"
    path.write_text(MINIMAL, encoding="utf-8")
    return path


def test_parse_json_issue_example() -> None:
    """The issue's phrase prints reps 3, hold 30, per side, twice a day, 14 days."""
    code, out, _ = run("parse", "3 x 30 s hold each side, twice daily for 2 weeks", "--json")
    data = json.loads(out)
    assert (
        code,
        data["reps"],
        data["hold_seconds"],
        data["per_side"],
        data["times_per_day"],
        data["duration_days"],
    ) == (
        0,
        3,
        30,
        True,
        2,
        14,
    )
    assert {
        "text",
        "times_per_day",
        "every_n_days",
        "times_per_week",
        "days_of_week",
        "time_of_day",
        "duration_days",
        "sets",
        "reps",
        "hold_seconds",
        "per_side",
        "anchor",
        "prn",
        "ambiguous",
        "note",
    } <= set(data)


def test_parse_unreadable_exits_2_with_one_line() -> None:
    """Unreadable text: exit 2, one line on stderr, nothing on stdout."""
    code, out, err = run("parse", "twice dialy wekly")
    assert (code, out, err.count("\n")) == (2, "", 1)
    assert "did you mean 'daily'" in err


def test_parse_jsonl_keeps_order_and_goes_on(tmp_path: Path) -> None:
    """--jsonl: one object a line, same order; an unreadable line gets an error and the run goes on."""
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(json.dumps({"text": t}) for t in ["bd", "twice dialy wekly", "3x15 daily"])
        + "\nnot json\n",
        encoding="utf-8",
    )
    code, out, _ = run("parse", "--jsonl", str(src))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r.get("text") for r in rows] == ["bd", "twice dialy wekly", "3x15 daily", None]
    assert rows[0]["times_per_day"] == 2
    assert "error" in rows[1] and "error" in rows[3]
    assert rows[2]["sets"] == 3


def test_schedule_json_contract(programme_file: Path) -> None:
    """schedule --format json: sessions in time order with start, end, summary, prescription, dose."""
    code, out, _ = run("schedule", str(programme_file), "--format", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 168
    first = rows[0]
    assert (first["start"], first["prescription"], first["dose"]) == (
        "2027-03-01T08:00:00+00:00",
        "eccentric-heel-drops",
        "3 x 15",
    )
    assert rows[-1]["start"] == "2027-05-23T18:00:00+01:00"
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)


def test_schedule_window(programme_file: Path) -> None:
    """--from and --until are both included."""
    code, out, _ = run(
        "schedule",
        str(programme_file),
        "--format",
        "json",
        "--from",
        "2027-03-28",
        "--until",
        "2027-03-29",
    )
    starts = [r["start"] for r in json.loads(out)]
    assert starts == [
        "2027-03-28T08:00:00+01:00",
        "2027-03-28T18:00:00+01:00",
        "2027-03-29T08:00:00+01:00",
        "2027-03-29T18:00:00+01:00",
    ]


def test_schedule_table(programme_file: Path) -> None:
    """The table lists days, times and doses for people."""
    code, out, _ = run("schedule", str(programme_file), "--until", "2027-03-01")
    assert code == 0
    assert "Mon 2027-03-01" in out and "08:00  Eccentric heel drops  3 × 15" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            MINIMAL.replace("twice daily", "twice dialy"),
            "prescriptions[0].when: cannot read 'twice dialy for 12 weeks': unknown word 'dialy'",
        ),
        (
            MINIMAL.replace('timezone = "Europe/London"', 'timezone = "Europe/Lodnon"'),
            "timezone: unknown time zone",
        ),
        (
            MINIMAL.replace("exercise =", "exercize ="),
            "unknown key 'exercize'; did you mean 'exercise'?",
        ),
        (MINIMAL.replace("start = 2027-03-01", ""), "start: is missing"),
        ("title = ", "is not valid TOML"),
        (MINIMAL.replace('dose = "3 x 15"', 'dose = "3 x 0"'), "prescriptions[0].dose"),
    ],
)
def test_bad_programme_files(tmp_path: Path, content: str, message: str) -> None:
    """Bad input of any kind: exit 2 and one line that names the place and the problem."""
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    code, out, err = run("schedule", str(path))
    assert (code, out) == (2, "")
    assert message in err and err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["schedule", "/nonexistent/plan.toml"],
        ["schedule", "/"],
        ["schedule"],
        ["nosuchcommand"],
        ["schedule", "x.toml", "--from", "tomorrow"],
        ["parse"],
    ],
)
def test_bad_arguments_exit_2(argv: list[str]) -> None:
    """Missing files, folders, bad options: exit 2, one line, no traceback."""
    code, _, err = run(*argv)
    assert code == 2
    assert err.strip() and "Traceback" not in err and err.count("\n") == 1


def test_help_everywhere() -> None:
    """--help works for the program and every subcommand, exit 0."""
    for argv in (["--help"], ["parse", "--help"], ["schedule", "--help"]):
        code, out, _ = run(*argv)
        assert code == 0 and "usage:" in out


def test_python_dash_m_runs_as_a_real_process() -> None:
    """python -m rehabplan is the same command line."""
    done = subprocess.run(
        [sys.executable, "-m", "rehabplan", "parse", "bd", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, json.loads(done.stdout)["times_per_day"]) == (0, 2)
    bad = subprocess.run(
        [sys.executable, "-m", "rehabplan", "parse", "xyzzy"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_demo_writes_whole_files(tmp_path: Path) -> None:
    """rehabplan demo writes the programme, its sheets (and calendar) into a folder."""
    code, out, err = run("demo", "-o", str(tmp_path / "demo"))
    assert (code, err) == (0, "")
    written = sorted(p.name for p in (tmp_path / "demo").iterdir())
    assert {"programme.toml", "sheet.html", "sheet.txt"} <= set(written)
    assert not [n for n in written if n.endswith(".tmp")]
    assert (tmp_path / "demo" / "sheet.txt").stat().st_mode & 0o044  # readable by others too


def test_write_atomic_refuses_a_folder(tmp_path: Path) -> None:
    """Writing to a folder is an ExportError and leaves nothing behind."""
    from rehabplan.errors import ExportError
    from rehabplan.files._atomic import write_atomic

    with pytest.raises(ExportError, match="is a folder"):
        write_atomic(str(tmp_path), b"x")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["schedule", "check", "ics", "sheet"])
def test_a_schedule_error_names_the_file(tmp_path: Path, command: str) -> None:
    """A file that reads but cannot be scheduled: one line naming the file and the key path."""
    path = tmp_path / "ends-early.toml"
    path.write_text(
        'title = "t"\nstart = 2027-01-01\ntimezone = "UTC"\n\n[[prescriptions]]\n'
        'exercise = "x"\nwhen = "twice daily until 2026-12-01"\n',
        encoding="utf-8",
    )
    args = [command, str(path)]
    if command in ("ics", "sheet"):
        args += ["-o", str(tmp_path / "out")]
    code, out, err = run(*args)
    assert code == 2
    assert err.startswith(f"rehabplan: {path}: prescriptions[0]: 'x' ends on 2026-12-01")
    assert err.count("\n") == 1
    assert not (tmp_path / "out").exists()
