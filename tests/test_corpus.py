"""Corpus runs: streaming, parallel == serial, the errors table, order, Parquet output."""

from __future__ import annotations

import json
import multiprocessing
import os
import warnings
from datetime import date

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import newsanalysis as na
from newsanalysis import corpus, schema, tables
from newsanalysis.errors import NewsAnalysisError, OutputExistsError
from newsanalysis.load import Article, article_from_text
from newsanalysis.persons import link_people

TABLES = list(schema.SCHEMAS)

TEXTS = [
    "“We will build the bridge,” Mayor Ann Lee said on Monday. The council met later.",
    "The vote was close. “It is a bad deal,” Tom Hart said. He added that costs would rise.",
    "Rain fell all day.\n\nThe river rose by a metre, officials said.",
    "“Nobody asked us,” Maria Gomez wrote. “We will appeal.”",
    "Prices climbed again in May. Shoppers were not happy.",
    "“Great news for the city!” Lee told reporters. Hart did not reply.",
]


def make_articles(n: int) -> list[Article]:
    return [article_from_text(TEXTS[i % len(TEXTS)], id=f"a{i:03d}") for i in range(n)]


def assert_results_equal(left, right) -> None:
    for name in TABLES:
        assert_frame_equal(getattr(left, name), getattr(right, name), obj=name)


class Counting:
    """An iterator (not a list) over ``items`` that records how many were taken."""

    def __init__(self, items):
        self._items = iter(items)
        self.consumed = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._items)
        self.consumed += 1
        return item


def test_generator_is_consumed_chunk_by_chunk(monkeypatch):
    source = Counting(make_articles(50))
    seen_at_chunk: list[int] = []
    real = corpus.analyze_chunk

    def spy(items, *args):
        seen_at_chunk.append(source.consumed)
        return real(items, *args)

    monkeypatch.setattr(corpus, "analyze_chunk", spy)
    result = corpus.analyze(source, chunk_size=10, progress=False)
    assert seen_at_chunk[0] == 10  # the first chunk was built before the rest was read
    assert seen_at_chunk == [10, 20, 30, 40, 50]
    assert len(result.articles) == 50


def test_parallel_run_reads_ahead_only_a_few_chunks():
    source = Counting(make_articles(60))
    chunks = corpus.iter_tables(source, n_jobs=2, chunk_size=5, progress=False)
    first = next(chunks)
    assert len(first["articles"]) == 5
    assert source.consumed <= 2 * 2 * 5 + 5 < 60
    chunks.close()


def test_parallel_equals_serial_in_input_order():
    arts = make_articles(23)
    arts.insert(7, article_from_text("   ", id="blank"))  # an article or an error row, the same either way
    serial = corpus.analyze(arts, n_jobs=1, chunk_size=4, progress=False)
    parallel = corpus.analyze(arts, n_jobs=2, chunk_size=4, progress=False)
    assert_results_equal(serial, parallel)
    failed = set(serial.errors["article_id"])
    assert set(serial.articles["article_id"]) | failed == {a.id for a in arts}
    assert serial.articles["article_id"].tolist() == [a.id for a in arts if a.id not in failed]


def test_chunk_size_does_not_change_the_tables():
    arts = make_articles(9)
    assert_results_equal(
        corpus.analyze(arts, chunk_size=1, progress=False), corpus.analyze(arts, chunk_size=100, progress=False)
    )


def test_order_of_rows_follows_input_order():
    arts = [article_from_text(t, id=name) for name, t in zip("zyxwvu", TEXTS)]
    result = corpus.analyze(arts, chunk_size=2, progress=False)
    assert result.articles["article_id"].tolist() == list("zyxwvu")
    order = result.sentences["article_id"].drop_duplicates().tolist()
    assert order == list("zyxwvu")
    for _, group in result.sentences.groupby("article_id", sort=False):
        assert group["sentence"].tolist() == list(range(len(group)))


