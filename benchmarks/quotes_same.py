"""Check that two versions of the code give the same quotes tables, row for row.

Run from the repository root::

    python -m benchmarks.quotes_same --ref main [--polnear DIR] [--articles DIR] [--new-columns]

The package at git revision ``--ref`` (extracted with ``git archive`` into a
temporary folder) and the package of this working tree each compute
:func:`newsanalysis.quotes` of every PolNeAR dev and train text and of every
bundled article under ``data/articles``, each in its own process; the tables
are compared with :func:`pandas.testing.assert_frame_equal`. Prints the number
of texts compared and the first differences; exits 1 when any table differs.
Meant for refactorings that must not change a result. ``--new-columns``
compares only the columns the reference has (for a change that adds a column
and must leave the others as they were).
"""

from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
              ROOT.parent / "shared")


def _inputs(polnear: Path, articles: Path) -> list[tuple[str, str]]:
    """``(name, kind)`` of every input: ``polnear:<file>:<line>`` texts and article paths."""
    out = []
    for part in ("dev", "train"):
        path = polnear / f"{part}.jsonl"
        if path.exists():
            with open(path, encoding="utf-8") as fh:
                for i, line in enumerate(fh):
                    if line.strip():
                        out.append((f"polnear:{path}:{i}", "text"))
    if articles.is_dir():
        out.extend((str(p), "article") for p in sorted(articles.iterdir()) if p.suffix in (".txt", ".md", ".html"))
    return out


def _dump(code: Path, inputs: list[tuple[str, str]], out: Path) -> None:
    """Compute the quotes table of each input with the package under ``code``; pickle them to ``out``."""
    sys.path.insert(0, str(code))
    import newsanalysis as na

    if not Path(na.__file__).resolve().is_relative_to(code.resolve()):
        raise SystemExit(f"imported {na.__file__}, not the code under {code}")
    lines: dict[str, list[str]] = {}
    tables = []
    for name, kind in inputs:
        if kind == "text":
            _, path, i = name.split(":")
            if path not in lines:
                lines[path] = Path(path).read_text(encoding="utf-8").splitlines()
            tables.append(na.quotes(json.loads(lines[path][int(i)])["text"]))
        else:
            tables.append(na.quotes(na.read_article(name)))
    with open(out, "wb") as fh:
        pickle.dump(tables, fh)


def _run(code: Path, inputs: list[tuple[str, str]], tmp: Path, tag: str) -> list:
    spec, out = tmp / f"{tag}-inputs.json", tmp / f"{tag}.pkl"
    spec.write_text(json.dumps(inputs), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "benchmarks.quotes_same", "--dump", str(out), "--code", str(code),
         "--inputs", str(spec)],
        check=True, cwd=ROOT,
    )
    with open(out, "rb") as fh:
        return pickle.load(fh)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quotes_same", description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="main", help="git revision of the reference code (default main)")
    parser.add_argument("--polnear", type=Path, default=SHARED / "bench" / "polnear")
    parser.add_argument("--articles", type=Path, default=ROOT / "data" / "articles")
    parser.add_argument("--new-columns", action="store_true",
                        help="compare only the reference's columns (a change that adds columns)")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--code", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--inputs", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.dump:
        _dump(args.code, [tuple(x) for x in json.loads(args.inputs.read_text(encoding="utf-8"))], args.dump)
        return 0

    import pandas.testing as pdt

    inputs = _inputs(args.polnear, args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ref = tmp / "ref"
        ref.mkdir()
        archive = subprocess.run(["git", "archive", args.ref, "newsanalysis"], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(ref)], input=archive, check=True)
        old = _run(ref, inputs, tmp, "ref")
        new = _run(ROOT, inputs, tmp, "new")
    bad = 0
    rows = 0
    for (name, _), a, b in zip(inputs, old, new):
        rows += len(b)
        if args.new_columns:
            b = b[[c for c in b.columns if c in a.columns]]
        try:
            pdt.assert_frame_equal(a, b)
        except AssertionError as exc:
            bad += 1
            if bad <= 5:
                print(f"DIFFERENT: {name}\n{exc}\n")
    print(f"{len(inputs)} texts, {rows} quote rows: {len(inputs) - bad} identical, {bad} different "
          f"(reference {args.ref}, against this working tree)")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
