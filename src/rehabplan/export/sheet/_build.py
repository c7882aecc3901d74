"""
The sheet's view model, built from the schedule's own items.

Every tick box is one session of the schedule, with that session's time and dose;
appointments are the schedule's appointments. Nothing here reads the programme's
rules again, so the sheet cannot disagree with the calendar or the data.

Part of `rehabplan.export.sheet`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal, TypeVar

from rehabplan.errors import ExportError
from rehabplan.export.sheet._stages import MONTHS, Spans, date_range, often, stage_spans
from rehabplan.export.sheet._view import (
    BoxView,
    CardView,
    CellView,
    DayView,
    RowView,
    SectionView,
    SheetView,
    WeekView,
)
from rehabplan.model import Prescription, Programme, Schedule, Session, checked
from rehabplan.scheduling import expand

__all__ = ["PAPERS", "Paper", "clean", "sheet_view"]

#: The paper sizes the HTML and PDF sheets are laid out for.
PAPERS: tuple[str, ...] = ("A4", "Letter")

Paper = Literal["A4", "Letter"]

_T = TypeVar("_T")
_MAX_WEEKS = 520
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# --------------------------------------------------------------------------- formatting


def _day(d: dt.date) -> str:
    return f"{_DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"


def clean(text: str) -> str:
    r"""
    User text on one line: control characters and line breaks become spaces.

    >>> clean("Calf\nstretch  ")
    'Calf stretch'
    """
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


def _card(
    number: int, prescription: Prescription, sessions: Sequence[Session], spans: Spans
) -> CardView:
    exercise = prescription.exercise
    dose = prescription.dose
    symbolic = dose.symbolic() if dose is not None else ""
    words = dose.describe() if dose is not None else ""
    volume = next((s.volume for s in sessions if s.volume is not None), None)
    if volume is not None:  # an activity: its distance (or time) first, its length after
        symbolic, words = str(volume), f"{volume}, about {words}" if words else str(volume)
    return CardView(
        number=number,
        name=clean(exercise.name),
        dose=clean(symbolic),
        dose_words=clean(words),
        often=_sentence(clean(often(sessions, spans) or prescription.timing.describe())),
        times=_times(sessions),
        equipment=clean(", ".join(exercise.equipment)),
        instructions=tuple(clean(i) for i in exercise.steps if clean(i)),
        precautions=tuple(p for p in map(clean, _warnings(prescription)) if p),
        notes=clean(prescription.notes or ""),
    )


def _warnings(item: Prescription | Programme) -> tuple[str, ...]:
    """Stop rules first, as sentences, then the free-text precautions."""
    return (*(_sentence(f"{rule}.") for rule in item.stop_rules), *item.precautions)


def _move_on(programme: Programme, heading: str) -> str:
    """The criteria of the phase headed *heading*, as one "Move on to this phase when" line."""
    for phase in programme.phases:
        if heading and clean(phase.name) == heading and phase.criteria:
            return "Move on to this phase when " + "; ".join(map(clean, phase.criteria)) + "."
    return ""


# --------------------------------------------------------------------------- window


def _window(
    source: Programme | Schedule, start: dt.date | None, weeks: int | None
) -> tuple[Schedule, dt.date, dt.date]:
    """The schedule to print, and the first and last day of the sheet."""
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
        return schedule, first, schedule.until
    if isinstance(source, Schedule):
        first = start or source.start
        last = first + dt.timedelta(days=7 * weeks - 1) if weeks is not None else source.until
        if first < source.start or last > source.until:
            raise ExportError(
                f"sheet: {first} to {last} is outside the schedule ({source.start} to "
                f"{source.until}); expand the programme over those dates or pass a Programme"
            )
        return source, first, last
    raise ExportError(f"sheet: needs a Programme or a Schedule (got {type(source).__name__})")


def _sections(
    programme: Programme, first: dt.date, last: dt.date
) -> list[tuple[str, dt.date, dt.date]]:
    """
    The sheet's sections as (heading, first day, last day), clipped to the window.

    Without phases the whole window is one section with no heading; with phases, each
    runs from its start up to the day before the next one starts, headed by its name.
    """
    starts = sorted((span.start, clean(span.phase.name)) for span in programme.phase_spans())
    if not starts:
        return [("", first, last)]
    windows: list[tuple[str, dt.date, dt.date]] = []
    if starts[0][0] > first:
        windows.append(("", first, min(last, starts[0][0] - dt.timedelta(days=1))))
    for i, (start, name) in enumerate(starts):
        end = starts[i + 1][0] - dt.timedelta(days=1) if i + 1 < len(starts) else last
        a, b = max(start, first), min(end, last)
        if a <= b:
            windows.append((name, a, b))
    return windows


# --------------------------------------------------------------------------- weeks


#: Cells and rows of one sheet, by what makes them: a long chart repeats a few of them.
_Shared = dict[tuple[object, ...], Any]
#: A chart row's sessions: the day's column (0 to 6) and the tick box of each, in time order.
_Entries = list[tuple[int, BoxView]]

#: Boxes and cells by value, shared by every sheet, so that equal cells of two sheets
#: are one object and the row cache of the HTML template finds them at once. Bounded:
#: emptied when full.
_VALUES: dict[tuple[object, ...], Any] = {}
_MAX_VALUES = 4096


def _value(key: tuple[object, ...], make: Callable[[], _T]) -> _T:
    value: _T | None = _VALUES.get(key)
    if value is None:
        if len(_VALUES) >= _MAX_VALUES:
            _VALUES.clear()
        value = _VALUES[key] = make()
    return value


def _box(s: Session) -> BoxView:
    time, slot, dose = f"{s.start:%H:%M}", clean(s.slot), clean(s.dose_text)
    return _value(("box", time, slot, dose), lambda: BoxView(time=time, slot=slot, dose=dose))


def _cell(boxes: tuple[BoxView, ...], in_window: bool, dose: str, shared: _Shared) -> CellView:
    key = (boxes, in_window, dose)
    cell = shared.get(key)
    if cell is None:

        def make() -> CellView:
            title = ", ".join(f"{b.slot} {b.time}" if b.slot != b.time else b.time for b in boxes)
            return CellView(boxes=boxes, in_window=in_window, dose=dose, title=title)

        cell = shared[key] = _value(("cell", *key), make)
    return cell


def _row(
    name: str,
    entries: _Entries,
    window: tuple[bool, ...],
    card_dose: str | None,
    shared: _Shared,
) -> RowView:
    """
    An exercise's row: a box per session; its dose on the row, or on each day when it changes.
    Made once a sheet for each kind of week (*window*: which of its days are on the sheet).
    """
    key = ("row", name, card_dose, window, tuple(entries))
    row = shared.get(key)
    if row is not None:
        return row  # type: ignore[no-any-return]
    per_day: dict[int, list[BoxView]] = {}
    for column, box in entries:
        per_day.setdefault(column, []).append(box)
    doses = {box.dose for _, box in entries}
    mixed = len(doses) > 1
    cells = []
    for column, in_window in enumerate(window):
        own = tuple(per_day.get(column, ()))
        cells.append(_cell(own, in_window, own[0].dose if own and mixed else "", shared))
    only = "" if mixed else doses.pop()
    shared[key] = RowView(name=name, dose=only if only != card_dose else "", cells=tuple(cells))
    return shared[key]  # type: ignore[no-any-return]


def _week(
    number: int,
    days: Sequence[dt.date],
    first: dt.date,
    last: dt.date,
    *,
    rows: list[tuple[str, _Entries]],
    names: dict[str, str],
    cards: dict[str, CardView],
    marks: dict[dt.date, list[str]],
    shared: _Shared,
) -> WeekView:
    """One week's chart from its sessions, grouped by prescription."""
    window = tuple(first <= d <= last for d in days)
    day_views = [
        DayView(
            weekday=_DAYS[d.weekday()],
            date=_day(d),
            in_window=in_window,
            marks=tuple(marks.get(d, ())) if in_window else (),
            day=d,
        )
        for d, in_window in zip(days, window, strict=True)
    ]
    row_views = [
        _row(names[pid], entries, window, cards[pid].dose if pid in cards else None, shared)
        for pid, entries in rows
    ]
    return WeekView(
        number=number,
        title=f"Week {number}: {date_range(max(first, days[0]), min(last, days[-1]))}",
        days=tuple(day_views),
        rows=tuple(row_views),
        boxes=sum(len(entries) for _, entries in rows),
    )


