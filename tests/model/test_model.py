"""The model's values: validation with clear errors, derived values, text forms."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabplan import (
    AsNeeded,
    Dose,
    Exercise,
    Prescription,
    Programme,
    ProgrammeError,
    Range,
    Timing,
)
from rehabplan.model import Load, slugify

S = dt.timedelta


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Dose(0, 10), "sets: must be at least 1 (got 0)"),
        (lambda: Dose(3, 0), "reps: must be at least 1 (got 0)"),
        (lambda: Dose(3, 10, hold=S(0)), "hold: must be longer than zero"),
        (lambda: Dose(3, 10, hold=S(hours=5)), "hold: must be at most"),
        (lambda: Range(3, 2), "the low end must be below the high end (got 3 to 2)"),
        (lambda: Timing(times_per_day=0), "times_per_day: must be at least 1"),
        (
            lambda: Timing(times_per_day=2, every_hours=4),
            "give either times_per_day or every_hours",
        ),
        (lambda: Timing(round_the_clock=True), "round_the_clock needs every_hours"),
        (
            lambda: Timing(duration_days=7, until=dt.date(2027, 1, 1)),
            "give either duration_days or until",
        ),
        (
            lambda: Timing(start=dt.date(2027, 2, 1), until=dt.date(2027, 1, 1)),
            "must not be before start",
        ),
        (lambda: Timing(every_days=2, weekdays=(0,)), "every_days or named weekdays"),
        (lambda: Timing(weekdays=("XX",)), "weekdays: must be weekday numbers"),
        (lambda: Timing(times_of_day=("brunch",)), "unknown time of day 'brunch'"),
        (lambda: Timing(every_days=1), "every_days: must be at least 2"),
        (lambda: Load(-1, "kg"), "amount: must be above 0"),
        (
            lambda: Programme(title="x", start=dt.date(2027, 1, 1), timezone="Mars/Olympus"),
            "unknown time zone 'Mars/Olympus'",
        ),
        (
            lambda: Programme(title="x", start=dt.date(2027, 1, 1), timezone="../../etc/passwd"),
            "unknown time zone",
        ),
        (
            lambda: Programme(title="x", start=dt.date(2027, 1, 1), timezone="Europe/London\x00"),
            "unknown time zone",
        ),
        (
            lambda: Programme(title=" ", start=dt.date(2027, 1, 1), timezone="UTC"),
            "title: must be a non-empty text",
        ),
    ],
)
def test_invalid_values_raise_programme_error(make, message: str) -> None:  # type: ignore[no-untyped-def]
    """Invalid values raise ProgrammeError (a ValueError) naming the field and the problem."""
    with pytest.raises(ProgrammeError) as info:
        make()
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)


def test_duplicate_prescription_ids() -> None:
    """Two prescriptions with one id are refused, naming both places."""
    p = Prescription(exercise=Exercise(name="Bridge"), timing=Timing())
    with pytest.raises(
        ProgrammeError,
        match=r"prescriptions\[1\]\.id: id 'bridge' is already used by prescriptions\[0\]",
    ):
        Programme(title="x", start=dt.date(2027, 1, 1), timezone="UTC", prescriptions=[p, p])


def test_ranges_normalise() -> None:
    """[n, m] becomes a Range and [n, n] becomes n."""
    assert (Dose(3, [8, 12]).reps, Dose(3, [10, 10]).reps) == (Range(8, 12), 10)


def test_per_day_derivation() -> None:
    """per_day is the stated count, else the named times, else 24 / every_hours."""
    assert (
        Timing(times_per_day=3).per_day,
        Timing(times_of_day=("morning", "night")).per_day,
        Timing(every_hours=Range(4, 6)).per_day,
        Timing().per_day,
    ) == (3, 2, Range(4, 6), None)


def test_describe_and_symbolic() -> None:
    """describe() is for patients, symbolic() for titles."""
    dose = Dose(3, Range(8, 12), each_side=True, rest=S(seconds=60))
    assert (dose.describe(), dose.symbolic(), str(dose)) == (
        "3 sets of 8 to 12 reps, each side; rest 1 minute between sets",
        "3 × 8-12 each side",
        "3 x 8-12 each side, rest 1 min between sets",
    )
    assert AsNeeded(limit=Timing(every_hours=4), condition="when sore").describe() == (
        "when needed, at most every 4 hours (when sore)"
    )


def test_estimated_duration_has_a_floor_and_counts_sides_and_rests() -> None:
    """Event length: at least 5 minutes, rounded up to 5, doubling for both sides."""
    assert (
        Dose(1, 1).estimated_duration(),
        Dose(3, 10, hold=S(seconds=30)).estimated_duration(),
        Dose(3, 10, hold=S(seconds=30), each_side=True).estimated_duration(),
    ) == (S(minutes=5), S(minutes=20), S(minutes=35))


def test_slugify_is_stable_ascii() -> None:
    """Ids are lower-case ASCII with hyphens, and never empty."""
    assert (slugify("Calf stretch (bent knee)"), slugify("!!!"), slugify("Étirement")) == (
        "calf-stretch-bent-knee",
        "item",
        "etirement",
    )
