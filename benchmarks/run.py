"""
rehabplan against a fair hand-written baseline and a floor, in the same run, interleaved.

    python benchmarks/run.py            # the full run (several minutes)
    python benchmarks/run.py --quick    # smaller batches, fewer repeats (about a minute)
    python benchmarks/run.py --only expansion

Each row runs in a fresh subprocess (so peak memory is that row's own): it builds its
inputs (untimed), checks once that rehabplan, the baseline (`baseline.py`) and the floor
(`floor.py`) give the same sessions or bytes, then times them in rotating order
(A B C, B C A, C A B, ...) and reports medians. "/base" and "/floor" are the medians of
the per-round ratios rehabplan / baseline and rehabplan / floor, with their spread (the
lowest and highest round); below 1 is faster.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import baseline  # noqa: E402
import floor  # noqa: E402
import workloads  # noqa: E402

#: (row name, workload, output, target text)
ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("12-week: expansion", "twelve", "expansion", "<= 1.5x base, <= 3x floor"),
    ("12-week: compact .ics", "twelve", "compact", "<= 1.0x base"),
    ("12-week: expanded .ics", "twelve", "expanded", "<= 2.5x floor, >= 5x faster"),
    ("12-week: HTML sheet", "twelve", "sheet", "<= 1.5x base"),
    ("2-year: expansion", "two", "expansion", "<= 1.5x base, <= 3x floor"),
    ("2-year: compact .ics", "two", "compact", "<= 1.0x base"),
    ("2-year: expanded .ics", "two", "expanded", "<= 2.5x floor, >= 5x faster"),
    ("2-year: HTML sheet", "two", "sheet", "<= 1.5x base"),
    ("clinic: expansion", "clinic", "expansion", "<= 1.5x base, <= 3x floor"),
    ("clinic: compact .ics", "clinic", "compact", "<= 1.0x base"),
    ("clinic: expanded .ics", "clinic", "expanded", "<= 2.5x floor, >= 5x faster"),
    ("clinic: HTML sheet", "clinic", "sheet", "<= 1.5x base"),
    ("10k phrases: parse", "phrases", "parse", ">= 30k/s, >= 5x"),
)


def _have(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


# --------------------------------------------------------------------------- worker side


def _rounds(sides: dict[str, Callable[[], Any]], repeats: int) -> dict[str, Any]:
    """
    Time every side once a round, in an order that rotates each round; the median seconds
    of each side, and for "ours" against each other side the median ratio and its spread.
    """
    names = list(sides)
    times: dict[str, list[float]] = {name: [] for name in names}
    for i in range(repeats):
        for name in names[i % len(names) :] + names[: i % len(names)]:
            gc.collect()
            start = time.perf_counter()
            sides[name]()
            times[name].append(time.perf_counter() - start)
    out: dict[str, Any] = {name: statistics.median(ts) for name, ts in times.items()}
    for name in names[1:]:
        ratios = sorted(a / b for a, b in zip(times["ours"], times[name], strict=True))
        out[f"ratio_{name}"] = statistics.median(ratios)
        out[f"spread_{name}"] = (ratios[0], ratios[-1])
    return out


def _interleaved(
    ours: Callable[[], Any], theirs: Callable[[], Any], repeats: int
) -> tuple[float, float, float]:
    """Median seconds of ours and theirs, and the median per-round ratio."""
    r = _rounds({"ours": ours, "theirs": theirs}, repeats)
    return r["ours"], r["theirs"], r["ratio_theirs"]


def _peak(fn: Callable[[], Any]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _programmes(kind: str, quick: bool) -> list[tuple[Any, dict[str, Any]]]:
    from rehabplan.files import programme_from_dict

    if kind == "twelve":
        pairs = [workloads.twelve_weeks()]
    elif kind == "two":
        pairs = [workloads.two_years()]
    else:
        pairs = workloads.clinic(100 if quick else 1000)
    return [(programme_from_dict(data), spec) for data, spec in pairs]


def _ours(output: str) -> Callable[[Any], Any]:
    from rehabplan import expand

    if output == "expansion":
        return expand
    if output == "sheet":
        from rehabplan.export.sheet import render_sheet

        return lambda p: render_sheet(p, format="html")
    from rehabplan.export.ical import to_ics  # type: ignore[import-not-found]

    if output == "compact":
        # The programme itself: a compact calendar is planned from its rules, as
        # `rehabplan ics` does, not found again in 15,000 expanded sessions.
        return lambda p: to_ics(p, per_exercise=True)
    return lambda p: to_ics(expand(p), expanded=True, per_exercise=True)


_THEIRS = {
    "expansion": baseline.expand,
    "compact": baseline.ics_compact,
    "expanded": baseline.ics_expanded,
    "sheet": baseline.sheet_html,
}


def _floors(
    output: str, pairs: list[tuple[Any, dict[str, Any]]], ours_one: Callable[[Any], Any]
) -> tuple[Callable[[], Any] | None, str]:
    """The floor of *output* for *pairs*, checked equal to what it stands for (untimed)."""
    from rehabplan import expand

    if output == "expansion":
        for programme, spec in pairs:
            want = [(s.start, s.end) for s in expand(programme)]
            if floor.expand(spec) != want:
                raise SystemExit(f"{programme.title}: the floor's sessions differ")
        return (lambda: [floor.expand(spec) for _, spec in pairs]), ""
    if output == "sheet":
        _check_sheets(pairs, ours_one)
        return (lambda: [floor.sheet_html(spec) for _, spec in pairs]), ""
    if output == "expanded":
        jobs = []
        for programme, spec in pairs:
            expected = ours_one(programme)
            prepared = floor.prepare_ics(expected)
            if floor.ics_expanded(prepared, spec) != expected:
                raise SystemExit(f"{programme.title}: the floor's calendar is not byte-identical")
            jobs.append((prepared, spec))
        return (lambda: [floor.ics_expanded(prepared, spec) for prepared, spec in jobs]), ""
    return None, "no floor"


def _check_sheets(pairs: list[tuple[Any, dict[str, Any]]], ours_one: Callable[[Any], Any]) -> None:
    """The baseline's and the floor's pages are rehabplan's, byte for byte."""
    for programme, spec in pairs:
        ours = ours_one(programme)
        for side, page in (
            ("baseline", baseline.sheet_html(spec)),
            ("floor", floor.sheet_html(spec)),
        ):
            if page != ours:
                at = next(
                    (i for i, (a, b) in enumerate(zip(ours, page, strict=False)) if a != b),
                    min(len(ours), len(page)),
                )
                line = ours.count("\n", 0, at) + 1
                raise SystemExit(
                    f"{programme.title}: the {side}'s HTML sheet differs from rehabplan's at "
                    f"line {line} (character {at}): rehabplan has {ours[at : at + 60]!r}, the "
                    f"{side} {page[at : at + 60]!r}; make {side}.py write the same page"
                )


