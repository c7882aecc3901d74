"""The phrase language: tables of phrases, the dev corpus, round trips and fuzzing."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import TESTS
from tests.strategies import as_needed, doses, timings

from rehabplan import (
    AsNeeded,
    Dose,
    PhraseError,
    Range,
    Timing,
    parse_dose,
    parse_prescription,
    parse_timing,
)
from rehabplan.model import Anchor, Load
from rehabplan.phrases import read

_spec = importlib.util.spec_from_file_location("corpus", TESTS / "corpus.py")
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
sys.modules["corpus"] = corpus
_spec.loader.exec_module(corpus)

S = dt.timedelta


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3x15", Dose(3, 15)),
        ("3 x 15", Dose(3, 15)),
        ("3×15", Dose(3, 15)),
        ("3 sets of 15", Dose(3, 15)),
        ("three sets of fifteen reps", Dose(3, 15)),
        ("15 reps x 3 sets", Dose(3, 15)),
        ("3 sets 8-12 reps", Dose(3, Range(8, 12))),
        ("3 sets of 8–12 repetitions", Dose(3, Range(8, 12))),
        ("2-3 x 10", Dose(Range(2, 3), 10)),
        ("3 x 30 s hold", Dose(1, 3, hold=S(seconds=30))),
        ("3x30s hold", Dose(1, 3, hold=S(seconds=30))),
        ("hold 30 s x 3", Dose(1, 3, hold=S(seconds=30))),
        ("hold 30 seconds, repeat 3 times", Dose(1, 3, hold=S(seconds=30))),
        ("2 × 1 min hold B/L", Dose(1, 2, hold=S(minutes=1), each_side=True)),
        ("3 x 30 s hold each side", Dose(1, 3, hold=S(seconds=30), each_side=True)),
        ("10 reps per leg", Dose(1, 10, each_side=True)),
        ("20–30 s hold", Dose(hold=Range(S(seconds=20), S(seconds=30)))),
        ("3 sets of 30-second holds", Dose(3, hold=S(seconds=30))),
        ("3 x 10 at 5 kg", Dose(3, 10, load=Load(5, "kg"))),
        ("3 x 10, rest 90 s between sets", Dose(3, 10, rest=S(seconds=90))),
        ("3 x 12 each side", Dose(3, 12, each_side=True)),
        ("for 10 min", Dose(duration=S(minutes=10))),
        ("2 sets of 3 x 30 s hold", Dose(2, 3, hold=S(seconds=30))),
    ],
)
def test_parse_dose_table(text: str, expected: Dose) -> None:
    """Each row is read as the dose beside it."""
    assert expected == parse_dose(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("daily", Timing()),
        ("once a day", Timing(times_per_day=1)),
        ("OD", Timing()),
        ("twice daily", Timing(times_per_day=2)),
        ("twice a day", Timing(times_per_day=2)),
        ("BD", Timing(times_per_day=2)),
        ("b.i.d.", Timing(times_per_day=2)),
        ("2x/day", Timing(times_per_day=2)),
        ("x2 daily", Timing(times_per_day=2)),
        ("2 x daily", Timing(times_per_day=2)),
        ("TDS", Timing(times_per_day=3)),
        ("tid", Timing(times_per_day=3)),
        ("QDS", Timing(times_per_day=4)),
        ("q.i.d.", Timing(times_per_day=4)),
        ("three times a day", Timing(times_per_day=3)),
        ("every 4 hours", Timing(every_hours=4)),
        ("q4h", Timing(every_hours=4)),
        ("every 4 hours round the clock", Timing(every_hours=4, round_the_clock=True)),
        ("every other day", Timing(every_days=2)),
        ("alternate days", Timing(every_days=2)),
        ("QOD", Timing(every_days=2)),
        ("every 3 days", Timing(every_days=3)),
        ("every third day", Timing(every_days=3)),
        ("3 times a week", Timing(times_per_week=3)),
        ("3x/week", Timing(times_per_week=3)),
        ("twice weekly", Timing(times_per_week=2)),
        ("on Mon, Wed and Fri", Timing(weekdays=(0, 2, 4))),
        ("monday wednesday friday", Timing(weekdays=(0, 2, 4))),
        ("Mon-Fri", Timing(weekdays=(0, 1, 2, 3, 4))),
        ("weekdays", Timing(weekdays=(0, 1, 2, 3, 4))),
        ("at weekends", Timing(weekdays=(5, 6))),
        ("every day except Sunday", Timing(weekdays=(0, 1, 2, 3, 4, 5))),
        ("morning and evening", Timing(times_of_day=("morning", "evening"))),
        ("mane", Timing(times_of_day=("morning",))),
        ("nocte", Timing(times_of_day=("night",))),
        ("at bedtime", Timing(times_of_day=("bedtime",))),
        ("before bed", Timing(times_of_day=("bedtime",))),
        ("at 7:30am and 6pm", Timing(times_of_day=(dt.time(7, 30), dt.time(18)))),
        ("twice daily for 2 weeks", Timing(times_per_day=2, duration_days=14)),
        ("daily for 6 weeks", Timing(duration_days=42)),
        ("3 times a day for 10 days", Timing(times_per_day=3, duration_days=10)),
        ("BD for 5/7", Timing(times_per_day=2, duration_days=5)),
        ("bidx9 days", Timing(times_per_day=2, duration_days=9)),
        ("daily until 2027-06-01", Timing(until=dt.date(2027, 6, 1))),
        ("daily until 1 June 2027", Timing(until=dt.date(2027, 6, 1))),
        ("before each run", Timing(anchor=Anchor("before", "run"))),
        ("after running", Timing(anchor=Anchor("after", "run"))),
        ("before and after exercise", Timing(anchor=Anchor("before and after", "exercise"))),
        ("as needed", AsNeeded()),
        ("PRN", AsNeeded()),
        ("every 4-6 hours as needed", AsNeeded(limit=Timing(every_hours=Range(4, 6)))),
    ],
)
def test_parse_timing_table(text: str, expected: Timing | AsNeeded) -> None:
    """Each row is read as the timing beside it."""
    assert expected == parse_timing(text)


def test_issue_example_fields() -> None:
    """The core issue's example phrase gives reps 3, hold 30 s, per side, 2 a day, 14 days."""
    r = read("3 x 30 s hold each side, twice daily for 2 weeks").as_dict()
    assert (
        r["reps"],
        r["hold_seconds"],
        r["per_side"],
        r["times_per_day"],
        r["duration_days"],
    ) == (
        3,
        30,
        True,
        2,
        14,
    )


