"""
The printed home-exercise sheet: HTML (print CSS), Markdown, plain text or PDF.

The sheet is what a patient sticks on the fridge: a header, the stop rules in a box,
one card per exercise and a weekly tick chart whose boxes are exactly the scheduled
sessions (twice daily: two boxes a day; every other day: a box every second day).

Templates get a view model of pre-formatted text built here, so they hold loops, not
logic. The packaged templates live in ``rehabplan/export/sheet/templates``; a custom folder is
rendered in Jinja2's sandbox, falling back to the packaged templates for any file it
does not hold. User text is data, never template source: HTML is escaped, Markdown is
backslash-escaped and ``{{ 7*7 }}`` in a title prints as written.

>>> from rehabplan import examples
>>> text = render_sheet(examples.achilles(), format="txt", weeks=1)
>>> print(text.splitlines()[0])
ACHILLES LOADING
>>> text.count("[ ]")
14

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import math
import re
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import jinja2
import markupsafe
from attrs import field, frozen
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from rehabplan.errors import ExportError, RehabplanError
from rehabplan.model import Prescription, Programme, Race, Schedule, Session
from rehabplan.scheduling import expand

__all__ = [
    "BOX",
    "FORMATS",
    "PAPERS",
    "TEXT_BOX",
    "TEXT_WIDTH",
    "CardView",
    "CellView",
    "DayView",
    "RowView",
    "SectionView",
    "SheetView",
    "WeekView",
    "render_sheet",
    "sheet_view",
]

#: The formats `render_sheet` writes.
FORMATS: tuple[str, ...] = ("html", "md", "txt", "pdf")
#: The paper sizes the HTML and PDF sheets are laid out for.
PAPERS: tuple[str, ...] = ("A4", "Letter")
#: One tick box in HTML and Markdown: a glyph, so a printed PDF's text counts it.
BOX = "☐"
#: One tick box in plain text.
TEXT_BOX = "[ ]"
#: The plain-text sheet fits this many columns.
TEXT_WIDTH = 80

_MAX_WEEKS = 520
_WEEK = tuple(dt.timedelta(days=i) for i in range(7))
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TEMPLATES = {"html": "sheet.html", "md": "sheet.md", "txt": "sheet.txt", "pdf": "sheet.html"}

# Plain-text tick chart: a name column, then 7 day columns of "|" + 8 characters.
_NAME_WIDTH = 16
_CELL_WIDTH = 8
_BOXES_PER_LINE = 2

Format = Literal["html", "md", "txt", "pdf"]
Paper = Literal["A4", "Letter"]


# --------------------------------------------------------------------------- view model


@frozen(kw_only=True)
class DayView:
    """One day column of a weekly chart; *marks* are appointments on that day."""

    weekday: str
    date: str
    in_window: bool
    marks: tuple[str, ...] = ()


@frozen(kw_only=True, cache_hash=True)
class CellView:
    """One exercise on one day: a box per scheduled session (none on a rest day)."""

    boxes: tuple[str, ...]
    in_window: bool

    @property
    def count(self) -> int:
        """How many sessions (tick boxes) the cell holds."""
        return len(self.boxes)


@frozen(kw_only=True)
class RowView:
    """One exercise's row of a weekly chart; *dose* is set when this week's differs."""

    name: str
    dose: str
    cells: tuple[CellView, ...]


@frozen(kw_only=True)
class WeekView:
    """A weekly tick chart: 7 day columns, one row per exercise due that week."""

    number: int
    title: str
    days: tuple[DayView, ...]
    rows: tuple[RowView, ...]
    boxes: int

    @property
    def text_grid(self) -> tuple[str, ...]:
        """
        The chart as 80-column text lines, for the plain-text sheet.

        Made when asked: only the text template prints it, and making it for every
        week of an HTML sheet cost a quarter of the time.
        """
        return _text_grid(self.days, self.rows)


@frozen(kw_only=True)
class CardView:
    """One exercise card: name, dose, how often, equipment and numbered instructions."""

    number: int
    name: str
    dose: str
    dose_words: str
    often: str
    times: str
    equipment: str
    instructions: tuple[str, ...]
    precautions: tuple[str, ...]
    notes: str


@frozen(kw_only=True)
class SectionView:
    """A part of the sheet: the whole window, or one phase (which starts a new page)."""

    heading: str
    dates: str
    cards: tuple[CardView, ...]
    weeks: tuple[WeekView, ...]


@frozen(kw_only=True)
class SheetView:
    """Everything a sheet template prints, as pre-formatted text."""

    title: str
    patient: str
    clinician: str
    contact: str
    dates: str
    timezone: str
    precautions: tuple[str, ...]
    appointments: tuple[str, ...]
    races: tuple[str, ...]
    notices: tuple[str, ...]
    as_needed: tuple[CardView, ...]
    sections: tuple[SectionView, ...]
    paper: str
    large_print: bool
    box: str = BOX
    text_box: str = TEXT_BOX
    width: int = TEXT_WIDTH
    boxes: int = field(default=0)


# --------------------------------------------------------------------------- formatting


def _day(d: dt.date) -> str:
    return f"{_DAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]}"


def _date_range(first: dt.date, last: dt.date) -> str:
    """
    A date range for people.

    >>> _date_range(dt.date(2027, 3, 22), dt.date(2027, 4, 18))
    '22 Mar to 18 Apr 2027'
    >>> _date_range(dt.date(2027, 12, 27), dt.date(2028, 1, 2))
    '27 Dec 2027 to 2 Jan 2028'
    """
    end = f"{last.day} {_MONTHS[last.month - 1]} {last.year}"
    if first.year != last.year:
        return f"{first.day} {_MONTHS[first.month - 1]} {first.year} to {end}"
    return f"{first.day} {_MONTHS[first.month - 1]} to {end}"


def _clean(text: str) -> str:
    """User text on one line: control characters and line breaks become spaces."""
    if text.isprintable() and "  " not in text:
        # The common case, without a pass over every character. str.strip, not
        # text.strip: a Markup text must come back plain, to be escaped like any other.
        return str.strip(text)
    flat = "".join(ch if ch.isprintable() else " " for ch in text)
    return re.sub(r" {2,}", " ", flat).strip()


def _sentence(text: str) -> str:
    """
    Upper-case the first letter only (``str.capitalize`` would lower the rest).

    >>> _sentence("in the morning on Mon, Wed and Fri")
    'In the morning on Mon, Wed and Fri'
    """
    return text[:1].upper() + text[1:]


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _times(sessions: Iterable[Session]) -> str:
    """The local times of a prescription's sessions: ``morning 08:00 and evening 18:00``."""
    # The first slot of each clock time (a later one overwrites an earlier one, so
    # the sessions go in backwards).
    first = {s.start.time(): s.slot for s in reversed(list(sessions))}
    return _join(
        [
            slot if re.fullmatch(r"\d\d:\d\d", slot) else f"{slot} {clock:%H:%M}"
            for clock, slot in sorted(first.items())
        ]
    )


