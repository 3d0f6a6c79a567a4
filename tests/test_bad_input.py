"""Bad input: binary files, empty files, huge files, wrong types -> NewsAnalysisError naming the input."""

import gzip
import io
import pickle
import random
import zipfile
from pathlib import Path

import pytest

import newsanalysis as na
from newsanalysis import load, schema
from newsanalysis.errors import ArticleReadError, InputTooLargeError, NewsAnalysisError
from newsanalysis.load import LoadFailure, decode_bytes, iter_inputs, read_article, read_articles


def write(tmp_path, name, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("article.txt", "Hello.")
    return buf.getvalue()


def random_bytes(n: int, seed: int, low: int = 0) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(n))


BINARIES = {
    "photo.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "PNG"),
    "photo.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(20), "JPEG"),
    "bundle.zip": (zip_bytes(), "ZIP"),
    "story.docx": (zip_bytes(), "docx"),
    "dump.txt.gz": (gzip.compress(b"Hello world. " * 50), "gzip"),
    "noise.bin": (random_bytes(4000, 1), "binary"),
    "noise-no-nul.txt": (random_bytes(4000, 2, low=1), "binary"),
    "nul-in-text.txt": (b"An ordinary sentence.\x00\x00 And more text here, after NULs.", "NUL"),
}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_files_are_refused_naming_file_and_kind(tmp_path, name):
    data, word = BINARIES[name]
    path = write(tmp_path, name, data)
    with pytest.raises(ArticleReadError) as info:
        read_article(path)
    msg = str(info.value)
    assert str(path) in msg
    assert word.lower() in msg.lower()
    assert "not text" in msg


@pytest.mark.parametrize(
    "data, problem",
    [(b"", "empty"), (b"   \n\r\n\t  ", "white space"), ("\ufeff \n".encode("utf-8"), "white space")],
)
def test_empty_files_are_refused(tmp_path, data, problem):
    path = write(tmp_path, "empty.txt", data)
    with pytest.raises(ArticleReadError, match=problem) as info:
        read_article(path)
    assert str(path) in str(info.value)


def test_header_without_body_is_refused(tmp_path):
    path = write(tmp_path, "head.txt", b"title: Only a title\n\n\n")
    with pytest.raises(ArticleReadError, match="no article text"):
        read_article(path)


def test_utf16_bom_with_broken_body(tmp_path):
    path = write(tmp_path, "broken.txt", b"\xff\xfeH\x00i\x00\x00\xd8")  # unpaired surrogate
    with pytest.raises(ArticleReadError, match="utf-16"):
        read_article(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ArticleReadError, match="no such file") as info:
        read_article(tmp_path / "nope.txt")
    assert "nope.txt" in str(info.value)
    with pytest.raises(ArticleReadError, match="folder"):
        read_article(tmp_path)
    with pytest.raises(ArticleReadError, match="nope"):
        read_articles(tmp_path / "nope")


def test_table_given_to_read_article_points_to_read_articles(tmp_path):
    path = write(tmp_path, "t.csv", b"text\nHello.\n")
    with pytest.raises(ArticleReadError, match=r"read_articles"):
        read_article(path)


# --- size policy -----------------------------------------------------------------------------


def test_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "dump.txt"
    with path.open("wb") as fh:  # a sparse 50 MB file: no disk used, and we must not read it
        fh.truncate(50_000_000)
    with pytest.raises(InputTooLargeError) as info:
        read_article(path)
    msg = str(info.value)
    assert str(path) in msg and "50.0 MB" in msg and "limit" in msg
    assert isinstance(info.value, ArticleReadError)


def test_size_limit_is_configurable(tmp_path, monkeypatch):
    path = write(tmp_path, "a.txt", b"Word. " * 1000)
    with pytest.raises(InputTooLargeError):
        read_article(path, max_bytes=1000)
    assert read_article(path, max_bytes=10_000).text.startswith("Word.")
    monkeypatch.setattr(load, "MAX_ARTICLE_BYTES", 1000)
    with pytest.raises(InputTooLargeError):
        read_article(path)
    (failure,) = list(iter_inputs(path))
    assert isinstance(failure, LoadFailure) and "limit" in failure.error


def test_overlong_text_becomes_an_error_row(monkeypatch):
    monkeypatch.setattr(load, "MAX_ARTICLE_CHARS", 50)
    result = na.analyze(["Short and fine.", "x" * 51])
    assert len(result.articles) == 1
    assert len(result.errors) == 1
    assert "limit" in result.errors.loc[0, "error"]


