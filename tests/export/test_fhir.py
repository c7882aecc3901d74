"""The FHIR R4 Bundle: valid resources, Timings that read back, and exactly the schedule's sessions."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest
from fhir.resources.R4B.bundle import Bundle
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import ROOT, ZONES
from tests.strategies import course, fhir_timings

from rehabplan import (
    Anchor,
    Appointment,
    AsNeeded,
    Dose,
    Exercise,
    Load,
    Prescription,
    Programme,
    ScheduleError,
    StopRule,
    Timing,
    examples,
    expand,
    expand_fhir_timing,
    load,
    parse_dose,
    parse_timing,
)
from rehabplan.export.fhir import DOSE_EXTENSION, TIMING_EXTENSION, fhir_bundle, to_fhir

PROGRAMMES = {
    "achilles": examples.achilles(),
    "home_exercises": examples.home_exercises(),
    "calf_runner": examples.calf_runner(),
    "sciatic_runner": examples.sciatic_runner(),
    **{path.name: load(path) for path in sorted((ROOT / "examples").glob("*.toml"))},
}


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _extension(resource: dict[str, Any], url: str) -> dict[str, Any]:
    return next(e for e in resource["extension"] if e["url"] == url)


@pytest.mark.parametrize("name", PROGRAMMES)
def test_examples_validate(name: str) -> None:
    """Every example exports as a Bundle that FHIR's R4B models accept, resource by resource."""
    data = json.loads(to_fhir(PROGRAMMES[name]))
    bundle = Bundle.model_validate(data)
    assert bundle.type == "collection"
    kinds = [e["resource"]["resourceType"] for e in data["entry"]]
    assert kinds[0] == "CarePlan"
    assert kinds.count("Appointment") == len(PROGRAMMES[name].appointments)
    urls = {e["fullUrl"] for e in data["entry"]}
    plan = data["entry"][0]["resource"]
    assert {a["reference"]["reference"] for a in plan.get("activity", [])} == urls - {
        data["entry"][0]["fullUrl"]
    }


@pytest.mark.parametrize("name", PROGRAMMES)
def test_examples_timings_read_back_and_expand_to_the_schedule(name: str) -> None:
    """
    Each ServiceRequest's Timing reads back to the item's timing over its days, and
    expands to exactly the schedule's sessions of that item (one truth).
    """
    programme = PROGRAMMES[name]
    schedule = expand(programme)
    requests = _resources(fhir_bundle(schedule), "ServiceRequest")
    scheduled = [r for r in requests if "occurrenceTiming" in r]
    assert len(requests) - len(scheduled) == len(schedule.as_needed)
    covered = 0
    for request in scheduled:
        timing = Timing.from_fhir(request["occurrenceTiming"])
        phrase = _extension(request, TIMING_EXTENSION)["valueString"]
        expected = attrs.evolve(
            parse_timing(phrase), start=timing.start, until=timing.until, duration_days=None
        )
        if request["category"][0]["text"] == "Activity" and not expected.times_of_day:
            # An activity's own time is the afternoon slot, said in FHIR.
            expected = attrs.evolve(expected, times_of_day=("afternoon",))
        assert expected == timing
        sessions = [
            s
            for s in schedule.sessions
            if s.prescription.name == request["code"]["text"]
            and timing.start is not None
            and timing.until is not None
            and timing.start <= s.day <= timing.until
        ]
        if timing.anchor is not None:
            with pytest.raises(ScheduleError):
                expand_fhir_timing(
                    request["occurrenceTiming"], start=programme.start, tz=programme.timezone
                )
            assert all(s.slot.startswith("before") for s in sessions)
        else:
            starts = expand_fhir_timing(
                request["occurrenceTiming"],
                start=programme.start,
                tz=programme.timezone,
                slot_times=programme.slot_times,
                weekly_days=programme.weekly_days,
            )
            assert starts == tuple(s.start for s in sessions)
        covered += len(sessions)
    assert covered == len(schedule.sessions)


def test_as_needed_is_a_request_with_no_occurrence() -> None:
    """An as-needed prescription is asNeeded with its condition, never given an occurrence."""
    timing = AsNeeded(condition="when the calf tightens")
    programme = Programme(
        title="Calf",
        start=dt.date(2027, 3, 1),
        timezone="UTC",
        prescriptions=[
            Prescription(exercise=Exercise(name="Calf massage"), timing=timing),
            Prescription(
                exercise=Exercise(name="Calf stretch"),
                dose=Dose(3, 10),
                timing=Timing(times_per_day=2, duration_days=7),
            ),
        ],
    )
    data = fhir_bundle(programme)
    Bundle.model_validate(data)
    [massage] = [r for r in _resources(data, "ServiceRequest") if "occurrenceTiming" not in r]
    assert massage["asNeededCodeableConcept"] == {"text": "when the calf tightens"}
    assert massage["patientInstruction"] == "Calf massage: when needed (when the calf tightens)."
    assert _extension(massage, TIMING_EXTENSION)["valueString"] == str(timing)