# --------------------------------------------------------------------------- hooks
# Appointments and phases come from the programme model (issue 5). These two hooks
# read them by duck typing, so the sheet works before and after they exist.


def _appointment_marks(programme: Programme) -> list[tuple[dt.date, str, str]]:
    """
    Hook: the programme's appointments as (local date, chart mark, header line).

    Reads ``programme.appointments`` when the model has it; each appointment's
    ``start`` (an aware or naive datetime, or a date), ``title`` (or ``kind``),
    ``location`` and ``clinician`` when present.
    """
    marks: list[tuple[dt.date, str, str]] = []
    for item in getattr(programme, "appointments", ()) or ():
        when = getattr(item, "start", None) or getattr(item, "when", None)
        title = _clean(
            str(getattr(item, "title", None) or getattr(item, "kind", None) or "Appointment")
        )
        if isinstance(when, dt.datetime):
            local = when.astimezone(programme.tz) if when.tzinfo is not None else when
            day, clock = local.date(), f"{local:%H:%M} "
        elif isinstance(when, dt.date):
            day, clock = when, ""
        else:
            continue
        details = [
            _clean(str(value))
            for value in (getattr(item, "location", None), getattr(item, "clinician", None))
            if value
        ]
        line = f"{_day(day)} {day.year}, {clock}{title}" + (
            f" ({', '.join(details)})" if details else ""
        )
        marks.append((day, f"{clock}{title}", line))
    marks.sort(key=lambda m: (m[0], m[1]))
    return marks


