"""
The calendar's entry points: a programme or schedule to iCalendar bytes.

Part of `rehabplan.export.ical`, which documents it and re-exports its public names.
"""

from __future__ import annotations

import datetime as dt

from rehabplan._version import __version__
from rehabplan.errors import ExportError
from rehabplan.export.ical._compact import write_compact, write_expanded, write_planned
from rehabplan.export.ical._events import EventWriter
from rehabplan.export.ical._text import routine_items, session_items
from rehabplan.export.ical._update import Previous
from rehabplan.export.ical._vtimezone import vtimezone_lines
from rehabplan.export.ical._writer import content_line, escape_text, format_utc, join_lines
from rehabplan.model import Programme, Schedule, checked
from rehabplan.scheduling import DEFAULT_LIMIT, Plan, expand, plan

__all__ = ["to_ics"]

_UTC = dt.UTC
_MAX_ALARM = 7 * 24 * 60


# --------------------------------------------------------------------------- public


@checked("previous")
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
    previous: bytes | None = None,
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

    Given the calendar the patient already has (*previous*), the new one updates it:
    every event that stays keeps its UID, and its SEQUENCE unless it changed; every
    event the new plan no longer has is written again as cancelled:

    >>> update = to_ics(examples.achilles(), until=dt.date(2027, 4, 30),
    ...                 previous=to_ics(examples.achilles()))
    >>> update.count(b"SEQUENCE:1"), update.count(b"STATUS:CANCELLED")
    (2, 0)

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
        previous: the bytes of the calendar this one replaces (an earlier export of
            the plan). Unchanged events keep their SEQUENCE, changed ones get the
            old SEQUENCE plus one, events no longer in the plan are cancelled
            (``STATUS:CANCELLED``); *sequence* is then that of new events only.

            .. versionadded:: 0.2

    Raises:
        ExportError: a naive *dtstamp*, a negative *sequence*, an alarm outside
            0 to 10080 minutes (one week), *start*, *until* or *limit* with a
            schedule, or a *previous* that is not an iCalendar file.
        ScheduleError: a programme that cannot be expanded (see `rehabplan.expand`).

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
    old = None if previous is None else Previous.read(previous)
    tz = programme.tz
    writer = EventWriter(
        tz=tz,
        dtstamp=format_utc(dtstamp),
        sequence=sequence,
        alarm=None if alarm_minutes is None else dt.timedelta(minutes=alarm_minutes),
        domain=f"{programme.id}.rehabplan",
    )
    days = [schedule.start, schedule.until]
    bounds = None
    if planned is not None:
        bounds = write_planned(writer, planned, per_exercise=per_exercise)
        if bounds is None and planned.series:
            # Routines the plan cannot hold (a slot whose exercises change from day
            # to day) are found in the expanded schedule, which the plan was cheap
            # next to. (Without series, the plan's rest is the whole schedule.)
            schedule = expand(programme, start=start, until=until, limit=limit)
    if bounds is None:
        items = session_items(schedule) if per_exercise else routine_items(schedule)
        if expanded:
            write_expanded(writer, items)
        else:
            write_compact(writer, items, routines=not per_exercise)
        bounds = [min(i.start for i in items), max(i.end for i in items)] if items else []
    days += [moment.date() for moment in bounds]
    for item in schedule.appointments:
        writer.appointment(item.appointment, programme)
        days.append(item.day)
    for race in schedule.races:
        writer.race(race, programme)
        days.append(race.day)
    events = writer.events
    if old is not None:
        events, cancelled = old.update(events, dtstamp=dtstamp)
        days += cancelled
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
        *[line for event in events for line in event],
        "END:VCALENDAR",
    ]
    return join_lines(lines)
