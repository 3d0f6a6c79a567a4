"""Dask: the newsanalysis pipeline over a ``dask.dataframe`` of articles, for corpora a cluster holds.

Needs the ``dask`` extra (``pip install 'newsanalysis[dask]'``). Each
partition of articles is analysed once, with
:meth:`dask.dataframe.DataFrame.map_partitions`, into the five tables; every
table is then a lazy Dask DataFrame with the columns and dtypes of
:mod:`newsanalysis.schema` declared as its ``meta``::

    import dask.dataframe as dd
    import newsanalysis.dask as nad

    ddf = dd.read_parquet("articles/")          # a `text` column, metadata columns
    result = nad.analyze(ddf)
    result.quotes.groupby("speaker").size().compute()
    result.sentences.to_parquet("out/sentences")

Computing several tables together (``result.compute()`` or
``dask.compute(result.quotes, result.speakers)``) analyses each partition
once. Row order is partition order, then input order within a partition,
as with :func:`newsanalysis.analyze`; the index of each table restarts at 0
in every partition (``result.compute()`` renumbers it).

Without an ``article_id`` or ``id`` column, an article's id comes from its
index label: ``row-<label>`` when the Dask DataFrame has known divisions (as
:func:`newsanalysis.analyze` names the rows of a pandas DataFrame), else
``p<partition>-row-<label>``, since e.g. ``dd.read_csv`` restarts the index
in every partition. Ids from an id column are used as they are: a repeat
within a partition gets a suffix (``a~2``), one across partitions does not.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import schema
from .corpus import build_chunk, item_records, known_ids, unique_ids
from .errors import MissingDependencyError, NewsAnalysisError
from .load import iter_inputs
from .persons import link_people
from .tables import AnalysisResult

try:
    import dask
    import dask.dataframe as dd
except ImportError:  # pragma: no cover - exercised only without the extra
    raise MissingDependencyError(
        "newsanalysis.dask needs Dask: pip install 'newsanalysis[dask]'"
    ) from None

__all__ = ["DaskResult", "analyze"]

#: Input columns that are read into the Article itself; every other column is metadata.
_ARTICLE_FIELDS = ("article_id", "id", "text", "title", "date", "source")
_PACKED_META = pd.DataFrame({"table": pd.Series(dtype=object), "frame": pd.Series(dtype=object)})


@dataclass
class DaskResult:
    """The tables of a Dask run, each a lazy :class:`dask.dataframe.DataFrame`.

    Attributes
    ----------
    articles, sentences, quotes, speakers, errors : dask.dataframe.DataFrame
        The tables of :mod:`newsanalysis.schema`; ``articles`` also carries the
        input's metadata columns (every column but ``text``, ``id``,
        ``article_id``, ``title``, ``date`` and ``source``).
    """

    articles: dd.DataFrame
    sentences: dd.DataFrame
    quotes: dd.DataFrame
    speakers: dd.DataFrame
    errors: dd.DataFrame

    def __repr__(self) -> str:
        return f"DaskResult({self.sentences.npartitions} partitions; tables: {', '.join(schema.SCHEMAS)})"

    def tables(self) -> dict[str, dd.DataFrame]:
        """The five Dask DataFrames by name."""
        return {name: getattr(self, name) for name in schema.SCHEMAS}

    def compute(self, **kwargs) -> AnalysisResult:
        """Compute all tables at once (each partition analysed once) into an AnalysisResult.

        Keyword arguments go to :func:`dask.compute`.

        Examples
        --------
        >>> frame = pd.DataFrame({"text": ["“We won,” Ann said.", "It rained."]})
        >>> analyze(dd.from_pandas(frame, npartitions=2)).compute()
        AnalysisResult(2 articles, 2 sentences, 1 statements, 1 people quoted, 0 other sources, 0 errors)
        """
        frames = dask.compute(*self.tables().values(), **kwargs)
        tables = {name: df.reset_index(drop=True) for name, df in zip(schema.SCHEMAS, frames)}
        # partitions name people within each article; link them across the run
        tables["quotes"], tables["speakers"] = link_people(tables["quotes"], tables["speakers"])
        return AnalysisResult(**tables)


def _extra_columns(columns) -> list[str]:
    return [c for c in columns if c not in _ARTICLE_FIELDS and c not in schema.ARTICLES]


def analyze_partition(part: pd.DataFrame, partition: int | None = None) -> dict[str, pd.DataFrame]:
    """The five tables of one pandas partition of articles.

    Articles come from the ``text`` column (and ``article_id``/``id``,
    ``title``, ``date``, ``source`` when present); without an id column an
    article's id is ``row-<index label>``, as :func:`newsanalysis.analyze`
    names the rows of a DataFrame with a default index, or
    ``p<partition>-row-<index label>`` when ``partition`` is given (for
    partitions whose index labels repeat from one partition to the next).
    Every other column is copied to the ``articles`` table.

    Examples
    --------
    >>> part = pd.DataFrame({"text": ["It rained.", None], "outlet": ["X", "Y"]})
    >>> tables = analyze_partition(part)
    >>> tables["articles"][["article_id", "outlet"]].values.tolist()
    [['row-0', 'X']]
    >>> tables["errors"]["article_id"].tolist()
    ['row-1']
    """
    if len(part) == 0:  # e.g. a partition left empty by a filter: no rows, no errors
        tables = {name: schema.empty_frame(cols) for name, cols in schema.SCHEMAS.items()}
        extra = part[_extra_columns(part.columns)].reset_index(drop=True)
        tables["articles"] = pd.concat([tables["articles"], extra], axis=1)
        return tables
    frame = part
    if "article_id" not in part.columns and "id" not in part.columns:
        prefix = "" if partition is None else f"p{partition}-"
        frame = part.assign(article_id=[f"{prefix}row-{label}" for label in part.index])
    extra = _extra_columns(part.columns)
    records, kept, items = [], [], []
    for item in unique_ids(iter_inputs(frame), reserved=known_ids(frame)):  # a repeat gets a~2, as documented
        items.append(item)
        records.append(item_records(item))
    tables = build_chunk(records, items)  # replaces the records of an article that fails to build
    kept = [i for i, rec in enumerate(records) if rec["articles"]["article_id"]]
    if extra:
        meta = part[extra].iloc[kept].reset_index(drop=True)
        tables["articles"] = pd.concat([tables["articles"], meta], axis=1)
    return tables


def _packed_partition(part: pd.DataFrame, labels_unique: bool, partition_info: dict | None = None) -> pd.DataFrame:
    # Dask passes partition_info; index labels name rows only where they do not repeat across partitions
    partition = None if labels_unique or partition_info is None else partition_info["number"]
    tables = analyze_partition(part, partition)
    return pd.DataFrame({"table": list(tables), "frame": list(tables.values())})


def _unpack(packed: pd.DataFrame, name: str) -> pd.DataFrame:
    frame = packed.loc[packed["table"] == name, "frame"]
    return frame.iloc[0]


def _articles_meta(ddf: dd.DataFrame) -> pd.DataFrame:
    base = schema.empty_frame(schema.ARTICLES)
    extra = _extra_columns(ddf.columns)
    if not extra:
        return base
    return pd.concat([base, ddf._meta[extra].iloc[:0].reset_index(drop=True)], axis=1)


def analyze(ddf: dd.DataFrame) -> DaskResult:
    """Analyse a Dask DataFrame of articles into lazy Dask tables.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        One article a row, with a ``text`` column; ``article_id`` (or
        ``id``), ``title``, ``date`` and ``source`` are used when present, and
        any other column is kept as article metadata in ``articles``.

    Returns
    -------
    DaskResult
        ``.articles``, ``.sentences``, ``.quotes``, ``.speakers`` and
        ``.errors`` as Dask DataFrames (nothing is computed yet).

    Raises
    ------
    NewsAnalysisError
        When ``ddf`` is not a Dask DataFrame or has no ``text`` column.

    Examples
    --------
    >>> import dask.dataframe as dd
    >>> frame = pd.DataFrame({"text": ["“We won,” Ann said.", "It rained."]})
    >>> result = analyze(dd.from_pandas(frame, npartitions=2))
    >>> result.sentences.npartitions
    2
    >>> result.sentences["text"].compute().tolist()
    ['“We won,” Ann said.', 'It rained.']
    """
    if not isinstance(ddf, dd.DataFrame):
        raise NewsAnalysisError(
            f"newsanalysis.dask.analyze needs a dask.dataframe.DataFrame, not {type(ddf).__name__}"
            " (use newsanalysis.analyze for pandas DataFrames and lists)"
        )
    if "text" not in ddf.columns:
        raise NewsAnalysisError("the Dask DataFrame of articles has no 'text' column")
    # Known divisions mean sorted, non-overlapping index labels: ``row-<label>`` ids do not repeat.
    packed = ddf.map_partitions(_packed_partition, ddf.known_divisions, meta=_PACKED_META, clear_divisions=True)
    metas = {name: schema.empty_frame(cols) for name, cols in schema.SCHEMAS.items()}
    metas["articles"] = _articles_meta(ddf)
    return DaskResult(
        **{name: packed.map_partitions(_unpack, name, meta=meta) for name, meta in metas.items()}
    )
