"""
iCalendar (RFC 5545) export: a programme's sessions as a calendar people import or subscribe to.

Routines by default: every session due at the same local time on the same day is one
event, its exercises and doses listed in the description; with
*per_exercise* one event per session.
Compact by default: the dates on which one event recurs become RRULE series found in the
expanded schedule itself (`rehabplan.export.ical._series`), so every mode describes exactly
the sessions that `rehabplan.expand` lists; with *expanded* one VEVENT per occurrence.
A programme's compact calendar is planned from its rules instead where they are plain
(`rehabplan.scheduling._plan`): the same series, worked out without expanding, so the file is
byte for byte the one its schedule gives (a property test holds the two equal).

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

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import zoneinfo
from collections.abc import Iterable

import attrs

from rehabplan import __version__
from rehabplan.errors import ExportError
from rehabplan.export.ical._series import Run, find_runs, planned_runs, steady
from rehabplan.export.ical._vtimezone import vtimezone_lines
from rehabplan.export.ical._writer import (
    clean_text,
    content_line,
    escape_text,
    format_date_time,
    format_duration,
    format_utc,
    join_lines,
)
from rehabplan.model import (
    Appointment,
    Prescription,
    Programme,
    Routine,
    Schedule,
    Session,
    Shift,
    localize,
    shifts,
    slugify,
)
from rehabplan.scheduling import DEFAULT_LIMIT, Plan, Recurrence, expand, plan

__all__ = ["CATEGORY", "to_ics"]

#: The category every event carries, besides the exercises' own categories.
CATEGORY = "Home exercise"

_UTC = dt.UTC
_MAX_ALARM = 7 * 24 * 60


def _wall(end: dt.datetime, start: dt.datetime) -> dt.timedelta:
    return end.replace(tzinfo=None) - start.replace(tzinfo=None)


def _item_steady(item: _Item) -> bool:
    return steady(item.start.date(), item.start.time(), item.length, item.start.tzinfo)


@attrs.frozen
class _Item:
    """One occurrence to write: what it is (*base* of its UID), when, and its text."""

    base: str
    start: dt.datetime
    end: dt.datetime
    summary: str
    description: str
    categories: tuple[str, ...]
    members: tuple[str, ...] = ()
    #: The wall-clock length (start and end share the programme's zone).
    length: dt.timedelta = attrs.field(
        default=attrs.Factory(lambda self: _wall(self.end, self.start), takes_self=True)
    )
    #: Whether its local times are unambiguous, so it may join a series with a TZID.
    steady: bool = attrs.field(default=attrs.Factory(_item_steady, takes_self=True))


# --------------------------------------------------------------------------- text


@functools.lru_cache(maxsize=1024)
def _slot_token(slot: str) -> str:
    """``morning``, ``0730``, ``before-run``: a slot label as a piece of a UID."""
    return slugify(slot.replace(":", ""))


def _bullets(lines: Iterable[str], indent: str = "") -> list[str]:
    return [f"{indent}- {line}" for line in lines]


def _warnings(item: Prescription | Programme) -> tuple[str, ...]:
    """Stop rules first, as sentences, then the free-text precautions."""
    rules = (str(rule) for rule in item.stop_rules)
    return (*(f"{rule[:1].upper()}{rule[1:]}." for rule in rules), *item.precautions)


def _footer(programme: Programme, precautions: list[str]) -> list[str]:
    lines: list[str] = []
    seen = list(dict.fromkeys([*precautions, *_warnings(programme)]))
    if seen:
        lines += ["", "Precautions:", *_bullets(seen)]
    if programme.advice:
        lines += ["", "Advice:", *_bullets(programme.advice)]
    who = ", ".join(x for x in (programme.clinician, programme.contact) if x)
    if who:
        lines += ["", f"Questions: {who}"]
    lines += ["", f"Programme: {programme.title}"]
    return lines


def _dose_words(session: Session) -> str:
    if session.activity is not None:
        if session.activity.intervals is not None:
            return str(session.activity.intervals)
        if session.volume is not None:
            return str(session.volume)
    return session.dose.describe() if session.dose is not None else "as instructed"


def _session_text(session: Session, programme: Programme) -> str:
    p = session.prescription
    lines = [f"{p.name}: {_dose_words(session)}."]
    if session.phase:
        lines.append(f"Phase: {session.phase}.")
    lines += ["", "How to do it:", *_bullets(p.exercise.steps)]
    if p.exercise.equipment:
        lines += ["", "You need: " + ", ".join(p.exercise.equipment) + "."]
    if p.notes:
        lines += ["", p.notes]
    lines += _footer(programme, list(_warnings(p)))
    return "\n".join(lines)


def _routine_text(routine: Routine, programme: Programme) -> str:
    minutes = int(_wall(routine.end, routine.start).total_seconds() // 60)
    count = len(routine.sessions)
    lines = [f"{count} exercises, about {minutes} min:"]
    precautions: list[str] = []
    for number, session in enumerate(routine.sessions, start=1):
        p = session.prescription
        lines += ["", f"{number}. {p.name}: {_dose_words(session)}."]
        lines += _bullets(p.exercise.steps, "   ")
        if p.exercise.equipment:
            lines.append("   You need: " + ", ".join(p.exercise.equipment) + ".")
        if p.notes:
            lines.append(f"   {p.notes}")
        precautions += _warnings(p)
    lines += _footer(programme, precautions)
    return "\n".join(lines)


def _categories(sessions: Iterable[Session]) -> tuple[str, ...]:
    own = {s.prescription.exercise.category or "" for s in sessions} - {"", CATEGORY}
    return (CATEGORY, *sorted(own))


def _session_items(schedule: Schedule) -> list[_Item]:
    programme = schedule.programme
    # The texts of a session depend on its prescription, dose, volume and slot: made
    # once each, not once a session (a 2-year programme has 15,000 sessions).
    # The key holds everything the texts read: the prescription object (a phase may
    # give the same id other instructions), the dose, the activity volume and the
    # phase. Keyed by (id, dose) alone, a run's description kept its first week's
    # volume and phase.
    texts: dict[tuple[int, object, object, object], tuple[str, str, tuple[str, ...]]] = {}
    bases: dict[tuple[str, str], str] = {}
    items = []
    for s in schedule.sessions:
        key = (id(s.prescription), s.dose, s.volume, s.phase)
        text = texts.get(key)
        if text is None:
            text = texts[key] = (_session_text(s, programme), s.summary, _categories((s,)))
        base = bases.get((s.prescription.id, s.slot))
        if base is None:
            base = bases[(s.prescription.id, s.slot)] = f"{s.prescription.id}.{_slot_token(s.slot)}"
        items.append(
            _Item(
                base=base,
                start=s.start,
                end=s.end,
                summary=text[1],
                description=text[0],
                categories=text[2],
            )
        )
    return items


def _routine_item(routine: Routine, programme: Programme) -> _Item:
    if len(routine.sessions) == 1:
        text = _session_text(routine.sessions[0], programme)
    else:
        text = _routine_text(routine, programme)
    return _Item(
        base=f"routine.{_slot_token(routine.slot)}",
        start=routine.start,
        end=routine.end,
        summary=routine.summary,
        description=text,
        categories=_categories(routine.sessions),
        members=tuple(s.prescription.id for s in routine.sessions),
    )


def _routine_items(schedule: Schedule) -> list[_Item]:
    programme = schedule.programme
    return [_routine_item(routine, programme) for routine in schedule.routines()]


def _members_key(item: _Item) -> str:
    """
    A short digest of which prescriptions a routine holds, to tell its series apart.

    Only the ids count, so a changed dose or instruction keeps the UID (and the
    calendar updates the event) while another exercise in the slot makes a new one.
    """
    digest = hashlib.sha256("+".join(item.members).encode("utf-8")).hexdigest()
    return digest[:10]


# --------------------------------------------------------------------------- times


class _Writer:
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
        self.lines: list[str] = []
        self._text: dict[tuple[str, str, tuple[str, ...]], list[str]] = {}
        self._uids: set[str] = set()

    def uid(self, base: str) -> str:
        uid = f"{base}@{self.domain}"
        number = 1
        while uid in self._uids:  # never expected; keeps UIDs unique whatever happens
            number += 1
            uid = f"{base}-{number}@{self.domain}"
        self._uids.add(uid)
        return uid

    def text_lines(self, item: _Item) -> list[str]:
        key = (item.summary, item.description, item.categories)
        lines = self._text.get(key)
        if lines is None:
            lines = [
                # A title is one line: a line break typed into a name becomes a space.
                content_line(
                    "SUMMARY", escape_text(" ".join(clean_text(item.summary).split("\n")))
                ),
                content_line("DESCRIPTION", escape_text(item.description)),
                content_line("CATEGORIES", ",".join(escape_text(c) for c in item.categories)),
            ]
            if self.alarm is not None:
                trigger = format_duration(self.alarm)
                lines += [
                    "BEGIN:VALARM",
                    "ACTION:DISPLAY",
                    content_line("DESCRIPTION", escape_text(f"Reminder: {item.summary}")),
                    f"TRIGGER:-{trigger}" if self.alarm else f"TRIGGER:{trigger}",
                    "END:VALARM",
                ]
            self._text[key] = lines
        return lines

    def event(self, base: str, item: _Item, run: Run | None = None) -> None:
        lines = self.lines
        lines += ["BEGIN:VEVENT", content_line("UID", escape_text(self.uid(base))), *self.head]
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
        lines = self.lines
        uid = self.uid(f"appointment.{appointment.id}.{appointment.date:%Y%m%d}")
        lines += ["BEGIN:VEVENT", content_line("UID", escape_text(uid)), *self.head]
        start = appointment.start_in(self.tz)
        end = appointment.end_in(self.tz)
        if start is None or end is None:
            # RFC 5545 3.6.1: an all-day event's DTEND is the (exclusive) next day.
            lines.append(f"DTSTART;VALUE=DATE:{appointment.date:%Y%m%d}")
            following = appointment.date + dt.timedelta(days=1)
            lines.append(f"DTEND;VALUE=DATE:{following:%Y%m%d}")
        elif steady(start.date(), start.time(), _wall(end, start), start.tzinfo):
            lines.append(f"DTSTART{self.tzid}:{format_date_time(start)}")
            lines.append(f"DTEND{self.tzid}:{format_date_time(start + _wall(end, start))}")
        else:
            lines.append(f"DTSTART:{format_utc(start)}")
            lines.append(f"DTEND:{format_utc(end)}")
        title = " ".join(clean_text(appointment.title).split("\n"))
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
        if self.alarm is not None and start is not None:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                content_line("DESCRIPTION", escape_text(f"Reminder: {title}")),
                f"TRIGGER:-{format_duration(self.alarm)}" if self.alarm else "TRIGGER:PT0S",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")


def _dated(item: _Item) -> str:
    return f"{item.base}.{format_date_time(item.start)[:8]}"


def _write_expanded(writer: _Writer, items: list[_Item]) -> None:
    for item in sorted(items, key=lambda i: (i.start.astimezone(_UTC), i.base)):
        writer.event(_dated(item), item)


#: A single event: its UID base, what it is; a series: what its first occurrence is, its run.
_Single = tuple[str, _Item, None]
_Series = tuple[_Item, Run]


def _write_compact(writer: _Writer, items: list[_Item], routines: bool) -> None:
    singles, series = _found_series(items, writer.tz)
    _write_series(writer, singles, series, routines=routines)


def _found_series(items: list[_Item], tz: dt.tzinfo) -> tuple[list[_Single], list[_Series]]:
    """The series `find_runs` finds in the items of each event, and the items left single."""
    groups: dict[tuple[object, ...], list[_Item]] = {}
    singles: list[_Single] = []
    for item in items:
        if item.steady:
            key = (
                item.base,
                item.summary,
                item.description,
                item.categories,
                item.start.time(),
                item.length,
            )
            groups.setdefault(key, []).append(item)
        else:
            singles.append((_dated(item), item, None))
    series: list[_Series] = []
    for group in groups.values():
        by_day = {i.start.date(): i for i in group}
        first = group[0]
        clock, length = first.start.time(), first.length

        def is_steady(day: dt.date, clock: dt.time = clock, length: dt.timedelta = length) -> bool:
            return steady(day, clock, length, tz)

        for run in find_runs(sorted(by_day), is_steady):
            item = by_day[run.first]
            if run.rule is None:
                singles.append((_dated(item), item, None))
            else:
                series.append((item, run))
    return singles, series


def _write_series(
    writer: _Writer, singles: list[_Single], series: list[_Series], *, routines: bool
) -> None:
    """Write single events and series in time order, numbering each UID base's series."""
    # Number each UID base's series in time order: calf-stretch.morning.series-1, ...
    series.sort(
        key=lambda pair: (pair[0].start.astimezone(_UTC), pair[0].base, pair[0].description)
    )
    numbers: dict[str, int] = {}
    events: list[tuple[str, _Item, Run | None]] = list(singles)
    for item, found in series:
        base = f"{item.base}.{_members_key(item)}" if routines else item.base
        numbers[base] = numbers.get(base, 0) + 1
        events.append((f"{base}.series-{numbers[base]}", item, found))
    events.sort(key=lambda e: (e[1].start.astimezone(_UTC), e[0]))
    for uid, item, maybe in events:
        writer.event(uid, item, maybe)


