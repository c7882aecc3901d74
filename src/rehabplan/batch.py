"""
Many programme files at once: per programme an .ics calendar and an HTML sheet.

A clinic regenerates every patient's calendar and sheet each night. `build_many` reads
each programme file, expands it once, writes its outputs atomically, and goes on to the
next file whatever went wrong with this one; the files are shared out to a pool of
processes. Nothing holds the whole batch in memory: each worker holds one programme.

Like `rehabplan.cli`, this module reads and writes files; the library below it does not.

>>> import pathlib, tempfile
>>> from rehabplan import examples
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "achilles.toml").write_text('''
... title = "Achilles loading"
... start = 2027-03-01
... timezone = "Europe/London"
... [[prescriptions]]
... exercise = "Eccentric heel drops"
... dose = "3 x 15"
... when = "twice daily for 12 weeks"
... ''')
>>> _ = (folder / "broken.json").write_text('{"title": "x"}')
>>> result = build_many(sorted(folder.glob("*.*")), folder / "out", workers=1)
>>> [o.name for o in result.built], [o.name for o in result.failed]
(['achilles'], ['broken'])
>>> print(result.failed[0].error.split(": ", 1)[1])
start: is missing (every programme needs title, start and timezone)

.. versionadded:: 0.1
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO

from attrs import frozen

from rehabplan.errors import ExportError, ProgrammeError, RehabplanError

__all__ = ["OUTPUTS", "BatchResult", "Outcome", "build_many", "programme_files"]

#: What `build_many` can write for each programme.
OUTPUTS: tuple[str, ...] = ("ics", "html")
_SUFFIXES = (".toml", ".json")


@frozen(kw_only=True)
class Outcome:
    """
    What became of one programme file: the files written, or the error.

    *error* always starts with the programme file's path, such as
    ``programmes/bad.json: timezone: unknown time zone 'Europe/Lodnon'``, whatever
    failed (reading, scheduling, writing, or the worker itself).

    .. versionadded:: 0.1
    """

    path: str
    name: str
    written: tuple[str, ...] = ()
    sessions: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when every output was written."""
        return self.error is None


@frozen(kw_only=True)
class BatchResult:
    """
    Every file's `Outcome`, in the order the files were given.

    .. versionadded:: 0.1
    """

    outcomes: tuple[Outcome, ...]

    @property
    def built(self) -> tuple[Outcome, ...]:
        """The programmes whose outputs were all written."""
        return tuple(o for o in self.outcomes if o.ok)

    @property
    def failed(self) -> tuple[Outcome, ...]:
        """The programmes that could not be built, each with its error."""
        return tuple(o for o in self.outcomes if not o.ok)

    def summary(self) -> str:
        """
        One line for people, such as ``built 998 of 1000 programmes (1996 files); 2 failed``.
        """
        files = sum(len(o.written) for o in self.outcomes)
        text = f"built {len(self.built)} of {len(self.outcomes)} programmes ({files} files)"
        return text + (f"; {len(self.failed)} failed" if self.failed else "")


def programme_files(folder: str | Path) -> list[Path]:
    """
    The programme files (.toml and .json) directly in *folder*, sorted by name.

    Raises:
        ProgrammeError: *folder* is not a folder.

    """
    path = Path(folder)
    if not path.is_dir():
        raise ProgrammeError("is not a folder of programme files", where=str(folder))
    return sorted(p for p in path.iterdir() if p.suffix.lower() in _SUFFIXES and p.is_file())


def _output_names(paths: Sequence[Path]) -> list[str]:
    """One output name per file, from its stem; a repeated stem gets its suffix too."""
    stems = [p.stem for p in paths]
    names = []
    for path, stem in zip(paths, stems, strict=True):
        name = stem if stems.count(stem) == 1 else f"{stem}-{path.suffix.lstrip('.').lower()}"
        names.append(name)
    return names


def _about(path: str, message: str) -> str:
    """*message* led by the programme file's path (a reading error already names it)."""
    return message if message.startswith(f"{path}: ") else f"{path}: {message}"


