"""Batches on any executor: the pure unit of work, chunks, a manifest, and Dask."""

from __future__ import annotations

import concurrent.futures
import io
import json
import multiprocessing
import pickle
from pathlib import Path

import pytest

from rehabplan import examples
from rehabplan.batch import OUTPUTS, build_many, build_one, programme_files
from rehabplan.errors import ExportError
from rehabplan.files import dumps


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The example programmes, in TOML and JSON, and one broken file."""
    d = tmp_path / "in"
    d.mkdir()
    for name in ("achilles", "home_exercises", "calf_runner", "sciatic_runner"):
        programme = getattr(examples, name)()
        (d / f"{name}.toml").write_text(dumps(programme), encoding="utf-8")
        (d / f"{name}-j.json").write_text(dumps(programme, format="json"), encoding="utf-8")
    (d / "broken.toml").write_text("title = ", encoding="utf-8")
    return d


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_build_one_is_pure_and_pickles(tmp_path: Path) -> None:
    """build_one gives the files as bytes and a digest, writes nothing, and its outcome pickles."""
    text = dumps(examples.achilles())
    outcome = build_one(text, name="plan", outputs=OUTPUTS)
    assert [name for name, _ in outcome.files] == ["plan.ics", "plan.html", "plan.fhir.json"]
    assert outcome.files[0][1].startswith(b"BEGIN:VCALENDAR")
    assert json.loads(outcome.files[2][1])["resourceType"] == "Bundle"
    assert pickle.loads(pickle.dumps(outcome)) == outcome
    assert pickle.loads(pickle.dumps(build_one)) is build_one
    assert build_one(text, name="plan", outputs=OUTPUTS) == outcome
    assert build_one(examples.achilles(), name="plan", outputs=OUTPUTS).files == outcome.files
    assert list(tmp_path.iterdir()) == []


def test_build_one_reports_errors_in_the_outcome() -> None:
    """A bad programme is an outcome with its error, never an exception; a bad output is refused."""
    outcome = build_one("title = ", name="bad")
    assert outcome.error is not None
    assert "not valid TOML" in outcome.error
    assert outcome.files == ()
    with pytest.raises(ExportError, match="unknown output 'pdf'"):
        build_one("", name="x", outputs=["pdf"])


def test_caller_owned_executors_give_the_same_bytes(folder: Path, tmp_path: Path) -> None:
    """A thread pool and a spawned process pool, in chunks of 2, write the default pool's bytes."""
    files = programme_files(folder)
    build_many(files, tmp_path / "default", workers=2)
    with concurrent.futures.ThreadPoolExecutor(2) as threads:
        build_many(files, tmp_path / "threads", executor=threads, chunk_size=2)
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=context) as processes:
        result = build_many(files, tmp_path / "spawn", executor=processes, chunk_size=3)
        assert processes.submit(sum, [1, 2]).result() == 3  # still the caller's to use
    assert [o.name for o in result.failed] == ["broken"]
    expected = _tree(tmp_path / "default")
    assert len(expected) == 16
    assert _tree(tmp_path / "threads") == expected
    assert _tree(tmp_path / "spawn") == expected


def test_dask_gives_the_same_bytes(folder: Path, tmp_path: Path) -> None:
    """A batch on a Dask LocalCluster writes byte for byte what the default pool writes."""
    distributed = pytest.importorskip("distributed")
    files = programme_files(folder)
    build_many(files, tmp_path / "default", workers=2)
    with (
        distributed.LocalCluster(
            # (a free port: the default 8787 may be taken by another cluster on the machine)
            n_workers=2,
            threads_per_worker=1,
            processes=False,
            dashboard_address=":0",
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        result = build_many(files, tmp_path / "dask", executor=client.get_executor(), chunk_size=2)
    assert [o.name for o in result.failed] == ["broken"]
    assert _tree(tmp_path / "dask") == _tree(tmp_path / "default")


def test_manifest_skips_unchanged_inputs(folder: Path, tmp_path: Path) -> None:
    """With a manifest, a second run builds only the changed file; a missing output is rebuilt."""
    files = programme_files(folder)
    out, manifest = tmp_path / "out", tmp_path / "manifest.json"
    first = build_many(files, out, workers=1, manifest=manifest)
    assert not any(o.skipped for o in first.outcomes)
    (folder / "achilles.toml").write_text(
        dumps(examples.achilles(start=examples.achilles().start.replace(day=2))), encoding="utf-8"
    )
    (out / "sciatic_runner.html").unlink()
    second = build_many(files, out, workers=1, manifest=manifest)
    built = sorted(o.name for o in second.outcomes if not o.skipped)
    assert built == ["achilles", "broken", "sciatic_runner"]
    assert all(o.written for o in second.built)
    assert set(json.loads(manifest.read_text())["digests"]) == {o.name for o in second.built}


def test_a_manifest_that_is_not_one(folder: Path, tmp_path: Path) -> None:
    """A manifest file of another shape is an ExportError, not a silent rebuild."""
    manifest = tmp_path / "manifest.json"
    manifest.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ExportError, match="not a rehabplan batch manifest"):
        build_many(programme_files(folder), tmp_path / "out", manifest=manifest)


def test_cli_batch_fhir_and_manifest(folder: Path, tmp_path: Path) -> None:
    """``--only fhir`` writes Bundles; ``--manifest`` skips them all on a second run."""
    from rehabplan.cli import main

    argv = ["batch", str(folder), "-o", str(tmp_path / "out"), "--workers", "1", "--only", "fhir"]
    argv += ["--manifest", str(tmp_path / "manifest.json")]
    err = io.StringIO()
    assert main(argv, err=err) == 2  # the broken file
    assert (tmp_path / "out" / "achilles.fhir.json").exists()
    err = io.StringIO()
    assert main(argv, err=err) == 2
    assert (
        err.getvalue()
        .splitlines()[-1]
        .startswith("built 0 of 9 programmes (0 files), 8 unchanged; 1 failed")
    )


def test_unreadable_files_are_outcomes(tmp_path: Path) -> None:
    """A file that is not UTF-8 or cannot be read fails on its own, its error led by its path."""
    bad = tmp_path / "latin.toml"
    bad.write_bytes(b'title = "caf\xe9"\n')
    missing = tmp_path / "gone.toml"
    result = build_many([bad, missing], tmp_path / "out", workers=1)
    assert [o.error for o in result.failed] == [
        f"{bad}: is not UTF-8 text (byte 13)",
        f"{missing}: cannot be read (No such file or directory)",
    ]