def test_parse_prescription_splits_name_dose_timing() -> None:
    """The words before the first dose or timing word are the exercise's name."""
    p = parse_prescription("Eccentric heel drops 3x15 twice daily for 12 weeks")
    assert (p.name, p.dose, p.timing) == (
        "Eccentric heel drops",
        Dose(3, 15),
        Timing(times_per_day=2, duration_days=84),
    )


@pytest.mark.parametrize(
    ("reader", "text", "words", "suggestion"),
    [
        (parse_timing, "twice dialy", "dialy", "daily"),
        (parse_timing, "every other dya", "dya", None),
        (parse_timing, "three tims a week", "tims", "times"),
        (parse_dose, "3 x 15 slowly banana", "banana", None),
        (read, "twice dialy for 2 wekly", "dialy", "daily"),
    ],
)
def test_unknown_words_are_named(reader, text: str, words: str, suggestion: str | None) -> None:  # type: ignore[no-untyped-def]
    """An unreadable word raises PhraseError naming it, its place and a close suggestion."""
    with pytest.raises(PhraseError) as info:
        reader(text)
    err = info.value
    assert (err.words, err.suggestions[:1] or (None,)) == (words, (suggestion,))
    assert f"'{words}'" in str(err)
    assert "\n" not in str(err)


def test_error_message_matches_the_style_guide() -> None:
    """The message has the input, the word, its characters and the suggestion on one line."""
    with pytest.raises(PhraseError) as info:
        parse_timing("twice dialy")
    assert str(info.value) == (
        "cannot read 'twice dialy': unknown word 'dialy' (characters 7-11); did you mean 'daily'?"
    )


@pytest.mark.parametrize(
    "text",
    ["3 x 15", "hold 30 s", "for 10 min"],
)
def test_dose_is_not_a_timing(text: str) -> None:
    """A dose given where a timing is expected is refused, saying so."""
    with pytest.raises(PhraseError, match="dose, not a timing"):
        parse_timing(text)


def test_timing_is_not_a_dose() -> None:
    """A timing given where a dose is expected is refused, saying so."""
    with pytest.raises(PhraseError, match="timing, not a dose"):
        parse_dose("twice daily")


@pytest.mark.parametrize("text", ["", "   ", "immediately", "…", "\x00\x01"])
def test_nothing_readable(text: str) -> None:
    """Text with no dose or timing in it is an error, never an empty reading."""
    with pytest.raises(PhraseError):
        read(text)
    with pytest.raises(PhraseError):
        parse_timing(text)


def test_contradictions_are_errors_in_strict_reading() -> None:
    """Two different counts for the same field are refused by the strict readers."""
    with pytest.raises(PhraseError, match="say different things"):
        parse_timing("twice daily three times a day")


def test_dev_corpus_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    """The dev corpus is read at least 95 % frequency-correct (corpus README rules)."""
    score = corpus.evaluate(TESTS / "data" / "phrases-dev.jsonl")
    with capsys.disabled():
        print("\ndev corpus:", *score.lines(), sep="\n  ")
    assert score.frequency >= 0.95
    assert min(score.per_field.values()) >= 0.9


def test_corpus_script_prints_its_usage(capsys: pytest.CaptureFixture[str]) -> None:
    """`python tests/corpus.py --help` prints the usage; a missing file is named, not a traceback."""
    with pytest.raises(SystemExit) as done:
        corpus.main(["--help"])
    assert done.value.code == 0
    assert "usage: python tests/corpus.py [-h] [-v] [FILE ...]" in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        corpus.main(["no-such-corpus.jsonl"])
    assert done.value.code == 2
    assert "no such corpus file: no-such-corpus.jsonl" in capsys.readouterr().err


@given(doses())
def test_dose_round_trip(dose: Dose) -> None:
    """Every dose's canonical text reads back to an equal dose."""
    assert dose == parse_dose(str(dose))


@given(timings())
def test_timing_round_trip(timing: Timing) -> None:
    """Every timing's canonical text reads back to an equal timing."""
    assert timing == parse_timing(str(timing), accept_defaults=True)


@given(as_needed())
def test_as_needed_round_trip(value: AsNeeded) -> None:
    """As-needed timings read back too, limit and condition included."""
    assert value == parse_timing(str(value), accept_defaults=True)


