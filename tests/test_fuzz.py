"""
Hostile input: every input gives a value or a `RehabplanError`, never a crash.

The phrase readers, the programme loader (`programme_from_dict`, `files.load`),
expansion and the sheet exporter are fed malformed and huge phrases, control characters
and NUL bytes, look-alike Unicode, wrong types, missing keys, deep nesting, dates at the
edge of the calendar, untrusted time-zone names and unwritable output paths.
The atheris harness in ``fuzz/`` runs the same targets for longer.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zoneinfo
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import schedulable_timings

from rehabplan import expand, phrases
from rehabplan.cli import main
from rehabplan.errors import ExportError, ProgrammeError, RehabplanError, ScheduleError
from rehabplan.export.sheet import render_sheet
from rehabplan.files import load as read_programme
from rehabplan.files import programme_from_dict
from rehabplan.files._atomic import write_atomic
from rehabplan.model import Exercise, Prescription, Programme

READERS = (phrases.read, phrases.parse_timing, phrases.parse_dose, phrases.parse_prescription)

BASE: dict[str, Any] = {
    "title": "Achilles loading",
    "start": "2027-03-01",
    "timezone": "Europe/London",
    "prescriptions": [
        {"exercise": "Eccentric heel drops", "dose": "3 x 15", "when": "twice daily for 2 weeks"}
    ],
}

# Characters that break naive code: controls, NUL, bidi overrides, zero-width, look-alikes
# (Cyrillic і and х, full-width letters, the multiplication sign), surrogates.
HOSTILE_CHARS = st.sampled_from(
    list("\x00\x01\x1b\x7f\t\r\n\u2028\u202e\u200b\ufeffіхａｘ×–—½⁄\udcff𝟑")
    + list("3x15 twice daily for weeks on Mon every other day hold 30 s each side")
)
HOSTILE_TEXT = st.one_of(
    st.text(max_size=200),
    st.text(HOSTILE_CHARS, max_size=200),
    st.lists(
        st.sampled_from(["3", "x", "15", "twice", "daily", "for", "12", "weeks", "every", "-"]),
        max_size=60,
    ).map(" ".join),
)


def _value_or_error(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Call *fn*; a `RehabplanError` is a fine answer, anything else fails the test."""
    try:
        return fn(*args, **kwargs)
    except RehabplanError as exc:
        return exc


# --------------------------------------------------------------------------- phrases


@given(text=HOSTILE_TEXT)
def test_phrase_readers_return_or_raise_phrase_errors(text: str) -> None:
    """Every reader returns a value or raises a RehabplanError for any text."""
    for reader in READERS:
        result = _value_or_error(reader, text)
        assert result is not None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00",
        "\x00" * 1000,
        "twice\x00daily",
        "3 x 15 " * 5000,
        "x " * 20000,
        "9" * 5000,
        "every 99999999999999999999 hours",
        "3х15 twіce dаily",  # Cyrillic х, і, а
        "\u202etwice daily",
        "ｔｗｉｃｅ ｄａｉｌｙ",
        "until 2027-02-30",
        "from 9999-12-31 for 3 weeks",
        "on 31 February",
        "\udcff\udcfe",
    ],
)
def test_phrase_readers_on_hostile_examples(text: str) -> None:
    """Known-nasty phrases: a value or a RehabplanError, from every reader."""
    for reader in READERS:
        result = _value_or_error(reader, text)
        assert result is not None


def test_phrase_longer_than_the_limit_is_refused() -> None:
    """A phrase over MAX_LENGTH is refused up front, quoting at most a bounded prefix."""
    text = "3 x 15 " * (phrases.MAX_LENGTH // 7 + 1)
    for reader in READERS:
        error = _value_or_error(reader, text)
        assert isinstance(error, RehabplanError)
        assert len(str(error)) < 400


@pytest.mark.parametrize("value", [None, 3, b"daily", ["daily"], {"when": "daily"}])
def test_phrase_readers_refuse_non_text(value: Any) -> None:
    """A non-text phrase (from a JSON file, say) is a PhraseError, not a TypeError."""
    for reader in READERS:
        error = _value_or_error(reader, value)
        assert isinstance(error, RehabplanError)


# --------------------------------------------------------------------------- programmes

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | HOSTILE_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(HOSTILE_TEXT, inner, max_size=4),
    max_leaves=20,
)


@given(data=JSON_VALUES)
def test_programme_from_any_json_value(data: Any) -> None:
    """Any JSON-like value is a Programme or a ProgrammeError."""
    result = _value_or_error(programme_from_dict, data)
    assert isinstance(result, Programme | ProgrammeError)


