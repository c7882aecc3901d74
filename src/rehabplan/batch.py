"""
Many programmes at once: per programme an .ics calendar and an HTML sheet (or a FHIR Bundle).

A clinic regenerates every patient's calendar and sheet each night. Its unit of work
is `build_one`: one programme's text in, its files as bytes and a content hash out.
It touches no file system and pickles, so any `concurrent.futures.Executor` can run
it: a process or thread pool, loky, Dask's ``client.get_executor()``, Ray's or
mpi4py's. `build_many` reads the files, hands them out in chunks to the caller's
executor (or to its own process pool), writes each result atomically and goes on
to the next file whatever went wrong with this one. With a *manifest* it skips the
files whose content (and rehabplan's version) has not changed since the last run.
Nothing holds the whole batch in memory: a bounded number of chunks is in flight.

Like `rehabplan.cli`, `build_many` reads and writes files; `build_one` does not.

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
import hashlib
import itertools
import json
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Literal

import attrs
from attrs import frozen

from rehabplan._version import __version__
from rehabplan.errors import ExportError, ProgrammeError, RehabplanError
from rehabplan.model import Programme, Schedule, checked

__all__ = [
    "DEFAULT_OUTPUTS",
    "OUTPUTS",
    "BatchResult",
    "Outcome",
    "build_many",
    "build_one",
    "programme_files",
]

#: What a batch can write for each programme, and the file name ending of each.
OUTPUTS: tuple[str, ...] = ("ics", "html", "fhir")
_ENDINGS = {"ics": ".ics", "html": ".html", "fhir": ".fhir.json"}
#: What it writes unless told: a calendar and a sheet.
DEFAULT_OUTPUTS: tuple[str, ...] = ("ics", "html")
_SUFFIXES = (".toml", ".json")
_MANIFEST_VERSION = 1


@frozen(kw_only=True)
class Outcome:
    """
    What became of one programme: its files, or the error.

    `build_one` gives the *files* as (file name, bytes) pairs and the *digest* of its
    input; `build_many` writes them, lists the paths in *written* and drops the bytes.
    *skipped* is true when the input was unchanged since the manifest's run.

    *error* always starts with the programme file's path, such as
    ``programmes/bad.json: timezone: unknown time zone 'Europe/Lodnon'``, whatever
    failed (reading, scheduling, writing, or the worker itself).

    .. versionadded:: 0.1
    .. versionchanged:: 0.2 *files*, *digest* and *skipped*; *path* may be empty.
    """

    name: str
    path: str = ""
    written: tuple[str, ...] = ()
    sessions: int = 0
    error: str | None = None
    files: tuple[tuple[str, bytes], ...] = ()
    digest: str = ""
    skipped: bool = False

    @property
    def ok(self) -> bool:
        """True when every output was built."""
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

        Programmes skipped as unchanged are counted apart: ``built 3 of 1000 programmes
        (6 files), 997 unchanged``.
        """
        made = [o for o in self.built if not o.skipped]
        files = sum(len(o.written) for o in made)
        text = f"built {len(made)} of {len(self.outcomes)} programmes ({files} files)"
        unchanged = len(self.built) - len(made)
        text += f", {unchanged} unchanged" if unchanged else ""
        return text + (f"; {len(self.failed)} failed" if self.failed else "")


@checked()
def programme_files(folder: str | Path) -> list[Path]:
    """
    The programme files (.toml and .json) directly in *folder*, sorted by name.

    Raises:
        ProgrammeError: *folder* is not a folder.

    """
    if "\0" in str(folder):
        raise ProgrammeError(
            "a folder name cannot contain a NUL character", where=repr(str(folder))
        )
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


def _check_outputs(outputs: Sequence[str] | None) -> tuple[str, ...]:
    wanted = tuple(outputs) if outputs is not None else DEFAULT_OUTPUTS
    unknown = [o for o in wanted if o not in OUTPUTS]
    if unknown:
        raise ExportError(f"batch: unknown output {unknown[0]!r}; use {', '.join(OUTPUTS)}")
    return wanted


def _digest(source: Programme | str, outputs: tuple[str, ...], format: str) -> str:
    """A hash of everything the files depend on: the input, the outputs, the version."""
    from rehabplan.files import dumps

    text = dumps(source) if isinstance(source, Programme) else source
    key = json.dumps([__version__, outputs, format, text])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _render(output: str, schedule: Schedule) -> bytes:
    if output == "ics":
        from rehabplan.export.ical import to_ics

        return to_ics(schedule)
    if output == "fhir":
        from rehabplan.export.fhir import to_fhir

        return to_fhir(schedule)
    from rehabplan.export.sheet import render_sheet

    text = render_sheet(schedule, format="html")
    assert isinstance(text, str)
    return text.encode("utf-8")


