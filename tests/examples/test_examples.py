"""The example programme files load, equal the packaged examples, and expand."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from tests.helpers import ROOT

from rehabplan import examples
from rehabplan.cli import main
from rehabplan.export.ical import to_ics
from rehabplan.export.sheet import render_sheet
from rehabplan.files import load
from rehabplan.scheduling import expand, weekly_load


@pytest.mark.parametrize("name", ["calf-runner.toml", "sciatic-runner.toml"])
def test_example_files_are_the_packaged_files(name: str) -> None:
    """examples/*.toml are byte for byte the files packaged in rehabplan.examples."""
    assert (ROOT / "examples" / name).read_text(encoding="utf-8") == examples.example_text(name)


@pytest.mark.parametrize(
    ("name", "factory"),
    [
        ("calf-runner.toml", examples.calf_runner),
        ("sciatic-runner.toml", examples.sciatic_runner),
    ],
)
def test_example_files_are_the_example_programmes(name: str, factory: object) -> None:
    """examples/*.toml read to exactly the programmes rehabplan.examples returns."""
    assert load(ROOT / "examples" / name) == factory()  # type: ignore[operator]


@pytest.mark.parametrize("factory", [examples.calf_runner, examples.sciatic_runner])
@pytest.mark.parametrize("format", ["html", "md", "txt"])
def test_examples_print(factory: object, format: str) -> None:
    """Each example prints a sheet with every exercise's steps and every stop rule."""
    programme = factory()  # type: ignore[operator]
    text = " ".join(render_sheet(programme, format=format, weeks=4).split())
    rules = [f"{str(r)[:1].upper()}{str(r)[1:]}." for r in programme.stop_rules]
    assert [r for r in rules if r not in text] == []
    assert b"BEGIN:VEVENT" in to_ics(programme)


def test_calf_runner_expands() -> None:
    """Release twice daily; from the review, foam rolling before each run and glute work."""
    programme = load(ROOT / "examples" / "calf-runner.toml")
    schedule = expand(programme)
    sunday = [(s.start.strftime("%H:%M"), s.summary) for s in schedule.on(dt.date(2027, 3, 28))]
    assert sunday == [
        ("08:00", "Piriformis ball release · 1 min each side"),
        ("08:00", "Calf release with a spiky ball · 1 min each side"),
        ("14:55", "Vastus lateralis foam roll · 1 min each side"),
        ("15:00", "Run · 3 km"),
        ("18:00", "Piriformis ball release · 1 min each side"),
        ("18:00", "Calf release with a spiky ball · 1 min each side"),
    ]
    assert programme.appointment("review").date == dt.date(2027, 3, 25)
    assert {s.phase for s in schedule.on(dt.date(2027, 3, 25))} == {"Glute activation and running"}
    assert [str(s.dose) for s in schedule.of("glute-bridge")][::4] == [
        "3 x 12",
        "3 x 14",
        "3 x 16",
        "3 x 18",
    ]


def test_calf_runner_glutes_rest_every_other_day() -> None:
    """Bridges and clams fall on the same days, so no two glute days follow each other."""
    schedule = expand(examples.calf_runner())
    days = sorted(
        {s.start.date() for s in (*schedule.of("glute-bridge"), *schedule.of("clamshell"))}
    )
    gaps = {(b - a).days for a, b in itertools.pairwise(days)}
    assert gaps == {2}


def test_sciatic_runner_builds_what_it_can_toward_manchester() -> None:
    """
    Running starts at the physio on Tuesday (if cleared) beside walking and cycling,
    builds under the cap, tapers, and the plan says the marathon is out of reach and when
    it would not be.
    """
    schedule = expand(load(ROOT / "examples" / "sciatic-runner.toml"))
    first_run = next(s for s in schedule if s.activity and s.activity.kind == "run")
    kinds_after = {s.activity.kind for s in schedule.week(dt.date(2027, 3, 29)) if s.activity}
    assert (first_run.day, first_run.summary) == (dt.date(2027, 3, 2), "Easy run · 3 km")
    assert kinds_after == {"walk", "cycle", "run"}
    assert weekly_load(schedule) == [11.0, 12.1, 13.2, 14.4, 11.5, 7.1, 4.0]
    [race] = schedule.races
    assert (race.summary, race.start.isoformat()) == (
        "Manchester Marathon · 42.2 km",
        "2027-04-18T09:00:00+01:00",
    )
    [warning] = schedule.warnings
    assert warning.startswith(
        "Manchester Marathon (42.2 km) on 2027-04-18 is not reachable under the 10% weekly cap"
    )
    assert "the earliest race date it would be is 2028-01-16" in warning


def test_check_summarises_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    """rehabplan check prints a short summary and exits 0."""
    status = main(["check", str(ROOT / "examples" / "calf-runner.toml")])
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    assert out[1:4] == [
        "Calf pain: hip and glute programme: 2027-03-22 to 2027-05-19, Europe/London",
        "5 prescriptions, 1 activity, 3 appointments, 1 phase",
        "  phase 'Glute activation and running': 2027-03-25 to 2027-05-19",
    ]


def test_check_reports_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad file: exit status 2 and one line naming the file and the key path."""
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'title = "x"\nstart = 2027-01-01\ntimezone = "UTC"\n'
        '[[prescriptions]]\nexercise = "A"\nwhen = { times_per_dy = 2 }\n',
        encoding="utf-8",
    )
    status = main(["check", str(bad)])
    err = capsys.readouterr().err
    assert status == 2
    assert err == (
        f"rehabplan: {bad}: prescriptions[0].when: unknown key 'times_per_dy'; "
        "did you mean 'times_per_day'?\n"
    )


def test_demo_toml_is_the_calf_runner_example() -> None:
    """`rehabplan demo` writes exactly examples/calf-runner.toml (kept in the package)."""
    from rehabplan.examples import DEMO_TOML

    assert (ROOT / "examples" / "calf-runner.toml").read_text(encoding="utf-8") == DEMO_TOML