@given(
    key=st.sampled_from(["title", "start", "timezone", "prescriptions", "until", "precautions"]),
    value=JSON_VALUES,
)
def test_programme_with_one_value_replaced(key: str, value: Any) -> None:
    """A valid programme with one value replaced by anything: a value or a ProgrammeError."""
    result = _value_or_error(programme_from_dict, {**BASE, key: value})
    assert isinstance(result, Programme | ProgrammeError)


@given(
    key=st.sampled_from(["exercise", "dose", "when", "id", "instructions", "notes"]),
    value=JSON_VALUES,
)
def test_prescription_with_one_value_replaced(key: str, value: Any) -> None:
    """A prescription with one value replaced by anything: a value or a ProgrammeError."""
    row = {**BASE["prescriptions"][0], key: value}
    result = _value_or_error(programme_from_dict, {**BASE, "prescriptions": [row]})
    assert isinstance(result, Programme | ProgrammeError)


@pytest.mark.parametrize("missing", ["title", "start", "timezone"])
def test_missing_key_is_named(missing: str) -> None:
    """A missing required key is a ProgrammeError naming it."""
    data = {k: v for k, v in BASE.items() if k != missing}
    with pytest.raises(ProgrammeError) as info:
        programme_from_dict(data)
    assert info.value.where == missing


def _deep(depth: int) -> list[Any]:
    outer: list[Any] = []
    current = outer
    for _ in range(depth):
        inner: list[Any] = []
        current.append(inner)
        current = inner
    return outer


@pytest.mark.parametrize("key", ["title", "precautions", "patient"])
def test_deeply_nested_value_is_a_programme_error(key: str) -> None:
    """
    A value nested 100,000 deep is a ProgrammeError: quoting it in the message used
    to raise RecursionError (a regression test).
    """
    with pytest.raises(ProgrammeError) as info:
        programme_from_dict({**BASE, key: _deep(100_000)})
    assert len(str(info.value)) < 300


# Untrusted time-zone names: zoneinfo raises ValueError, ZoneInfoNotFoundError,
# IsADirectoryError, UnicodeEncodeError, OSError... for these.
BAD_ZONES = [
    "../../etc/passwd",
    "/etc/passwd",
    "",
    " ",
    "a" * 10_000,
    "Europe/London\x00",
    "/",
    ".",
    "..",
    "Europe",
    "Europe/",
    "Europe//London",
    "\udcff",
    "Europe/Lond\u00f6n",
    "utc ",
    "Europe/../Europe/London",
    "C:\\Windows",
    "\\\\server\\share",
]


@pytest.mark.parametrize("zone", BAD_ZONES)
def test_untrusted_time_zone_names(zone: str) -> None:
    """Every bad zone name is a ProgrammeError at 'timezone' with a bounded message."""
    with pytest.raises(ProgrammeError) as info:
        programme_from_dict({**BASE, "timezone": zone})
    assert info.value.where == "timezone"
    assert len(str(info.value)) < 300


@given(zone=st.text(max_size=40))
def test_any_time_zone_text(zone: str) -> None:
    """Any text as a zone is a Programme whose zone loads, or a ProgrammeError."""
    result = _value_or_error(programme_from_dict, {**BASE, "timezone": zone})
    if isinstance(result, Programme):
        assert isinstance(result.tz, zoneinfo.ZoneInfo)
    else:
        assert isinstance(result, ProgrammeError)


# --------------------------------------------------------------------------- files


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "JSON"),
        ("deep.toml", b"a = " + b"[" * 100_000 + b"]" * 100_000, "TOML"),
        ("tables.toml", b"a = " + b"{b = " * 5000 + b"1" + b"}" * 5000, "TOML"),
        ("digits.json", b"1" * 5000, "a number of 5000 digits"),
        ("nul.toml", b"\x00\x00", "TOML"),
        ("latin1.toml", "title = 'caf\u00e9'".encode("latin-1"), "UTF-8"),
        ("nan.json", b'{"title": NaN}', "start"),
        ("list.json", b"[1, 2]", "table"),
        ("empty.toml", b"", "title"),
    ],
)
def test_read_programme_hostile_files(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    """
    Hostile files are ProgrammeErrors naming the file and what is wrong: deep TOML
    used to say "not valid JSON", and a 5,000-digit JSON number raised ValueError
    (regression tests).
    """
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ProgrammeError) as info:
        read_programme(str(path))
    assert str(path) in str(info.value)
    assert words in str(info.value)


def test_read_programme_from_a_folder(tmp_path: Path) -> None:
    """A folder given as the programme file is a ProgrammeError."""
    with pytest.raises(ProgrammeError, match="folder"):
        read_programme(str(tmp_path))


@given(content=st.binary(max_size=300))
@settings(max_examples=40)
def test_read_programme_any_bytes(tmp_path_factory: pytest.TempPathFactory, content: bytes) -> None:
    """Any bytes in a .toml or .json file: a Programme or a ProgrammeError."""
    folder = tmp_path_factory.mktemp("bytes")
    for suffix in (".toml", ".json"):
        path = folder / f"p{suffix}"
        path.write_bytes(content)
        result = _value_or_error(read_programme, str(path))
        assert isinstance(result, Programme | ProgrammeError)


