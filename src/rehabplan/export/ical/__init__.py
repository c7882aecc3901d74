"""
iCalendar (RFC 5545) export: a programme's sessions as a calendar people import or subscribe to.

Routines by default: every session due at the same local time on the same day is one
event, its exercises and doses listed in the description; with
*per_exercise* one event per session.
Compact by default: a programme's plain series (`rehabplan.scheduling.plan`) are written
as the recurrences the schedule is expanded from, and the dates of everything else
(and of a schedule given as such) are covered by the runs found in them; so every mode
describes exactly the sessions that `rehabplan.expand` lists. With *expanded*, one
VEVENT per occurrence.

The output is deterministic: UIDs come from the programme id and what the event is,
DTSTAMP from the caller or the programme's start, never from the clock; the same
input gives byte-identical files, and an edited programme keeps the UIDs of what did
not change, so a re-import updates events instead of duplicating them.

>>> from rehabplan import examples
>>> data = to_ics(examples.achilles())
>>> data.splitlines()[:3]
[b'BEGIN:VCALENDAR', b'VERSION:2.0', b'PRODID:-//rehabplan//rehabplan 0.1.0//EN']
>>> [line for line in data.splitlines() if line.startswith(b"RRULE:FREQ=DAILY")]
[b'RRULE:FREQ=DAILY;UNTIL=20270523T070000Z', b'RRULE:FREQ=DAILY;UNTIL=20270523T170000Z']
"""

from rehabplan.export.ical._calendar import to_ics
from rehabplan.export.ical._text import CATEGORY

__all__ = [
    "CATEGORY",
    "to_ics",
]
