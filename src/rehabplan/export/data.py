"""
The schedule as data for the app that imported the library: JSON and CSV.

One row per session or race, in time order, with the keys of the `schedule --format
json` contract: ``kind`` (``session`` or ``race``), ``start`` and ``end`` (ISO 8601
local wall-clock time with the zone's UTC offset), ``summary``, ``prescription`` (its
id) and ``dose`` (text), plus ``exercise``, ``slot``, ``phase``, ``activity`` and
``volume`` (a race's distance).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from rehabplan.model import Programme, Schedule
from rehabplan.scheduling import expand

__all__ = ["FIELDS", "session_rows", "to_csv", "to_json"]

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
)


def _schedule(source: Programme | Schedule) -> Schedule:
    return source if isinstance(source, Schedule) else expand(source)


def session_rows(source: Programme | Schedule) -> list[dict[str, Any]]:
    """
    One dictionary per session or race, in time order, with the keys in `FIELDS`.

    >>> from rehabplan import examples
    >>> row = session_rows(examples.achilles())[0]
    >>> row["start"], row["prescription"], row["dose"]
    ('2027-03-01T08:00:00+00:00', 'eccentric-heel-drops', '3 x 15')
    """
    schedule = _schedule(source)
    rows = []
    for s in schedule:
        rows.append(
            {
                "kind": "session",
                "start": s.start.isoformat(),
                "end": s.end.isoformat(),
                "summary": s.summary,
                "prescription": s.prescription.id,
                "exercise": s.prescription.name,
                "dose": str(s.dose) if s.dose is not None else None,
                "slot": s.slot,
                "phase": s.phase,
                "activity": s.activity.kind if s.activity is not None else None,
                "volume": str(s.volume) if s.volume is not None else None,
            }
        )
    for number, race in enumerate(schedule.races):
        # After every session that starts no later (and the races before it).
        at = number + sum(1 for s in schedule if s.start <= race.start)
        rows.insert(
            at,
            {
                "kind": "race",
                "start": race.start.isoformat(),
                "end": race.end.isoformat(),
                "summary": race.summary,
                "prescription": None,
                "exercise": None,
                "dose": None,
                "slot": None,
                "phase": None,
                "activity": race.activity.kind,
                "volume": str(race.distance),
            },
        )
    return rows


def to_json(source: Programme | Schedule, *, indent: int | None = 1) -> str:
    """
    The sessions as a JSON array (what ``rehabplan schedule --format json`` prints).

    >>> import json
    >>> from rehabplan import examples
    >>> len(json.loads(to_json(examples.achilles())))
    168
    """
    return json.dumps(session_rows(source), ensure_ascii=False, indent=indent) + "\n"


def to_csv(source: Programme | Schedule) -> str:
    """
    The sessions as CSV with a header row of `FIELDS`.

    >>> from rehabplan import examples
    >>> to_csv(examples.achilles()).splitlines()[0]
    'kind,start,end,summary,prescription,exercise,dose,slot,phase,activity,volume'
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(session_rows(source))
    return buffer.getvalue()