def _build_one(path: str, name: str, outdir: str, outputs: tuple[str, ...]) -> Outcome:
    """Build one programme; every error ends in the outcome, never in the caller."""
    from rehabplan.files import load, write_atomic
    from rehabplan.scheduling import expand

    written: list[str] = []
    sessions = 0
    error: str | None = None
    try:
        programme = load(path)
        schedule = expand(programme)
        sessions = len(schedule)
        if "ics" in outputs:
            from rehabplan.export.ical import to_ics

            target = str(Path(outdir, f"{name}.ics"))
            write_atomic(target, to_ics(schedule))
            written.append(target)
        if "html" in outputs:
            from rehabplan.export.sheet import render_sheet

            target = str(Path(outdir, f"{name}.html"))
            text = render_sheet(schedule, format="html")
            assert isinstance(text, str)
            write_atomic(target, text.encode("utf-8"))
            written.append(target)
    except RehabplanError as exc:
        error = _about(path, str(exc))
    except Exception as exc:  # one file's bug must not stop the batch
        error = _about(path, f"internal error, please report it: {type(exc).__name__}: {exc}")
    return Outcome(path=path, name=name, written=tuple(written), sessions=sessions, error=error)


def _bar(done: int, total: int, failed: int, stream: IO[str]) -> None:
    width = 30
    filled = width * done // max(total, 1)
    tail = f", {failed} failed" if failed else ""
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}{tail}")
    if done == total:
        stream.write("\n")
    stream.flush()


def build_many(
    paths: Iterable[str | Path],
    outdir: str | Path,
    *,
    workers: int | None = None,
    outputs: Sequence[str] | None = None,
    progress: bool | None = None,
    stream: IO[str] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> BatchResult:
    """
    Build an .ics calendar and an HTML sheet for each programme file, in parallel.

    Each file is read, expanded once and written to *outdir* as ``NAME.ics`` and
    ``NAME.html`` (NAME is the file's stem). A file that fails is reported in its
    `Outcome` and the batch goes on. *workers* processes share the files (default:
    one per core; 1 builds in this process). *outputs* is a subset of `OUTPUTS`;
    the default is both. A progress bar goes to *stream* (default stderr) when *progress* is
    true, or, by default, when *stream* is a terminal.

    Raises:
        ExportError: *outdir* cannot be made, or an unknown output is asked for.

    """
    files = [Path(p) for p in paths]
    wanted = tuple(outputs) if outputs is not None else OUTPUTS
    unknown = [o for o in wanted if o not in OUTPUTS]
    if unknown:
        raise ExportError(f"batch: unknown output {unknown[0]!r}; use {' or '.join(OUTPUTS)}")
    out = Path(outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ExportError(f"{outdir}: is a file, not a folder for the outputs") from None
    except OSError as exc:
        raise ExportError(f"{outdir}: cannot make the folder ({exc.strerror or exc})") from None
    stream = stream or sys.stderr
    show = progress if progress is not None else bool(getattr(stream, "isatty", bool)())
    names = _output_names(files)
    jobs = [(str(f), n, str(out), wanted) for f, n in zip(files, names, strict=True)]
    outcomes: list[Outcome | None] = [None] * len(jobs)
    failed = 0

    def record(index: int, outcome: Outcome) -> None:
        nonlocal failed
        outcomes[index] = outcome
        failed += 0 if outcome.ok else 1
        if on_outcome is not None:
            on_outcome(outcome)
        if show:
            _bar(sum(o is not None for o in outcomes), len(jobs), failed, stream)

    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or len(jobs) <= 1:
        for index, job in enumerate(jobs):
            record(index, _build_one(*job))
    else:
        # forkserver: workers start clean, not as copies of a caller's threads.
        context = multiprocessing.get_context("forkserver")
        # Import the exporters once in the server: each worker forks with them loaded.
        context.set_forkserver_preload(
            ["rehabplan.batch", "rehabplan.export.ical", "rehabplan.export.sheet"]
        )
        with concurrent.futures.ProcessPoolExecutor(
            max_workers=min(count, len(jobs)), mp_context=context
        ) as pool:
            futures = {pool.submit(_build_one, *job): i for i, job in enumerate(jobs)}
            for future in concurrent.futures.as_completed(futures):
                index = futures[future]
                try:
                    outcome = future.result()
                except Exception as exc:  # a worker died (killed, out of memory)
                    path, name = jobs[index][0], jobs[index][1]
                    outcome = Outcome(
                        path=path,
                        name=name,
                        error=_about(path, f"the worker building it failed: {exc!r}"),
                    )
                record(index, outcome)
    return BatchResult(outcomes=tuple(o for o in outcomes if o is not None))