# --------------------------------------------------------------------------- planned

#: What one recurrence's events say: summary, description, categories.
_Text = tuple[str, str, tuple[str, ...]]


def _session_item(
    recurrence: Recurrence,
    day: dt.date,
    slot: tuple[str, dt.time],
    text: _Text,
    tz: zoneinfo.ZoneInfo,
) -> _Item:
    session = recurrence.session(day, slot, tz)
    return _Item(
        base=f"{recurrence.prescription.id}.{_slot_token(slot[0])}",
        start=session.start,
        end=session.end,
        summary=text[0],
        description=text[1],
        categories=text[2],
    )


def _planned_sessions(
    plan: Plan, tz: zoneinfo.ZoneInfo, changes: list[Shift]
) -> tuple[list[_Item], list[_Series]]:
    """
    Per-exercise events of the plan's recurrences, as series planned without expanding.

    Returns the items of the days no series may cover (unsteady days: they go
    through `_found_series` like any other item, as they would from a schedule) and
    the runs of the other days, each with the item of its first day.
    """
    loose: list[_Item] = []
    series: list[_Series] = []
    for recurrence in plan.recurrences:
        sample = recurrence.session(recurrence.days.first, recurrence.slots[0], tz)
        text = (sample.summary, _session_text(sample, plan.programme), _categories((sample,)))
        for slot in recurrence.slots:
            runs, unsteady = planned_runs(recurrence.days, slot[1], recurrence.length, tz, changes)
            loose += [_session_item(recurrence, day, slot, text, tz) for day in unsteady]
            series += [(_session_item(recurrence, run.first, slot, text, tz), run) for run in runs]
    return loose, series


