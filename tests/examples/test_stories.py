"""
The two example programmes hold every element of their runners' stories.

Each row names one element of a story (the runners' own accounts the examples are
written from) and the place in the programme that holds it: an exercise id, a rule,
an appointment, an activity or a note. A second list names what the story rules out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from rehabplan import examples
from rehabplan.model import Prescription, Programme, Timing
from rehabplan.protocols import NERVE_RED_FLAGS

Check = Callable[[Programme], bool]


def _all(programme: Programme) -> list[Prescription]:
    return [*programme.prescriptions, *(p for ph in programme.phases for p in ph.prescriptions)]


def _has(exercise_id: str) -> Check:
    return lambda p: any(x.id == exercise_id for x in _all(p))


def _timing(exercise_id: str) -> Timing:
    (found,) = [x for x in _all(examples.calf_runner()) if x.id == exercise_id]
    assert isinstance(found.timing, Timing)
    return found.timing


def _review_starts_glute_work(p: Programme) -> bool:
    phase = p.phases[0]
    review = p.appointment("review").date
    return (
        phase.at == "review"
        and 2 <= (review - p.start).days <= 4
        and {"glute-bridge", "clamshell"} <= {x.id for x in phase.prescriptions}
    )


def _run_after_foam_roll(p: Programme) -> bool:
    runs = [a for ph in p.phases for a in ph.activities if a.kind == "run"]
    roll = _timing("vastus-lateralis-foam-roll").anchor
    return bool(runs) and roll is not None and (roll.relation, roll.event) == ("before", "run")


CALF_STORY: dict[str, Check] = {
    "hip flexor released in the clinic": lambda p: (
        "hip flexor" in (p.appointment("first-visit").notes or "").lower()
    ),
    "piriformis released in the clinic": lambda p: (
        "piriformis" in (p.appointment("first-visit").notes or "").lower()
    ),
    "spiky ball on the piriformis at home": _has("piriformis-ball-release"),
    "spiky ball on the calf at home": _has("calf-ball-release"),
    "back in a few days for strengthening": _review_starts_glute_work,
    "foam roller on the vastus lateralis": _has("vastus-lateralis-foam-roll"),
    "glute activation": lambda p: _has("glute-bridge")(p) and _has("clamshell")(p),
    "cleared to run if she foam rolls first": _run_after_foam_roll,
    "stop if the calf gets sore": lambda p: (
        [(r.what, r.above, r.action) for r in p.stop_rules]
        == [("your calf gets sore", None, "stop")]
    ),
    "a follow-up": lambda p: p.appointment("follow-up").date > p.appointment("review").date,
    "no more than 10 % more a week": lambda p: all(
        a.weekly_cap == 0.1 for ph in p.phases for a in ph.activities
    ),
}

CALF_NOT_IN_STORY: dict[str, Check] = {
    "no calf stretches (stretching had not helped)": lambda p: (
        not any(x.exercise.category == "stretch" for x in _all(p))
    ),
    "no hip-flexor release at home (done in the clinic)": lambda p: (
        not any("hip-flexor" in x.id for x in _all(p))
    ),
    "no calf pain threshold the story did not give": lambda p: all(
        r.above is None for r in p.stop_rules
    ),
}


@pytest.mark.parametrize("element", CALF_STORY)
def test_calf_story_element_is_in_the_programme(element: str) -> None:
    """The calf runner's programme holds this element of her story."""
    assert CALF_STORY[element](examples.calf_runner())


@pytest.mark.parametrize("element", CALF_NOT_IN_STORY)
def test_calf_programme_does_not_contradict_the_story(element: str) -> None:
    """The calf runner's programme holds nothing her story rules out."""
    assert CALF_NOT_IN_STORY[element](examples.calf_runner())


def _every(category: tuple[str, ...], timing: Timing) -> Check:
    def check(p: Programme) -> bool:
        found = [x for x in _all(p) if x.exercise.category in category]
        return bool(found) and all(x.timing == timing for x in found)

    return check


SCIATIC_STORY: dict[str, Check] = {
    "stretches twice a day": _every(("stretch", "nerve glide"), Timing(times_per_day=2)),
    "strengthening every other day": _every(("strengthening", "activation"), Timing(every_days=2)),
    "a nerve slider, not a tensioner, for an irritated sciatic nerve": lambda p: (
        _has("sciatic-nerve-slider")(p) and not _has("sciatic-nerve-tensioner")(p)
    ),
    "KT tape": lambda p: any("KT tape" in a for a in p.advice),
    "posture when walking": lambda p: any("walking" in a for a in p.advice),
    "posture when sitting": lambda p: any("sitting" in a for a in p.advice),
    "walking and cycling while off running": lambda p: (
        {a.kind for a in p.activities} == {"walk", "cycle"}
    ),
    "physio again on Tuesday": lambda p: p.appointments[0].date.weekday() == 1,
    "red flags of nerve-root pain": lambda p: set(NERVE_RED_FLAGS) <= set(p.stop_rules),
    "a marathon in view": lambda p: any(
        a.target is not None and "marathon" in a.target.name.lower()
        for ph in p.phases
        for a in ph.activities
    ),
}


@pytest.mark.parametrize("element", SCIATIC_STORY)
def test_sciatic_story_element_is_in_the_programme(element: str) -> None:
    """The sciatic runner's programme holds this element of her story."""
    assert SCIATIC_STORY[element](examples.sciatic_runner())


@pytest.mark.parametrize("factory", [examples.calf_runner, examples.sciatic_runner])
def test_every_example_exercise_has_steps_and_keeps_its_warnings(
    factory: Callable[[], Programme],
) -> None:
    """Each exercise has written steps, and the catalogue's cautions travel with it."""
    from rehabplan.catalogue import default_catalogue

    catalogue = default_catalogue()
    for x in _all(factory()):
        entry = catalogue.entry(x.id)
        assert (x.exercise.instructions, x.precautions[: len(entry.cautions)]) == (
            entry.exercise.instructions,
            entry.cautions,
        )


def test_the_hamstring_stretch_warns_about_the_nerve() -> None:
    """The sciatic runner's strap hamstring stretch carries the nerve-tension warning."""
    stretch = examples.sciatic_runner().prescription("hamstring-stretch-strap")
    assert any("pins and needles" in t for t in stretch.precautions)


def test_the_stories_dates() -> None:
    """The calf runner starts on a Monday; her review is that Thursday, a week before the follow-up."""
    p = examples.calf_runner()
    assert [a.date for a in p.appointments] == [
        dt.date(2027, 3, 22),
        dt.date(2027, 3, 25),
        dt.date(2027, 4, 1),
    ]