def _check_same_sessions(pairs: list[tuple[Any, dict[str, Any]]]) -> int:
    from rehabplan import expand

    total = 0
    for programme, spec in pairs:
        ours = [(s.start, s.end, s.prescription.id) for s in expand(programme)]
        theirs = baseline.expand(spec)
        if ours != theirs:
            first = next(i for i, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b)
            raise SystemExit(
                f"{programme.title}: rehabplan and the baseline differ at session {first}: "
                f"{ours[first]} != {theirs[first]} ({len(ours)} vs {len(theirs)} sessions)"
            )
        total += len(ours)
    return total


#: Programmes of a batch whose compact calendars are expanded and checked (about 100 us
#: an occurrence with recurring-ical-events: all 1,000 clinic programmes take minutes).
CHECKED_CALENDARS = 100


def _calendar_sessions(data: bytes) -> list[tuple[Any, Any, str]]:
    """(start, end, prescription id) of each occurrence in UTC, by recurring-ical-events."""
    import datetime as dt

    import icalendar
    import recurring_ical_events

    calendar = icalendar.Calendar.from_ical(data)
    return sorted(
        (
            event.decoded("DTSTART").astimezone(dt.UTC),
            event.decoded("DTEND").astimezone(dt.UTC),
            str(event["UID"]).split(".", 1)[0],  # rehabplan: id.slot...; baseline: id.hhmm
        )
        for event in recurring_ical_events.of(calendar).all()
    )


