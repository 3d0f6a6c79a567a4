"""Quotes that travelled: the same quoted words in several articles (MemeTracker-style).

:func:`quote_reuse` groups a run's statements whose quoted words are the
same or nearly the same. Method: each statement's text is normalised
(lower case, curly marks and punctuation dropped, whitespace folded) and cut
into overlapping word 6-grams ("shingles", hashed). Two statements are
linked when they share a shingle that occurs in at most ``max_df``
statements of the run (a common phrase links nothing); clusters are the
connected components (union-find). A statement shorter than six words is one
shingle of all its words, so short quotes cluster only with their exact
copies. Time and memory are linear in the number of words (one dictionary
from shingle to statements, bounded by ``max_df``).
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["quote_reuse"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SHINGLE = 6


def _shingles(text: str) -> set[int]:
    words = [w.replace("’", "'") for w in _WORD.findall(str(text).lower())]
    if len(words) < _SHINGLE:
        return {hash(" ".join(words))} if len(words) >= 3 else set()
    return {hash(" ".join(words[i:i + _SHINGLE])) for i in range(len(words) - _SHINGLE + 1)}


def quote_reuse(quotes: pd.DataFrame, articles: pd.DataFrame | None = None, *, min_articles: int = 2,
                max_df: int = 50) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Clusters of the same quoted words across articles, near-duplicates included.

    Parameters
    ----------
    quotes : pandas.DataFrame
        The quotes table of a run (speech rows; mentions are left out).
    articles : pandas.DataFrame, optional
        The articles table, for each article's date and source (outlet).
    min_articles : int
        Keep clusters found in at least this many distinct articles.
    max_df : int
        A shingle found in more statements than this links nothing.

    Returns
    -------
    (clusters, members) : tuple of pandas.DataFrame
        ``clusters``: one row a cluster, sorted by ``n_articles`` then
        ``n_outlets``: cluster (int), text (the longest member), person (the
        most frequent named person, else speaker), n_statements,
        n_articles, n_outlets, first_date, first_outlet, first_article.
        ``members``: one row a statement of a kept cluster: cluster,
        article_id, quote, date, source, person, speaker, text.

    Examples
    --------
    >>> import pandas as pd, newsanalysis as na
    >>> df = pd.DataFrame({"id": ["a", "b"], "source": ["Wire", "Daily"], "date": ["2016-05-01", "2016-05-02"],
    ...     "text": ["“We will build the new bridge next year,” Ann Lee said.",
    ...              "“We will build the new bridge next year!” said Ann Lee."]})
    >>> r = na.analyze(df)
    >>> clusters, members = na.quote_reuse(r.quotes, r.articles)
    >>> clusters[["n_articles", "n_outlets", "first_outlet"]].values.tolist()
    [[2, 2, 'Wire']]
    """
    cols = ["cluster", "text", "person", "n_statements", "n_articles", "n_outlets", "first_date", "first_outlet",
            "first_article"]
    q = quotes[quotes["kind"] != "mention"].reset_index(drop=True) if "kind" in quotes.columns else quotes
    parent = list(range(len(q)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[int, list[int]] = {}
    for i, text in enumerate(q["text"].tolist()):
        for h in _shingles(text):
            index.setdefault(h, []).append(i)
    for rows in index.values():
        if 1 < len(rows) <= max_df:
            r0 = find(rows[0])
            for r in rows[1:]:
                rr = find(r)
                if rr != r0:
                    parent[rr] = r0
    m = q[["article_id", "quote", "text"] + [c for c in ("person", "speaker") if c in q.columns]].copy()
    m["cluster"] = [find(i) for i in range(len(q))]
    if articles is not None:
        meta = articles.drop_duplicates("article_id").set_index("article_id")
        m["date"] = m["article_id"].map(meta["date"])
        m["source"] = m["article_id"].map(meta["source"])
    else:
        m["date"], m["source"] = pd.NaT, None
    n_art = m.groupby("cluster")["article_id"].nunique()
    keep = n_art[n_art >= min_articles].index
    m = m[m["cluster"].isin(keep)].sort_values(["cluster", "date", "article_id"], na_position="last", kind="stable")
    if m.empty:
        return pd.DataFrame(columns=cols), m.reset_index(drop=True)
    who = m["person"].fillna(m.get("speaker")) if "person" in m.columns else m.get("speaker")
    m["_who"] = who
    rows = []
    for cid, g in m.groupby("cluster", sort=False):
        first = g.iloc[0]
        names = g["_who"].dropna()
        rows.append({
            "cluster": cid, "text": max(g["text"].astype(str), key=len),
            "person": names.value_counts().index[0] if len(names) else None,
            "n_statements": len(g), "n_articles": g["article_id"].nunique(), "n_outlets": g["source"].nunique(),
            "first_date": first["date"], "first_outlet": first["source"], "first_article": first["article_id"],
        })
    clusters = pd.DataFrame(rows, columns=cols).sort_values(["n_articles", "n_outlets", "first_date"],
                                                            ascending=[False, False, True], kind="stable")
    ids = {c: i for i, c in enumerate(clusters["cluster"])}
    clusters["cluster"] = clusters["cluster"].map(ids)
    m["cluster"] = m["cluster"].map(ids)
    members = m.drop(columns="_who").sort_values(["cluster", "date"], kind="stable").reset_index(drop=True)
    members = members[["cluster", "article_id", "quote", "date", "source"]
                      + [c for c in ("person", "speaker") if c in members.columns] + ["text"]]
    return clusters.reset_index(drop=True), members
