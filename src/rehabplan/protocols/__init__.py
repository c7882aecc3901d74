"""
Published rehabilitation protocols as programme templates, and reusable precautions.

Each template takes a start date and returns a `rehabplan.Programme` with the
dosing of the paper it comes from, cited in its docstring with the paper's table;
the exercises come from the catalogue (`rehabplan.catalogue`), so a user's
catalogue can reword them.
Each protocol has one pain rule, as stop rules (`rehabplan.StopRule`) the sheet and
the calendar print.
Where the paper gives no number the template asks for one, or says in its
docstring that its default could not be checked against the paper.

>>> import datetime as dt
>>> from rehabplan.scheduling import expand
>>> len(expand(alfredson(dt.date(2027, 3, 1))).routines())
168
>>> silbernagel(dt.date(2027, 3, 1)).phases[-1].name
'Phase 4: maintenance'
>>> walk_run(dt.date(2027, 3, 1)).activities[0].intervals.repeats
8

`silbernagel` and `walk_run` name their own exercises: the catalogue has no
floor, seated or rebounding heel raises of Silbernagel's table, and a walk/run
plan is an activity. `walk_run` is rehabplan's own plan and says so.
`NERVE_RED_FLAGS` is a reusable set of stop rules for nerve-related pain.
"""

from __future__ import annotations

from rehabplan.protocols._precautions import NERVE_RED_FLAGS
from rehabplan.protocols._published import alfredson, askling
from rehabplan.protocols._silbernagel import silbernagel
from rehabplan.protocols._walk_run import WALK_RUN_STEPS, walk_run

__all__ = [
    "NERVE_RED_FLAGS",
    "WALK_RUN_STEPS",
    "alfredson",
    "askling",
    "silbernagel",
    "walk_run",
]
