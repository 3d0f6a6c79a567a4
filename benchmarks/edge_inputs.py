"""Hostile inputs at scale: how long each takes through the whole pipeline (or how fast it is refused).

Run from the repository root::

    python -m benchmarks.edge_inputs            # 5 MB texts, 120 s limit per case
    python -m benchmarks.edge_inputs --mb 1 --timeout 60

Each case runs in its own process with a time limit, so a quadratic stage shows up as "timeout"
instead of hanging the run. Prints one line per case: size, seconds, rows, errors.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import tempfile
import time
from pathlib import Path

SENTENCE = "The minister said the plan was good but costly, and “we will see,” he added on Monday. "
RUN_ON = "the minister said the plan was good and costly and we will see what happens next with great hope "


def _text(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _case_paragraph(n: int) -> str:
    import newsanalysis as na

    r = na.analyze(_text(SENTENCE, n), progress=False)
    return f"{len(r.sentences)} sentences, {len(r.quotes)} quotes, {len(r.errors)} errors"


def _case_run_on(n: int) -> str:
    import newsanalysis as na

    r = na.analyze(_text(RUN_ON, n), progress=False)
    nan = int(r.sentences["compound"].isna().sum())
    return f"{len(r.sentences)} sentences ({nan} with NaN tone), {len(r.quotes)} quotes, {len(r.errors)} errors"


def _case_unclosed_quote(n: int) -> str:
    import newsanalysis as na

    r = na.analyze("“" + _text(SENTENCE.replace("“", "").replace("”", ""), n), progress=False)
    return f"{len(r.sentences)} sentences, {len(r.quotes)} quotes, {len(r.errors)} errors"


def _case_quotes_one_sentence(n: int) -> str:
    import newsanalysis as na

    r = na.analyze(_text('"Yes" he said ', n), progress=False)
    return f"{len(r.sentences)} sentences, {len(r.quotes)} quotes, {len(r.errors)} errors"


def _case_quotes_after_commas(n: int) -> str:
    import newsanalysis as na

    r = na.analyze(_text('he said, "Yes", and He said: "No" ', n), progress=False)
    return f"{len(r.sentences)} sentences, {len(r.quotes)} quotes, {len(r.errors)} errors"


def _case_initials(n: int) -> str:
    import newsanalysis as na

    r = na.analyze(_text("A. ", n), progress=False)
    return f"{len(r.sentences)} sentences, {len(r.speakers)} speakers, {len(r.errors)} errors"


def _case_distinct_people(n: int) -> str:
    import newsanalysis as na

    parts, i, size = [], 0, 0
    while size < n:  # a running total: summing the parts each time made the generator quadratic
        a, b, c = (chr(65 + (i // k) % 26) for k in (1, 26, 676))
        parts.append(f"“Yes,” said P{a}{b}{c} N{c}{b}{a}. ")
        size += len(parts[-1])
        i += 1
    r = na.analyze("".join(parts), progress=False)
    return f"{len(r.sentences)} sentences, {len(r.speakers)} speakers, {len(r.errors)} errors"


def _case_file_50mb(n: int) -> str:
    import newsanalysis as na

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "dump.txt"
        with path.open("wb") as fh:
            fh.write(_text(SENTENCE, 50_000_000).encode())
        r = na.analyze(path, progress=False)
        return f"{len(r.articles)} articles, errors: {r.errors['error'].tolist()}"


def _case_csv_table(n: int) -> str:
    import csv

    import newsanalysis as na

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "table.csv"
        body = _text(SENTENCE, 5_000)
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "text"])
            for i in range(max(1, n // 5_000)):
                w.writerow([f"a{i}", body])
            w.writerow(["bad", ""])
        t0 = time.perf_counter()
        arts = na.read_articles(path, errors="warn")
        return f"{len(arts)} articles read in {time.perf_counter() - t0:.2f} s (+1 bad row skipped)"


CASES = {
    "single paragraph": _case_paragraph,
    "run-on, no punctuation": _case_run_on,
    "unclosed quote, one paragraph": _case_unclosed_quote,
    "quotes and cues, one sentence": _case_quotes_one_sentence,
    "cue, comma or colon, quote; one sentence": _case_quotes_after_commas,
    "run of initials": _case_initials,
    "a new person every sentence": _case_distinct_people,
    "50 MB file (refused)": _case_file_50mb,
    "CSV table of 5 kB rows": _case_csv_table,
}


def _worker(name: str, n: int, queue) -> None:
    t0 = time.perf_counter()
    try:
        what = CASES[name](n)
    except Exception as exc:  # report, do not hide
        what = f"raised {type(exc).__name__}: {exc}"
    queue.put((time.perf_counter() - t0, what))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the generated texts in MB (default 5)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per case (default 120)")
    ap.add_argument("--only", help="run only the cases whose name contains this")
    args = ap.parse_args(argv)
    n = int(args.mb * 1_000_000)
    ctx = mp.get_context("spawn")
    print(f"{'case':32} {'chars':>10} {'seconds':>8}  result")
    for name in CASES:
        if args.only and args.only not in name:
            continue
        queue = ctx.Queue()
        proc = ctx.Process(target=_worker, args=(name, n, queue))
        proc.start()
        proc.join(args.timeout)
        if proc.is_alive():
            proc.terminate()
            proc.join()
            print(f"{name:32} {n:>10,} {'timeout':>8}  (> {args.timeout:.0f} s)")
            continue
        secs, what = queue.get()
        print(f"{name:32} {n:>10,} {secs:>8.2f}  {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
