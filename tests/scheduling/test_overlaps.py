"""Routines tied to an activity never overlap it; `overlaps` finds items that do."""

from __future__ import annotations

from hypothesis import given
from tests import strategies

from rehabplan import Programme, examples, expand
from rehabplan.scheduling import overlaps


@given(programme=strategies.whole_programmes())
def test_routines_tied_to_an_activity_touch_it_and_never_overlap_it(programme: Programme) -> None:
    """
    A "before" routine, lasting the sum of its exercises, ends as an activity session
    starts; an "after" routine starts as one ends.
    """
    schedule = expand(programme)
    starts = {s.start for s in schedule.sessions if s.activity is not None}
    ends = {s.end for s in schedule.sessions if s.activity is not None}
    tied = [r for r in schedule.routines() if r.slot.startswith(("before ", "after "))]
    untouched = [
        r
        for r in tied
        if (r.end not in starts if r.slot.startswith("before ") else r.start not in ends)
    ]
    assert untouched == []


def test_overlaps_of_the_examples() -> None:
    """No example's items overlap (the sciatic runner's long runs stay short of 18:00)."""
    found = {
        name: len(overlaps(expand(make())))
        for name, make in (
            ("achilles", examples.achilles),
            ("home_exercises", examples.home_exercises),
            ("calf_runner", examples.calf_runner),
            ("sciatic_runner", examples.sciatic_runner),
        )
    }
    assert found == {"achilles": 0, "home_exercises": 0, "calf_runner": 0, "sciatic_runner": 0}
