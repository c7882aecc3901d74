"""
Worked example programmes, shared by the README, the docs and the tests.

The two runners' programmes are written once, as the programme files packaged here
(``calf-runner.toml`` and ``sciatic-runner.toml``, the same files as the repository's
``examples/``): `calf_runner_phased` and `sciatic_runner` read them, `calf_runner` is
the calf runner's home exercises alone, and ``rehabplan demo`` writes `DEMO_TOML`,
the calf runner's file.

>>> achilles().title
'Achilles loading'
>>> [p.id for p in calf_runner().prescriptions][:2]
['piriformis-ball-release', 'calf-ball-release']
"""

from __future__ import annotations

import datetime as dt
import importlib.resources

import attrs

from rehabplan.files import loads
from rehabplan.model import Dose, Exercise, Prescription, Programme, Timing

__all__ = [
    "DEMO_TOML",
    "achilles",
    "calf_runner",
    "calf_runner_phased",
    "example_text",
    "sciatic_runner",
]

def example_text(name: str) -> str:
    """
    The text of a packaged example programme file.

    >>> example_text("calf-runner.toml").splitlines()[0]
    '# A runner whose calf hurts because a tight hip flexor and a lazy glute make it overwork'
    """
    return importlib.resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


#: The calf runner's programme file: what ``rehabplan demo`` writes and reads.
DEMO_TOML = example_text("calf-runner.toml")


def achilles(*, start: dt.date = dt.date(2027, 3, 1)) -> Programme:
    """
    The smallest programme of DESIGN.md: eccentric heel drops, 3 x 15 twice daily for 12 weeks.

    >>> achilles().prescriptions[0].dose
    Dose(sets=3, reps=15, hold=None, each_side=False, rest=None, load=None, duration=None)
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


def calf_runner_phased() -> Programme:
    """
    The calf-pain runner's whole programme, read from the packaged ``calf-runner.toml``.

    Spiky-ball release of the piriformis and the calf twice a day, the stop rule
    "stop if your calf gets sore", a review 3 days after the first visit that starts
    glute activation every other day, foam rolling of the vastus lateralis before
    each run and running under the 10 % rule, and a follow-up.
    It crosses the UK's spring clock change (28 March 2027).

    >>> [str(rule) for rule in calf_runner_phased().stop_rules]
    ['stop if your calf gets sore']
    >>> str(calf_runner_phased().appointment("review").date)
    '2027-03-25'
    """
    return loads(DEMO_TOML)


def calf_runner() -> Programme:
    """
    The calf runner's home exercises alone: `calf_runner_phased` without its phases.

    Every exercise of the programme file that is scheduled on its own days (not
    "before each run"), all from the first day, without runs or appointments: a
    small programme for examples and tests. The release work is twice a day and the
    glute work every other day, for four weeks.

    >>> [(p.id, str(p.timing)) for p in calf_runner().prescriptions][2:]
    [('glute-bridge', 'every other day for 4 weeks'), ('clamshell', 'every other day for 4 weeks')]
    """
    whole = calf_runner_phased()
    every = (*whole.prescriptions, *(p for phase in whole.phases for p in phase.prescriptions))
    home = [p for p in every if isinstance(p.timing, Timing) and p.timing.anchor is None]
    return attrs.evolve(whole, prescriptions=home, phases=(), activities=(), appointments=())


def sciatic_runner() -> Programme:
    """
    The sciatic-calf runner's programme, read from the packaged ``sciatic-runner.toml``.

    A sciatic nerve slider and stretches twice a day, strengthening every other day,
    the red flags of nerve-root pain as stop rules, KT tape and posture as advice,
    walking and cycling while off running, the physio on the Tuesday after the
    visit, and running back towards a marathon.

    >>> runner = sciatic_runner()
    >>> runner.prescriptions[0].id
    'sciatic-nerve-slider'
    >>> runner.appointments[0].date.strftime("%a %d %b")
    'Tue 02 Mar'
    """
    return loads(example_text("sciatic-runner.toml"))
