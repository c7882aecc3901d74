"""
Training load: the volume of every activity session, planned across activities.

Activities whose kinds share a load (`rehabplan.model.Training.shared`: every run by
default) are planned together, each other kind on its own. Weeks are seven-day blocks
from a load's first session (a run that starts mid-week at a review has a whole first
week). Block by block, in order:

- each session wants its own plan's volume (its start, grown by its weekly increase
  up to its ceiling); a long run (an activity with a target, or ``long_run``) wants
  to grow as far as its own cap, the longest run and the race allow;
- the block's total may rise at most the weekly cap above the last block that had
  sessions; every fourth block is a step-back block when step-backs are on;
- the two seven-day weeks before a race are cut by the taper from the peak block
  before them, and no session in the twenty days before a race is as long as the
  longest run before them;
- when the wishes pass the allowance every session is scaled down alike, and a long
  run is held to its share of the block's other running;
- on race day no activity is done; the day before they are halved (in a taper, cut
  with their week). Volumes are whole tenths of their unit (minutes: whole minutes),
  a cut keeping its total to the tenth; a walk/run session's running time is fixed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from fractions import Fraction

import attrs

from rehabplan.errors import ScheduleError
from rehabplan.model import Activity, Programme, Volume
from rehabplan.scheduling._block import Item, State, apportion, desired, fraction, plan_block
from rehabplan.scheduling._weekly import group_unit, ratio, tenths

__all__ = ["LoadPlan", "PlannedActivity", "plan_load"]

#: How far ahead we look for the earliest date a race could be reached.
_HORIZON_WEEKS = 520
_DAY = dt.timedelta(days=1)
_WEEK = dt.timedelta(weeks=1)
#: A race's longest run is at least this long before it.
_LONGEST_RUN_OUT = dt.timedelta(days=21)


@attrs.frozen
class PlannedActivity:
    """One activity over one stretch of days: *days* it runs, counted from *origin*."""

    activity: Activity
    origin: dt.date
    days: tuple[dt.date, ...]
    where: str


@attrs.frozen
class LoadPlan:
    """
    The planned volume of each session, by (index of its `PlannedActivity`, day).

    A session missing from *volumes* is not done (race day, or no room left under
    the cap); a walk/run session kept is in *kept*. *warnings* say once what the plan
    could not do as asked.
    """

    volumes: dict[tuple[int, dt.date], Volume]
    kept: frozenset[tuple[int, dt.date]]
    warnings: tuple[str, ...]


@attrs.frozen
class _Race:
    date: dt.date
    name: str
    distance: Volume
    index: int
    activity: Activity


def plan_load(
    programme: Programme, planned: Sequence[PlannedActivity], *, strict: bool = False
) -> LoadPlan:
    """
    Plan every activity session's volume, for all *planned* stretches at once.

    Raises:
        ScheduleError: with *strict*, a race whose distance the plan cannot reach
            under the caps by its date (otherwise a warning of the plan).

    """
    training = programme.training
    races = _races(planned)
    race_days = {r.date for r in races}
    groups: dict[str, list[int]] = {}
    for index, stretch in enumerate(planned):
        kind = stretch.activity.kind
        groups.setdefault("" if kind in training.shared else kind, []).append(index)
    volumes: dict[tuple[int, dt.date], Volume] = {}
    kept: set[tuple[int, dt.date]] = set()
    warnings: list[str] = []
    for indexes in groups.values():
        group = _Group(programme, planned, indexes, races, race_days)
        group.run(volumes, kept, warnings)
        for race in races:
            if race.index in indexes:
                message = group.shortfall(race, volumes)
                if message is not None:
                    if strict:
                        raise ScheduleError(message, where=f"{planned[race.index].where}.target")
                    warnings.append(message)
    return LoadPlan(volumes=volumes, kept=frozenset(kept), warnings=tuple(warnings))


def _races(planned: Sequence[PlannedActivity]) -> list[_Race]:
    found: dict[tuple[dt.date, str], _Race] = {}
    for index, stretch in enumerate(planned):
        target = stretch.activity.target
        if target is not None:
            name = target.name or f"{stretch.activity.name} race"
            found.setdefault(
                (target.date, name),
                _Race(target.date, name, target.volume, index, stretch.activity),
            )
    return sorted(found.values(), key=lambda r: r.date)


class _Group:
    """One shared load: its sessions block by block, and what it reached."""

    def __init__(
        self,
        programme: Programme,
        planned: Sequence[PlannedActivity],
        indexes: Sequence[int],
        races: Sequence[_Race],
        race_days: set[dt.date],
    ) -> None:
        self.programme = programme
        self.training = programme.training
        self.planned = planned
        self.indexes = indexes
        self.unit = group_unit([planned[i].activity for i in indexes])
        self.races = [r for r in races if r.index in indexes]
        self.race_days = race_days
        #: The load's first session day, where its weeks start.
        self.first = min(
            (day for index in indexes for day in planned[index].days[:1]),
            default=programme.start,
        )
        self.blocks: dict[int, list[Item]] = {}
        for index in indexes:
            stretch = planned[index]
            activity = stretch.activity
            long = activity.long_run or activity.target is not None
            unit = activity.volume.unit if activity.volume is not None else "min"
            fixed = None
            if activity.intervals is not None:
                run = activity.intervals.run * activity.intervals.repeats
                minutes = Fraction(round(run.total_seconds()), 60)
                fixed = minutes * ratio(activity, "min", self.unit) * 10
            for day in stretch.days:
                item = Item(
                    index=index,
                    day=day,
                    activity=activity,
                    origin=stretch.origin,
                    long=long,
                    ratio=ratio(activity, unit, self.unit),
                    fixed=fixed,
                )
                self.blocks.setdefault(self._block(day), []).append(item)
        for items in self.blocks.values():
            items.sort(key=lambda i: (i.day, i.index))
        span = (max(self.blocks) - min(self.blocks) + 1) if self.blocks else 0
        step_back = self.training.step_back
        self.step_back = span > 8 if step_back is None else step_back
        self.state = State()
        self.scales: dict[tuple[dt.date, dt.date], Fraction] = {}

    def _block(self, day: dt.date) -> int:
        return (day - self.first).days // 7

    def _most(self, activity: Activity) -> int | None:
        """
        The longest a long run may be, in tenths of its unit: the longest-run setting,
        its ceiling, and its race's distance. None for an activity without a volume.
        """
        if activity.volume is None:
            return None
        unit = activity.volume.unit
        most = tenths(self.training.longest_run, unit, activity)
        if activity.target is not None:
            most = min(most, tenths(activity.target.volume, unit, activity))
        if activity.ceiling is not None:
            most = min(most, tenths(activity.ceiling, unit, activity))
        return most

    def _windows(self, item: Item) -> list[tuple[dt.date, dt.date]]:
        """
        The taper weeks that hold *item*: (race date, first day of the week).

        They are the two seven-day weeks before race day.
        """
        return [
            (race.date, first)
            for race in self.races
            for first in (race.date - 2 * _WEEK, race.date - _WEEK)
            if first <= item.day < first + _WEEK
        ]

    def _tapered(self, item: Item) -> bool:
        """Whether *item* is in a taper with a week before it to cut from."""
        return any(self._first_day(1) <= race - 2 * _WEEK for race, _ in self._windows(item))

    def _run_in(self, item: Item) -> bool:
        """Whether *item* is in the twenty days before a race, where the taper rules."""
        return any(race.date - _LONGEST_RUN_OUT < item.day < race.date for race in self.races)

    def _taper(
        self,
        items: Sequence[Item],
        wants: list[Fraction],
        state: State,
        used: dict[tuple[dt.date, dt.date], Fraction],
        volumes: dict[tuple[int, dt.date], Volume],
    ) -> None:
        """
        Cut the wants in each taper week to (1 - taper) of the peak week before it.

        The peak is the largest total of a week (block) that ends before the taper.
        Every session of a taper week is cut alike, by the share its whole week
        (which may span two blocks) must lose; *used* is what earlier blocks
        already put in each taper week, so the cut holds even where wishes change.
        """
        for window in sorted({w for item in items for w in self._windows(item)}):
            taper_start = window[0] - 2 * _WEEK
            peak = max(
                (t for b, t in state.totals.items() if self._first_day(b + 1) <= taper_start),
                default=None,
            )
            if peak is None:
                continue
            room = peak * (1 - fraction(self.training.taper))
            if window not in self.scales:
                wanted = sum(
                    (
                        want
                        for block in self.blocks.values()
                        for i, want in zip(block, self._wants(block, state, volumes), strict=True)
                        if window in self._windows(i)
                    ),
                    Fraction(0),
                )
                self.scales[window] = min(Fraction(1), room / wanted) if wanted else Fraction(1)
            room -= used.get(window, Fraction(0))
            inside = [n for n, i in enumerate(items) if window in self._windows(i)]
            self._scale(wants, [n for n in inside if items[n].fixed is None], self.scales[window])
            fixed = sum((items[n].fixed or Fraction(0) for n in inside), Fraction(0))
            flexible = sum(
                (wants[n] * items[n].ratio for n in inside if items[n].fixed is None), Fraction(0)
            )
            if flexible and fixed + flexible > room:
                scale = max(Fraction(0), (room - fixed) / flexible)
                self._scale(wants, [n for n in inside if items[n].fixed is None], scale)

    @staticmethod
    def _scale(wants: list[Fraction], which: list[int], scale: Fraction) -> None:
        """Scale the wants at *which* alike, keeping their total to the tenth."""
        for n, value in zip(which, apportion([wants[n] for n in which], scale), strict=True):
            wants[n] = Fraction(value)

    def _wants(
        self, items: Sequence[Item], state: State, volumes: dict[tuple[int, dt.date], Volume]
    ) -> list[Fraction]:
        """
        What the sessions of one block want, in group units, a long run within its share.

        Cutting a long run to its share of the wants first means a later cut (a taper)
        scales what will be run, not what the share would take away again.
        """
        wants = [self._want(i, state, volumes) for i in items]
        share = fraction(self.training.long_run_share)
        others = sum((w for i, w in zip(items, wants, strict=True) if not i.long), Fraction(0))
        if share < 1 and others:
            most = share / (1 - share) * others
            wants = [
                min(w, most) if i.long and i.fixed is None else w
                for i, w in zip(items, wants, strict=True)
            ]
        return wants

    def _want(
        self, item: Item, state: State, volumes: dict[tuple[int, dt.date], Volume]
    ) -> Fraction:
        """What a session wants, in group units, before the shared caps."""
        if item.fixed is not None:
            return item.fixed if self._limit(item, 1, volumes) else Fraction(0)
        want = desired(item, state, self._most(item.activity))
        return self._limit(item, want, volumes) * item.ratio

    def _first_day(self, block: int) -> dt.date:
        return self.first + block * _WEEK

    def _cap_allowance(self, state: State, tapering: bool = False) -> Fraction | None:
        """
        The most a block may hold: the cap over the week before, less in a step-back
        week. A block that reaches into a taper takes no step back: the taper is the cut.
        """
        if not state.blocks:
            return None
        allowed = state.previous * (1 + fraction(self.training.weekly_cap))
        if self.step_back and state.blocks % 4 == 3 and not tapering:
            allowed = min(allowed, state.previous * (1 - fraction(self.training.step_back_cut)))
        return allowed

    def _limit(self, item: Item, want: int, volumes: dict[tuple[int, dt.date], Volume]) -> int:
        """
        A session's own limits near a race: none on race day, half the day before.

        In a taper the day before is cut with the rest of its week, not halved again
        on top: that would take a week whose running falls mostly on that day below
        the taper's share of the peak.
        """
        if item.day in self.race_days:
            return 0
        if item.day + _DAY in self.race_days:
            if item.fixed is not None:
                return 0
            if not self._tapered(item):
                want //= 2
        if item.fixed is not None:
            return want
        for race in self.races:
            if race.date - _LONGEST_RUN_OUT < item.day < race.date:
                longest = self._longest(race.date - _LONGEST_RUN_OUT, volumes)
                if longest is not None:  # strictly shorter than the longest run
                    want = min(want, math.ceil(longest / item.ratio) - 1)
        return want

    def _longest(self, day: dt.date, volumes: dict[tuple[int, dt.date], Volume]) -> Fraction | None:
        """The longest session of the group up to *day*, in group units."""
        found = [
            self._load(item, volumes[(item.index, item.day)])
            for items in self.blocks.values()
            for item in items
            if item.day <= day and (item.index, item.day) in volumes
        ]
        return max(found, default=None)

    def _load(self, item: Item, volume: Volume) -> Fraction:
        return Fraction(str(volume.amount)) * 10 * item.ratio

    def run(
        self,
        volumes: dict[tuple[int, dt.date], Volume],
        kept: set[tuple[int, dt.date]],
        warnings: list[str],
    ) -> None:
        state = State()
        share = fraction(self.training.long_run_share)
        used: dict[tuple[dt.date, dt.date], Fraction] = {}
        for block in sorted(self.blocks):
            items = self.blocks[block]
            wants = [
                w / i.ratio for i, w in zip(items, self._wants(items, state, volumes), strict=True)
            ]
            self._taper(items, wants, state, used, volumes)
            kept_items = [(i, w) for i, w in zip(items, wants, strict=True) if w]
            allowed = self._cap_allowance(state, any(self._windows(i) for i in items))
            planned = plan_block(
                [i for i, _ in kept_items],
                [w for _, w in kept_items],
                allowed,
                share,
                [bool(self._windows(i)) for i, _ in kept_items],
            )
            total = Fraction(0)
            for (item, _), value in zip(kept_items, planned, strict=True):
                if item.fixed is None and _in_minutes(item):
                    value -= value % 10  # a timed session is planned in whole minutes
                if not value:
                    continue
                load = item.fixed if item.fixed is not None else value * item.ratio
                total += load
                for window in self._windows(item):
                    used[window] = used.get(window, Fraction(0)) + load
                if item.fixed is not None:
                    kept.add((item.index, item.day))
                    continue
                assert item.activity.volume is not None
                unit = item.activity.volume.unit
                volumes[(item.index, item.day)] = Volume(value / 10, unit)
                if not self._run_in(item):  # a taper cut is not the base to grow from
                    state.longs[item.activity.id] = int(value)
            if allowed is not None and total > allowed:
                warnings.append(
                    f"the walk/run sessions of the week from "
                    f"{self._first_day(block)} alone rise more than "
                    f"the {self.training.weekly_cap:.0%} weekly cap; shorten them"
                )
            if total:
                state.previous = total
                state.blocks += 1
                state.totals[block] = total
        self.state = state

    def shortfall(self, race: _Race, volumes: dict[tuple[int, dt.date], Volume]) -> str | None:
        """What to say when the race's longest run is not reached in time, or None."""
        activity = race.activity
        goal = self._most(activity)
        if goal is None or activity.volume is None:
            return None
        unit = activity.volume.unit
        out = race.date - _LONGEST_RUN_OUT
        runs = sorted(
            (day, tenths(v, unit, activity))
            for (index, day), v in volumes.items()
            if index == race.index and day <= out
        )
        reached = max((v for _, v in runs), default=0)
        if reached >= goal:
            return None
        need = Volume(goal / 10, unit)
        got = f"{Volume(reached / 10, unit)}" if reached else "no run yet"
        text = (
            f"{race.name} ({race.distance}) on {race.date} is not reachable under the "
            f"{self.training.weekly_cap:.0%} weekly cap: its longest run should be {need} "
            f"three weeks before ({out}), and by then the plan reaches {got}"
        )
        earliest = self._earliest(race, goal, runs[-1][0]) if runs else None
        if earliest is None:
            text += (
                "; no later date reaches it either while the other runs stay under their "
                f"ceilings (the long run is at most {self.training.long_run_share:.0%} "
                "of the week)"
            )
            advice = "raise the other runs' ceilings or add a run a week"
        else:
            text += f"; the earliest race date it would be is {earliest}"
            advice = f"choose a race on {earliest} or later"
        return (
            f"{text}. The plan builds toward it as far as the caps allow: "
            f"{advice}, start the running higher if the physio agrees, and raise the weekly "
            "cap only as a last resort."
        )

    def _earliest(self, race: _Race, goal: int, last: dt.date) -> dt.date | None:
        """
        The earliest race date, on the race's weekday, by which the goal is reached.

        The week of the last long run three weeks out (on *last*) repeats from where
        the plan would then stand, under the weekly cap and step-back weeks.
        """
        block = self._block(last)
        template = self.blocks[block]
        # The same runs up to that week, planned as a longer plan would be: no race
        # near, and step-back weeks unless they are switched off.
        again = _Group(self.programme, self.planned, self.indexes, [], set())
        again.blocks = {b: items for b, items in self.blocks.items() if b <= block}
        again.step_back = self.training.step_back is not False
        again.run({}, set(), [])
        state = again.state
        share = fraction(self.training.long_run_share)
        best, stalled = 0, 0
        for week in range(1, _HORIZON_WEEKS):
            items = [attrs.evolve(i, day=i.day + dt.timedelta(weeks=week)) for i in template]
            wants = [
                Fraction(1)
                if i.fixed is not None
                else Fraction(desired(i, state, self._most(i.activity)))
                for i in items
            ]
            planned = plan_block(items, wants, again._cap_allowance(state), share)
            total = Fraction(0)
            for item, value in zip(items, planned, strict=True):
                if item.fixed is not None:
                    total += item.fixed
                    continue
                total += value * item.ratio
                state.longs[item.activity.id] = int(value)
                if item.long and item.index == race.index and value >= goal:
                    earliest = item.day + _LONGEST_RUN_OUT
                    return earliest + dt.timedelta(
                        days=(race.date.weekday() - earliest.weekday()) % 7
                    )
            long = state.longs.get(race.activity.id, 0)
            best, stalled = (long, 0) if long > best else (best, stalled + 1)
            if stalled > 8:  # nothing grows any more: ceilings hold it
                return None
            if total:
                state.previous, state.blocks = total, state.blocks + 1
        return None


def _in_minutes(item: Item) -> bool:
    """Whether *item*'s activity is measured in time, planned to the whole minute."""
    volume = item.activity.volume
    return volume is not None and volume.unit == "min"
