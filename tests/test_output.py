"""Output folders: atomic files, the manifest, read_output on finished and partial folders, one writer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from pandas.testing import assert_frame_equal  # noqa: E402

import newsanalysis as na  # noqa: E402
from newsanalysis import output, schema  # noqa: E402
from newsanalysis.output import LOCK_FILE, MANIFEST, OutputLock  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "“We will build the bridge,” Mayor Ann Lee said on Monday. The council met later.",
    "The vote was close. “It is a bad deal,” Tom Hart said. He added that costs would rise.",
    "Rain fell all day.\n\nThe river rose by a metre, officials said.",
    "NA",
    "“=HYPERLINK(\"http://evil\")” Bo Day said.",
]


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def result():
    return na.analyze(TEXTS, progress=False)


def assert_same(left, right):
    for name in schema.SCHEMAS:
        assert_frame_equal(getattr(left, name), getattr(right, name), obj=name)


def manifest_of(folder: Path) -> dict:
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))


# -- read_output round trips --------------------------------------------------------------------------


@pytest.mark.parametrize("formula_safe", [False, True])
def test_to_csv_reads_back_equal(tmp_path, result, formula_safe):
    result.to_csv(tmp_path / "csv", formula_safe=formula_safe)
    assert_same(na.read_output(tmp_path / "csv"), result)
    m = manifest_of(tmp_path / "csv")
    assert m["status"] == "finished" and m["writer"] == "to_csv" and m["newsanalysis"] == na.__version__
    assert {k: v["rows"] for k, v in m["tables"].items()} == {k: len(v) for k, v in result.tables().items()}
    assert m["articles"] == len(result.articles) and m["errors"] == len(result.errors)
    assert not list((tmp_path / "csv").glob(".*.tmp")) and not (tmp_path / "csv" / LOCK_FILE).exists()


def test_formula_safe_csv_cells_are_text_in_a_spreadsheet(tmp_path, result):
    result.to_csv(tmp_path / "safe", formula_safe=True)
    result.to_csv(tmp_path / "raw")
    safe = pd.read_csv(tmp_path / "safe" / "quotes.csv", dtype=str)
    raw = pd.read_csv(tmp_path / "raw" / "quotes.csv", dtype=str)
    assert raw["text"].str.startswith("=").any()
    assert not safe["text"].str.startswith(("=", "+", "-", "@")).any()
    assert safe["text"].str.startswith("'=HYPERLINK").any()


def test_to_parquet_and_report_and_analyze_to_read_back_equal(tmp_path, result):
    result.to_parquet(tmp_path / "pq")
    assert_same(na.read_output(tmp_path / "pq"), result)
    na.write_report(result, tmp_path / "rep", formats="png", dpi=20)
    assert_same(na.read_output(tmp_path / "rep"), result)
    na.analyze_to(TEXTS, tmp_path / "to", chunk_size=2, progress=False)
    assert_same(na.read_output(tmp_path / "to"), result)
    m = manifest_of(tmp_path / "to")
    assert m["chunks_done"] == 3 and m["items_done"] == len(TEXTS) and m["options"]["chunk_size"] == 2


def test_read_output_refuses_or_warns_on_partial_folders(tmp_path, result):
    result.to_csv(tmp_path / "out")
    m = manifest_of(tmp_path / "out")
    (tmp_path / "out" / MANIFEST).write_text(json.dumps({**m, "status": "running"}), encoding="utf-8")
    with pytest.raises(na.NewsAnalysisError, match="did not finish"):
        na.read_output(tmp_path / "out")
    with pytest.warns(UserWarning, match="did not finish"):
        assert len(na.read_output(tmp_path / "out", partial="warn").articles) == len(result.articles)
    # a truncated table (as a kill during a non-atomic write left it) does not match the manifest
    (tmp_path / "out" / MANIFEST).write_text(json.dumps(m), encoding="utf-8")
    lines = (tmp_path / "out" / "sentences.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "out" / "sentences.csv").write_text("".join(lines[:3]), encoding="utf-8")
    with pytest.raises(na.NewsAnalysisError, match="'sentences' has 2 rows, the manifest lists"):
        na.read_output(tmp_path / "out")
    (tmp_path / "out" / MANIFEST).unlink()
    with pytest.raises(na.NewsAnalysisError, match="has no newsanalysis-manifest.json"):
        na.read_output(tmp_path / "out")
    with pytest.raises(na.NewsAnalysisError, match="no such folder"):
        na.read_output(tmp_path / "nothing")


def test_a_failing_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("old\n", encoding="utf-8")

    def half(tmp: Path):
        tmp.write_text("partial", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        output.atomic_write(target, half)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_a_disk_full_analyze_to_is_partial_not_finished(tmp_path, monkeypatch):
    real = output.write_parquet
    calls = {"n": 0}

    def flaky(df, path):
        calls["n"] += 1
        if calls["n"] > 4:
            raise OSError(28, "No space left on device")
        return real(df, path)

    monkeypatch.setattr("newsanalysis.corpus.write_parquet", flaky)
    with pytest.raises(OSError):
        na.analyze_to(TEXTS, tmp_path / "to", chunk_size=2, progress=False)
    assert manifest_of(tmp_path / "to")["status"] == "running"
    assert not (tmp_path / "to" / LOCK_FILE).exists()
    with pytest.raises(na.NewsAnalysisError, match="resume=True"):
        na.read_output(tmp_path / "to")


def test_marker_is_not_written_through_a_symlink(tmp_path, result):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / output.OUTPUT_MARKER).symlink_to(outside)
    result.to_csv(out)
    assert outside.read_text(encoding="utf-8") == "keep me\n"
    assert not (out / output.OUTPUT_MARKER).is_symlink()


# -- one writer ---------------------------------------------------------------------------------------


def test_second_writer_is_refused_naming_the_folder_and_the_run(tmp_path, result):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from newsanalysis.output import OutputLock
            with OutputLock({str(tmp_path / 'out')!r}, create=True):
                print("locked", flush=True)
                sys.stdin.read()
        """)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(na.OutputBusyError) as info:
            result.to_csv(tmp_path / "out")
        msg = str(info.value)
        assert str(tmp_path / "out") in msg and f"pid {holder.pid}" in msg
        with pytest.raises(na.OutputBusyError):
            na.analyze_to(TEXTS, tmp_path / "out", progress=False, overwrite=True)
        with pytest.raises(na.OutputBusyError):
            na.write_report(result, tmp_path / "out", formats="png", force=True)
        assert output.is_locked(tmp_path / "out")["pid"] == holder.pid
    finally:
        holder.stdin.close()
        holder.wait()
    result.to_csv(tmp_path / "out")  # free again
    assert na.read_output(tmp_path / "out").articles.shape[0] == len(result.articles)