@checked()
def build_one(
    source: Programme | str,
    *,
    name: str,
    outputs: Sequence[str] | None = None,
    format: Literal["toml", "json"] = "toml",
) -> Outcome:
    """
    Build one programme's files in memory: the unit of work of a batch.

    *source* is a `Programme` or the text of a programme file in *format*. The
    files are named *name* plus ``.ics``, ``.html`` or ``.fhir.json`` (*outputs*,
    default `DEFAULT_OUTPUTS`). Every error ends in the outcome, never in the
    caller, and nothing is read or written: the function and its `Outcome` pickle,
    so any executor can run it.

    Raises:
        ExportError: an unknown output is asked for.

    >>> from rehabplan import examples
    >>> outcome = build_one(examples.achilles(), name="achilles", outputs=["ics"])
    >>> [file for file, _ in outcome.files], outcome.sessions, len(outcome.digest)
    (['achilles.ics'], 168, 64)

    .. versionadded:: 0.2

    """
    wanted = _check_outputs(outputs)
    try:
        digest = _digest(source, wanted, format)
        from rehabplan.files import loads
        from rehabplan.scheduling import expand

        programme = source if isinstance(source, Programme) else loads(source, format=format)
        if programme.is_empty:
            raise ProgrammeError(
                "has nothing to schedule: add a prescription, an activity or an appointment"
            )
        schedule = expand(programme)
        files = tuple((name + _ENDINGS[o], _render(o, schedule)) for o in wanted)
    except RehabplanError as exc:
        return Outcome(name=name, error=str(exc))
    except Exception as exc:  # one programme's bug must not stop the batch
        return Outcome(
            name=name, error=f"internal error, please report it: {type(exc).__name__}: {exc}"
        )
    return Outcome(name=name, sessions=len(schedule), files=files, digest=digest)


_Job = tuple[str, str, Literal["toml", "json"], tuple[str, ...]]


def _build_chunk(jobs: list[_Job]) -> list[Outcome]:
    """Build a chunk of (text, name, format, outputs) jobs: what a worker is handed."""
    return [build_one(text, name=name, outputs=o, format=f) for text, name, f, o in jobs]


def _bar(done: int, total: int, failed: int, stream: IO[str]) -> None:
    width = 30
    filled = width * done // max(total, 1)
    tail = f", {failed} failed" if failed else ""
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}{tail}")
    if done == total:
        stream.write("\n")
    stream.flush()


def _read_manifest(path: Path) -> dict[str, str]:
    """The digest of each name built by the last run; empty when there was none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ExportError(f"{path}: cannot read the batch manifest ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != _MANIFEST_VERSION:
        raise ExportError(f"{path}: is not a rehabplan batch manifest (version 1)")
    digests = data.get("digests", {})
    return {k: v for k, v in digests.items() if isinstance(k, str) and isinstance(v, str)}


def _pool(count: int) -> concurrent.futures.Executor:
    # forkserver: workers start clean, not as copies of a caller's threads.
    context = multiprocessing.get_context("forkserver")
    # Import the exporters once in the server: each worker forks with them loaded.
    context.set_forkserver_preload(
        [
            "rehabplan.batch",
            "rehabplan.export.ical",
            "rehabplan.export.sheet",
            "rehabplan.export.fhir",
        ]
    )
    return concurrent.futures.ProcessPoolExecutor(max_workers=count, mp_context=context)


def _run(
    executor: concurrent.futures.Executor | None,
    chunks: Iterator[list[tuple[int, _Job]]],
    in_flight: int,
) -> Iterator[tuple[int, Outcome]]:
    """Each job's outcome as chunks complete, with at most *in_flight* chunks handed out."""
    if executor is None:
        for chunk in chunks:
            yield from zip((i for i, _ in chunk), _build_chunk([j for _, j in chunk]), strict=True)
        return
    waiting: dict[concurrent.futures.Future[list[Outcome]], list[tuple[int, _Job]]] = {}
    more = True
    while True:
        while more and len(waiting) < in_flight:
            chunk = next(chunks, [])
            if not chunk:
                more = False
            else:
                waiting[executor.submit(_build_chunk, [job for _, job in chunk])] = chunk
        if not waiting:
            return
        done, _ = concurrent.futures.wait(waiting, return_when=concurrent.futures.FIRST_COMPLETED)
        for future in done:
            part = waiting.pop(future)
            try:
                outcomes = future.result()
            except Exception as exc:  # a worker died (killed, out of memory)
                message = f"the worker building it failed: {exc!r}"
                outcomes = [Outcome(name=job[1], error=message) for _, job in part]
            yield from zip((i for i, _ in part), outcomes, strict=True)


def _chunks(jobs: Iterator[tuple[int, _Job]], size: int) -> Iterator[list[tuple[int, _Job]]]:
    while chunk := list(itertools.islice(jobs, size)):
        yield chunk


