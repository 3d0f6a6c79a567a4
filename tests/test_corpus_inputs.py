"""Corpus runs account for every input: each file (or table row) is an article or an error row."""

import codecs
import json
import warnings

import pytest

import newsanalysis as na
from newsanalysis import load
from newsanalysis.errors import ArticleReadError

GOOD = "“We will talk again,” the minister said on Monday.\n\nTalks resume next week."


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A folder of good and bad inputs, and the ids expected as articles and as errors."""
    monkeypatch.setattr(load, "MAX_ARTICLE_BYTES", 20_000)  # "huge" without writing megabytes
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    files = {
        "good.txt": GOOD.encode(),
        "crlf.txt": GOOD.replace("\n", "\r\n").encode(),
        "cp1252.txt": "“Très bien,” said Zoë Müller – naïvely.".encode("cp1252"),
        "utf16.txt": codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"),
        "utf16-nobom.txt": GOOD.encode("utf-16-be"),
        "page.html": (
            "<html><head><title>Page</title></head><body><article>"
            "<p>“It works,” Ann Lee said of the plan on Tuesday.</p></article></body></html>"
        ).encode(),
        "sub/nested.md": b"title: Nested\n\nIt rained.",
        "empty.txt": b"",
        "blank.txt": b"  \n\n ",
        "scan.pdf": b"%PDF-1.4\n" + bytes(range(256)),
        "photo.png": b"\x89PNG\r\n\x1a\n" + bytes(64),
        "junk.bin": bytes([0, 1, 2, 3, 250, 251]) * 100,
        "huge.txt": b"All work and no play. " * 2000,
        "table.csv": b'id,title,text\nr1,One,"Row one, fine."\nr2,Two,\nr3,Three,Row three.\n',
        "rows.jsonl": (
            json.dumps({"id": "j1", "text": "Line one."})
            + "\n{not json}\n"
            + json.dumps({"id": "j3", "text": 5})
            + "\n"
            + json.dumps(["a", "list"])
            + "\n"
            + json.dumps({"id": "j5", "text": "Line five."})
            + "\n"
        ).encode(),
        "notext.csv": b"id,body\nq1,Hello.\n",
        "header-only.csv": b"id,text\n",
        ".hidden.txt": b"Hidden files are skipped on purpose.",
    }
    for name, data in files.items():
        (d / name).write_bytes(data)
    articles = {"good", "crlf", "cp1252", "utf16", "utf16-nobom", "page", "sub/nested", "r1", "r3", "j1", "j5"}
    errors = {
        "empty", "blank", "scan", "photo", "junk", "huge",  # files
        "r2",  # csv row without text
        "rows-line2", "j3", "rows-line4",  # bad jsonl lines
        "notext", "header-only",  # tables without a text column / without rows
    }
    return d, articles, errors


def test_every_input_is_an_article_or_an_error(corpus):
    folder, articles, errors = corpus
    result = na.analyze(folder)
    got_articles = set(result.articles["article_id"])
    got_errors = set(result.errors["article_id"])
    assert got_articles == articles
    assert got_errors == errors
    assert not got_articles & got_errors
    # each error row says where and what, in words
    assert result.errors["path"].notna().all()
    assert (result.errors["error"].str.len() > 5).all()
    by_id = dict(zip(result.errors["article_id"], result.errors["error"]))
    assert "empty" in by_id["empty"]
    assert "PDF" in by_id["scan"]
    assert "limit" in by_id["huge"]
    assert "text" in by_id["r2"] and "JSON" in by_id["rows-line2"]
    assert "no 'text' column" in by_id["notext"]
    assert "internal error" not in " ".join(by_id.values())


def test_encodings_are_recorded_in_the_articles_table(corpus):
    folder, _, _ = corpus
    arts = na.analyze(folder).articles.set_index("article_id")
    assert arts.loc["cp1252", "encoding"] == "cp1252"
    assert arts.loc["utf16", "encoding"] == "utf-16-le"
    assert arts.loc["utf16-nobom", "encoding"] == "utf-16-be"
    assert arts.loc["good", "encoding"] == "utf-8"
    assert arts.loc["good", "n_sentences"] == arts.loc["crlf", "n_sentences"] == arts.loc["utf16", "n_sentences"]


def test_read_articles_warns_once_per_skipped_input(corpus):
    folder, articles, errors = corpus
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = na.read_articles(folder, errors="warn")
    assert {a.id for a in got} == articles
    messages = [str(w.message) for w in caught]
    assert len(messages) == len(errors)
    assert all(m.startswith("skipped ") for m in messages)
    assert any("scan.pdf" in m for m in messages)
    assert any("table.csv#1" in m for m in messages)  # a bad row is named by file and row


def test_read_articles_raise_names_the_first_bad_file(corpus):
    folder, _, _ = corpus
    with pytest.raises(ArticleReadError) as info:
        na.read_articles(folder)
    # files are read in sorted order; blank.txt is the first bad one
    assert "blank.txt" in str(info.value)


def test_list_of_paths_with_a_missing_one(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = na.analyze([good, tmp_path / "missing.txt", "A plain text article."])
    assert len(result.articles) == 2
    assert result.errors["article_id"].tolist() == ["missing"]
    assert "no such file" in result.errors.loc[0, "error"]


def test_empty_folder_is_reported(tmp_path):
    result = na.analyze(tmp_path)
    assert len(result.articles) == 0
    assert result.errors["error"].tolist() == ["folder contains no files"]
