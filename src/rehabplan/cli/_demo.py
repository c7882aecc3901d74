"""``rehabplan demo``: the demo programme with its schedule, calendar and sheets."""

from __future__ import annotations

import argparse

from rehabplan.cli._options import command
from rehabplan.errors import ExportError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: --help does without importing typing
if TYPE_CHECKING:
    from typing import IO, Any

__all__ = ["add_demo"]


def add_demo(sub: Any) -> None:
    p = command(
        sub,
        "demo",
        help="write the demo programme with its schedule, calendar and sheets",
        description="Write the demo programme (a runner with calf pain) to a folder, "
        "with its schedule (JSON), calendar (.ics) and printed sheet (HTML and text).",
        run=_run_demo,
    )
    p.add_argument("-o", "--out", default="demo", metavar="DIR", help="the folder (default: demo)")


def _run_demo(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from pathlib import Path

    from rehabplan.examples import DEMO_TOML
    from rehabplan.export.data import to_json
    from rehabplan.export.ical import to_ics
    from rehabplan.export.sheet import render_sheet
    from rehabplan.files import load, write_atomic
    from rehabplan.scheduling import expand

    folder = Path(args.out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{folder}: cannot make the folder ({exc.strerror or exc})") from None
    programme_path = folder / "programme.toml"
    write_atomic(str(programme_path), DEMO_TOML.encode("utf-8"))
    programme = load(str(programme_path))
    schedule = expand(programme)
    files = {"programme.toml": len(DEMO_TOML.encode())}
    outputs: dict[str, bytes] = {
        "schedule.json": to_json(schedule).encode("utf-8"),
        "calendar.ics": to_ics(schedule, alarm_minutes=10),
        "sheet.html": render_sheet(schedule, format="html").encode("utf-8"),  # type: ignore[union-attr]
        "sheet.txt": render_sheet(schedule, format="txt").encode("utf-8"),  # type: ignore[union-attr]
    }
    for name, data in outputs.items():
        write_atomic(str(folder / name), data)
        files[name] = len(data)
    for name, size in files.items():
        print(f"wrote {folder / name} ({size} bytes)", file=out)
    print(f"{len(schedule)} sessions from {schedule.start} to {schedule.until}", file=out)
    return 0