def _race_line(race: Race) -> str:
    return f"{_day(race.day)} {race.day.year}, {race.start:%H:%M} {_clean(race.summary)}"


def _clearances(programme: Programme, first: dt.date, last: dt.date) -> list[str]:
    """A line for each phase that starts at an appointment only if the clinician clears it."""
    lines = []
    titles = {a.id: a.title for a in programme.appointments}
    for span in programme.phase_spans():
        phase = span.phase
        if phase.if_cleared and first <= span.start <= last:
            what = ", ".join(_clean(a.name) for a in phase.activities) or _clean(phase.name)
            lines.append(
                f"{_clean(phase.name)} ({what}) starts at the "
                f"{_clean(titles.get(phase.at or '', 'appointment'))} on {_day(span.start)} "
                "only if your physio clears you then; until then keep to the rest of the plan."
            )
    return lines


def _phase_windows(
    programme: Programme, first: dt.date, last: dt.date
) -> list[tuple[str, dt.date, dt.date]]:
    """
    Hook: the sheet's sections as (heading, first day, last day), clipped to the window.

    Without phases the whole window is one section with no heading. With
    ``programme.phases``, each phase runs from its start (`Programme.phase_spans`)
    up to the day before the next one starts, and gets its own page headed by its name.
    """
    # Phase starts come from the model (a date, N weeks in, or an appointment's day).
    starts = [(span.start, _clean(span.phase.name)) for span in programme.phase_spans()]
    if not starts:
        return [("", first, last)]
    starts.sort()
    windows: list[tuple[str, dt.date, dt.date]] = []
    if starts[0][0] > first:
        windows.append(("", first, starts[0][0] - dt.timedelta(days=1)))
    for i, (start, name) in enumerate(starts):
        end = starts[i + 1][0] - dt.timedelta(days=1) if i + 1 < len(starts) else last
        a, b = max(start, first), min(end, last)
        if a <= b:
            windows.append((name, a, b))
    return [w for w in windows if w[1] <= w[2] and w[1] <= last and w[2] >= first]


# --------------------------------------------------------------------------- building


def _card(number: int, prescription: Prescription, sessions: Sequence[Session]) -> CardView:
    exercise = prescription.exercise
    dose = prescription.dose
    symbolic = dose.symbolic() if dose is not None else ""
    words = dose.describe() if dose is not None else ""
    volume = next((s.volume for s in sessions if s.volume is not None), None)
    if volume is not None:  # an activity: its distance (or time) first, its length after
        symbolic, words = str(volume), f"{volume}, about {words}" if words else str(volume)
    return CardView(
        number=number,
        name=_clean(exercise.name),
        dose=_clean(symbolic),
        dose_words=_clean(words),
        often=_sentence(_clean(prescription.timing.describe())),
        times=_times(sessions),
        equipment=_clean(", ".join(exercise.equipment)),
        instructions=tuple(_clean(i) for i in exercise.instructions if _clean(i)),
        precautions=tuple(_clean(p) for p in prescription.precautions if _clean(p)),
        notes=_clean(prescription.notes or ""),
    )


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=True) or [""]


