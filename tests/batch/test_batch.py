"""Batches: `rehabplan.batch.build_many` and ``rehabplan batch DIR -o OUTDIR``."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from rehabplan.batch import BatchResult, Outcome, build_many, programme_files
from rehabplan.cli import main
from rehabplan.errors import ExportError, ProgrammeError


def _programme(title: str, weeks: int = 2) -> dict[str, Any]:
    return {
        "title": title,
        "start": "2027-03-01",
        "timezone": "Europe/London",
        "prescriptions": [
            {
                "exercise": "Calf stretch",
                "dose": "3 x 30 s hold",
                "when": f"daily for {weeks} weeks",
            }
        ],
    }


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Four good programmes and three bad ones, in TOML and JSON."""
    d = tmp_path / "in"
    d.mkdir()
    for n in range(4):
        (d / f"good{n}.json").write_text(json.dumps(_programme(f"Plan {n}")), encoding="utf-8")
    (d / "good4.toml").write_text(
        'title = "Toml plan"\nstart = 2027-03-01\ntimezone = "UTC"\n'
        '[[prescriptions]]\nexercise = "Bridge"\nwhen = "every other day for 2 weeks"\n',
        encoding="utf-8",
    )
    (d / "bad-zone.json").write_text(
        json.dumps({**_programme("Bad"), "timezone": "../../etc/passwd"}), encoding="utf-8"
    )
    (d / "bad-syntax.toml").write_text("title = ", encoding="utf-8")
    (d / "bad-phrase.json").write_text(
        json.dumps(
            {**_programme("P"), "prescriptions": [{"exercise": "X", "when": "twice dialy"}]}
        ),
        encoding="utf-8",
    )
    (d / "notes.txt").write_text("not a programme", encoding="utf-8")
    return d


def test_programme_files_lists_toml_and_json_sorted(folder: Path) -> None:
    """Only .toml and .json files, sorted by name."""
    names = [p.name for p in programme_files(folder)]
    assert names == sorted(names)
    assert "notes.txt" not in names
    assert len(names) == 8


def test_programme_files_refuses_a_file(folder: Path) -> None:
    """A DIR that is not a folder is a ProgrammeError."""
    with pytest.raises(ProgrammeError):
        programme_files(folder / "notes.txt")


@pytest.mark.parametrize("workers", [1, 2])
def test_errors_do_not_stop_the_batch(folder: Path, tmp_path: Path, workers: int) -> None:
    """Every good file is built, every bad one reported with its own error, in input order."""
    out = tmp_path / "out"
    result = build_many(programme_files(folder), out, workers=workers, outputs=("html",))
    assert [o.name for o in result.outcomes] == [p.stem for p in programme_files(folder)]
    assert sorted(o.name for o in result.failed) == ["bad-phrase", "bad-syntax", "bad-zone"]
    assert "time zone" in next(o.error for o in result.failed if o.name == "bad-zone")
    assert "dialy" in next(o.error for o in result.failed if o.name == "bad-phrase")
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{o.name}.html" for o in result.built)
    assert all(o.sessions > 0 for o in result.built)


def test_one_and_two_workers_write_the_same_bytes(folder: Path, tmp_path: Path) -> None:
    """The pool changes nothing in the outputs: byte for byte the same files."""
    one = build_many(programme_files(folder), tmp_path / "one", workers=1, outputs=("html",))
    two = build_many(programme_files(folder), tmp_path / "two", workers=2, outputs=("html",))
    assert [o.name for o in one.built] == [o.name for o in two.built]
    for o in one.built:
        assert (tmp_path / "one" / f"{o.name}.html").read_bytes() == (
            tmp_path / "two" / f"{o.name}.html"
        ).read_bytes()


def test_default_outputs_are_a_calendar_and_a_sheet(tmp_path: Path) -> None:
    """By default each programme gets NAME.ics (which icalendar reads back) and NAME.html."""
    import icalendar

    d = tmp_path / "in"
    d.mkdir()
    (d / "plan.json").write_text(json.dumps(_programme("A", weeks=1)), encoding="utf-8")
    result = build_many(programme_files(d), tmp_path / "out", workers=1)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["plan.html", "plan.ics"]
    calendar = icalendar.Calendar.from_ical((tmp_path / "out" / "plan.ics").read_bytes())
    assert len(calendar.walk("VEVENT")) >= 1
    assert result.summary() == "built 1 of 1 programmes (2 files)"


