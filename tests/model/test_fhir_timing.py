"""`Timing.to_fhir` and `Timing.from_fhir`: FHIR R4 Timing, exact both ways or refused."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fhir.resources.R4B.timing import Timing as FhirTiming
from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import fhir_timings, timings

from rehabplan import Anchor, ProgrammeError, Range, Timing
from rehabplan.model import TIMING_ABBREVIATIONS

_CLOCK_CODES = {"C", "CM", "CD", "CV"}


def _check_invariants(fhir: dict[str, Any]) -> None:
    """The Timing invariants implementers get wrong, and FHIR's own model of it."""
    repeat = fhir.get("repeat", {})
    # tim-9: an offset needs a when, and not one of C, CM, CD, CV.
    if "offset" in repeat:
        assert repeat.get("when")
        assert not _CLOCK_CODES & set(repeat["when"])
    # tim-10: a timeOfDay and a when never together.
    assert not ("timeOfDay" in repeat and "when" in repeat)
    # A period in days is never turned into a frequency per hour, and the reverse.
    if repeat.get("periodUnit") == "h":
        assert repeat["frequency"] == 1
    FhirTiming.model_validate(fhir)


@given(fhir_timings())
def test_round_trip(timing: Timing) -> None:
    """Every timing FHIR can say comes back equal, and its FHIR form is valid R4."""
    fhir = timing.to_fhir()
    _check_invariants(fhir)
    assert Timing.from_fhir(fhir) == timing


@given(timings())
def test_any_timing_is_said_exactly_or_refused(timing: Timing) -> None:
    """Any timing gives a valid FHIR Timing that reads back to itself, or a ProgrammeError."""
    try:
        fhir = timing.to_fhir()
    except ProgrammeError as error:
        assert error.where
        return
    _check_invariants(fhir)
    again = Timing.from_fhir(fhir).to_fhir()
    assert _structured(again) == _structured(fhir)


def _structured(fhir: dict[str, Any]) -> dict[str, Any]:
    """The Timing without its text, which says one timing in its own words."""
    return {**fhir, "code": {k: v for k, v in fhir["code"].items() if k != "text"}}


@pytest.mark.parametrize(
    ("timing", "repeat"),
    [
        (Timing(times_per_day=3), {"frequency": 3, "period": 1, "periodUnit": "d"}),
        (Timing(every_days=2), {"frequency": 1, "period": 2, "periodUnit": "d"}),
        (Timing(times_per_week=3), {"frequency": 3, "period": 1, "periodUnit": "wk"}),
        (
            Timing(weekdays=(0, 2, 4)),
            {"frequency": 1, "period": 1, "periodUnit": "d", "dayOfWeek": ["mon", "wed", "fri"]},
        ),
        (
            Timing(times_per_day=Range(2, 3)),
            {"frequency": 2, "frequencyMax": 3, "period": 1, "periodUnit": "d"},
        ),
        (
            Timing(times_of_day=("morning", "evening")),
            {"frequency": 2, "period": 1, "periodUnit": "d", "when": ["MORN", "EVE"]},
        ),
        (
            Timing(times_of_day=(dt.time(7, 30),)),
            {"frequency": 1, "period": 1, "periodUnit": "d", "timeOfDay": ["07:30:00"]},
        ),
        (
            Timing(every_hours=4, round_the_clock=True),
            {"frequency": 1, "period": 4, "periodUnit": "h"},
        ),
        (
            Timing(until=dt.date(2027, 4, 1)),
            {"frequency": 1, "period": 1, "periodUnit": "d", "boundsPeriod": {"end": "2027-04-01"}},
        ),
    ],
)
def test_what_fhir_says(timing: Timing, repeat: dict[str, Any]) -> None:
    """TID is 3 per 1 d (never 8 per hour); every other day 1 per 2 d; 3 a week 3 per 1 wk."""
    assert timing.to_fhir()["repeat"] == repeat


