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
"""

from rehabplan.files._atomic import (
    read_data,
    write_atomic,
)
from rehabplan.files._programme_file import (
    dump,
    dumps,
    load,
    loads,
    programme_from_dict,
    programme_to_dict,
    schema,
)

__all__ = [
    "dump",
    "dumps",
    "load",
    "loads",
    "programme_from_dict",
    "programme_to_dict",
    "read_data",
    "schema",
    "write_atomic",
]
