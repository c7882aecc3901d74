"""
One reading contract for every surface: an exact reading, a reading marked ambiguous, or
a one-line `PhraseError`, the same from `read`, the strict readers, the command line
(``parse`` and ``--jsonl``) and programme files.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.cli import main
from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.files import loads
from rehabplan.model import Range, Timing
from rehabplan.phrases import parse_dose, parse_prescription, parse_timing, read

#: Hostile text, the surface it is meant for (a timing or a dose), and the problem named.
HOSTILE = [
    ("every -3 days", "timing", "a count cannot be negative"),
    ("3 x -10", "dose", "a count cannot be negative"),
    ("for -2 weeks", "timing", "a count cannot be negative"),
    ("every 2e5 days", "timing", "scientific notation"),
    ("1e3 x 10", "dose", "scientific notation"),
    ("0 times a day", "timing", "must be at least 1 (got 0)"),
    ("every 0 days", "timing", "must be at least 2 (got 0)"),
    ("3 x 0", "dose", "reps must be at least 1 (got 0)"),
    ("twice daily for 0 weeks", "timing", "must be at least 1 (got 0)"),
    ("5000000 times a day", "timing", "must be at most 96"),
    ("3 x 1000000", "dose", "reps must be at most 1000"),
    ("3 x 10 for 999999 weeks", "dose", "must be at most 36600"),
    ("hold 99999 s", "dose", "hold must be at most 2:00:00"),
    ("every 1.5 days", "timing", "an interval in days must be a whole number"),
    ("3.5 x 10", "dose", "sets must be a whole number"),
    ("2.5 times a day", "timing", "must be a whole number"),
    ("until 2027-04-31", "timing", "not a valid clock time or date"),
    ("until 31 April", "timing", "a date needs a day, a month and a year"),
    ("twice d\u0430ily", "timing", "CYRILLIC SMALL LETTER A"),
    ("tw\u03b9ce daily", "timing", "GREEK SMALL LETTER IOTA"),
    ("twice\u202e daily", "timing", "RIGHT-TO-LEFT OVERRIDE"),
    ("twice da\u200bily", "timing", "ZERO WIDTH SPACE"),
    ("twice daily\x00", "timing", "a control character (U+0000)"),
    ("twice\x07 daily", "timing", "a control character (U+0007)"),
    ("3 x 10 \U0001f600", "dose", "an emoji"),
    ("daily and weekly", "timing", "'daily' and 'weekly' say different things"),
    ("twice daily once daily", "timing", "say different things"),
    ("twice a week on Friday", "timing", "2 times a week, but only 1 day(s) named"),
    ("three times a week on Mon and Wed", "timing", "3 times a week, but only 2 day(s)"),
    ("on Monday and Monday", "timing", "the same day is named twice"),
]


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def _toml(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _programme(when: str = "daily", dose: str = "3 x 10") -> str:
    return (
        'title = "T"\nstart = 2027-03-01\ntimezone = "UTC"\n[[prescriptions]]\n'
        f'exercise = "Bridges"\ndose = {_toml(dose)}\nwhen = {_toml(when)}\n'
    )


@pytest.mark.parametrize(("text", "role", "problem"), HOSTILE)
def test_hostile_text_is_refused_by_every_surface(text: str, role: str, problem: str) -> None:
    """Each surface refuses the text, in one line, with the same message naming the problem."""
    strict = parse_timing if role == "timing" else parse_dose
    with pytest.raises(PhraseError) as caught:
        strict(text)
    message = str(caught.value)
    with pytest.raises(PhraseError) as from_read:
        read(text)
    status, out, err = _cli("parse", text)
    with pytest.raises(ProgrammeError) as from_file:
        loads(_programme(**{"when" if role == "timing" else "dose": text}))
    assert problem in message
    assert "\n" not in message
    assert message == str(from_read.value)
    assert (status, out, err) == (2, "", f"rehabplan: {message}\n")
    assert message in str(from_file.value)


def test_jsonl_gives_the_same_error_line_for_each_hostile_phrase(tmp_path: Path) -> None:
    """``parse --jsonl`` answers each hostile line with the message `read` raises, and goes on."""
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"text": text}) + "\n" for text, _, _ in HOSTILE), encoding="utf-8"
    )
    status, out, _ = _cli("parse", "--jsonl", str(source))
    errors = [json.loads(line).get("error") for line in out.splitlines()]
    expected = []
    for text, _, _ in HOSTILE:
        with pytest.raises(PhraseError) as caught:
            read(text)
        expected.append(str(caught.value))
    assert errors == expected
    assert status in (0, 2)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("\uff13 x \uff11\uff10 twice daily", {"sets": 3, "reps": 10, "times_per_day": 2}),
        ("\u0663 x 10", {"sets": 3, "reps": 10}),
        ("twice\u00a0daily", {"times_per_day": 2}),
        ("3 x 30\u2033 hold", {"reps": 3, "hold_seconds": 30}),
    ],
)
def test_documented_characters_are_read(text: str, reading: dict[str, object]) -> None:
    """Full-width letters and digits, other scripts' digits and no-break spaces read as ASCII."""
    fields = read(text).as_dict()
    assert reading == {key: fields[key] for key in reading}


