"""
Tests of calendars that update: ``to_ics(..., previous=old)`` against the calendar a
patient already has.

A client that imports or subscribes to the new file merges it with what it holds by
UID: the event with the higher SEQUENCE wins (the newer file on a tie) and a cancelled
event is hidden. Whatever the real engines make of the merged events must be exactly
the new plan, and no unchanged event may change its UID or SEQUENCE.
"""

from __future__ import annotations

import collections
import datetime as dt
from pathlib import Path

import attrs
import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests import strategies
from tests.export.test_ical import (
    MODES,
    by_icalendar,
    by_libical,
    check_structure,
    expected,
    unfold,
)
from tests.helpers import HEAVY

from rehabplan import examples
from rehabplan.cli import main
from rehabplan.errors import ExportError, ScheduleError
from rehabplan.export.ical import to_ics
from rehabplan.model import Appointment, Dose, Phase, Programme
from rehabplan.scheduling import expand

_REVIEW = dt.date(2027, 3, 30)


def reviewed() -> Programme:
    """
    The calf runner, changed at a review on 30 March: from then on the glute bridge is
    3 x 15 (a phase that starts at the review) and the clams are dropped.
    """
    before = examples.home_exercises()
    bridge = next(p for p in before.prescriptions if p.id == "glute-bridge")
    return attrs.evolve(
        before,
        appointments=(Appointment(title="Review", date=_REVIEW, time=dt.time(9, 30)),),
        phases=(
            Phase(
                name="Loading",
                at="review",
                prescriptions=(attrs.evolve(bridge, dose=Dose(3, 15)),),
                drop=("clams",),
            ),
        ),
    )


def _events(data: bytes) -> list[icalendar.cal.Component]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def merged(old: bytes, new: bytes) -> bytes:
    """
    The calendar a client holds after taking *new* over *old*: per UID the higher
    SEQUENCE (the newer file on a tie), cancelled events hidden; *new*'s time zones.
    """
    latest: dict[str, tuple[int, icalendar.cal.Component]] = {}
    for data in (old, new):
        for event in _events(data):
            uid, sequence = str(event["UID"]), int(event.get("SEQUENCE", 0))
            if uid not in latest or sequence >= latest[uid][0]:
                latest[uid] = (sequence, event)
    calendar = icalendar.Calendar.from_ical(new)
    calendar.subcomponents = [c for c in calendar.subcomponents if c.name != "VEVENT"]
    for _, event in sorted(latest.values(), key=lambda pair: str(pair[1]["UID"])):
        if str(event.get("STATUS", "")).upper() != "CANCELLED":
            calendar.add_component(event)
    return calendar.to_ical()


def _content(event: icalendar.cal.Component) -> tuple[tuple[str, bytes], ...]:
    """What an event says, UID, DTSTAMP and SEQUENCE aside."""
    return tuple(
        (name, value.to_ical() if hasattr(value, "to_ical") else bytes(str(value), "utf-8"))
        for name, value in event.property_items(sorted=True)
        if name not in ("UID", "DTSTAMP", "SEQUENCE")
    )


@pytest.mark.parametrize("mode", sorted(MODES))
def test_a_review_shows_exactly_the_new_plan(mode: str, tmp_path: Path) -> None:
    """
    After the review's calendar is taken over the first one, icalendar with
    recurring-ical-events and libical show exactly the reviewed plan: no dropped
    clams, no old bridge dose after the review.
    """
    options = MODES[mode]
    old = to_ics(examples.home_exercises(), **options)  # type: ignore[arg-type]
    new = to_ics(reviewed(), previous=old, **options)  # type: ignore[arg-type]
    check_structure(new)
    want = expected(expand(reviewed()), per_exercise=bool(options.get("per_exercise")))
    union = merged(old, new)
    assert by_icalendar(union) == want
    path = tmp_path / "merged.ics"
    path.write_bytes(union)
    errors, occurrences = by_libical(path)
    assert (errors, occurrences) == ([], collections.Counter((a, b) for a, b, _ in want.elements()))


@pytest.mark.parametrize("mode", sorted(MODES))
def test_unchanged_events_keep_uid_and_sequence(mode: str) -> None:
    """
    Every event of the first calendar that the review leaves as it was keeps its UID
    and SEQUENCE, and every UID of the first calendar is in the second.

    (In a compact calendar every series runs into the review's phase and so is
    shortened there; in an expanded one the days before the review are unchanged.)
    """
    options = MODES[mode]
    old = to_ics(examples.home_exercises(), **options)  # type: ignore[arg-type]
    new = to_ics(reviewed(), previous=old, **options)  # type: ignore[arg-type]
    before = {_content(e): (str(e["UID"]), int(e["SEQUENCE"])) for e in _events(old)}
    after = {_content(e): (str(e["UID"]), int(e["SEQUENCE"])) for e in _events(new)}
    same = before.keys() & after.keys()
    assert {c: before[c] for c in same} == {c: after[c] for c in same}
    assert {uid for uid, _ in before.values()} <= {uid for uid, _ in after.values()}
    if options.get("expanded"):
        assert len(same) > 40  # the days before the review, and slots it leaves alone