@given(st.text(max_size=300))
def test_any_text_reads_or_raises_phrase_error(text: str) -> None:
    """Any text gives a value or a PhraseError that quotes the input: never another error."""
    for reader in (read, parse_dose, parse_timing, parse_prescription):
        try:
            reader(text)
        except PhraseError as exc:
            assert "\n" not in str(exc)
            assert exc.text == text


_WORDS = [
    "3",
    "x",
    "15",
    "twice",
    "daily",
    "every",
    "other",
    "day",
    "hold",
    "30",
    "s",
    "each",
    "side",
    "for",
    "2",
    "weeks",
    "mon",
    "wed",
    "and",
    "fri",
    "-",
    "to",
    "q4h",
    "bd",
    "prn",
    "as",
    "needed",
    "before",
    "run",
    "morning",
    "evening",
    "sets",
    "of",
    "reps",
    ",",
    "/",
    "until",
    "2027-06-01",
    "at",
    "7:30",
    "times",
    "a",
    "week",
    "hours",
    "min",
]


@given(st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join))
def test_word_salad_reads_or_raises_phrase_error(text: str) -> None:
    """Random sequences of our own vocabulary never crash a reader."""
    for reader in (read, parse_dose, parse_timing):
        try:
            value = reader(text)
        except PhraseError:
            continue
        assert value is not None


def test_long_input_is_bounded() -> None:
    """Text over the length limit is refused with a PhraseError, not read for ever."""
    with pytest.raises(PhraseError, match="longer than"):
        parse_timing("daily " * 50_000)


def test_whole_phrase_codes_are_all_readable() -> None:
    """Every HL7/FHIR code we accept as a whole phrase has a reading of its own."""
    from rehabplan.phrases import _lexicon

    for code in _lexicon.WHOLE_PHRASE_CODES:
        assert read(code.upper()).text == code.upper()


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "REPS: 10SETS: 3HOLD: 2DAILY: 1WEEKLY: 3",
            {"reps": 10, "sets": 3, "hold_seconds": 2, "times_per_day": 1, "times_per_week": 3},
        ),
        (
            "Performed Daily: Five repetitions of 45 second isometric",
            {"times_per_day": 1, "reps": 5, "hold_seconds": 45},
        ),
        ("once every 3 days", {"every_n_days": 3, "reps": None}),
        ("every 4th day", {"every_n_days": 4}),
        ("1 min x 3", {"reps": 3, "hold_seconds": 60}),
        ("each night before going to bed", {"times_per_day": 1, "time_of_day": ["bedtime"]}),
        ("every other week", {"every_n_days": 14}),
        ("5 days out of 7", {"times_per_week": 5}),
        ("for the first 48 hours, every 2 hours", {"duration_days": 2, "times_per_day": 12}),
        (
            "Patient should do this ten times and repeat 2 to 3 times a day.",
            {"reps": 10, "times_per_day": [2, 3]},
        ),
        (
            "3 times before and 3 times after the eccentric exercise",
            {"reps": 3, "anchor": "before and after exercise"},
        ),
        ("AM and PM", {"times_per_day": 2, "time_of_day": ["morning", "evening"]}),
        ("Slide your heel up 10 times, twice a day", {"reps": 10, "times_per_day": 2}),
    ],
)
def test_read_free_text(text: str, fields: dict[str, object]) -> None:
    """Free text is read into the corpus fields (a regression table of general rules)."""
    data = read(text).as_dict()
    assert {k: data[k] for k in fields} == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("1 tab po tid x7d", {"times_per_day": 3, "duration_days": 7}),
        ("qd x 5 d", {"times_per_day": 1, "duration_days": 5}),
        ("Reps: 10 | Sets: 3 | Hold: 5 sec", {"reps": 10, "sets": 3, "hold_seconds": 5}),
        ("Sets 3 Reps 12", {"sets": 3, "reps": 12}),
        ("Times per day: 2", {"times_per_day": 2}),
        ("(x10)", {"reps": 10}),
        ("Hold each stretch 30 secs x 3", {"reps": 3, "hold_seconds": 30}),
        ("twenty-five reps", {"reps": 25}),
        ("hold ½ min", {"hold_seconds": 30}),
        ("Hold for half a minute", {"hold_seconds": 30}),
        ("Before & after exercise", {"anchor": "before and after exercise"}),
        ("1 tab po q8h", {"times_per_day": 3, "ambiguous": False}),
        ("Do these exercises every hour", {"times_per_day": 24, "ambiguous": True}),
        ("up to 4 times in 24 hours", {"times_per_day": 4, "duration_days": None}),
        ("jog 2 min x 4", {"reps": 4, "hold_seconds": None}),
        ("every day except weekends", {"days_of_week": ["MO", "TU", "WE", "TH", "FR"]}),
        ("1 tds pc", {"times_per_day": 3, "anchor": "after meal"}),
        ("take one every four hours", {"times_per_day": 6}),
        ("M/W/F", {"days_of_week": ["MO", "WE", "FR"]}),
        ("WED", {"days_of_week": ["WE"]}),
        ("2/7", {"times_per_week": 2, "duration_days": None, "ambiguous": True}),
        ("for 2/7", {"duration_days": 2, "ambiguous": False}),
        ("3 lots of 10", {"sets": 3, "reps": 10}),
        ("Repeat on the other side", {"per_side": True}),
        ("15 heel raises, 3 times a day", {"reps": 15, "times_per_day": 3}),
        ("on waking", {"times_per_day": 1, "time_of_day": ["morning"]}),
        ("squeeze for 10 seconds, 10 times", {"hold_seconds": 10, "reps": 10}),
        ("on 3 non-consecutive days per week", {"times_per_week": 3}),
        ("before breakfast", {"times_per_day": 1, "anchor": "before breakfast"}),
        ("twice aday", {"times_per_day": 2}),
    ],
)
def test_read_free_text_second_table(text: str, fields: dict[str, object]) -> None:
    """More free-text forms: sig courses, table labels, fractions, codes, other-side wording."""
    data = read(text).as_dict()
    assert {k: data[k] for k in fields} == fields


