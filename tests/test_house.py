"""
The shape of the package: one folder per stage, imports that point one way, no private
names taken across modules, and modules small enough to read.

The rules are those of docs/explanation/architecture.md; this test walks the imports of
every module in ``src/rehabplan`` (module level and inside functions alike).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from tests.helpers import ROOT

SRC = ROOT / "src"
PACKAGE = SRC / "rehabplan"

#: The stages in data-flow order: a module may import from a lower rank or its own stage.
RANKS = {
    "_version": 0,  # the version, written once: the ground, like the errors
    "_lazy": 0,  # the faces' first-use imports
    "_regex": 0,  # patterns compiled on first use
    "errors": 0,
    "model": 1,
    "phrases": 2,
    "scheduling": 2,
    "catalogue": 2,
    "export": 3,
    "files": 3,
    "protocols": 3,
    "examples": 4,
    "batch": 4,
    "cli": 5,
    "__main__": 6,
}
STAGE_FOLDERS = ("model", "phrases", "scheduling", "export", "files", "catalogue")
#: Modules that are data tables rather than logic may be longer.
DATA_TABLES = ("rehabplan.phrases._lexicon",)
#: Modules still to be split; each must really be long, so the list only shrinks.
TO_SPLIT: set[str] = set()
MAX_LINES = 500


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(SRC).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


MODULES = _modules()


def _imports(name: str) -> list[tuple[str, str]]:
    """Every (module, imported name) that *name* takes from the package."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = node.module or ""
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            if target.startswith("rehabplan"):
                found.extend((target, alias.name) for alias in node.names)
        elif isinstance(node, ast.Import):
            found.extend(
                (alias.name, "") for alias in node.names if alias.name.startswith("rehabplan")
            )
    return found


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _edges() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for name in MODULES:
        for target, imported in _imports(name):
            full = f"{target}.{imported}"
            edges.setdefault(name, set()).add(full if full in MODULES else target)
    return edges


def test_each_stage_is_a_folder() -> None:
    """model, phrases, scheduling, export, files and catalogue are packages."""
    for folder in STAGE_FOLDERS:
        assert (PACKAGE / folder / "__init__.py").is_file(), folder


def test_no_private_name_is_imported_from_another_module() -> None:
    """What two modules share is a public name; a package's face may re-export its own modules."""
    offences = []
    for name, path in MODULES.items():
        for target, imported in _imports(name):
            if f"{target}.{imported}" in MODULES or target == name:
                continue
            own_child = path.name == "__init__.py" and target.startswith(name + ".")
            if imported.startswith("_") and not imported.startswith("__") and not own_child:
                offences.append(f"{name} <- {target}.{imported}")
    assert offences == []


def test_other_stages_are_reached_through_their_package() -> None:
    """A module outside a stage imports its public face, never one of its private modules."""
    offences = []
    for name in MODULES:
        for target, imported in _imports(name):
            full = f"{target}.{imported}" if f"{target}.{imported}" in MODULES else target
            private = [p for p in full.split(".")[1:] if p.startswith("_")]
            if (
                private
                and _stage(full) not in (_stage(name), "_version", "_lazy", "_regex")
                and name != "rehabplan"
            ):
                offences.append(f"{name} <- {full}")
    assert offences == []


def test_imports_point_one_way() -> None:
    """errors <- model <- phrases, scheduling, catalogue <- export, files, protocols <- batch <- cli."""
    offences = []
    for name, targets in _edges().items():
        if name == "rehabplan":
            continue  # the package face re-exports every stage
        for target in targets:
            here, there = _stage(name), _stage(target)
            if here == there:
                continue
            if there == "" or RANKS[there] >= RANKS[here]:  # "": the package face, the top
                offences.append(f"{name} -> {target}")
    assert offences == []


def test_no_import_cycle() -> None:
    """No module reaches itself through its imports (a package's face re-exporting is not a loop)."""
    edges = _edges()
    cycles = []

    def visit(node: str, stack: list[str]) -> None:
        for nxt in sorted(edges.get(node, ())):
            if MODULES[node].name == "__init__.py" and nxt.startswith(node + "."):
                continue
            if nxt in stack:
                loop = [*stack[stack.index(nxt) :], nxt]
                if not any(MODULES[m].name == "__init__.py" for m in loop):
                    cycles.append(" -> ".join(loop))
                continue
            if len(stack) < 40:
                visit(nxt, [*stack, nxt])

    for module in sorted(MODULES):
        visit(module, [module])
    assert cycles == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_are_small(module: str) -> None:
    """A module over 500 lines is split (data tables aside)."""
    if module in DATA_TABLES:
        return
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    if module in TO_SPLIT:
        assert lines > MAX_LINES, f"{module} is short now: take it off TO_SPLIT"
        return
    assert lines <= MAX_LINES, f"{module} has {lines} lines"
