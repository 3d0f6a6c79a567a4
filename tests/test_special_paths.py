"""Special files, links and odd folders: refused at once or listed as errors rows, never hung on or dropped."""

from __future__ import annotations

import os
import threading
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import newsanalysis as na  # noqa: E402
from newsanalysis.cli import main  # noqa: E402
from newsanalysis.load import read_article, read_articles  # noqa: E402

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks")


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def bounded(fn, *args):
    """Run ``fn`` in a thread; a hang (the bug this guards against) fails instead of blocking the suite."""
    box: dict = {}

    def run():
        try:
            box["value"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(60)
    assert not t.is_alive(), f"{fn.__name__} hung"
    if "error" in box:
        raise box["error"]
    return box["value"]


def test_a_fifo_is_refused_at_once(tmp_path, capsys):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(na.ArticleReadError, match="is a FIFO"):
        bounded(read_article, fifo)
    result = bounded(na.analyze, fifo)
    assert result.errors["error"].str.contains("FIFO").all() and len(result.errors) == 1
    assert bounded(main, ["quotes", str(fifo)]) == 1
    assert "is a FIFO (named pipe), not a file" in capsys.readouterr().err
    assert bounded(main, ["report", str(fifo), "--out", str(tmp_path / "out"), "--formats", "png", "-q",
                          "--max-article-charts", "1"]) == 1


def test_a_device_is_refused(tmp_path):
    with pytest.raises(na.ArticleReadError, match="character device"):
        read_article("/dev/zero")


def test_every_path_a_folder_run_skips_is_an_error_row(tmp_path, monkeypatch):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "locked").mkdir()
    (root / "a.txt").write_text("“Yes,” Ann Lee said.", encoding="utf-8")
    (root / "sub" / "b.txt").write_text("Rain fell.", encoding="utf-8")
    (root / "locked" / "c.txt").write_text("Never read.", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "o.txt").write_text("From elsewhere.", encoding="utf-8")
    (root / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (root / "loop1.txt").symlink_to(root / "loop2.txt")
    (root / "loop2.txt").symlink_to(root / "loop1.txt")
    (root / "out-file.txt").symlink_to(outside / "o.txt")
    (root / "out-dir").symlink_to(outside)
    (root / "zz-in-dir").symlink_to(root / "sub")
    (root / "same.txt").symlink_to(root / "a.txt")  # a link to a file inside: read, as before
    os.mkfifo(root / "pipe.txt")
    real_scandir = os.scandir

    def scandir(path="."):  # tests run as root, who can read any folder: refuse this one by hand
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = bounded(na.analyze, root)
    assert sorted(result.articles["article_id"]) == ["a", "same", "sub/b"]
    errors = dict(zip(result.errors["article_id"], result.errors["error"]))
    assert set(errors) == {"dangling", "locked", "loop1", "loop2", "out-file", "out-dir", "zz-in-dir", "pipe"}
    assert "which does not exist" in errors["dangling"]
    assert "symlink loop" in errors["loop1"]
    assert "cannot be read" in errors["locked"] and "Permission denied" in errors["locked"]
    assert "outside the folder; not followed" in errors["out-file"] and "follow_links" in errors["out-dir"]
    assert "FIFO" in errors["pipe"]
    assert "inside the folder" in errors["zz-in-dir"]
    # following links reads what they point to; the folder reached twice is read once
    followed = bounded(lambda: na.analyze(root, follow_links=True))
    assert sorted(followed.articles["article_id"]) == ["a", "out-dir/o", "out-file", "same", "sub/b"]
    assert set(followed.errors["article_id"]) == {"dangling", "locked", "loop1", "loop2", "zz-in-dir", "pipe"}
    assert "already read" in dict(zip(followed.errors["article_id"], followed.errors["error"]))["zz-in-dir"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert len(read_articles(root, errors="warn")) == 3
    assert len(caught) == 8 and any("dangling" in str(w.message) for w in caught)


def test_a_marker_that_is_a_symlink_does_not_hide_a_folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Sun.", encoding="utf-8")
    (tmp_path / "elsewhere").write_text("x", encoding="utf-8")
    (tmp_path / "in" / ".newsanalysis-output").symlink_to(tmp_path / "elsewhere")
    assert na.analyze(tmp_path / "in").articles["article_id"].tolist() == ["a"]


# -- --out and the inputs ----------------------------------------------------------------------------------


def test_out_equal_to_or_holding_inputs_is_refused(tmp_path, capsys):
    d = tmp_path / "in"
    (d / "notes").mkdir(parents=True)
    (d / "a.txt").write_text("“Yes,” Ann Lee said.", encoding="utf-8")
    (d / "notes" / "n.txt").write_text("A note.", encoding="utf-8")
    args = ["--formats", "png", "--dpi", "20", "--max-article-charts", "1", "-q"]
    assert main(["report", str(d), "--out", str(d), "--force", *args]) == 1
    assert "--out is the input folder" in capsys.readouterr().err
    assert main(["report", str(d), "--out", str(d / "notes"), "--force", *args]) == 1
    assert "inside the input folder" in capsys.readouterr().err
    assert main(["report", str(d / "a.txt"), "--out", str(d), "--force", *args]) == 1
    assert "holds the input" in capsys.readouterr().err
    assert sorted(p.name for p in d.rglob("*")) == ["a.txt", "n.txt", "notes"]  # nothing written
    assert main(["report", str(d), "--out", str(d / "report"), *args]) == 0  # a new subfolder is fine
    assert sorted(na.analyze(d).articles["article_id"]) == ["a", "notes/n"]


def test_cli_second_writer_names_the_folder_and_the_run(tmp_path, capsys):
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("Sun.", encoding="utf-8")
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from newsanalysis.output import OutputLock\nimport sys\n"
         f"with OutputLock({str(out)!r}, create=True):\n    print('locked', flush=True)\n    sys.stdin.read()"],
        cwd=Path(__file__).resolve().parent.parent, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert main(["report", str(tmp_path / "a.txt"), "--out", str(out), "--force", "-q"]) == 1
        err = capsys.readouterr().err
        assert str(out) in err and f"pid {holder.pid}" in err and "another newsanalysis run" in err
    finally:
        holder.stdin.close()
        holder.wait()


# -- terminal and spreadsheet output ----------------------------------------------------------------------


def test_quotes_and_warnings_escape_control_characters(tmp_path, capsys):
    p = tmp_path / "evil.txt"
    filler = "The council met on Monday and talked for a long time about the bridge. " * 20
    p.write_text(f"“Hi\x1b[2J\x1b]8;;http://x\x07there,” Ann Lee said. \u202e“evil,” Bo said. {filler}",
                 encoding="utf-8")
    assert main(["quotes", str(p)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b[2J" in out
    bad = tmp_path / "bad\x1b[31m.csv"
    bad.write_text("id,text\nx\x1b[2J,\n", encoding="utf-8")
    main(["quotes", str(bad)])
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b" in err


def test_cli_formula_safe(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("“=HYPERLINK(1),” Ann Lee said.", encoding="utf-8")
    args = ["report", str(p), "--formats", "png", "--dpi", "20", "--max-article-charts", "1", "-q"]
    assert main([*args, "--out", str(tmp_path / "safe"), "--formula-safe"]) == 0  # without: test_output
    assert "'=HYPERLINK" in (tmp_path / "safe" / "tables" / "quotes.csv").read_text(encoding="utf-8")
    assert na.read_output(tmp_path / "safe").quotes["text"].tolist() == ["=HYPERLINK(1),"]


def test_cli_warnings_are_escaped(tmp_path, capsys):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    for d in ("x", "y"):
        (tmp_path / d / "a\x1b[2Jb.txt").write_text("“Yes,” Ann Lee said.", encoding="utf-8")
    args = ["report", str(tmp_path / "x" / "a\x1b[2Jb.txt"), str(tmp_path / "y" / "a\x1b[2Jb.txt"),
            "--out", str(tmp_path / "out"), "--formats", "png", "--dpi", "20", "--max-article-charts", "1", "-q"]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "is used more than once" in err and "\x1b" not in err and "\\x1b[2J" in err
