"""
The dates of the sheet, and a staged card's words: each stage's dose and timing with the
days its sessions fall on, taken from the schedule.

Part of `rehabplan.export.sheet`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

import attrs

from rehabplan.model import Prescription, Schedule, Session, Timing

__all__ = ["MONTHS", "Spans", "date_range", "often", "stage_spans"]

#: Month names as the sheet prints them.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

#: The first and last day on the sheet of each stage's sessions, by the stage.
Spans = dict[Prescription, tuple[dt.date, dt.date]]


def date_range(first: dt.date, last: dt.date) -> str:
    """
    A date range for people.

    >>> date_range(dt.date(2027, 3, 22), dt.date(2027, 4, 18))
    '22 Mar to 18 Apr 2027'
    >>> date_range(dt.date(2027, 12, 27), dt.date(2028, 1, 2))
    '27 Dec 2027 to 2 Jan 2028'
    """
    end = f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    if first.year != last.year:
        return f"{first.day} {MONTHS[first.month - 1]} {first.year} to {end}"
    return f"{first.day} {MONTHS[first.month - 1]} to {end}"


def often(sessions: Sequence[Session], spans: Spans) -> str:
    """
    How often, stage by stage, for a prescription in stages: each stage's dose and timing,
    and the days its sessions fall on (*spans*). The days come from the sessions, not the
    stage's timing: a weekly step of an activity keeps its phase's span in its timing.
    """
    stages = [p for p, _ in itertools.groupby(s.prescription for s in sessions)]
    if len(stages) < 2:
        return ""
    return ", then ".join(_stage_words(p, *spans[p]) for p in stages)


def stage_spans(schedule: Schedule, staged: set[str], first: dt.date, last: dt.date) -> Spans:
    """The first and last day on the sheet of each stage of the *staged* prescriptions."""
    spans: Spans = {}
    for s in schedule.sessions:
        if s.prescription.id in staged and first <= (day := s.start.date()) <= last:
            stage = s.prescription
            spans[stage] = (spans[stage][0], day) if stage in spans else (day, day)
    return spans


def _stage_words(stage: Prescription, first: dt.date, last: dt.date) -> str:
    timing = stage.timing
    if isinstance(timing, Timing):
        how = attrs.evolve(timing, start=None, duration_days=None, until=None).describe()
    else:
        how = timing.describe()
    dose = f"{stage.dose} " if stage.dose is not None else ""
    return f"{dose}{how} ({date_range(first, last)})"
