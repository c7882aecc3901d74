"""
VEVENT lines: one writer that keeps the DTSTAMP, the reminder and the text lines
shared by many occurrences, and makes every UID unique.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from rehabplan.export.ical._series import Run, steady
from rehabplan.export.ical._text import Item, wall
from rehabplan.export.ical._writer import (
    content_line,
    escape_text,
    format_date_time,
    format_duration,
    format_utc,
)
from rehabplan.model import Appointment, Programme, Race, slugify

__all__ = ["EventWriter"]


class EventWriter:
    """Writes VEVENTs, caching the text lines shared by many occurrences."""

    def __init__(
        self,
        *,
        tz: zoneinfo.ZoneInfo,
        dtstamp: str,
        sequence: int,
        alarm: dt.timedelta | None,
        domain: str,
    ) -> None:
        self.tz = tz
        self.tzid = f";TZID={tz.key}"
        self.head = [f"DTSTAMP:{dtstamp}", f"SEQUENCE:{sequence}"]
        self.alarm = alarm
        self.domain = domain
        #: The lines of each event written, in order.
        self.events: list[list[str]] = []
        self._text: dict[tuple[str, str, tuple[str, ...]], list[str]] = {}
        self._uids: set[str] = set()

    def uid(self, base: str) -> str:
        """The UID of an event named *base*, unique in this calendar."""
        uid = f"{base}@{self.domain}"
        number = 1
        while uid in self._uids:  # never expected; keeps UIDs unique whatever happens
            number += 1
            uid = f"{base}-{number}@{self.domain}"
        self._uids.add(uid)
        return uid

    def _begin(self, base: str) -> list[str]:
        """A new event's first lines, kept in `events`; the caller appends the rest."""
        lines = ["BEGIN:VEVENT", content_line("UID", escape_text(self.uid(base))), *self.head]
        self.events.append(lines)
        return lines

    def text_lines(self, item: Item) -> list[str]:
        """SUMMARY, DESCRIPTION, CATEGORIES and the reminder of an occurrence."""
        key = (item.summary, item.description, item.categories)
        lines = self._text.get(key)
        if lines is None:
            lines = [
                # Line breaks typed into a name stay, escaped as newlines (RFC 5545 3.3.11).
                content_line("SUMMARY", escape_text(item.summary)),
                content_line("DESCRIPTION", escape_text(item.description)),
                content_line("CATEGORIES", ",".join(escape_text(c) for c in item.categories)),
            ]
            lines += self.alarm_lines(item.summary)
            self._text[key] = lines
        return lines

    def alarm_lines(self, summary: str) -> list[str]:
        """The reminder of an event called *summary*, if the calendar has reminders."""
        if self.alarm is None:
            return []
        trigger = format_duration(self.alarm)
        return [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            content_line("DESCRIPTION", escape_text(f"Reminder: {summary}")),
            f"TRIGGER:-{trigger}" if self.alarm else f"TRIGGER:{trigger}",
            "END:VALARM",
        ]

    def _moment_lines(self, start: dt.datetime, end: dt.datetime) -> list[str]:
        """
        DTSTART and DTEND of an appointment or a race: local times in the zone when it
        keeps its wall-clock length, otherwise (across a DST change) the UTC instants.
        """
        length = wall(end, start)
        if steady(start.date(), start.time(), length, start.tzinfo):
            return [
                f"DTSTART{self.tzid}:{format_date_time(start)}",
                f"DTEND{self.tzid}:{format_date_time(start + length)}",
            ]
        return [f"DTSTART:{format_utc(start)}", f"DTEND:{format_utc(end)}"]

    def event(self, base: str, item: Item, run: Run | None = None) -> None:
        """One occurrence, or the series of *run* starting with it."""
        lines = self._begin(base)
        if item.steady:
            lines.append(f"DTSTART{self.tzid}:{format_date_time(item.start)}")
            lines.append(f"DTEND{self.tzid}:{format_date_time(item.start + item.length)}")
        else:
            lines.append(f"DTSTART:{format_utc(item.start)}")
            lines.append(f"DTEND:{format_utc(item.end)}")
        if run is not None and run.rule is not None:
            last = dt.datetime.combine(run.last, item.start.time()).replace(tzinfo=self.tz)
            lines.append(content_line("RRULE", f"{run.rule};UNTIL={format_utc(last)}"))
            if run.skipped:
                clock = item.start.time()
                values = ",".join(
                    format_date_time(dt.datetime.combine(day, clock)) for day in run.skipped
                )
                lines.append(content_line("EXDATE", values, self.tzid))
        lines += self.text_lines(item)
        lines.append("END:VEVENT")

    def appointment(self, appointment: Appointment, programme: Programme) -> None:
        """A review or follow-up: one event with its LOCATION; a whole day when it has no time."""
        lines = self._begin(f"appointment.{appointment.id}.{appointment.date:%Y%m%d}")
        start = appointment.start_in(self.tz)
        end = appointment.end_in(self.tz)
        if start is None or end is None:
            # RFC 5545 3.6.1: an all-day event's DTEND is the (exclusive) next day.
            lines.append(f"DTSTART;VALUE=DATE:{appointment.date:%Y%m%d}")
            following = appointment.date + dt.timedelta(days=1)
            lines.append(f"DTEND;VALUE=DATE:{following:%Y%m%d}")
        else:
            lines += self._moment_lines(start, end)
        title = appointment.title
        text = [appointment.title]
        if appointment.clinician:
            text.append(f"With {appointment.clinician}.")
        if appointment.notes:
            text += ["", appointment.notes]
        text += ["", f"Programme: {programme.title}"]
        lines.append(content_line("SUMMARY", escape_text(title)))
        if appointment.location:
            lines.append(content_line("LOCATION", escape_text(appointment.location)))
        lines.append(content_line("DESCRIPTION", escape_text("\n".join(text))))
        lines.append(content_line("CATEGORIES", escape_text("Appointment")))
        if start is not None:
            lines += self.alarm_lines(title)
        lines.append("END:VEVENT")

    def race(self, race: Race, programme: Programme) -> None:
        """A race: one event of its own category at its start, as long as the distance takes."""
        lines = self._begin(f"race.{slugify(race.name)}.{race.day:%Y%m%d}")
        lines += self._moment_lines(race.start, race.end)
        text = [f"Race: {race.name}, {race.distance}.", "", f"Programme: {programme.title}"]
        lines.append(content_line("SUMMARY", escape_text(race.summary)))
        lines.append(content_line("DESCRIPTION", escape_text("\n".join(text))))
        lines.append(content_line("CATEGORIES", escape_text("Race")))
        lines.append("END:VEVENT")
