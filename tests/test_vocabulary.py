"""One counting word: statements. The 0.4 column names still read for one minor version, with a warning."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import newsanalysis as na

TEXTS = [
    "“We will build the bridge,” Mayor Ann Lee said. Tom Hart, the builder, was not there.",
    "“It is a bad deal,” Ann Lee said. “No,” the ministry said.",
]


@pytest.fixture(scope="module")
def result():
    return na.analyze(TEXTS, progress=False)


def test_tables_say_statements(result):
    assert "n_statements" in result.articles.columns and "n_quotes" not in result.articles.columns
    assert "statements" in result.speakers.columns and "quotes" not in result.speakers.columns
    assert result.articles["n_statements"].tolist() == [1, 2]
    lee = result.speakers[result.speakers["speaker"] == "Ann Lee"]
    assert lee["statements"].tolist() == [1, 1]
    mq = na.most_quoted(result.quotes)
    assert list(mq.columns[:2]) == ["person", "statements"]
    assert mq[["person", "statements"]].values.tolist() == [["Ann Lee", 2]]


@pytest.mark.parametrize(
    "read",
    [
        lambda r: r.articles["n_quotes"],
        lambda r: r.articles.n_quotes,
        lambda r: r.articles[["title", "n_quotes"]]["n_statements"],
        lambda r: r.articles.get("n_quotes"),
        lambda r: r.articles[r.articles["n_statements"] > 0]["n_quotes"],  # a filtered table keeps the alias
        lambda r: r.articles.sort_values("n_quotes")["n_statements"].sort_index(),
    ],
)
def test_old_articles_name_reads_the_new_column_and_warns(result, read):
    with pytest.warns(FutureWarning, match="'n_quotes' is now called 'n_statements'"):
        got = read(result)
    assert got.tolist() == result.articles["n_statements"].tolist()


def test_old_speakers_and_most_quoted_names_warn(result):
    with pytest.warns(FutureWarning, match="'quotes' is now called 'statements'"):
        assert result.speakers["quotes"].tolist() == result.speakers["statements"].tolist()
    mq = na.most_quoted(result.quotes)
    with pytest.warns(FutureWarning, match="'speaker' is now called 'person'"):
        assert mq.set_index("speaker").index.tolist() == ["Ann Lee"]
    with pytest.warns(FutureWarning, match="'quotes' is now called 'statements'"):
        assert mq["quotes"].tolist() == [2]


def test_new_names_never_warn_and_unknown_names_still_fail(result):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result.articles["n_statements"].sum()
        result.speakers.statements.sum()
        na.most_quoted(result.quotes)["person"].tolist()
        # by="speaker" counts sources as written: its column is speaker, as it says
        assert na.most_quoted(result.quotes, by="speaker")["speaker"].tolist() == ["Ann Lee", "ministry"]
    with pytest.raises(KeyError):
        result.articles["n_nothing"]
    with pytest.raises(KeyError):  # an old name of another table is no alias here
        result.quotes["n_quotes"]


def test_a_column_that_really_has_the_old_name_is_read_as_it_is(result):
    a = result.articles.assign(n_quotes=99)  # a user's own column
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert a["n_quotes"].tolist() == [99, 99]


def _as_written_by_0_4(folder):
    """Give the tables of ``folder`` the column names 0.4.0 wrote."""
    for name, old in (("articles", {"n_statements": "n_quotes"}), ("speakers", {"statements": "quotes"})):
        for path in folder.glob(f"{name}.*"):
            if path.suffix == ".csv":
                pd.read_csv(path).rename(columns=old).to_csv(path, index=False)
            else:
                pd.read_parquet(path).rename(columns=old).to_parquet(path)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_read_output_reads_a_folder_written_by_0_4(tmp_path, result, fmt):
    pytest.importorskip("pyarrow")
    folder = tmp_path / fmt
    getattr(result, f"to_{fmt}")(folder)
    _as_written_by_0_4(folder)
    assert "n_quotes" in (pd.read_csv(folder / "articles.csv") if fmt == "csv"
                          else pd.read_parquet(folder / "articles.parquet")).columns
    back = na.read_output(folder)
    assert back.articles["n_statements"].tolist() == [1, 2]
    assert back.speakers["statements"].tolist() == result.speakers["statements"].tolist()
    assert str(back.articles["n_statements"].dtype) == "int64"
    with pytest.warns(FutureWarning):
        assert back.articles["n_quotes"].tolist() == [1, 2]
    assert "2 articles" in repr(back) and "3 statements" in repr(back)


def test_people_says_who_is_quoted_and_most_quoted_views_show_only_them(result):
    people = result.people
    assert people.set_index("person")["quoted"].to_dict() == {"Ann Lee": True, "Tom Hart": False}
    assert (people["quoted"] == (people["statements"] > 0)).all()
    html = result._repr_html_()
    table = html.split("Most quoted people")[1].split("</table>")[0]
    assert "Ann Lee" in table and "Tom Hart" not in table
    assert "Tom Hart" not in na.most_quoted(result.quotes)["person"].tolist()
