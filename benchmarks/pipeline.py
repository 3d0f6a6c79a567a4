"""Corpus-run benchmark: pipeline vs bare VADER, n_jobs=2 vs 1, flat memory, import time.

Run from the repository root::

    python -m benchmarks.pipeline [--polnear DIR] [--quick]

``DIR`` holds the PolNeAR ``train.jsonl`` and ``dev.jsonl`` (default:
``../shared/bench/polnear`` relative to the repository root); only their
texts are used. Every ratio in the printed table is measured in the same run.
``--quick`` uses the dev texts only and smaller repeats (the parallel and
memory figures are then indicative, not the targets' corpus sizes).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POLNEAR = ROOT.parent / "shared" / "bench" / "polnear"
HEAVY = ("matplotlib", "dask", "vaderSentiment")
TONE = ("neg", "neu", "pos", "compound")


def load_texts(folder: Path, quick: bool) -> list[str]:
    names = ["dev.jsonl"] if quick else ["train.jsonl", "dev.jsonl"]
    texts = []
    for name in names:
        path = folder / name
        if not path.exists():
            sys.exit(f"benchmark data not found: {path} (pass --polnear DIR)")
        with path.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def repeated_articles(texts: list[str], times: int) -> Iterator:
    """The corpus ``times`` over, as Articles made one at a time (nothing but the texts held)."""
    from newsanalysis.load import article_from_text

    for r in range(times):
        for i, text in enumerate(texts):
            yield article_from_text(text, id=f"r{r}-{i}")


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


# -- (1) pipeline vs bare VADER -------------------------------------------------------------------


def _tone_rows(result) -> list[tuple[str, tuple]]:
    """(text, scores) of every sentence and quote of a result's tables."""
    rows = []
    for name in ("sentences", "quotes"):
        df = getattr(result, name)
        rows += zip(df["text"].tolist(), df[list(TONE)].itertuples(index=False, name=None))
    return rows


class _CountCalls:
    """Count the calls newsanalysis makes to vaderSentiment's polarity_scores inside a ``with``."""

    def __enter__(self):
        from newsanalysis import tone

        self.n = 0
        self.analyzer = tone._get_analyzer()
        real = self.analyzer.polarity_scores

        def counted(text):
            self.n += 1
            return real(text)

        self.analyzer.polarity_scores = counted
        return self

    def __exit__(self, *exc):
        del self.analyzer.polarity_scores  # back to the class's method


