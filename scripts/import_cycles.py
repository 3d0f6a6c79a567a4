"""Print the import cycles among the modules of ``newsanalysis``.

Run from the repository root::

    python scripts/import_cycles.py            # cycles of module-level imports; exit 1 when there is one
    python scripts/import_cycles.py --all      # also imports inside functions (the cycles they hide)
    python scripts/import_cycles.py --edges    # and list the inner imports of the package's own modules
    python scripts/import_cycles.py --layers   # and each module's layer (0: imports none of the package)

Reads the source with :mod:`ast` (nothing is imported). An edge ``a -> b``
is an import in ``a`` of ``b``, a module of the package (``from . import
schema``, ``from .tables import statements``, ``import newsanalysis.load``);
importing a package's submodule counts as importing that submodule only, not
the package's ``__init__`` (``newsanalysis/__init__.py`` imports its names
lazily). Imports under ``if TYPE_CHECKING:`` are left out: they never run.
A cycle is printed as the modules of one strongly connected component of the
graph, with one shortest cycle through them.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "newsanalysis"


def modules(root: Path = ROOT) -> dict[str, Path]:
    """Dotted name -> path of every module of the package."""
    out = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    name = test.id if isinstance(test, ast.Name) else test.attr if isinstance(test, ast.Attribute) else ""
    return name.lstrip("_") in ("TYPE_CHECKING",)


def _imports(tree: ast.Module) -> list[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement of a module, with whether it runs at import time (not inside a function)."""
    out = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for sub in child.orelse:
                    visit(ast.Module(body=[sub], type_ignores=[]), top)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                out.append((child, top))
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                visit(child, False)
            else:
                visit(child, top)

    visit(tree, True)
    return out


def _targets(name: str, node: ast.Import | ast.ImportFrom, known: dict[str, Path]) -> list[str]:
    """The package's modules an import statement in module ``name`` imports."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name in known]
    if node.level:
        base = name.split(".")
        if not known[name].name == "__init__.py":
            base = base[:-1]
        base = base[: len(base) - (node.level - 1)]
        mod = ".".join([*base, node.module] if node.module else base)
    else:
        mod = node.module or ""
    out = []
    for a in node.names:
        sub = f"{mod}.{a.name}"
        if sub in known:
            out.append(sub)  # "from . import schema": the submodule
        elif mod in known:
            out.append(mod)
    return out


def graph(include_inner: bool = False, root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the package modules it imports (at module level; with ``include_inner`` also in functions)."""
    known = modules(root)
    edges: dict[str, set[str]] = {m: set() for m in known}
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node, top in _imports(tree):
            if top or include_inner:
                edges[name].update(t for t in _targets(name, node, known) if t != name)
    return edges


def inner_imports(root: Path = ROOT) -> list[tuple[str, int, str]]:
    """``(module, line, imported module)`` of every import of a package module inside a function."""
    known = modules(root)
    out = []
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node, top in _imports(tree):
            if not top:
                out.extend((name, node.lineno, t) for t in dict.fromkeys(_targets(name, node, known)) if t != name)
    return out


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted, in sorted order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def strong(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10_000)
    for v in sorted(edges):
        if v not in index:
            strong(v)
    return sorted(out)


def shortest_cycle(comp: list[str], edges: dict[str, set[str]]) -> list[str]:
    """One shortest cycle through the first module of ``comp`` within it (breadth first)."""
    start, inside = comp[0], set(comp)
    paths = {start: [start]}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(edges[v] & inside):
            if w == start:
                return [*paths[v], start]
            if w not in paths:
                paths[w] = [*paths[v], w]
                queue.append(w)
    return comp


def layers(edges: dict[str, set[str]]) -> dict[str, int]:
    """Each module's layer in an acyclic graph: 0 for a module importing none of the package, else one more
    than the highest layer it imports (modules in a cycle are left out)."""
    out: dict[str, int] = {}
    cyclic = {m for comp in cycles(edges) for m in comp}

    def depth(m: str) -> int:
        if m not in out:
            out[m] = 1 + max((depth(t) for t in edges[m] if t not in cyclic), default=-1)
        return out[m]

    for m in sorted(edges):
        if m not in cyclic:
            depth(m)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/import_cycles.py", description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="also count imports inside functions")
    parser.add_argument("--edges", action="store_true", help="list the imports of package modules inside functions")
    parser.add_argument("--layers", action="store_true", help="print each module's layer (module-level imports)")
    args = parser.parse_args(argv)
    found = 0
    for label, inner in (("module-level imports", False), ("with imports inside functions", True)):
        if inner and not args.all:
            continue
        edges = graph(include_inner=inner)
        comps = cycles(edges)
        print(f"{label}: {len(comps)} cycle(s)")
        for comp in comps:
            print(f"  {len(comp)} modules: {', '.join(comp)}")
            print(f"    e.g. {' -> '.join(shortest_cycle(comp, edges))}")
        if not inner:
            found = len(comps)
    if args.layers:
        by_layer: dict[int, list[str]] = {}
        for m, d in layers(graph()).items():
            by_layer.setdefault(d, []).append(m.removeprefix(f"{PACKAGE}."))
        for d in sorted(by_layer):
            print(f"layer {d}: {', '.join(sorted(by_layer[d]))}")
    if args.edges:
        print("imports of package modules inside functions:")
        for name, line, target in inner_imports():
            print(f"  {name}:{line} -> {target}")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
