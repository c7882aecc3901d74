"""
Hostile programme files: each is refused naming the key or the file, or read within the
documented limits, never a built-in exception or Python's own words.
"""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

from rehabplan.cli import main
from rehabplan.errors import ProgrammeError
from rehabplan.files import MAX_FILE_BYTES, MAX_ITEMS, load, loads

HEAD = 'title = "Calf"\nstart = 2027-03-01\ntimezone = "UTC"\n'
ONE = '[[prescriptions]]\nexercise = "Calf raise"\ndose = "3 x 12"\nwhen = "daily for 7 days"\n'


def _json(**changes: object) -> str:
    data: dict[str, object] = {
        "title": "Calf",
        "start": "2027-03-01",
        "timezone": "UTC",
        "prescriptions": [{"exercise": "Calf raise", "dose": "3 x 12", "when": "daily for 7 days"}],
    }
    data.update(changes)
    return json.dumps(data)


def run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    code = main(list(argv), out=io.StringIO(), err=err)
    return code, err.getvalue()


def test_a_json_key_given_twice_is_refused_naming_it() -> None:
    """JSON's last-one-wins is a silent wrong answer: a repeated key is refused by name."""
    text = '{"title": "Calf", "title": "Hip", "start": "2027-03-01", "timezone": "UTC"}'
    with pytest.raises(ProgrammeError) as info:
        loads(text, format="json")
    expected = (
        "programme: is not valid JSON: the key 'title' is given twice in one object; keep one"
    )
    assert expected == str(info.value)


def test_a_toml_key_given_twice_is_refused_naming_it() -> None:
    """TOML's own error says only "Cannot overwrite a value"; ours names the key and line."""
    with pytest.raises(ProgrammeError) as info:
        loads(HEAD + 'title = "Hip"\n')
    expected = "programme: is not valid TOML: the key 'title' is given twice (line 4); keep one"
    assert expected == str(info.value)


@pytest.mark.parametrize(
    ("name", "words"),
    [("Calf\\u0000raise", "NUL character"), ("Calf \\ud800", "lone surrogate '\\ud800'")],
)
def test_a_nul_or_lone_surrogate_in_a_name_is_refused(name: str, words: str) -> None:
    """A name with a NUL or a lone surrogate is refused with its key path, never written."""
    text = _json().replace("Calf raise", name)
    with pytest.raises(ProgrammeError) as info:
        loads(text, format="json")
    message = str(info.value)
    assert (
        message.startswith("prescriptions[0].exercise.name: must not contain a "),
        words in message,
    ) == (True, True)


@pytest.mark.parametrize(
    ("dose", "expected"),
    [
        (
            '{"sets": NaN, "reps": 12}',
            "prescriptions[0].dose.sets: must be a whole number (got nan)",
        ),
        (
            '{"sets": 3, "reps": ' + "9" * 5000 + "}",
            "prescriptions[0].dose.reps: must be a whole number (got a number of 5000 digits)",
        ),
    ],
)
def test_non_finite_and_huge_numbers_are_named_with_their_key_path(
    dose: str, expected: str
) -> None:
    """NaN and a number of thousands of digits are refused in our words, at their key."""
    text = _json().replace('"3 x 12"', dose)
    with pytest.raises(ProgrammeError) as info:
        loads(text, format="json")
    assert expected == str(info.value)


def test_a_huge_toml_number_names_its_key() -> None:
    """tomllib lets Python's 4,300-digit refusal through; we name the key and line instead."""
    with pytest.raises(ProgrammeError) as info:
        loads(HEAD + "until = " + "1" * 5000 + "\n")
    expected = (
        "programme: is not valid TOML: the key 'until' (line 4) holds a number of 5000 "
        "digits; no field takes more than 100"
    )
    assert expected == str(info.value)


def test_an_infinite_volume_is_refused_at_its_key() -> None:
    """TOML's inf is a float; as a volume it is refused with its key path."""
    text = HEAD + '[[activities]]\nkind = "run"\nwhen = "on Mon"\nvolume = { amount = inf }\n'
    with pytest.raises(ProgrammeError) as info:
        loads(text)
    expected = "activities[0].volume.amount: must be above 0 and at most 100000 (got inf)"
    assert expected == str(info.value)


def test_a_file_over_the_size_limit_is_refused_at_once(tmp_path: Path) -> None:
    """A file of 100,000 exercises (11 MB) is refused by the 2 MB limit, in well under 2 s."""
    rows = [
        {"exercise": f"Exercise {i}", "dose": "3 x 12", "when": "daily"} for i in range(100_000)
    ]
    path = tmp_path / "big.json"
    path.write_text(_json(prescriptions=rows), encoding="utf-8")
    started = time.process_time()
    with pytest.raises(ProgrammeError) as info:
        load(path)
    seconds = time.process_time() - started
    expected = f"{path}: is larger than {MAX_FILE_BYTES:,} bytes, the most a programme file may be"
    assert (expected, True) == (str(info.value), seconds < 2)


def test_more_items_than_the_limit_are_refused() -> None:
    """A file under 2 MB with more than 1,000 prescriptions is refused by count, quickly."""
    rows = [{"exercise": f"E{i}", "dose": "3 x 12", "when": "daily"} for i in range(MAX_ITEMS + 1)]
    started = time.process_time()
    with pytest.raises(ProgrammeError) as info:
        loads(_json(prescriptions=rows), format="json")
    seconds = time.process_time() - started
    expected = (
        "programme: holds 1,001 prescriptions, activities, appointments and phases; "
        "a programme holds at most 1,000"
    )
    assert (expected, True) == (str(info.value), seconds < 2)


def test_a_one_megabyte_name_is_refused_by_the_text_limit() -> None:
    """A 1 MB exercise name is refused (texts hold at most 10,000 characters), not printed."""
    with pytest.raises(ProgrammeError) as info:
        loads(_json().replace("Calf raise", "x" * 1_000_000), format="json")
    expected = (
        "prescriptions[0].exercise.name: must be at most 10000 characters (got 1000000); shorten it"
    )
    assert expected == str(info.value)


@pytest.mark.parametrize("command", ["check", "schedule", "ics", "sheet"])
def test_a_programme_with_nothing_to_schedule_is_refused(tmp_path: Path, command: str) -> None:
    """No prescriptions, activities or appointments: exit 2 naming the file, nothing written."""
    path = tmp_path / "empty.toml"
    path.write_text(HEAD, encoding="utf-8")
    target = tmp_path / "out.html"
    extra = ["-o", str(target)] if command in ("ics", "sheet") else []
    code, err = run(command, str(path), *extra)
    expected = (
        f"rehabplan: {path}: has nothing to schedule: add a prescription, an activity or an "
        "appointment\n"
    )
    assert (2, expected, False) == (code, err, target.exists())


def test_a_batch_refuses_a_programme_with_nothing_to_schedule(tmp_path: Path) -> None:
    """In a batch, an empty programme is one failure naming its file; the others are built."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.toml").write_text(HEAD, encoding="utf-8")
    (folder / "good.toml").write_text(HEAD + ONE, encoding="utf-8")
    code, err = run("batch", str(folder), "-o", str(tmp_path / "out"), "--workers", "1")
    named = f"rehabplan: {folder / 'empty.toml'}: has nothing to schedule" in err
    assert (code, named, (tmp_path / "out" / "good.ics").exists()) == (2, True, True)