def test_misspelt_period_after_a_count_is_read_as_the_period_meant_and_flagged() -> None:
    """'twice a dya' is not prose to pass over: the word after 'a' must be a period."""
    reading = read("twice a dya")
    assert (reading.times_per_day, reading.ambiguous, reading.note) == (
        2,
        True,
        "'dya' read as 'day'",
    )


@pytest.mark.parametrize(
    ("text", "field", "value", "note"),
    [
        ("3 x 10 twice dialy", "times_per_day", 2, "'dialy' read as 'daily'"),
        ("three tmes per week", "times_per_week", 3, "'tmes' read as 'times'"),
        ("3 x 10, 3 times a weeka", "times_per_week", 3, "'weeka' read as 'week'"),
        ("3 x 15, twice wekly", "times_per_week", 2, "'wekly' read as 'weekly'"),
    ],
)
def test_free_text_reads_one_misspelt_keyword_as_meant_and_flags_it(
    text: str, field: str, value: int, note: str
) -> None:
    """One slip of the keyboard is read as the keyword meant; the reading asks to confirm."""
    reading = read(text)
    assert (reading.as_dict()[field], reading.ambiguous) == (value, True)
    assert note in (reading.note or "")


@pytest.mark.parametrize("text", ["3 times dialy and wekly", "twice dialy for 2 wekks"])
def test_free_text_refuses_two_misspelt_keywords(text: str) -> None:
    """Two slips are not guessed at: the first is named, with the word meant."""
    with pytest.raises(PhraseError, match="did you mean"):
        read(text)


@pytest.mark.parametrize(
    ("reader", "text"),
    [
        (parse_dose, "3 x 10 repetitons"),
        (parse_timing, "twice dialy"),
        (parse_prescription, "Squats 3 x 10 twice dialy"),
    ],
)
def test_strict_readers_refuse_a_misspelt_keyword(reader, text: str) -> None:  # type: ignore[no-untyped-def]
    """The strict readers never guess: a misspelt keyword is an error naming the word meant."""
    with pytest.raises(PhraseError, match="did you mean"):
        reader(text)


def test_grammar_has_no_unbounded_repetition_that_can_fail() -> None:
    """
    Reading stays linear: every repetition in the grammar is bounded, except lists
    whose every item consumes a weekday or a time of day (they cannot backtrack far).
    This guards against the 'each each each ...' blow-up (quadratic scans).
    """
    import re as regex

    from rehabplan.phrases._rules import RULES

    pattern = "|".join(pattern for _, pattern, _ in RULES)
    unbounded = [m.start() for m in regex.finditer(r"(?<!\\)\)[*+]", pattern)]
    allowed = [
        i for i in unbounded if pattern[max(0, i - 30) : i].rstrip().endswith(("DOW", "TIME)"))
    ]
    assert unbounded == allowed


@pytest.mark.parametrize(
    ("name", "floor"), [("phrases-redteam.jsonl", 0.95), ("phrases-redteam2.jsonl", 0.93)]
)
def test_redteam_set_accuracy(name: str, floor: float, capsys: pytest.CaptureFixture[str]) -> None:
    """
    Two independent sets of phrases (649 and 584, written to the corpus conventions
    before the parser saw them, by reviewers who did not read the parser; some readings
    are debatable) stay above their floor: they guard the general rules, not the dev
    corpus's lines.
    """
    score = corpus.evaluate(TESTS / "data" / name)
    with capsys.disabled():
        print(f"\n{name} ({score.n} phrases): frequency-correct {score.frequency:.1%}")
    assert score.frequency >= floor
    assert min(score.per_field.values()) >= 0.9


# --------------------------------------------------------------------------- speed-ups that must not change a reading

_TOKEN_WORDS = [*_WORDS, "10", "am", "pm", "a.m.", "p.m", "7.30", "o.d.", "b.i.d.", "-", "½"]


def _whole_text_tokens(text: str) -> list[tuple[object, ...]]:
    from rehabplan.phrases import _tokens

    tokens = _tokens._combine(_tokens._scan_text(_tokens.normalise(text), 0))
    return [(t.sym, t.raw, t.start, t.end, t.value) for t in tokens]


