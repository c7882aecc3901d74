r"""
The bytes of an iCalendar file: text escaping, line folding and value formats.

RFC 5545 rules applied here, and nowhere else:

- 3.3.11: in a TEXT value, backslash, semicolon, comma and line breaks are escaped
  (``\\``, ``\;``, ``\,``, ``\n``); other control characters are not allowed at
  all, so they are dropped (one NUL makes libical reject the whole calendar).
- 3.1: content lines end in CRLF and are folded at 75 octets, a continuation line
  starting with one space; a fold never splits a UTF-8 character.
- 3.3.5: a UTC date-time ends in ``Z``; a local one carries a TZID parameter.

Writing the lines ourselves keeps the output byte for byte stable and fast; the tests
parse it back with icalendar and check the text comes out as it went in.
"""

from __future__ import annotations

import datetime as dt

from rehabplan._regex import LazyRegex

__all__ = [
    "clean_text",
    "content_line",
    "escape_text",
    "fold",
    "format_date_time",
    "format_duration",
    "format_offset",
    "format_utc",
    "join_lines",
]

# Line breaks people type, paste or get from other systems; all become one "\n".
_BREAKS = LazyRegex("\r\n|[\r\n\x85\u2028\u2029]")
# Every other C0/C1 control character, DEL and lone surrogates (which UTF-8 cannot
# encode); a horizontal tab is allowed in TEXT (RFC 5545 3.3.11, TSAFE-CHAR includes WSP).
_UNSAFE = LazyRegex("[\x00-\x08\x0b-\x1f\x7f\x80-\x84\x86-\x9f\ud800-\udfff]")
_ESCAPES = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n"})

_UTC = dt.UTC


def clean_text(text: str) -> str:
    r"""
    The text as it can stand in a calendar: line breaks unified, control characters gone.

    >>> clean_text("Hold\r\nthen rest\x00\x1b")
    'Hold\nthen rest'
    """
    return _UNSAFE.sub("", _BREAKS.sub("\n", text))


def escape_text(text: str) -> str:
    r"""
    A TEXT value (RFC 5545 3.3.11): cleaned, then ``\ ; , newline`` escaped.

    >>> print(escape_text("3 x 15; slowly, both legs\\no pain\nstop"))
    3 x 15\; slowly\, both legs\\no pain\nstop
    """
    return clean_text(text).translate(_ESCAPES)


def fold(line: str) -> str:
    r"""
    Fold one content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character.

    The pieces are joined by CRLF and one space; the result has no final CRLF.

    >>> fold("DESCRIPTION:" + "x" * 70).split("\r\n ")[1]
    'xxxxxxx'
    """
    if len(line) <= 75 and line.isascii():
        return line
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    pieces: list[str] = []
    limit = 75
    start = 0
    size = 0
    index = 0
    for index, char in enumerate(line):
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(line[start:index])
            start = index
            size = 0
            limit = 74  # the leading space of a continuation line counts
        size += width
    pieces.append(line[start:])
    return "\r\n ".join(pieces)


def content_line(name: str, value: str, params: str = "") -> str:
    """
    One folded content line: *name*, optional ``;PARAM=...`` text, and a ready value.

    >>> content_line("DTSTART", "20270322T080000", ";TZID=Europe/London")
    'DTSTART;TZID=Europe/London:20270322T080000'
    """
    return fold(f"{name}{params}:{value}")


def join_lines(lines: list[str]) -> bytes:
    """The calendar as bytes: every (already folded) line ended by CRLF."""
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def format_utc(moment: dt.datetime) -> str:
    """
    A UTC DATE-TIME value (RFC 5545 3.3.5 form #2).

    >>> import zoneinfo
    >>> format_utc(dt.datetime(2027, 6, 1, 8, tzinfo=zoneinfo.ZoneInfo("Europe/London")))
    '20270601T070000Z'
    """
    return moment.astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ")


def format_date_time(moment: dt.datetime) -> str:
    """
    A local DATE-TIME value, for use with a TZID parameter (RFC 5545 3.3.5 form #3).

    >>> format_date_time(dt.datetime(2027, 3, 22, 8, 0))
    '20270322T080000'
    """
    return (
        f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"
        f"T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"
    )


def format_offset(offset: dt.timedelta) -> str:
    """
    A UTC-OFFSET value (RFC 5545 3.3.14): ``+HHMM``, with seconds only when needed.

    >>> format_offset(dt.timedelta(hours=10, minutes=30))
    '+1030'
    >>> format_offset(dt.timedelta(hours=-5))
    '-0500'
    """
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{sign}{hours:02d}{minutes:02d}"
    return f"{text}{secs:02d}" if secs else text


def format_duration(length: dt.timedelta) -> str:
    """
    A DURATION value (RFC 5545 3.3.6) for a non-negative length.

    >>> format_duration(dt.timedelta(minutes=10))
    'PT10M'
    >>> format_duration(dt.timedelta(days=1))
    'P1D'
    >>> format_duration(dt.timedelta(0))
    'PT0S'
    """
    seconds = int(length.total_seconds())
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    text = "P" + (f"{days}D" if days else "")
    clock = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    clock += f"{seconds}S" if seconds else ""
    if clock:
        text += "T" + clock
    return text if text != "P" else "PT0S"
