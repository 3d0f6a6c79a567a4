"""Sentence segmentation: newsanalysis against pySBD, accuracy and speed, in one run.

Usage (from the repository root)::

    python -m benchmarks.sentences [PATH_TO_cases.jsonl] [--bulk PATH.jsonl] [--repeat N]

* Accuracy: the English Golden Rules (``cases.jsonl``: one ``{"id", "text",
  "sentences"}`` a line); a tool passes a case when it returns exactly the
  expected sentences, each stripped of surrounding white space.
* Speed: both tools segment the same bulk of text, document by document: the
  golden texts repeated ``--repeat`` times, plus the ``text`` of every line
  of ``--bulk`` (news articles; default ``../shared/bench/polnear/dev.jsonl``
  when it exists). Sentences/s counts each tool's own sentences in CPU time
  (process time, best of several runs, so that other work on a shared machine
  does not skew it); the speed ratio is pySBD's time over newsanalysis's time
  on that same text.

pySBD is the optional ``bench`` extra (``pip install -e .[bench]``); without
it only newsanalysis is measured.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ROOT / ".." / "shared" / "bench" / "golden-rules-en" / "cases.jsonl"
DEFAULT_BULK = ROOT / ".." / "shared" / "bench" / "polnear" / "dev.jsonl"


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def golden_score(split: Callable[[str], list[str]], cases: list[dict]) -> tuple[int, list]:
    """Cases passed and the ids of those failed."""
    failed = []
    for case in cases:
        got = [s.strip() for s in split(case["text"])]
        got = [s for s in got if s]
        if got != case["sentences"]:
            failed.append(case["id"])
    return len(cases) - len(failed), failed


def timed(split: Callable[[str], list[str]], texts: list[str], runs: int) -> tuple[float, int]:
    """Best CPU time of ``runs`` passes over ``texts`` and the sentences found."""
    best = float("inf")
    count = 0
    for _ in range(runs):
        t0 = time.process_time()
        count = sum(len(split(t)) for t in texts)
        best = min(best, time.process_time() - t0)
    return best, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.sentences", description=__doc__.split("\n")[0]
    )
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES, help="golden rules cases.jsonl")
    parser.add_argument(
        "--bulk", type=Path, default=DEFAULT_BULK, help="JSONL of news articles (a text field)"
    )
    parser.add_argument(
        "--repeat", type=int, default=20, help="times the golden texts are repeated in the bulk"
    )
    parser.add_argument("--runs", type=int, default=5, help="timed runs of newsanalysis (pySBD: 2)")
    args = parser.parse_args(argv)

    from newsanalysis.segment import split_sentences

    if not args.cases.is_file():
        print(f"no golden cases at {args.cases}")
        return 2
    cases = read_jsonl(args.cases)
    texts = [c["text"] for c in cases] * args.repeat
    bulk_note = f"{len(cases)} golden texts x {args.repeat}"
    if args.bulk and args.bulk.is_file():
        articles = [r["text"] for r in read_jsonl(args.bulk) if r.get("text")]
        texts += articles
        bulk_note += f" + {len(articles)} articles of {args.bulk.name}"
    chars = sum(map(len, texts))

    tools: list[tuple[str, Callable[[str], list[str]], int]] = [("newsanalysis", split_sentences, args.runs)]
    try:
        import pysbd
    except ImportError:
        print("pySBD not installed (pip install -e .[bench]): measuring newsanalysis only")
    else:
        segmenter = pysbd.Segmenter(language="en", clean=False)
        tools.append((f"pySBD {getattr(pysbd, '__version__', '')}".strip(), segmenter.segment, 2))

    split_sentences("Warm up. The tokenizer is built on first use.")
    rows = []
    for name, split, runs in tools:
        passed, failed = golden_score(split, cases)
        seconds, count = timed(split, texts, runs)
        rows.append((name, passed, failed, seconds, count))

    print(f"speed text: {bulk_note} ({len(texts):,} documents, {chars:,} characters)")
    base = rows[-1][3] if len(rows) > 1 else None
    header = f"{'tool':<14} {'golden':>8} {'sentences/s':>12} {'vs pySBD':>9}  failed cases"
    print(header)
    print("-" * len(header))
    for name, passed, failed, seconds, count in rows:
        ratio = f"{base / seconds:.1f}x" if base else "n/a"
        print(f"{name:<14} {passed:>5}/{len(cases):<2} {count / seconds:>12,.0f} {ratio:>9}  {failed or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
