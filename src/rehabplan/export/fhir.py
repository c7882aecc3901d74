"""
The programme as an HL7 FHIR R4 Bundle: a CarePlan, a ServiceRequest per item, an Appointment each.

The Bundle is of type ``collection``: a set of resources handed to an app, which
decides how to store them. A ``transaction`` would ask a FHIR server to create
them, and what a server already holds (the patient, earlier plans) is the app's
to know, not ours. Resources refer to each other by ``urn:uuid:`` full URLs
derived from the programme, so the same programme gives the same bytes.

Every ServiceRequest is one prescription or activity over one stretch of days
(the base, or a phase), read from the schedule `rehabplan.expand` makes: its
``occurrenceTiming`` is `rehabplan.model.Timing.to_fhir` of the item's timing with
the stretch's first and last day as its bounds, so the Timing's occurrences are
the schedule's sessions. The dose, which FHIR has no element for, is in the
``patientInstruction`` text and in rehabplan's dose extension; a timing FHIR
cannot say ("twice a day every other day") is given as text, with rehabplan's
own phrase in the timing extension (docs/reference/fhir.md defines both).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import attrs

from rehabplan.errors import ProgrammeError
from rehabplan.model import (
    FHIR_EXTENSION_BASE,
    Appointment,
    AsNeeded,
    Dose,
    Prescription,
    Programme,
    Range,
    Schedule,
    Session,
    Timing,
    checked,
    localize,
)
from rehabplan.scheduling import DEFAULT_LIMIT, expand

__all__ = ["DOSE_EXTENSION", "TIMING_EXTENSION", "fhir_bundle", "to_fhir"]

#: Complex extension on a ServiceRequest: the dose's parts (sets, reps, hold, eachSide,
#: side, load, rest, duration) and its canonical phrase (text).
DOSE_EXTENSION = FHIR_EXTENSION_BASE + "dose"
#: Extension on a ServiceRequest (valueString): the item's own timing in rehabplan's
#: words, such as "before each run for 8 weeks".
TIMING_EXTENSION = FHIR_EXTENSION_BASE + "timing"

_UCUM = "http://unitsofmeasure.org"


@checked()
def to_fhir(source: Programme | Schedule, *, limit: int = DEFAULT_LIMIT) -> bytes:
    r"""
    The programme as a FHIR R4 Bundle in JSON (UTF-8, two-space indent, final newline).

    A `Schedule` is used as it is; a `Programme` is expanded whole first (at most
    *limit* sessions).

    >>> from rehabplan import examples
    >>> to_fhir(examples.achilles()).startswith(b'{\n  "resourceType": "Bundle"')
    True

    .. versionadded:: 0.2
    """
    bundle = fhir_bundle(source, limit=limit)
    return (json.dumps(bundle, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@checked()
def fhir_bundle(source: Programme | Schedule, *, limit: int = DEFAULT_LIMIT) -> dict[str, Any]:
    """
    The programme as a FHIR R4 Bundle (type ``collection``), a dict ready for JSON.

    >>> from rehabplan import examples
    >>> bundle = fhir_bundle(examples.achilles())
    >>> [entry["resource"]["resourceType"] for entry in bundle["entry"]]
    ['CarePlan', 'ServiceRequest']
    >>> bundle["entry"][1]["resource"]["occurrenceTiming"]["repeat"]["frequency"]
    2

    .. versionadded:: 0.2
    """
    schedule = source if isinstance(source, Schedule) else expand(source, limit=limit)
    programme = schedule.programme
    plan_url = _urn(programme, "CarePlan", programme.id)
    subject = {"display": programme.patient or "Patient"}
    stretches = _stretches(schedule.sessions)
    requests = [
        _service_request(
            programme,
            sessions,
            plan_url,
            subject,
            later_stage=any(
                (s[0].prescription.id, s[0].phase)
                == (sessions[0].prescription.id, sessions[0].phase)
                for s in stretches[:number]
            ),
        )
        for number, sessions in enumerate(stretches)
    ]
    requests += [
        _as_needed_request(programme, item, plan_url, subject) for item in schedule.as_needed
    ]
    appointments = [
        (_urn(programme, "Appointment", a.id), _appointment(programme, a))
        for a in programme.appointments
    ]
    plan: dict[str, Any] = {
        "resourceType": "CarePlan",
        "status": "active",
        "intent": "plan",
        "title": programme.title,
        "description": f"Home-exercise programme from {programme.start.isoformat()} "
        f"({programme.timezone})",
        "subject": subject,
        "period": _period(schedule),
    }
    if programme.clinician:
        plan["author"] = {"display": programme.clinician}
    activity = [{"reference": {"reference": url}} for url, _ in [*requests, *appointments]]
    if activity:
        plan["activity"] = activity
    notes = _plan_notes(programme)
    if notes:
        plan["note"] = [{"text": text} for text in notes]
    entries = [(plan_url, plan), *requests, *appointments]
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"fullUrl": url, "resource": resource} for url, resource in entries],
    }


def _urn(programme: Programme, kind: str, key: str) -> str:
    # uuid5 of the programme and the item: the same programme gives the same URLs.
    return "urn:uuid:" + str(
        uuid.uuid5(uuid.NAMESPACE_URL, f"rehabplan:{programme.id}:{kind}:{key}")
    )


def _period(schedule: Schedule) -> dict[str, str]:
    """From the programme's start to its last session or appointment."""
    days = [s.day for s in schedule.sessions] + [a.date for a in schedule.programme.appointments]
    period = {"start": schedule.programme.start.isoformat()}
    if days:
        period["end"] = max(days).isoformat()
    return period