def test_waking_hours_and_anchors_are_modifier_extensions() -> None:
    """What FHIR's elements cannot say is a modifier extension, and the text says it too."""
    waking = Timing(every_hours=4).to_fhir()
    anchored = Timing(anchor=Anchor("before", "run"), duration_days=56).to_fhir()
    assert [e["url"].rsplit("/", 1)[1] for e in waking["modifierExtension"]] == ["waking-hours"]
    assert anchored["modifierExtension"][0]["valueString"] == "before run"
    assert anchored["code"]["text"] == "before each run for 8 weeks"
    assert Timing.from_fhir(anchored) == Timing(anchor=Anchor("before", "run"), duration_days=56)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("QD", Timing()),
        ("BID", Timing(times_per_day=2)),
        ("TID", Timing(times_per_day=3)),
        ("QID", Timing(times_per_day=4)),
        ("QOD", Timing(every_days=2)),
        ("Q4H", Timing(every_hours=4, round_the_clock=True)),
        ("Q8H", Timing(every_hours=8, round_the_clock=True)),
        ("AM", Timing(times_of_day=("morning",))),
        ("PM", Timing(times_of_day=("afternoon",))),
        ("BED", Timing(times_of_day=("bedtime",))),
        ("WK", Timing(times_per_week=1)),
    ],
)
def test_abbreviations(code: str, expected: Timing) -> None:
    """The HL7 TimingAbbreviation codes read as their meaning, and are written back."""
    fhir = {"code": {"coding": [{"system": "x", "code": "ignored"}, {"code": code}]}}
    assert Timing.from_fhir(fhir) == expected
    assert expected.to_fhir()["code"]["coding"][0]["code"] == code


