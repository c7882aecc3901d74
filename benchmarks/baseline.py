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
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import icalendar
import jinja2
import markupsafe
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

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TEMPLATES = Path(__file__).resolve().parent.parent / "src/rehabplan/export/sheet/templates"


def _stylesheet(paper: str) -> str:
    """
    The sheet's print CSS for *paper* at standard print size: an asset, so it is read from
    rehabplan's template file (its ``<style>`` element, whose few settings plain Jinja2
    fills once), not written again here.
    """
    page = (_TEMPLATES / "sheet.html").read_text("utf-8")
    css = page[page.index("<style>\n") + len("<style>\n") : page.index("</style>")]
    settings = jinja2.Environment(trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return settings.from_string(css).render(sheet={"paper": paper, "large_print": False})


# The page of `rehabplan.export.sheet.render_sheet(format="html")`, line for line, for
# what the specs hold: a header, a card per exercise and a weekly chart with a tick box per
# session, a rest or out-of-window cell, and a pain-score row.
_SHEET = jinja2.Environment(
    autoescape=True, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True
).from_string(
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{ title }}</title>
<style>
{{ style }}</style>
</head>
<body class="standard-print">
<header class="sheet-head">
  <h1>{{ title }}</h1>
  <p class="who">
    <span><b>Dates:</b> {{ dates }}</span>
  </p>
</header>
<section class="phase">
  <h2>Your exercises</h2>
  <div class="cards">
  {% for name, dose, words, often, times, steps in cards %}
  <article class="card">
  <header class="card-head">
    <h3><span class="num">{{ loop.index }}</span> {{ name }}</h3>
<p class="dose">{{ dose }}</p>  </header>
  <dl class="facts">
<div><dt>Dose</dt><dd>{{ words }}</dd></div>\
    <div><dt>When</dt><dd>{{ often }} ({{ times }})</dd></div>
  </dl>
  <ol class="steps">
    {% for step in steps %}
    <li>{{ step }}</li>
    {% endfor %}
  </ol>
</article>

  {% endfor %}
  </div>
  <h2 class="charts-title">Tick a box each time you do it</h2>
  {% for title, days, rows in weeks %}
  {% if not loop.first %}

  {% endif %}
  <section class="week" data-week="{{ loop.index }}">
  <h3>{{ title }}</h3>
  <table class="chart">
    <colgroup><col class="name-col"><col><col><col><col><col><col><col></colgroup>
    <thead>
      <tr>
        <th class="name">Exercise</th>
        {% for weekday, date in days %}
        {% if date %}
        <th class="day"><span class="wd">{{ weekday }}</span><span class="dm">{{ date }}</span></th>
        {% else %}
        <th class="day out"></th>
        {% endif %}
        {% endfor %}
      </tr>
    </thead>
    <tbody>
      {% for name, cells in rows %}
      <tr>
        <th class="name">{{ name }}</th>
        {% for count, title, in_window in cells %}
        {% if count %}
        <td class="ticks" title="{{ title }}">{{ box * count }}</td>
        {% elif in_window %}
        <td class="rest"></td>
        {% else %}
        <td class="out"></td>
        {% endif %}
        {% endfor %}
      </tr>
      {% endfor %}
      <tr class="pain">
        <th class="name">Pain score<span class="rowdose">0 = none, 10 = worst</span></th>
        {% for weekday, date in days %}
        {% if date %}
        <td class="score"><span class="of">/10</span></td>
        {% else %}
        <td class="out"></td>
        {% endif %}
        {% endfor %}
      </tr>
    </tbody>
  </table>
  <div class="notes-lines"><span class="label">Notes</span><span class="line"></span>\
<span class="line"></span></div>
</section>
  {% endfor %}

</section>
</body>
</html>
"""
)
#: The print CSS of an A4 sheet.
STYLE = markupsafe.Markup(_stylesheet("A4"))
_BOX = markupsafe.Markup('<span class="box">☐</span>')


def _date_range(first: dt.date, last: dt.date) -> str:
    end = f"{last.day} {_MONTHS[last.month - 1]} {last.year}"
    if first.year != last.year:
        return f"{first.day} {_MONTHS[first.month - 1]} {first.year} to {end}"
    return f"{first.day} {_MONTHS[first.month - 1]} to {end}"


def dose_words(dose: tuple[int, int, int | None, bool]) -> str:
    sets, reps, hold, each_side = dose
    text = f"{sets} holds of {hold} seconds" if hold else f"{sets} sets of {reps} reps"
    return text + (", each side" if each_side else "")


def _label(slot: str, h: int, m: int) -> str:
    """A tick box's slot and time, ``morning 08:00``, or the time alone for a clock-time slot."""
    clock = f"{h:02d}:{m:02d}"
    return clock if slot == clock else f"{slot} {clock}"


def _times(p: dict[str, Any]) -> str:
    """The clock times with their slot labels: ``morning 08:00 and evening 18:00``."""
    labels = [_label(slot, h, m) for (h, m), slot in zip(p["times"], p["slots"], strict=True)]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _dates(spec: dict[str, Any], p: dict[str, Any]) -> Iterator[dt.date]:
    return (day.date() for day in _days(spec, p))


def sheet_data(
    spec: dict[str, Any],
    dates: Callable[[dict[str, Any], dict[str, Any]], Iterable[dt.date]] = _dates,
) -> dict[str, Any]:
    """
    The sheet's values as plain tuples: the cards, and per week its title, its days'
    (weekday, date) labels and a row per exercise with sessions that week, each day's cell
    (tick boxes, their slots and times, in the window). *dates* gives a prescription's days
    (the floor passes its date arithmetic).
    """
    tz = zoneinfo.ZoneInfo(spec["timezone"])
    first = spec["start"]
    last = first + dt.timedelta(days=max(p["days"] for p in spec["prescriptions"]) - 1)
    monday = first - dt.timedelta(days=first.weekday())
    cache: dict[Any, dt.datetime] = {}
    # Per week, per exercise (in programme order), per day: the sessions' labels.
    weeks: dict[int, dict[int, dict[int, list[str]]]] = {}
    for index, p in enumerate(spec["prescriptions"]):
        # Each clock time's label, made once; a time moved by a gap gets its own.
        slots = [
            (h, m, slot, _label(slot, h, m))
            for (h, m), slot in zip(p["times"], p["slots"], strict=True)
        ]
        for day in dates(spec, p):
            week, column = divmod((day - monday).days, 7)
            labels = weeks.setdefault(week, {}).setdefault(index, {}).setdefault(column, [])
            for h, m, slot, label in slots:
                start = local(tz, day, h, m, cache)
                moved = start.hour != h or start.minute != m
                labels.append(_label(slot, start.hour, start.minute) if moved else label)
    charts = []
    for week in range((last - monday).days // 7 + 1):
        days = [monday + dt.timedelta(days=7 * week + i) for i in range(7)]
        window = [first <= d <= last for d in days]
        labels = tuple(
            (_DAYS[i], f"{d.day} {_MONTHS[d.month - 1]}" if in_window else "")
            for i, (d, in_window) in enumerate(zip(days, window, strict=True))
        )
        rows = tuple(
            (
                spec["prescriptions"][index]["name"],
                tuple((len(c := by_day.get(i, ())), ", ".join(c), window[i]) for i in range(7)),
            )
            for index, by_day in sorted(weeks.get(week, {}).items())
        )
        title = f"Week {week + 1}: {_date_range(max(first, days[0]), min(last, days[6]))}"
        charts.append((title, labels, rows))
    cards = tuple(
        (p["name"], dose_text(p["dose"]), dose_words(p["dose"]), p["often"], _times(p), p["steps"])
        for p in spec["prescriptions"]
    )
    return {
        "title": spec["title"],
        "dates": _date_range(first, last),
        "cards": cards,
        "weeks": charts,
    }


def sheet_html(spec: dict[str, Any]) -> str:
    """rehabplan's HTML sheet of *spec*: its data as plain tuples into one Jinja2 template."""
    return _SHEET.render(style=STYLE, box=_BOX, **sheet_data(spec))
