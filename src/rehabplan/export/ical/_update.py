"""
Calendars that update: a new export read against the calendar the patient already has.

A calendar client matches events by UID and keeps the one with the higher SEQUENCE
(RFC 5545 3.8.7.4; RFC 5546 2.1.4). So, against the previous file:

- an event whose UID and content are unchanged keeps its SEQUENCE;
- an event whose UID stays but whose content changed gets the old SEQUENCE plus one;
- an event that is new gets the SEQUENCE asked for;
- an event of the previous file that the new plan no longer has is written again
  with STATUS:CANCELLED (RFC 5545 3.8.1.11) and its SEQUENCE plus one, so that a
  re-import or a subscription hides it instead of keeping it. An event already
  cancelled stays cancelled, with its SEQUENCE, so a client that skipped an update
  still learns of it.

The previous file is read with icalendar; "content" is every property but DTSTAMP,
SEQUENCE and STATUS, with its parameters, and the reminders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from rehabplan.errors import ExportError

if TYPE_CHECKING:
    import icalendar

__all__ = ["Previous"]

#: Properties that say when or how often an event was sent, not what it is.
_NOT_CONTENT = frozenset({"DTSTAMP", "SEQUENCE", "STATUS", "LAST-MODIFIED", "CREATED"})


def _content(component: icalendar.cal.Component) -> tuple[tuple[str, bytes, str], ...]:
    """What an event says, comparable across two files whatever their line folding."""
    found = []
    for name, value in component.property_items(sorted=True):
        if name in _NOT_CONTENT:
            continue
        text = value.to_ical() if hasattr(value, "to_ical") else str(value).encode()
        params = getattr(value, "params", None)
        found.append((name, text, params.to_ical().decode() if params else ""))
    return tuple(found)


def _sequence(event: icalendar.cal.Component) -> int:
    value = event.get("SEQUENCE", 0)
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _cancelled(event: icalendar.cal.Component) -> bool:
    return str(event.get("STATUS", "")).upper() == "CANCELLED"


class Previous:
    """
    The events of the calendar a patient already has, by UID.

    >>> from rehabplan import examples
    >>> from rehabplan.export.ical import to_ics
    >>> previous = Previous.read(to_ics(examples.achilles()))
    >>> sorted(previous.events)[0]
    'routine.evening.d7e452a9a9.series-20270301@achilles-loading.rehabplan'
    """

    def __init__(self, events: dict[str, icalendar.cal.Component]) -> None:
        self.events = events

    @classmethod
    def read(cls, data: object) -> Previous:
        """
        Read an iCalendar file's events; the latest of each UID counts.

        Raises:
            ExportError: *data* is not bytes, or not an iCalendar file.

        """
        if not isinstance(data, bytes | bytearray):
            raise ExportError(
                f"previous must be the bytes of an .ics file (got {type(data).__name__}); "
                "read it with open(path, 'rb')"
            )
        import icalendar  # only when updating: writing a calendar does not need it

        try:
            calendar = icalendar.Calendar.from_ical(bytes(data))
        except (ValueError, IndexError, KeyError, TypeError) as error:
            raise ExportError(f"previous: cannot read the calendar: {error}") from error
        if calendar.name != "VCALENDAR":
            raise ExportError(f"previous: expected a VCALENDAR, found {calendar.name}")
        events: dict[str, icalendar.cal.Component] = {}
        for event in calendar.walk("VEVENT"):
            uid = str(event.get("UID", ""))
            if not uid or "RECURRENCE-ID" in event:
                # An override of one occurrence goes with its series, by UID.
                continue
            known = events.get(uid)
            if known is None or _sequence(event) >= _sequence(known):
                events[uid] = event
        return cls(events)

    def update(
        self, events: list[list[str]], *, dtstamp: dt.datetime
    ) -> tuple[list[list[str]], list[dt.date]]:
        """
        The new *events* with their SEQUENCE set against these, then the cancelled ones.

        Also returns the days the cancelled events span, for the VTIMEZONE's range.
        """
        updated: list[list[str]] = []
        kept: set[str] = set()
        for lines in events:
            uid, new = _parse(lines)
            kept.add(uid)
            old = self.events.get(uid)
            if old is None:
                updated.append(lines)
                continue
            same = not _cancelled(old) and _content(old) == _content(new)
            sequence = _sequence(old) + (0 if same else 1)
            updated.append([_sequence_line(line, sequence) for line in lines])
        days: list[dt.date] = []
        for uid, old in sorted(self.events.items()):
            if uid in kept:
                continue
            updated.append(_cancel(old, dtstamp))
            days += _days(old)
        return updated, days


def _parse(lines: list[str]) -> tuple[str, icalendar.cal.Component]:
    import icalendar

    event = icalendar.Event.from_ical("\r\n".join(lines))
    return str(event["UID"]), event


def _sequence_line(line: str, sequence: int) -> str:
    return f"SEQUENCE:{sequence}" if line.startswith("SEQUENCE:") else line


def _cancel(old: icalendar.cal.Component, dtstamp: dt.datetime) -> list[str]:
    """The old event, cancelled: its times and rule kept so clients find what to hide."""
    import icalendar

    event = icalendar.Event()
    for name, value in old.property_items(recursive=False, sorted=False):
        if name in ("BEGIN", "END") or name in _NOT_CONTENT:
            continue
        event.add(name, value, encode=False)
    event.add("DTSTAMP", dtstamp.astimezone(dt.UTC))
    was = _sequence(old)
    event.add("SEQUENCE", was if _cancelled(old) else was + 1)
    event.add("STATUS", "CANCELLED")
    text = event.to_ical().decode("utf-8")
    return [line for line in text.split("\r\n") if line]


def _days(old: icalendar.cal.Component) -> Iterator[dt.date]:
    """The first day of a cancelled event, and the last of its series."""
    import icalendar

    values: list[Any] = [old.get("DTSTART"), old.get("DTEND")]
    rule = old.get("RRULE")
    if rule is not None:
        values += [icalendar.vDDDTypes(until) for until in rule.get("UNTIL", [])]
    for value in values:
        moment = getattr(value, "dt", None)
        if isinstance(moment, dt.datetime):
            yield moment.date()
        elif isinstance(moment, dt.date):
            yield moment
