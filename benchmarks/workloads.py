"""
The benchmark workloads, generated deterministically (a fixed seed, no clock).

Every programme exists twice: as a programme-file dictionary (read by rehabplan through
`rehabplan.files.programme_from_dict`, so the phrases are parsed the way a clinic's
files are) and as a plain *spec* the hand-written baseline reads without any rehabplan
code: rrule parameters, clock times and session length in minutes.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

from dateutil import rrule

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT / "tests" / "data" / "phrases-dev.jsonl"

ZONES = (
    "Europe/London",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Sydney",
    "America/Los_Angeles",
)

_MORNING, _NOON, _EVENING, _BEDTIME = (8, 0), (12, 0), (18, 0), (21, 0)

#: (when-phrase template, rrule freq, interval, weekdays, clock times, how often in words,
#: each clock time's slot label). "{w}" is the weeks. The words and labels are what a
#: clinic app would store beside the rule to print it on a sheet.
TIMINGS: tuple[
    tuple[str, int, int, tuple[int, ...], tuple[tuple[int, int], ...], str, tuple[str, ...]], ...
] = (
    (
        "twice daily for {w} weeks",
        rrule.DAILY,
        1,
        (),
        (_MORNING, _EVENING),
        "Twice a day",
        ("morning", "evening"),
    ),
    ("daily for {w} weeks", rrule.DAILY, 1, (), (_MORNING,), "Every day", ("morning",)),
    (
        "every other day for {w} weeks",
        rrule.DAILY,
        2,
        (),
        (_MORNING,),
        "Every other day",
        ("morning",),
    ),
    (
        "3 times a week for {w} weeks",
        rrule.WEEKLY,
        1,
        (0, 2, 4),
        (_MORNING,),
        "3 times a week",
        ("morning",),
    ),
    (
        "three times a day for {w} weeks",
        rrule.DAILY,
        1,
        (),
        (_MORNING, _NOON, _EVENING),
        "3 times a day",
        ("morning", "noon", "evening"),
    ),
    (
        "on Tuesday and Thursday in the evening for {w} weeks",
        rrule.WEEKLY,
        1,
        (1, 3),
        (_EVENING,),
        "In the evening on Tue and Thu",
        ("evening",),
    ),
    ("at 07:30 daily for {w} weeks", rrule.DAILY, 1, (), ((7, 30),), "At 07:30", ("07:30",)),
    (
        "in the morning and at bedtime for {w} weeks",
        rrule.DAILY,
        1,
        (),
        (_MORNING, _BEDTIME),
        "In the morning and bedtime",
        ("morning", "bedtime"),
    ),
)

#: The steps an exercise without written ones prints.
STEPS = ("As shown by your physio.",)

#: (dose phrase, sets, reps, hold seconds, each side)
DOSES: tuple[tuple[str, int, int, int | None, bool], ...] = (
    ("3 x 15", 3, 15, None, False),
    ("3 x 12", 3, 12, None, False),
    ("2 x 10 each side", 2, 10, None, True),
    ("3 x 30 s hold", 3, 1, 30, False),
    ("hold 30 s x 3 each side", 3, 1, 30, True),
    ("4 x 8", 4, 8, None, False),
)

EXERCISES = (
    "Eccentric heel drops",
    "Calf stretch",
    "Glute bridge",
    "Clamshell",
    "Hamstring stretch",
    "Quad sets",
    "Wall sit",
    "Side plank",
    "Bird dog",
    "Step-ups",
    "Piriformis stretch",
    "Hip flexor stretch",
    "Single-leg balance",
    "Heel raises",
    "Straight leg raise",
    "Mini squats",
    "Thoracic rotation",
    "Chin tucks",
    "Scapular squeeze",
    "Ankle alphabet",
)


def _prescription(rng: random.Random, name: str, weeks: int, timing_index: int | None = None):
    t = TIMINGS[timing_index if timing_index is not None else rng.randrange(len(TIMINGS))]
    d = DOSES[rng.randrange(len(DOSES))]
    when = t[0].format(w=weeks)
    row = {"exercise": name, "dose": d[0], "when": when}
    spec = {
        "id": None,  # filled by the programme: the slug of the name
        "name": name,
        "when": when,
        "freq": t[1],
        "interval": t[2],
        "weekdays": t[3],
        "times": t[4],
        "days": weeks * 7,
        "dose": d[1:],
        "often": f"{t[5]} for {weeks} week{'s' if weeks != 1 else ''}",
        "slots": t[6],
        "steps": STEPS,
    }
    return row, spec


def _slug(name: str) -> str:
    out = "".join(c if c.isalnum() else "-" for c in name.lower())
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def programme(
    rng: random.Random,
    *,
    title: str,
    start: dt.date,
    timezone: str,
    prescriptions: int,
    weeks: int | tuple[int, int],
    timings: list[int] | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """One programme as (programme-file dictionary, baseline spec)."""
    names = rng.sample(EXERCISES, prescriptions)
    rows, specs = [], []
    for i, name in enumerate(names):
        w = weeks if isinstance(weeks, int) else rng.randint(*weeks)
        row, spec = _prescription(rng, name, w, timings[i] if timings else None)
        spec["id"] = _slug(name)
        rows.append(row)
        specs.append(spec)
    data = {"title": title, "start": start.isoformat(), "timezone": timezone, "prescriptions": rows}
    spec = {"title": title, "start": start, "timezone": timezone, "prescriptions": specs}
    return data, spec


def twelve_weeks() -> tuple[dict[str, Any], dict[str, Any]]:
    """2 exercises twice daily for 12 weeks, across the London spring-forward of 2027-03-28."""
    return programme(
        random.Random(12),
        title="Achilles loading",
        start=dt.date(2027, 3, 1),
        timezone="Europe/London",
        prescriptions=2,
        weeks=12,
        timings=[0, 0],
    )


def two_years() -> tuple[dict[str, Any], dict[str, Any]]:
    """20 prescriptions over 104 weeks: about 14,500 sessions."""
    timings = [0, 1, 2, 3, 0, 1, 2, 3, 5, 4, 0, 1, 2, 3, 6, 0, 1, 2, 3, 5]
    return programme(
        random.Random(2),
        title="Two-year maintenance",
        start=dt.date(2027, 1, 4),
        timezone="America/New_York",
        prescriptions=20,
        weeks=104,
        timings=timings,
    )


def clinic(count: int = 1000) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """*count* programmes of 8 prescriptions in 5 zones: about 370 sessions each."""
    rng = random.Random(1000)
    out = []
    for n in range(count):
        start = dt.date(2027, 1, 4) + dt.timedelta(days=rng.randrange(365))
        out.append(
            programme(
                rng,
                title=f"Patient {n:04d} programme",
                start=start,
                timezone=ZONES[n % len(ZONES)],
                prescriptions=8,
                weeks=(3, 7),
            )
        )
    return out


def phrases(count: int = 10_000) -> list[str]:
    """
    The dev corpus's texts, then distinct generated canonical phrases, *count* in all.

    Distinct, so that no cache anywhere can make a repeat cheap.
    """
    texts = [json.loads(line)["text"] for line in DEV_CORPUS.read_text("utf-8").splitlines()]
    seen = set(texts)
    rng = random.Random(10_000)
    while len(texts) < count:
        when = TIMINGS[rng.randrange(len(TIMINGS))][0].format(w=rng.randint(1, 52))
        sets, reps = rng.randint(1, 5), rng.randint(5, 20)
        dose = rng.choice(
            [f"{sets} x {reps}", f"{sets} sets of {reps}", f"hold {reps} s x {sets}", ""]
        )
        if dose and rng.random() < 0.3:
            dose += " each side"
        text = f"{dose} {when}".strip()
        if text not in seen:
            seen.add(text)
            texts.append(text)
    return texts[:count]


def prose(kilobytes: int) -> str:
    """About *kilobytes* KB of handout-like prose with phrases in it."""
    sentences = [
        "Stand on the edge of a step with your heels hanging over.",
        "Do 3 x 15 slow heel drops twice daily for 12 weeks.",
        "Hold each calf stretch for 30 seconds, 3 times each side, morning and evening.",
        "Stop if the pain goes above 3/10 and rest for a day.",
        "Glute bridges every other day, 3 sets of 12, adding 2 reps each week.",
        "Walk for 20 minutes on Monday, Wednesday and Friday.",
    ]
    rng = random.Random(kilobytes)
    parts: list[str] = []
    size = 0
    while size < kilobytes * 1000:
        s = sentences[rng.randrange(len(sentences))]
        parts.append(s)
        size += len(s) + 1
    return " ".join(parts)[: kilobytes * 1000]