def test_a_stale_lock_of_a_killed_run_is_taken_over(tmp_path, result):
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from newsanalysis.output import OutputLock\n"
         f"l = OutputLock({str(out)!r}, create=True); l.acquire(); print('locked', flush=True)\n"
         "import time\nwhile True: time.sleep(1)"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    holder.kill()
    holder.wait()
    assert (out / LOCK_FILE).exists()  # left behind
    assert output.is_locked(out) is None
    with pytest.warns(UserWarning, match=f"took over the lock of a run that is gone \\(pid {holder.pid}"):
        lock = OutputLock(out)
        lock.acquire()
    assert lock.stale["pid"] == holder.pid
    lock.release()
    assert not (out / LOCK_FILE).exists()


def test_lock_is_reentrant_in_one_process(tmp_path):
    with OutputLock(tmp_path / "o", create=True):
        with OutputLock(tmp_path / "o"):
            assert (tmp_path / "o" / LOCK_FILE).exists()
        assert (tmp_path / "o" / LOCK_FILE).exists()
    assert not (tmp_path / "o").exists()


def test_lock_file_cannot_be_a_symlink(tmp_path):
    (tmp_path / "o").mkdir()
    (tmp_path / "o" / LOCK_FILE).symlink_to(tmp_path / "elsewhere")
    with pytest.raises(na.NewsAnalysisError, match="lock file"):
        OutputLock(tmp_path / "o").acquire()
    assert not (tmp_path / "elsewhere").exists()


def test_lock_pid_is_in_the_file(tmp_path):
    with OutputLock(tmp_path / "o", create=True):
        info = json.loads((tmp_path / "o" / LOCK_FILE).read_text(encoding="utf-8"))
    assert info["pid"] == os.getpid() and "started" in info and "host" in info


def test_api_writers_refuse_a_folder_that_holds_their_inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("“Yes,” Ann Lee said.", encoding="utf-8")
    result = na.analyze(d, progress=False)
    for write in (result.to_csv, result.to_parquet, lambda f: na.write_report(result, f, formats="png", force=True)):
        with pytest.raises(na.NewsAnalysisError, match="holds the input"):
            write(d)
    assert sorted(p.name for p in d.iterdir()) == ["a.txt"]  # nothing written, no marker hiding it
    result.to_csv(d / "tables")  # a new folder inside the input folder is fine
    assert na.analyze(d, progress=False).articles["article_id"].tolist() == ["a"]


def test_read_output_of_a_folder_written_before_cue_type_fills_it_from_the_cue(tmp_path):
    result = na.analyze(
        "Lee endorsed Tom Hale. Lee said taxes will fall. Polls show Kim leads. Lee urged Congress to act. "
        "Lee called the plan a “total disaster.” The so-called “experts” agreed.",
        progress=False,
    )
    assert {"stance", "speech", "belief", "demand", "naming"} <= set(result.quotes["cue_type"].dropna())
    assert result.quotes["cue_type"].isna().any()  # the mention
    folder = tmp_path / "old"
    result.to_csv(folder)
    path = folder / "quotes.csv"
    old = pd.read_csv(path, dtype=str, keep_default_na=False).drop(columns=["cue_type"])
    old.to_csv(path, index=False)
    back = na.read_output(folder)
    assert back.quotes["cue_type"].fillna("-").tolist() == result.quotes["cue_type"].fillna("-").tolist()
    assert list(back.quotes.columns) == list(result.quotes.columns)
