"""
What a calendar event says: the occurrences to write (`Item`), their titles,
descriptions and categories, and the pieces of their UIDs.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Iterable

import attrs

from rehabplan.export.ical._series import steady
from rehabplan.model import Prescription, Programme, Routine, Schedule, Session, slugify

__all__ = [
    "CATEGORY",
    "Item",
    "categories",
    "members_key",
    "routine_item",
    "routine_items",
    "session_items",
    "session_text",
    "slot_token",
    "wall",
]

#: The category every event carries, besides the exercises' own categories.
CATEGORY = "Home exercise"


def wall(end: dt.datetime, start: dt.datetime) -> dt.timedelta:
    """The wall-clock length from *start* to *end* (both in the programme's zone)."""
    if end.tzinfo is start.tzinfo:
        return end - start  # one zone: Python subtracts the wall-clock times, no copies
    return end.replace(tzinfo=None) - start.replace(tzinfo=None)


def _item_steady(item: Item) -> bool:
    return steady(item.start.date(), item.start.time(), item.length, item.start.tzinfo)


@attrs.frozen
class Item:
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
        default=attrs.Factory(lambda self: wall(self.end, self.start), takes_self=True)
    )
    #: Whether its local times are unambiguous, so it may join a series with a TZID.
    steady: bool = attrs.field(default=attrs.Factory(_item_steady, takes_self=True))


# --------------------------------------------------------------------------- text


@functools.lru_cache(maxsize=1024)
def slot_token(slot: str) -> str:
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


def session_text(session: Session, programme: Programme) -> str:
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
    minutes = int(wall(routine.end, routine.start).total_seconds() // 60)
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


def categories(sessions: Iterable[Session]) -> tuple[str, ...]:
    own = {s.prescription.exercise.category or "" for s in sessions} - {"", CATEGORY}
    return (CATEGORY, *sorted(own))


def session_items(schedule: Schedule) -> list[Item]:
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
            text = texts[key] = (session_text(s, programme), s.summary, categories((s,)))
        base = bases.get((s.prescription.id, s.slot))
        if base is None:
            base = bases[(s.prescription.id, s.slot)] = f"{s.prescription.id}.{slot_token(s.slot)}"
        items.append(
            Item(
                base=base,
                start=s.start,
                end=s.end,
                summary=text[1],
                description=text[0],
                categories=text[2],
            )
        )
    return items


def routine_item(routine: Routine, programme: Programme) -> Item:
    if len(routine.sessions) == 1:
        text = session_text(routine.sessions[0], programme)
    else:
        text = _routine_text(routine, programme)
    return Item(
        base=f"routine.{slot_token(routine.slot)}",
        start=routine.start,
        end=routine.end,
        summary=routine.summary,
        description=text,
        categories=categories(routine.sessions),
        members=tuple(s.prescription.id for s in routine.sessions),
    )


def routine_items(schedule: Schedule) -> list[Item]:
    programme = schedule.programme
    return [routine_item(routine, programme) for routine in schedule.routines()]


def members_key(item: Item) -> str:
    """
    A short digest of which prescriptions a routine holds, to tell its series apart.

    Only the ids count, so a changed dose or instruction keeps the UID (and the
    calendar updates the event) while another exercise in the slot makes a new one.
    """
    digest = hashlib.sha256("+".join(item.members).encode("utf-8")).hexdigest()
    return digest[:10]
