"""
Worked example programmes, shared by the README, the docs and the tests.

>>> achilles().title
'Achilles loading'
>>> [p.id for p in calf_runner().prescriptions][:2]
['hip-flexor-release', 'piriformis-release']
"""

from __future__ import annotations

import datetime as dt

from rehabplan.model import (
    AsNeeded,
    Dose,
    Exercise,
    Prescription,
    Programme,
    Range,
    Timing,
)

__all__ = ["DEMO_TOML", "achilles", "calf_runner"]


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
                        "Rise up on both feet.",
                        "Lift the good foot; lower the sore side's heel slowly below the step.",
                        "Use both feet to rise again.",
                    ),
                ),
                dose=Dose(3, 15),
                timing=Timing(times_per_day=2, duration_days=84),
            )
        ],
    )


def calf_runner(*, start: dt.date = dt.date(2027, 3, 22)) -> Programme:
    """
    A runner whose calf hurts because a tight hip and a lazy glute make it overwork.

    Release work twice a day, glute activation every other day, a calf stretch morning
    and evening for two weeks, and a stop rule. It crosses the UK's spring clock change
    (28 March 2027).

    >>> calf_runner().precautions[0]
    'Stop and rest if calf pain goes above 3/10.'
    """
    two_weeks = Timing(times_of_day=("morning", "evening"), duration_days=14)
    return Programme(
        title="Calf pain: hip and glute programme",
        start=start,
        timezone="Europe/London",
        patient="A. Runner",
        clinician="J. Physio",
        contact="Physio clinic, 01234 567890",
        precautions=("Stop and rest if calf pain goes above 3/10.",),
        prescriptions=[
            Prescription(
                exercise=Exercise(
                    name="Hip-flexor release",
                    category="soft-tissue release",
                    region="hip",
                    equipment=("spiky ball",),
                    instructions=(
                        "Lie face down with the ball just inside the front of the hip bone.",
                        "Let your weight sink onto the ball and breathe slowly.",
                    ),
                ),
                dose=Dose(1, duration=dt.timedelta(minutes=1), each_side=True),
                timing=Timing(times_per_day=2, duration_days=28),
            ),
            Prescription(
                exercise=Exercise(
                    name="Piriformis release",
                    category="soft-tissue release",
                    region="hip",
                    equipment=("spiky ball",),
                    instructions=(
                        "Sit on the ball under the middle of the buttock.",
                        "Roll slowly over tender spots for the time given.",
                    ),
                ),
                dose=Dose(1, duration=dt.timedelta(minutes=1), each_side=True),
                timing=Timing(times_per_day=2, duration_days=28),
            ),
            Prescription(
                exercise=Exercise(
                    name="Glute bridge",
                    category="activation",
                    region="hip",
                    instructions=(
                        "Lie on your back, knees bent, feet flat.",
                        "Squeeze your buttocks; lift your hips in line with knees and shoulders.",
                        "Lower slowly.",
                    ),
                ),
                dose=Dose(3, 12),
                timing=Timing(every_days=2, duration_days=28),
            ),
            Prescription(
                exercise=Exercise(
                    name="Clams",
                    category="activation",
                    region="hip",
                    instructions=(
                        "Lie on your side, hips and knees bent, feet together.",
                        "Lift the top knee without rolling the pelvis back.",
                    ),
                ),
                dose=Dose(3, 12, each_side=True),
                timing=Timing(every_days=2, duration_days=28),
            ),
            Prescription(
                exercise=Exercise(
                    name="Calf stretch",
                    category="stretch",
                    region="calf",
                    instructions=(
                        "Face a wall, sore leg back, heel down, knee straight.",
                        "Lean in until you feel a stretch in the calf.",
                    ),
                ),
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


#: The demo programme as a programme file: what ``rehabplan demo`` writes and reads.
DEMO_TOML = """\
title = "Calf pain: hip and glute programme"
start = 2027-03-22
timezone = "Europe/London"
patient = "A. Runner"
clinician = "J. Physio"
contact = "Physio clinic, 01234 567890"
precautions = ["Stop and rest if calf pain goes above 3/10."]

[[prescriptions]]
exercise = "Hip-flexor release with a spiky ball"
dose = "for 1 min each side"
when = "twice daily for 4 weeks"

[[prescriptions]]
exercise = "Glute bridges"
dose = "3 x 12"
when = "every other day for 4 weeks"

[[prescriptions]]
exercise = "Clams"
dose = "3 x 12 each side"
when = "every other day for 4 weeks"

[[prescriptions]]
exercise = "Calf stretch"
dose = "3 x 30 s hold each side"
when = "morning and evening for 2 weeks"

[[prescriptions]]
exercise = "Calf massage"
dose = "for 2-5 min"
when = "as needed"
"""