@pytest.mark.parametrize(
    ("text", "question", "default"),
    [
        ("every 2-3 days", "say every 2 days or every 3 days", Timing(every_days=2)),
        ("2 or 3 days a week", "is a range: say 2 or 3", Timing(times_per_week=Range(2, 3))),
        ("2-3 times a day", "is a range: say 2 or 3", Timing(times_per_day=Range(2, 3))),
        ("twice daily for 2-3 weeks", "a duration given as a range", None),
        ("daily for 3 months", "a month read as 30 days", Timing(duration_days=90)),
    ],
)
def test_ambiguous_timing_asks_unless_the_default_is_accepted(
    text: str, question: str, default: Timing | None
) -> None:
    """
    A strict reader refuses an ambiguous timing with the question; accepted, it reads the
    default. `read` flags it, or gives the range as the reading.
    """
    with pytest.raises(PhraseError) as caught:
        parse_timing(text)
    accepted = parse_timing(text, accept_defaults=True)
    assert question in str(caught.value)
    assert "accept_defaults=True" in str(caught.value)
    reading = read(text)
    ranged = [v for v in reading.as_dict().values() if isinstance(v, list) and len(v) == 2]
    assert reading.ambiguous or ranged  # free text says so, or gives the range itself
    if default is not None:
        assert default == accepted


def test_ambiguous_programme_is_refused_by_every_command_unless_accepted(tmp_path: Path) -> None:
    """check, schedule, ics and sheet refuse an ambiguous phrase; --accept-defaults reads the low end."""
    path = tmp_path / "plan.toml"
    path.write_text(_programme(when="every 2-3 days for 2 weeks"), encoding="utf-8")
    commands = [
        ["check"],
        ["schedule", "--format", "json"],
        ["ics", "-o", str(tmp_path / "p.ics")],
        ["sheet", "-o", str(tmp_path / "p.html")],
    ]
    refused = [_cli(*command, str(path)) for command in commands]
    accepted = [_cli(*command, "--accept-defaults", str(path))[0] for command in commands]
    _, out, _ = _cli("schedule", "--format", "json", "--accept-defaults", str(path))
    days = [item["start"][:10] for item in json.loads(out)]
    for status, _, err in refused:
        assert status == 2
        assert "every 2-3 days: say every 2 days or every 3 days" in err
        assert err.count("\n") == 1
    assert accepted == [0, 0, 0, 0]
    assert days == [f"2027-03-{d:02}" for d in (1, 3, 5, 7, 9, 11, 13)]


def test_ambiguous_programme_is_refused_by_the_api_unless_accepted() -> None:
    """`loads` refuses the ambiguous phrase; with accept_defaults it reads every other day."""
    with pytest.raises(ProgrammeError, match="say every 2 days or every 3 days"):
        loads(_programme(when="every 2-3 days"))
    programme = loads(_programme(when="every 2-3 days"), accept_defaults=True)
    assert Timing(every_days=2) == programme.prescriptions[0].timing


def test_read_flags_a_number_it_does_not_place() -> None:
    """A number no rule reads is named in the note and marks the reading ambiguous."""
    reading = read("Do 3 x 10 twice daily with 42")
    assert reading.ambiguous
    assert "'42'" in (reading.note or "")


_WORDS = ["3 x 10", "twice daily", "for 2 weeks", "every other day", "hold 30 s", "each side"]
_WORDS += ["on Mon and Thu", "as needed", "3", "x", "-", "daily", "weekly", "12", "times", "a"]


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join))
def test_every_surface_agrees_with_the_strict_readers(text: str) -> None:
    """What parse_timing or parse_dose accepts, read and parse_prescription accept too."""
    accepted = False
    for strict in (parse_timing, parse_dose):
        try:
            strict(text)
        except PhraseError:
            continue
        accepted = True
    if accepted:
        read(text)
        try:
            parse_prescription("Bridges " + text)
        except PhraseError as exc:  # a dose alone has no timing: the only refusal allowed
            assert "no timing found" in str(exc)