def _plan_notes(programme: Programme) -> list[str]:
    notes = [f"Precaution: {text}" for text in programme.precautions]
    notes += [f"Stop rule: {rule}" for rule in programme.stop_rules]
    for span in programme.phase_spans():
        phase = span.phase
        text = f"Phase {phase.name}: from {span.start.isoformat()}"
        if span.until is not None:
            text += f" until {span.until.isoformat()}"
        if phase.at is not None:
            text += f" (starts at the {programme.appointment(phase.at).title})"
        if phase.drop:
            text += "; stops " + ", ".join(phase.drop)
        if phase.notes:
            text += f". {phase.notes}"
        notes.append(text)
    if programme.contact:
        notes.append(f"Contact: {programme.contact}")
    return notes


def _stretches(sessions: tuple[Session, ...]) -> list[list[Session]]:
    """The sessions of each item in each phase, in the order the items first come."""
    # A prescription in stages has one plain prescription per stage, each running
    # after the one before: a new stage of an item starts a new stretch.
    groups: dict[tuple[str, str | None, int], list[Session]] = {}
    stage: dict[tuple[str, str | None], tuple[Prescription, int]] = {}
    for session in sessions:
        item = (session.prescription.id, session.phase)
        last, number = stage.get(item, (session.prescription, 0))
        if session.prescription != last:
            number += 1
        stage[item] = (session.prescription, number)
        groups.setdefault((*item, number), []).append(session)
    return list(groups.values())


def _service_request(
    programme: Programme,
    sessions: list[Session],
    plan_url: str,
    subject: dict[str, str],
    *,
    later_stage: bool,
) -> tuple[str, dict[str, Any]]:
    first = sessions[0]
    activity = first.activity
    item = first.prescription
    timing = activity.timing if activity is not None else item.timing
    assert isinstance(timing, Timing)  # as-needed prescriptions have no sessions
    bounded = attrs.evolve(timing, start=first.day, until=sessions[-1].day, duration_days=None)
    said = timing.times_of_day or timing.times_per_day or timing.every_hours
    if activity is not None and not said:
        # An activity with no time of its own is done in the afternoon: say so, or a
        # reader would place it at its own default.
        bounded = attrs.evolve(bounded, times_of_day=("afternoon",))
    dose = item.dose if activity is None else None
    what = dose.describe() if dose is not None else first.summary
    request = _request(item, dose, f"{what}, {bounded.describe()}", plan_url, subject)
    request["category"] = [{"text": "Activity" if activity is not None else "Home exercise"}]
    request["occurrenceTiming"] = _timing(bounded)
    if first.phase is not None:
        request.setdefault("note", []).append({"text": f"Phase: {first.phase}"})
    key = f"{item.id}@{first.phase or ''}"
    if later_stage:
        key += f"@{first.day}"
    return _urn(programme, "ServiceRequest", key), request


def _as_needed_request(
    programme: Programme, item: Prescription, plan_url: str, subject: dict[str, str]
) -> tuple[str, dict[str, Any]]:
    """An as-needed prescription: ``asNeeded``, and no occurrence, as it is not scheduled."""
    timing = item.timing
    assert isinstance(timing, AsNeeded)
    what = item.dose.describe() + ", " if item.dose is not None else ""
    request = _request(item, item.dose, what + timing.describe(), plan_url, subject)
    request["category"] = [{"text": "Home exercise"}]
    if timing.condition:
        request["asNeededCodeableConcept"] = {"text": timing.condition}
    else:
        request["asNeededBoolean"] = True
    return _urn(programme, "ServiceRequest", f"{item.id}@as-needed"), request


