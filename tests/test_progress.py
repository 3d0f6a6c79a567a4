"""Progress that moves: the analysis bar advances article by article, the report shows its steps, and both
are quiet when asked (issue 24, item 5). Read from the bar's own output on stderr."""

import re

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

import newsanalysis as na  # noqa: E402
from newsanalysis import cli  # noqa: E402

TEXTS = ["“We will build it,” Mayor Ann Lee said.", "Bob Stone said the plan was too costly.", "It rained."]


@pytest.fixture
def every_update(monkeypatch):
    """tqdm redraws at most every 0.1 s by default; here every update is drawn, so the output shows them all."""
    import tqdm.auto
    import tqdm.std

    class EveryUpdate(tqdm.std.tqdm):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **{**kwargs, "mininterval": 0, "miniters": 1})

    monkeypatch.setattr(tqdm.auto, "tqdm", EveryUpdate)


def _counts(err: str, pattern: str) -> list[int]:
    return [int(m) for m in re.findall(pattern, err)]


def test_analysis_bar_advances_before_the_end(every_update, capsys):
    na.analyze([TEXTS[i % 3] for i in range(30)], progress=True)
    counts = _counts(capsys.readouterr().err, r"(\d+)/30")
    assert counts[-1] == 30
    assert any(0 < c < 30 for c in counts)  # it moved before the run ended (a chunk holds all 30)


def test_folder_of_unknown_length_counts_articles(every_update, tmp_path, capsys):
    for i in range(40):
        (tmp_path / f"a{i:02}.txt").write_text(TEXTS[i % 3], encoding="utf-8")
    na.analyze(tmp_path, progress=True)
    counts = _counts(capsys.readouterr().err, r"(\d+) articles \[")
    assert counts[-1] == 40 and any(20 < c < 40 for c in counts)


def test_report_shows_its_steps(every_update, tmp_path, capsys):
    result = na.analyze(TEXTS, progress=False)
    na.write_report(result, tmp_path / "rep", progress=True)
    err = capsys.readouterr().err
    steps = _counts(err, r"report: (\d+) steps")
    assert steps == sorted(steps) and steps[-1] >= 5
    assert "table: quotes" in err and "chart: " in err and "report.html" in err


def test_quiet_report_prints_nothing(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(25):
        (folder / f"a{i:02}.txt").write_text(TEXTS[i % 3], encoding="utf-8")
    assert cli.main(["report", str(folder), "--out", str(tmp_path / "rep"), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "articles" not in captured.err and "steps" not in captured.err
    na.write_report(na.analyze(TEXTS, progress=False), tmp_path / "rep2", progress=False)
    assert capsys.readouterr().err == ""


def test_report_help_names_every_table_it_writes(tmp_path, capsys):
    assert cli.main(["report", "--help"]) == 0
    helptext = " ".join(capsys.readouterr().out.split())
    cli.main(["report", "--quiet", "--out", str(tmp_path / "rep"), "--formats", "png", str(_one_file(tmp_path))])
    written = {p.stem for p in (tmp_path / "rep" / "tables").glob("*.csv")}
    assert len(written) == 8
    for name in written:
        assert name in helptext, name


def _one_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXTS[0], encoding="utf-8")
    return path
