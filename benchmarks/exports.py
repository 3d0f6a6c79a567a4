"""News-database exports: the real sample layouts read right, and exports read in time linear in their size.

Run from the repository root (needs the ``formats`` extra)::

    python -m benchmarks.exports                                   # ../shared/bench/news-exports
    python -m benchmarks.exports path/to/news-exports --sizes 50 100 250 500

Part 1 reads the samples of ``news-exports/`` (Nexis Uni DOCX, LexisNexis TXT, a one-line DOCX) and prints one
row an article: id, title, outlet, date, byline, section, stated length, body length, and the count against the
README's. Part 2 writes exports of N articles of our own (tests/export_fixtures.py) in the Nexis Uni DOCX,
LexisNexis TXT, Factiva RTF (both formats) and ProQuest TXT layouts, reads each (split into articles, no analysis) and prints the time per
article against the smallest size of the same run: a ratio near 1.0 at every size is linear. The last column
times ``na.analyze`` of the largest export, for scale.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

SAMPLES = {"lexisnexis-sample.TXT": 10, "nexis-uni-sample.DOCX": 10, "nexis-uni-test.DOCX": 1}


def _samples(folder: Path) -> bool:
    from newsanalysis.load import Article, iter_inputs

    ok = True
    for name, expected in SAMPLES.items():
        path = folder / name
        if not path.exists():
            print(f"{name}: missing")
            ok = False
            continue
        items = list(iter_inputs(path))
        arts = [i for i in items if isinstance(i, Article)]
        print(f"\n{name}: {len(arts)} articles, {len(items) - len(arts)} errors (expected {expected} articles)")
        print("| id | title | outlet | date | byline | section | length | body chars |")
        print("|---|---|---|---|---|---|---|---|")
        for a in arts:
            m = a.meta
            title = (a.title or "")[:45]
            print(f"| {a.id} | {title} | {a.source} | {a.date} | {m.get('byline')} | {m.get('section')} | "
                  f"{m.get('length_words')} | {len(a.text):,} |")
        for i in items:
            if not isinstance(i, Article):
                print(f"| {i.article_id} | error: {i.error} |")
        ok &= len(arts) == expected
    from newsanalysis.corpus import _iter_items

    flagged = [(a.id, a.meta["duplicate_of"]) for a in _iter_items(folder)
               if isinstance(a, Article) and a.meta.get("duplicate_of")]
    print(f"\nthe folder as one run: {len(flagged)} flagged as duplicate_of another: {flagged}")
    return ok


def _stories(n: int):
    import export_fixtures as fx

    base = fx.STORIES
    return [dataclasses.replace(base[i % len(base)], title=f"{base[i % len(base)].title} (part {i + 1})")
            for i in range(n)]


def _time_read(path: Path, repeat: int) -> tuple[float, int]:
    from newsanalysis.load import Article, iter_inputs

    best = float("inf")
    count = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = sum(isinstance(i, Article) for i in iter_inputs(path))
        best = min(best, time.perf_counter() - t0)
    return best, count


def _scaling(sizes: list[int], repeat: int) -> None:
    import export_fixtures as fx

    import newsanalysis as na

    layouts = {
        "Nexis Uni DOCX": ("docx", lambda s: fx.nexis_uni_docx(s)),
        "LexisNexis TXT": ("txt", lambda s: fx.lexisnexis_txt(s)),
        "Factiva RTF": ("rtf", lambda s: fx.factiva_rtf(s)),
        "Factiva article RTF": ("rtf", lambda s: fx.factiva_article_rtf(s)),
        "ProQuest TXT": ("txt", lambda s: fx.proquest_txt(s)),
    }
    print("\n| layout | articles | file | read s | articles/s | s per article vs smallest | analyze s |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (suffix, make) in layouts.items():
            base = None
            for n in sizes:
                path = Path(tmp) / f"export-{n}.{suffix}"
                path.write_bytes(make(_stories(n)))
                seconds, count = _time_read(path, repeat)
                assert count == n, (name, n, count)
                per = seconds / n
                base = base or per
                analyzed = ""
                if n == max(sizes):
                    t0 = time.perf_counter()
                    r = na.analyze(path, progress=False)
                    analyzed = f"{time.perf_counter() - t0:.1f} ({len(r.articles)} articles, {len(r.errors)} errors)"
                print(f"| {name} | {n} | {path.stat().st_size / 1e6:.2f} MB | {seconds:.3f} | {n / seconds:,.0f} | "
                      f"{per / base:.2f}x | {analyzed} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "bench" / "news-exports"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 250, 500])
    parser.add_argument("--repeat", type=int, default=3, help="best of N reads per size")
    args = parser.parse_args(argv)
    ok = _samples(Path(args.folder))
    _scaling(sorted(args.sizes), args.repeat)
    print("\nsamples:", "all counts as expected" if ok else "COUNTS DIFFER")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
