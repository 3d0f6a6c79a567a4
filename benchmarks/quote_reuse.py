"""quote_reuse at scale: its time against analyze's, and linear in the number of statements up to 10x PolNeAR.

    python -m benchmarks.quote_reuse [--polnear DIR] [--times 10]

Analyses PolNeAR dev + train as one run (924 articles), then times
``na.quote_reuse`` on its quotes table and on that table repeated 2, 5 and
``--times`` times. The copies are made distinct (every word of copy k gets a
suffix of its own, so copy k's statements match only copy k's): the corpus
keeps its own rate of reuse, and the time per statement should stay flat.
Also times the worst case for the candidate lists: exact copies (every
statement then has ``times - 1`` twins). Every ratio is measured in the same
run. Prints the clusters across 2+ outlets of the one-run table.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

import pandas as pd

from benchmarks.polnear_report import POLNEAR, build

_WORD = re.compile(r"[^\W_]+")


def _copies(quotes: pd.DataFrame, articles: pd.DataFrame, times: int, distinct: bool):
    qs, arts = [], []
    for k in range(times):
        q = quotes.assign(article_id=quotes["article_id"] + f"~{k}")
        if distinct and k:
            q["text"] = q["text"].astype(str).str.replace(_WORD, lambda m, k=k: f"{m.group(0)}{k}", regex=True)
        qs.append(q)
        arts.append(articles.assign(article_id=articles["article_id"] + f"~{k}"))
    return pd.concat(qs, ignore_index=True), pd.concat(arts, ignore_index=True)


def _best(func, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - t)
    return best


def main(argv: list[str]) -> None:
    import newsanalysis as na
    from newsanalysis.tables import statements

    ap = argparse.ArgumentParser()
    ap.add_argument("--polnear", type=Path, default=POLNEAR)
    ap.add_argument("--times", type=int, default=10)
    args = ap.parse_args(argv)
    if not (args.polnear / "dev.jsonl").exists():
        sys.exit(f"PolNeAR not found in {args.polnear}")
    corpus = build(Path("/tmp/newsanalysis-bench-reuse"))
    one, five, _ = os.getloadavg()
    print(f"load average {one:.2f} (1 min), {five:.2f} (5 min)")
    t = time.perf_counter()
    r = na.analyze(corpus)
    t_analyze = time.perf_counter() - t
    q, a = r.quotes, r.articles
    n_st = len(statements(q))
    clusters, members = na.quote_reuse(q, a)
    t_one = _best(lambda: na.quote_reuse(q, a))
    print(f"\n{len(a)} articles, {n_st} statements; analyze {t_analyze:.1f} s, quote_reuse {t_one:.2f} s "
          f"({t_one / t_analyze:.3f}x analyze)")
    print(f"clusters: {len(clusters)} in 2+ articles, {int((clusters['n_outlets'] >= 2).sum())} across 2+ outlets")
    print("\n| corpus | statements | quote_reuse s | us / statement | ratio to 1x per statement |")
    print("|---|---:|---:|---:|---:|")
    base = t_one / n_st
    print(f"| 1x | {n_st} | {t_one:.2f} | {1e6 * base:.1f} | 1.00 |")
    for times, distinct in ((2, True), (5, True), (args.times, True), (args.times, False)):
        qq, aa = _copies(q, a, times, distinct)
        n = n_st * times
        secs = _best(lambda qq=qq, aa=aa: na.quote_reuse(qq, aa), repeat=1 if times >= 5 else 2)
        label = f"{times}x" + ("" if distinct else " exact copies")
        print(f"| {label} | {n} | {secs:.2f} | {1e6 * secs / n:.1f} | {secs / n / base:.2f} |")
    print("\nclusters across 2+ outlets (most articles first):")
    wide = clusters[clusters["n_outlets"] >= 2]
    for row in wide.itertuples():
        print(f"  {row.cluster:3d} {row.n_articles} art {row.n_outlets} outlets {row.person!s:20.20} "
              f"first {row.first_outlet} {row.first_date:%Y-%m-%d}  “{row.words[:70]}”")


if __name__ == "__main__":
    main(sys.argv[1:])