@given(
    st.one_of(
        st.lists(st.sampled_from(_TOKEN_WORDS), max_size=20).map(" ".join),
        st.lists(
            st.tuples(st.sampled_from(_TOKEN_WORDS), st.sampled_from([" ", "  ", "\t", "\u00a0"])),
            max_size=12,
        ).map(lambda pairs: "".join(w + gap for w, gap in pairs)),
        st.text(max_size=80),
        # digits, spaces and the letters of "am" and "pm": clock times with and without a space
        st.text(alphabet="0123456789 apm.:x-", max_size=30),
    )
)
def test_tokens_read_chunk_by_chunk_are_the_tokens_of_the_whole_text(text: str) -> None:
    """The cached chunk-at-a-time tokenizer gives exactly the tokens of one scan of the text."""
    from rehabplan.phrases import _tokens

    got = [(t.sym, t.raw, t.start, t.end, t.value) for t in _tokens.tokenize(text)]
    assert got == _whole_text_tokens(text)


@pytest.mark.parametrize(
    "text", ["4 sets of 6 at 07:30 daily", "3 a day", "2 x 10 at 7 a.m", "10 amber", "7 p.m.daily"]
)
def test_a_digit_a_space_and_a_or_p_is_read_chunk_by_chunk_as_whole(text: str) -> None:
    """Only "am" or "pm" after the space joins a clock time; either way the tokens are the same."""
    from rehabplan.phrases import _tokens

    got = [(t.sym, t.raw, t.start, t.end, t.value) for t in _tokens.tokenize(text)]
    assert got == _whole_text_tokens(text)


@pytest.mark.parametrize("text", ["at 10 am daily", "3 x 10 at 7.30 p.m. daily", "10 pm"])
def test_a_clock_time_with_a_space_is_one_token(text: str) -> None:
    """'10 am' spans a space, the one token that does; it is still read as one time."""
    from rehabplan.phrases import _tokens

    assert "TIME" in [t.sym for t in _tokens.tokenize(text)]
    assert read(text).time_of_day is not None


@given(st.text(alphabet=".-/ bdBDqQhH0123456789ni", max_size=40))
def test_code_check_shortcut_agrees_with_the_full_check(text: str) -> None:
    """Skipping texts with more letters than any code never skips a code."""
    from rehabplan.phrases import _free_text as phrases
    from rehabplan.phrases import _lexicon
    from rehabplan.phrases._tokens import normalise

    norm = normalise(text)
    whole = phrases._NOT_ALPHANUMERIC.sub("", norm)
    shortcut = "" if phrases._TOO_LONG_FOR_A_CODE.search(norm) else whole
    assert (shortcut in _lexicon.WHOLE_PHRASE_CODES) == (whole in _lexicon.WHOLE_PHRASE_CODES)


@pytest.mark.parametrize(
    ("text", "code"),
    [("3 x 10 o.d.", "od"), ("3 x 10 OD", "od"), ("3x10 od", "od"), ("O.M. 3 x 10", "om")],
)
def test_ambiguous_abbreviations_are_flagged_however_written(text: str, code: str) -> None:
    """'od' (once daily, or the right eye) is flagged with or without its dots."""
    from rehabplan.phrases import _lexicon

    reading = read(text)
    assert reading.ambiguous
    assert reading.note is not None
    assert _lexicon.AMBIGUOUS_ABBREVIATIONS[code] in reading.note


def test_shared_timings_and_doses_are_built_once_and_equal() -> None:
    """Two phrases with one timing share one validated value; 2 and 2.0 stay apart."""
    a = read("3 x 15 twice daily for 12 weeks")
    b = read("2 x 10 twice daily for 12 weeks")
    assert a.timing == b.timing
    assert a.timing is b.timing
    assert str(a.dose) == "3 x 15"
    with pytest.raises(PhraseError):
        parse_timing("2.5 times daily")
    assert parse_timing("2 times daily").times_per_day == 2


def test_unhashable_values_are_built_without_the_cache() -> None:
    """A value the cache cannot hash is built afresh, not refused."""
    from rehabplan.phrases import _to_values as phrases

    dose = phrases._cached(phrases._dose, 3, 15, None, False, None, None, None, None)
    assert dose == Dose(3, 15)
    timing = phrases._cached(
        phrases._timing, None, ["morning"], None, False, None, None, (), None, None, None, None
    )
    assert timing.times_of_day == ("morning",)


def test_the_chunk_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """However many different words arrive, the tokenizer's cache holds at most its size."""
    from rehabplan.phrases import _tokens

    monkeypatch.setattr(_tokens, "_CHUNK_CACHE_SIZE", 50)
    monkeypatch.setattr(_tokens, "_CHUNK_SHAPES", {})
    for i in range(500):
        _tokens.tokenize(f"{i}x{i} w{i}q daily")
        assert len(_tokens._CHUNK_SHAPES) <= 50
    long_chunk = "x" * (_tokens._CACHED_CHUNK_LENGTH + 1)
    _tokens.tokenize(long_chunk)
    assert long_chunk not in _tokens._CHUNK_SHAPES