def test_abbreviation_with_bounds_and_when_codes() -> None:
    """An abbreviation keeps the repeat's bounds; HS is bedtime; a code agreeing with a repeat is fine."""
    fhir = {
        "code": {"coding": [{"code": "BID"}]},
        "repeat": {"boundsDuration": {"value": 10, "unit": "d"}},
    }
    assert Timing.from_fhir(fhir) == Timing(times_per_day=2, duration_days=10)
    hs = {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d", "when": ["HS"]}}
    assert Timing.from_fhir(hs) == Timing(times_of_day=("bedtime",))
    agreeing = {"code": {"coding": [{"code": "TID"}]}, "repeat": {"frequency": 3, "period": 1}}
    assert Timing.from_fhir(agreeing) == Timing(times_per_day=3)


@pytest.mark.parametrize(
    ("timing", "back"),
    [
        (Timing(times_per_day=1), Timing()),
        (
            Timing(start=dt.date(2027, 3, 1), duration_days=14),
            Timing(start=dt.date(2027, 3, 1), until=dt.date(2027, 3, 14)),
        ),
        (
            Timing(times_per_day=2, times_of_day=("morning", "evening")),
            Timing(times_of_day=("morning", "evening")),
        ),
    ],
)
def test_the_forms_fhir_says_one_way(timing: Timing, back: Timing) -> None:
    """Timings FHIR cannot tell apart come back in one form, with the same sessions."""
    assert Timing.from_fhir(timing.to_fhir()) == back


@pytest.mark.parametrize(
    ("timing", "where"),
    [
        (Timing(times_per_day=2, every_days=2), "times_per_day"),
        (Timing(times_of_day=("morning", dt.time(13))), "times_of_day"),
        (Timing(times_per_day=Range(2, 3), times_of_day=("morning", "evening")), "times_per_day"),
        (Timing(every_hours=4, times_per_week=2), "every_hours"),
        (Timing(anchor=Anchor("before", "run"), weekdays=(0,)), "anchor"),
    ],
)
def test_unsayable_timings_are_refused(timing: Timing, where: str) -> None:
    """A timing FHIR cannot say exactly is a ProgrammeError naming the field."""
    with pytest.raises(ProgrammeError) as caught:
        timing.to_fhir()
    assert caught.value.where == where


_DAILY = {"frequency": 1, "period": 1, "periodUnit": "d"}


@pytest.mark.parametrize(
    ("fhir", "where"),
    [
        ({"code": {"coding": [{"code": "MO"}]}}, "Timing.code.periodUnit"),
        ({"code": {"coding": [{"code": "Q5D"}]}}, "Timing.code.coding[0]"),
        ({"repeat": {**_DAILY, "when": ["WAKE"]}}, "Timing.repeat.when"),
        ({"repeat": {**_DAILY, "when": ["ACM"], "offset": 30}}, "Timing.repeat.offset"),
        (
            {"repeat": {**_DAILY, "when": ["MORN"], "timeOfDay": ["08:00:00"]}},
            "Timing.repeat.timeOfDay",
        ),
        ({"repeat": {"frequency": 2, "period": 2, "periodUnit": "d"}}, "Timing.repeat.frequency"),
        ({"repeat": {"frequency": 3, "period": 1, "periodUnit": "h"}}, "Timing.repeat.frequency"),
        ({"repeat": {"frequency": 1, "period": 1, "periodUnit": "mo"}}, "Timing.repeat.periodUnit"),
        ({"repeat": {"frequency": 1, "period": 0.5, "periodUnit": "d"}}, "Timing.repeat.period"),
        (
            {"repeat": {"frequency": 1, "period": 2, "periodMax": 3, "periodUnit": "d"}},
            "Timing.repeat.periodMax",
        ),
        (
            {"repeat": {**_DAILY, "count": 10, "boundsDuration": {"value": 1, "code": "wk"}}},
            "Timing.repeat.count",
        ),
        ({"repeat": {**_DAILY, "dayOfWeek": ["monday"]}}, "Timing.repeat.dayOfWeek"),
        (
            {"repeat": {**_DAILY, "boundsDuration": {"value": 1, "code": "mo"}}},
            "Timing.repeat.boundsDuration.code",
        ),
        (
            {"repeat": {**_DAILY, "boundsPeriod": {"start": "2027-03-01T10:00:00Z"}}},
            "Timing.repeat.boundsPeriod.start",
        ),
        ({"repeat": {"boundsPeriod": {"start": "2027-03-01"}}}, "Timing.repeat"),
        ({"event": ["2027-03-01T10:00:00Z"]}, "Timing.event"),
        (
            {
                "modifierExtension": [{"url": "http://example.org/x", "valueBoolean": True}],
                "repeat": _DAILY,
            },
            "Timing.modifierExtension[0]",
        ),
        (
            {"code": {"coding": [{"code": "BID"}]}, "repeat": {"frequency": 3, "period": 1}},
            "Timing.code",
        ),
        (
            {"repeat": {**_DAILY, "boundsPeriod": {"start": "2027-03-02", "end": "2027-03-01"}}},
            "Timing.until",
        ),
        ({"repeat": {"frequency": float("inf"), "period": 1}}, "Timing.repeat.frequency"),
        ("BID", "Timing"),
    ],
)
def test_unreadable_fhir_is_refused(fhir: Any, where: str) -> None:
    """A FHIR Timing rehabplan cannot say exactly is a ProgrammeError naming the element."""
    with pytest.raises(ProgrammeError) as caught:
        Timing.from_fhir(fhir)
    assert caught.value.where == where


def test_count_reads_as_days_where_exact() -> None:
    """A count of sessions becomes a number of days for daily and every-N-days timings."""
    bid = {"repeat": {"frequency": 2, "period": 1, "periodUnit": "d", "count": 28}}
    qod = {"repeat": {"frequency": 1, "period": 2, "periodUnit": "d", "count": 5}}
    assert Timing.from_fhir(bid) == Timing(times_per_day=2, duration_days=14)
    assert Timing.from_fhir(qod) == Timing(every_days=2, duration_days=9)


def test_every_abbreviation_is_known() -> None:
    """The TimingAbbreviation value set's codes are all in the table."""
    expected = {"QD", "BID", "TID", "QID", "QOD", "AM", "PM", "BED", "WK", "MO"}
    expected |= {f"Q{n}H" for n in (1, 2, 3, 4, 6, 8)}
    assert set(TIMING_ABBREVIATIONS) == expected


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 100)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "repeat",
                    "code",
                    "coding",
                    "frequency",
                    "period",
                    "periodUnit",
                    "when",
                    "timeOfDay",
                    "dayOfWeek",
                    "boundsDuration",
                    "boundsPeriod",
                    "start",
                    "end",
                    "value",
                    "count",
                    "modifierExtension",
                    "url",
                    "valueString",
                ]
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@given(_json)
def test_fuzz_from_fhir(data: Any) -> None:
    """Any JSON gives a Timing or a ProgrammeError, never a built-in exception."""
    try:
        result = Timing.from_fhir(data)
    except ProgrammeError as error:
        assert str(error)
        return
    assert isinstance(result, Timing)