#: The recurrences that make one routine, each with its slot, in the order of `expand`.
_Members = list[tuple[Recurrence, tuple[str, dt.time]]]


def _routine_on(members: _Members, day: dt.date, tz: zoneinfo.ZoneInfo) -> Routine:
    sessions = tuple(r.session(day, slot, tz) for r, slot in members)
    length = sum((s.end - s.start for s in sessions), dt.timedelta(0))
    start = sessions[0].start
    return Routine(start=start, end=start + length, sessions=sessions)


def _planned_routines(
    plan: Plan, tz: zoneinfo.ZoneInfo, changes: list[Shift]
) -> tuple[list[_Item], list[_Series]] | None:
    """
    Routine events of the plan's recurrences, when each clock time always holds the same ones.

    That is: every item is planned, the recurrences at one clock time share their
    days, and no two clock times meet at one instant (a daylight-saving gap can move
    one onto another, and `rehabplan.Schedule.routines` then joins them). Else None.
    """
    if plan.rest.sessions or not plan.recurrences:
        return None
    slots: dict[dt.time, _Members] = {}
    for recurrence in plan.recurrences:
        for slot in recurrence.slots:
            slots.setdefault(slot[1], []).append((recurrence, slot))
    for members in slots.values():
        if any(r.days != members[0][0].days for r, _ in members):
            return None
        members.sort(key=lambda member: member[0].order)
    instants: set[dt.datetime] = set()
    zero = dt.timedelta(0)
    near = {day for change in changes for clock in slots for day in change.days_near(clock, zero)}
    for day in sorted(near):
        for clock, members in slots.items():
            if day in members[0][0].days:
                start = localize(day, clock, tz)
                if start in instants:
                    return None
                instants.add(start)
    programme = plan.programme
    loose: list[_Item] = []
    series: list[_Series] = []
    for clock, members in slots.items():
        days = members[0][0].days
        length = sum((r.length for r, _ in members), dt.timedelta(0))
        runs, unsteady = planned_runs(days, clock, length, tz, changes)
        loose += [_routine_item(_routine_on(members, day, tz), programme) for day in unsteady]
        series += [(_routine_item(_routine_on(members, r.first, tz), programme), r) for r in runs]
    return loose, series


