"""
Expand an .ics file with libical (through its GObject bindings) and print JSON.

Run with the *system* Python (``/usr/bin/python3``), the one python3-gi and
gir1.2-ical-3.0 are built for; the project's virtual environment cannot import ``gi``.
Prints ``{"errors": [...], "occurrences": [[uid, start, end], ...]}`` with UTC instants
as ``YYYYMMDDTHHMMSSZ``; *errors* are the parser's X-LIC-ERROR properties.
Time zones come from the file's own VTIMEZONE components, never libical's built-in ones,
so the test checks that every engine can read our VTIMEZONE.
"""

import json
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I  # noqa: E402

LIMIT = 20000


def children(component, kind):
    child = component.get_first_component(kind)
    while child is not None:
        yield child
        child = component.get_next_component(kind)


def properties(component, kind):
    prop = component.get_first_property(kind)
    while prop is not None:
        yield prop
        prop = component.get_next_property(kind)


def errors(component):
    found = [
        p.get_value_as_string() for p in properties(component, I.PropertyKind.XLICERROR_PROPERTY)
    ]
    for child in children(component, I.ComponentKind.ANY_COMPONENT):
        found += errors(child)
    return found


def utc(time, zones):
    tzid = time.get_tzid() if hasattr(time, "get_tzid") else None
    zone = time.get_timezone()
    name = zone.get_tzid() if zone is not None else tzid
    if name and name in zones:
        time.set_timezone(zones[name])
    stamp = time.as_timet_with_zone(time.get_timezone())
    return stamp


def fmt(stamp):
    moment = I.Time.new_from_timet_with_zone(stamp, 0, I.Timezone.get_utc_timezone())
    date = f"{moment.get_year():04d}{moment.get_month():02d}{moment.get_day():02d}"
    return f"{date}T{moment.get_hour():02d}{moment.get_minute():02d}{moment.get_second():02d}Z"


def day(time):
    return f"{time.get_year():04d}-{time.get_month():02d}-{time.get_day():02d}"


def main(path):
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    calendar = I.Component.new_from_string(text)
    if calendar is None:
        print(json.dumps({"errors": ["libical could not parse the file"], "occurrences": []}))
        return
    zones = {}
    for vtimezone in children(calendar, I.ComponentKind.VTIMEZONE_COMPONENT):
        zone = I.Timezone.new()
        zone.set_component(vtimezone.clone())
        zones[zone.get_tzid()] = zone
    occurrences = []
    for event in children(calendar, I.ComponentKind.VEVENT_COMPONENT):
        uid = event.get_uid()
        start = event.get_dtstart()
        if start.is_date():  # a whole-day event: its dates, the end exclusive
            end = event.get_dtend()
            occurrences.append([uid, day(start), day(end)])
            continue
        first = utc(start, zones)
        length = utc(event.get_dtend(), zones) - first
        excluded = {
            utc(p.get_exdate(), zones) for p in properties(event, I.PropertyKind.EXDATE_PROPERTY)
        }
        rules = list(properties(event, I.PropertyKind.RRULE_PROPERTY))
        if not rules:
            occurrences.append([uid, fmt(first), fmt(first + length)])
            continue
        iterator = I.RecurIterator.new(rules[0].get_rrule(), start)
        count = 0
        while count < LIMIT:
            moment = iterator.next()
            if moment is None or moment.is_null_time():
                break
            count += 1
            stamp = utc(moment, zones)
            if stamp in excluded:
                continue
            occurrences.append([uid, fmt(stamp), fmt(stamp + length)])
    print(json.dumps({"errors": errors(calendar), "occurrences": occurrences}))


if __name__ == "__main__":
    main(sys.argv[1])
