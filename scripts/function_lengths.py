"""Print the functions and methods of ``newsanalysis`` longer than a limit.

Run from the repository root::

    python scripts/function_lengths.py            # every def over 80 lines; exit 1 when there is one
    python scripts/function_lengths.py --max 60   # another limit
    python scripts/function_lengths.py --top 10   # also the ten longest, over the limit or not

A function's length is the span of its ``def``: ``end_lineno - lineno + 1``
as :mod:`ast` reports them, so its docstring, comments and blank lines inside
count, and the lines of its decorators (above the ``def``) do not. Nested
functions and methods are measured on their own, and their lines count in the
function that holds them too. The source is read with :mod:`ast`; nothing is
imported.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "newsanalysis"
LIMIT = 80


class Length(NamedTuple):
    """One function: its file (relative to the root), dotted name inside the module, first line and length."""

    path: str
    name: str
    line: int
    lines: int


def _defs(node: ast.AST, prefix: str, path: str, out: list[Length]) -> None:
    """Append to ``out`` every def under ``node``, named after the classes and functions that hold it."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
            name = prefix + child.name
            out.append(Length(path, name, child.lineno, child.end_lineno - child.lineno + 1))
            _defs(child, name + ".", path, out)
        elif isinstance(child, ast.ClassDef):
            _defs(child, prefix + child.name + ".", path, out)
        else:
            _defs(child, prefix, path, out)


def lengths(root: Path = ROOT) -> list[Length]:
    """The length of every function and method of the package, longest first."""
    out: list[Length] = []
    for path in sorted((root / PACKAGE).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        _defs(tree, "", path.relative_to(root).as_posix(), out)
    return sorted(out, key=lambda x: (-x.lines, x.path, x.line))


def over(limit: int = LIMIT, root: Path = ROOT) -> list[Length]:
    """The functions of the package longer than ``limit`` lines, longest first."""
    return [x for x in lengths(root) if x.lines > limit]


def main(argv: list[str] | None = None) -> int:
    """Print the functions over the limit; 1 when there is one, else 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=LIMIT, help=f"longest allowed, in lines (default {LIMIT})")
    parser.add_argument("--top", type=int, default=0, help="also print the N longest functions")
    args = parser.parse_args(argv)
    found = over(args.max)
    print(f"functions over {args.max} lines: {len(found)}")
    for x in found:
        print(f"  {x.lines:4d}  {x.path}:{x.line}  {x.name}")
    if args.top:
        print(f"the {args.top} longest:")
        for x in lengths()[: args.top]:
            print(f"  {x.lines:4d}  {x.path}:{x.line}  {x.name}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