def _text_grid(days: Sequence[DayView], rows: Sequence[RowView]) -> tuple[str, ...]:
    """The plain-text chart: every line exactly 16 + 7 x 9 = 79 columns wide."""

    def line(name: str, cells: Sequence[str]) -> str:
        return name.ljust(_NAME_WIDTH) + "".join("|" + c.ljust(_CELL_WIDTH) for c in cells)

    rule = "-" * _NAME_WIDTH + ("+" + "-" * _CELL_WIDTH) * 7
    out = [
        line("", [d.weekday for d in days]),
        line("", [d.date[4:] if d.in_window else "" for d in days]),
    ]
    for mark_line in range(max((len(d.marks) for d in days), default=0)):
        out.append(
            line(
                "",
                [
                    "*" + d.marks[mark_line][: _CELL_WIDTH - 1] if mark_line < len(d.marks) else ""
                    for d in days
                ],
            )
        )
    out.append(rule)
    for row in rows:
        label = row.name + (f" ({row.dose})" if row.dose else "")
        names = _wrap(label, _NAME_WIDTH - 1)
        cell_lines = [
            [
                " ".join([TEXT_BOX] * min(_BOXES_PER_LINE, c.count - i * _BOXES_PER_LINE))
                if c.count > i * _BOXES_PER_LINE
                else ""
                for c in row.cells
            ]
            for i in range(max(1, *(math.ceil(c.count / _BOXES_PER_LINE) for c in row.cells)))
        ]
        for i in range(max(len(names), len(cell_lines))):
            name = names[i] if i < len(names) else ""
            cells = cell_lines[i] if i < len(cell_lines) else [""] * 7
            out.append(line(name, cells))
        out.append(rule)
    out.append(line("Pain (0-10)", ["  /10" if d.in_window else "" for d in days]))
    out.append(rule)
    return tuple(s.rstrip() for s in out)


@functools.lru_cache(maxsize=1024)
def _cell(boxes: tuple[str, ...], in_window: bool) -> CellView:
    """A chart cell; cells are values, so the few distinct ones are made once and shared."""
    return CellView(boxes=boxes, in_window=in_window)


#: One week of a section: per prescription, its box labels by local day and the
#: week's first session of it (which carries the week's dose).
_WeekSessions = dict[str, tuple[dict[dt.date, list[str]], Session]]


def _week(
    number: int,
    first: dt.date,
    last: dt.date,
    *,
    sessions: _WeekSessions,
    order: Sequence[Prescription],
    cards: dict[str, CardView],
    marks: dict[dt.date, tuple[str, ...]],
) -> WeekView:
    """One week's chart from its sessions, grouped by prescription and day."""
    days = [first + offset for offset in _WEEK]
    day_views = []
    for d in days:  # a loop, not a generator: 7 DayViews a week add up
        weekday, in_window = _DAYS[d.weekday()], d <= last
        day_views.append(
            DayView(
                weekday=weekday,
                date=_day(d),
                in_window=in_window,
                marks=marks.get(d, ()) if in_window else (),
            )
        )
    rows: list[RowView] = []
    for prescription in order:
        own = sessions.get(prescription.id)
        if own is None:
            continue
        per_day, head = own
        card = cards[prescription.id]
        dose_text = _clean(head.dose.symbolic()) if head.dose is not None else ""
        if head.volume is not None:  # an activity's week: its distance, as on its card
            dose_text = _clean(str(head.volume))
        rows.append(
            RowView(
                name=card.name,
                dose=dose_text if dose_text != card.dose else "",
                cells=tuple([_cell(tuple(per_day.get(d, ())), d <= last) for d in days]),
            )
        )
    end = min(last, days[-1])
    return WeekView(
        number=number,
        title=f"Week {number}: {_date_range(first, end)}",
        days=tuple(day_views),
        rows=tuple(rows),
        boxes=sum([len(c.boxes) for r in rows for c in r.cells]),
    )


def _window(
    source: Programme | Schedule, start: dt.date | None, weeks: int | None
) -> tuple[Programme, dt.date, dt.date, tuple[Session, ...], Schedule]:
    if weeks is not None and (
        not isinstance(weeks, int) or isinstance(weeks, bool) or not 1 <= weeks <= _MAX_WEEKS
    ):
        raise ExportError(
            f"sheet: weeks must be a whole number from 1 to {_MAX_WEEKS} (got {weeks!r})"
        )
    if isinstance(source, Programme):
        first = start or source.start
        until = first + dt.timedelta(days=7 * weeks - 1) if weeks is not None else None
        schedule = expand(source, start=first, until=until)
        return source, first, schedule.until, schedule.sessions, schedule
    if isinstance(source, Schedule):
        first = start or source.start
        last = first + dt.timedelta(days=7 * weeks - 1) if weeks is not None else source.until
        if first < source.start or last > source.until:
            raise ExportError(
                f"sheet: {first} to {last} is outside the schedule ({source.start} to "
                f"{source.until}); expand the programme over those dates or pass a Programme"
            )
        return source.programme, first, last, source.between(first, last), source
    raise ExportError(f"sheet: needs a Programme or a Schedule (got {type(source).__name__})")


