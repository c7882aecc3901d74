"""``rehabplan fhir``: a programme as an HL7 FHIR R4 Bundle."""

from __future__ import annotations

import argparse

from rehabplan.cli._options import add_output, command

TYPE_CHECKING = False  # typing.TYPE_CHECKING: --help does without importing typing
if TYPE_CHECKING:
    from typing import IO, Any

__all__ = ["add_fhir"]


def add_fhir(sub: Any) -> None:
    p = command(
        sub,
        "fhir",
        help="write a programme file as a FHIR R4 Bundle (JSON)",
        description="Write a programme as an HL7 FHIR R4 Bundle of type collection: a "
        "CarePlan, a ServiceRequest with its occurrenceTiming per prescription and activity, "
        "and an Appointment per appointment.",
        run=_run_fhir,
    )
    p.add_argument("programme", metavar="PROGRAMME", help="a programme file (.toml or .json)")
    add_output(p, "the .json file to write")


def _run_fhir(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    import json

    from rehabplan.export.fhir import to_fhir
    from rehabplan.files import load, write_atomic
    from rehabplan.scheduling import expand

    schedule = expand(load(args.programme))
    data = to_fhir(schedule)
    write_atomic(args.output, data)
    resources = len(json.loads(data)["entry"])
    print(f"wrote {args.output}: {resources} resources for {len(schedule)} sessions", file=out)
    return 0