@given(
    st.lists(st.sampled_from(_WORDS), max_size=4).map(" ".join),
    st.integers(min_value=0, max_value=10_000),
    st.lists(st.sampled_from(_WORDS), max_size=4).map(" ".join),
)
def test_a_number_is_never_silently_dropped(before: str, number: int, after: str) -> None:
    """A number in free text is read into a field, flagged, or refused: never passed over."""
    from rehabplan.phrases import _reader

    text = f"{before} {number} {after}"
    try:
        reading = read(text)
    except PhraseError:
        return
    tokens, _, used = _reader.scan(text)
    unread = [t for t, u in zip(tokens, used, strict=True) if t.sym == "N" and not u]
    assert reading.ambiguous or not unread


_AROUND_A_NUMBER = [*_WORDS, "at", "%", "degrees", "kg", "rest", "seconds", "stage", "steps"]
_AROUND_A_NUMBER += ["minutes", "walk for", "of", "reps", "sets", "with", "after", "before"]


@given(
    st.lists(st.sampled_from(_AROUND_A_NUMBER), max_size=4).map(" ".join),
    st.integers(min_value=0, max_value=10_000),
    st.lists(st.sampled_from(_AROUND_A_NUMBER), max_size=4).map(" ".join),
)
def test_a_number_the_reader_takes_is_shown(before: str, number: int, after: str) -> None:
    """
    A number a rule takes is in the reading: a field, the dose, the timing, a stage or
    the note ("3 x 10 at 70 %" names the 70 as no dose), or the reading is flagged.
    """
    text = f"{before} {number} {after}"
    try:
        reading = read(text)
    except PhraseError:
        return
    shown = " ".join(map(str, (reading.as_dict(), reading.dose, reading.timing, reading.stages)))
    assert reading.ambiguous or re.search(rf"(?<![\d.]){number}(?!\d)", shown), shown


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("3 x 10 at 70% effort", "read as no dose or timing: '70%'"),
        ("Bend your knee to 90 degrees, 10 times", "read as no dose or timing: '90 degrees'"),
        ("Take 2 tablets three times a day", "a medicine's count, not read: '2 tablets'"),
    ],
)
def test_a_number_read_as_no_dose_is_named(text: str, note: str) -> None:
    assert note in (read(text).note or "")


@pytest.mark.parametrize("text", ["Rest 90 seconds", "Use a 1 kg weight"])
def test_a_rest_or_a_load_alone_is_refused(text: str) -> None:
    with pytest.raises(PhraseError, match="belongs to a dose"):
        read(text)


