"""newsanalysis.dask on a two-worker distributed.LocalCluster equals the in-process run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

dd = pytest.importorskip("dask.dataframe", reason="dask is not installed (pip install 'newsanalysis[dask]')")
distributed = pytest.importorskip("distributed", reason="distributed is not installed (pip install 'newsanalysis[dask]')")

import newsanalysis as na  # noqa: E402
import newsanalysis.dask as nad  # noqa: E402
from newsanalysis import schema  # noqa: E402
from newsanalysis.errors import NewsAnalysisError  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

TEXTS = [
    "“We will build the bridge,” Mayor Ann Lee said on Monday. The council met later.",
    "The vote was close. “It is a bad deal,” Tom Hart said. He added that costs would rise.",
    "Rain fell all day.\n\nThe river rose by a metre, officials said.",
    "“Nobody asked us,” Maria Gomez wrote. “We will appeal.”",
    None,  # not a text: an errors row
    "Prices climbed again in May. Shoppers were not happy.",
    "“Great news for the city!” Lee told reporters. Hart did not reply.",
]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture
def frame() -> pd.DataFrame:
    n = 14
    return pd.DataFrame(
        {
            "text": [TEXTS[i % len(TEXTS)] for i in range(n)],
            "outlet": [f"outlet-{i % 3}" for i in range(n)],
            "words": list(range(n)),
        }
    )


def test_tables_on_a_cluster_equal_the_in_process_run(client, frame):
    result = nad.analyze(dd.from_pandas(frame, npartitions=3))
    assert all(isinstance(table, dd.DataFrame) for table in result.tables().values())
    got = result.compute()
    expected = na.analyze(frame, progress=False)
    for name in schema.SCHEMAS:
        assert_frame_equal(getattr(got, name)[list(schema.SCHEMAS[name])], getattr(expected, name), obj=name)
    assert len(got.errors) == 2 and len(got.sentences) > 20  # the cluster did real work
    # the work ran in the worker processes
    assert all(client.run(lambda: "newsanalysis.tables" in sys.modules).values())


def test_metadata_columns_are_kept_in_the_articles_table(client, frame):
    got = nad.analyze(dd.from_pandas(frame, npartitions=2)).articles.compute()
    kept = frame[frame["text"].notna()].reset_index(drop=True)
    assert got["article_id"].tolist() == [f"row-{i}" for i in frame.index[frame["text"].notna()]]
    assert got["outlet"].reset_index(drop=True).tolist() == kept["outlet"].tolist()
    assert got["words"].reset_index(drop=True).tolist() == kept["words"].tolist()


def test_ids_stay_unique_when_partition_indexes_restart(client, frame):
    # as from dd.read_csv: every partition's index starts at 0, so index labels alone would repeat
    ddf = dd.from_pandas(frame, npartitions=3).reset_index(drop=True)
    assert not ddf.known_divisions
    got = nad.analyze(ddf).compute()
    ids = pd.concat([got.articles["article_id"], got.errors["article_id"]])
    assert len(ids) == len(frame) and ids.is_unique
    assert ids.str.fullmatch(r"p\d+-row-\d+").all()
    # each sentence still belongs to its own article
    assert set(got.sentences["article_id"]) <= set(got.articles["article_id"])


def test_declared_meta_matches_the_computed_tables(client, frame):
    result = nad.analyze(dd.from_pandas(frame, npartitions=2))
    for name in ("sentences", "quotes", "speakers", "errors"):
        declared = result.tables()[name].dtypes.astype(str).to_dict()
        assert declared == schema.SCHEMAS[name]
        assert result.tables()[name].compute().dtypes.astype(str).to_dict() == declared
    articles = result.articles
    assert list(articles.columns) == [*schema.ARTICLES, "outlet", "words"]
    assert articles.compute().dtypes.astype(str).to_dict() == articles.dtypes.astype(str).to_dict()


def test_one_table_alone_equals_its_in_process_table(client, frame):
    ids = pd.Series([f"doc-{i}" for i in range(len(frame))])
    framed = frame.assign(article_id=ids)
    quotes = nad.analyze(dd.from_pandas(framed, npartitions=4)).quotes.compute().reset_index(drop=True)
    expected = na.analyze(framed, progress=False).quotes
    # a table alone names people within each article; compute() and link_people link them across the run
    assert_frame_equal(quotes.drop(columns="person"), expected.drop(columns="person"))
    assert quotes["person"].isna().equals(expected["person"].isna())


def test_empty_partitions_give_no_rows(client, frame):
    ddf = dd.from_pandas(frame, npartitions=3)
    ddf = ddf[ddf["words"] > 100]  # every partition empty
    got = nad.analyze(ddf).compute()
    assert all(len(table) == 0 for table in got.tables().values())
    assert list(got.articles.columns) == [*schema.ARTICLES, "outlet", "words"]


def test_bad_input_is_refused():
    with pytest.raises(NewsAnalysisError, match="dask.dataframe.DataFrame"):
        nad.analyze(pd.DataFrame({"text": ["x"]}))
    with pytest.raises(NewsAnalysisError, match="'text' column"):
        nad.analyze(dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1))


def test_without_dask_the_import_names_the_extra():
    code = (
        "import sys; sys.modules['dask'] = None; sys.modules['dask.dataframe'] = None\n"
        "from newsanalysis.errors import MissingDependencyError\n"
        "try:\n    import newsanalysis.dask\nexcept MissingDependencyError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "newsanalysis[dask]" in out.stdout


@pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame.reset_index")  # inside dask's reader
def test_analyze_to_parts_read_back_with_dask(tmp_path, frame):
    out = na.analyze_to(frame, tmp_path / "out", chunk_size=4, progress=False)
    expected = na.analyze(frame, progress=False)
    back = {}
    for name in ("articles", "sentences", "quotes", "speakers"):
        table = dd.read_parquet(out.paths[name])
        assert table.npartitions >= 2
        back[name] = table.compute().reset_index(drop=True)
    back["quotes"], back["speakers"] = na.link_people(back["quotes"], back["speakers"])  # across the run
    for name in back:
        assert_frame_equal(back[name], getattr(expected, name), obj=name, check_frame_type=False)
