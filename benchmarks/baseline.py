"""
The fair hand-written baseline: the same outputs with dateutil, zoneinfo, icalendar and
jinja2 used directly and well, with no rehabplan code and no abstraction.

"Fair" means what a competent engineer would write for the same output with the same
libraries: wall-clock times placed once per distinct (day, time) with the gap rule only
where the zone has two offsets that day, no round trip through UTC for every session,
time-zone blocks built once per zone and only for the programme's years, one reminder
component per prescription rather than one per event, and the sheet's data as plain
tuples into one Jinja2 template.

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


def local(
    tz: zoneinfo.ZoneInfo, day: dt.date, h: int, m: int, cache: dict[Any, dt.datetime]
) -> dt.datetime:
    """The wall-clock time *h*:*m* on *day* in *tz*, once per distinct (day, time)."""
    key = (day, h, m)
    start = cache.get(key)
    if start is None:
        start = dt.datetime(day.year, day.month, day.day, h, m, tzinfo=tz)
        if start.utcoffset() != start.replace(fold=1).utcoffset():
            # Two offsets: a gap (the time does not exist: move forward by the gap) or a
            # fold (keep the first); the round trip through UTC does both.
            start = start.astimezone(_UTC).astimezone(tz)
        cache[key] = start
    return start


def expand(spec: dict[str, Any]) -> list[tuple[dt.datetime, dt.datetime, str]]:
    """(start, end, prescription id) of every session, in time order."""
    tz = zoneinfo.ZoneInfo(spec["timezone"])
    cache: dict[Any, dt.datetime] = {}
    rows = []
    for index, p in enumerate(spec["prescriptions"]):
        length = dt.timedelta(minutes=minutes(p["dose"]))
        pid = p["id"]
        times = p["times"]
        for day in _days(spec, p):
            for h, m in times:
                start = local(tz, day, h, m, cache)
                rows.append((start, index, start + length, pid))
    rows.sort(key=lambda r: (r[0], r[1]))
    return [(s, e, i) for s, _, e, i in rows]


# --------------------------------------------------------------------------- iCalendar


_ZONES: dict[tuple[str, int, int], icalendar.Timezone] = {}


def _vtimezone(zone: str, first: dt.date, last: dt.date) -> icalendar.Timezone:
    """The zone's VTIMEZONE for the programme's years, built once per zone and years."""
    key = (zone, first.year, last.year)
    block = _ZONES.get(key)
    if block is None:
        block = icalendar.Timezone.from_tzid(
            zone,
            first_date=dt.date(first.year - 1, 1, 1),
            last_date=dt.date(last.year + 1, 12, 31),
        )
        _ZONES[key] = block
    return block


def _calendar(spec: dict[str, Any]) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("version", "2.0")
    cal.add("prodid", "-//baseline//EN")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", spec["title"])
    cal.add("x-wr-timezone", spec["timezone"])
    last = max(spec["start"] + dt.timedelta(days=p["days"]) for p in spec["prescriptions"])
    cal.add_component(_vtimezone(spec["timezone"], spec["start"], last))
    return cal


def _alarm(summary: str) -> icalendar.Alarm:
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Reminder: {summary}")
    alarm.add("trigger", dt.timedelta(minutes=-10))
    return alarm


def _event(
    spec: dict[str, Any],
    p: dict[str, Any],
    start: dt.datetime,
    end: dt.datetime,
    uid: str,
    alarm: icalendar.Alarm | None = None,
) -> icalendar.Event:
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
    event.add_component(alarm if alarm is not None else _alarm(summary))
    return event


def ics_expanded(spec: dict[str, Any]) -> bytes:
    """One VEVENT per session, written by icalendar's serializer."""
    cal = _calendar(spec)
    tz = zoneinfo.ZoneInfo(spec["timezone"])
    cache: dict[Any, dt.datetime] = {}
    for p in spec["prescriptions"]:
        length = dt.timedelta(minutes=minutes(p["dose"]))
        alarm = _alarm(f"{p['name']} · {dose_text(p['dose'])}")  # one per prescription
        for day in _days(spec, p):
            for h, m in p["times"]:
                start = local(tz, day, h, m, cache)
                uid = f"{p['id']}.{h:02d}{m:02d}.{day:%Y%m%d}@baseline"
                cal.add_component(_event(spec, p, start, start + length, uid, alarm))
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
{% for name, dose, when in cards %}<section class="card"><h2>{{ loop.index }}. {{ name }}</h2>
<p>{{ dose }}</p><p>{{ when }}</p></section>
{% endfor %}
{% for days, rows in weeks %}<table class="week"><caption>Week {{ loop.index }}</caption>
<tr><th></th>{% for day in days %}<th>{{ day }}</th>{% endfor %}</tr>
{% for name, cells in rows %}<tr><th>{{ name }}</th>
{%- for cell in cells %}<td>{{ "☐" * cell }}</td>{% endfor %}</tr>
{% endfor %}</table>
{% endfor %}</body></html>
"""
)


def sheet_data(spec: dict[str, Any]) -> dict[str, Any]:
    """The sheet's values as plain tuples: cards, and weeks of (day labels, rows of counts)."""
    sessions = expand(spec)
    first = spec["start"]
    last = max(s.date() for s, _, _ in sessions)
    counts: dict[tuple[str, dt.date], int] = {}
    for start, _, pid in sessions:
        key = (pid, start.date())
        counts[key] = counts.get(key, 0) + 1
    monday = first - dt.timedelta(days=first.weekday())
    named = [(p["id"], p["name"]) for p in spec["prescriptions"]]
    weeks = []
    while monday <= last:
        days = [monday + dt.timedelta(days=i) for i in range(7)]
        rows = tuple((name, tuple(counts.get((pid, d), 0) for d in days)) for pid, name in named)
        weeks.append((tuple(f"{d:%a %d %b}" for d in days), rows))
        monday += dt.timedelta(days=7)
    cards = tuple((p["name"], dose_text(p["dose"]), p["when"]) for p in spec["prescriptions"])
    return {"title": spec["title"], "first": first, "last": last, "cards": cards, "weeks": weeks}


def sheet_html(spec: dict[str, Any]) -> str:
    """The sheet's cards and weekly tick chart, one box per session, by plain jinja2."""
    return _SHEET.render(**sheet_data(spec))
