"""The import contract: db < serving < {labeling, training} < app, and no import cycles between modules.

A package imports only from itself and the packages below it; labeling and training share a layer and never
import each other. Imports are read from the source with `ast`, at module level and inside functions alike (a
lazy import is still a dependency). `from pkg import submodule` is an edge to the submodule, not to the
package's `__init__`, so a package that re-exports its submodules is not a cycle.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Each package's layer; a module may import from its own package or from a package on a lower layer.
LAYERS = {"db": 0, "serving": 1, "labeling": 2, "training": 2, "app": 3}


@dataclass(frozen=True)
class Edge:
    source: str  # importing module, dotted
    target: str  # imported module, dotted (a module of ours)
    path: str  # importing file, relative to the repository root
    line: int
    text: str  # the import statement as written

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}  ({self.source} -> {self.target})"


def module_files() -> dict[str, Path]:
    """Every module of the layered packages, by dotted name (`pkg/__init__.py` is `pkg`)."""
    modules = {}
    for package in LAYERS:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def _owner(name: str, modules: dict[str, Path]) -> str | None:
    """The longest prefix of dotted `name` that is one of our modules (None: not ours)."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in modules:
            return candidate
    return None


def imports(module: str, path: Path, modules: dict[str, Path]) -> list[Edge]:
    """The edges from `module` to our other modules, one per imported name that resolves to one."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    is_package = path.name == "__init__.py"
    edges = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".") if is_package else module.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # `from pkg import submodule` depends on the submodule; `from pkg.mod import name` on pkg.mod
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
        else:
            continue
        text = " ".join(line.strip() for line in lines[node.lineno - 1 : node.end_lineno])
        for name in dict.fromkeys(names):
            target = _owner(name, modules)
            if target is not None and target != module:
                edges.append(Edge(module, target, str(path.relative_to(ROOT)), node.lineno, text))
    return edges


def all_edges() -> list[Edge]:
    modules = module_files()
    return [edge for module, path in modules.items() for edge in imports(module, path, modules)]


def layer_violations(edges: list[Edge]) -> list[str]:
    """Each import from a package that is not below the importer (or the importer itself), explained."""
    found = []
    for edge in edges:
        mine, theirs = edge.source.split(".")[0], edge.target.split(".")[0]
        if mine != theirs and LAYERS[theirs] >= LAYERS[mine]:
            where = "beside" if LAYERS[theirs] == LAYERS[mine] else "above"
            found.append(f"{edge}: {mine} imports {theirs}, which is {where} it")
    return found


def cycles(edges: list[Edge]) -> list[tuple[list[str], list[Edge]]]:
    """Each strongly connected group of modules (Tarjan), with one cycle through it as its import edges."""
    graph: dict[str, dict[str, Edge]] = {}
    for edge in edges:
        graph.setdefault(edge.source, {}).setdefault(edge.target, edge)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, {}):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            connect(node)
    found = []
    for group in groups:
        start = min(group)
        # breadth-first within the group for the shortest way back to `start`
        came: dict[str, Edge] = {}
        frontier = [start]
        while frontier and start not in came:
            following = []
            for node in frontier:
                for nxt, edge in sorted(graph.get(node, {}).items()):
                    if nxt in group and nxt not in came:
                        came[nxt] = edge
                        following.append(nxt)
            frontier = following
        path, node = [], start
        while True:
            edge = came[node]
            path.append(edge)
            node = edge.source
            if node == start:
                break
        found.append((sorted(group), path[::-1]))
    return found


def test_the_reader_sees_lazy_imports_and_submodules() -> None:
    """The checker itself: a function-level import counts, and `from pkg import mod` names the module."""
    edges = {(e.source, e.target) for e in all_edges()}
    assert ("app.commands.training", "training.sft") in edges  # imported inside a command function
    assert ("training.cockpit", "training.registry") in edges  # `from training import registry`
    assert ("db", "db.contract") in edges and ("db.contract", "db") not in edges


def test_packages_import_only_from_the_layers_below() -> None:
    found = layer_violations(all_edges())
    assert not found, "imports against the layers (db < serving < labeling, training < app):\n" + "\n".join(found)


def test_no_import_cycles_between_modules() -> None:
    found = cycles(all_edges())
    report = "\n\n".join(
        f"cycle among {', '.join(group)}:\n" + "\n".join(f"  {edge}" for edge in cycle) for group, cycle in found
    )
    assert not found, f"import cycles between modules:\n{report}"
