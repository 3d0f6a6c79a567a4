"""Killed runs: a rerun with resume finishes the missing chunks and gives the tables of an uninterrupted run.

Each test starts a run in a subprocess whose second chunk blocks (a patched stage waits forever), so the
kill lands at a known point without any timing; the subprocess says where it is on stdout.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from pandas.testing import assert_frame_equal  # noqa: E402

import newsanalysis as na  # noqa: E402
from newsanalysis import schema  # noqa: E402
from newsanalysis.cli import main  # noqa: E402
from newsanalysis.output import LOCK_FILE, MANIFEST, is_locked  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "“We will build the bridge,” Mayor Ann Lee said on Monday. The council met later.",
    "The vote was close. “It is a bad deal,” Tom Hart said. He added that costs would rise.",
    "Rain fell all day.\n\nThe river rose by a metre, officials said.",
    "“Nobody asked us,” Maria Gomez wrote. “We will appeal.”",
    "Prices climbed again in May. Shoppers were not happy.",
    "“Great news for the city!” Lee told reporters. Hart did not reply.",
    "“No,” said Tom Hart.",
]

#: Runs the code after it with the second analysed chunk (or the second Parquet part of chunk 1) blocking.
HANG = textwrap.dedent("""
    import os, signal, sys
    from newsanalysis import corpus
    where = sys.argv[1]
    real_chunk, real_part = corpus.analyze_chunk, corpus._write_part
    calls = {"chunk": 0}

    def chunk(items, *args):
        calls["chunk"] += 1
        if where == "between" and calls["chunk"] == 2:
            print("stopped", flush=True)
            while True:
                signal.pause()
        return real_chunk(items, *args)

    def part(df, folder, number):
        real_part(df, folder, number)
        if where == "inside" and number == 1:  # one part of chunk 1 written, the manifest not updated
            print("stopped", flush=True)
            while True:
                signal.pause()

    corpus.analyze_chunk, corpus._write_part = chunk, part
""")


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture
def folder(tmp_path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    for i, text in enumerate(TEXTS):
        (d / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    (d / "bad.txt").write_bytes(b"")  # an errors row, so the errors table resumes too
    return d


def start(code: str, where: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HANG + code, where], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline().strip()
    if line != "stopped":
        proc.kill()
        raise AssertionError(f"run did not reach the stop: {line!r} {proc.stderr.read()}")
    return proc


def assert_same(left, right):
    for name in schema.SCHEMAS:
        assert_frame_equal(getattr(left, name), getattr(right, name), obj=name)


@pytest.mark.parametrize("where", ["between", "inside"])
def test_analyze_to_killed_then_resumed_equals_a_clean_run(tmp_path, folder, where):
    out = tmp_path / "out"
    proc = start(f"corpus.analyze_to(__import__('pathlib').Path({str(folder)!r}), {str(out)!r}, "
                 "chunk_size=2, progress=False)", where)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["status"] == "running" and manifest["chunks_done"] == 1
    assert (out / LOCK_FILE).exists() and is_locked(out) is None  # left by the dead run: stale
    with pytest.raises(na.NewsAnalysisError, match="did not finish"):
        na.read_output(out)
    with pytest.warns(UserWarning, match=f"took over the lock of a run that is gone \\(pid {proc.pid}"):
        with pytest.raises(na.OutputExistsError, match="resume=True"):
            na.analyze_to(folder, out, chunk_size=2, progress=False)
    resumed = na.analyze_to(folder, out, chunk_size=2, progress=False, resume=True)
    clean = na.analyze_to(folder, tmp_path / "clean", chunk_size=2, progress=False)
    assert resumed.rows == clean.rows
    assert_same(na.read_output(out), na.read_output(tmp_path / "clean"))
    assert_same(na.read_output(out), na.analyze(folder, progress=False))
    parts = sorted(p.name for p in (out / "sentences").iterdir())
    assert parts == sorted(p.name for p in (tmp_path / "clean" / "sentences").iterdir())
    assert json.loads((out / MANIFEST).read_text(encoding="utf-8"))["resumed"] == 1
    # resuming a finished run changes nothing; resuming with other inputs is refused
    assert na.analyze_to(folder, out, progress=False, resume=True).rows == clean.rows
    with pytest.raises(na.NewsAnalysisError, match="other inputs"):
        na.analyze_to(tmp_path, out, progress=False, resume=True)


@pytest.mark.parametrize("sig", [signal.SIGTERM])  # SIGKILL: see the analyze_to test above
def test_cli_report_killed_then_resumed_equals_a_clean_report(tmp_path, folder, sig, capsys):
    out = tmp_path / "out"
    args = ["report", str(folder), "--out", str(out), "--formats", "png", "--dpi", "20", "--chunk-size", "2",
            "--max-article-charts", "1", "-q"]
    proc = start(f"from newsanalysis.cli import main\nsys.exit(main({args!r}))", "between")
    proc.send_signal(sig)
    code = proc.wait()
    if sig == signal.SIGTERM:  # stopped cleanly: lock released, exit code 143, a note on stderr
        assert code == 143 and "interrupted" in proc.stderr.read()
        assert not (out / LOCK_FILE).exists()
    assert not (out / "report.html").exists()
    with pytest.raises(na.NewsAnalysisError):
        na.read_output(out)
    capsys.readouterr()
    assert main(args) == 1  # refused: not empty, and says how to go on
    assert "interrupted run; finish it with --resume" in capsys.readouterr().err
    assert main([*args, "--resume"]) == 0
    clean = tmp_path / "clean"
    assert main(["report", str(folder), "--out", str(clean), "--formats", "png", "--dpi", "20",
                 "--max-article-charts", "1", "-q"]) == 0
    for name in schema.SCHEMAS:
        assert (out / "tables" / f"{name}.csv").read_bytes() == (clean / "tables" / f"{name}.csv").read_bytes()
    assert not (out / "chunks").exists()
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["status"] == "finished" and manifest["writer"] == "cli-report"
    assert manifest["options"]["resumed"] is True
    assert_same(na.read_output(out), na.read_output(clean))
    assert main([*args, "--resume"]) == 0  # nothing left to do


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_exit_when_the_parent_is_killed(tmp_path, folder):
    pids = tmp_path / "pids"
    pids.mkdir()
    code = textwrap.dedent(f"""
        import os, pathlib, signal
        from newsanalysis import corpus
        def stuck(items, *args):
            pathlib.Path({str(pids)!r}, str(os.getpid())).touch()
            while True:
                signal.pause()
        corpus.analyze_chunk = stuck
        print("stopped", flush=True)
        corpus.analyze(pathlib.Path({str(folder)!r}), n_jobs=2, chunk_size=1, progress=False)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "stopped"
    workers: set[int] = set()
    deadline = time.monotonic() + 60  # a bound against a hang, not a timing check
    while len(workers) < 2 and time.monotonic() < deadline:  # both workers are inside a chunk
        workers = {int(p.name) for p in pids.iterdir()}
        assert proc.poll() is None
    assert len(workers) == 2
    assert all(_alive(pid) for pid in workers)
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 60
    for pid in workers:  # the kernel kills them (PR_SET_PDEATHSIG); wait until it has
        while _alive(pid) and time.monotonic() < deadline:
            os.sched_yield()
    assert not any(_alive(pid) for pid in workers)