def test_repeated_stems_get_their_suffix(tmp_path: Path) -> None:
    """plan.toml and plan.json do not overwrite each other."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "plan.json").write_text(json.dumps(_programme("A")), encoding="utf-8")
    (d / "plan.toml").write_text(
        'title = "B"\nstart = 2027-03-01\ntimezone = "UTC"\n', encoding="utf-8"
    )
    result = build_many(programme_files(d), tmp_path / "out", workers=1, outputs=("html",))
    assert [o.name for o in result.outcomes] == ["plan-json", "plan-toml"]


def test_outdir_that_is_a_file(folder: Path) -> None:
    """An OUTDIR that is a file is an ExportError before anything is built."""
    with pytest.raises(ExportError):
        build_many(programme_files(folder), folder / "notes.txt", workers=1)


def test_unknown_output(folder: Path, tmp_path: Path) -> None:
    """An output other than ics or html is an ExportError."""
    with pytest.raises(ExportError, match="pdf"):
        build_many([], tmp_path, outputs=("pdf",))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(folder: Path, tmp_path: Path) -> None:
    """A terminal gets a progress bar; a pipe or file gets nothing."""
    tty, pipe = _Terminal(), io.StringIO()
    build_many(programme_files(folder), tmp_path / "a", workers=1, outputs=("html",), stream=tty)
    build_many(programme_files(folder), tmp_path / "b", workers=1, outputs=("html",), stream=pipe)
    assert "\r[" in tty.getvalue()
    assert "8/8, 3 failed" in tty.getvalue()
    assert pipe.getvalue() == ""


def test_summary() -> None:
    """The summary counts programmes, files and failures."""
    result = BatchResult(
        outcomes=(
            Outcome(path="a.toml", name="a", written=("a.ics", "a.html")),
            Outcome(path="b.toml", name="b", error="b.toml: broken"),
        )
    )
    assert result.summary() == "built 1 of 2 programmes (2 files); 1 failed"


def test_cli_batch_reports_failures_and_exits_2(folder: Path, tmp_path: Path) -> None:
    """``rehabplan batch`` prints each error and a summary on stderr; exit status 2."""
    out, err = io.StringIO(), io.StringIO()
    status = main(
        ["batch", str(folder), "-o", str(tmp_path / "out"), "--workers", "1", "--only", "html"],
        out=out,
        err=err,
    )
    assert status == 2
    lines = err.getvalue().splitlines()
    assert sum(line.startswith("rehabplan: ") for line in lines) == 3
    assert lines[-1].startswith("built 5 of 8 programmes (5 files); 3 failed")
    assert (tmp_path / "out" / "good0.html").exists()


def test_cli_batch_all_good_exits_0(tmp_path: Path) -> None:
    """A batch with no failure exits 0."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.json").write_text(json.dumps(_programme("A")), encoding="utf-8")
    err = io.StringIO()
    status = main(["batch", str(d), "-o", str(tmp_path / "out"), "--only", "html"], err=err)
    assert status == 0
    assert "built 1 of 1 programmes" in err.getvalue()


def test_cli_batch_on_a_missing_folder(tmp_path: Path) -> None:
    """A DIR that does not exist: one line, exit status 2."""
    err = io.StringIO()
    assert main(["batch", str(tmp_path / "nope"), "-o", str(tmp_path / "out")], err=err) == 2
    assert "not a folder" in err.getvalue()


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"chunk_size": 0}, "chunk_size"),
        ({"chunk_size": -1}, "chunk_size"),
        ({"workers": 0}, "workers"),
    ],
)
def test_a_count_of_workers_or_files_below_one_is_refused(
    tmp_path: Path, arguments: dict[str, int], field: str
) -> None:
    with pytest.raises(ExportError, match=f"{field}: must be a whole number, 1 or more"):
        build_many([], tmp_path / "out", **arguments)
