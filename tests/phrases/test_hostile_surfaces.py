"""
Hostile text gets the same answer from every surface: `parse_timing` or `parse_dose`,
`read`, `parse_prescription`, ``rehabplan parse`` (a phrase, and ``--jsonl`` from a file
and from stdin), `loads` and the commands that read a programme file (``check``,
``schedule``, ``ics``, ``sheet``) and `build_one`: one `PhraseError` message, one line,
exit status 2, no output file. The characters the phrase reference documents as read are
read the same way everywhere.
"""

from __future__ import annotations

import io
import json
import re
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.batch import build_one
from rehabplan.cli import main
from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.files import loads
from rehabplan.phrases import parse_dose, parse_prescription, parse_timing, read

T, D = "timing", "dose"

#: (class, text, the surface it is meant for, words of the message every surface gives).
HOSTILE = [
    # negative counts, in figures, in words and with the sign spaced out
    ("negative", "every minus three days", T, "a count cannot be negative"),
    ("negative", "minus 2 times a day", T, "a count cannot be negative"),
    ("negative", "twice daily for -4 weeks", T, "a count cannot be negative"),
    ("negative", "every - 3 days", T, "a count cannot be negative"),
    ("negative", "daily for negative 2 weeks", T, "a count cannot be negative"),
    ("negative", "-3 x 10", D, "a count cannot be negative"),
    ("negative", "3 x 10 x -2", D, "a count cannot be negative"),
    ("negative", "minus three sets of 10", D, "a count cannot be negative"),
    ("negative", "hold -30 s", D, "a count cannot be negative"),
    ("negative", "3 x (-10)", D, "a count cannot be negative"),
    ("negative", "3 x - 10", D, "a count cannot be negative"),
    # zero
    ("zero", "zero times a day", T, "must be at least 1 (got 0)"),
    ("zero", "every zero days", T, "must be at least 2 (got 0)"),
    ("zero", "daily for zero weeks", T, "must be at least 1 (got 0)"),
    ("zero", "0 days a week", T, "must be at least 1 (got 0)"),
    ("zero", "twice daily for 0/52", T, "must be at least 1 (got 0)"),
    ("zero", "zero sets of 10", D, "sets must be at least 1 (got 0)"),
    ("zero", "3 x zero", D, "reps must be at least 1 (got 0)"),
    ("zero", "0 x 10", D, "sets must be at least 1 (got 0)"),
    ("zero", "hold 0 s", D, "hold must be"),
    # absurd counts, in figures and in words
    ("absurd", "a million times a day", T, "must be at most 96 (got 1000000)"),
    ("absurd", "every million days", T, "must be at most 366"),
    ("absurd", "daily for a thousand years", T, "must be at most 36600"),
    ("absurd", "99 times a week", T, "must be at most"),
    ("absurd", "every 100000 days", T, "must be at most 366"),
    ("absurd", "twice daily for 12345678901 days", T, "must be at most 36600"),
    ("absurd", "a million reps", D, "reps must be at most 1000 (got 1000000)"),
    ("absurd", "three thousand reps", D, "reps must be at most 1000 (got 3000)"),
    ("absurd", "3 x 1000000000000", D, "reps must be at most 1000"),
    ("absurd", "10000 x 10", D, "sets must be at most"),
    ("absurd", "hold a million seconds", D, "hold must be at most 2:00:00"),
    # scientific notation
    ("scientific", "every 1e3 days", T, "scientific notation"),
    ("scientific", "2E2 times a day", T, "scientific notation"),
    ("scientific", "daily for 1E+2 weeks", T, "scientific notation"),
    ("scientific", "3 x 10 hold 3e1 s", D, "scientific notation"),
    ("scientific", "1.5e1 x 10", D, "scientific notation"),
    # decimals where a whole number is meant, with a point or a comma
    ("decimal", "every 1.5 days", T, "must be a whole number"),
    ("decimal", "1.5 times a week", T, "must be a whole number"),
    ("decimal", "every 2,5 days", T, "a comma inside a number is not read"),
    ("decimal", "2.5 sets of 10", D, "sets must be a whole number"),
    ("decimal", "3 x 10.5", D, "reps must be a whole number"),
    ("decimal", "3,5 x 10", D, "a comma inside a number is not read"),
    ("decimal", "walk 1,00 steps", D, "a comma inside a number is not read"),
    # invalid dates
    ("date", "until 31 April 2027", T, "not a valid date: that month has no such day"),
    ("date", "until 29 February 2027", T, "not a valid date: that month has no such day"),
    ("date", "daily until 32 March 2027", T, "not a valid date"),
    ("date", "until 2027-13-01", T, "not a valid clock time or date"),
    ("date", "until 2027-02-30", T, "not a valid clock time or date"),
    ("date", "starting 2027-00-10", T, "not a valid clock time or date"),
    ("date", "until 00/00", T, "a date in figures with slashes is not read"),
    ("date", "from 31/04/2027", T, "a date in figures with slashes is not read"),
    ("date", "daily starting 04/05", T, "(day/month or month/day?)"),
    # mixed scripts: a Cyrillic or Greek look-alike inside a Latin word
    ("script", "tw\u0456ce daily", T, "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I"),
    ("script", "twic\u0435 daily", T, "CYRILLIC SMALL LETTER IE"),
    ("script", "daily f\u03bfr 2 weeks", T, "GREEK SMALL LETTER OMICRON"),
    ("script", "\u0435very other day", T, "CYRILLIC SMALL LETTER IE"),
    ("script", "3 x 10 \u0435ach side", D, "CYRILLIC SMALL LETTER IE"),
    ("script", "h\u03bfld 30 s", D, "GREEK SMALL LETTER OMICRON"),
    # bidi controls, at the start, between words, inside a word, at the end
    ("bidi", "\u202etwice daily", T, "RIGHT-TO-LEFT OVERRIDE"),
    ("bidi", "twice\u2066 daily", T, "LEFT-TO-RIGHT ISOLATE"),
    ("bidi", "tw\u2067ice daily", T, "RIGHT-TO-LEFT ISOLATE"),
    ("bidi", "twice daily\u2069", T, "POP DIRECTIONAL ISOLATE"),
    ("bidi", "every 1\u200e0 days", T, "LEFT-TO-RIGHT MARK"),
    ("bidi", "3 x 1\u200f0", D, "RIGHT-TO-LEFT MARK"),
    ("bidi", "3 x 10 each\u2068 side", D, "FIRST STRONG ISOLATE"),
    # zero-width characters
    ("zero-width", "twi\u200bce daily", T, "ZERO WIDTH SPACE"),
    ("zero-width", "twice\u200cdaily", T, "ZERO WIDTH NON-JOINER"),
    ("zero-width", "\ufefftwice daily", T, "ZERO WIDTH NO-BREAK SPACE"),
    ("zero-width", "twice daily\u2060", T, "WORD JOINER"),
    ("zero-width", "3 x 1\u200d5", D, "ZERO WIDTH JOINER"),
    # NUL and other control characters
    ("control", "twice\x00daily", T, "a control character (U+0000)"),
    ("control", "\x1bdaily", T, "a control character (U+001B)"),
    ("control", "every 1\x08 days", T, "a control character (U+0008)"),
    ("control", "daily\x7f", T, "a control character (U+007F)"),
    ("control", "twice\x85daily", T, "a control character (U+0085)"),
    ("control", "3 x 1\x0c5", D, "a control character (U+000C)"),
    ("control", "3 x 15\x1f", D, "a control character (U+001F)"),
    # contradictions
    ("contradiction", "daily, weekly", T, "say different things"),
    ("contradiction", "once a day twice a day", T, "say different things"),
    ("contradiction", "every other day daily", T, "'every other day' and 'daily' say different"),
    ("contradiction", "daily and every other day", T, "say different things"),
    ("contradiction", "three times a week on Tuesday", T, "3 times a week, but only 1 day(s)"),
    ("contradiction", "on Mon, Wed and Mon", T, "the same day is named twice"),
    ("contradiction", "on weekdays and Monday", T, "the same day is named twice"),
    ("contradiction", "every 3 days for 2 days", T, "shorter than the time between sessions"),
    ("contradiction", "weekly for 3 days", T, "shorter than the time between sessions"),
    ("contradiction", "every 2 weeks for 1 week", T, "shorter than the time between sessions"),
    ("contradiction", "BD TDS", T, "say different things"),
    ("contradiction", "daily except daily", T, "an exception here is not read"),
    ("contradiction", "3 x 10, 4 x 12", D, "say different things"),
    # emoji, also inside a word and as a variation selector
    ("emoji", "twice daily \U0001f4aa", T, "an emoji or pictograph"),
    ("emoji", "twi\U0001f600ce daily", T, "an emoji or pictograph"),
    ("emoji", "twice\ufe0f daily", T, "VARIATION SELECTOR-16"),
    ("emoji", "daily\u2764\ufe0f", T, "HEAVY BLACK HEART"),
    ("emoji", "3\ufe0f\u20e3 x 10", D, "VARIATION SELECTOR-16"),
    # number signs NFKC would fold into digits: "10²" is not 102
    ("number-sign", "3 x 10\u00b2", D, "SUPERSCRIPT TWO is not read as a number"),
    ("number-sign", "3 x 10\u2080", D, "SUBSCRIPT ZERO is not read as a number"),
    ("number-sign", "3 x \u2462", D, "CIRCLED DIGIT THREE is not read as a number"),
    ("number-sign", "\u2162 times a day", T, "ROMAN NUMERAL THREE is not read as a number"),
    ("number-sign", "every \u2153 day", T, "VULGAR FRACTION ONE THIRD is not read"),
    # a letter typed for a digit
    ("look-alike digit", "3 x 1O", D, "unknown word 'O'"),
    ("look-alike digit", "every 1O days", T, "unknown word 'O'"),
    # combining marks typed apart from their letter
    ("combining", "twice dai\u0301ly", T, "COMBINING ACUTE ACCENT"),
    ("combining", "twice daily\u0301", T, "COMBINING ACUTE ACCENT"),
    ("combining", "\u0301twice daily", T, "COMBINING ACUTE ACCENT"),
    ("combining", "every 3\u0301 days", T, "COMBINING ACUTE ACCENT"),
    ("combining", "3\u0308 x 10", D, "COMBINING DIAERESIS"),
]

