"""Per-article faults: one article failing in any stage is one errors row; every other article is unchanged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from pandas.testing import assert_frame_equal  # noqa: E402

import newsanalysis as na  # noqa: E402
from newsanalysis import corpus, schema, segment, speakers, tables, tone  # noqa: E402
from newsanalysis.cli import main  # noqa: E402
from newsanalysis.inputs import files  # noqa: E402
from newsanalysis.load import Article, article_from_text  # noqa: E402

TEXTS = {
    "a": "“We will build the bridge,” Mayor Ann Lee said on Monday. The council met later.",
    "b": "The vote was close. “It is a bad deal,” Tom Hart said. He added that costs would rise.",
    "c": "Rain fell all day.\n\nThe river rose by a metre, officials said.",
    "d": "“Nobody asked us,” Maria Gomez wrote. “We will appeal.”",
    "e": "Prices climbed again in May. Shoppers were not happy.",
}

#: A word found in one text only: the fault is keyed on it.
WORDS = {"a": "bridge", "b": "vote", "c": "river", "d": "Nobody", "e": "Prices"}


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for aid, text in TEXTS.items():
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
    return folder


# -- dates a table cannot hold ------------------------------------------------------------------------


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_out_of_range_dates_keep_the_article_with_a_warning_row(n_jobs):
    arts = [article_from_text(TEXTS["a"], id="a"), Article("far", "Hi.", date="9999-12-31"),
            article_from_text(TEXTS["b"], id="b")]
    result = na.analyze(arts, n_jobs=n_jobs, chunk_size=1, progress=False)
    assert result.articles["article_id"].tolist() == ["a", "far", "b"]
    assert result.articles.set_index("article_id")["date"].isna().to_dict() == {"a": True, "far": True, "b": True}
    assert result.errors[["article_id", "kind"]].values.tolist() == [["far", "warning"]]
    assert "9999-12-31" in result.errors["error"].iloc[0] and "without a date" in result.errors["error"].iloc[0]


def test_article_from_text_keeps_a_date_pandas_cannot_hold_as_given():
    assert article_from_text("Hi.", date="9999-12-31").date == date(9999, 12, 31)  # analysed without it
    assert article_from_text("Hi.", date="2262-04-11").date == date(2262, 4, 11)
    assert article_from_text("Hi.", date="1677-09-22").date == date(1677, 9, 22)


def test_file_named_with_an_old_date_and_a_table_sentinel(tmp_path):
    d = write_corpus(tmp_path / "in")
    (d / "1492-10-12-voyage.txt").write_text("Land was sighted.", encoding="utf-8")
    (d / "2025-13-45-odd.txt").write_text("Not a date in the name.", encoding="utf-8")
    pd.DataFrame({"id": ["t1", "t2"], "text": ["One.", "Two."], "date": ["2025-01-01", "9999-12-31"]}).to_csv(
        d / "table.csv", index=False)
    result = na.analyze(d, progress=False)
    assert sorted(result.errors["article_id"]) == ["1492-10-12-voyage", "t2"]
    assert set(result.errors["kind"]) == {"warning"}  # analysed, without the date
    assert "1492-10-12" in result.errors.set_index("article_id").loc["1492-10-12-voyage", "error"]
    assert {"a", "b", "c", "d", "e", "t1", "t2", "2025-13-45-odd", "1492-10-12-voyage"} == set(
        result.articles["article_id"])
    assert result.articles.set_index("article_id").loc[["t2", "1492-10-12-voyage"], "date"].isna().all()
    out = na.analyze_to(d, tmp_path / "pq", chunk_size=2, progress=False)
    assert out.rows["articles"] == 9 and out.rows["errors"] == 2


def test_cli_goes_on_past_a_bad_date(tmp_path, capsys):
    d = write_corpus(tmp_path / "in")
    (d / "1492-10-12-voyage.txt").write_text("Land was sighted.", encoding="utf-8")
    assert main(["report", str(d), "--out", str(tmp_path / "out"), "--formats", "png", "--dpi", "20",
                 "--jobs", "2", "--max-article-charts", "1", "-q"]) == 0
    assert (tmp_path / "out" / "report.html").is_file()
    assert "1492-10-12-voyage" in (tmp_path / "out" / "tables" / "errors.csv").read_text(encoding="utf-8")


# -- the report with NaN tone ---------------------------------------------------------------------------


def test_report_survives_a_speaker_whose_only_statements_have_nan_tone(tmp_path):
    long = "Ann Lee said: “" + "word " * (tone.MAX_TONE_CHARS // 5 + 10) + "”\n\n“Fine,” Bob Ray said."
    result = na.analyze(long, progress=False)
    assert result.quotes.loc[result.quotes["speaker"] == "Ann Lee", "compound"].isna().all()
    top = na.most_quoted(result.quotes).set_index("person")
    assert pd.isna(top.loc["Ann Lee", "mean_compound"]) and pd.isna(top.loc["Ann Lee", "most_positive"])
    assert top.loc["Ann Lee", "statements"] == 1
    page = na.write_report(result, tmp_path / "rep", formats="png", dpi=20)
    assert "Ann Lee" in page.read_text(encoding="utf-8")


def test_a_chart_that_cannot_be_drawn_is_a_note_not_a_crash(tmp_path, monkeypatch):
    from newsanalysis import plot

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(plot, "tone_arc", broken)
    page = na.write_report(na.analyze(TEXTS["a"], progress=False), tmp_path / "rep", formats="png", dpi=20)
    assert "chart not drawn (ValueError: boom)" in page.read_text(encoding="utf-8")


# -- property: any one article failing in any stage ------------------------------------------------------


class Boom(RuntimeError):
    pass


def _fault(monkeypatch, stage: str, victim: str) -> None:
    """Make ``stage`` raise for the article whose text is ``TEXTS[victim]`` (or whose id is ``victim``)."""
    needle = WORDS[victim]

    def wrap(module, name, pick):
        real = getattr(module, name)

        def fake(*args, **kwargs):
            if pick(*args, **kwargs):
                raise Boom(f"{stage} failed")
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, fake)

    if stage == "read":
        wrap(files, "decode_bytes", lambda data, **kw: needle.encode() in bytes(data))
    elif stage == "segment":
        wrap(segment, "sentence_spans", lambda text, *a, **kw: needle in text)
    elif stage == "quotes":
        wrap(tables, "find_quotes_styled", lambda text, *a, **kw: needle in text)
    elif stage == "speakers":
        wrap(speakers, "attribute", lambda text, *a, **kw: needle in text)
    elif stage == "tone":
        wrap(tone, "polarity_many", lambda texts, *a, **kw: any(needle in t for t in texts))
    elif stage == "build":
        wrap(corpus, "build_tables", lambda rec: victim in rec["articles"]["article_id"])
    elif stage == "memory":
        def pick(text, *a, **kw):
            if needle in text:
                raise MemoryError("no room")
            return False

        wrap(segment, "sentence_spans", pick)
    else:  # pragma: no cover
        raise AssertionError(stage)


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    folder = write_corpus(tmp_path_factory.mktemp("clean") / "in")
    return folder, na.analyze(folder, progress=False, chunk_size=2)


STAGES = ["read", "segment", "quotes", "speakers", "tone", "build", "memory"]


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(victim=st.sampled_from(sorted(TEXTS)), stage=st.sampled_from(STAGES), chunk_size=st.sampled_from([1, 2, 5]))
def test_one_article_failing_in_any_stage_leaves_the_others_unchanged(clean, victim, stage, chunk_size):
    folder, expected = clean
    with pytest.MonkeyPatch.context() as mp:
        _fault(mp, stage, victim)
        result = na.analyze(folder, progress=False, chunk_size=chunk_size)
    assert result.errors["article_id"].tolist() == [victim]
    for name in ("articles", "sentences", "quotes", "speakers"):
        want = getattr(expected, name)
        want = want[want["article_id"] != victim].reset_index(drop=True)
        assert_frame_equal(getattr(result, name), want, obj=name)


@pytest.mark.parametrize("stage", ["tone", "build"])
def test_one_failing_article_in_a_parallel_run_and_analyze_to(clean, tmp_path, monkeypatch, stage):
    folder, expected = clean
    _fault(monkeypatch, stage, "c")  # worker processes are forked: they see the fault too
    result = na.analyze(folder, progress=False, chunk_size=1, n_jobs=2)
    assert result.errors["article_id"].tolist() == ["c"]
    out = na.analyze_to(folder, tmp_path / "pq", chunk_size=2, progress=False).load()
    for res in (result, out):
        for name in ("articles", "sentences", "quotes", "speakers"):
            want = getattr(expected, name)
            assert_frame_equal(getattr(res, name), want[want["article_id"] != "c"].reset_index(drop=True))


def test_schema_is_unchanged_by_the_fallback():
    tables_ = corpus.analyze_chunk([Article("x", "Hi.", date="9999-12-31"), article_from_text("Yo.", id="y")])
    for name, cols in schema.SCHEMAS.items():
        assert tables_[name].dtypes.astype(str).to_dict() == cols


# -- repeated ids ----------------------------------------------------------------------------------------


def test_repeated_ids_keep_an_inputs_own_id_and_warn():
    arts = [Article("a", "One."), Article("a", "Two."), Article("a~2", "Three.")]
    with pytest.warns(UserWarning, match="input id 'a' is used more than once; this input is now 'a~3'"):
        result = na.analyze(arts, progress=False)
    assert result.articles["article_id"].tolist() == ["a", "a~3", "a~2"]
    assert result.sentences.set_index("article_id")["text"].to_dict() == {"a": "One.", "a~3": "Two.", "a~2": "Three."}
    frame = pd.DataFrame({"id": ["a", "a", "a~2"], "text": ["One.", "Two.", "Three."]})
    with pytest.warns(UserWarning, match="is now 'a~3'"):
        assert na.analyze(frame, progress=False).articles["article_id"].tolist() == ["a", "a~3", "a~2"]


def test_repeated_ids_in_a_stream_are_renamed_with_a_warning(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.txt").write_text("One.", encoding="utf-8")
    pd.DataFrame({"id": ["a", "a~2"], "text": ["Two.", "Three."]}).to_csv(tmp_path / "t.csv", index=False)
    with pytest.warns(UserWarning) as caught:
        ids = na.analyze([tmp_path / "x" / "a.txt", tmp_path / "t.csv"], progress=False).articles["article_id"]
    assert sorted(ids) == ["a", "a~2", "a~2~2"] and len(set(ids)) == 3
    assert sum("is used more than once" in str(w.message) for w in caught) == 2


def test_no_warning_without_repeats(recwarn):
    na.analyze([Article("a", "One."), Article("b", "Two.")], progress=False)
    assert not [w for w in recwarn if "more than once" in str(w.message)]


# -- streaming tables, MemoryError on one input ------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_tables_are_streamed_not_read_whole(tmp_path, monkeypatch, suffix):
    import tracemalloc

    from newsanalysis.inputs import limits
    from newsanalysis.load import iter_inputs

    body = "The council met and talked about the bridge for a long while. " * 40  # ~2.5 kB a row
    frame = pd.DataFrame({"id": [f"r{i}" for i in range(2000)], "text": [body] * 2000})
    path = tmp_path / f"big{suffix}"
    if suffix == ".csv":
        frame.to_csv(path, index=False)
    else:
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    assert path.stat().st_size > 4_000_000
    monkeypatch.setattr(limits, "MAX_TABLE_BYTES", 10**15)  # a limit no machine could allocate up front
    tracemalloc.start()
    try:
        n = sum(1 for item in iter_inputs(path) if isinstance(item, Article))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert n == 2000
    assert peak < 2_000_000  # a few rows at a time; reading the file whole takes over 10 MB


def test_a_legacy_encoded_table_is_still_read(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes("id,text\nx,“Naïve” café\n".encode("cp1252"))
    result = na.analyze(path, progress=False)
    assert result.sentences["text"].tolist() == ["“Naïve” café"]
    assert result.articles["encoding"].tolist() == ["cp1252"]


def test_memory_error_reading_one_input_is_an_error_row(tmp_path, monkeypatch):
    d = write_corpus(tmp_path / "in")
    pd.DataFrame({"id": ["t1"], "text": ["bridge and more."]}).to_json(d / "t.jsonl", orient="records", lines=True)
    real = files.decode_bytes

    def hungry(data, **kw):
        if b"bridge" in bytes(data):
            raise MemoryError()
        return real(data, **kw)

    monkeypatch.setattr(files, "decode_bytes", hungry)
    monkeypatch.setattr("newsanalysis.inputs.tables.decode_bytes", hungry)
    result = na.analyze(d, progress=False)
    assert sorted(result.errors["article_id"]) == ["a", "t"]
    assert result.errors["error"].str.contains("MemoryError").all()
    assert sorted(result.articles["article_id"]) == ["b", "c", "d", "e"]


def test_dask_partitions_rename_repeated_ids_as_documented():
    dd = pytest.importorskip("dask.dataframe")
    import newsanalysis.dask as nad

    frame = pd.DataFrame({"id": ["a", "a", "a~2"], "text": ["One.", "Two.", "Three."]})
    with pytest.warns(UserWarning, match="is now 'a~3'"):
        result = nad.analyze(dd.from_pandas(frame, npartitions=1)).compute()
    assert result.articles["article_id"].tolist() == ["a", "a~3", "a~2"]
