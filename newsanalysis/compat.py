"""Old column names that still read, with a warning, for one minor version.

0.5 calls a statement a statement in every table: ``articles.n_quotes`` is
``articles.n_statements``, ``speakers.quotes`` is ``speakers.statements``, and
:func:`newsanalysis.most_quoted` names its columns ``person`` and
``statements`` (it said ``speaker`` and ``quotes``). Until 0.6, reading an old
name from one of these tables, as ``table["n_quotes"]``,
``table[["title", "n_quotes"]]``, ``table.get("n_quotes")``,
``table.n_quotes``, ``set_index``, ``sort_values`` or ``groupby``, reads the
renamed column and warns
(:class:`FutureWarning`, shown in notebooks and scripts alike).

The tables are small :class:`pandas.DataFrame` subclasses that only add that
lookup; everything else is pandas, and a table filtered, sorted or merged
keeps the lookup. Folders written by 0.4 are read with the new names
(:func:`renamed_columns`).
"""

from __future__ import annotations

import warnings
from typing import ClassVar

import pandas as pd

__all__ = ["RENAMED", "renamed_columns", "with_old_names"]

#: Per table, the 0.4 column names and their 0.5 names.
RENAMED: dict[str, dict[str, str]] = {
    "articles": {"n_quotes": "n_statements"},
    "speakers": {"quotes": "statements"},
    "most_quoted": {"speaker": "person", "quotes": "statements"},
}


class _RenamedFrame(pd.DataFrame):
    """A DataFrame on which the old names of :data:`RENAMED` read the new columns, with a warning."""

    _table: ClassVar[str] = ""
    _renamed: ClassVar[dict[str, str]] = {}

    @property
    def _constructor(self):
        return type(self)

    def _new_name(self, key: object, stacklevel: int) -> object:
        """The new name of an old column name (warning, ``stacklevel`` counted from here), else ``key``."""
        if isinstance(key, str):
            new = self._renamed.get(key)
            if new is not None and key not in self.columns and new in self.columns:
                warnings.warn(
                    f"the {self._table} column {key!r} is now called {new!r}; the old name is deprecated "
                    "and will be removed in newsanalysis 0.6",
                    FutureWarning,
                    stacklevel=stacklevel,
                )
                return new
        return key

    def _new_keys(self, key: object, stacklevel: int = 4) -> object:
        """``key`` (a name or a list of names) with the old names replaced, warning for each."""
        if isinstance(key, str):
            return self._new_name(key, stacklevel)
        if isinstance(key, list) and any(isinstance(k, str) and k in self._renamed for k in key):
            new = []
            for k in key:
                new.append(self._new_name(k, stacklevel))
            return new
        return key

    def __getitem__(self, key):
        return super().__getitem__(self._new_keys(key))

    def set_index(self, keys, *args, **kwargs):
        return super().set_index(self._new_keys(keys), *args, **kwargs)

    def sort_values(self, by, *args, **kwargs):
        return super().sort_values(self._new_keys(by), *args, **kwargs)

    def groupby(self, by=None, *args, **kwargs):
        return super().groupby(self._new_keys(by), *args, **kwargs)

    def __getattr__(self, name: str):
        if not name.startswith("_") and name in type(self)._renamed:
            new = self._new_name(name, 3)
            if new != name:
                return super().__getitem__(new)
        return super().__getattr__(name)


class ArticlesFrame(_RenamedFrame):
    """The articles table (``n_quotes`` reads ``n_statements``, with a warning)."""

    _table = "articles"
    _renamed = RENAMED["articles"]


class SpeakersFrame(_RenamedFrame):
    """The speakers table (``quotes`` reads ``statements``, with a warning)."""

    _table = "speakers"
    _renamed = RENAMED["speakers"]


class MostQuotedFrame(_RenamedFrame):
    """What :func:`newsanalysis.most_quoted` returns (``speaker`` reads ``person``, ``quotes`` ``statements``)."""

    _table = "most_quoted"
    _renamed = RENAMED["most_quoted"]


_CLASSES: dict[str, type[_RenamedFrame]] = {
    "articles": ArticlesFrame, "speakers": SpeakersFrame, "most_quoted": MostQuotedFrame,
}


def renamed_columns(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """``df`` with the 0.4 names of ``table``'s columns renamed (a table read from a folder 0.4 wrote).

    An errors table of 0.4 (all its rows errors) gets ``kind`` ``error``.

    Examples
    --------
    >>> import pandas as pd
    >>> renamed_columns(pd.DataFrame({"n_quotes": [2]}), "articles").columns.tolist()
    ['n_statements']
    """
    old = {k: v for k, v in RENAMED.get(table, {}).items() if k in df.columns and v not in df.columns}
    df = df.rename(columns=old) if old else df
    if table == "errors" and "kind" not in df.columns and "error" in df.columns:  # 0.4: every row an error
        df = df.assign(kind=pd.Series(["error"] * len(df), index=df.index, dtype="string"))
    return df


def with_old_names(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """``df`` (not copied) as a table on which the old column names of ``table`` still read, with a warning.

    Tables without renamed columns are returned as they are. Columns are not
    renamed here (see :func:`renamed_columns`).

    Examples
    --------
    >>> import warnings, pandas as pd
    >>> t = with_old_names(pd.DataFrame({"n_statements": [2, 0]}), "articles")
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     t["n_quotes"].tolist(), t[t["n_statements"] > 0].n_quotes.tolist()
    ([2, 0], [2])
    >>> [str(w.message)[:50] for w in caught][:1]
    ["the articles column 'n_quotes' is now called 'n_st"]
    """
    cls = _CLASSES.get(table)
    if cls is None or isinstance(df, cls) or not isinstance(df, pd.DataFrame):
        return df
    return cls(df)
