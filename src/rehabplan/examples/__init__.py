"""
Worked example programmes, shared by the README, the docs and the tests.

The two runners' programmes are written once, as the programme files packaged here
(``calf-runner.toml`` and ``sciatic-runner.toml``, the same files as the repository's
``examples/``): `calf_runner` and `sciatic_runner` read them, and ``rehabplan demo``
writes `DEMO_TOML`, the calf runner's file. `achilles` and `home_exercises` are small
programmes for the docs and the tests, no patient's.

>>> achilles().title
'Achilles loading'
>>> [p.id for p in calf_runner().prescriptions]
['piriformis-ball-release', 'calf-ball-release']
"""

from __future__ import annotations

import datetime as dt
import importlib.resources

from rehabplan.errors import ProgrammeError, close_matches
from rehabplan.files import loads
from rehabplan.model import (
    AsNeeded,
    Dose,
    Exercise,
    Prescription,
    Programme,
    Range,
    Timing,
    checked,
)

__all__ = [
    "DEMO_TOML",
    "achilles",
    "calf_runner",
    "example_text",
    "home_exercises",
    "sciatic_runner",
]


@checked()
def example_text(name: str) -> str:
    """
    The text of a packaged example programme file.

    Raises:
        ProgrammeError: no example file has that name.

    >>> example_text("calf-runner.toml").splitlines()[0]
    '# A runner whose calf hurts because a tight hip flexor and a lazy glute make it overwork'

    """
    folder = importlib.resources.files(__name__)
    names = sorted(f.name for f in folder.iterdir() if f.name.endswith((".toml", ".json")))
    if name not in names:
        close = close_matches(name, names, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; one of {', '.join(names)}"
        raise ProgrammeError(f"no example file {name[:60]!r}{hint}", where="name", value=name)
    return folder.joinpath(name).read_text(encoding="utf-8")


#: The calf runner's programme file: what ``rehabplan demo`` writes and reads.
DEMO_TOML = example_text("calf-runner.toml")


def achilles(*, start: dt.date = dt.date(2027, 3, 1)) -> Programme:
    """
    The smallest programme, the README's: eccentric heel drops, 3 x 15 twice daily for 12 weeks.

    >>> achilles().prescriptions[0].dose
    Dose(sets=3, reps=15, hold=None, each_side=False, rest=None, load=None, duration=None,
    side=None)
    """
    return Programme(
        title="Achilles loading",
        start=start,
        timezone="Europe/London",
        prescriptions=[
            Prescription(
                exercise=Exercise(
                    name="Eccentric heel drops",
                    equipment=("a step",),
                    instructions=(
                        "Stand on the edge of a step on the balls of both feet.",
                        "Rise onto your toes using the good leg.",
                        "Lift the good foot; lower the sore side's heel slowly below the step.",
                        "Put the good foot down and push up with it; the sore leg only lowers.",
                    ),
                ),
                dose=Dose(3, 15),
                timing=Timing(times_per_day=2, duration_days=84),
            )
        ],
    )


#: The exercises of `home_exercises`.
def _hip_release(name: str, *instructions: str) -> Exercise:
    """A soft-tissue release of the hip on a spiky ball."""
    return Exercise(
        name=name,
        category="soft-tissue release",
        region="hip",
        equipment=("spiky ball",),
        instructions=instructions,
    )


_HIP_FLEXOR_RELEASE = _hip_release(
    "Hip-flexor release",
    "Lie face down with the ball just inside the front of the hip bone.",
    "Let your weight sink onto the ball and breathe slowly.",
)
_PIRIFORMIS_RELEASE = _hip_release(
    "Piriformis release",
    "Sit on the ball under the middle of the buttock.",
    "Roll slowly over tender spots for the time given.",
)

_GLUTE_BRIDGE = Exercise(
    name="Glute bridge",
    category="activation",
    region="hip",
    instructions=(
        "Lie on your back, knees bent, feet flat.",
        "Squeeze your buttocks; lift your hips in line with knees and shoulders.",
        "Lower slowly.",
    ),
)

_CLAMS = Exercise(
    name="Clams",
    category="activation",
    region="hip",
    instructions=(
        "Lie on your side, hips and knees bent, feet together.",
        "Lift the top knee without rolling the pelvis back.",
    ),
)

_CALF_STRETCH = Exercise(
    name="Calf stretch",
    category="stretch",
    region="calf",
    instructions=(
        "Face a wall, sore leg back, heel down, knee straight.",
        "Lean in until you feel a stretch in the calf.",
    ),
)


def home_exercises(*, start: dt.date = dt.date(2027, 3, 22)) -> Programme:
    """
    Four weeks of home exercises with a little of everything, for the docs and the tests.

    Release work twice a day, activation every other day, a stretch morning and
    evening for two weeks, an as-needed massage and a precaution. It crosses the UK's
    spring clock change (28 March 2027). It is no patient's programme: the runners'
    programmes are `calf_runner` and `sciatic_runner`.

    >>> home_exercises().precautions[0]
    'Stop and rest if calf pain goes above 3/10.'
    """
    two_weeks = Timing(times_of_day=("morning", "evening"), duration_days=14)
    return Programme(
        title="Hip and glute home exercises",
        start=start,
        timezone="Europe/London",
        patient="A. Runner",
        clinician="J. Physio",
        contact="Physio clinic, 01234 567890",
        precautions=("Stop and rest if calf pain goes above 3/10.",),
        prescriptions=[
            Prescription(
                exercise=_HIP_FLEXOR_RELEASE,
                dose=Dose(1, duration=dt.timedelta(minutes=1), each_side=True),
                timing=Timing(times_per_day=2, duration_days=28),
            ),
            Prescription(
                exercise=_PIRIFORMIS_RELEASE,
                dose=Dose(1, duration=dt.timedelta(minutes=1), each_side=True),
                timing=Timing(times_per_day=2, duration_days=28),
            ),
            Prescription(
                exercise=_GLUTE_BRIDGE,
                dose=Dose(3, 12),
                timing=Timing(every_days=2, duration_days=28),
            ),
            Prescription(
                exercise=_CLAMS,
                dose=Dose(3, 12, each_side=True),
                timing=Timing(every_days=2, duration_days=28),
            ),
            Prescription(
                exercise=_CALF_STRETCH,
                dose=Dose(1, 3, hold=dt.timedelta(seconds=30), each_side=True),
                timing=two_weeks,
            ),
            Prescription(
                exercise=Exercise(
                    name="Calf massage", category="soft-tissue release", region="calf"
                ),
                dose=Dose(1, duration=Range(dt.timedelta(minutes=2), dt.timedelta(minutes=5))),
                timing=AsNeeded(),
            ),
        ],
    )


def calf_runner() -> Programme:
    """
    The calf-pain runner's whole programme, read from the packaged ``calf-runner.toml``.

    Spiky-ball release of the piriformis and the calf twice a day, the stop rule
    "stop if your calf gets sore", a review 3 days after the first visit that starts
    glute activation every other day, foam rolling of the vastus lateralis before
    each run and running under the 10 % rule, and a follow-up.
    It crosses the UK's spring clock change (28 March 2027).

    >>> [str(rule) for rule in calf_runner().stop_rules]
    ['stop if your calf gets sore']
    >>> str(calf_runner().appointment("review").date)
    '2027-03-25'
    """
    return loads(DEMO_TOML)


def sciatic_runner() -> Programme:
    """
    The sciatic-calf runner's programme, read from the packaged ``sciatic-runner.toml``.

    A sciatic nerve slider and stretches twice a day, strengthening every other day,
    the red flags of nerve-root pain as stop rules, KT tape and posture as advice,
    walking and cycling as cross-training throughout, the physio on the Tuesday after
    the visit, and from there, if cleared, easy runs and a Sunday long run toward the
    Manchester Marathon (42.2 km on 18 April 2027) under the 10 % rule: out of reach
    in seven weeks, which the schedule's warning says.

    >>> runner = sciatic_runner()
    >>> runner.prescriptions[0].id
    'sciatic-nerve-slider'
    >>> runner.appointments[0].date.strftime("%a %d %b")
    'Tue 02 Mar'
    >>> runner.phases[0].activities[1].target.name
    'Manchester Marathon'
    """
    return loads(example_text("sciatic-runner.toml"))