def _marks(
    schedule: Schedule, first: dt.date, last: dt.date
) -> tuple[dict[dt.date, list[str]], list[str]]:
    """Appointments as chart marks by day, and as header lines."""
    marks: dict[dt.date, list[str]] = {}
    lines = []
    for item in schedule.appointments:
        if not first <= item.day <= last:
            continue
        appointment = item.appointment
        clock = "" if item.all_day else f"{item.start:%H:%M} "
        title = clean(appointment.title)
        details = [clean(v) for v in (appointment.location, appointment.clinician) if v]
        marks.setdefault(item.day, []).append(f"{clock}{title}")
        lines.append(
            f"{_day(item.day)} {item.day.year}, {clock}{title}"
            + (f" ({', '.join(details)})" if details else "")
        )
    return marks, lines


def _races(
    schedule: Schedule, first: dt.date, last: dt.date, marks: dict[dt.date, list[str]]
) -> list[str]:
    """The races as header lines, each marked on its day of the chart."""
    lines = []
    for race in schedule.races:
        if first <= race.day <= last:
            marks.setdefault(race.day, []).append(f"{race.start:%H:%M} {clean(race.name)}")
            lines.append(
                f"{_day(race.day)} {race.day.year}, {race.start:%H:%M} {clean(race.summary)}"
            )
    return lines


