"""Score ``newsanalysis.quotes`` on PolNeAR rewritten into single-mark (British) style.

Run from the repository root::

    python -m benchmarks.single_marks [DIR]      # DIR default ../shared/bench/polnear (dev.jsonl, train.jsonl)
    python -m benchmarks.single_marks --only dev

Each text is rewritten character for character: ``“`` becomes ``‘``, ``”``
becomes ``’`` and a straight ``"`` becomes a straight ``'``, so every offset,
and so the gold, stays as it is; apostrophes (``don’t``, ``Trump's``, ``the
players’ union``) stay as they are, as in real single-mark text (the
archive form ``''`` of New York Times texts is a double mark and is kept).
Both versions of each set are scored as :mod:`benchmarks.quotes_eval`
scores them (rows of one statement joined): (a) direct quotes, (b) every
attribution, precision, recall, F1 and the strict speaker share. The last
lines give the single-mark F1 minus the double-mark F1; the issue's target is
a gap of at most 0.02, with the double-mark precision not lower than before.
Also prints the ``articles.quote_style`` counts of each version.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import newsanalysis as na

from .quotes_eval import SHARED, articles, evaluate_articles

_TO_SINGLE = str.maketrans({"“": "‘", "”": "’", '"': "'"})


def to_single(text: str) -> str:
    """``text`` with its double quotation marks turned into single ones, offset for offset.

    >>> to_single('“Yes,” he said. "No."')
    "‘Yes,’ he said. 'No.'"
    """
    return text.translate(_TO_SINGLE)


def _styles(arts: list[dict]) -> Counter:
    return Counter(str(s) for s in na.analyze([a["text"] for a in arts]).articles["quote_style"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.single_marks", description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=SHARED / "bench" / "polnear")
    parser.add_argument("--only", choices=["dev", "train"], help="score one set only")
    parser.add_argument("--styles", action="store_true", help="also count articles.quote_style (a full run)")
    args = parser.parse_args(argv)
    sets = [args.only] if args.only else ["dev", "train"]
    print(f"{'set':<6} {'marks':<7} {'(a) P':>6} {'R':>6} {'F1':>6} {'strict':>7} "
          f"{'(b) P':>6} {'R':>6} {'F1':>6} {'strict':>7} {'secs':>5}")
    gaps = []
    for name in sets:
        path = args.folder / f"{name}.jsonl"
        if not path.exists():
            parser.error(f"no such file: {path}")
        double = list(articles(path))
        single = [{**a, "text": to_single(a["text"])} for a in double]
        f1 = {}
        for style, arts in (("double", double), ("single", single)):
            t0 = time.perf_counter()
            tallies, _ = evaluate_articles(iter(arts))
            secs = time.perf_counter() - t0
            d, a = tallies["(a) direct"].row(), tallies["(b) all attributions"].row()
            f1[style] = (d[2], a[2])
            print(f"{name:<6} {style:<7} {d[0]:>6.3f} {d[1]:>6.3f} {d[2]:>6.3f} {d[4]:>7.1%} "
                  f"{a[0]:>6.3f} {a[1]:>6.3f} {a[2]:>6.3f} {a[4]:>7.1%} {secs:>5.1f}")
            if args.styles:
                print(f"       quote_style: {dict(sorted(_styles(arts).items()))}")
        gaps.append((name, f1["single"][0] - f1["double"][0], f1["single"][1] - f1["double"][1]))
    for name, gd, ga in gaps:
        ok = "met" if abs(gd) <= 0.02 and abs(ga) <= 0.02 else "NOT met"
        print(f"{name}: single minus double: (a) direct F1 {gd:+.3f}, (b) all F1 {ga:+.3f} (target within 0.02: {ok})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