def _request(
    item: Prescription, dose: Dose | None, how: str, plan_url: str, subject: dict[str, str]
) -> dict[str, Any]:
    """What every ServiceRequest has: the exercise, the dose, the instruction and the notes."""
    extensions: list[dict[str, Any]] = []
    if dose is not None:
        extensions.append(_dose_extension(dose))
    extensions.append({"url": TIMING_EXTENSION, "valueString": str(item.timing)})
    instruction = f"{item.name}: {how}."
    if item.stop_rules:
        instruction += " " + "; ".join(str(r) for r in item.stop_rules).capitalize() + "."
    notes = [f"Precaution: {text}" for text in item.precautions]
    notes += [f"Stop rule: {rule}" for rule in item.stop_rules]
    if item.progression is not None:
        notes.append(f"Progression: {item.progression}")
    if item.notes:
        notes.append(item.notes)
    request: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "status": "active",
        "intent": "plan",
        "code": {"text": item.name},
        "subject": subject,
        "basedOn": [{"reference": plan_url}],
        "extension": extensions,
        "patientInstruction": instruction,
    }
    if notes:
        request["note"] = [{"text": text} for text in notes]
    return request


def _timing(timing: Timing) -> dict[str, Any]:
    try:
        return timing.to_fhir()
    except ProgrammeError:
        # FHIR's elements cannot say it: the text does, with the dates as bounds, and
        # the timing extension holds rehabplan's phrase.
        assert timing.start is not None
        assert timing.until is not None
        period = {"start": timing.start.isoformat(), "end": timing.until.isoformat()}
        return {"repeat": {"boundsPeriod": period}, "code": {"text": timing.describe()}}


def _quantity(value: dt.timedelta) -> dict[str, Any]:
    return {"value": int(value.total_seconds()), "unit": "s", "system": _UCUM, "code": "s"}


def _part(name: str, value: Any) -> dict[str, Any]:
    if isinstance(value, Range):
        low, high = value.low, value.high
        if isinstance(low, dt.timedelta) and isinstance(high, dt.timedelta):
            return {"url": name, "valueRange": {"low": _quantity(low), "high": _quantity(high)}}
        return {"url": name, "valueRange": {"low": {"value": low}, "high": {"value": high}}}
    if isinstance(value, dt.timedelta):
        return {"url": name, "valueDuration": _quantity(value)}
    if isinstance(value, bool):
        return {"url": name, "valueBoolean": value}
    return {"url": name, "valueInteger": value}


def _dose_extension(dose: Dose) -> dict[str, Any]:
    parts = [{"url": "text", "valueString": str(dose)}, _part("sets", dose.sets)]
    for name in ("reps", "hold", "rest", "duration"):
        value = getattr(dose, name)
        if value is not None:
            parts.append(_part(name, value))
    parts.append(_part("eachSide", dose.each_side))
    if dose.side is not None:
        parts.append({"url": "side", "valueCode": dose.side})
    if dose.load is not None:
        parts.append(
            {"url": "load", "valueQuantity": {"value": dose.load.amount, "unit": dose.load.unit}}
        )
    return {"url": DOSE_EXTENSION, "extension": parts}


def _appointment(programme: Programme, appointment: Appointment) -> dict[str, Any]:
    tz = programme.tz
    if appointment.time is None:
        # A whole-day review: FHIR instants need a time, so the day's local midnights.
        start = localize(appointment.date, dt.time(0), tz)
        end = localize(appointment.date + dt.timedelta(days=1), dt.time(0), tz)
    else:
        start = localize(appointment.date, appointment.time, tz)
        end = start + appointment.duration
    participants: list[dict[str, Any]] = [
        {"actor": {"display": programme.patient or "Patient"}, "status": "accepted"}
    ]
    if appointment.clinician:
        participants.append({"actor": {"display": appointment.clinician}, "status": "accepted"})
    if appointment.location:
        participants.append({"actor": {"display": appointment.location}, "status": "accepted"})
    resource: dict[str, Any] = {
        "resourceType": "Appointment",
        "status": "booked",
        "description": appointment.title,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "participant": participants,
    }
    if appointment.notes:
        resource["comment"] = appointment.notes
    return resource
