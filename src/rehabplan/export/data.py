"""
The schedule as data for the app that imported the library: JSON and CSV.

One row per dated item of the schedule (`rehabplan.Schedule.items`), in time order:
``kind`` (``session``, ``appointment`` or ``race``), ``start`` and ``end`` (ISO 8601
local wall-clock time with the zone's UTC offset) and ``summary``; a session adds
``prescription`` (its id), ``exercise``, ``dose`` (text), ``slot``, ``phase``, and
for an activity ``activity`` (its kind) and ``volume``; an appointment adds
``location`` and ``clinician``; a race adds ``activity`` and ``volume`` (its
distance). A key that does not apply to an item is null.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from rehabplan.errors import ExportError
from rehabplan.model import Programme, Race, Schedule, ScheduledAppointment, checked
from rehabplan.scheduling import expand

__all__ = ["FIELDS", "item_rows", "to_csv", "to_json"]

#: The keys of every row, in order.
FIELDS = (
    "kind",
    "start",
    "end",
    "summary",
    "prescription",
    "exercise",
    "dose",
    "slot",
    "phase",
    "activity",
    "volume",
    "location",
    "clinician",
)


def _schedule(source: Programme | Schedule) -> Schedule:
    return source if isinstance(source, Schedule) else expand(source)


@checked()
def item_rows(source: Programme | Schedule) -> list[dict[str, Any]]:
    """
    One dictionary per dated item (sessions, appointments, races), in time order, keys `FIELDS`.

    >>> from rehabplan import examples
    >>> row = item_rows(examples.achilles())[0]
    >>> row["kind"], row["start"], row["prescription"], row["dose"]
    ('session', '2027-03-01T08:00:00+00:00', 'eccentric-heel-drops', '3 x 15')
    >>> phased = examples.calf_runner()
    >>> [r["summary"] for r in item_rows(phased) if r["kind"] == "appointment"]
    ['First visit', 'Review', 'Follow-up']

    .. versionadded:: 0.2
    """
    rows: list[dict[str, Any]] = []
    for item in _schedule(source).items:
        row: dict[str, Any] = dict.fromkeys(FIELDS)
        row.update(
            kind=item.kind,
            start=item.start.isoformat(),
            end=item.end.isoformat(),
            summary=item.summary,
        )
        if isinstance(item, ScheduledAppointment):
            row.update(location=item.appointment.location, clinician=item.appointment.clinician)
        elif isinstance(item, Race):
            row.update(activity=item.activity.kind, volume=str(item.distance))
        else:
            row.update(
                prescription=item.prescription.id,
                exercise=item.prescription.name,
                dose=str(item.dose) if item.dose is not None else None,
                slot=item.slot,
                phase=item.phase,
                activity=item.activity.kind if item.activity is not None else None,
                volume=str(item.volume) if item.volume is not None else None,
            )
        rows.append(row)
    return rows


@checked()
def to_json(source: Programme | Schedule, *, indent: int | None = 1) -> str:
    """
    The dated items as a JSON array (what ``rehabplan schedule --format json`` prints).

    >>> import json
    >>> from rehabplan import examples
    >>> len(json.loads(to_json(examples.achilles())))
    168
    """
    if indent is not None and not 0 <= indent <= _MAX_INDENT:
        raise ExportError(f"indent: must be None or 0 to {_MAX_INDENT} spaces (got {indent})")
    return json.dumps(item_rows(source), ensure_ascii=False, indent=indent) + "\n"


#: The widest indent `to_json` writes: wider only makes the file bigger.
_MAX_INDENT = 16


@checked()
def to_csv(source: Programme | Schedule) -> str:
    """
    The dated items as CSV with a header row of `FIELDS`.

    >>> from rehabplan import examples
    >>> to_csv(examples.achilles()).splitlines()[0]
    'kind,start,end,summary,prescription,exercise,dose,slot,phase,activity,volume,location,clinician'
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(item_rows(source))
    return buffer.getvalue()
