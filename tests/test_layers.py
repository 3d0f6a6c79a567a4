"""The package's modules import in layers: no cycle, and the low modules import nothing of the pipeline."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "import_cycles.py"


def _script():
    spec = importlib.util.spec_from_file_location("import_cycles", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_import_cycle_even_counting_imports_inside_functions():
    ic = _script()
    assert ic.cycles(ic.graph()) == []
    assert ic.cycles(ic.graph(include_inner=True)) == []


def test_the_cycle_finder_finds_a_cycle():  # the check itself can fail
    ic = _script()
    assert ic.cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_folder_protocol_and_the_statements_import_nothing_of_the_pipeline():
    edges = _script().graph(include_inner=True)
    assert edges["newsanalysis.outfolder"] <= {"newsanalysis", "newsanalysis.errors"}
    assert edges["newsanalysis.speech"] <= {"newsanalysis.schema"}


def test_the_command_says_so():
    out = subprocess.run([sys.executable, str(SCRIPT), "--all"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0
    assert out.stdout.splitlines()[:2] == ["module-level imports: 0 cycle(s)", "with imports inside functions: 0 cycle(s)"]


def _listed_order() -> list[str]:
    import re

    import newsanalysis

    return re.findall(r"``(\w+)``", newsanalysis.__doc__.split("Modules, in the pipeline's order", 1)[1])


def test_the_package_docstring_lists_every_module_once():
    listed = _listed_order()
    package = ROOT / "newsanalysis"
    present = {p.stem for p in package.glob("*.py") if p.stem != "__init__"}
    present |= {p.parent.name for p in package.glob("*/__init__.py")}
    names = [n for n in listed if n in present]
    assert len(names) == len(set(names))
    assert set(names) == present


def test_the_docstring_order_is_the_import_order():
    ic = _script()
    position = {name: i for i, name in enumerate(n for n in _listed_order())}

    def top(module: str) -> str | None:
        parts = module.split(".")
        return parts[1] if len(parts) > 1 else None

    late = []
    for module, imported in ic.graph(include_inner=True).items():
        a = top(module)
        if a is None or a not in position:
            continue
        for b in filter(None, map(top, imported)):
            if b != a and b in position and position[b] > position[a]:
                late.append((a, b))
    assert late == []


LENGTHS = ROOT / "scripts" / "function_lengths.py"


def _lengths():
    spec = importlib.util.spec_from_file_location("function_lengths", LENGTHS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_function_in_the_package_over_80_lines():
    assert _lengths().over(80) == []


def test_the_length_check_measures_the_span_of_each_def(tmp_path):  # the check itself can fail
    package = tmp_path / "newsanalysis"
    package.mkdir()
    body = "\n".join(f"    x{i} = {i}" for i in range(85))
    (package / "m.py").write_text(f'def long():\n    """Doc."""\n{body}\n\n\nclass C:\n    @property\n    def short(self):\n        return 1\n')
    found = _lengths().over(80, root=tmp_path)
    assert [(x.path, x.name, x.line, x.lines) for x in found] == [("newsanalysis/m.py", "long", 1, 87)]
    assert [x.name for x in _lengths().lengths(tmp_path)] == ["long", "C.short"]