@pytest.mark.parametrize(
    ("name", "schedule", "dose", "silent"),
    [
        # the issue's targets: schedule >= 95 %, dose >= 90 %, silent misreads <= 5 %; the
        # floors are what the reader reaches, so that a change that loses ground fails
        ("phrases-dev.jsonl", 0.99, 0.98, 0.005),
        ("phrases-redteam.jsonl", 0.98, 1.0, 0.004),
        ("phrases-redteam2.jsonl", 0.94, 0.97, 0.014),
        # real handouts: silent misreads and dose within the target, schedule below it still
        ("phrases-handouts.jsonl", 0.92, 0.93, 0.008),
        ("phrases-handouts2.jsonl", 0.89, 0.93, 0.028),
        ("phrases-handouts3.jsonl", 0.8, 0.92, 0.043),
        ("phrases-handouts4.jsonl", 0.88, 0.89, 0.012),
        ("phrases-handouts5.jsonl", 0.89, 0.94, 0.004),
        ("phrases-handouts6.jsonl", 0.87, 0.94, 0.02),
        ("phrases-handouts7.jsonl", 0.79, 0.93, 0.024),
        ("phrases-handouts8.jsonl", 0.9, 0.94, 0.02),
        ("phrases-handouts9.jsonl", 0.8, 0.88, 0.035),
        ("phrases-handouts10.jsonl", 0.86, 0.88, 0.005),
        ("phrases-handouts11.jsonl", 0.84, 0.94, 0.01),
        ("phrases-handouts12.jsonl", 0.88, 0.87, 0.009),
        ("phrases-handouts13.jsonl", 0.89, 0.92, 0.005),
        ("phrases-handouts14.jsonl", 0.81, 0.9, 0.039),
        ("phrases-handouts15.jsonl", 0.89, 0.94, 0.015),
        ("phrases-handouts16.jsonl", 0.89, 0.82, 0.027),
        ("phrases-handouts17.jsonl", 0.82, 0.94, 0.006),
        ("phrases-handouts18.jsonl", 0.8, 0.9, 0.036),
        ("phrases-handouts19.jsonl", 0.78, 0.92, 0.02),
        ("phrases-handouts20.jsonl", 0.86, 0.9, 0.037),
        ("phrases-handouts21.jsonl", 0.89, 0.97, 0.007),
        ("phrases-handouts22.jsonl", 0.83, 0.8, 0.014),
        ("phrases-handouts23.jsonl", 0.79, 0.86, 0.005),
        ("phrases-handouts24.jsonl", 0.9, 0.89, 0.01),
        ("phrases-handouts25.jsonl", 0.89, 0.84, 0.024),
        ("phrases-handouts26.jsonl", 0.78, 0.82, 0.033),
        ("phrases-handouts27.jsonl", 0.81, 0.81, 0.028),
        ("phrases-handouts28.jsonl", 0.79, 0.83, 0.038),
        ("phrases-handouts29.jsonl", 0.77, 0.84, 0.038),
        ("phrases-handouts30.jsonl", 0.84, 0.87, 0.019),
        ("phrases-handouts31.jsonl", 0.73, 0.78, 0.029),
        ("phrases-handouts32.jsonl", 0.82, 0.91, 0.028),
        ("phrases-handouts33.jsonl", 0.87, 0.89, 0.01),
        ("phrases-handouts34.jsonl", 0.82, 0.86, 0.057),
        ("phrases-handouts35.jsonl", 0.65, 0.81, 0.029),
        ("phrases-handouts36.jsonl", 0.82, 0.85, 0.023),
        ("phrases-handouts37.jsonl", 0.77, 0.85, 0.048),
        ("phrases-handouts38.jsonl", 0.71, 0.75, 0.023),
        ("phrases-handouts39.jsonl", 0.75, 0.8, 0.034),
        ("phrases-handouts40.jsonl", 0.74, 0.71, 0.024),
        ("phrases-handouts41.jsonl", 0.85, 0.87, 0.025),
        ("phrases-handouts42.jsonl", 0.75, 0.85, 0.024),
        ("phrases-handouts43.jsonl", 0.77, 0.87, 0.005),
        ("phrases-handouts44.jsonl", 0.74, 0.91, 0.038),
        ("phrases-handouts45.jsonl", 0.88, 0.88, 0.016),
        ("phrases-handouts46.jsonl", 0.76, 0.78, 0.032),
        ("phrases-handouts47.jsonl", 0.86, 0.86, 0.016),
        ("phrases-handouts48.jsonl", 0.84, 0.88, 0.019),
        ("phrases-handouts49.jsonl", 0.77, 0.74, 0.029),
        ("phrases-handouts50.jsonl", 0.81, 0.8, 0.047),
        ("phrases-handouts51.jsonl", 0.82, 0.93, 0.024),
        ("phrases-handouts52.jsonl", 0.79, 0.83, 0.035),
        ("phrases-handouts53.jsonl", 0.81, 0.89, 0.034),
        ("phrases-handouts54.jsonl", 0.78, 0.87, 0.019),
        ("phrases-handouts55.jsonl", 0.63, 0.76, 0.066),
        ("phrases-handouts56.jsonl", 0.88, 0.9, 0.036),
        ("phrases-handouts57.jsonl", 0.77, 0.82, 0.032),
        ("phrases-handouts58.jsonl", 0.79, 0.88, 0.033),
        ("phrases-handouts59.jsonl", 0.79, 0.92, 0.037),
        ("phrases-handouts60.jsonl", 0.83, 0.88, 0.033),
        ("phrases-handouts61.jsonl", 0.87, 0.84, 0.031),
        ("phrases-handouts62.jsonl", 0.76, 0.91, 0.015),
        ("phrases-handouts63.jsonl", 0.72, 0.85, 0.031),
        ("phrases-handouts64.jsonl", 0.87, 0.88, 0.019),
        ("phrases-handouts65.jsonl", 0.76, 0.67, 0.044),
        ("phrases-handouts66.jsonl", 0.71, 0.77, 0.028),
        ("phrases-handouts67.jsonl", 0.69, 0.86, 0.034),
        ("phrases-handouts68.jsonl", 0.79, 0.89, 0.025),
        ("phrases-handouts69.jsonl", 0.86, 0.81, 0.015),
        ("phrases-handouts70.jsonl", 0.83, 0.9, 0.025),
        ("phrases-handouts71.jsonl", 0.76, 0.75, 0.041),
        ("phrases-handouts72.jsonl", 0.74, 0.81, 0.019),
        ("phrases-handouts73.jsonl", 0.77, 0.67, 0.037),
        ("phrases-handouts74.jsonl", 0.87, 0.87, 0.027),
        ("phrases-handouts75.jsonl", 0.88, 0.89, 0.029),
        ("phrases-handouts76.jsonl", 0.79, 0.86, 0.024),
        ("phrases-handouts77.jsonl", 0.82, 0.69, 0.019),
        ("phrases-handouts78.jsonl", 0.8, 0.75, 0.035),
        ("phrases-handouts79.jsonl", 0.8, 0.84, 0.051),
        ("phrases-handouts80.jsonl", 0.78, 0.89, 0.037),
        ("phrases-handouts81.jsonl", 0.85, 0.94, 0.02),
        ("phrases-handouts82.jsonl", 0.87, 0.93, 0.015),
        ("phrases-handouts83.jsonl", 0.84, 0.83, 0.014),
        ("phrases-handouts84.jsonl", 0.85, 0.84, 0.029),
        ("phrases-handouts85.jsonl", 0.77, 0.84, 0.061),
        ("phrases-handouts86.jsonl", 0.74, 0.79, 0.045),
        ("phrases-handouts87.jsonl", 0.75, 0.85, 0.036),
        ("phrases-handouts88.jsonl", 0.68, 0.75, 0.062),
        ("phrases-handouts89.jsonl", 0.83, 0.83, 0.01),
        ("phrases-handouts90.jsonl", 0.8, 0.87, 0.015),
        ("phrases-handouts91.jsonl", 0.75, 0.9, 0.02),
        ("phrases-handouts92.jsonl", 0.83, 0.75, 0.033),
        ("phrases-handouts93.jsonl", 0.89, 0.83, 0.025),
        ("phrases-handouts94.jsonl", 0.83, 0.92, 0.021),
        ("phrases-handouts95.jsonl", 0.71, 0.84, 0.051),
        ("phrases-handouts96.jsonl", 0.7, 0.71, 0.054),
        ("phrases-handouts97.jsonl", 0.69, 0.78, 0.045),
        ("phrases-handouts98.jsonl", 0.82, 0.87, 0.023),
        ("phrases-handouts99.jsonl", 0.71, 0.75, 0.032),
        ("phrases-handouts100.jsonl", 0.85, 0.65, 0.066),
        ("phrases-handouts101.jsonl", 0.68, 0.77, 0.038),
        ("phrases-handouts102.jsonl", 0.76, 0.82, 0.05),
        ("phrases-handouts103.jsonl", 0.79, 0.87, 0.018),
        ("phrases-handouts104.jsonl", 0.84, 0.88, 0.035),
        ("phrases-handouts105.jsonl", 0.85, 0.84, 0.012),
        ("phrases-handouts106.jsonl", 0.83, 0.8, 0.037),
        ("phrases-handouts107.jsonl", 0.75, 0.8, 0.044),
        ("phrases-handouts108.jsonl", 0.76, 0.87, 0.02),
        ("phrases-handouts109.jsonl", 0.74, 0.85, 0.040),
        ("phrases-handouts110.jsonl", 0.76, 0.68, 0.035),
        ("phrases-handouts111.jsonl", 0.77, 0.86, 0.053),
        ("phrases-handouts112.jsonl", 0.72, 0.83, 0.035),
        ("phrases-handouts113.jsonl", 0.68, 0.86, 0.034),
        ("phrases-handouts114.jsonl", 0.69, 0.86, 0.034),
        ("phrases-handouts115.jsonl", 0.87, 0.88, 0.015),
        ("phrases-handouts116.jsonl", 0.76, 0.95, 0.02),
        ("phrases-handouts117.jsonl", 0.8, 0.86, 0.005),
        ("phrases-handouts118.jsonl", 0.82, 0.91, 0.048),
        ("phrases-handouts119.jsonl", 0.78, 0.79, 0.047),
        ("phrases-handouts120.jsonl", 0.87, 0.9, 0.035),
        ("phrases-handouts121.jsonl", 0.86, 0.86, 0.025),
        ("phrases-handouts122.jsonl", 0.55, 0.83, 0.058),
        ("phrases-handouts123.jsonl", 0.82, 0.85, 0.021),
        ("phrases-handouts124.jsonl", 0.83, 0.91, 0.016),
        ("phrases-handouts125.jsonl", 0.77, 0.87, 0.036),
        ("phrases-handouts126.jsonl", 0.8, 0.86, 0.03),
        ("phrases-handouts127.jsonl", 0.77, 0.81, 0.019),
        ("phrases-handouts128.jsonl", 0.85, 0.82, 0.031),
        ("phrases-handouts129.jsonl", 0.67, 0.65, 0.055),
        ("phrases-handouts130.jsonl", 0.87, 0.85, 0.017),
        ("phrases-handouts131.jsonl", 0.74, 0.81, 0.04),
        ("phrases-handouts132.jsonl", 0.76, 0.79, 0.036),
        ("phrases-handouts133.jsonl", 0.63, 0.81, 0.051),
        ("phrases-handouts134.jsonl", 0.76, 0.86, 0.031),
        ("phrases-handouts135.jsonl", 0.74, 0.89, 0.048),
        ("phrases-handouts136.jsonl", 0.77, 0.79, 0.031),
        ("phrases-handouts137.jsonl", 0.71, 0.82, 0.036),
        ("phrases-handouts138.jsonl", 0.74, 0.77, 0.054),
        ("phrases-handouts139.jsonl", 0.71, 0.89, 0.025),
        ("phrases-handouts140.jsonl", 0.62, 0.88, 0.021),
        ("phrases-handouts141.jsonl", 0.69, 0.81, 0.056),
        ("phrases-handouts142.jsonl", 0.84, 0.93, 0.026),
        ("phrases-handouts143.jsonl", 0.78, 0.93, 0.047),
        ("phrases-handouts144.jsonl", 0.78, 0.93, 0.020),
        ("phrases-handouts145.jsonl", 0.77, 0.94, 0.026),
        ("phrases-handouts146.jsonl", 0.76, 0.89, 0.043),
        ("phrases-handouts147.jsonl", 0.82, 0.84, 0.043),
        ("phrases-handouts148.jsonl", 0.65, 0.76, 0.034),
        ("phrases-handouts149.jsonl", 0.68, 0.79, 0.053),
        ("phrases-handouts150.jsonl", 0.80, 0.84, 0.022),
        ("phrases-handouts151.jsonl", 0.78, 0.85, 0.053),
        ("phrases-handouts152.jsonl", 0.78, 0.87, 0.022),
        ("phrases-handouts153.jsonl", 0.76, 0.88, 0.017),
        ("phrases-handouts154.jsonl", 0.69, 0.79, 0.028),
        ("phrases-handouts155.jsonl", 0.82, 0.89, 0.035),
        ("phrases-handouts156.jsonl", 0.80, 0.85, 0.036),
        ("phrases-handouts157.jsonl", 0.77, 0.88, 0.053),
        ("phrases-handouts158.jsonl", 0.92, 0.85, 0.046),
        ("phrases-handouts159.jsonl", 0.83, 0.72, 0.029),
        ("phrases-handouts160.jsonl", 0.72, 0.90, 0.044),
        ("phrases-handouts161.jsonl", 0.79, 0.87, 0.025),
        ("phrases-handouts162.jsonl", 0.74, 0.85, 0.043),
        ("phrases-handouts163.jsonl", 0.61, 0.88, 0.042),
        ("phrases-handouts164.jsonl", 0.88, 0.87, 0.034),
        ("phrases-handouts165.jsonl", 0.85, 0.84, 0.047),
        ("phrases-handouts166.jsonl", 0.94, 0.91, 0.028),
        ("phrases-handouts167.jsonl", 0.78, 0.74, 0.033),
        ("phrases-handouts168.jsonl", 0.73, 0.97, 0.038),
        ("phrases-handouts169.jsonl", 0.66, 0.90, 0.042),
        ("phrases-handouts170.jsonl", 0.84, 0.83, 0.041),
        ("phrases-handouts171.jsonl", 0.70, 0.92, 0.044),
        ("phrases-handouts172.jsonl", 0.82, 0.78, 0.066),
        ("phrases-handouts173.jsonl", 0.76, 0.74, 0.045),
        ("phrases-handouts174.jsonl", 0.85, 0.87, 0.032),
        ("phrases-handouts175.jsonl", 0.79, 0.85, 0.046),
        ("phrases-handouts176.jsonl", 0.86, 0.87, 0.043),
        ("phrases-handouts177.jsonl", 0.92, 0.90, 0.041),
        ("phrases-handouts178.jsonl", 0.83, 0.90, 0.035),
        ("phrases-handouts179.jsonl", 0.84, 0.84, 0.050),
        ("phrases-handouts180.jsonl", 0.73, 0.86, 0.058),
        ("phrases-handouts181.jsonl", 0.69, 0.91, 0.034),
        ("phrases-handouts182.jsonl", 0.70, 0.85, 0.062),
        ("phrases-handouts183.jsonl", 0.74, 0.77, 0.047),
        ("phrases-handouts184.jsonl", 0.70, 0.86, 0.039),
        ("phrases-handouts185.jsonl", 0.79, 0.78, 0.040),
        ("phrases-handouts186.jsonl", 0.79, 0.86, 0.047),
        ("phrases-handouts187.jsonl", 0.80, 0.75, 0.050),
        ("phrases-handouts188.jsonl", 0.77, 0.68, 0.043),
        ("phrases-handouts189.jsonl", 0.81, 0.84, 0.045),
        ("phrases-handouts190.jsonl", 0.75, 0.84, 0.056),
        ("phrases-handouts191.jsonl", 0.84, 0.90, 0.060),
    ],
)
def test_schedule_dose_and_silent_misread_floors(
    name: str, schedule: float, dose: float, silent: float, capsys: pytest.CaptureFixture[str]
) -> None:
    """Schedule and dose fields stay right, and silent misreads rare, on every corpus file."""
    score = corpus.evaluate(TESTS / "data" / name)
    with capsys.disabled():
        print(f"\n{name}:", *score.lines()[-5:], sep="\n  ")
    assert score.schedule >= schedule
    assert score.dose >= dose
    assert score.silent <= silent