def test_a_rest_beside_a_timing_with_no_dose_is_flagged() -> None:
    reading = read("Wait at least 2 hours after eating")
    assert reading.ambiguous
    assert "with no dose to hold it: '2 hours'" in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # stacked dose and frequency
        ("3x10 x2 daily", {"sets": 3, "reps": 10, "times_per_day": 2}),
        ("3 x 10 x3 daily", {"sets": 3, "reps": 10, "times_per_day": 3}),
        ("10 reps x 3", {"sets": 3, "reps": 10}),
        ("20 reps x 2 sets", {"sets": 2, "reps": 20}),
        ("2 x 10+10", {"sets": 2, "reps": 10, "per_side": True}),
        # holds said without the word hold; timed work that is not a hold
        ("for 20-30 seconds", {"hold_seconds": [20, 30]}),
        ("keep it there for 15 s", {"hold_seconds": 15}),
        ("for up to 45 seconds", {"hold_seconds": 45}),
        ("hold 30\u2033", {"hold_seconds": 30}),
        ("for a count to 20", {"hold_seconds": 20}),
        ("lower over the count of three, 10 times", {"hold_seconds": None, "reps": 10}),
        ("hops 3\u00d720 seconds", {"sets": None, "reps": 3, "hold_seconds": None}),
        # numbers that are not doses
        ("repeat steps 1 to 4, 3 x 10", {"sets": 3, "reps": 10, "ambiguous": False}),
        ("3 x 10 at 70 % of 1RM", {"sets": 3, "reps": 10, "ambiguous": False}),
        ("stage 2: 3 x 10", {"sets": 3, "reps": 10, "ambiguous": False}),
        ("3 x 10 (0\u00b0-40\u00b0 of knee flexion)", {"sets": 3, "reps": 10}),
        ("discomfort no more than 2-3 out of 10, 3 x 10", {"times_per_week": None, "sets": 3}),
        # spacing and days a week
        ("at least 48 hours apart", {"every_n_days": 2}),
        ("6/7", {"times_per_week": 6, "duration_days": None, "ambiguous": True}),
        ("6 days a week", {"times_per_week": 6}),
        ("4 days of cycling a week", {"times_per_week": 4, "duration_days": None}),
        ("repeat 5 times during the day", {"times_per_day": 5, "reps": None}),
        # negation and context
        ("Tuesdays are rest days", {"days_of_week": ["MO", "WE", "TH", "FR", "SA", "SU"]}),
        ("3 x 10, don't hold", {"sets": 3, "reps": 10, "hold_seconds": None}),
        ("daily, start 10 days after the operation", {"times_per_day": 1, "duration_days": None}),
        ("3 x 10 if pain-free", {"prn": False, "sets": 3}),
        ("3 x 10 daily, stop if pain > 5/10", {"prn": False, "sets": 3, "times_per_day": 1}),
        ("daily until pain-free", {"times_per_day": 1, "duration_days": None}),
        ("daily for 6 weeks then review", {"duration_days": 42}),
        # sets told in prose, minimum spacing in days, progressions said in passing
        ("go through the circuit 2-3 times", {"sets": [2, 3]}),
        ("Repeat 10 times, then rest and repeat the set twice more.", {"sets": 3, "reps": 10}),
        ("repeat the set 3-4 times throughout the day", {"sets": None}),
        ("Leave at least a day in between your runs.", {"every_n_days": 2}),
        ("in 3 sets per day for two weeks", {"times_per_day": 3, "sets": None}),
        ("an 8-week training program, 3 x 10", {"duration_days": 56, "sets": 3}),
        ("3-5 seconds, then increase the squeeze time to 8-10 seconds", {"ambiguous": True}),
        # sides
        ("3 x 10 ES", {"sets": 3, "reps": 10, "per_side": True}),
        # stages are flagged, never silently cut to the first
        ("twice daily for 2 weeks then once daily for 4 weeks", {"ambiguous": True}),
        ("3 x 12, progress to 3 x 20", {"ambiguous": True}),
    ],
)
def test_handout_language(text: str, fields: dict[str, object]) -> None:
    """Each general rule of handout language reads to the fields beside it."""
    reading = read(text).as_dict()
    assert fields == {key: reading[key] for key in fields}


def test_stop_rule_is_data_of_the_prescription() -> None:
    """'stop if pain > 5/10' is a StopRule of the prescription, not 'as needed'."""
    from rehabplan.model import StopRule, Timing

    prescription = parse_prescription("Bridges 3 x 10 daily, stop if pain > 5/10")
    reading = read("3 x 10 daily, stop if pain > 5/10")
    assert (StopRule(what="pain", above=5),) == prescription.stop_rules
    assert "a stop rule: stop if pain is above 5/10" in (reading.note or "")
    assert isinstance(prescription.timing, Timing)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("twice daily for 2 weeks then once daily for 4 weeks", "a later stage"),
        ("daily then every other day", "a later stage"),
        ("daily until pain-free", "is a criterion, not an end date"),
    ],
)
def test_strict_timing_refuses_stages_and_open_criteria(text: str, problem: str) -> None:
    """A strict reader never cuts stages to the first, and asks for the end of a criterion."""
    for accept_defaults in (False, True):
        with pytest.raises(PhraseError, match=problem):
            parse_timing(text, accept_defaults=accept_defaults)


def test_strict_dose_refuses_a_progression() -> None:
    """parse_dose does not return 3 x 12 for '3 x 12, progress to 3 x 20'."""
    with pytest.raises(PhraseError, match="a later stage or a progression"):
        parse_dose("3 x 12, progress to 3 x 20")


@pytest.mark.parametrize(
    "text",
    [
        "Repeat these up and down movements for 30 seconds",
        "relax for 10 seconds",
        "Do this for 30 seconds, twice a day",
    ],
)
def test_time_spent_moving_or_resting_is_not_a_hold(text: str) -> None:
    """'for 30 seconds' after repeating, doing or relaxing is timed work, not a hold."""
    assert read(text).hold_seconds is None


def test_a_stop_rule_is_never_dropped_by_a_dose_or_timing_reader() -> None:
    """parse_timing and programme files refuse a stop rule rather than lose it."""
    with pytest.raises(PhraseError, match="is a stop rule, not a dose or a timing"):
        parse_timing("daily, stop if pain > 5/10")
    with pytest.raises(ProgrammeError, match="is a stop rule"):
        loads(_programme(when="daily, stop if pain > 5/10"))
