"""
Worked example programmes, shared by the README, the docs and the tests.

`calf_runner_phased` and `sciatic_runner` are the programmes of
``examples/calf-runner.toml`` and ``examples/sciatic-runner.toml`` (the tests check that
they are equal); `calf_runner` is the same runner's four weeks of home exercises
alone (the calf stretch for the first two), without phases, activities or appointments.

>>> achilles().title
'Achilles loading'
>>> [p.id for p in calf_runner().prescriptions][:2]
['hip-flexor-release', 'piriformis-release']
"""

from __future__ import annotations

import datetime as dt

from rehabplan.model import (
    Activity,
    Anchor,
    Appointment,
    AsNeeded,
    Dose,
    Exercise,
    Phase,
    Prescription,
    Programme,
    Progression,
    Range,
    Target,
    Timing,
    Volume,
)

__all__ = ["DEMO_TOML", "achilles", "calf_runner", "calf_runner_phased", "sciatic_runner"]

_MINUTE = dt.timedelta(minutes=1)
#: The sciatic runner's race: about seven weeks after her week-8 post (end of February).
_MANCHESTER = dt.date(2027, 4, 18)


#: The calf runner's home exercises, shared by `calf_runner` and `calf_runner_phased`.
_HIP_FLEXOR_RELEASE = Exercise(
    name="Hip-flexor release",
    category="soft-tissue release",
    region="hip",
    equipment=("spiky ball",),
    instructions=(
        "Lie face down with the ball just inside the front of the hip bone.",
        "Let your weight sink onto the ball and breathe slowly.",
    ),
)

