"""The command line, called in-process through main(argv)."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from newsanalysis.cli import main  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.txt").write_text("“We won,” Ann said. It was a great day.", encoding="utf-8")
    (d / "b.txt").write_text("“We lost badly,” Bob said.", encoding="utf-8")
    return d


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_report_writes_the_folder(tmp_path, folder, capsys):
    out = tmp_path / "out"
    code = main(["report", str(folder), "--out", str(out), "--formats", "png,svg", "--dpi", "30", "--quiet"])
    assert code == 0
    assert (out / "report.html").is_file()
    assert {p.name for p in (out / "tables").glob("*.csv")} >= {"sentences.csv", "quotes.csv", "speakers.csv"}
    assert (out / "charts" / "quote_counts.png").is_file() and (out / "charts" / "quote_counts.svg").is_file()
    assert not list(out.rglob("*.pdf"))
    assert capsys.readouterr().out == ""  # --quiet


def test_report_refuses_a_non_empty_folder_without_force(tmp_path, folder, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("x", encoding="utf-8")
    assert main(["report", str(folder), "--out", str(out), "--formats", "png", "-q"]) == 1
    line = one_line_error(capsys.readouterr().err)
    assert "--force" in line and str(out) in line
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert main(["report", str(folder), "--out", str(out), "--formats", "png", "--dpi", "30", "-q", "--force"]) == 0
    assert (out / "report.html").exists()


def test_missing_input_is_one_line(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    assert main(["report", str(missing), "--out", str(tmp_path / "o")]) == 1
    line = one_line_error(capsys.readouterr().err)
    assert str(missing) in line and "no such file" in line
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["report", "x"], "--out"),
        (["report", "x", "--out", "o", "--jobs", "0"], "--jobs"),
        (["report", "x", "--out", "o", "--jobs", "two"], "--jobs"),
        (["frobnicate"], "frobnicate"),
        ([], "COMMAND"),
    ],
)
def test_usage_errors_are_one_line_exit_2(argv, fragment, capsys):
    assert main(argv) == 2
    assert fragment in one_line_error(capsys.readouterr().err)


def test_bad_format_is_one_line(tmp_path, folder, capsys):
    assert main(["report", str(folder), "--out", str(tmp_path / "o"), "--formats", "png,gif"]) == 1
    assert "gif" in one_line_error(capsys.readouterr().err)


def test_all_inputs_failing_still_writes_the_report_and_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00\x00")
    assert main(["report", str(bad), "--out", str(tmp_path / "o"), "--formats", "png", "-q"]) == 1
    assert "bad" in (tmp_path / "o" / "report.html").read_text(encoding="utf-8")
    assert "no input could be analysed" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--help"], ["report", "--help"], ["quotes", "--help"]])
def test_help_is_complete(argv, capsys):
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: newsanalysis")
    if argv == ["--help"]:
        assert "report" in out and "quotes" in out
    if argv[0] == "report":
        for option in ("--out", "--formats", "--jobs", "--force", "PATH"):
            assert option in out


def test_quotes_prints_a_readable_table(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("“We won the match,” Ann said. “It was a very long and muddy afternoon indeed,” Bob said.",
                 encoding="utf-8")
    assert main(["quotes", str(f)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "a: 2 statements in 2 rows"
    assert "Speaker" in lines[1] and "Quote" in lines[1]
    assert "Ann" in lines[2] and "“We won the match,”" in lines[2]
    assert "Bob" in out


def test_quotes_counts_statements_as_every_other_count_does(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("“We will win,” Ann said, “and win big.” Bob said the plan was “a mess” for all.", encoding="utf-8")
    assert main(["quotes", str(f)]) == 0
    head = capsys.readouterr().out.splitlines()[0]
    from pathlib import Path

    from newsanalysis import analyze

    n = int(analyze(Path(f), progress=False).articles["n_statements"].iloc[0])
    assert head == f"a: {n} statements in 4 rows" and n == 2


def test_quotes_of_a_bad_file_is_one_line(tmp_path, capsys):
    f = tmp_path / "empty.txt"
    f.write_text("", encoding="utf-8")
    assert main(["quotes", str(f)]) == 1
    assert "empty.txt" in one_line_error(capsys.readouterr().err)
    assert main(["quotes", str(tmp_path)]) == 1
    assert "folder" in one_line_error(capsys.readouterr().err)


def test_python_dash_m_runs(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-m", "newsanalysis", "quotes", str(tmp_path / "missing.txt")],
                          capture_output=True, text=True, cwd=root, env=env)
    assert done.returncode == 1
    assert done.stderr.startswith("newsanalysis: error:") and "Traceback" not in done.stderr


def test_report_title_and_png_by_default(tmp_path, folder):
    out = tmp_path / "out"
    assert main(["report", str(folder), "--out", str(out), "--dpi", "30", "-q", "--title", "Harbor <bridge> & co"]) == 0
    text = (out / "report.html").read_text(encoding="utf-8")
    assert "<title>Harbor &lt;bridge&gt; &amp; co</title>" in text and "<h1>Harbor &lt;bridge&gt; &amp; co</h1>" in text
    charts = {p.suffix for p in (out / "charts").rglob("*.*")}
    assert charts == {".png"}  # SVG and PDF only when asked for