def bench_throughput(texts: list[str], rounds: int) -> dict:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    import newsanalysis as na
    from newsanalysis import tone

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, text in enumerate(texts):
            (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        na.analyze(list(texts[:5]), progress=False)  # warm up: lexicon, tokenizer
        score = SentimentIntensityAnalyzer().polarity_scores
        pipeline_s, vader_s, pipeline_cpu, vader_cpu = [], [], [], []
        for _ in range(rounds):
            tone._clear_cache()  # every round starts cold: no text scored in an earlier round is kept
            c, t = time.process_time(), time.perf_counter()
            result = na.analyze(folder, progress=False)  # read, sentences, quotes, speakers, VADER, tables
            pipeline_s.append(time.perf_counter() - t)
            pipeline_cpu.append(time.process_time() - c)
            sentences = result.sentences["text"].tolist()
            c, t = time.process_time(), time.perf_counter()
            for s in sentences:
                score(s)
            vader_s.append(time.perf_counter() - t)
            vader_cpu.append(time.process_time() - c)
        n = len(sentences)
        # one more (untimed) run counting the calls to vaderSentiment
        tone._clear_cache()
        with _CountCalls() as calls:
            na.analyze(folder, progress=False)
    tone._clear_cache()
    # every sentence and quote of the tables has vaderSentiment's scores of its ASCII-marked text
    rows = _tone_rows(result)
    nan = (float("nan"),) * 4
    expected = [
        nan if len(text) > tone.MAX_TONE_CHARS else tuple(score(tone.to_ascii_marks(text))[k] for k in TONE)
        for text, _ in rows
    ]
    same = sum(got == exp or (got != got and exp != exp) for (_, got), exp in zip(rows, expected))
    # what the tone stage's VADER calls cost: vaderSentiment on every text the tables score, and on the
    # distinct texts that needed a call (what the pipeline asked it); CPU seconds, best of the rounds
    scored = [tone.to_ascii_marks(text) for text, _ in rows if len(text) <= tone.MAX_TONE_CHARS]
    needed = list(dict.fromkeys(t for t in scored if tone._needs_vader(t)))
    every_s, needed_s = [], []
    for _ in range(rounds):
        t = time.process_time()
        for s in scored:
            score(s)
        every_s.append(time.process_time() - t)
        t = time.process_time()
        for s in needed:
            score(s)
        needed_s.append(time.process_time() - t)
    return {
        "articles": len(result.articles),
        "sentences": n,
        "quotes": len(result.quotes),
        "texts": len(rows),
        "same": same,
        "calls": calls.n,
        "needed": len(needed),
        "pipeline_s": min(pipeline_s),
        "vader_s": min(vader_s),
        "vader_cpu": min(vader_cpu),
        "every_s": min(every_s),
        "needed_s": min(needed_s),
        "pipeline_rate": n / min(pipeline_s),
        "vader_rate": n / min(vader_s),
        "ratio": min(vader_s) / min(pipeline_s),
        "ratio_cpu": min(vader_cpu) / min(pipeline_cpu),
    }


def stage_seconds(texts: list[str], rounds: int) -> dict[str, float]:
    """CPU seconds per stage of a single-process run (wrappers around the stage functions), best of rounds."""
    from newsanalysis import corpus, tables, tone
    from newsanalysis.inputs import folders

    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, text in enumerate(texts):
            (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        for _ in range(rounds):
            tone._clear_cache()
            spent = dict.fromkeys(["read", "segment", "quotes", "speakers", "tone", "records", "frames"], 0.0)

            def timed(module, attr, key, spent=spent):
                real = getattr(module, attr)

                def wrapper(*args, **kwargs):
                    t = time.process_time()
                    try:
                        return real(*args, **kwargs)
                    finally:
                        spent[key] += time.process_time() - t

                setattr(module, attr, wrapper)
                return module, attr, real

            patches = [
                timed(folders, "read_file", "read"),  # what a folder run calls for each file
                timed(tables.segment, "sentence_spans", "segment"),
                timed(tables, "find_quotes_styled", "quotes"),
                timed(tables.speakers, "attribute", "speakers"),
                timed(tables.tone, "polarity_many", "tone"),
                timed(corpus, "article_records", "records"),
                timed(corpus, "build_tables", "frames"),
            ]
            try:
                t = time.process_time()
                corpus.analyze(folder, progress=False)
                total = time.process_time() - t
            finally:
                for module, attr, real in reversed(patches):
                    setattr(module, attr, real)
            inner = spent["segment"] + spent["quotes"] + spent["speakers"] + spent["tone"]
            spent["records"] -= inner  # the glue of article_records itself
            spent["other"] = total - sum(spent.values())
            spent["total"] = total
            best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    tone._clear_cache()
    return best


# -- (2) n_jobs=2 vs n_jobs=1 -----------------------------------------------------------------------


def bench_parallel(texts: list[str], min_articles: int, jobs: int, rounds: int) -> dict:
    import newsanalysis as na
    from newsanalysis import tone

    times = -(-min_articles // len(texts))
    articles = list(repeated_articles(texts, times))
    wall = {1: [], jobs: []}
    cpu = {1: [], jobs: []}
    results = {}
    for _ in range(rounds):  # interleaved, best of each: the machine's other load shifts over time
        for n in (1, jobs):
            tone._clear_cache()  # (workers are forked from this process: none starts with scores kept)
            c, t = os.times(), time.perf_counter()
            results[n] = na.analyze(articles, n_jobs=n, progress=False)
            wall[n].append(time.perf_counter() - t)
            c2 = os.times()
            cpu[n].append(sum(c2[:4]) - sum(c[:4]))
    same = all(results[1].tables()[k].equals(results[jobs].tables()[k]) for k in results[1].tables())
    t1, tn = min(wall[1]), min(wall[jobs])
    return {
        "articles": len(articles),
        "t1": t1,
        "tn": tn,
        "cpu1": min(cpu[1]),
        "cpun": min(cpu[jobs]),
        "speedup": t1 / tn,
        "same": same,
    }


# -- (3) peak memory of analyze_to, 1x vs 10x -------------------------------------------------------

#: A small interpreter that starts the measured one and passes its exit status on. The peak RSS that the
#: kernel reports for a process (``ru_maxrss``) also counts the memory of the process it was forked from,
#: up to the moment it starts its own program: started straight from this benchmark, which holds the
#: corpus and its tables, a child reports this process's peak (``python -c pass`` reports 626 MiB from a
#: parent holding 600 MiB). Started from the launcher it reports its own.
LAUNCHER = "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))"
TIME = "/usr/bin/time"


def _own_peak_kib() -> int | None:
    """This process's own peak RSS (VmHWM, counted from when it started its program), in KiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def memory_child(polnear: Path, quick: bool, times: int) -> None:
    """Run in a fresh interpreter: analyze_to over the corpus ``times`` over; print peak RSS (KiB)."""
    import newsanalysis as na

    texts = load_texts(polnear, quick)
    with tempfile.TemporaryDirectory() as tmp:
        out = na.analyze_to(repeated_articles(texts, times), Path(tmp) / "out", progress=False)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"peak_kib": peak, "hwm_kib": _own_peak_kib(), "articles": out.rows["articles"],
                      "sentences": out.rows["sentences"]}))


def _memory_run(polnear: Path, quick: bool, times: int, launcher: bool) -> dict:
    """One memory child: from the launcher (under ``/usr/bin/time -v`` when there is one) or straight."""
    child = [sys.executable, "-m", "benchmarks.pipeline", "--polnear", str(polnear), "--memory-child", str(times)]
    if quick:
        child.append("--quick")
    timed = launcher and os.access(TIME, os.X_OK)
    cmd = [sys.executable, "-c", LAUNCHER, *([TIME, "-v"] if timed else []), *child] if launcher else child
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
    run = json.loads(out.stdout.strip().splitlines()[-1])
    run["time_kib"] = None
    for line in out.stderr.splitlines() if timed else []:
        if "Maximum resident set size (kbytes):" in line:
            run["time_kib"] = int(line.rsplit(":", 1)[1])
    return run


def bench_memory(polnear: Path, quick: bool) -> dict:
    runs = {times: _memory_run(polnear, quick, times, launcher=True) for times in (1, 10)}
    straight = _memory_run(polnear, quick, 1, launcher=False)  # the old way, for comparison

    def mb(kib):
        return float("nan") if kib is None else kib / 1024

    return {
        "mb1": mb(runs[1]["peak_kib"]),
        "mb10": mb(runs[10]["peak_kib"]),
        "hwm1": mb(runs[1]["hwm_kib"]),
        "hwm10": mb(runs[10]["hwm_kib"]),
        "time1": mb(runs[1]["time_kib"]),
        "time10": mb(runs[10]["time_kib"]),
        "straight1": mb(straight["peak_kib"]),
        "parent": mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
        "articles10": runs[10]["articles"],
        "ratio": runs[10]["peak_kib"] / runs[1]["peak_kib"],
    }


# -- (4) import time --------------------------------------------------------------------------------


def bench_import(rounds: int = 5) -> dict:
    code = (
        "import time, sys, json; t = time.perf_counter(); import newsanalysis; "
        "d = time.perf_counter() - t; "
        f"print(json.dumps([d, [m for m in {HEAVY!r} if m in sys.modules]]))"
    )
    best, heavy = float("inf"), []
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
        seconds, loaded = json.loads(out.stdout)
        best = min(best, seconds)
        heavy = sorted(set(heavy) | set(loaded))
    return {"seconds": best, "heavy": heavy}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pipeline", description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR, help="folder with train.jsonl, dev.jsonl")
    parser.add_argument("--quick", action="store_true", help="dev texts only, smaller repeats (about a minute)")
    parser.add_argument("--jobs", type=int, default=2, help="workers for the parallel run (default 2)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the throughput and stage runs (best of)")
    parser.add_argument("--memory-child", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(args.polnear, args.quick, args.memory_child)
        return 0

    start = time.perf_counter()
    print(f"load before: {load_average()}; cores: {os.cpu_count()}", flush=True)
    texts = load_texts(args.polnear, args.quick)
    imp = bench_import()
    thr = bench_throughput(texts, rounds=args.rounds)
    par = bench_parallel(texts, 1000 if args.quick else 5000, args.jobs, rounds=1)
    stages = stage_seconds(texts, rounds=args.rounds)
    mem = bench_memory(args.polnear, args.quick)
    # CPU seconds: the stages other than tone, and the bound they set with tone's VADER calls kept
    rest_cpu = stages["total"] - stages["tone"]
    skipped = thr["texts"] - thr["calls"]
    rows = [
        (
            "pipeline / bare VADER throughput, wall time",
            f"{thr['ratio']:.2f}x",
            ">= 0.5x",
            thr["ratio"] >= 0.5,
            f"{thr['pipeline_rate']:,.0f} vs {thr['vader_rate']:,.0f} sentences/s; "
            f"{thr['articles']} articles, {thr['sentences']:,} sentences; 1 process",
        ),
        (
            "pipeline / bare VADER throughput, CPU time",
            f"{thr['ratio_cpu']:.2f}x",
            ">= 0.5x",
            thr["ratio_cpu"] >= 0.5,
            "the same runs in CPU seconds (steadier when other programs share the cores)",
        ),
        (
            "  texts that needed a VADER call",
            f"{thr['calls'] / thr['texts']:.1%}",
            "",
            None,
            f"{thr['calls']:,} calls for {thr['texts']:,} sentences and quotes ({thr['sentences']:,} + "
            f"{thr['quotes']:,}); {skipped:,} not called (no lexicon word, or a repeat)",
        ),
        (
            "  scores identical to polarity_scores",
            f"{thr['same']:,}",
            f"{thr['texts']:,}",
            thr["same"] == thr["texts"],
            "every sentence and quote of the tables vs vaderSentiment on its ASCII-marked text",
        ),
        (
            "  VADER time of the texts called / of all",
            f"{thr['needed_s'] / thr['every_s']:.2f}x",
            "",
            None,
            f"{thr['needed_s']:.2f} s on the {thr['needed']:,} texts called vs {thr['every_s']:.2f} s on all "
            f"{thr['texts']:,}; bare VADER on the sentences {thr['vader_cpu']:.2f} s (CPU s)",
        ),
        (
            "  bound with every call kept / tone free",
            f"{thr['vader_cpu'] / (rest_cpu + thr['needed_s']):.2f}x",
            "",
            None,
            f"bare VADER / (stages other than tone, {rest_cpu:.2f} s, + the VADER calls); with tone free: "
            f"{thr['vader_cpu'] / rest_cpu:.2f}x (CPU s)",
        ),
        (
            f"n_jobs={args.jobs} / n_jobs=1 speed",
            f"{par['speedup']:.2f}x",
            ">= 1.7x",
            par["speedup"] >= 1.7,
            f"{par['t1']:.1f} s vs {par['tn']:.1f} s on {par['articles']:,} articles (CPU {par['cpu1']:.1f} s "
            f"vs {par['cpun']:.1f} s); tables equal: {par['same']}",
        ),
        (
            "analyze_to peak memory, 10x / 1x corpus",
            f"{mem['ratio']:.2f}x",
            "<= 1.3x",
            mem["ratio"] <= 1.3,
            f"{mem['mb10']:.0f} MiB vs {mem['mb1']:.0f} MiB peak RSS (ru_maxrss, started from a small launcher); "
            f"VmHWM {mem['hwm10']:.0f} vs {mem['hwm1']:.0f} MiB; /usr/bin/time -v {mem['time10']:.0f} vs "
            f"{mem['time1']:.0f} MiB; 10x = {mem['articles10']:,} articles",
        ),
        (
            "  1x started straight from this process",
            f"{mem['straight1']:.0f} MiB",
            "",
            None,
            f"ru_maxrss of the same child started by subprocess from the benchmark (peak {mem['parent']:.0f} MiB):"
            " the parent's memory, not the child's",
        ),
        (
            "import newsanalysis (fresh interpreter)",
            f"{imp['seconds'] * 1000:.0f} ms",
            "< 1 s",
            imp["seconds"] < 1.0,
            "heavy modules loaded: " + (", ".join(imp["heavy"]) or "none"),
        ),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"\n{'measure':<{width}}  {'value':>8}  {'target':>8}  ok   detail")
    for name, value, target, ok, detail in rows:
        print(f"{name:<{width}}  {value:>8}  {target:>8}  {'' if ok is None else 'yes' if ok else 'NO ':<4} {detail}")
    parts = sorted(((k, v) for k, v in stages.items() if k != "total"), key=lambda kv: -kv[1])
    print(f"\nsingle-process pipeline CPU time {stages['total']:.2f} s (best of {args.rounds} per stage): "
          + ", ".join(f"{k} {v:.2f} s ({v / stages['total']:.0%})" for k, v in parts))
    print(f"\nload after: {load_average()}; total {time.perf_counter() - start:.0f} s"
          + ("; --quick: smaller corpora than the targets name" if args.quick else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
