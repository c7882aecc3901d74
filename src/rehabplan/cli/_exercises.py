"""``rehabplan exercises``: search the catalogue, or show one exercise."""

from __future__ import annotations

import argparse

from rehabplan.cli._options import command
from rehabplan.errors import ProgrammeError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: --help does without importing typing
if TYPE_CHECKING:
    from typing import IO, Any

    from rehabplan.catalogue import Catalogue, CatalogueEntry

__all__ = ["add_exercises"]


def _read_catalogue(path: str | None) -> Catalogue:
    from rehabplan.catalogue import default_catalogue, load_catalogue
    from rehabplan.files import read_data

    """The shipped catalogue, with a user's catalogue file (TOML, or .json) on top."""
    if path is None:
        return default_catalogue()
    data = read_data(path)
    try:
        return load_catalogue(data)
    except ProgrammeError as exc:
        where = f"{path}: {exc.where}" if exc.where else path
        raise ProgrammeError(exc.reason, where=where) from None


def add_exercises(sub: Any) -> None:
    p = command(
        sub,
        "exercises",
        help="search the exercise catalogue, or show one exercise",
        description="Search the exercise catalogue (best match first), or show one exercise "
        "with its numbered instructions.",
        run=_run_exercises,
    )
    p.add_argument("text", nargs="?", default="", help="words to search for (default: all)")
    p.add_argument("--category", help="only this category, such as 'stretch' or 'nerve glide'")
    p.add_argument("--region", help="only this body region, such as 'calf' or 'lumbar'")
    p.add_argument("--equipment", help="only exercises that use this, such as 'foam roller'")
    p.add_argument("--show", metavar="ID", help="show one exercise in full")
    p.add_argument("--catalogue", metavar="FILE", help="your catalogue file, added on top")
    p.add_argument("--json", action="store_true", help="print JSON catalogue entries")


def _show_exercise(entry: CatalogueEntry, out: IO[str]) -> None:
    e = entry.exercise
    print(f"{e.name} ({e.id})", file=out)
    print(f"{e.category}, {e.region}; equipment: {', '.join(e.equipment) or 'none'}", file=out)
    for number, step in enumerate(e.instructions, start=1):
        print(f"  {number}. {step}", file=out)
    if entry.dose or entry.when:
        usual = ", ".join(t for t in (entry.dose, entry.when) if t)
        print(f"Usual dose: {usual}", file=out)
    for caution in entry.cautions:
        print(f"Caution: {caution}", file=out)


def _run_exercises(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    import json

    catalogue = _read_catalogue(args.catalogue)
    if args.show is not None:
        entry = catalogue.entry(args.show)
        if args.json:
            print(json.dumps(entry.to_dict(), ensure_ascii=False, indent=2), file=out)
        else:
            _show_exercise(entry, out)
        return 0
    found = catalogue.search(
        args.text, category=args.category, region=args.region, equipment=args.equipment
    )
    if args.json:
        rows = [catalogue.entry(e.id).to_dict() for e in found]
        print(json.dumps(rows, ensure_ascii=False, indent=2), file=out)
        return 0
    width = max((len(e.id) for e in found), default=0)
    for e in found:
        print(f"{e.id:<{width}}  {e.name} ({e.category}, {e.region})", file=out)
    print(f"{len(found)} of {len(catalogue)} exercises", file=err)
    return 0
