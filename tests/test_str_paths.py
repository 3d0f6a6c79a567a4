"""A str that names an existing file or folder is that path in analyze, analyze_to and write_report."""

from __future__ import annotations

import os
import warnings

import pandas as pd
import pytest

import newsanalysis as na

TEXTS = ["“We will win,” Ann Lee said.", "“It is a bad deal,” Tom Hart said. Rain fell."]


@pytest.fixture
def csv_path(tmp_path):
    path = tmp_path / "mine" / "articles.csv"
    path.parent.mkdir()
    pd.DataFrame({"id": ["a", "b"], "title": ["One", "Two"], "text": TEXTS}).to_csv(path, index=False)
    return path


def test_a_str_naming_a_csv_reads_the_table(csv_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "is this a path?" warning: it is one
        result = na.analyze(str(csv_path), progress=False)
    assert result.articles["article_id"].tolist() == ["a", "b"]
    assert result.articles["title"].tolist() == ["One", "Two"]
    assert result.quotes["speaker"].tolist() == ["Ann Lee", "Tom Hart"]


def test_a_relative_str_path_and_a_folder_and_a_list(csv_path, monkeypatch):
    monkeypatch.chdir(csv_path.parent.parent)
    assert na.analyze("mine/articles.csv", progress=False).articles["article_id"].tolist() == ["a", "b"]
    (csv_path.parent / "c.txt").write_text("“Fine,” Bo Li said.", encoding="utf-8")
    folder = na.analyze("mine", progress=False)
    assert sorted(folder.articles["article_id"]) == ["a", "b", "c"]
    mixed = na.analyze(["mine/c.txt", "It rained all day."], progress=False)
    assert mixed.articles["path"].notna().tolist() == [True, False]
    assert mixed.sentences["text"].tolist() == ["“Fine,” Bo Li said.", "It rained all day."]


def test_text_stays_text_and_na_text_keeps_a_path_like_text(csv_path, monkeypatch):
    monkeypatch.chdir(csv_path.parent.parent)
    # text with a line break, or naming nothing, is text
    two_lines = "mine/articles.csv\nwas the file."
    assert na.analyze(two_lines, progress=False).articles["path"].isna().all()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(na.analyze("It rained.", progress=False).sentences) == 1
        kept = na.analyze(na.text("mine/articles.csv"), progress=False)
    assert kept.sentences["text"].tolist() == ["mine/articles.csv"] and kept.articles["path"].isna().all()
    with pytest.raises(na.NewsAnalysisError, match="takes a str"):
        na.text(b"bytes")


def test_a_str_that_looks_like_a_missing_path_is_text_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.warns(UserWarning, match=r"no file or folder 'mine/artcles.csv'.*newsanalysis.text") as caught:
        result = na.analyze("mine/artcles.csv", progress=False)
    assert caught[0].filename == __file__
    assert result.sentences["text"].tolist() == ["mine/artcles.csv"]


def test_analyze_to_and_write_report_take_a_str_path(csv_path, tmp_path):
    pytest.importorskip("pyarrow")
    out = na.analyze_to(str(csv_path), str(tmp_path / "pq"), progress=False)
    assert out.rows["articles"] == 2
    page = na.write_report(str(csv_path), tmp_path / "rep", formats="png", dpi=30)
    html = page.read_text(encoding="utf-8")
    assert "2 article(s)" in html and "Ann Lee" in html
    back = na.read_output(tmp_path / "rep")
    assert back.articles["path"].map(os.path.basename).tolist() == ["articles.csv#0", "articles.csv#1"]  # file#row
