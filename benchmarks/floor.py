"""
The floor: the least work that produces the same values or bytes, with no library beyond
zoneinfo. Each function is checked equal to what it stands for before it is timed.

- `expand`: the same sorted (start, end) pairs as the sessions, from date arithmetic.
- `sheet_html`: the baseline sheet's bytes written with f-strings.
- `ics_expanded`: rehabplan's expanded calendar, byte for byte: the per-prescription
  text is prepared once (untimed, like the baseline's spec), the events are f-strings.
"""

from __future__ import annotations

import datetime as dt
import html
import zoneinfo
from typing import Any

import baseline

_UTC = dt.UTC


def _dates(spec: dict[str, Any], p: dict[str, Any]) -> list[dt.date]:
    first = spec["start"]
    days = p["days"]
    if p["weekdays"]:
        wanted = set(p["weekdays"])
        return [
            first + dt.timedelta(days=i) for i in range(days) if (first.weekday() + i) % 7 in wanted
        ]
    return [first + dt.timedelta(days=i) for i in range(0, days, p["interval"])]


def expand(spec: dict[str, Any]) -> list[tuple[dt.datetime, dt.datetime]]:
    """The sorted (start, end) pairs of every session."""
    tz = zoneinfo.ZoneInfo(spec["timezone"])
    cache: dict[Any, dt.datetime] = {}
    pairs = []
    for p in spec["prescriptions"]:
        length = dt.timedelta(minutes=baseline.minutes(p["dose"]))
        for day in _dates(spec, p):
            for h, m in p["times"]:
                start = baseline.local(tz, day, h, m, cache)
                pairs.append((start, start + length))
    pairs.sort()
    return pairs


def sheet_html(spec: dict[str, Any]) -> str:
    """The baseline's sheet, byte for byte, from f-strings."""
    data = baseline.sheet_data(spec)
    esc = html.escape
    out = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{esc(data['title'])}</title></head>\n<body>\n<h1>{esc(data['title'])}</h1>\n"
        f"<p>{data['first']} to {data['last']}</p>\n"
    ]
    for n, (name, dose, when) in enumerate(data["cards"], 1):
        out.append(
            f'<section class="card"><h2>{n}. {esc(name)}</h2>\n'
            f"<p>{esc(dose)}</p><p>{esc(when)}</p></section>\n"
        )
    out.append("\n")
    for n, (days, rows) in enumerate(data["weeks"], 1):
        out.append(f'<table class="week"><caption>Week {n}</caption>\n<tr><th></th>')
        out.extend(f"<th>{day}</th>" for day in days)
        out.append("</tr>\n")
        for name, cells in rows:
            out.append(f"<tr><th>{esc(name)}</th>")
            out.extend(f"<td>{'☐' * cell}</td>" for cell in cells)
            out.append("</tr>\n")
        out.append("</table>\n")
    out.append("</body></html>\n")
    return "".join(out)


def prepare_ics(expected: bytes) -> dict[str, Any]:
    """
    Untimed preparation for `ics_expanded`, like the baseline's spec: the calendar's head
    and, per prescription and clock time, its event text with the dated lines cut out,
    taken from one rehabplan calendar.
    """
    text = expected.decode("utf-8")
    head, _, rest = text.partition("BEGIN:VEVENT\r\n")
    shapes: dict[tuple[str, int, int], tuple[str, str, str, str, str]] = {}
    for block in ("BEGIN:VEVENT\r\n" + rest).split("BEGIN:VEVENT\r\n")[1:]:
        lines = block.split("\r\n")
        uid = lines[0].split(":", 1)[1]
        start = next(n for n, line in enumerate(lines) if line.startswith("DTSTART"))
        clock = lines[start].rsplit("T", 1)[1]
        key = (uid.split(".", 1)[0], int(clock[:2]), int(clock[2:4]))
        if key in shapes:
            continue
        name, _, domain = uid.rpartition("@")
        before = "\r\n".join(lines[1:start]) + "\r\n"
        start_name = lines[start].rsplit(":", 1)[0] + ":"
        end_name = lines[start + 1].rsplit(":", 1)[0] + ":"
        after = "\r\n".join(lines[start + 2 :]).split("END:VEVENT\r\n")[0] + "END:VEVENT\r\n"
        shapes[key] = (
            f"UID:{name.rsplit('.', 1)[0]}.",
            f"@{domain}\r\n{before}{start_name}",
            end_name,
            after,
            name.rsplit(".", 1)[0],
        )
    return {"head": head, "shapes": shapes, "tail": "END:VCALENDAR\r\n"}


def ics_expanded(prepared: dict[str, Any], spec: dict[str, Any]) -> bytes:
    """rehabplan's expanded calendar of *spec*, byte for byte, from f-strings."""
    tz = zoneinfo.ZoneInfo(spec["timezone"])
    cache: dict[Any, dt.datetime] = {}
    shapes = prepared["shapes"]
    rows = []
    for p in spec["prescriptions"]:
        length = dt.timedelta(minutes=baseline.minutes(p["dose"]))
        pid = p["id"]
        for day in _dates(spec, p):
            for h, m in p["times"]:
                start = baseline.local(tz, day, h, m, cache)
                rows.append((start, shapes[pid, h, m], start + length))
    rows.sort(key=lambda r: (r[0], r[1][4]))  # rehabplan's order: time, then prescription.slot
    out = [prepared["head"]]
    for start, (uid, middle, end_name, after, _), end in rows:
        out.append(
            f"BEGIN:VEVENT\r\n{uid}{start:%Y%m%d}{middle}{start:%Y%m%dT%H%M%S}\r\n"
            f"{end_name}{end:%Y%m%dT%H%M%S}\r\n{after}"
        )
    out.append(prepared["tail"])
    return "".join(out).encode("utf-8")