def _write_planned(writer: _Writer, plan: Plan, *, per_exercise: bool) -> list[dt.datetime] | None:
    """
    Write the plan's events; None (and nothing written) when its routines cannot be planned.

    Returns the start of the first event and the end of the last (none without
    events), for the range of the VTIMEZONE.
    """
    tz = writer.tz
    longest = sum((r.length for r in plan.recurrences), dt.timedelta(0))  # a whole routine
    changes = shifts(tz, plan.start, plan.until + longest)
    if per_exercise:
        loose, series = _planned_sessions(plan, tz, changes)
        loose += _session_items(plan.rest)
    else:
        planned = _planned_routines(plan, tz, changes)
        if planned is None:
            return None
        loose, series = planned
    singles, found = _found_series(loose, tz)
    for item, run in series:  # a run of one date is a single event, as from a schedule
        if run.rule is None:
            singles.append((_dated(item), item, None))
        else:
            found.append((item, run))
    _write_series(writer, singles, found, routines=not per_exercise)
    starts = [item.start for _, item, _ in singles] + [item.start for item, _ in found]
    ends = [item.end for _, item, _ in singles] + [
        localize(run.last, item.start.time(), tz) + item.length for item, run in found
    ]
    return [min(starts), max(ends)] if starts else []


# --------------------------------------------------------------------------- public