def _check_compact(pairs: list[tuple[Any, dict[str, Any]]], ours_one: Callable[[Any], Any]) -> str:
    """Both sides' compact calendars expand to exactly the baseline's sessions."""
    import datetime as dt

    if not _have("recurring_ical_events"):
        return "calendars not checked: pip install -e '.[test]'"
    for programme, spec in pairs[:CHECKED_CALENDARS]:
        want = sorted(
            (s.astimezone(dt.UTC), e.astimezone(dt.UTC), i) for s, e, i in baseline.expand(spec)
        )
        calendars = (("rehabplan", ours_one(programme)), ("baseline", baseline.ics_compact(spec)))
        for side, data in calendars:
            found = _calendar_sessions(data)
            if found != want:
                first = next(
                    (i for i, (a, b) in enumerate(zip(found, want, strict=False)) if a != b),
                    min(len(found), len(want)),
                )
                raise SystemExit(
                    f"{programme.title}: the {side} compact calendar differs from the sessions "
                    f"at occurrence {first} ({len(found)} vs {len(want)} occurrences)"
                )
    checked = min(len(pairs), CHECKED_CALENDARS)
    return "" if checked == len(pairs) else f"first {checked} calendars checked"


def _work_programmes(kind: str, output: str, quick: bool) -> dict[str, Any]:
    if output in ("compact", "expanded") and not _have("rehabplan.export.ical"):
        return {"skip": "not available: rehabplan.export.ical is not on this branch yet"}
    pairs = _programmes(kind, quick)
    sessions = _check_same_sessions(pairs)
    note = _check_compact(pairs, _ours(output)) if output == "compact" else ""
    if kind == "clinic" and output == "expanded":
        # icalendar's serializer costs ~200 us a session: 360,000 sessions are a minute
        # and more a repeat, so this row times the first 100 programmes.
        pairs = pairs[:100]
        sessions = sum(len(spec_sessions(spec)) for _, spec in pairs)
        note = "first 100 programmes"
    ours_one, theirs_one = _ours(output), _THEIRS[output]
    floor_all, floor_note = _floors(output, pairs, ours_one)
    note = "; ".join(n for n in (note, floor_note) if n)

    def ours() -> None:
        for programme, _ in pairs:
            ours_one(programme)  # one programme at a time: nothing holds the batch

    def theirs() -> None:
        for _, spec in pairs:
            theirs_one(spec)

    repeats = {"twelve": 21, "two": 7, "clinic": 3}[kind]
    if quick:
        repeats = {"twelve": 9, "two": 3, "clinic": 3}[kind]
    sides: dict[str, Callable[[], Any]] = {"ours": ours, "theirs": theirs}
    if floor_all is not None:
        sides["floor"] = floor_all
    r = _rounds(sides, repeats)
    return {
        "ours": r["ours"],
        "theirs": r["theirs"],
        "floor": r.get("floor"),
        "ratio": r["ratio_theirs"],
        "spread": r["spread_theirs"],
        "ratio_floor": r.get("ratio_floor"),
        "spread_floor": r.get("spread_floor"),
        "items": sessions,
        "unit": "sessions",
        "peak_ours": _peak(ours),
        "peak_theirs": _peak(theirs),
        "repeats": repeats,
        "note": note,
    }


def spec_sessions(spec: dict[str, Any]) -> list[Any]:
    return baseline.expand(spec)


def _work_phrases(quick: bool) -> dict[str, Any]:
    from rehabplan import phrases
    from rehabplan.errors import RehabplanError

    texts = workloads.phrases(2000 if quick else 10_000)
    try:  # the first call compiles the grammar
        phrases.read("3 x 15 twice daily")
    except RehabplanError:
        pass

    def ours() -> None:
        for text in texts:
            try:
                phrases.read(text)
            except RehabplanError:
                pass

    if not _have("recurrent"):
        start = time.perf_counter()
        ours()
        seconds = time.perf_counter() - start
        return {
            "ours": seconds,
            "theirs": None,
            "ratio": None,
            "items": len(texts),
            "unit": "phrases",
            "peak_ours": _peak(ours),
            "peak_theirs": None,
            "repeats": 1,
            "note": "recurrent not installed: pip install -e '.[bench]'",
        }
    import datetime as dt

    from recurrent.event_parser import RecurringEvent

    def theirs() -> None:
        parser = RecurringEvent(now_date=dt.datetime(2027, 1, 1))
        for text in texts:
            try:
                parser.parse(text)
            except Exception:  # recurrent raises what it raises
                pass

    # The rounds below meet each phrase's shape again; the first pass meets every shape
    # new, as an app reading phrases it has never seen does.
    start = time.perf_counter()
    ours()
    cold = time.perf_counter() - start
    start = time.perf_counter()
    theirs()
    cold_theirs = time.perf_counter() - start
    a, b, ratio = _interleaved(ours, theirs, 3 if quick else 5)
    return {
        "ours": a,
        "theirs": b,
        "ratio": ratio,
        "items": len(texts),
        "unit": "phrases",
        "peak_ours": _peak(ours),
        "peak_theirs": _peak(theirs),
        "repeats": 3 if quick else 5,
        "note": f"first pass, every shape new: {len(texts) / cold:,.0f}/s, "
        f"{cold / cold_theirs:.2f}x recurrent",
    }