def sheet_view(
    source: Programme | Schedule,
    *,
    start: dt.date | None = None,
    weeks: int | None = None,
    paper: Paper = "A4",
    large_print: bool = False,
) -> SheetView:
    """
    The view model a sheet template prints: pre-formatted text, weeks and tick boxes.

    Weeks are 7-day blocks from the first day of the sheet; each week's chart has one
    box per scheduled session.

    >>> from rehabplan import examples
    >>> view = sheet_view(examples.calf_runner(), weeks=2)
    >>> [week.boxes for section in view.sections for week in section.weeks]
    [50, 48]
    >>> view.sections[0].cards[2].dose, view.sections[0].cards[2].often
    ('3 × 12', 'Every other day for 4 weeks')

    .. versionadded:: 0.1
    """
    if paper not in PAPERS:
        raise ExportError(f"sheet: unknown paper {paper!r}; use A4 or Letter")
    programme, first, last, sessions, schedule = _window(source, start, weeks)
    marks = _appointment_marks(programme)
    races = [
        (race.day, f"{race.start:%H:%M} {_clean(race.name)}", _race_line(race))
        for race in schedule.races
        if first <= race.day <= last
    ]
    marks = sorted(marks + races, key=lambda m: (m[0], m[1]))
    marks_by_day: dict[dt.date, tuple[str, ...]] = {}
    for day, mark, _line in marks:
        marks_by_day[day] = (*marks_by_day.get(day, ()), mark)
    index = {p.id: i for i, p in enumerate(programme.prescriptions)}
    labels: dict[str, str] = {}
    sections: list[SectionView] = []
    week_number = 0
    for heading, a, b in _phase_windows(programme, first, last):
        # The section's sessions by prescription, and by week, prescription and day,
        # in one pass (filtering every week would cost weeks x sessions).
        by_id: dict[str, list[Session]] = {}
        by_week: dict[int, _WeekSessions] = {}
        origin = a.toordinal()
        last_day: dt.date | None = None
        week: _WeekSessions = {}
        for s in sessions:
            day = s.start.date()
            if day != last_day:  # sessions come in start order: a day's come together
                if not a <= day <= b:
                    continue
                last_day = day
                week = by_week.setdefault((day.toordinal() - origin) // 7, {})
            pid = s.prescription.id
            mine = by_id.get(pid)  # not setdefault: that makes a new list every time
            if mine is None:
                by_id[pid] = [s]
            else:
                mine.append(s)
            own = week.get(pid)
            if own is None:
                own = week[pid] = ({}, s)
            slot = labels.get(s.slot) or labels.setdefault(s.slot, _clean(s.slot))
            per_day = own[0]
            cell = per_day.get(day)
            if cell is None:
                per_day[day] = [slot]
            else:
                cell.append(slot)
        # Programme order; then, for prescriptions it does not list, the first session.
        # Sessions are in start order, so each list starts with the earliest.
        ids = sorted(by_id, key=lambda pid: (index.get(pid, len(index)), by_id[pid][0].start))
        order = [by_id[pid][0].prescription for pid in ids]
        cards = {
            pid: _card(n, by_id[pid][0].prescription, by_id[pid])
            for n, pid in enumerate(ids, start=1)
        }
        weeks_here: list[WeekView] = []
        for k in range(math.ceil(((b - a).days + 1) / 7)):
            week_number += 1
            w_first = a + dt.timedelta(days=7 * k)
            w_last = min(b, w_first + dt.timedelta(days=6))
            weeks_here.append(
                _week(
                    week_number,
                    w_first,
                    w_last,
                    sessions=by_week.get(k, {}),
                    order=order,
                    cards=cards,
                    marks=marks_by_day,
                )
            )
        sections.append(
            SectionView(
                heading=heading,
                dates=_date_range(a, b),
                cards=tuple(cards.values()),
                weeks=tuple(weeks_here),
            )
        )
    as_needed = [p for p in programme.prescriptions if p.as_needed]
    precautions = [_clean(p) for p in programme.precautions]
    for p in programme.prescriptions:
        precautions.extend(f"{_clean(p.name)}: {_clean(text)}" for text in p.precautions)
    return SheetView(
        title=_clean(programme.title),
        patient=_clean(programme.patient or ""),
        clinician=_clean(programme.clinician or ""),
        contact=_clean(programme.contact or ""),
        dates=_date_range(first, last),
        timezone=programme.timezone,
        precautions=tuple(p for p in precautions if p),
        appointments=tuple(
            line
            for day, mark, line in marks
            if first <= day <= last and (day, mark, line) not in races
        ),
        races=tuple(line for _day, _mark, line in races),
        notices=(*(_clean(w) for w in schedule.warnings), *_clearances(programme, first, last)),
        as_needed=tuple(_card(n, p, ()) for n, p in enumerate(as_needed, start=1)),
        sections=tuple(sections),
        paper=paper,
        large_print=large_print,
        boxes=sum(w.boxes for s in sections for w in s.weeks),
    )


# --------------------------------------------------------------------------- templates

# CommonMark: these are special anywhere in a line; "-", "+", "#" and "1." only at its start.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LEADING = re.compile(r"^(\s*)([-+#=])")
_MD_NUMBERED = re.compile(r"^(\s*\d+)([.)])")


def _md(value: object) -> str:
    r"""
    Escape text for Markdown so that it prints literally, HTML and all.

    >>> print(_md("<b>3*3</b> | x-y"))
    \<b\>3\*3\</b\> \| x-y
    >>> print(_md("- 1. not a list"), _md("1. step"))
    \- 1. not a list 1\. step
    """
    text = _MD_SPECIAL.sub(r"\\\1", str(value))
    text = _MD_LEADING.sub(r"\1\\\2", text)
    return _MD_NUMBERED.sub(r"\1\\\2", text)


def _text_wrap(
    value: object, width: int = TEXT_WIDTH, indent: str = "", first: str | None = None
) -> str:
    """Wrap text to *width* columns; *first* prefixes line one, *indent* the others."""
    lead = indent if first is None else first
    lines = textwrap.wrap(
        str(value),
        width,
        initial_indent=lead,
        subsequent_indent=indent,
        break_long_words=True,
        break_on_hyphens=True,
    )
    return "\n".join(lines) if lines else lead.rstrip()


#: Between two cells of a chart row: the indentation `_macros.html` gives them.
_CELL_BREAK = "\n        "


@functools.lru_cache(maxsize=256, typed=True)  # typed: a Markup box is not the same as a str one
def _cells(cells: tuple[CellView, ...], box: str) -> markupsafe.Markup:
    """
    A chart row's day cells as HTML: a tick box per session, titled with its slot.

    A filter, made once per distinct row: a 2-year chart has thousands of rows but few
    kinds of them (the cache is small: a row of 96 sessions a day is about 30 KB).
    Every text is escaped.

    >>> print(_cells((CellView(boxes=("<b>",), in_window=True),
    ...               CellView(boxes=(), in_window=False)), "☐"))
    <td class="ticks"><span class="box" title="&lt;b&gt;">☐</span></td>
            <td class="out"></td>
    """
    mark = markupsafe.escape(box)
    html = []
    for cell in cells:
        kind = "ticks" if cell.boxes else ("rest" if cell.in_window else "out")
        ticks = "".join(
            f'<span class="box" title="{markupsafe.escape(b)}">{mark}</span>' for b in cell.boxes
        )
        html.append(f'<td class="{kind}">{ticks}</td>')
    return markupsafe.Markup(_CELL_BREAK.join(html))


#: Escaping for the few texts every chart repeats (weekdays, "1 Mar"), made once each.
_escaped = functools.lru_cache(maxsize=512, typed=True)(markupsafe.escape)


def _day_headings(days: Sequence[DayView]) -> markupsafe.Markup:
    """
    A chart's day column headings as HTML: weekday, date and appointment marks, escaped.

    >>> print(_day_headings([DayView(weekday="Mon", date="Mon 1 Mar", in_window=True,
    ...                              marks=("<i>",))]))  # doctest: +NORMALIZE_WHITESPACE
    <th class="day"><span class="wd">Mon</span><span class="dm">1 Mar</span><span
    class="mark">&#9733; &lt;i&gt;</span></th>
    """
    html = []
    for day in days:
        if not day.in_window:
            html.append('<th class="day out"></th>')
            continue
        marks = "".join(
            f'<span class="mark">&#9733; {markupsafe.escape(m)}</span>' for m in day.marks
        )
        html.append(
            f'<th class="day"><span class="wd">{_escaped(day.weekday)}</span>'
            f'<span class="dm">{_escaped(day.date[4:])}</span>{marks}</th>'
        )
    return markupsafe.Markup(_CELL_BREAK.join(html))


def _columns(days: Sequence[DayView]) -> markupsafe.Markup:
    """
    A chart's day ``<col>`` elements, one per day column.

    >>> print(_columns([DayView(weekday="Mon", date="Mon 1 Mar", in_window=True)] * 2))
    <col><col>
    """
    return markupsafe.Markup("<col>" * len(days))


def _score_cells(days: Sequence[DayView]) -> markupsafe.Markup:
    """
    A chart's pain-score cells as HTML, one per day column.

    >>> print(_score_cells([DayView(weekday="Mon", date="Mon 1 Mar", in_window=True)]))
    <td class="score"><span class="of">/10</span></td>
    """
    return markupsafe.Markup(
        _CELL_BREAK.join(
            '<td class="score"><span class="of">/10</span></td>'
            if d.in_window
            else '<td class="out"></td>'
            for d in days
        )
    )


def _configure(env: jinja2.Environment) -> jinja2.Environment:
    env.filters["cells"] = _cells
    env.filters["columns"] = _columns
    env.filters["day_headings"] = _day_headings
    env.filters["score_cells"] = _score_cells
    env.filters["md"] = _md
    env.filters["wrap"] = _text_wrap
    return env


def _settings() -> dict[str, Any]:
    # STYLE.md: one Environment with these settings (pallets/jinja docs/api.rst);
    # trim_blocks/lstrip_blocks keep the Markdown and text templates readable.
    return {
        "autoescape": jinja2.select_autoescape(),
        "undefined": jinja2.StrictUndefined,
        "keep_trailing_newline": True,
        "trim_blocks": True,
        "lstrip_blocks": True,
    }


@functools.cache
def _environment() -> jinja2.Environment:
    # auto_reload off: the package's own templates do not change while it runs, so
    # no render needs to look at their files again.
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("rehabplan.export.sheet"), auto_reload=False, **_settings()
    )
    return _configure(env)


