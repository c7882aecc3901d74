"""
Coverage-guided fuzzing of rehabplan with atheris.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_rehabplan.py phrase -atheris_runs=200000
    python fuzz/fuzz_rehabplan.py programme -max_total_time=300
    python fuzz/fuzz_rehabplan.py file -max_total_time=300
    python fuzz/fuzz_rehabplan.py sheet -max_total_time=300

Targets: ``phrase`` (every phrase reader), ``programme`` (`programme_from_dict` on
JSON built from the input), ``file`` (`cli.read_programme` on the bytes as .toml and
.json), ``sheet`` (a programme from the input, expanded, written as a sheet and an .ics).
Every input must return a value or raise a `RehabplanError`; anything else is a crash that atheris
reports with the input. An input that takes over 1 s or allocates over 100 MB is
reported too (``SLOW`` / ``BIG`` on stderr, and a crash with ``-report_slow=1``).
Extra arguments go to libFuzzer (``-max_len``, ``-jobs``, a corpus folder...).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from rehabplan import expand, phrases
    from rehabplan.errors import RehabplanError
    from rehabplan.export.ical import to_ics
    from rehabplan.export.sheet import render_sheet
    from rehabplan.files import load as read_programme
    from rehabplan.files import programme_from_dict

SLOW_SECONDS = 1.0
BIG_BYTES = 100_000_000
_REPORT_SLOW = "-report_slow=1" in sys.argv
_TMP = Path(tempfile.mkdtemp(prefix="rehabplan-fuzz-"))


def _phrase(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    for reader in (phrases.read, phrases.parse_timing, phrases.parse_dose):
        try:
            reader(text)
        except RehabplanError:
            pass


def _json_value(fdp: atheris.FuzzedDataProvider, depth: int = 0) -> object:
    kind = fdp.ConsumeIntInRange(0, 7 if depth < 6 else 4)
    if kind == 0:
        return None
    if kind == 1:
        return fdp.ConsumeBool()
    if kind == 2:
        return fdp.ConsumeInt(8)
    if kind == 3:
        return fdp.ConsumeRegularFloat()
    if kind == 4:
        return fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 40))
    if kind == 5:
        return [_json_value(fdp, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 3))]
    keys = ["title", "start", "timezone", "prescriptions", "exercise", "dose", "when", "until"]
    return {
        (fdp.PickValueInList(keys) if fdp.ConsumeBool() else fdp.ConsumeUnicodeNoSurrogates(8)): (
            _json_value(fdp, depth + 1)
        )
        for _ in range(fdp.ConsumeIntInRange(0, 5))
    }


def _programme(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    value = _json_value(fdp)
    try:
        programme_from_dict(value)
    except RehabplanError:
        pass


def _file(data: bytes) -> None:
    for suffix in (".toml", ".json"):
        path = _TMP / f"p{suffix}"
        path.write_bytes(data)
        try:
            read_programme(str(path))
        except RehabplanError:
            pass


def _sheet(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    programme = {
        "title": fdp.ConsumeUnicodeNoSurrogates(30) or "t",
        "start": f"{fdp.ConsumeIntInRange(1, 9999):04d}-{fdp.ConsumeIntInRange(1, 12):02d}-01",
        "timezone": fdp.PickValueInList(
            ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Pacific/Kiritimati"]
        ),
        "prescriptions": [
            {
                "exercise": fdp.ConsumeUnicodeNoSurrogates(20) or "x",
                "dose": fdp.ConsumeUnicodeNoSurrogates(20) or "3 x 15",
                "when": fdp.ConsumeUnicodeNoSurrogates(40) or "daily for 1 week",
            }
        ],
    }
    try:
        p = programme_from_dict(programme)
        schedule = expand(p, limit=20_000)
        render_sheet(schedule, format=fdp.PickValueInList(["html", "md", "txt"]))
        to_ics(schedule, expanded=fdp.ConsumeBool(), per_exercise=fdp.ConsumeBool())
    except RehabplanError:
        pass


TARGETS: dict[str, Callable[[bytes], None]] = {
    "phrase": _phrase,
    "programme": _programme,
    "file": _file,
    "sheet": _sheet,
}


def _watched(target: Callable[[bytes], None]) -> Callable[[bytes], None]:
    def run(data: bytes) -> None:
        tracemalloc.start()
        start = time.perf_counter()
        try:
            target(data)
        finally:
            seconds = time.perf_counter() - start
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        if seconds > SLOW_SECONDS or peak > BIG_BYTES:
            label = "SLOW" if seconds > SLOW_SECONDS else "BIG"
            print(
                f"{label}: {seconds:.2f} s, {peak / 1e6:.0f} MB for input {data[:200]!r}",
                file=sys.stderr,
            )
            if _REPORT_SLOW:
                raise RuntimeError(f"{label} input: {seconds:.2f} s, {peak / 1e6:.0f} MB")

    return run


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        print(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options]", file=sys.stderr)
        raise SystemExit(2)
    TARGETS[sys.argv[1]](b"")  # warm up (imports, templates) outside the 1 s watch
    target = _watched(TARGETS[sys.argv[1]])
    args = [sys.argv[0]] + [a for a in sys.argv[2:] if a != "-report_slow=1"]
    os.environ.setdefault("PYTHONHASHSEED", "0")
    atheris.Setup(args, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