def to_ics(
    source: Programme | Schedule,
    *,
    expanded: bool = False,
    per_exercise: bool = False,
    alarm_minutes: int | None = None,
    dtstamp: dt.datetime | None = None,
    sequence: int = 0,
    name: str | None = None,
    start: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = DEFAULT_LIMIT,
) -> bytes:
    r"""
    The programme's (or schedule's) sessions as an iCalendar file, in bytes.

    >>> from rehabplan import examples
    >>> data = to_ics(examples.home_exercises(), per_exercise=True, expanded=True)
    >>> data.count(b"BEGIN:VEVENT")
    168
    >>> unfolded = data.replace(b"\r\n ", b"").splitlines()
    >>> next(line for line in unfolded if line.startswith(b"UID:calf-stretch"))
    b'UID:calf-stretch.morning.20270322@hip-and-glute-home-exercises.rehabplan'

    A programme's compact calendar is planned from its rules where they are plain
    (fixed clock times, one dose, every N days or on weekdays): a two-year programme
    is not expanded into its thousands of sessions first. The file is the same as
    the one made from ``expand(programme)``:

    >>> import datetime as dt
    >>> from rehabplan import expand
    >>> to_ics(examples.achilles(), until=dt.date(2027, 4, 30)) == to_ics(
    ...     expand(examples.achilles(), until=dt.date(2027, 4, 30)))
    True

    .. versionadded:: 0.1

    Args:
        source: a programme (from its start to its last session, or from *start* to
            *until*) or a schedule.
        expanded: one VEVENT per occurrence instead of recurring series.
        per_exercise: one event per session instead of one per routine.
        alarm_minutes: a DISPLAY reminder this many minutes before (0: at the start).
        dtstamp: the DTSTAMP of every event (aware); default: the programme's start,
            00:00 UTC, so the file never depends on the clock.
        sequence: the SEQUENCE of every event; raise it when re-publishing changes.
        name: the calendar's name (X-WR-CALNAME); default: the programme's title.
        start: a programme's first day in the calendar, as in `rehabplan.expand`.
        until: a programme's last day in the calendar (included), as in `rehabplan.expand`.
        limit: refuse a programme of more sessions, as `rehabplan.expand` does.

    Raises:
        ExportError: a naive *dtstamp*, a negative *sequence*, an alarm outside
            0 to 10080 minutes (one week), or *start*, *until* or *limit* with a schedule.
        ScheduleError: a programme that cannot be expanded (see `rehabplan.expand`).

    """
    return ics_and_count(
        source,
        expanded=expanded,
        per_exercise=per_exercise,
        alarm_minutes=alarm_minutes,
        dtstamp=dtstamp,
        sequence=sequence,
        name=name,
        start=start,
        until=until,
        limit=limit,
    )[0]