#: The largest text or list a custom template may build with * and the largest power.
_SANDBOX_MAX_ITEMS = 100_000
_SANDBOX_MAX_EXPONENT = 1_000


class _Sandbox(SandboxedEnvironment):
    """Jinja's sandbox, with ``*`` and ``**`` bounded: ``'a' * 10**10`` is refused."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > _SANDBOX_MAX_EXPONENT:
            raise SecurityError(f"the exponent {right} is too large")
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(n, int)
                    and len(seq) * n > _SANDBOX_MAX_ITEMS
                ):
                    raise SecurityError("a repeated text or list would be too long")
        return super().call_binop(context, operator, left, right)


def _sandbox(template_dir: str | Path) -> jinja2.Environment:
    folder = Path(template_dir)
    if not folder.is_dir():
        raise ExportError(
            f"sheet: template folder {str(folder)!r} does not exist or is not a folder"
        )
    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(str(folder)), jinja2.PackageLoader("rehabplan.export.sheet")]
    )
    return _configure(_Sandbox(loader=loader, **_settings()))


def _render(env: jinja2.Environment, name: str, view: SheetView) -> str:
    try:
        return env.get_template(name).render(sheet=view)
    except jinja2.TemplateSyntaxError as exc:
        raise ExportError(
            f"sheet: template {exc.name or name!r} line {exc.lineno}: {exc.message}"
        ) from exc
    except jinja2.TemplateError as exc:
        raise ExportError(f"sheet: template {name!r} failed: {_clean(str(exc))}") from exc
    except (ArithmeticError, LookupError, TypeError, ValueError, AttributeError) as exc:
        # Template code can raise any built-in error ({{ 1/0 }}, the sandbox's
        # OverflowError for a huge range): a custom template is bad input.
        raise ExportError(
            f"sheet: template {name!r} failed: {type(exc).__name__}: {_clean(str(exc))}"
        ) from exc
    except RecursionError:
        raise ExportError(f"sheet: template {name!r} recurses without end") from None


def _pdf(html: str) -> bytes:
    try:
        weasyprint: Any = importlib.import_module("weasyprint")
    except ImportError as exc:
        raise ExportError(
            "sheet: PDF output needs WeasyPrint; install it with: pip install 'rehabplan[pdf]'"
        ) from exc
    except OSError as exc:  # WeasyPrint is there but Pango is not
        raise ExportError(
            "sheet: WeasyPrint cannot load its system libraries (Pango); install them, "
            "for example apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
            f"({_clean(str(exc))[:80]})"
        ) from exc
    try:
        return bytes(weasyprint.HTML(string=html).write_pdf())
    except RehabplanError:
        raise
    except Exception as exc:
        raise ExportError(
            f"sheet: WeasyPrint could not write the PDF: {_clean(str(exc))[:200]}"
        ) from exc


def render_sheet(
    source: Programme | Schedule,
    *,
    format: Format = "html",
    start: dt.date | None = None,
    weeks: int | None = None,
    paper: Paper = "A4",
    large_print: bool = False,
    template_dir: str | Path | None = None,
) -> str | bytes:
    """
    Render the home-exercise sheet of a programme (expanded here) or of a schedule.

    *format* is ``html`` (print CSS), ``md``, ``txt`` (80 columns) or ``pdf`` (bytes,
    through WeasyPrint: ``pip install 'rehabplan[pdf]'``). The sheet starts on *start*
    (default: the programme's or schedule's start) and covers *weeks* weeks (default:
    to the schedule's last day). *paper* is ``A4`` or ``Letter``; *large_print* sets
    the body text at 16 pt or more with bigger tick boxes. *template_dir* is a folder
    of custom templates (``sheet.html``, ``sheet.md``, ``sheet.txt``), rendered in
    Jinja2's sandbox; any it lacks come from the package.

    Returns:
        The sheet as text, or as PDF bytes for ``pdf``.

    Raises:
        ExportError: an unknown format or paper, bad *weeks*, a window outside the
            schedule, a broken custom template or WeasyPrint missing.
        ScheduleError: the programme cannot be expanded over the window.

    >>> from rehabplan import examples
    >>> html = render_sheet(examples.calf_runner(), weeks=1, paper="Letter")
    >>> "size: Letter" in html, html.count(BOX)
    (True, 50)
    >>> print(render_sheet(examples.achilles(), format="md", weeks=1).splitlines()[0])
    # Achilles loading

    .. versionadded:: 0.1

    """
    if format not in FORMATS:
        raise ExportError(f"sheet: unknown format {format!r}; use one of {', '.join(FORMATS)}")
    try:
        view = sheet_view(source, start=start, weeks=weeks, paper=paper, large_print=large_print)
    except OverflowError:
        # The weekly chart runs Monday to Sunday: a week holding 9999-12-31 ends past it.
        raise ExportError(
            "sheet: the programme reaches the last week of year 9999, past which no date "
            "exists; end it earlier"
        ) from None
    env = _environment() if template_dir is None else _sandbox(template_dir)
    text = _render(env, _TEMPLATES[format], view)
    return _pdf(text) if format == "pdf" else text
