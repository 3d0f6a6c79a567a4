"""Time ``people()`` and ``sources()`` against ``analyze`` on 1,000, 2,000 and 4,000 PolNeAR articles.

Run from the repository root::

    python -m benchmarks.people_speed                 # ../shared/bench/polnear/{dev,train}.jsonl
    python -m benchmarks.people_speed --scales 1 2    # 1,000 and 2,000 articles only

The articles of PolNeAR dev + train (924) are taken in order and repeated, each copy under new ids,
to 1,000 x scale. For each scale, in the same process and one after the other: the CPU time of
``newsanalysis.analyze`` (one process, no progress bar), then of ``result.people`` and
``result.sources`` (which link the tables again, as they do for tables read back). Prints one row a
scale with the ratio (people + sources) / analyze, the figure issue 19 bounds (at most 0.15, and
flat from 1x to 4x: the people tables grow with the rows, not with people times rows). Figures are
measured, never asserted: this is a shared machine.
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

import newsanalysis as na

from .people_eval import POLNEAR, read_jsonl


def corpus(n: int, folder: Path = POLNEAR) -> list[na.Article]:
    """``n`` PolNeAR articles (dev + train in order, repeated under new ids), with date and publisher."""
    records = [r for split in ("dev", "train") for r in read_jsonl(folder / f"{split}.jsonl")]
    out = []
    for i in range(n):
        r = records[i % len(records)]
        copy = i // len(records)
        out.append(na.Article(r["id"] if copy == 0 else f"{r['id']}~{copy}", r["text"], date=r.get("date"),
                              source=r.get("publisher")))
    return out


def measure(n: int, folder: Path = POLNEAR) -> dict[str, float]:
    """CPU seconds of analyze, people and sources on ``n`` articles, and the rows they made."""
    arts = corpus(n, folder)
    gc.collect()
    t0 = time.process_time()
    result = na.analyze(arts, progress=False)
    t1 = time.process_time()
    people = result.people
    t2 = time.process_time()
    sources = result.sources
    t3 = time.process_time()
    return {"articles": n, "analyze": t1 - t0, "people": t2 - t1, "sources": t3 - t2,
            "quotes": len(result.quotes), "speakers": len(result.speakers), "persons": len(people),
            "other": len(sources)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.people_speed", description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=POLNEAR, help="the folder of dev.jsonl and train.jsonl")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 2, 4], help="thousands of articles")
    args = parser.parse_args(argv)
    print(f"{'scale':>5} {'articles':>8} {'quote rows':>10} {'analyze s':>9} {'people s':>8} {'sources s':>9} "
          f"{'ratio':>6} {'people':>7}")
    for k in args.scales:
        m = measure(1000 * k, args.folder)
        ratio = (m["people"] + m["sources"]) / m["analyze"]
        print(f"{k:>4}x {m['articles']:>8,} {m['quotes']:>10,} {m['analyze']:>9.2f} {m['people']:>8.2f} "
              f"{m['sources']:>9.2f} {ratio:>6.3f} {m['persons']:>7,}", flush=True)
    print("ratio: (people + sources) / analyze, CPU seconds of one process, in the same run")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