# --------------------------------------------------------------------------- expansion


def test_millions_of_sessions_stop_at_the_limit() -> None:
    """Every hour round the clock until 9999 stops with a ScheduleError at the limit."""
    programme = programme_from_dict(
        {
            **BASE,
            "prescriptions": [
                {"exercise": "Breathing", "when": "every hour round the clock until 2199-12-31"}
            ],
        }
    )
    with pytest.raises(ScheduleError) as info:
        expand(programme)
    assert info.value.where == "limit"


@pytest.mark.parametrize(
    "activity",
    [
        {"kind": "run", "when": "every hour round the clock until 2199-12-31", "volume": "3 km"},
        {
            "kind": "run",
            "when": "daily",
            "volume": "1 km",
            "target": {"volume": "2 km", "date": "2199-12-31"},
        },
    ],
)
def test_activity_planned_for_millennia_stops_at_the_limit(activity: dict[str, Any]) -> None:
    """
    An activity planned over millions of days is a ScheduleError at once: its plan of
    volumes used to be computed over every day first, for 10-20 s (a regression test).
    """
    programme = programme_from_dict({**BASE, "activities": [activity]})
    with pytest.raises(ScheduleError) as info:
        expand(programme, until=dt.date(2027, 4, 1), limit=10_000)
    assert info.value.where == "activities[0]"


@pytest.mark.parametrize(
    "start", ["9999-12-31", "9999-12-25", "0001-01-01", "1899-12-31", "2200-01-01"]
)
def test_dates_outside_the_supported_range_are_refused(start: str) -> None:
    """
    A start outside 1900-2199 is a ProgrammeError naming the field: at year 1 or 9999
    time-zone arithmetic overflowed (a regression test).
    """
    with pytest.raises(ProgrammeError, match=r"start: must be from 1900-01-01 to 2199-12-31"):
        programme_from_dict({**BASE, "start": start})


@pytest.mark.parametrize("start", ["2199-12-31", "2199-12-25", "1900-01-01", "1900-01-03"])
@pytest.mark.parametrize("zone", ["America/Los_Angeles", "Pacific/Kiritimati", "UTC"])
def test_dates_at_the_edge_of_the_calendar(start: str, zone: str) -> None:
    """
    A programme at the edges of the supported range expands and prints, or raises a
    RehabplanError: it used to raise OverflowError (a regression test).
    """
    programme = programme_from_dict({**BASE, "start": start, "timezone": zone})
    for run in (
        expand,
        lambda p: render_sheet(p, format="html"),
        lambda p: render_sheet(p, format="txt"),
    ):
        result = _value_or_error(run, programme)
        assert result is not None


@given(
    data=st.data(),
    start=st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31)),
    zone=st.sampled_from(["UTC", "Asia/Tokyo"]),
)
@settings(max_examples=40)
def test_expand_any_start_date(data: st.DataObject, start: dt.date, zone: str) -> None:
    """Any start date and a drawn timing: a schedule or a RehabplanError."""
    timing = data.draw(schedulable_timings(start))
    programme = Programme(
        title="Edge",
        start=start,
        timezone=zone,
        prescriptions=[Prescription(exercise=Exercise(name="X"), timing=timing)],
    )
    result = _value_or_error(expand, programme, limit=5000)
    assert result is not None


