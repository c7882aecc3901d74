"""Tests for rehabplan.protocols: the published templates expand to their published dosing."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabplan.catalogue import Catalogue, load_catalogue
from rehabplan.errors import ProgrammeError
from rehabplan.model import Dose, Routine, Timing
from rehabplan.protocols import alfredson, askling
from rehabplan.scheduling import expand

START = dt.date(2027, 3, 1)
HEEL_DROPS = ("eccentric-heel-drop-straight-knee", "eccentric-heel-drop-bent-knee")
starts = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2040, 12, 31))


#: Zones with interesting DST rules, as in conftest.ZONES (which importlib mode cannot import).
ZONES = ("Europe/London", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe", "UTC")


def _local_clock(routine: Routine) -> str:
    return routine.start.strftime("%H:%M")


# --------------------------------------------------------------------------- Alfredson


def test_alfredson_is_168_routines_of_two_exercises_at_3_x_15() -> None:
    """12 weeks of twice daily: 168 routines, each the two heel drops at 3 x 15."""
    routines = expand(alfredson(START)).routines()
    assert len(routines) == 168
    assert all(
        tuple(s.prescription.id for s in r.sessions) == HEEL_DROPS
        and all(s.dose == Dose(3, 15) for s in r.sessions)
        for r in routines
    )


def test_alfredson_is_twice_a_day_every_day_for_84_days() -> None:
    """Every one of the 84 days, start included, has a morning and an evening routine."""
    routines = expand(alfredson(START)).routines()
    per_day = Counter(r.start.date() for r in routines)
    assert sorted(per_day) == [START + dt.timedelta(days=n) for n in range(84)]
    assert set(per_day.values()) == {2}
    assert {_local_clock(r) for r in routines} == {"08:00", "18:00"}


def test_alfredson_sessions_per_exercise() -> None:
    """Each exercise has 168 sessions: 336 sessions in all."""
    schedule = expand(alfredson(START))
    assert (len(schedule), [len(schedule.of(i)) for i in HEEL_DROPS]) == (336, [168, 168])


def test_alfredson_prescriptions() -> None:
    """Both prescriptions are 3 x 15, twice daily for 84 days, with the protocol's notes."""
    programme = alfredson(START, timezone="America/New_York")
    assert [(p.dose, p.timing) for p in programme.prescriptions] == [
        (Dose(3, 15), Timing(times_per_day=2, duration_days=84))
    ] * 2
    assert programme.timezone == "America/New_York"
    assert any("backpack" in text for text in programme.precautions)


@pytest.mark.parametrize("zone", ZONES)
def test_alfredson_keeps_its_clock_times_across_dst(zone: str) -> None:
    """In every zone, across spring DST changes, routines stay at 08:00 and 18:00 local."""
    routines = expand(alfredson(dt.date(2027, 2, 20), timezone=zone)).routines()
    assert (len(routines), {_local_clock(r) for r in routines}) == (168, {"08:00", "18:00"})


@given(start=starts, weeks=st.integers(1, 16))
def test_alfredson_length_follows_weeks(start: dt.date, weeks: int) -> None:
    """Any start date and length gives 2 routines a day for weeks x 7 days, from the start."""
    routines = expand(alfredson(start, weeks=weeks)).routines()
    assert len(routines) == 2 * 7 * weeks
    assert routines[0].start.date() == start
    assert routines[-1].start.date() == start + dt.timedelta(days=7 * weeks - 1)


def test_alfredson_docstring_cites_the_paper() -> None:
    """The template names its source: Alfredson et al., Am J Sports Med 1998."""
    doc = " ".join((alfredson.__doc__ or "").split())
    assert "Am J Sports Med* 1998;26(3):360-366" in doc


# --------------------------------------------------------------------------- Askling


