"""
Programme files: TOML and JSON, one model, read and written through cattrs.

The minimal format::

    title = "Achilles loading"
    start = 2027-03-01
    timezone = "Europe/London"

    [[prescriptions]]
    exercise = "Eccentric heel drops"
    dose = "3 x 15"
    when = "twice daily for 12 weeks"

The full format adds ``activities``, ``appointments``, ``phases`` and per-prescription
``progression``; see ``docs/reference/programme-file.md``.
Doses and timings may be phrases (read by `rehabplan.parse_dose` and
`rehabplan.parse_timing`) or tables (``dose = {sets = 3, reps = 15}``); files written
by `dump` use tables, so they read back without the phrase parser.

Every error names the key path of the bad value, such as ``prescriptions[0].when``;
an unknown key is an error with a suggestion, never ignored.

Limits: a file is at most `MAX_FILE_BYTES` (2 MB), holds at most `MAX_ITEMS` (1,000)
prescriptions, activities, appointments and phases, each text at most
`rehabplan.model.MAX_TEXT` (10,000) characters, and no number has more than 100 digits.
"""

from rehabplan.files import _programme_file
from rehabplan.files._atomic import MAX_FILE_BYTES, read_data, write_atomic

# Reading and writing programmes: its names are listed once, in its own `__all__`.
from rehabplan.files._programme_file import *  # noqa: F403

__all__ = ["MAX_FILE_BYTES", "read_data", "write_atomic"]
__all__ += _programme_file.__all__
