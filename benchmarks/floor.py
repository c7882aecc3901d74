"""
The floor: the least work that produces the same values or bytes, with no library beyond
zoneinfo. Each function is checked equal to what it stands for before it is timed.

- `expand`: the same sorted (start, end) pairs as the sessions, from date arithmetic.
- `sheet_html`: rehabplan's HTML sheet, byte for byte: the baseline's tuples (from its
  expansion) written with f-strings.
- `ics_expanded`: rehabplan's expanded calendar, byte for byte: the per-prescription
  text is prepared once (untimed, like the baseline's spec), the events are f-strings.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

import baseline
import markupsafe

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
    """rehabplan's HTML sheet, byte for byte, from the baseline's tuples and f-strings."""
    data = baseline.sheet_data(spec, _dates)
    esc = markupsafe.escape  # the page's escaping: &#39; and &#34; for quotes
    title = esc(data["title"])
    out = [
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title}'
        f"</title>\n<style>\n{baseline.STYLE}</style>\n</head>\n"
        f'<body class="standard-print">\n<header class="sheet-head">\n  <h1>{title}</h1>\n'
        f'  <p class="who">\n    <span><b>Dates:</b> {esc(data["dates"])}</span>\n  </p>\n'
        '</header>\n<section class="phase">\n  <h2>Your exercises</h2>\n  <div class="cards">\n'
    ]
    for n, (name, dose, words, often, times, steps) in enumerate(data["cards"], 1):
        items = "".join(f"    <li>{esc(step)}</li>\n" for step in steps)
        out.append(
            f'  <article class="card">\n  <header class="card-head">\n    <h3><span class="num">'
            f'{n}</span> {esc(name)}</h3>\n<p class="dose">{esc(dose)}</p>  </header>\n'
            f'  <dl class="facts">\n<div><dt>Dose</dt><dd>{esc(words)}</dd></div>'
            f"    <div><dt>When</dt><dd>{esc(often)} ({esc(times)})</dd></div>\n  </dl>\n"
            f'  <ol class="steps">\n{items}  </ol>\n</article>\n\n'
        )
    out.append('  </div>\n  <h2 class="charts-title">Tick a box each time you do it</h2>\n')
    box = '<span class="box">☐</span>'
    written: dict[tuple[tuple[int, str, bool], ...], str] = {}
    for n, (week_title, days, rows) in enumerate(data["weeks"], 1):
        if n > 1:
            out.append("\n")
        out.append(
            f'  <section class="week" data-week="{n}">\n  <h3>{esc(week_title)}</h3>\n'
            '  <table class="chart">\n    <colgroup><col class="name-col"><col><col><col><col>'
            "<col><col><col></colgroup>\n    <thead>\n      <tr>\n"
            '        <th class="name">Exercise</th>\n'
        )
        out.extend(
            f'        <th class="day"><span class="wd">{weekday}</span><span class="dm">{date}'
            "</span></th>\n"
            if date
            else '        <th class="day out"></th>\n'
            for weekday, date in days
        )
        out.append("      </tr>\n    </thead>\n    <tbody>\n")
        for name, cells in rows:
            out.append(f'      <tr>\n        <th class="name">{esc(name)}</th>\n')
            # A long chart repeats a few kinds of row: each is written once.
            text = written.get(cells)
            if text is None:
                text = written[cells] = "".join(
                    f'        <td class="ticks" title="{esc(labels)}">{box * count}</td>\n'
                    if count
                    else '        <td class="rest"></td>\n'
                    if in_window
                    else '        <td class="out"></td>\n'
                    for count, labels, in_window in cells
                )
            out.append(text)
            out.append("      </tr>\n")
        out.append(
            '      <tr class="pain">\n        <th class="name">Pain score<span class="rowdose">'
            "0 = none, 10 = worst</span></th>\n"
        )
        out.extend(
            '        <td class="score"><span class="of">/10</span></td>\n'
            if date
            else '        <td class="out"></td>\n'
            for _, date in days
        )
        out.append(
            "      </tr>\n    </tbody>\n  </table>\n"
            '  <div class="notes-lines"><span class="label">Notes</span><span class="line"></span>'
            '<span class="line"></span></div>\n</section>\n'
        )
    out.append("\n</section>\n</body>\n</html>\n")
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
