"""Fault injection: kill runs at random points, fill the disk, run two writers at once; nothing may be lost.

Run from the repository root (no reference data needed; everything is generated in a temporary folder)::

    python -m benchmarks.faults                      # 12 kills, 6 disk-full runs, 6 writer pairs, 4 CLI kills, 3 CLI pairs
    python -m benchmarks.faults --kills 40 --seed 7

Every scenario runs ``analyze_to`` (or ``newsanalysis report``) in a subprocess over the same generated corpus
(articles, plus an empty file, a binary file and a file named with a date no table can hold, so that the errors
table has rows) and compares with a clean run:

* **kill**: SIGKILL at a random moment of the run (with 1 or 2 worker processes);
* **disk full**: the run's file size is limited (``ulimit -f``, ``RLIMIT_FSIZE``) below the size of its largest
  file, so a write fails (``EFBIG``) or the process is killed by ``SIGXFSZ``;
* **two writers**: two runs into one folder started together;
* **CLI kill**: ``newsanalysis report`` killed at a random moment, then ``--resume``;
* **two CLI runs**: two ``newsanalysis report --force`` into one ``--out`` at once (one must be refused).

After each fault the folder must be *consistent*: either finished and equal to the clean run, or refused by
``na.read_output`` as partial, with every chunk its manifest lists readable and no stale lock blocking the next
run. Then the run is resumed (``resume=True`` / ``--resume``) and its tables must equal the clean run's; an
article is *lost* when it is in neither the resumed ``articles`` nor ``errors`` table.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEMPLATES = [
    "“We will build the bridge by {year},” Mayor {name} said on {day}. The council met later and voted.",
    "The vote was close. “It is a bad deal for {city},” {name} said. {name} added that costs would rise.",
    "Rain fell all day in {city}.\n\nThe river rose by a metre, officials said on {day}.",
    "“Nobody asked us,” {name} wrote. “We will appeal, and we will win.” The ministry did not reply.",
    "Prices climbed again in {city} in May. Shoppers were not happy, {name} told reporters.",
]
NAMES = ["Ann Lee", "Tom Hart", "Maria Gomez", "Bo Day", "Ivan Petrov", "Sara Cole"]
CITIES = ["Leeds", "Porto", "Graz", "Turku", "Lyon"]
DAYS = ["Monday", "Tuesday", "Friday"]


def make_corpus(folder: Path, n: int, rng: random.Random) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        text = " ".join(
            rng.choice(TEMPLATES).format(name=rng.choice(NAMES), city=rng.choice(CITIES), day=rng.choice(DAYS),
                                         year=2026 + i % 5)
            for _ in range(rng.randint(3, 12))
        )
        (folder / f"2025-05-{1 + i % 28:02d}-a{i:04d}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "1492-10-12-voyage.txt").write_text("Land was sighted.", encoding="utf-8")


def python(code: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def analyze_to_code(corpus: Path, out: Path, chunk: int, jobs: int, resume: bool = False) -> str:
    return (f"import newsanalysis as na, pathlib\nna.analyze_to(pathlib.Path({str(corpus)!r}), {str(out)!r}, "
            f"chunk_size={chunk}, n_jobs={jobs}, progress=False, resume={resume})")


def cli(args: list[str], **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsanalysis", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def tables_equal(left, right) -> bool:
    from pandas.testing import assert_frame_equal

    try:
        for name in ("articles", "sentences", "quotes", "speakers", "errors"):
            assert_frame_equal(getattr(left, name), getattr(right, name))
    except AssertionError:
        return False
    return True


def consistent(out: Path, clean) -> bool:
    """The folder after a fault: finished and equal to the clean run, or partial and refused, never corrupt."""
    import pandas as pd

    import newsanalysis as na
    from newsanalysis.output import LOCK_FILE, OUTPUT_MARKER, is_locked, read_manifest

    if not out.exists():
        return True  # killed before it wrote anything
    if is_locked(out) is not None:
        return False  # a dead run must not block the next one
    manifest = read_manifest(out)
    if manifest is None:  # killed before the manifest: only the lock, the marker and empty table folders
        return all(p.name in (LOCK_FILE, OUTPUT_MARKER) or (p.is_dir() and not any(p.iterdir()))
                   for p in out.iterdir())
    if manifest["status"] == "finished":
        return tables_equal(na.read_output(out), clean)
    try:
        na.read_output(out)
        return False  # a partial folder read without complaint
    except na.NewsAnalysisError:
        pass
    if manifest.get("writer") != "analyze_to":
        return True
    done = manifest.get("chunks_done", 0)
    for name, entry in manifest["tables"].items():
        rows = 0
        for part in sorted((out / name).glob("part-*.parquet")):
            if int(part.stem[5:]) < done:
                rows += len(pd.read_parquet(part))  # raises on a corrupt part
        if rows != entry["rows"]:
            return False
    return True


def lost(resumed, clean) -> int:
    want = set(clean.articles["article_id"]) | set(clean.errors["article_id"])
    have = set(resumed.articles["article_id"]) | set(resumed.errors["article_id"])
    return len(want - have)


def run_to_end(proc: subprocess.Popen, what: str) -> None:
    err = proc.communicate()[1]
    if proc.returncode != 0:
        raise SystemExit(f"{what} failed ({proc.returncode}): {err}")


class Row:
    def __init__(self, name: str) -> None:
        self.name, self.tried, self.consistent, self.resumed_equal, self.lost = name, 0, 0, 0, 0
        self.notes: list[str] = []

    def add(self, ok: bool, equal: bool, n_lost: int) -> None:
        self.tried += 1
        self.consistent += ok
        self.resumed_equal += equal
        self.lost += n_lost


def resume_and_check(row: Row, corpus: Path, out: Path, chunk: int, clean) -> None:
    import newsanalysis as na

    ok = consistent(out, clean)
    run_to_end(python(analyze_to_code(corpus, out, chunk, 1, resume=True)), "resume")
    resumed = na.read_output(out)
    row.add(ok, tables_equal(resumed, clean), lost(resumed, clean))


def kills(row: Row, corpus: Path, work: Path, chunk: int, clean, seconds: float, rng: random.Random, n: int):
    for i in range(n):
        out = work / f"kill-{i}"
        proc = python(analyze_to_code(corpus, out, chunk, rng.choice([1, 2])), start_new_session=True)
        time.sleep(rng.uniform(0.0, seconds))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers, as the OOM killer or a power cut would
        else:
            row.notes.append("finished before the kill")
        proc.communicate()
        resume_and_check(row, corpus, out, chunk, clean)


def disk_full(row: Row, corpus: Path, work: Path, chunk: int, clean, largest: int, rng: random.Random, n: int):
    for i in range(n):
        out = work / f"full-{i}"
        limit = rng.randint(largest // 4, largest - 1)
        ignore = i % 2 == 0  # half the runs get EFBIG errors, half are killed by SIGXFSZ

        def cap(limit=limit, ignore=ignore):
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
            if ignore:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

        proc = python(analyze_to_code(corpus, out, chunk, 1), preexec_fn=cap)
        proc.communicate()
        if proc.returncode == 0:
            row.notes.append("a run fit under its limit")
        resume_and_check(row, corpus, out, chunk, clean)


def two_writers(row: Row, corpus: Path, work: Path, chunk: int, clean, n: int):
    import newsanalysis as na

    for i in range(n):
        out = work / f"pair-{i}"
        procs = [python(analyze_to_code(corpus, out, chunk, 1)) for _ in range(2)]
        results = [(p.communicate()[1], p.returncode) for p in procs]
        winners = sum(code == 0 for _, code in results)
        refused = [err for err, code in results if code != 0]
        clear = all("OutputBusyError" in err or "OutputExistsError" in err for err in refused)
        ok = winners == 1 and clear and consistent(out, clean)
        resumed = na.read_output(out)
        row.add(ok, tables_equal(resumed, clean), lost(resumed, clean))


def cli_kills(row: Row, corpus: Path, work: Path, chunk: int, clean_report: Path, seconds: float,
              rng: random.Random, n: int):
    import newsanalysis as na

    args = ["--formats", "png", "--dpi", "20", "--max-article-charts", "1", "--chunk-size", str(chunk), "-q"]
    clean = na.read_output(clean_report)
    for i in range(n):
        out = work / f"cli-{i}"
        proc = cli(["report", str(corpus), "--out", str(out), *args], start_new_session=True)
        time.sleep(rng.uniform(0.0, seconds))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        ok = consistent(out, clean)
        run_to_end(cli(["report", str(corpus), "--out", str(out), "--resume", *args]), "report --resume")
        same = all((out / "tables" / f"{t}.csv").read_bytes() == (clean_report / "tables" / f"{t}.csv").read_bytes()
                   for t in ("articles", "sentences", "quotes", "speakers", "errors"))
        row.add(ok, same, lost(na.read_output(out), clean))


def cli_pairs(row: Row, corpus: Path, work: Path, chunk: int, clean_report: Path, n: int):
    """Two ``newsanalysis report`` runs into one --out at once (the old check-then-write race)."""
    import newsanalysis as na

    args = ["--formats", "png", "--dpi", "20", "--max-article-charts", "1", "--chunk-size", str(chunk), "-q"]
    clean = na.read_output(clean_report)
    for i in range(n):
        out = work / f"cli-pair-{i}"
        procs = [cli(["report", str(corpus), "--out", str(out), "--force", *args]) for _ in range(2)]
        results = [(p.communicate()[1], p.returncode) for p in procs]
        refused = [err for err, code in results if code != 0]
        clear = all("another newsanalysis run is writing into this folder" in err for err in refused)
        ok = len(refused) <= 1 and clear and consistent(out, clean)
        same = all((out / "tables" / f"{t}.csv").read_bytes() == (clean_report / "tables" / f"{t}.csv").read_bytes()
                   for t in ("articles", "sentences", "quotes", "speakers", "errors"))
        row.add(ok, same, lost(na.read_output(out), clean))
        if not refused:
            row.notes.append("the second report started after the first finished (--force rewrote it)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--chunk-size", type=int, default=10)
    parser.add_argument("--kills", type=int, default=12)
    parser.add_argument("--disk-full", type=int, default=6)
    parser.add_argument("--pairs", type=int, default=6)
    parser.add_argument("--cli-kills", type=int, default=4)
    parser.add_argument("--cli-pairs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    import newsanalysis as na

    work = Path(tempfile.mkdtemp(prefix="newsanalysis-faults-"))
    try:
        corpus = work / "corpus"
        make_corpus(corpus, args.articles, rng)
        t = time.perf_counter()
        run_to_end(python(analyze_to_code(corpus, work / "clean", args.chunk_size, 1)), "clean run")
        seconds = time.perf_counter() - t
        clean = na.read_output(work / "clean")
        largest = max(p.stat().st_size for p in (work / "clean").rglob("*") if p.is_file())
        t = time.perf_counter()
        run_to_end(cli(["report", str(corpus), "--out", str(work / "clean-report"), "--formats", "png", "--dpi",
                        "20", "--max-article-charts", "1", "--chunk-size", str(args.chunk_size), "-q"]),
                   "clean report")
        cli_seconds = time.perf_counter() - t

        rows = [Row("kill analyze_to (SIGKILL)"), Row("disk full (ulimit -f)"), Row("two writers"),
                Row("kill newsanalysis report"), Row("two newsanalysis report runs")]
        kills(rows[0], corpus, work, args.chunk_size, clean, seconds, rng, args.kills)
        disk_full(rows[1], corpus, work, args.chunk_size, clean, largest, rng, args.disk_full)
        two_writers(rows[2], corpus, work, args.chunk_size, clean, args.pairs)
        cli_kills(rows[3], corpus, work, args.chunk_size, work / "clean-report", cli_seconds, rng, args.cli_kills)
        cli_pairs(rows[4], corpus, work, args.chunk_size, work / "clean-report", args.cli_pairs)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    n_inputs = len(clean.articles) + len(clean.errors)
    print(f"corpus: {n_inputs} inputs ({len(clean.articles)} articles, {len(clean.errors)} errors), "
          f"chunks of {args.chunk_size}; clean run {seconds:.1f} s, clean report {cli_seconds:.1f} s; seed {args.seed}")
    print()
    print("| scenario | runs tried | outputs consistent | resumed runs equal to clean runs | articles lost |")
    print("|---|---|---|---|---|")
    for row in rows:
        print(f"| {row.name} | {row.tried} | {row.consistent} | {row.resumed_equal} | {row.lost} |")
    total = Row("all")
    for row in rows:
        total.tried += row.tried
        total.consistent += row.consistent
        total.resumed_equal += row.resumed_equal
        total.lost += row.lost
    print(f"| **all** | {total.tried} | {total.consistent} | {total.resumed_equal} | {total.lost} |")
    notes = sorted({n for row in rows for n in row.notes})
    if notes:
        print("\nnotes: " + "; ".join(f"{n} ({sum(r.notes.count(n) for r in rows)}x)" for n in notes))
    print(json.dumps({"tried": total.tried, "consistent": total.consistent, "equal": total.resumed_equal,
                      "lost": total.lost}))
    ok = total.consistent == total.tried == total.resumed_equal and total.lost == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