@checked()
def build_many(
    paths: Iterable[str | Path],
    outdir: str | Path,
    *,
    workers: int | None = None,
    outputs: Sequence[str] | None = None,
    progress: bool | None = None,
    stream: IO[str] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    executor: concurrent.futures.Executor | None = None,
    chunk_size: int | None = None,
    manifest: str | Path | None = None,
) -> BatchResult:
    """
    Build an .ics calendar and an HTML sheet for each programme file, in parallel.

    Each file is read here, built by `build_one` on a worker and written to *outdir*
    as ``NAME.ics`` and ``NAME.html`` (NAME is the file's stem; *outputs* is a subset
    of `OUTPUTS`, default `DEFAULT_OUTPUTS`). A file that fails is reported in its
    `Outcome` and the batch goes on.

    *executor* runs the work: any `concurrent.futures.Executor`, owned by the
    caller (it is not shut down). Without one, *workers* processes of our own share
    it (default: one per core; 1 builds in this process). Files go out in chunks of
    *chunk_size* (default: about four chunks per worker, at most 64 files each),
    with at most four chunks per worker in flight (*workers* says how many the
    caller's executor runs; default one per core here).

    With *manifest* (a JSON file, made when missing) a file is skipped when its
    content, the outputs and rehabplan's version are those of the manifest's last
    run and its files are still in *outdir*; the manifest is rewritten at the end.

    A progress bar goes to *stream* (default stderr) when *progress* is true, or,
    by default, when *stream* is a terminal.

    Raises:
        ExportError: *outdir* cannot be made, an unknown output is asked for, or
            the manifest is not one.

    .. versionchanged:: 0.2 *executor*, *chunk_size* and *manifest*.

    """
    from rehabplan.files import write_atomic

    try:
        files = [Path(p) for p in paths]
    except TypeError:  # not an iterable of file names: say so, not where it failed
        raise ExportError("paths: give the programme files' names (str or Path)") from None
    wanted = _check_outputs(outputs)
    for field, value in (("workers", workers), ("chunk_size", chunk_size)):
        if value is not None and (type(value) is not int or value < 1):
            raise ExportError(f"{field}: must be a whole number, 1 or more (got {value!r})")
    if "\0" in str(outdir):
        raise ExportError(f"{str(outdir)!r}: a folder name cannot contain a NUL character")
    out = Path(outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ExportError(f"{outdir}: is a file, not a folder for the outputs") from None
    except OSError as exc:
        raise ExportError(f"{outdir}: cannot make the folder ({exc.strerror or exc})") from None
    previous = _read_manifest(Path(manifest)) if manifest is not None else {}
    stream = stream or sys.stderr
    show = progress if progress is not None else bool(getattr(stream, "isatty", bool)())
    names = _output_names(files)
    outcomes: list[Outcome | None] = [None] * len(files)
    failed = 0

    def record(index: int, outcome: Outcome) -> None:
        nonlocal failed
        outcomes[index] = outcome
        failed += 0 if outcome.ok else 1
        if on_outcome is not None:
            on_outcome(outcome)
        if show:
            _bar(sum(o is not None for o in outcomes), len(files), failed, stream)

    def jobs() -> Iterator[tuple[int, _Job]]:
        for index, (path, name) in enumerate(zip(files, names, strict=True)):
            try:
                text = path.read_bytes().decode("utf-8")
            except OSError as exc:
                problem = f"cannot be read ({exc.strerror or exc})"
                record(index, Outcome(path=str(path), name=name, error=f"{path}: {problem}"))
                continue
            except UnicodeDecodeError as exc:
                problem = f"is not UTF-8 text (byte {exc.start + 1})"
                record(index, Outcome(path=str(path), name=name, error=f"{path}: {problem}"))
                continue
            form: Literal["toml", "json"] = "json" if path.suffix.lower() == ".json" else "toml"
            targets = [out / (name + _ENDINGS[o]) for o in wanted]
            digest = _digest(text, wanted, form) if manifest is not None else ""
            if digest and previous.get(name) == digest and all(t.is_file() for t in targets):
                written = tuple(str(t) for t in targets)
                record(
                    index,
                    Outcome(
                        path=str(path), name=name, written=written, digest=digest, skipped=True
                    ),
                )
                continue
            yield index, (text, name, form, wanted)

    count = workers if workers is not None else (os.cpu_count() or 1)
    size = chunk_size or max(1, min(64, len(files) // (4 * max(count, 1))))
    chunks = _chunks(jobs(), size)
    own = executor is None and count > 1 and len(files) > 1
    pool = _pool(min(count, len(files))) if own else executor
    try:
        for index, built in _run(pool, chunks, 4 * max(count, 1)):
            path = files[index]
            written: list[str] = []
            error = _about(str(path), built.error) if built.error else None
            try:
                for file, content in built.files:
                    write_atomic(out / file, content)
                    written.append(str(out / file))
            except ExportError as exc:
                error = _about(str(path), str(exc))
            record(
                index,
                attrs.evolve(built, path=str(path), written=tuple(written), files=(), error=error),
            )
    finally:
        if own and pool is not None:
            pool.shutdown()
    if manifest is not None:
        digests = dict(previous)
        for done_outcome in outcomes:
            if done_outcome is not None and done_outcome.ok:
                digests[done_outcome.name] = done_outcome.digest
            elif done_outcome is not None:
                digests.pop(done_outcome.name, None)
        record_of = {"version": _MANIFEST_VERSION, "digests": dict(sorted(digests.items()))}
        write_atomic(manifest, (json.dumps(record_of, indent=1) + "\n").encode("utf-8"))
    return BatchResult(outcomes=tuple(o for o in outcomes if o is not None))
