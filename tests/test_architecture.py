"""The house as docs/architecture.md draws it: every part placed in a layer, no import cycles, and
modules small enough to read (the ones still too long are listed, so the list can only shrink)."""

from __future__ import annotations

import tomllib

import grimp

from tests.conftest import REPO

PACKAGE = REPO / "poe_reviewer"
#: Modules outside the workbench still over the size limit, with their line counts when listed:
#: each is to be split; the test fails if one grows past its count or shrinks under the limit
#: (then take it off the list).
LIMIT = 600
TOO_LONG: dict[str, int] = {}


def _layers() -> list[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layered = next(c for c in contracts if c["type"] == "layers")
    return [part.strip() for layer in layered["layers"] for part in layer.split("|")]


def test_every_part_of_the_package_is_placed_in_a_layer() -> None:
    parts = {f"poe_reviewer.{p.stem}" for p in PACKAGE.glob("*.py") if p.name != "__init__.py"}
    parts |= {f"poe_reviewer.{p.name}" for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    placed = set(_layers())
    assert sorted(parts - placed) == []
    assert sorted(placed - parts) == []


def test_no_module_imports_itself_round_a_circle() -> None:
    graph = grimp.build_graph("poe_reviewer")
    modules = sorted(graph.modules)
    edges = {m: {i for i in graph.find_modules_directly_imported_by(m) if i in graph.modules} for m in modules}
    # Tarjan's strongly connected components: any component of more than one module is a cycle
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(m: str) -> None:
        index[m] = low[m] = len(index)
        stack.append(m)
        on_stack.add(m)
        for n in edges[m]:
            if n not in index:
                visit(n)
                low[m] = min(low[m], low[n])
            elif n in on_stack:
                low[m] = min(low[m], index[n])
        if low[m] == index[m]:
            component = []
            while True:
                n = stack.pop()
                on_stack.discard(n)
                component.append(n)
                if n == m:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for m in modules:
        if m not in index:
            visit(m)
    # a package importing its own submodules (re-exports in __init__) is not a circle of parts
    real = [c for c in cycles if not all(x.startswith(min(c, key=len) + ".") or x == min(c, key=len) for x in c)]
    assert real == []


def test_modules_outside_the_workbench_stay_readable() -> None:
    sizes = {
        str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines())
        for p in PACKAGE.rglob("*.py")
        if "ui" not in p.relative_to(PACKAGE).parts and "migrations" not in p.relative_to(PACKAGE).parts
    }
    too_long = {name: n for name, n in sizes.items() if n > LIMIT}
    unlisted = sorted(name for name in too_long if name not in TOO_LONG)
    assert unlisted == [], f"over {LIMIT} lines: split them"
    grown = sorted(name for name, n in too_long.items() if n > TOO_LONG[name])
    assert grown == [], "a listed module grew: split it instead"
    done = sorted(name for name in TOO_LONG if sizes.get(name, 0) <= LIMIT)
    assert done == [], "under the limit now: take it off TOO_LONG"
