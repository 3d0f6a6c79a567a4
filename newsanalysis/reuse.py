"""Quotes that travelled: the same quoted words in several articles and outlets (MemeTracker-style).

:func:`quote_reuse` groups a run's statements whose quoted words are the
same or nearly the same.

Method (measured on PolNeAR dev + train: see ``benchmarks/quote_reuse.py``
and its README entry). Each statement's text is normalised (lower case,
curly apostrophes made straight, every mark and punctuation dropped,
whitespace folded) and cut into overlapping word 5-grams ("shingles"). Two
statements are candidates when they share a shingle that occurs in at most
``max_df`` statements of the run (a common phrase makes no candidates: that
bound keeps the work linear in the number of statements). A candidate pair
is linked when the shingles they share are at least ``min_overlap`` of the
shingles of the shorter one (containment: a quote cut short, or quoted in
part, still joins the longer form), and at least two shingles (one shared
5-gram is an idiom, "a hell of a lot", not a quote). A statement of fewer than five words is
one shingle of all its words and joins only its exact copies; one of fewer
than ``min_words`` words joins nothing. Clusters are the connected
components of the links (union-find).
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from .errors import NewsAnalysisError
from .schema import QUOTE_REUSE, QUOTE_REUSE_MEMBERS, empty_frame
from .speech import statements

__all__ = ["quote_reuse"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SHINGLE = 5
CLUSTER_COLUMNS = list(QUOTE_REUSE)
MEMBER_COLUMNS = list(QUOTE_REUSE_MEMBERS)


def _words(text: object) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(str(text).lower())]


def _shingles(words: list[str]) -> set[int]:
    if len(words) < _SHINGLE:
        return {hash(" ".join(words))}
    return {hash(" ".join(words[i:i + _SHINGLE])) for i in range(len(words) - _SHINGLE + 1)}


def _clusters(texts: list[str], *, min_words: int, max_df: int, min_overlap: float) -> list[int]:
    """The cluster (a row index, its root) of each text.

    Texts that normalise to the same words are one node (exact copies are
    joined first, at no cost per pair); the others link by shared shingles.
    """
    normal = [tuple(_words(text)) for text in texts]
    copies = Counter(normal)
    first: dict[tuple[str, ...], int] = {}
    same = []  # each text's first text of the same words
    sets = []
    for i, words in enumerate(normal):
        ok = len(words) >= min_words and copies[words] <= max_df  # words in more statements link nothing
        j = first.setdefault(words, i) if ok else i
        same.append(j)
        sets.append(_shingles(list(words)) if ok and j == i else set())
    index: dict[int, list[int]] = {}
    df: Counter = Counter()  # statements holding each shingle, copies included
    for i, sh in enumerate(sets):
        for h in sh:
            index.setdefault(h, []).append(i)
            df[h] += copies[normal[i]]
    shared: Counter = Counter()
    for h, rows in index.items():
        if 1 < len(rows) and df[h] <= max_df:
            for a in range(len(rows)):
                for b in range(a + 1, len(rows)):
                    shared[rows[a], rows[b]] += 1
    parent = same  # a copy's parent is its first text of the same words

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (i, j), n in shared.items():
        shorter = min(len(sets[i]), len(sets[j]))
        if n >= min_overlap * shorter and (n >= 2 or shorter == 1):
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    return [find(i) for i in range(len(texts))]


def _mode(values: pd.Series) -> object:
    """The most frequent value, ties to the one seen first (members are in order of date); None when empty."""
    if values.empty:
        return None
    counts = Counter(values.astype(str))
    best = max(counts.values())
    return next(v for v in values.astype(str) if counts[v] == best)


def quote_reuse(quotes: pd.DataFrame, articles: pd.DataFrame | None = None, *, min_articles: int = 2,
                kinds: tuple[str, ...] = ("direct", "partial"), min_words: int = 4, min_overlap: float = 0.5,
                max_df: int = 50) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Clusters of the same quoted words across articles, near-duplicates included.

    One statement a row (:func:`newsanalysis.statements`: a quote split
    around its attribution counts once). See the module's description for
    the method (word 5-gram shingles, containment of at least
    ``min_overlap``, union-find); time and memory are linear in the number of
    statements.

    Parameters
    ----------
    quotes : pandas.DataFrame
        The quotes table of a run.
    articles : pandas.DataFrame, optional
        The articles table, for each article's date and source (outlet);
        without it dates and outlets are missing.
    min_articles : int
        Keep clusters found in at least this many distinct articles.
    kinds : tuple of str
        Kinds of statement compared: by default the quoted words (direct and
        partial); add ``"indirect"`` for reported speech copied between
        articles.
    min_words : int
        Statements shorter than this many words join no cluster.
    min_overlap : float
        Share of the shorter statement's shingles the two must share (0-1].
    max_df : int
        A shingle found in more statements than this makes no link.

    Returns
    -------
    (clusters, members) : tuple of pandas.DataFrame
        With the dtypes of :data:`newsanalysis.schema.QUOTE_REUSE` and
        :data:`~newsanalysis.schema.QUOTE_REUSE_MEMBERS`. ``clusters``, one row a cluster, most articles first (then most
        outlets, then earliest): ``cluster`` (0, 1, ...), ``words`` (its
        shortest member: the words every form shares, as near as one member
        says it), ``text`` (its longest member), ``person`` (the named person most of its members
        are attributed to, ties to the earliest; with no named person, the
        speaker as written), ``n_people``
        (distinct named people among them), ``n_statements``,
        ``n_articles``, ``n_outlets``, ``first_date``, ``first_outlet`` and
        ``first_article`` (the earliest dated member's; undated members come
        last), ``outlets`` (the outlets, "; "-joined, in order of first use).
        ``members``, one row a statement of a kept cluster, by cluster and
        date: ``cluster``, ``article_id``, ``statement``, ``date``,
        ``source``, ``person``, ``speaker``, ``kind``, ``text``.

    Examples
    --------
    >>> import pandas as pd, newsanalysis as na
    >>> df = pd.DataFrame({"id": ["a", "b"], "source": ["Wire", "Daily"], "date": ["2016-05-01", "2016-05-02"],
    ...     "text": ["“We will build the new bridge next year,” Ann Lee said.",
    ...              "“We will build the new bridge next year!” said Ann Lee."]})
    >>> r = na.analyze(df)
    >>> clusters, members = na.quote_reuse(r.quotes, r.articles)
    >>> clusters[["person", "n_articles", "n_outlets", "first_outlet"]].values.tolist()
    [['Ann Lee', 2, 2, 'Wire']]
    >>> members["article_id"].tolist()
    ['a', 'b']
    """
    if not isinstance(quotes, pd.DataFrame) or not {"article_id", "kind", "text"} <= set(quotes.columns):
        raise NewsAnalysisError("quote_reuse() needs the quotes table (from analyze(...).quotes)")
    if not 0 < min_overlap <= 1:
        raise NewsAnalysisError(f"quote_reuse(): min_overlap must be in (0, 1], not {min_overlap!r}")
    stmts = statements(quotes)
    stmts = stmts[stmts["kind"].isin(kinds)].reset_index(drop=True)
    empty = empty_frame(QUOTE_REUSE), empty_frame(QUOTE_REUSE_MEMBERS)
    if stmts.empty:
        return empty
    m = _members(stmts, articles, min_words=min_words, max_df=max_df, min_overlap=min_overlap)
    n_art = m.groupby("cluster")["article_id"].nunique()
    m = m[m["cluster"].isin(n_art[n_art >= min_articles].index)]
    if m.empty:
        return empty
    m = m.sort_values(["cluster", "date", "article_id"], na_position="last", kind="stable")
    return _numbered(_cluster_rows(m), m)


