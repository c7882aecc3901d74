"""A prescription in stages is scheduled as consecutive stretches, each its own timing and dose."""

from __future__ import annotations

import collections
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import ZONES, plan_dates, staged_prescriptions

from rehabplan import Dose, Exercise, Prescription, Programme, Stage, Timing, expand
from rehabplan.export.fhir import fhir_bundle
from rehabplan.export.sheet import sheet_view
from rehabplan.model import Session

_DAY = dt.timedelta(days=1)


def _per_day(timing: Timing) -> int:
    if timing.times_of_day:
        return len(timing.times_of_day)
    assert not isinstance(timing.times_per_day, tuple)
    return timing.times_per_day if isinstance(timing.times_per_day, int) else 1


@given(staged_prescriptions(), plan_dates, st.sampled_from(ZONES), st.integers(1, 40))
def test_each_stage_runs_in_its_own_span_with_its_dose(
    prescription: Prescription, start: dt.date, zone: str, tail: int
) -> None:
    """
    Each stage's span starts the day after the one before ends (so none overlaps), and
    every session falls inside its own stage's span with that stage's dose and count a day.
    """
    plain = prescription.staged()
    spans = []
    begins = start
    for stage, _ in plain:
        assert isinstance(stage.timing, Timing)
        days = stage.timing.duration_days
        spans.append((begins, begins + _DAY * ((days or tail) - 1)))
        begins = spans[-1][1] + _DAY
    until = spans[-1][1]
    programme = Programme(
        title="Stages", start=start, timezone=zone, until=until, prescriptions=[prescription]
    )
    sessions = expand(programme).sessions
    in_span: dict[int, list[Session]] = collections.defaultdict(list)
    for session in sessions:
        day = session.start.date()
        number = next(k for k, (a, b) in enumerate(spans) if a <= day <= b)
        assert session.prescription == plain[number][0]
        assert session.dose == plain[number][0].dose
        in_span[number].append(session)
    for number, ((stage, _), (first, last)) in enumerate(zip(plain, spans, strict=True)):
        timing = stage.timing
        assert isinstance(timing, Timing)
        per_day = collections.Counter(s.start.date() for s in in_span[number])
        assert all(count == _per_day(timing) for count in per_day.values())
        if not (timing.weekdays or timing.every_days or timing.times_per_week):
            assert set(per_day) == {first + _DAY * i for i in range((last - first).days + 1)}
        if timing.every_days:
            assert min(per_day) == first  # counted from the stage's own first day


def _two_stage() -> Programme:
    calf = Prescription(
        exercise=Exercise(name="Calf raise"),
        dose=Dose(3, 10),
        timing=Timing(times_per_day=2, duration_days=14),
        stages=[Stage(timing=Timing(every_days=2, duration_days=28), dose=Dose(3, 15))],
    )
    return Programme(
        title="Calf", start=dt.date(2027, 3, 1), timezone="Europe/London", prescriptions=[calf]
    )


def test_two_stages_on_the_calendar_of_days() -> None:
    sessions = expand(_two_stage()).sessions
    first = [s for s in sessions if s.dose == Dose(3, 10)]
    later = [s for s in sessions if s.dose == Dose(3, 15)]
    assert len(first) == 28
    assert first[-1].start.date() == dt.date(2027, 3, 14)
    assert later[0].start.date() == dt.date(2027, 3, 15)
    assert later[-1].start.date() == dt.date(2027, 4, 10)
    assert len(later) == 14


def test_the_sheet_card_says_every_stage() -> None:
    card = sheet_view(expand(_two_stage())).sections[0].cards[0]
    # each stage with the days its sessions fall on (1-14 March, then 15 March-10 April)
    assert card.often == (
        "3 x 10 twice a day (1 Mar to 14 Mar 2027), "
        "then 3 x 15 every other day (15 Mar to 10 Apr 2027)"
    )


def test_fhir_has_one_request_per_stage_with_its_own_bounds() -> None:
    requests = [
        e["resource"]
        for e in fhir_bundle(_two_stage())["entry"]
        if e["resource"]["resourceType"] == "ServiceRequest"
    ]
    bounds = [r["occurrenceTiming"]["repeat"]["boundsPeriod"] for r in requests]
    assert bounds == [
        {"start": "2027-03-01", "end": "2027-03-14"},
        {"start": "2027-03-15", "end": "2027-04-10"},
    ]
    assert [r["occurrenceTiming"]["repeat"]["period"] for r in requests] == [1, 2]


def test_a_stage_that_comes_back_is_its_own_request() -> None:
    """Stages A, B, A: three FHIR requests, three calendar stretches, never A merged over B."""
    week = Timing(every_days=3, duration_days=7)
    calf = Prescription(
        exercise=Exercise(name="Calf raise"),
        dose=Dose(3, 10),
        timing=week,
        stages=[
            Stage(timing=Timing(times_per_day=1, duration_days=7), dose=Dose(3, 12)),
            Stage(timing=week, dose=Dose(3, 10)),
        ],
    )
    programme = Programme(
        title="Calf", start=dt.date(2027, 3, 1), timezone="Europe/London", prescriptions=[calf]
    )
    requests = [
        e
        for e in fhir_bundle(programme)["entry"]
        if e["resource"]["resourceType"] == "ServiceRequest"
    ]
    assert len({e["fullUrl"] for e in requests}) == 3
    bounds = [e["resource"]["occurrenceTiming"]["repeat"]["boundsPeriod"] for e in requests]
    assert [b["start"] for b in bounds] == ["2027-03-01", "2027-03-08", "2027-03-15"]
    card = sheet_view(expand(programme)).sections[0].cards[0]
    assert card.often.count(", then ") == 2
