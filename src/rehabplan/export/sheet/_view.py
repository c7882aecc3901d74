"""
The sheet's view model: pre-formatted text that the templates print with loops alone.

Part of `rehabplan.export.sheet`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt

from attrs import field, frozen

__all__ = [
    "BOX",
    "TEXT_BOX",
    "TEXT_WIDTH",
    "BoxView",
    "CardView",
    "CellView",
    "DayView",
    "RowView",
    "SectionView",
    "SheetView",
    "WeekView",
]

#: One tick box in HTML and Markdown: a glyph, so a printed PDF's text counts it.
BOX = "☐"
#: One tick box in plain text.
TEXT_BOX = "[ ]"
#: The plain-text sheet fits this many display columns.
TEXT_WIDTH = 80


@frozen(kw_only=True)
class DayView:
    """
    One day column of a weekly chart.

    *marks* are what happens on that day besides exercise: appointments, and the
    start of a phase in the middle of a week. *in_window* is False for the days of
    a chart's week before the sheet starts or after it ends.
    """

    weekday: str
    date: str
    in_window: bool
    marks: tuple[str, ...] = ()
    #: The local date of the column.
    day: dt.date | None = None


@frozen(kw_only=True, cache_hash=True)
class BoxView:
    """
    One tick box: one session, with its local *time*, its *slot* label and its *dose*.

    *dose* is the dose (or an activity's volume) exactly as the calendar's event of
    that session gives it.

    .. versionadded:: 0.2
    """

    time: str
    slot: str
    dose: str


@frozen(kw_only=True, cache_hash=True)
class CellView:
    """
    One exercise on one day: a box per scheduled session (none on a rest day).

    *dose* is printed in the cell when the exercise's dose changes within the week,
    so each day shows the dose done that day; it is empty when the row's dose holds
    for the whole week.
    """

    boxes: tuple[BoxView, ...]
    in_window: bool
    dose: str = ""
    #: The boxes' slots and times, such as ``morning 08:00, evening 18:00``.
    title: str = ""

    @property
    def count(self) -> int:
        """How many sessions (tick boxes) the cell holds."""
        return len(self.boxes)


@frozen(kw_only=True)
class RowView:
    """
    One exercise's row of a weekly chart.

    *dose* is set when the whole week has one dose that differs from the card's;
    when the dose changes within the week, the cells carry it day by day.
    """

    name: str
    dose: str
    cells: tuple[CellView, ...]


@frozen(kw_only=True)
class WeekView:
    """
    A weekly tick chart: 7 day columns from the programme's first weekday, a row per exercise.

    *boxes* is the number of tick boxes in the chart: the sessions of its week.
    """

    number: int
    title: str
    boxes: int
    days: tuple[DayView, ...]
    rows: tuple[RowView, ...]


@frozen(kw_only=True)
class CardView:
    """
    One exercise card: name, dose, how often, equipment and numbered instructions.

    *dose* is the dose in short form ("3 x 15"), *dose_words* the same in words for a
    reader ("3 sets of 15 repetitions"); *often* says how often and *times* at what
    times of day.
    """

    number: int
    name: str
    dose: str
    dose_words: str
    often: str
    times: str
    equipment: str
    instructions: tuple[str, ...]
    notes: str
    precautions: tuple[str, ...]


@frozen(kw_only=True)
class SectionView:
    """
    A part of the sheet: the whole window, or one phase (which starts a new page).
    *move_on* is the phase's criteria as one "Move on to this phase when ..." line.

    *weeks* are the charts of the weeks that begin in the section; a phase that starts
    in the middle of a week shows its first days in that week's chart, marked.
    """

    heading: str
    dates: str
    cards: tuple[CardView, ...]
    weeks: tuple[WeekView, ...]
    move_on: str = ""


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
    advice: tuple[str, ...] = ()