def test_failures_go_to_the_errors_table_and_the_run_goes_on(tmp_path, monkeypatch):
    (tmp_path / "a-good.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "b-empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "c-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "d-odd.txt").write_text(TEXTS[1], encoding="utf-8")
    (tmp_path / "e-good.txt").write_text(TEXTS[2], encoding="utf-8")

    real = corpus.article_records

    def fragile(article):
        if article.id == "d-odd":
            raise ValueError("boom on an odd input")
        return real(article)

    monkeypatch.setattr(corpus, "article_records", fragile)
    result = corpus.analyze([tmp_path, 42], progress=False)
    assert result.articles["article_id"].tolist() == ["a-good", "e-good"]
    errors = result.errors.set_index("article_id")["error"]
    assert list(errors.index) == ["b-empty", "c-binary", "d-odd", "input-1"]
    assert "empty" in errors["b-empty"]
    assert "not text" in errors["c-binary"]
    assert "ValueError" in errors["d-odd"] and "boom" in errors["d-odd"]
    assert "int" in errors["input-1"]
    assert result.errors.loc[result.errors["article_id"] == "b-empty", "path"].item().endswith("b-empty.txt")
    assert result.errors.dtypes.astype(str).to_dict() == schema.ERRORS


def test_one_unsupported_source_still_raises():
    with pytest.raises(NewsAnalysisError, match="cannot analyse a int"):
        corpus.analyze(42, progress=False)


@pytest.mark.parametrize("bad", [{"n_jobs": 0}, {"n_jobs": -2}, {"n_jobs": 1.5}, {"chunk_size": 0}])
def test_bad_options_are_refused(bad):
    with pytest.raises(NewsAnalysisError):
        corpus.analyze(["One."], progress=False, **bad)


def test_tables_and_files_of_articles(tmp_path):
    frame = pd.DataFrame({"id": ["p", "q"], "text": TEXTS[:2], "outlet": ["X", "Y"]})
    (tmp_path / "arts.jsonl").write_text(
        "\n".join(json.dumps({"id": i, "text": t}) for i, t in zip(["p", "q"], TEXTS[:2])), encoding="utf-8"
    )
    from_frame = corpus.analyze(frame, progress=False)
    from_jsonl = corpus.analyze(tmp_path / "arts.jsonl", progress=False)
    assert from_frame.articles["article_id"].tolist() == ["p", "q"]
    assert_frame_equal(from_frame.sentences, from_jsonl.sentences)
    assert_frame_equal(from_frame.quotes, from_jsonl.quotes)


def test_empty_source_gives_empty_typed_tables():
    result = corpus.analyze([], progress=False)
    for name in TABLES:
        table = getattr(result, name)
        assert len(table) == 0
        assert table.dtypes.astype(str).to_dict() == schema.SCHEMAS[name]


def test_progress_bar_only_for_more_than_a_few_articles(capsys):
    corpus.analyze(make_articles(3), progress=True)
    assert capsys.readouterr().err == ""
    corpus.analyze(make_articles(30), progress=False)
    assert capsys.readouterr().err == ""
    corpus.analyze(make_articles(30), progress=True, chunk_size=10)
    assert "30/30" in capsys.readouterr().err


def test_progress_bar_of_a_run_of_unknown_length(capsys, tmp_path):
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(TEXTS[i], encoding="utf-8")
    corpus.analyze(tmp_path, progress=True)  # a folder: length unknown, but only 3 articles
    assert capsys.readouterr().err == ""
    corpus.analyze((a for a in make_articles(30)), progress=True, chunk_size=7)
    assert "30article" in capsys.readouterr().err.replace(" ", "")
    for i in range(3, 25):
        (tmp_path / f"a{i}.txt").write_text(TEXTS[i % len(TEXTS)], encoding="utf-8")
    corpus.analyze([tmp_path], progress=True)  # one folder of 25 articles
    assert "25article" in capsys.readouterr().err.replace(" ", "")


def test_automatic_chunks_give_every_worker_several():
    assert corpus._auto_chunk_size(None, 2) == corpus.UNKNOWN_TOTAL_CHUNK_SIZE  # small, so the bar moves
    assert corpus._auto_chunk_size(10_000, 1) == corpus.DEFAULT_CHUNK_SIZE
    assert corpus._auto_chunk_size(10_000, 2) == corpus.DEFAULT_CHUNK_SIZE
    assert 25 <= corpus._auto_chunk_size(924, 2) <= 924 // 8
    assert corpus._auto_chunk_size(30, 2) == corpus.MIN_AUTO_CHUNK_SIZE


def test_analyze_to_round_trip_equals_analyze(tmp_path):
    arts = make_articles(17) + [article_from_text("", id="empty")]
    expected = corpus.analyze(arts, progress=False)
    out = corpus.analyze_to(arts, tmp_path / "out", chunk_size=5, progress=False)
    assert sorted(p.name for p in (tmp_path / "out" / "sentences").iterdir())[0] == "part-00000.parquet"
    assert len(list((tmp_path / "out" / "sentences").iterdir())) == 4  # 18 articles in chunks of 5
    parts = {name: pd.read_parquet(tmp_path / "out" / name) for name in TABLES}
    for name in TABLES:
        assert out.rows[name] == len(parts[name])
    # parts name people within each article ("Lee" where that article says no more); linking the
    # run's tables gives analyze()'s person column
    assert (parts["quotes"]["person"] != expected.quotes["person"]).any()
    parts["quotes"], parts["speakers"] = link_people(parts["quotes"], parts["speakers"])
    for name in TABLES:
        assert_frame_equal(parts[name], getattr(expected, name), obj=name, check_frame_type=False)  # the tables of a result read old column names
    assert_results_equal(out.load(), expected)


def test_analyze_to_with_workers_equals_analyze(tmp_path):
    arts = make_articles(12)
    out = corpus.analyze_to(arts, tmp_path / "out", chunk_size=3, n_jobs=2, progress=False)
    assert_results_equal(out.load(), corpus.analyze(arts, progress=False))


def test_analyze_to_empty_tables_read_back_with_their_columns(tmp_path):
    out = corpus.analyze_to(["It rained."], tmp_path / "out", progress=False)
    errors = pd.read_parquet(out.paths["errors"])
    assert len(errors) == 0
    assert errors.dtypes.astype(str).to_dict() == schema.ERRORS


def test_analyze_to_does_not_clobber(tmp_path):
    folder = tmp_path / "out"
    corpus.analyze_to(make_articles(8), folder, chunk_size=2, progress=False)
    with pytest.raises(OutputExistsError, match="overwrite=True"):
        corpus.analyze_to(make_articles(1), folder, progress=False)
    assert len(pd.read_parquet(folder / "articles")) == 8  # untouched
    notes = folder / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    corpus.analyze_to(make_articles(1), folder, progress=False, overwrite=True)
    assert len(pd.read_parquet(folder / "articles")) == 1  # old parts are gone
    assert notes.read_text(encoding="utf-8") == "mine"


def test_analyze_to_refuses_a_file_as_folder(tmp_path):
    target = tmp_path / "file.txt"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(OutputExistsError):
        corpus.analyze_to(["One."], target, progress=False, overwrite=True)


def _stamp_pid(article):
    rec = tables.article_records(article)
    rec["articles"]["source"] = [str(os.getpid())]
    return rec


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patch reaches workers only by fork")
def test_parallel_chunks_run_in_worker_processes(monkeypatch):
    monkeypatch.setattr(corpus, "article_records", _stamp_pid)
    result = corpus.analyze(make_articles(12), n_jobs=2, chunk_size=2, progress=False)
    pids = set(result.articles["source"])
    assert str(os.getpid()) not in pids
    assert len(pids) == 2


def test_a_single_chunk_needs_no_workers(monkeypatch):
    monkeypatch.setattr(corpus, "article_records", _stamp_pid)
    result = corpus.analyze(make_articles(3), n_jobs=2, chunk_size=10, progress=False)
    assert set(result.articles["source"]) == {str(os.getpid())}


_PARENT = os.getpid()


def _die_in_a_worker(article):
    if article.id == "a005" and os.getpid() != _PARENT:
        os._exit(1)  # a worker dies (out of memory, a crash in a C library)
    return tables.article_records(article)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patch reaches workers only by fork")
def test_a_dead_worker_does_not_lose_articles(monkeypatch):
    monkeypatch.setattr(corpus, "article_records", _die_in_a_worker)
    arts = make_articles(16)
    result = corpus.analyze(arts, n_jobs=2, chunk_size=2, progress=False)
    assert_results_equal(result, corpus.analyze(arts, progress=False))


def test_parallel_run_over_a_folder_with_a_bad_file(tmp_path):
    for i in range(30):
        (tmp_path / f"a{i:02d}.txt").write_text(TEXTS[i % len(TEXTS)], encoding="utf-8")
    (tmp_path / "a07.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    serial = corpus.analyze(tmp_path, progress=False)
    parallel = corpus.analyze(tmp_path, n_jobs=2, chunk_size=4, progress=False)
    assert_results_equal(serial, parallel)
    assert parallel.errors["article_id"].tolist() == ["a07"]
    assert len(parallel.articles) == 29


def test_quotes_of_a_str_naming_a_file_is_text_with_a_warning(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("“We won,” Ann Lee said.", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"names an existing file.*read_article") as caught:
        q = na.quotes(str(path))  # quotes() takes one text or Article: a str is its text
    assert caught[0].filename == __file__  # the warning points at the caller's line
    assert q.empty
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        na.quotes("It rained.")  # ordinary text: no warning


def test_an_article_repr_is_short():
    art = article_from_text("It rained. " * 10_000, id="rain", title="Weather", date="2025-05-20")
    assert repr(art) == "Article('rain', title='Weather', date='2025-05-20', 110,000 characters)"


def test_an_article_date_is_the_date_of_its_articles_row():
    art = article_from_text("It rained.", id="r", date="May 3, 2024")
    assert art.date == date(2024, 5, 3)
    row = corpus.analyze(art, progress=False).articles
    assert row["date"].dt.date.tolist() == [art.date]
    assert Article("x", "Hi.", date="soon").date == "soon"  # kept as given; analysing it gives an errors row
    assert corpus.analyze(Article("x", "Hi.", date="soon"), progress=False).errors["article_id"].tolist() == ["x"]