def _clearances(programme: Programme, first: dt.date, last: dt.date) -> list[str]:
    """A line for each phase that starts at an appointment only if the clinician clears it."""
    lines = []
    titles = {a.id: a.title for a in programme.appointments}
    for span in programme.phase_spans():
        phase = span.phase
        if phase.if_cleared and first <= span.start <= last:
            what = ", ".join(clean(a.name) for a in phase.activities) or clean(phase.name)
            lines.append(
                f"{clean(phase.name)} ({what}) starts at the "
                f"{clean(titles.get(phase.at or '', 'appointment'))} on {_day(span.start)} "
                "only if your physio clears you then; until then keep to the rest of the plan."
            )
    return lines


@checked("paper")
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

    Weekly charts run over whole weeks from the programme's `week_start` (Monday by
    default), whatever day the sheet or a phase starts; days outside the sheet are
    blank, and a phase starting mid-week is marked on its first day. Each box is one
    session of the schedule, with its time and dose.

    >>> from rehabplan import examples
    >>> view = sheet_view(examples.home_exercises(), weeks=2)
    >>> [week.boxes for section in view.sections for week in section.weeks]
    [50, 48]
    >>> view.sections[0].cards[2].dose, view.sections[0].cards[2].often
    ('3 × 12', 'Every other day for 4 weeks')

    .. versionadded:: 0.1
    """
    if paper not in PAPERS:
        raise ExportError(f"sheet: unknown paper {paper!r}; use A4 or Letter")
    schedule, first, last = _window(source, start, weeks)
    programme = schedule.programme
    marks, appointment_lines = _marks(schedule, first, last)
    race_lines = _races(schedule, first, last, marks)
    sections = _sections(programme, first, last)
    for heading, a, _b in sections[1:]:
        if a.weekday() != programme.week_start:
            marks.setdefault(a, []).insert(0, f"{heading or 'Phase'} starts")
    monday = first - dt.timedelta(days=(first.weekday() - programme.week_start) % 7)
    index = {p.id: i for i, p in enumerate(programme.prescriptions)}
    # Sessions by week, per prescription (defaultdict: no list made per session).
    by_week: dict[int, defaultdict[str, _Entries]] = {}
    # Per section, the box of each kind of session (the same prescription, dose and
    # volume objects at the same time and slot recur from day to day), and the first
    # session of each kind per prescription, in time order: all that its card reads.
    boxes: list[dict[tuple[object, ...], BoxView]] = [{} for _ in sections]
    kinds: list[defaultdict[str, list[Session]]] = [defaultdict(list) for _ in sections]
    rank: dict[str, tuple[int, dt.datetime]] = {}
    names: dict[str, str] = {}
    section = 0
    last_day = None
    for s in schedule.sessions:
        start = s.start
        day = start.date()
        if day != last_day:  # sessions come in time order: a day's come together
            if not first <= day <= last:
                continue
            last_day = day
            while day > sections[section][2]:
                section += 1
            week_number, column = divmod((day - monday).days, 7)
            week = by_week.setdefault(week_number, defaultdict(list))
            known = boxes[section]
        prescription = s.prescription
        key = (id(prescription), id(s.dose), id(s.volume), start.hour, start.minute, s.slot)
        box = known.get(key)
        if box is None:
            box = known[key] = _box(s)
            kinds[section][prescription.id].append(s)
            rank.setdefault(prescription.id, (index.get(prescription.id, len(index)), start))
            names.setdefault(prescription.id, clean(prescription.name))
        week[prescription.id].append((column, box))
    shared: _Shared = {}
    views: list[SectionView] = []
    number = 0
    staged = {  # prescriptions whose sessions come from more than one stage
        pid
        for own in kinds
        for pid, seen in own.items()
        if len({id(x.prescription) for x in seen}) > 1
    }
    spans = stage_spans(schedule, staged, first, last) if staged else {}
    for (heading, a, b), own in zip(sections, kinds, strict=True):
        ids = sorted(own, key=rank.__getitem__)
        cards = {
            pid: _card(n, own[pid][0].prescription, own[pid], spans) for n, pid in enumerate(ids, 1)
        }
        charts = []
        # A week belongs to the section of its first day on the sheet; a section that
        # starts mid-week begins with the next week, its first days being in this one.
        k = 0 if a == first else -(-(a - monday).days // 7)
        while max(monday + dt.timedelta(days=7 * k), first) <= b:
            number += 1
            days = [monday + dt.timedelta(days=7 * k + i) for i in range(7)]
            rows = sorted(by_week.get(k, {}).items(), key=lambda item: rank[item[0]])
            charts.append(
                _week(
                    number,
                    days,
                    first,
                    last,
                    rows=rows,
                    names=names,
                    cards=cards,
                    marks=marks,
                    shared=shared,
                )
            )
            k += 1
        views.append(
            SectionView(
                heading=heading,
                dates=date_range(a, b),
                cards=tuple(cards.values()),
                weeks=tuple(charts),
                move_on=_move_on(programme, heading),
            )
        )
    as_needed = [p for p in programme.prescriptions if p.as_needed]
    precautions = [clean(p) for p in _warnings(programme)]
    for p in programme.prescriptions:
        precautions.extend(f"{clean(p.name)}: {clean(text)}" for text in _warnings(p))
    return SheetView(
        title=clean(programme.title),
        patient=clean(programme.patient or ""),
        clinician=clean(programme.clinician or ""),
        contact=clean(programme.contact or ""),
        dates=date_range(first, last),
        timezone=programme.timezone,
        precautions=tuple(p for p in precautions if p),
        appointments=tuple(appointment_lines),
        races=tuple(race_lines),
        notices=(*(clean(w) for w in schedule.warnings), *_clearances(programme, first, last)),
        as_needed=tuple(_card(n, p, (), {}) for n, p in enumerate(as_needed, start=1)),
        sections=tuple(views),
        paper=paper,
        large_print=large_print,
        boxes=sum(w.boxes for s in views for w in s.weeks),
        advice=tuple(a for a in map(clean, programme.advice) if a),
    )
