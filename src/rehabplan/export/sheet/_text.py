"""
The plain-text sheet's layout: lines that fit 80 display columns, and the tick chart.

A wide character (CJK, most emoji) takes two columns of a terminal or a printer's
fixed-width font, a combining accent none; lines are measured that way, so the
sheet of a programme written in Japanese fits the page as an English one does.

Part of `rehabplan.export.sheet`, which re-exports every public name.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence

from rehabplan.errors import ExportError
from rehabplan.export.sheet._view import TEXT_BOX, TEXT_WIDTH, CellView, DayView, WeekView
from rehabplan.model import checked

__all__ = ["display_width", "text_grid", "text_wrap", "wrap_lines"]

# A name column, then 7 day columns of "|" + 8 columns: 16 + 7 x 9 = 79.
_NAME_WIDTH = 16
_CELL_WIDTH = 8
_BOXES_PER_LINE = 2


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


@checked()
def display_width(text: str) -> int:
    r"""
    The columns *text* takes in a fixed-width font: 2 for a wide character, 0 for a combining one.

    >>> display_width("Calf"), display_width("ふくらはぎ"), display_width("e\u0301")
    (4, 10, 1)
    """
    if text.isascii():
        return len(text)
    return sum(_char_width(ch) for ch in text)


def _fit(word: str, room: int) -> tuple[str, str]:
    """The longest head of *word* that fits *room* columns (at least one character); the rest."""
    used = 0
    for index, ch in enumerate(word):
        used += _char_width(ch)
        if used > room:
            cut = max(index, 1)
            return word[:cut], word[cut:]
    return word, ""


@checked()
def wrap_lines(text: str, width: int, *, first: str = "", indent: str = "") -> list[str]:
    """
    Wrap *text* into lines of at most *width* display columns, keeping every character.

    Words go whole onto a line where they fit; a word longer than a line is broken
    where the line ends (never dropped or cut from the front). *first* starts the
    first line and *indent* the others.

    >>> wrap_lines("Glute bridge with a long name", 12)
    ['Glute bridge', 'with a long', 'name']
    >>> wrap_lines("ハムストリングストレッチ", 10, first="1. ", indent="   ")
    ['1. ハムス', '   トリン', '   グスト', '   レッチ']

    Raises:
        ExportError: *width* is less than 1.

    """
    if width < 1:
        raise ExportError(f"width: must be at least 1 column (got {width})")
    lines: list[str] = []
    line, empty = first, True
    for word in text.split():
        room = width - display_width(line)
        piece = word if empty else f" {word}"
        if display_width(piece) <= room:
            line, empty = line + piece, False
            continue
        if not empty:
            lines.append(line)
            line, empty = indent, True
        # An indent as wide as the line still takes one character a line.
        while word and display_width(word) > width - display_width(line):
            head, word = _fit(word, width - display_width(line))
            lines.append(line + head)
            line = indent
        if word:
            line, empty = line + word, False
    if not empty or not lines:
        lines.append(line.rstrip() if empty else line)
    return lines


def text_wrap(
    value: object, width: int = TEXT_WIDTH, indent: str = "", first: str | None = None
) -> str:
    """
    The ``wrap`` filter of the text template: *value* wrapped to *width* display columns.

    >>> print(text_wrap("Stop if calf pain goes above 3 out of 10", 20, indent="   ", first=" ! "))
     ! Stop if calf pain
       goes above 3 out
       of 10
    """
    lead = indent if first is None else first
    return "\n".join(wrap_lines(str(value), width, first=lead, indent=indent))


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _cut(text: str, width: int) -> str:
    """The head of *text* that fits *width* columns (a chart mark; the header has it whole)."""
    return _fit(text, width)[0] if display_width(text) > width else text


def _cell_lines(cell: CellView) -> list[str]:
    lines = wrap_lines(cell.dose, _CELL_WIDTH) if cell.dose else []
    for i in range(math.ceil(cell.count / _BOXES_PER_LINE)):
        lines.append(" ".join([TEXT_BOX] * min(_BOXES_PER_LINE, cell.count - i * _BOXES_PER_LINE)))
    return lines


def _line(name: str, cells: Sequence[str]) -> str:
    return _pad(name, _NAME_WIDTH) + "".join("|" + _pad(c, _CELL_WIDTH) for c in cells)


def _day_lines(days: Sequence[DayView]) -> list[str]:
    out = [
        _line("", [d.weekday for d in days]),
        _line("", [d.date[4:] if d.in_window else "" for d in days]),
    ]
    for mark_line in range(max((len(d.marks) for d in days), default=0)):
        out.append(
            _line(
                "",
                [
                    "*" + _cut(d.marks[mark_line], _CELL_WIDTH - 1)
                    if mark_line < len(d.marks)
                    else ""
                    for d in days
                ],
            )
        )
    return out


@checked()
def text_grid(week: WeekView) -> tuple[str, ...]:
    """
    A weekly chart as text lines of at most 79 display columns (the ``text_grid`` filter).

    >>> from rehabplan import examples
    >>> from rehabplan.export.sheet import sheet_view
    >>> week = sheet_view(examples.achilles(), weeks=1).sections[0].weeks[0]
    >>> print(text_grid(week)[0])
                    |Mon     |Tue     |Wed     |Thu     |Fri     |Sat     |Sun
    """
    rule = "-" * _NAME_WIDTH + ("+" + "-" * _CELL_WIDTH) * 7
    out = [*_day_lines(week.days), rule]
    for row in week.rows:
        label = row.name + (f" ({row.dose})" if row.dose else "")
        names = wrap_lines(label, _NAME_WIDTH - 1)
        cells = [_cell_lines(c) for c in row.cells]
        for i in range(max(len(names), *(len(c) for c in cells))):
            name = names[i] if i < len(names) else ""
            out.append(_line(name, [c[i] if i < len(c) else "" for c in cells]))
        out.append(rule)
    out.append(_line("Pain (0-10)", ["  /10" if d.in_window else "" for d in week.days]))
    out.append(rule)
    return tuple(s.rstrip() for s in out)