# --- wrong types -----------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [123, None, 4.5, ["a.txt"], b"a.txt"])
def test_read_article_wrong_type(bad):
    with pytest.raises(NewsAnalysisError, match=type(bad).__name__):
        read_article(bad)


def test_read_article_empty_path_string():
    with pytest.raises(NewsAnalysisError, match="empty"):
        read_article("")


@pytest.mark.parametrize("bad", [42, None, 3.0])
def test_read_articles_wrong_type(bad):
    with pytest.raises(NewsAnalysisError, match=type(bad).__name__):
        read_articles(bad)


def test_read_articles_wrong_item_and_option(tmp_path):
    with pytest.raises(NewsAnalysisError, match="int"):
        read_articles([tmp_path, 7])
    with pytest.raises(NewsAnalysisError, match="errors must be"):
        read_articles(tmp_path, errors="ignore")


@pytest.mark.parametrize("bad", [42, None, 3.5, b"bytes of text", {"text": "a dict"}, object()])
def test_analyze_wrong_type(bad):
    with pytest.raises(NewsAnalysisError) as info:
        na.analyze(bad)
    assert type(bad).__name__ in str(info.value)


def test_analyze_list_with_a_wrong_item_lists_it_in_errors():
    # in a corpus run one wrong item must not stop the others; it is reported instead
    result = na.analyze(["Fine text.", 3], progress=False)
    assert len(result.articles) == 1
    assert len(result.errors) == 1
    assert "int" in result.errors["error"].item()


def test_quotes_wrong_type():
    with pytest.raises(NewsAnalysisError, match="int"):
        na.quotes(3)


def test_dataframe_without_text_column_names_the_columns():
    pd = pytest.importorskip("pandas")
    with pytest.raises(NewsAnalysisError, match=r"no 'text' column.*body"):
        na.analyze(pd.DataFrame({"id": ["a"], "body": ["Hello."]}))


def test_article_with_non_str_text_is_an_error_row():
    art = load.Article(id="broken", text=None)
    result = na.analyze([art, "Fine."])
    assert result.errors["article_id"].tolist() == ["broken"]
    assert len(result.articles) == 1


def test_decode_bytes_wrong_type():
    with pytest.raises(NewsAnalysisError, match="str"):
        decode_bytes("already text")


def test_errors_survive_pickling():
    err = InputTooLargeError("file is too big", source="dump.txt")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is InputTooLargeError
    assert (back.source, back.problem, str(back)) == ("dump.txt", "file is too big", "dump.txt: file is too big")


# --- empty text through the pipeline ---------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\r\n \u00a0\u3000 "])
def test_empty_text_gives_empty_tables_with_schema_dtypes(text):
    result = na.analyze(text)
    assert len(result.errors) == 0
    assert len(result.sentences) == 0 and len(result.quotes) == 0 and len(result.speakers) == 0
    for name, df in result.tables().items():
        assert df.dtypes.astype(str).to_dict() == schema.SCHEMAS[name], name
    assert result.articles["n_sentences"].tolist() == [0]
    q = na.quotes(text)
    assert q.empty and q.dtypes.astype(str).to_dict() == schema.QUOTES


def test_lone_surrogates_do_not_break_the_tables(tmp_path):
    # JSON escapes can carry lone surrogates; a table cannot store them
    path = write(tmp_path, "rows.jsonl", b'{"id": "s", "title": "T\\ud800", "text": "Bad \\ud800 char \\u201cyes,\\u201d he said."}\n')
    result = na.analyze(path)
    assert result.errors.empty
    (art,) = read_articles(path)
    assert art.text == "Bad \ufffd char “yes,” he said."  # same length: offsets unchanged
    art = load.Article(id="x\udcff", text="Also \udcff here.")
    result = na.analyze(art)
    assert result.articles["article_id"].tolist() == ["x\ufffd"]
    assert result.sentences["text"].str.contains("\ufffd").any()


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><rss><channel><item><title>T</title></item></channel></rss>',
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>',
    ],
)
def test_xml_feeds_are_refused(tmp_path, data):
    path = write(tmp_path, "feed.xml", data)
    with pytest.raises(ArticleReadError, match="XML") as info:
        read_article(path)
    assert "feed.xml" in str(info.value)