def _work_linearity(quick: bool) -> dict[str, Any]:
    from rehabplan import phrases
    from rehabplan.errors import RehabplanError

    rows = []
    # up to 40 KB: a phrase of more than `MAX_LENGTH` characters is refused unread
    for kb in (1, 10, 40):
        text = workloads.prose(kb)
        assert len(text) <= phrases.MAX_LENGTH, "the prose must be readable, not refused"
        times = []
        for _ in range(3 if quick else 5):
            start = time.perf_counter()
            try:
                phrases.read(text)
            except RehabplanError:
                pass
            times.append(time.perf_counter() - start)
        rows.append((kb, statistics.median(times)))
    return {"sizes": rows}


def _work_memory(quick: bool) -> dict[str, Any]:
    """Peak memory of expanding the 2-year programme over 1/4, 1/2 and all of its length."""
    import datetime as dt

    from rehabplan import expand

    ((programme, _),) = _programmes("two", quick)
    rows = []
    for weeks in (26, 52, 104):
        until = programme.start + dt.timedelta(weeks=weeks) - dt.timedelta(days=1)
        holder: list[Any] = []
        peak = _peak(lambda u=until, h=holder: h.append(expand(programme, until=u)))
        rows.append((weeks, len(holder[0]), peak))
    return {"sizes": rows}


def _work_scale(quick: bool) -> dict[str, Any]:
    """Expansion of the 2-year programme over 1/16 of its length and over all of it."""
    import datetime as dt

    from rehabplan import expand

    ((programme, _),) = _programmes("two", quick)
    small_until = programme.start + dt.timedelta(days=104 * 7 // 16 - 1)
    small_n = len(expand(programme, until=small_until))
    big_n = len(expand(programme))
    r = _rounds(
        {
            "ours": lambda: expand(programme, until=small_until),
            "big": lambda: expand(programme),
        },
        7 if quick else 15,
    )
    return {"small": r["ours"], "big": r["big"], "small_n": small_n, "big_n": big_n}


#: First use as a one-shot program pays it: import, the first programme, expansion and
#: the calendar, in a fresh process.
FIRST_USE = (
    "import datetime as dt\n"
    "from rehabplan import Programme, expand, parse_prescription\n"
    "from rehabplan.export.ical import to_ics\n"
    "p = Programme(title='A', start=dt.date(2027, 3, 1), timezone='Europe/London',\n"
    "    prescriptions=[parse_prescription('Heel drops 3x15 twice daily for 12 weeks')])\n"
    "to_ics(expand(p))\n"
)


def _work_import(quick: bool) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    # What an app pays on first use of the core: the model, expansion and the phrase reader
    # (`import rehabplan` itself loads them lazily, on first use of a name).
    core = "from rehabplan import Programme, expand, load, parse_prescription"
    run(core)  # writes the bytecode caches a normal install has
    run(FIRST_USE)
    cli = (
        "import sys\nsys.argv = ['rehabplan', '--help']\nfrom rehabplan.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    # The floor no code of ours can go under: the run-time dependencies the first use
    # needs (attrs for the model, dateutil for recurrence, zoneinfo for the zone).
    deps = "import attrs, dateutil.rrule, zoneinfo"
    bare, ours, first_use, whole, helps, floor = [], [], [], [], [], []
    for _ in range(11 if quick else 31):
        bare.append(run("pass"))
        floor.append(run(deps))
        ours.append(run("import rehabplan"))
        first_use.append(run(core))
        whole.append(run(FIRST_USE))
        helps.append(run(cli))
    heavy = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, rehabplan; print(' '.join(m for m in "
            "('icalendar', 'jinja2', 'weasyprint') if m in sys.modules))",
        ],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return {
        "bare": statistics.median(bare),
        "ours": statistics.median(ours),
        "core": statistics.median(first_use),
        "first_use": statistics.median(whole),
        "help": statistics.median(helps),
        "deps": statistics.median(floor),
        "heavy": heavy,
    }


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def _pool_ceiling() -> float:
    """Speed-up of 2 processes over 1 on pure CPU work: what the machine allows right now."""
    import concurrent.futures
    import multiprocessing

    times = {}
    for workers in (1, 2):
        start = time.perf_counter()
        context = multiprocessing.get_context("forkserver")
        with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
            list(pool.map(_burn, [1_000_000] * 8))
        times[workers] = time.perf_counter() - start
    return times[1] / times[2]


def _work_batch(quick: bool) -> dict[str, Any]:
    if not _have("rehabplan.batch"):
        return {"skip": "not available: rehabplan.batch"}
    import tempfile

    from rehabplan.batch import build_many

    count = 40 if quick else 200
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for n, (data, _) in enumerate(workloads.clinic(count)):
            path = Path(folder, f"p{n:04d}.json")
            path.write_text(json.dumps(data), encoding="utf-8")
            paths.append(path)
        times = {}
        for workers in (1, 2):
            out = Path(folder, f"out{workers}")
            start = time.perf_counter()
            result = build_many(paths, out, workers=workers, progress=False)
            times[workers] = time.perf_counter() - start
            if result.failed:
                raise SystemExit(f"batch failed: {result.failed[0]}")
    return {
        "count": count,
        "one": times[1],
        "two": times[2],
        "cores": os.cpu_count(),
        "ceiling": _pool_ceiling(),
        "outputs": " + ".join(
            result.built[0].written[i].rsplit(".", 1)[1]
            for i in range(len(result.built[0].written))
        ),
    }


def worker(name: str, quick: bool) -> dict[str, Any]:
    if name == "phrases:parse":
        return _work_phrases(quick)
    if name == "linearity":
        return _work_linearity(quick)
    if name == "memory":
        return _work_memory(quick)
    if name == "import":
        return _work_import(quick)
    if name == "scale":
        return _work_scale(quick)
    if name == "batch":
        return _work_batch(quick)
    kind, output = name.split(":")
    return _work_programmes(kind, output, quick)


# --------------------------------------------------------------------------- parent side


def _mb(n: int | None) -> str:
    return "-" if n is None else f"{n / 1e6:.1f}"


def _rate(items: int, seconds: float | None) -> str:
    return "-" if not seconds else f"{items / seconds:,.0f}"


def _spawn(name: str, quick: bool) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__)), "--worker", name]
    if quick:
        cmd.append("--quick")
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout)