def test_changed_events_go_up_and_dropped_ones_are_cancelled() -> None:
    """
    A series the review shortens goes up one SEQUENCE and one starts with the review;
    a dropped exercise's sessions after the review are cancelled, those before it stay.
    """

    def status(options: dict[str, bool]) -> dict[str, tuple[int, str]]:
        old = to_ics(examples.home_exercises(), per_exercise=True, **options)
        new = to_ics(reviewed(), previous=old, per_exercise=True, **options)
        return {
            str(e["UID"]).split("@")[0]: (int(e["SEQUENCE"]), str(e.get("STATUS", "")))
            for e in _events(new)
        }

    compact = status({})
    assert compact["glute-bridge.morning.series-20270322"] == (1, "")
    assert compact["glute-bridge.morning.series-20270330"] == (0, "")
    expanded = status({"expanded": True})
    assert expanded["clams.morning.20270328"] == (0, "")
    assert expanded["clams.morning.20270330"] == (1, "CANCELLED")


def test_cancelled_events_stay_cancelled() -> None:
    """A third export keeps the clams cancelled, at the same SEQUENCE: a client that missed
    the second still hides them; and nothing else moves."""
    first = to_ics(examples.home_exercises())
    second = to_ics(reviewed(), previous=first)
    assert to_ics(reviewed(), previous=second) == second


@HEAVY
@given(st.one_of(strategies.programmes(), strategies.clock_change_programmes()))
def test_the_same_plan_updates_nothing(programme: Programme) -> None:
    """Exporting a plan over its own calendar gives that calendar, byte for byte."""
    try:
        data = to_ics(programme)
    except ScheduleError:
        return
    assert to_ics(programme, previous=data) == data


@HEAVY
@given(
    st.one_of(strategies.programmes(), strategies.clock_change_programmes()),
    st.integers(0, 40),
    st.sampled_from(sorted(MODES)),
)
def test_a_shortened_plan_shows_only_what_is_left(
    programme: Programme, days: int, mode: str
) -> None:
    """A plan ended early (a review stops it), taken over the whole one, shows only the rest."""
    options = MODES[mode]
    try:
        whole = expand(programme)
    except ScheduleError:
        return
    until = programme.start + dt.timedelta(days=days)
    if until > whole.until:
        return
    old = to_ics(programme, **options)  # type: ignore[arg-type]
    new = to_ics(programme, until=until, previous=old, **options)  # type: ignore[arg-type]
    want = expected(expand(programme, until=until), per_exercise=bool(options.get("per_exercise")))
    assert by_icalendar(merged(old, new)) == want


@pytest.mark.parametrize(
    ("previous", "message"),
    [
        ("BEGIN:VCALENDAR", "previous must be the bytes of an .ics file (got str)"),
        (b"not a calendar", "previous: cannot read the calendar"),
    ],
)
def test_bad_previous_is_refused(previous: object, message: str) -> None:
    """A *previous* that is not an iCalendar file is an ExportError naming it."""
    with pytest.raises(ExportError) as raised:
        to_ics(examples.achilles(), previous=previous)  # type: ignore[arg-type]
    assert message in str(raised.value)


def test_cli_previous(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``rehabplan ics --previous OLD`` writes what ``to_ics(..., previous=OLD)`` gives."""
    from rehabplan.files import dump

    source = tmp_path / "plan.toml"
    dump(examples.achilles(), source)
    old = tmp_path / "old.ics"
    old.write_bytes(to_ics(examples.achilles(), until=dt.date(2027, 5, 1), alarm_minutes=10))
    target = tmp_path / "new.ics"
    assert main(["ics", str(source), "-o", str(target), "--previous", str(old)]) == 0
    want = to_ics(examples.achilles(), alarm_minutes=10, previous=old.read_bytes())
    assert target.read_bytes() == want
    assert "SEQUENCE:1" in unfold(want)
    assert (
        main(["ics", str(source), "-o", str(target), "--previous", str(tmp_path / "gone.ics")]) == 2
    )
    assert "--previous" in capsys.readouterr().err