def test_an_interrupted_parallel_run_stops_its_workers_and_leaves_a_resumable_folder(tmp_path, folder, monkeypatch):
    from newsanalysis import corpus

    pids = tmp_path / "pids"
    pids.mkdir()
    real_records, real_part = corpus.article_records, corpus._write_part

    def records(article):  # runs in the (forked) workers
        (pids / str(os.getpid())).touch()
        return real_records(article)

    def part(df, where, number):
        if number == 1:
            raise KeyboardInterrupt  # Ctrl-C while chunk 1 is written
        real_part(df, where, number)

    monkeypatch.setattr(corpus, "article_records", records)
    monkeypatch.setattr(corpus, "_write_part", part)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        na.analyze_to(folder, out, chunk_size=2, n_jobs=2, progress=False)
    workers = {int(p.name) for p in pids.iterdir()} - {os.getpid()}
    assert workers
    assert not any(_alive(pid) for pid in workers)  # terminated and reaped before analyze_to returned
    assert not (out / LOCK_FILE).exists() and not list(out.rglob(".*.tmp"))
    assert json.loads((out / MANIFEST).read_text(encoding="utf-8"))["chunks_done"] == 1
    monkeypatch.undo()
    na.analyze_to(folder, out, chunk_size=2, n_jobs=2, progress=False, resume=True)
    assert_same(na.read_output(out), na.analyze(folder, progress=False))


def test_resume_of_a_run_killed_before_its_first_manifest(tmp_path, folder, capsys):
    from newsanalysis.output import OUTPUT_MARKER, new_manifest, write_manifest

    out = tmp_path / "out"  # what analyze_to leaves when killed between its first folder and its manifest
    for name in schema.SCHEMAS:
        (out / name).mkdir(parents=True)
    (out / OUTPUT_MARKER).write_text("x", encoding="utf-8")
    (out / LOCK_FILE).write_text('{"pid": 1}', encoding="utf-8")
    with pytest.warns(UserWarning, match="took over the lock"):
        na.analyze_to(folder, out, chunk_size=3, progress=False, resume=True)
    assert_same(na.read_output(out), na.analyze(folder, progress=False))
    other = tmp_path / "other"  # no manifest, and a file that is not ours: refused, not overwritten
    (other / "articles").mkdir(parents=True)
    (other / "articles" / "keep.txt").write_text("x", encoding="utf-8")
    with pytest.raises(na.OutputExistsError):
        na.analyze_to(folder, other, progress=False, resume=True)
    assert (other / "articles" / "keep.txt").exists()
    # the report: killed after its running manifest, before the first chunk of its analysis
    rep = tmp_path / "rep"
    rep.mkdir()
    (rep / OUTPUT_MARKER).write_text("x", encoding="utf-8")
    write_manifest(rep, new_manifest("cli-report"))
    args = ["report", str(folder), "--out", str(rep), "--formats", "png", "--dpi", "20", "--max-article-charts",
            "1", "-q"]
    assert main(args) == 1 and "not empty" in capsys.readouterr().err
    assert main([*args, "--resume"]) == 0
    assert_same(na.read_output(rep), na.analyze(folder, progress=False))