def test_import_is_lazy() -> None:
    """`import rehabplan` loads neither the exporters' libraries nor dateutil, cattrs or TOML."""
    import subprocess
    import sys

    code = (
        "import sys, rehabplan; print(sorted(m for m in ('icalendar', 'jinja2', 'weasyprint',"
        " 'dateutil', 'cattrs', 'tomllib', 'tomli_w') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --------------------------------------------------------------------------- calendar


@given(text=HOSTILE_TEXT.filter(str.strip))
@settings(max_examples=40)
def test_ics_with_hostile_text(text: str) -> None:
    """
    Hostile names and notes give a calendar icalendar reads back, with every line at
    most 75 octets and no bare CR or LF inside a line; or a RehabplanError.
    """
    import icalendar

    from rehabplan.export.ical import to_ics

    data = {
        **BASE,
        "title": f"T {text}",
        "precautions": [text],
        "prescriptions": [
            {
                "exercise": {"name": f"X {text}", "instructions": [text]},
                "dose": "3 x 15",
                "when": "daily for 1 week",
                "notes": text,
            }
        ],
    }
    programme = _value_or_error(programme_from_dict, data)
    if isinstance(programme, RehabplanError):
        return
    for expanded in (False, True):
        out = to_ics(programme, expanded=expanded)
        lines = out.split(b"\r\n")
        assert all(len(line) <= 75 for line in lines)
        assert all(b"\r" not in line and b"\n" not in line for line in lines)
        assert icalendar.Calendar.from_ical(out).walk("VEVENT")


@pytest.mark.parametrize("start", ["2199-12-25", "2198-06-01", "1900-01-01", "1901-03-01"])
def test_ics_at_the_edge_of_the_calendar(start: str) -> None:
    """
    A calendar near year 1 or 9999: bytes or a RehabplanError, never a crash. The
    VTIMEZONE builder raised ValueError for year 0 and year 10000 (a regression test).
    """
    from rehabplan.export.ical import to_ics

    programme = programme_from_dict({**BASE, "start": start, "timezone": "America/Los_Angeles"})
    for expanded in (False, True):
        result = _value_or_error(to_ics, programme, expanded=expanded)
        assert result is not None


def test_each_event_describes_its_own_phase_and_volume() -> None:
    """
    Every per-exercise event's DESCRIPTION names its own phase and its own activity
    volume: the texts were cached by (id, dose), so a run kept its first week's volume
    and every event its first phase (a regression test).
    """
    import icalendar

    from rehabplan import examples
    from rehabplan.export.ical import to_ics

    programme = examples.calf_runner()
    sessions = {(s.prescription.id, s.start): s for s in expand(programme) if s.phase is not None}
    calendar = icalendar.Calendar.from_ical(to_ics(programme, expanded=True, per_exercise=True))
    checked = 0
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        session = sessions.get((uid.split(".", maxsplit=1)[0], event["DTSTART"].dt))
        if session is None:
            continue
        text = str(event["DESCRIPTION"])
        assert f"Phase: {session.phase}." in text
        if session.volume is not None:
            assert text.startswith(f"{session.prescription.name}: {session.volume}.")
        checked += 1
    assert checked > 100


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "Australia/Lord_Howe"])
def test_far_future_calendar_matches_its_sessions(zone: str) -> None:
    """
    A programme in year 2190 gets a VTIMEZONE built from the zone's yearly rule at
    once (scanning every day from 1970 took over a minute), and the calendar still
    expands to exactly the schedule's sessions (a regression test).
    """
    import icalendar
    import recurring_ical_events

    from rehabplan.export.ical import to_ics

    programme = programme_from_dict(
        {
            **BASE,
            "start": "2190-01-01",
            "timezone": zone,
            "prescriptions": [
                {"exercise": "X", "dose": "3 x 15", "when": "twice daily for 52 weeks"}
            ],
        }
    )
    calendar = icalendar.Calendar.from_ical(to_ics(programme))
    found = recurring_ical_events.of(calendar).between(
        dt.datetime(2190, 1, 1), dt.datetime(2191, 1, 2)
    )
    assert sorted(o["DTSTART"].dt for o in found) == [s.start for s in expand(programme)]


# --------------------------------------------------------------------------- output files


def test_write_atomic_to_a_folder(tmp_path: Path) -> None:
    """Writing to a folder is an ExportError and leaves the folder empty."""
    with pytest.raises(ExportError, match="folder"):
        write_atomic(str(tmp_path), b"data")
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_under_a_file(tmp_path: Path) -> None:
    """A path whose parent is a file is an ExportError, and no temporary file is left."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError):
        write_atomic(str(blocker / "plan.ics"), b"data")
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_write_atomic_to_an_unwritable_folder(tmp_path: Path) -> None:
    """A read-only folder is an ExportError and stays empty."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError):
            write_atomic(str(folder / "plan.ics"), b"data")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_write_atomic_keeps_the_old_file_when_interrupted(tmp_path: Path) -> None:
    """Data that cannot be written leaves the old file as it was and no temporary file."""
    target = tmp_path / "plan.ics"
    target.write_bytes(b"old")

    with pytest.raises(ProgrammeError):
        write_atomic(str(target), object())  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.ics"]


def test_failed_sheet_run_leaves_no_file(tmp_path: Path) -> None:
    """A sheet run whose template fails writes nothing: no output, no temporary file."""
    programme = tmp_path / "p.json"
    programme.write_text(json.dumps(BASE), encoding="utf-8")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "sheet.html").write_text("{{ sheet.no_such_field }}", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    status = main(
        ["sheet", str(programme), "-o", str(out / "sheet.html"), "--template-dir", str(templates)]
    )
    assert status == 2
    assert list(out.iterdir()) == []


def test_sheet_to_a_folder_fails_cleanly(tmp_path: Path) -> None:
    """An output path that is a folder is exit status 2 and the folder stays empty."""
    programme = tmp_path / "p.json"
    programme.write_text(json.dumps(BASE), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    assert main(["sheet", str(programme), "-o", str(out)]) == 2
    assert list(out.iterdir()) == []