def test_dose_in_text_and_extension() -> None:
    """The dose is in the patient's instruction and, part by part, in the dose extension."""
    dose = Dose(3, 10, hold=dt.timedelta(seconds=30), each_side=True, load=Load(5, "kg"))
    programme = Programme(
        title="Calf",
        start=dt.date(2027, 3, 1),
        timezone="Europe/London",
        prescriptions=[
            Prescription(
                exercise=Exercise(name="Calf raise"),
                dose=dose,
                timing=Timing(times_per_day=2, duration_days=14),
                stop_rules=[StopRule(what="calf pain", above=3)],
            )
        ],
    )
    request = _resources(fhir_bundle(programme), "ServiceRequest")[0]
    parts = {e["url"]: e for e in _extension(request, DOSE_EXTENSION)["extension"]}
    assert parse_dose(parts["text"]["valueString"]) == dose
    assert parts["sets"]["valueInteger"] == 3
    assert parts["reps"]["valueInteger"] == 10
    assert parts["hold"]["valueDuration"]["value"] == 30
    assert parts["eachSide"]["valueBoolean"] is True
    assert parts["load"]["valueQuantity"] == {"value": 5.0, "unit": "kg"}
    assert request["patientInstruction"] == (
        "Calf raise: 3 sets of 10 holds of 30 seconds with 5 kg, each side, "
        "twice a day from 2027-03-01 until 2027-03-14. Stop if calf pain is above 3/10."
    )
    assert request["occurrenceTiming"]["repeat"]["frequency"] == 2
    assert request["occurrenceTiming"]["repeat"]["periodUnit"] == "d"


def test_before_each_run_is_said_in_text_and_extension() -> None:
    """FHIR cannot say "before each run": the text says it, the modifier extension holds it."""
    programme = PROGRAMMES["calf_runner"]
    requests = _resources(fhir_bundle(programme), "ServiceRequest")
    anchored = [r for r in requests if "before each run" in r["patientInstruction"]]
    assert anchored
    for request in anchored:
        timing = request["occurrenceTiming"]
        assert timing["modifierExtension"][0]["valueString"] == "before run"
        assert Timing.from_fhir(timing).anchor == Anchor("before", "run")


def test_unsayable_timing_is_text_and_extension() -> None:
    """Twice a day every other day, which FHIR's elements cannot say, is given as text and phrase."""
    timing = Timing(times_per_day=2, every_days=2, duration_days=6)
    programme = Programme(
        title="Odd",
        start=dt.date(2027, 3, 1),
        timezone="UTC",
        prescriptions=[
            Prescription(exercise=Exercise(name="Bridge"), dose=Dose(3, 12), timing=timing)
        ],
    )
    data = fhir_bundle(programme)
    Bundle.model_validate(data)
    request = _resources(data, "ServiceRequest")[0]
    assert request["occurrenceTiming"] == {
        "repeat": {"boundsPeriod": {"start": "2027-03-01", "end": "2027-03-05"}},
        "code": {"text": "twice a day every other day from 2027-03-01 until 2027-03-05"},
    }
    assert _extension(request, TIMING_EXTENSION)["valueString"] == str(timing)


def test_appointments_and_notes() -> None:
    """Appointments are booked at their local time with offset; precautions and stop rules are notes."""
    programme = Programme(
        title="Review plan",
        start=dt.date(2027, 3, 22),
        timezone="Europe/London",
        precautions=["No running downhill"],
        stop_rules=[StopRule(what="pain", above=5)],
        appointments=[
            Appointment(
                title="Review",
                date=dt.date(2027, 3, 30),
                time=dt.time(9, 30),
                clinician="J. Physio",
                location="Riverside clinic",
            ),
            Appointment(title="Scan", date=dt.date(2027, 4, 2)),
        ],
    )
    data = fhir_bundle(programme)
    Bundle.model_validate(data)
    review, scan = _resources(data, "Appointment")
    assert (review["start"], review["end"]) == (
        "2027-03-30T09:30:00+01:00",
        "2027-03-30T10:00:00+01:00",
    )
    assert (scan["start"], scan["end"]) == (
        "2027-04-02T00:00:00+01:00",
        "2027-04-03T00:00:00+01:00",
    )
    assert data["entry"][0]["resource"]["period"] == {"start": "2027-03-22", "end": "2027-04-02"}
    notes = [n["text"] for n in data["entry"][0]["resource"]["note"]]
    assert notes == ["Precaution: No running downhill", "Stop rule: stop if pain is above 5/10"]


def test_same_programme_same_bytes() -> None:
    """The Bundle is derived from the programme alone: two exports are byte-identical."""
    assert to_fhir(examples.calf_runner()) == to_fhir(examples.calf_runner())


@given(fhir_timings().filter(lambda t: t.anchor is None), st.sampled_from(ZONES))
def test_exported_timing_expands_to_the_schedule(timing: Timing, zone: str) -> None:
    """For any timing FHIR says, the exported Timing expands to exactly the schedule's sessions."""
    start = dt.date(2027, 3, 1)
    days = course(40, timing.every_days, timing.times_per_week)
    timing = attrs.evolve(timing, start=None, until=None, duration_days=days)
    programme = Programme(
        title="Any",
        start=start,
        timezone=zone,
        prescriptions=[Prescription(exercise=Exercise(name="Any"), timing=timing)],
    )
    schedule = expand(programme)
    requests = _resources(fhir_bundle(schedule), "ServiceRequest")
    starts = tuple(
        t for r in requests for t in expand_fhir_timing(r["occurrenceTiming"], start=start, tz=zone)
    )
    assert starts == tuple(s.start for s in schedule.sessions)


def test_reachable_from_the_root() -> None:
    """`rehabplan.to_fhir` and `rehabplan.expand_fhir_timing` are their modules' functions."""
    import rehabplan
    from rehabplan import scheduling
    from rehabplan.export import fhir

    assert (rehabplan.to_fhir, rehabplan.expand_fhir_timing) == (
        fhir.to_fhir,
        scheduling.expand_fhir_timing,
    )
