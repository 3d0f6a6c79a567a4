"""Folder runs: unique ids for nested files, and outputs never read back as articles."""

from pathlib import Path

import pytest

import newsanalysis as na
from newsanalysis import cli


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_same_file_name_in_two_subfolders_gives_two_articles(tmp_path):
    write(tmp_path / "x" / "a.txt", "“Yes,” Ann Lee said.")
    write(tmp_path / "y" / "a.txt", "Rain fell all day.")
    write(tmp_path / "top.txt", "Sun.")
    result = na.analyze(tmp_path, progress=False)
    ids = result.articles["article_id"].tolist()
    assert sorted(ids) == ["top", "x/a", "y/a"]
    # each article keeps its own rows
    assert result.quotes["article_id"].tolist() == ["x/a"]
    assert set(result.sentences.groupby("article_id")["text"].first()) == {"“Yes,” Ann Lee said.", "Rain fell all day.", "Sun."}


def test_report_inside_the_input_folder_is_not_read_back(tmp_path, capsys):
    write(tmp_path / "one.txt", "“We won,” Ann Lee said.")
    write(tmp_path / "two.txt", "Bob Ray said taxes would fall.")
    out = tmp_path / "report"
    assert cli.main(["report", str(tmp_path), "--out", str(out), "--formats", "png", "--quiet"]) == 0
    assert (out / "tables" / "sentences.csv").exists()
    # second run over the same folder, now holding the report and its CSV tables
    assert cli.main(["report", str(tmp_path), "--out", str(out), "--formats", "png", "--force", "--quiet"]) == 0
    result = na.analyze(tmp_path, progress=False)
    assert sorted(result.articles["article_id"]) == ["one", "two"]
    assert result.errors.empty


def test_tables_written_by_to_csv_are_skipped_by_folder_runs(tmp_path):
    write(tmp_path / "a.txt", "“Fine,” Ann Lee said.")
    na.analyze(tmp_path / "a.txt").to_csv(tmp_path / "tables")
    result = na.analyze(tmp_path, progress=False)
    assert result.articles["article_id"].tolist() == ["a"]
    assert result.errors.empty


def test_inputs_with_the_same_id_stay_separate_articles(tmp_path):
    import pandas as pd

    df = pd.DataFrame({"text": ["“Yes,” Ann Lee said.", "Rain."]})
    write(tmp_path / "x" / "a.txt", "“No,” Bob Ray said.")
    write(tmp_path / "y" / "a.txt", "Sun.")
    with pytest.warns(UserWarning, match="is used more than once") as caught:
        result = na.analyze([df, df, tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt"], progress=False)
    assert len(caught) == 3  # row-0, row-1 and a, each renamed once
    ids = result.articles["article_id"].tolist()
    assert len(ids) == len(set(ids)) == 6
    # every article keeps exactly its own sentences
    assert result.sentences.groupby("article_id").size().to_dict() == dict.fromkeys(ids, 1)
    assert result.quotes["article_id"].nunique() == 3
