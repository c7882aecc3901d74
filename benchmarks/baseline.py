"""
The hand-written baseline: the same outputs with dateutil, zoneinfo, icalendar and
jinja2 used directly, with no rehabplan code and no abstraction.

It reads the plain *specs* of `workloads` (rrule parameters, clock times, doses as
numbers), which is what a programmer who wrote the loop by hand would start from.
"""

from __future__ import annotations

import datetime as dt
import math
import zoneinfo
from typing import Any

import icalendar
import jinja2
from dateutil import rrule

_UTC = dt.UTC
_DAY_NAMES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def minutes(dose: tuple[int, int, int | None, bool]) -> int:
    """Session length: reps x (hold or 3 s) x sets, both sides double, 30 s rests, 5-min steps."""
    sets, reps, hold, each_side = dose
    work = (hold or 3) * reps * sets * (2 if each_side else 1)
    total = work + 30 * (sets - 1)
    return max(5, 5 * math.ceil(total / 300))


def dose_text(dose: tuple[int, int, int | None, bool]) -> str:
    sets, reps, hold, each_side = dose
    text = f"{sets} × {hold} s" if hold else f"{sets} × {reps}"
    return text + (" each side" if each_side else "")


def _days(spec: dict[str, Any], p: dict[str, Any]) -> rrule.rrule:
    first = spec["start"]
    last = first + dt.timedelta(days=p["days"] - 1)
    return rrule.rrule(
        p["freq"],
        dtstart=dt.datetime.combine(first, dt.time()),
        interval=p["interval"],
        byweekday=[rrule.weekday(d) for d in p["weekdays"]] or None,
        until=dt.datetime.combine(last, dt.time()),
        wkst=rrule.MO,
        cache=False,
    )


def expand(spec: dict[str, Any]) -> list[tuple[dt.datetime, dt.datetime, str]]:
    """(start, end, prescription id) of every session, in time order."""
    tz = zoneinfo.ZoneInfo(spec["timezone"])
    rows = []
    for index, p in enumerate(spec["prescriptions"]):
        length = dt.timedelta(minutes=minutes(p["dose"]))
        for day in _days(spec, p):
            for h, m in p["times"]:
                # fold=0 then a round trip through UTC: a time in a DST gap moves forward.
                start = day.replace(hour=h, minute=m, tzinfo=tz).astimezone(_UTC).astimezone(tz)
                rows.append((start, index, start + length, p["id"]))
    rows.sort(key=lambda r: (r[0], r[1]))
    return [(s, e, i) for s, _, e, i in rows]


# --------------------------------------------------------------------------- iCalendar


def _calendar(spec: dict[str, Any]) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("version", "2.0")
    cal.add("prodid", "-//baseline//EN")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", spec["title"])
    cal.add("x-wr-timezone", spec["timezone"])
    cal.add_component(icalendar.Timezone.from_tzid(spec["timezone"]))
    return cal


def _event(spec: dict[str, Any], p: dict[str, Any], start: dt.datetime, end: dt.datetime, uid: str):
    name = p["name"]
    summary = f"{name} · {dose_text(p['dose'])}"
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", dt.datetime.combine(spec["start"], dt.time(), _UTC))
    event.add("sequence", 0)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", summary)
    event.add("description", f"{summary}.\n\nProgramme: {spec['title']}")
    event.add("categories", ["Home exercise"])
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Reminder: {summary}")
    alarm.add("trigger", dt.timedelta(minutes=-10))
    event.add_component(alarm)
    return event


def ics_expanded(spec: dict[str, Any]) -> bytes:
    """One VEVENT per session, written by icalendar's serializer."""
    cal = _calendar(spec)
    tz = zoneinfo.ZoneInfo(spec["timezone"])
    for p in spec["prescriptions"]:
        length = dt.timedelta(minutes=minutes(p["dose"]))
        for day in _days(spec, p):
            for h, m in p["times"]:
                start = day.replace(hour=h, minute=m, tzinfo=tz).astimezone(_UTC).astimezone(tz)
                uid = f"{p['id']}.{h:02d}{m:02d}.{day:%Y%m%d}@baseline"
                cal.add_component(_event(spec, p, start, start + length, uid))
    return cal.to_ical()


def ics_compact(spec: dict[str, Any]) -> bytes:
    """One VEVENT with an RRULE per prescription and clock time."""
    cal = _calendar(spec)
    tz = zoneinfo.ZoneInfo(spec["timezone"])
    for p in spec["prescriptions"]:
        length = dt.timedelta(minutes=minutes(p["dose"]))
        first_day = next(iter(_days(spec, p)))
        last_day = spec["start"] + dt.timedelta(days=p["days"] - 1)
        for h, m in p["times"]:
            start = first_day.replace(hour=h, minute=m, tzinfo=tz)
            event = _event(spec, p, start, start + length, f"{p['id']}.{h:02d}{m:02d}@baseline")
            rule: dict[str, Any] = {"freq": "WEEKLY" if p["weekdays"] else "DAILY"}
            if p["interval"] != 1:
                rule["interval"] = p["interval"]
            if p["weekdays"]:
                rule["byday"] = [_DAY_NAMES[d] for d in p["weekdays"]]
            rule["until"] = dt.datetime.combine(last_day, dt.time(h, m), tz).astimezone(_UTC)
            event.add("rrule", rule)
            cal.add_component(event)
    return cal.to_ical()


# --------------------------------------------------------------------------- HTML sheet

_SHEET = jinja2.Environment(autoescape=True, keep_trailing_newline=True).from_string(
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body>
<h1>{{ title }}</h1>
<p>{{ first }} to {{ last }}</p>
{% for card in cards %}<section class="card"><h2>{{ loop.index }}. {{ card.name }}</h2>
<p>{{ card.dose }}</p><p>{{ card.when }}</p></section>
{% endfor %}
{% for week in weeks %}<table class="week"><caption>Week {{ loop.index }}</caption>
<tr><th></th>{% for day in week.days %}<th>{{ day }}</th>{% endfor %}</tr>
{% for row in week.rows %}<tr><th>{{ row.name }}</th>
{%- for cell in row.cells %}<td>{{ "☐" * cell }}</td>{% endfor %}</tr>
{% endfor %}</table>
{% endfor %}</body></html>
"""
)


def sheet_html(spec: dict[str, Any]) -> str:
    """The sheet's cards and weekly tick chart, one box per session, by plain jinja2."""
    sessions = expand(spec)
    first = spec["start"]
    last = max(s.date() for s, _, _ in sessions)
    ids = [p["id"] for p in spec["prescriptions"]]
    counts: dict[tuple[str, dt.date], int] = {}
    for start, _, pid in sessions:
        key = (pid, start.date())
        counts[key] = counts.get(key, 0) + 1
    monday = first - dt.timedelta(days=first.weekday())
    weeks = []
    while monday <= last:
        days = [monday + dt.timedelta(days=i) for i in range(7)]
        rows = [
            {"name": p["name"], "cells": [counts.get((pid, d), 0) for d in days]}
            for pid, p in zip(ids, spec["prescriptions"], strict=True)
        ]
        weeks.append({"days": [f"{d:%a %d %b}" for d in days], "rows": rows})
        monday += dt.timedelta(days=7)
    cards = [
        {"name": p["name"], "dose": dose_text(p["dose"]), "when": p["when"]}
        for p in spec["prescriptions"]
    ]
    return _SHEET.render(title=spec["title"], first=first, last=last, cards=cards, weeks=weeks)