@pytest.mark.parametrize("weeks", [1, 4, 6])
def test_askling_three_frequencies(weeks: int) -> None:
    """Extender twice every day, Diver every other day, Glider every third day."""
    days = 7 * weeks
    schedule = expand(askling(START, weeks=weeks))
    counts = {
        i: len(schedule.of(i)) for i in ("askling-extender", "askling-diver", "askling-glider")
    }
    assert counts == {
        "askling-extender": 2 * days,
        "askling-diver": math.ceil(days / 2),
        "askling-glider": math.ceil(days / 3),
    }


@given(start=starts, weeks=st.integers(1, 8))
def test_askling_day_gaps(start: dt.date, weeks: int) -> None:
    """Diver days are 2 apart and Glider days 3 apart, both from the start date."""
    schedule = expand(askling(start, weeks=weeks))
    for exercise_id, gap in (("askling-diver", 2), ("askling-glider", 3)):
        days = [s.day for s in schedule.of(exercise_id)]
        assert days[0] == start
        assert {(b - a).days for a, b in itertools.pairwise(days)} <= {gap}


def test_askling_doses() -> None:
    """Extender 3 x 12, Diver 3 x 6, Glider 3 x 4, on every session."""
    schedule = expand(askling(START))
    doses = {(s.prescription.id, s.dose) for s in schedule}
    assert doses == {
        ("askling-extender", Dose(3, 12)),
        ("askling-diver", Dose(3, 6)),
        ("askling-glider", Dose(3, 4)),
    }


def test_askling_first_morning_is_one_routine_of_three() -> None:
    """On the start morning all three exercises are due together: one routine."""
    first = expand(askling(START)).routines()[0]
    assert [s.prescription.name for s in first.sessions] == [
        "The Extender",
        "The Diver",
        "The Glider",
    ]


def test_askling_docstring_cites_the_paper_and_states_the_dosing() -> None:
    """The template names its source and the dosing it uses."""
    doc = " ".join((askling.__doc__ or "").split())
    assert "Br J Sports Med* 2013;47(15):953-959" in doc
    assert "3 sets of 12, twice a day" in doc
    assert "3 sets of 6, once every other day" in doc
    assert "3 sets of 4, once every third day" in doc


# --------------------------------------------------------------------------- both


@pytest.mark.parametrize("template", [alfredson, askling])
@pytest.mark.parametrize("weeks", [0, 105, True])
def test_bad_weeks_is_a_programme_error(template: object, weeks: int) -> None:
    """weeks outside 1-104 (or not a whole number) is a ProgrammeError at 'weeks'."""
    with pytest.raises(ProgrammeError) as info:
        template(START, weeks=weeks)  # type: ignore[operator]
    assert info.value.where == "weeks"


@pytest.mark.parametrize("template", [alfredson, askling])
def test_bad_time_zone_is_a_programme_error(template: object) -> None:
    """An unknown time zone is a ProgrammeError naming the timezone."""
    with pytest.raises(ProgrammeError) as info:
        template(START, timezone="Europe/Londn")  # type: ignore[operator]
    assert info.value.where == "timezone"


def test_user_catalogue_rewords_a_protocol_exercise() -> None:
    """A user's catalogue entry with the same id is used by the template."""
    catalogue = load_catalogue(
        {
            "exercises": [
                {
                    "id": "askling-extender",
                    "name": "Extender (clinic wording)",
                    "category": "mobility",
                    "region": "hamstring",
                    "instructions": ["Lie on your back.", "Straighten the knee slowly."],
                }
            ]
        }
    )
    programme = askling(START, catalogue=catalogue)
    assert programme.prescriptions[0].name == "Extender (clinic wording)"


def test_catalogue_without_the_exercises_is_an_error() -> None:
    """A catalogue that lacks a protocol exercise gives a ProgrammeError naming the id."""
    with pytest.raises(ProgrammeError) as info:
        alfredson(START, catalogue=Catalogue())
    assert "eccentric-heel-drop-straight-knee" in str(info.value)


def test_cautions_become_precautions() -> None:
    """The catalogue cautions of each exercise are the prescription's precautions."""
    programme = askling(START)
    assert all(p.precautions and "pain" in p.precautions[0] for p in programme.prescriptions)