def ics_and_count(
    source: Programme | Schedule,
    *,
    expanded: bool = False,
    per_exercise: bool = False,
    alarm_minutes: int | None = None,
    dtstamp: dt.datetime | None = None,
    sequence: int = 0,
    name: str | None = None,
    start: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = DEFAULT_LIMIT,
) -> tuple[bytes, int]:
    """
    `to_ics`, and the number of sessions the calendar holds (the command line says it).

    >>> from rehabplan import examples
    >>> data, sessions = ics_and_count(examples.achilles())
    >>> sessions
    168
    """
    planned: Plan | None = None
    if isinstance(source, Programme):
        if expanded:
            schedule = expand(source, start=start, until=until, limit=limit)
        else:
            # A calendar of routines needs every item planned (partial=False): if one
            # is not, the plan's rest is the whole schedule.
            planned = plan(source, start=start, until=until, limit=limit, partial=per_exercise)
            schedule = planned.rest
    elif isinstance(source, Schedule):
        if (start, until, limit) != (None, None, DEFAULT_LIMIT):
            raise ExportError(
                "start, until and limit are for a programme; a schedule has its window "
                "already (pass them to expand instead)"
            )
        schedule = source
    else:
        raise ExportError(f"to_ics needs a Programme or a Schedule (got {type(source).__name__})")
    programme = schedule.programme
    if alarm_minutes is not None and (
        isinstance(alarm_minutes, bool)
        or not isinstance(alarm_minutes, int)
        or not 0 <= alarm_minutes <= _MAX_ALARM
    ):
        raise ExportError(
            f"alarm_minutes must be a whole number of minutes from 0 to {_MAX_ALARM} "
            f"(got {alarm_minutes!r}); pass None for no reminder"
        )
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 0:
        raise ExportError(f"sequence must be a whole number, 0 or more (got {sequence!r})")
    if dtstamp is None:
        dtstamp = dt.datetime.combine(programme.start, dt.time(0), tzinfo=_UTC)
    elif not isinstance(dtstamp, dt.datetime):
        raise ExportError(f"dtstamp must be an aware date-time (got {dtstamp!r})")
    elif dtstamp.tzinfo is None or dtstamp.utcoffset() is None:
        raise ExportError(
            f"dtstamp must be an aware date-time such as "
            f"dt.datetime(2027, 3, 1, tzinfo=dt.UTC) (got naive {dtstamp.isoformat()})"
        )
    tz = programme.tz
    writer = _Writer(
        tz=tz,
        dtstamp=format_utc(dtstamp),
        sequence=sequence,
        alarm=None if alarm_minutes is None else dt.timedelta(minutes=alarm_minutes),
        domain=f"{programme.id}.rehabplan",
    )
    days = [schedule.start, schedule.until]
    bounds = None
    if planned is not None:
        bounds = _write_planned(writer, planned, per_exercise=per_exercise)
        if bounds is None and planned.recurrences:
            # Routines the plan cannot hold (a slot whose exercises change from day
            # to day) are found in the expanded schedule, which the plan was cheap
            # next to. (Without recurrences, the plan's rest is the whole schedule.)
            schedule = expand(programme, start=start, until=until, limit=limit)
    if bounds is None:
        items = _session_items(schedule) if per_exercise else _routine_items(schedule)
        if expanded:
            _write_expanded(writer, items)
        else:
            _write_compact(writer, items, routines=not per_exercise)
        bounds = [min(i.start for i in items), max(i.end for i in items)] if items else []
    days += [moment.date() for moment in bounds]
    for item in schedule.appointments:
        writer.appointment(item.appointment, programme)
        days.append(item.day)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//rehabplan//rehabplan {__version__}//EN",
        "CALSCALE:GREGORIAN",
        content_line("X-WR-CALNAME", escape_text(name if name is not None else programme.title)),
        content_line("X-WR-TIMEZONE", escape_text(tz.key)),
        "REFRESH-INTERVAL;VALUE=DURATION:P1D",
        "X-PUBLISHED-TTL:P1D",
        *vtimezone_lines(tz.key, min(days), max(days)),
        *writer.lines,
        "END:VCALENDAR",
    ]
    return join_lines(lines), len(schedule) if planned is None else len(planned)