def _verdict(target: str, r: dict[str, Any]) -> str:
    """ok or MISS for each clause of *target* (all must hold)."""
    ratio, floor_ratio = r.get("ratio"), r.get("ratio_floor")
    checks = []
    for clause in target.split(", "):
        if clause.endswith("x base"):
            limit = float(clause.split()[1].rstrip("x"))
            checks.append(ratio is not None and ratio <= limit)
        elif clause.endswith("x floor"):
            limit = float(clause.split()[1].rstrip("x"))
            checks.append(floor_ratio is not None and floor_ratio <= limit)
        elif clause == ">= 5x faster":
            checks.append(ratio is not None and ratio <= 0.2)
        elif clause == ">= 30k/s":
            checks.append(r["items"] / r["ours"] >= 30_000)
        elif clause == ">= 5x":
            checks.append(ratio is not None and ratio <= 0.2)
        else:
            return "?"
    return "ok" if all(checks) else "MISS"


def _ratio_cell(ratio: float | None, spread: tuple[float, float] | None) -> str:
    if ratio is None:
        return "-"
    low, high = spread if spread else (ratio, ratio)
    return f"{ratio:.2f} ({low:.2f}-{high:.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--quick", action="store_true", help="smaller batches, fewer repeats")
    parser.add_argument("--only", metavar="TEXT", help="only rows whose name contains TEXT")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.quick)))
        return 0

    import platform

    print(
        f"rehabplan benchmarks{' (--quick)' if args.quick else ''}: Python "
        f"{platform.python_version()}, {os.cpu_count()} cores; rehabplan / baseline "
        "and / floor (medians of rotating rounds, with the lowest and highest round); "
        "peak = tracemalloc peak of one pass"
    )
    header = (
        f"{'row':<24} {'rehabplan s':>11} {'base s':>9} {'floor s':>9} "
        f"{'/base (spread)':>19} {'/floor (spread)':>19} {'items':>9} {'ours items/s':>13} "
        f"{'peak MB':>8} {'base MB':>8}  {'target':<28} verdict"
    )
    print(header)
    print("-" * len(header))
    for row, kind, output, target in ROWS:
        if args.only and args.only not in row:
            continue
        r = _spawn(f"{kind}:{output}", args.quick)
        if "error" in r or "skip" in r:
            print(f"{row:<24} {r.get('skip') or 'ERROR: ' + r['error']}")
            continue
        theirs = "-" if r["theirs"] is None else f"{r['theirs']:.4f}"
        floor_s = "-" if r.get("floor") is None else f"{r['floor']:.4f}"
        note = f"  ({r['note']})" if r["note"] else ""
        print(
            f"{row:<24} {r['ours']:>11.4f} {theirs:>9} {floor_s:>9} "
            f"{_ratio_cell(r['ratio'], r.get('spread')):>19} "
            f"{_ratio_cell(r.get('ratio_floor'), r.get('spread_floor')):>19} {r['items']:>9,} "
            f"{_rate(r['items'], r['ours']):>13} {_mb(r['peak_ours']):>8} "
            f"{_mb(r['peak_theirs']):>8}  {target:<28} {_verdict(target, r)}{note}"
        )
    if not args.only or "scale" in args.only:
        r = _spawn("scale", args.quick)
        if "error" in r:
            print(f"expansion scale: ERROR {r['error']}")
        else:
            growth = r["big"] / r["small"]
            sessions = r["big_n"] / r["small_n"]
            verdict = "ok" if growth <= sessions * 17 / 16 else "MISS"
            print(
                f"expansion scale (2-year programme, 1/16 vs all): {r['small_n']:,} sessions "
                f"{r['small'] * 1000:.1f} ms, {r['big_n']:,} sessions {r['big'] * 1000:.1f} ms: "
                f"{sessions:.1f}x the sessions in {growth:.1f}x the time "
                f"(target <= 17x for 16x: {verdict})"
            )
    if not args.only or "linear" in args.only:
        r = _spawn("linearity", args.quick)
        if "error" in r:
            print(f"phrase linearity: ERROR {r['error']}")
        else:
            cells = ", ".join(
                f"{kb} KB {s * 1000:.1f} ms ({s * 1000 / kb:.2f} ms/KB)" for kb, s in r["sizes"]
            )
            print(f"phrase linearity (read() on prose): {cells}")
    if not args.only or "memory" in args.only:
        r = _spawn("memory", args.quick)
        if "error" in r:
            print(f"memory: ERROR {r['error']}")
        else:
            cells = ", ".join(
                f"{w} wk {n:,} sessions {p / 1e6:.1f} MB ({p / n:.0f} B/session)"
                for w, n, p in r["sizes"]
            )
            worst = max(p / n for _, n, p in r["sizes"])
            verdict = "ok" if worst <= 200 else "MISS"
            print(f"memory (2-year expansion, peak): {cells} (target <= 200 B/session: {verdict})")
    if not args.only or "import" in args.only:
        r = _spawn("import", args.quick)
        if "error" in r:
            print(f"import: ERROR {r['error']}")
        else:
            added = (r["ours"] - r["bare"]) * 1000
            verdict = "ok" if added <= 60 else "MISS"
            print(
                f"import rehabplan: {r['ours'] * 1000:.0f} ms vs bare python "
                f"{r['bare'] * 1000:.0f} ms: adds {added:.0f} ms (target <= 60 ms: {verdict});"
                f" heavy modules loaded: {r['heavy'] or 'none'}; the core on first use"
                f" (Programme, expand, load, parse_prescription) adds"
                f" {(r['core'] - r['bare']) * 1000:.0f} ms"
            )
            first = (r["first_use"] - r["bare"]) * 1000
            helping = (r["help"] - r["bare"]) * 1000
            print(
                f"first use (import, a programme, expand, to_ics; fresh process): adds "
                f"{first:.0f} ms (target <= 60 ms: {'ok' if first <= 60 else 'MISS'}); "
                f"rehabplan --help adds {helping:.0f} ms "
                f"(target <= 60 ms: {'ok' if helping <= 60 else 'MISS'}); importing the "
                f"dependencies alone (attrs, dateutil.rrule, zoneinfo) adds "
                f"{(r['deps'] - r['bare']) * 1000:.0f} ms"
            )
    if not args.only or "batch" in args.only:
        r = _spawn("batch", args.quick)
        if "error" in r or "skip" in r:
            print(f"batch: {r.get('skip') or 'ERROR ' + r['error']}")
        else:
            print(
                f"batch build_many ({r['count']} clinic programmes, {r['outputs']} each): "
                f"1 worker {r['one']:.2f} s, 2 workers {r['two']:.2f} s: "
                f"{r['one'] / r['two']:.2f}x on {r['cores']} cores (a pure-CPU pool gets "
                f"{r['ceiling']:.2f}x on this machine at this moment)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