#: Text the phrase reference documents as read: each reads as its ASCII twin does.
DOCUMENTED = [
    ("\uff54\uff57\uff49\uff43\uff45 daily", "twice daily", T),
    ("every \uff13 days", "every 3 days", T),
    ("\uff13\uff58\uff11\uff10", "3x10", D),
    ("every \u0663 days", "every 3 days", T),
    ("\u0968 times a day", "2 times a day", T),
    ("\u0663 x \u0661\u0660", "3 x 10", D),
    ("every \u06f3 days", "every 3 days", T),
    ("twice\u00a0daily", "twice daily", T),
    ("twice\u2009daily", "twice daily", T),
    ("twice\u202fdaily", "twice daily", T),
    ("twice\u3000daily", "twice daily", T),
    ("3\u00a0x\u00a010", "3 x 10", D),
    ("twice daily!!!!!!!!!!!!", "twice daily", T),
    ("((((twice daily))))", "twice daily", T),
    ("daily for 2.0 weeks", "daily for 2 weeks", T),
    ("3 x 12.0", "3 x 12", D),
]


def _cli(*argv: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        status = main(list(argv), out=out, err=err)
    finally:
        sys.stdin = saved
    return status, out.getvalue(), err.getvalue()


def _toml(text: str) -> str:
    """A TOML basic string holding *text*, control characters escaped as TOML allows."""
    escaped = "".join(
        f"\\u{ord(c):04X}" if c in '"\\' or (not c.isprintable() and ord(c) < 0xA0) else c
        for c in text
    )
    return f'"{escaped}"'


def _programme(role: str, text: str) -> str:
    when, dose = ("daily", text) if role == D else (text, "3 x 10")
    return (
        'title = "T"\nstart = 2027-03-01\ntimezone = "UTC"\n[[prescriptions]]\n'
        f'exercise = "Bridges"\ndose = {_toml(dose)}\nwhen = {_toml(when)}\n'
    )


def _problem(message: str) -> str:
    """The problem a message names, without the text it quotes or the character numbers."""
    problem = message.split("': ", 1)[-1]
    return re.sub(r"characters \d+-\d+", "characters", problem)


def _strict(role: str, text: str) -> str:
    with pytest.raises(PhraseError) as caught:
        (parse_timing if role == T else parse_dose)(text)
    return str(caught.value)


@pytest.mark.parametrize(("kind", "text", "role", "problem"), HOSTILE)
def test_hostile_text_gets_one_message_from_the_readers(
    kind: str, text: str, role: str, problem: str
) -> None:
    """The strict reader and `read` raise the same one-line message; `parse_prescription` names the same problem."""
    message = _strict(role, text)
    with pytest.raises(PhraseError) as from_read:
        read(text)
    whole = f"Bridges 3 x 10 {text}" if role == T else f"Bridges {text} daily"
    with pytest.raises(PhraseError) as from_prescription:
        parse_prescription(whole)
    assert problem in message
    assert "\n" not in message
    assert str(from_read.value) == message
    assert _problem(str(from_prescription.value)) == _problem(message)


@pytest.mark.parametrize(("kind", "text", "role", "problem"), HOSTILE)
def test_hostile_text_gets_one_message_from_the_command_line(
    kind: str, text: str, role: str, problem: str, tmp_path: Path
) -> None:
    """``parse`` and ``parse --jsonl`` (file and stdin) print the strict reader's message."""
    message = _strict(role, text)
    line = json.dumps({"text": text}) + "\n"
    source = tmp_path / "in.jsonl"
    source.write_text(line, encoding="utf-8")
    from_file = _cli("parse", "--jsonl", str(source))
    from_stdin = _cli("parse", "--jsonl", "-", stdin=line.encode())
    assert _cli("parse", text) == (2, "", f"rehabplan: {message}\n")
    for status, out, err in (from_file, from_stdin):
        assert (status, err) == (0, "")
        assert json.loads(out) == {"text": text, "error": message}


@pytest.mark.parametrize(("kind", "text", "role", "problem"), HOSTILE)
def test_hostile_text_in_a_programme_file_is_refused_by_every_command(
    kind: str, text: str, role: str, problem: str, tmp_path: Path
) -> None:
    """`loads`, check, schedule, ics, sheet and `build_one` refuse the file naming the field and the message, writing nothing."""
    message = _strict(role, text)
    source = _programme(role, text)
    path = tmp_path / "plan.toml"
    path.write_text(source, encoding="utf-8")
    field = "dose" if role == D else "when"
    with pytest.raises(ProgrammeError) as from_loads:
        loads(source)
    outcome = build_one(source, name="plan", outputs=["ics"])
    assert str(from_loads.value) == f"prescriptions[0].{field}: {message}"
    assert outcome.error is not None and message in outcome.error
    for command, output in [
        (["check"], None),
        (["schedule", "--format", "json"], None),
        (["ics", "-o"], tmp_path / "plan.ics"),
        (["sheet", "-o"], tmp_path / "plan.html"),
    ]:
        argv = [*command, *([str(output)] if output else []), str(path)]
        status, out, err = _cli(*argv)
        assert (status, out) == (2, "")
        assert err == f"rehabplan: {path}: prescriptions[0].{field}: {message}\n"
        assert output is None or not output.exists()


@pytest.mark.parametrize(("text", "twin", "role"), DOCUMENTED)
def test_documented_characters_read_as_their_ascii_twin_everywhere(
    text: str, twin: str, role: str
) -> None:
    """Full-width and other scripts' digits, Unicode spaces, repeated punctuation and a zero decimal part read as the ASCII text does."""
    strict = parse_timing if role == T else parse_dose
    fields = {k: v for k, v in read(text).as_dict().items() if k != "text"}
    twin_fields = {k: v for k, v in read(twin).as_dict().items() if k != "text"}
    _, out, _ = _cli("parse", "--json", text)
    assert strict(text) == strict(twin)
    assert fields == twin_fields
    assert {k: v for k, v in json.loads(out).items() if k != "text"} == twin_fields
    assert loads(_programme(role, text)) == loads(_programme(role, twin))


@pytest.mark.parametrize(
    "text",
    [
        "daily " * 170_000,
        "twice daily " + "very " * 200_000,
        "x" * 1_000_000,
        "\u200b" * 1_000_000,
        "every " + "1" * 1_000_000 + " days",
    ],
)
def test_a_megabyte_of_text_is_refused_at_once(text: str) -> None:
    """A phrase of a megabyte is refused by its length, in well under a second, on every reader."""
    for reader in (parse_timing, parse_dose, parse_prescription, read):
        start = time.process_time()
        with pytest.raises(PhraseError, match="longer than the 50000 allowed"):
            reader(text)
        assert time.process_time() - start < 1.0


_VALID = ["twice daily for 2 weeks", "every other day", "3 x 15", "hold 30 s x 3 each side"]
_VALID += ["Mon, Wed and Fri mornings", "BD for 2/52"]

#: One character of each class every reader refuses wherever it stands.
_REFUSED_ANYWHERE = st.sampled_from(
    [
        *"\x00\x01\x08\x0b\x0c\x1b\x1f\x7f\x85\x9b",  # control characters
        *"\u202a\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c",  # bidi controls
        *"\u200b\u200c\u200d\u2060\ufeff\u00ad",  # zero-width and other invisible ones
        *"\u0430\u0435\u043e\u0456\u03bf\u03b9\u0391",  # Cyrillic and Greek look-alikes
        *"\u0301\u0308\u0327",  # combining marks
        *"\u00b2\u2080\u2462\u2162",  # superscript, subscript, circled, Roman numbers
        "\U0001f4aa",
        "\U0001f600",
        "\u2764",
        "\ufe0f",  # emoji and a variation selector
    ]
)


@given(st.sampled_from(_VALID), st.integers(min_value=0), _REFUSED_ANYWHERE)
def test_a_hostile_character_anywhere_is_refused_the_same_by_every_reader(
    phrase: str, where: int, char: str
) -> None:
    """
    Any one character of a refused class put anywhere into a readable phrase makes every
    reader raise the same one-line message naming it.
    """
    at = where % (len(phrase) + 1)
    text = phrase[:at] + char + phrase[at:]
    messages = set()
    for reader in (parse_timing, parse_dose, read):
        with pytest.raises(PhraseError) as caught:
            reader(text)
        messages.add(str(caught.value))
    with pytest.raises(PhraseError) as from_prescription:
        parse_prescription("Bridges " + text)
    (message,) = messages
    assert f"characters {at + 1}-{at + 1}" in message
    assert "\n" not in message
    assert _problem(str(from_prescription.value)) == _problem(message)