_PIRIFORMIS_RELEASE = Exercise(
    name="Piriformis release",
    category="soft-tissue release",
    region="hip",
    equipment=("spiky ball",),
    instructions=(
        "Sit on the ball under the middle of the buttock.",
        "Roll slowly over tender spots for the time given.",
    ),
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


#: The demo programme (``examples/calf-runner.toml``, example (a)) as a programme file:
#: what ``rehabplan demo`` writes and reads. A test keeps the two the same.
DEMO_TOML = """\
# A runner whose calf hurts because a tight hip and a lazy glute make it overwork.
#
# Release work twice daily, glute activation every other day (growing each week),
# foam rolling before each run, a stop rule, a review in 3 days, and running back
# under the 10 % rule. `rehabplan check examples/calf-runner.toml` summarises it.
# Doses and timings are phrases where the phrase language says them, tables elsewhere.

title = "Calf pain: hip and glute programme"
start = 2027-03-22
timezone = "Europe/London"
patient = "A. Runner"
clinician = "J. Physio"
contact = "Physio clinic, 01234 567890"
precautions = ["Stop and rest if calf pain goes above 3/10."]

[[prescriptions]]
exercise = { name = "Hip-flexor release", category = "soft-tissue release", region = "hip", equipment = ["spiky ball"], instructions = [
    "Lie face down with the ball just inside the front of the hip bone.",
    "Let your weight sink onto the ball and breathe slowly.",
] }
dose = { duration = "1 min", each_side = true }
when = "twice daily for 4 weeks"

[[prescriptions]]
exercise = { name = "Piriformis release", category = "soft-tissue release", region = "hip", equipment = ["spiky ball"], instructions = [
    "Sit on the ball under the middle of the buttock.",
    "Roll slowly over tender spots for the time given.",
] }
dose = { duration = "1 min", each_side = true }
when = "twice daily for 4 weeks"

[[prescriptions]]
exercise = { name = "Glute bridge", category = "activation", region = "hip", instructions = [
    "Lie on your back, knees bent, feet flat.",
    "Squeeze your buttocks; lift your hips in line with knees and shoulders.",
    "Lower slowly.",
] }
dose = "3 x 12"
when = "every other day for 4 weeks"
progression = "+2 reps each week up to 20"

[[prescriptions]]
exercise = { name = "Clams", category = "activation", region = "hip", instructions = [
    "Lie on your side, hips and knees bent, feet together.",
    "Lift the top knee without rolling the pelvis back.",
] }
dose = "3 x 12 each side"
when = "every other day for 4 weeks"
progression = "+2 reps each week up to 20"

[[prescriptions]]
exercise = { name = "Calf stretch", category = "stretch", region = "calf", instructions = [
    "Face a wall, sore leg back, heel down, knee straight.",
    "Lean in until you feel a stretch in the calf.",
] }
dose = "3 x 30 s hold each side"
when = "morning and evening for 2 weeks"

[[prescriptions]]
exercise = { name = "Foam roll quads and ITB", category = "soft-tissue release", region = "thigh", equipment = ["foam roller"] }
dose = { duration = "1 min", each_side = true }
when = "before each run for 8 weeks"

[[prescriptions]]
exercise = { name = "Calf massage", category = "soft-tissue release", region = "calf" }
dose = "2-5 min"
when = { as_needed = true, condition = "when the calf tightens" }

[[activities]]
kind = "run"
when = "on Tue, Thu and Sun for 8 weeks"
volume = "3 km"
weekly_increase = 0.1
weekly_cap = 0.1
ceiling = "8 km"
precautions = ["Stop the run if the calf gets sore; walk home."]

[[appointments]]
title = "Review"
date = "in 3 days"
time = 09:30:00
clinician = "J. Physio"
location = "Physio clinic"
notes = "Bring your running shoes."

[[phases]]
name = "Loading"
at = "review"

[[phases.prescriptions]]
exercise = { name = "Single-leg glute bridge", category = "strengthening", region = "hip" }
dose = "3 x 8 each side"
when = "every other day for 25 days"
progression = "+1 rep each week up to 12"
"""


def calf_runner_phased(*, start: dt.date = dt.date(2027, 3, 22)) -> Programme:
    """
    The calf-pain runner of `calf_runner`, as a whole programme with phases and a run.

    Release work twice a day, glute activation every other day (+2 reps a week), a
    calf stretch morning and evening for two weeks, foam rolling before each run, a
    stop rule, a review 3 days after the visit (a new phase from then on), and running
    back from 3 km on Tue, Thu and Sun under the 10 % rule.
    It crosses the UK's spring clock change (28 March 2027).

    >>> calf_runner_phased().precautions[0]
    'Stop and rest if calf pain goes above 3/10.'
    >>> str(calf_runner_phased().appointments[0].date)
    '2027-03-25'
    """
    twice_for_4_weeks = Timing(times_per_day=2, duration_days=28)
    alternate_for_4_weeks = Timing(every_days=2, duration_days=28)
    plus_two_reps = Progression(part="reps", step=2, ceiling=20)
    return Programme(
        title="Calf pain: hip and glute programme",
        start=start,
        timezone="Europe/London",
        patient="A. Runner",
        clinician="J. Physio",
        contact="Physio clinic, 01234 567890",
        precautions=("Stop and rest if calf pain goes above 3/10.",),
        prescriptions=(
            Prescription(
                exercise=_HIP_FLEXOR_RELEASE,
                dose=Dose(1, duration=_MINUTE, each_side=True),
                timing=twice_for_4_weeks,
            ),
            Prescription(
                exercise=_PIRIFORMIS_RELEASE,
                dose=Dose(1, duration=_MINUTE, each_side=True),
                timing=twice_for_4_weeks,
            ),
            Prescription(
                exercise=_GLUTE_BRIDGE,
                dose=Dose(3, 12),
                timing=alternate_for_4_weeks,
                progression=plus_two_reps,
            ),
            Prescription(
                exercise=_CLAMS,
                dose=Dose(3, 12, each_side=True),
                timing=alternate_for_4_weeks,
                progression=plus_two_reps,
            ),
            Prescription(
                exercise=_CALF_STRETCH,
                dose=Dose(1, 3, hold=dt.timedelta(seconds=30), each_side=True),
                timing=Timing(times_of_day=("morning", "evening"), duration_days=14),
            ),
            Prescription(
                exercise=Exercise(
                    name="Foam roll quads and ITB",
                    category="soft-tissue release",
                    region="thigh",
                    equipment=("foam roller",),
                ),
                dose=Dose(1, duration=_MINUTE, each_side=True),
                timing=Timing(anchor=Anchor("before", "run"), duration_days=56),
            ),
            Prescription(
                exercise=Exercise(
                    name="Calf massage", category="soft-tissue release", region="calf"
                ),
                dose=Dose(1, duration=Range(2 * _MINUTE, 5 * _MINUTE)),
                timing=AsNeeded(condition="when the calf tightens"),
            ),
        ),
        activities=(
            Activity(
                kind="run",
                timing=Timing(weekdays=(1, 3, 6), duration_days=56),
                volume=Volume(3, "km"),
                weekly_increase=0.1,
                weekly_cap=0.1,
                ceiling=Volume(8, "km"),
                precautions=("Stop the run if the calf gets sore; walk home.",),
            ),
        ),
        appointments=(
            Appointment(
                title="Review",
                date=start + dt.timedelta(days=3),
                time=dt.time(9, 30),
                clinician="J. Physio",
                location="Physio clinic",
                notes="Bring your running shoes.",
            ),
        ),
        phases=(
            Phase(
                name="Loading",
                at="review",
                prescriptions=(
                    Prescription(
                        exercise=Exercise(
                            name="Single-leg glute bridge", category="strengthening", region="hip"
                        ),
                        dose=Dose(3, 8, each_side=True),
                        timing=Timing(every_days=2, duration_days=25),
                        progression=Progression(part="reps", step=1, ceiling=12),
                    ),
                ),
            ),
        ),
    )


def sciatic_runner(*, start: dt.date = dt.date(2027, 3, 1)) -> Programme:
    """
    A runner whose calf pain comes from an irritated sciatic nerve, aiming at a marathon.

    Nerve glides and stretches twice a day, strengthening every other day (each with
    its own progression), walking and cycling as cross-training throughout, the physio
    on the Tuesday after the visit, and from there, if cleared, easy runs and a Sunday
    long run toward the Manchester Marathon (42.2 km on 18 April 2027) under the 10 %
    rule: out of reach in seven weeks, which the schedule's warning says.

    >>> runner = sciatic_runner()
    >>> runner.phases[0].activities[1].target.name
    'Manchester Marathon'
    >>> runner.appointments[0].date.strftime("%a %d %b")
    'Tue 02 Mar'
    """
    twice_daily = Timing(times_per_day=2)
    every_other_day = Timing(every_days=2)
    hold_30_each_side = Dose(1, 3, hold=dt.timedelta(seconds=30), each_side=True)
    return Programme(
        title="Sciatic calf pain: back to the marathon",
        start=start,
        until=_MANCHESTER,
        timezone="Europe/London",
        patient="B. Runner",
        clinician="K. Physio",
        contact="Riverside physiotherapy, 01234 765432",
        precautions=(
            "Nerve glides should not bring on pins and needles; if they do, make the "
            "movement smaller.",
            "Stop and call the clinic if you get numbness, weakness or pain spreading "
            "down the leg.",
        ),
        prescriptions=(
            Prescription(
                exercise=Exercise(
                    name="Sciatic nerve glide",
                    category="nerve glide",
                    region="leg",
                    instructions=(
                        "Sit tall on a chair with the sore leg straight out in front.",
                        "Point the toes away as you look up, then pull the toes up as you "
                        "look down.",
                        "Move gently, without pins and needles.",
                    ),
                ),
                dose=Dose(2, 10),
                timing=twice_daily,
            ),
            Prescription(
                exercise=Exercise(name="Hamstring stretch", category="stretch", region="thigh"),
                dose=hold_30_each_side,
                timing=twice_daily,
            ),
            Prescription(
                exercise=Exercise(name="Piriformis stretch", category="stretch", region="hip"),
                dose=hold_30_each_side,
                timing=twice_daily,
            ),
            Prescription(
                exercise=Exercise(name="Glute bridge", category="strengthening", region="hip"),
                dose=Dose(3, 10),
                timing=every_other_day,
                progression=Progression(part="reps", step=2, ceiling=16),
            ),
            Prescription(
                exercise=Exercise(name="Side plank", category="strengthening", region="trunk"),
                dose=Dose(1, 3, hold=dt.timedelta(seconds=20), each_side=True),
                timing=every_other_day,
                progression=Progression(
                    part="hold", step=dt.timedelta(seconds=5), ceiling=dt.timedelta(seconds=45)
                ),
            ),
            Prescription(
                exercise=Exercise(name="Calf raise", category="strengthening", region="calf"),
                dose=Dose(2, 15),
                timing=every_other_day,
                progression=Progression(part="sets", step=1, ceiling=4, every_weeks=2),
            ),
            Prescription(
                exercise=Exercise(
                    name="Foam roll calves",
                    category="soft-tissue release",
                    region="calf",
                    equipment=("foam roller",),
                ),
                dose=Dose(1, duration=_MINUTE, each_side=True),
                timing=Timing(anchor=Anchor("before", "run")),
            ),
        ),
        activities=(
            Activity(kind="walk", timing=Timing(weekdays=(0, 2, 4)), volume=Volume(30, "min")),
            Activity(kind="cycle", timing=Timing(weekdays=(1, 5)), volume=Volume(45, "min")),
        ),
        appointments=(
            Appointment(
                title="Physio",
                date=start + dt.timedelta(days=(1 - start.weekday() - 1) % 7 + 1),
                time=dt.time(10),
                clinician="K. Physio",
                location="Riverside physiotherapy",
                notes="Check the nerve glides and the plan for running.",
            ),
        ),
        phases=(
            Phase(
                name="Back to running",
                at="physio",
                if_cleared=True,
                activities=(
                    Activity(
                        kind="run",
                        name="Easy run",
                        timing=Timing(weekdays=(1, 3)),
                        volume=Volume(3, "km"),
                        weekly_increase=0.1,
                        ceiling=Volume(16, "km"),
                    ),
                    Activity(
                        kind="run",
                        name="Long run",
                        timing=Timing(weekdays=(6,)),
                        volume=Volume(5, "km"),
                        target=Target(
                            name="Manchester Marathon",
                            date=_MANCHESTER,
                            volume=Volume(42.2, "km"),
                            time=dt.time(9),
                        ),
                    ),
                ),
            ),
        ),
    )
