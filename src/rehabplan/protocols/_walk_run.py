"""rehabplan's own graded walk/run return to running.

Part of `rehabplan.protocols`, which re-exports every public name.
"""

from __future__ import annotations

import datetime as dt

from rehabplan.model import (
    Activity,
    Intervals,
    Phase,
    Programme,
    StopRule,
    Timing,
    Volume,
    checked,
)

__all__ = ["WALK_RUN_STEPS", "walk_run"]

# --------------------------------------------------------------------------- walk/run

#: The weekly walk/run steps of `walk_run`: (run, walk, repeats), then 30 min running.
WALK_RUN_STEPS: tuple[tuple[int, int, int], ...] = (
    (1, 2, 8),
    (2, 2, 6),
    (3, 2, 5),
    (5, 2, 4),
    (8, 2, 3),
    (10, 1, 3),
    (15, 1, 2),
)

_MOVE_ON = (
    "the last three sessions were pain-free, or at most 2 out of 10 and settled by "
    "the next morning (otherwise repeat the week)",
)


@checked()
def walk_run(start: dt.date, *, timezone: str = "Europe/London") -> Programme:
    """
    A graded walk/run return to running: eight weeks, three sessions a week.

    This is rehabplan's own plan, not a published protocol, so it cites none: it
    follows the usual return-to-run principles (intervals, a rest day between runs,
    run time growing while walk time shrinks, a symptom rule to move on). Neither
    the NHS Couch to 5K plan (a beginners' plan) nor the published military
    return-to-run table (by distance) has these steps.

    ====  ===================================  =========
    Week  Each session                         How often
    ====  ===================================  =========
    1     run 1 min, walk 2 min, 8 times       3 a week
    2     run 2 min, walk 2 min, 6 times       3 a week
    3     run 3 min, walk 2 min, 5 times       3 a week
    4     run 5 min, walk 2 min, 4 times       3 a week
    5     run 8 min, walk 2 min, 3 times       3 a week
    6     run 10 min, walk 1 min, 3 times      3 a week
    7     run 15 min, walk 1 min, 2 times      3 a week
    8     run 30 min                           3 a week
    ====  ===================================  =========

    Sessions fall on the programme's three weekly days (Mon, Wed, Fri by default).
    Each week's criteria to move on print on the sheet; the pain rule is one stop
    rule, pain above 2 out of 10. The activity's kind is ``run``, so "before each
    run" prescriptions tie to it.

    >>> programme = walk_run(start=dt.date(2027, 3, 1))
    >>> [str(ph.activities[0].intervals or ph.activities[0].volume) for ph in programme.phases][-2:]
    ['run 15 min, walk 1 min, 2 times', '30 min']
    >>> [str(rule) for rule in programme.stop_rules]
    ['stop if pain during a run is above 2/10']

    .. versionadded:: 0.1
    """
    three_a_week = Timing(times_per_week=3)

    def session(run: int, walk: int, repeats: int) -> Activity:
        return Activity(
            kind="run",
            name="Walk/run",
            timing=three_a_week,
            intervals=Intervals(
                run=dt.timedelta(minutes=run), walk=dt.timedelta(minutes=walk), repeats=repeats
            ),
        )

    first, *later = WALK_RUN_STEPS
    continuous = Activity(
        kind="run", name="Walk/run", timing=three_a_week, volume=Volume(30, "min")
    )
    return Programme(
        title="Walk/run return to running",
        start=start,
        until=start + dt.timedelta(weeks=8, days=-1),
        timezone=timezone,
        stop_rules=(StopRule(what="pain during a run", above=2),),
        precautions=("The weeks are a guide: repeat a week until you can move on.",),
        activities=(session(*first),),
        phases=(
            *(
                Phase(
                    name=f"Week {week}",
                    after_weeks=week - 1,
                    criteria=_MOVE_ON,
                    activities=(session(*step),),
                )
                for week, step in enumerate(later, start=2)
            ),
            Phase(name="Week 8", after_weeks=7, criteria=_MOVE_ON, activities=(continuous,)),
        ),
    )