def _numbered(clusters: pd.DataFrame, m: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The clusters numbered 0, 1, ... in their order, and their members by cluster and date, typed."""
    ids = {c: i for i, c in enumerate(clusters["cluster"])}
    clusters["cluster"] = clusters["cluster"].map(ids)
    m["cluster"] = m["cluster"].map(ids)
    members = m.sort_values(["cluster", "date"], kind="stable", na_position="last").reset_index(drop=True)
    return _typed(clusters.reset_index(drop=True), QUOTE_REUSE), _typed(members, QUOTE_REUSE_MEMBERS)


def _members(stmts: pd.DataFrame, articles: pd.DataFrame | None, *, min_words: int, max_df: int,
             min_overlap: float) -> pd.DataFrame:
    """One row a statement: its cluster (of all, kept or not), and its article's date and outlet when known."""
    m = pd.DataFrame({
        "cluster": _clusters(stmts["text"].astype(str).tolist(), min_words=min_words, max_df=max_df,
                             min_overlap=min_overlap),
        "article_id": stmts["article_id"].astype(object),
        "statement": stmts["statement"] if "statement" in stmts.columns else pd.NA,
        "person": stmts["person"].astype(object) if "person" in stmts.columns else None,
        "speaker": stmts["speaker"].astype(object) if "speaker" in stmts.columns else None,
        "kind": stmts["kind"].astype(object),
        "text": stmts["text"].astype(object),
    })
    if articles is not None and {"article_id", "date", "source"} <= set(articles.columns):
        meta = articles.drop_duplicates("article_id").set_index("article_id")
        m["date"] = m["article_id"].map(pd.to_datetime(meta["date"]))
        m["source"] = m["article_id"].map(meta["source"].astype(object))
    else:
        m["date"], m["source"] = pd.NaT, None
    return m


def _cluster_rows(m: pd.DataFrame) -> pd.DataFrame:
    """One row a cluster of the members ``m`` (sorted by cluster and date), most articles first."""
    rows = []
    for cid, g in m.groupby("cluster", sort=False):
        first = g.iloc[0]
        names = g["person"].dropna()
        if names.empty:  # no named person: the source as written
            names = g["speaker"].dropna()
        outlets = list(dict.fromkeys(g["source"].dropna()))
        rows.append({
            "cluster": cid, "words": min(g["text"].astype(str), key=len),
            "text": max(g["text"].astype(str), key=len),
            "person": _mode(names),
            "n_people": g["person"].dropna().nunique(),
            "n_statements": len(g), "n_articles": g["article_id"].nunique(), "n_outlets": len(outlets),
            "first_date": first["date"], "first_outlet": first["source"], "first_article": first["article_id"],
            "outlets": "; ".join(map(str, outlets)),
        })
    return pd.DataFrame(rows, columns=CLUSTER_COLUMNS).sort_values(
        ["n_articles", "n_outlets", "first_date"], ascending=[False, False, True], kind="stable",
        na_position="last")


def _typed(df: pd.DataFrame, schema: dict[str, str]) -> pd.DataFrame:
    return df[list(schema)].astype({c: ("datetime64[ns]" if "datetime" in t else t) for c, t in schema.items()})
