"""Statements: the rows of a quotes table that are someone's speech, joined one row a statement.

The speech kinds (:data:`SPEECH_KINDS`), :func:`statements` and
:func:`quotable` are what every later stage counts by (the people, the
charts, the highlighting, quote reuse, the report); they need nothing but
a quotes table and :mod:`newsanalysis.schema`, so they sit below all of
them. ``newsanalysis.statements`` and ``newsanalysis.tables.statements`` are
this module's function.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import numpy as np
import pandas as pd

from . import schema

__all__ = ["MARKED_KINDS", "SPEECH_KINDS", "missing", "quotable", "reusing_statements", "statements", "top_level"]

#: Kinds that count as someone's speech: every kind of :data:`newsanalysis.schema.QUOTE_KINDS` but ``mention``
#: (marked words that are nobody's speech), in that order.
SPEECH_KINDS: tuple[str, ...] = tuple(k for k in schema.QUOTE_KINDS if k != "mention")
#: The speech kinds in quote marks (``direct``: a whole quote; ``partial``: a quoted fragment in a clause).
MARKED_KINDS: tuple[str, ...] = ("direct", "partial")


def top_level(spans: list[tuple[int, int]]) -> list[int]:
    """Indexes of the spans not inside another span of the list (a fragment inside its clause is)."""
    return [
        i for i, (s, e) in enumerate(spans)
        if not any(j != i and s2 <= s and e <= e2 and (s2, e2) != (s, e) for j, (s2, e2) in enumerate(spans))
    ]


_MEMO: ContextVar[dict | None] = ContextVar("newsanalysis_table_memo", default=None)


@contextmanager
def reusing_statements() -> Iterator[None]:
    """Inside, :func:`statements` and :func:`quotable` of one table object are worked out once.

    The report draws some 30 charts and tables from the same quotes table;
    each asks for its statements. A copy of the first answer is given to every
    later call with the very same object (so a caller may change what it
    gets). Nothing is kept after the block.
    """
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def _memo(name: str, quotes: pd.DataFrame, make) -> pd.DataFrame:
    memo = _MEMO.get()
    if memo is None:
        return make(quotes)
    hit = memo.get((name, id(quotes)))
    if hit is None or hit[0] is not quotes:  # the table is held, so its id is not reused while the block lasts
        hit = memo[(name, id(quotes))] = (quotes, make(quotes))
    return hit[1].copy()


def statements(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row a statement: the speech rows of the quotes table that share a ``statement``.

    A quote split around its attribution (``"We will win," she said, "and
    big."``) is two rows of the quotes table and one statement; so is a
    reported clause with a quoted fragment inside it. Counting statements
    counts how often someone is quoted without counting such a quote twice.
    ``mention`` rows are left out.

    Parameters
    ----------
    quotes : pandas.DataFrame
        A quotes table (:data:`newsanalysis.schema.QUOTES`). Without a
        ``statement`` column (a table from before it existed), each speech
        row is its own statement.

    Returns
    -------
    pandas.DataFrame
        The columns of ``quotes`` and ``rows`` (how many rows the statement
        joins). ``start`` and ``end`` span all its rows; ``text`` joins its
        top-level rows (those not inside another of its rows) with " … ";
        ``kind`` is ``indirect`` when a top-level row is indirect, else
        ``direct`` when all are direct, else ``partial``; the four tone
        columns are the means of the top-level rows' scores; every other
        column is taken from its first row.

    Examples
    --------
    >>> from newsanalysis import quotes
    >>> q = quotes("“We will win,” Ann said, “and win big.” Bob said the plan was “a mess” for all.")
    >>> len(q), q["statement"].tolist()
    (4, [0, 0, 1, 1])
    >>> s = statements(q)
    >>> s[["text", "kind", "speaker", "rows"]].values.tolist()
    [['We will win, … and win big.', 'direct', 'Ann', 2], ['the plan was “a mess” for all', 'indirect', 'Bob', 2]]
    """
    return _memo("statements", quotes, _statements)


def _statements(quotes: pd.DataFrame) -> pd.DataFrame:
    speech = quotes[quotes["kind"].isin(SPEECH_KINDS)]
    cols = list(speech.columns)
    n = len(speech)
    if "statement" in speech.columns:
        key = speech["statement"].astype("Float64").fillna(-1.0).to_numpy(dtype=float)
    else:
        key = np.full(n, -1.0)
    # A statement of one row is that row (most are): only statements of two or more rows are joined, row by row.
    owner = speech["article_id"].astype("string").fillna("").to_numpy(dtype=object) if "article_id" in cols \
        else np.full(n, "", dtype=object)
    alone = key < 0  # a missing statement: the row on its own
    key = np.where(alone, -1.0 - np.arange(n), key)
    codes, _ = pd.factorize(pd.MultiIndex.from_arrays([owner, key]))  # numbered in order of first appearance
    sizes = np.bincount(codes, minlength=codes.max() + 1 if n else 0)
    _, first_pos = np.unique(codes, return_index=True)
    single = speech.iloc[first_pos[sizes == 1]].copy()
    single["rows"] = 1
    many = np.flatnonzero(sizes[codes] > 1)
    joined: dict[int, list[int]] = {}
    for i in many.tolist():
        joined.setdefault(int(codes[i]), []).append(i)
    joined = list(joined.values())
    if not joined:
        frame = single
    else:
        starts = speech["start"].to_numpy(dtype="int64")
        ends = speech["end"].to_numpy(dtype="int64")
        kinds = speech["kind"].to_numpy(dtype=object)
        texts = speech["text"].to_numpy(dtype=object) if "text" in cols else None
        tones = {c: speech[c].to_numpy(dtype="float64") for c in schema.TONE if c in cols}
        heads, spans, joined_text, joined_kind = [], [], [], []
        joined_tone: dict[str, list[float]] = {c: [] for c in tones}
        for rows in joined:
            rows.sort(key=lambda i: (starts[i], -ends[i]))
            top = [rows[j] for j in top_level([(starts[i], ends[i]) for i in rows])]
            heads.append(rows[0])
            spans.append((min(starts[i] for i in rows), max(ends[i] for i in rows), len(rows)))
            if texts is not None:
                joined_text.append(" … ".join(str(texts[i]) for i in top))
            ks = {kinds[i] for i in top}
            joined_kind.append("indirect" if "indirect" in ks else "direct" if ks == {"direct"} else "partial")
            for c, v in tones.items():
                joined_tone[c].append(sum(v[i] for i in top) / len(top))
        multi = speech.iloc[heads].copy()
        multi["start"] = pd.array([s for s, _, _ in spans], dtype=speech["start"].dtype)
        multi["end"] = pd.array([e for _, e, _ in spans], dtype=speech["end"].dtype)
        if texts is not None:
            multi["text"] = pd.array(joined_text, dtype=speech["text"].dtype)
        multi["kind"] = pd.array(joined_kind, dtype=speech["kind"].dtype)
        for c, vals in joined_tone.items():
            multi[c] = pd.array(vals, dtype=speech[c].dtype)
        multi["rows"] = [n for _, _, n in spans]
        multi.index = pd.Index([min(rows) for rows in joined])  # where the statement first appears
        single.index = pd.Index(first_pos[sizes == 1])
        frame = pd.concat([single, multi]).sort_index(kind="stable")
    frame = frame.reset_index(drop=True)
    frame["rows"] = frame["rows"].astype("int64")
    return frame


def quotable(quotes: pd.DataFrame) -> pd.DataFrame:
    """The statements that can be shown on their own, as what the speaker said.

    A report or chart that puts one statement forward by itself (a person's
    most positive or most negative statement, an example in the methods)
    takes it from here, never from the whole of :func:`statements`. The rule:

    - the statement is speech: ``cue_type`` is ``speech`` (said, told, wrote,
      claimed ...), or it holds quoted words;
    - it has a speaker;
    - its text is the speaker's content alone. A reported clause whose span
      holds its own attribution (``Russia “wants TRADE”, Trump has claimed,
      adding ...``) or a statement that is no speech (the object of a stance,
      ``dismissed the criticism``; a belief; an intention) is shown by the
      words it quotes, if any (``wants TRADE``), scored by those words alone;
      with no quoted words it is left out.

    Everything left out stays in :func:`statements` and in the quotes table,
    marked by ``kind`` and ``cue_type``.

    Parameters
    ----------
    quotes : pandas.DataFrame
        A quotes table (:data:`newsanalysis.schema.QUOTES`).

    Returns
    -------
    pandas.DataFrame
        The rows of :func:`statements` that qualify, with ``text`` and the four
        tone columns of what is shown, and a column ``shown``: ``statement``
        (the whole statement) or ``quoted words`` (only the words it quotes).

    Examples
    --------
    >>> from newsanalysis import quotes
    >>> q = quotes("The mayor dismissed the criticism. Ann said the plan was good. "
    ...            "Bob called the plan “a reckless gamble”.")
    >>> statements(q)[["text", "cue_type"]].values.tolist()
    [['the criticism', 'stance'], ['the plan was good', 'speech'], ['the plan “a reckless gamble”', 'naming']]
    >>> quotable(q)[["speaker", "text", "shown"]].values.tolist()
    [['Ann', 'the plan was good', 'statement'], ['Bob', 'a reckless gamble', 'quoted words']]
    """
    return _memo("quotable", quotes, _quotable)


def _quotable(quotes: pd.DataFrame) -> pd.DataFrame:
    stmts = statements(quotes)
    if stmts.empty:
        return stmts.assign(shown=pd.Series(dtype="object"))
    speech = quotes[quotes["kind"].isin(SPEECH_KINDS)]
    marked_rows: dict[tuple, list[dict]] = {}
    if "statement" in speech.columns:
        for rec in speech[speech["kind"] == "partial"].to_dict("records"):
            if not pd.isna(rec.get("statement")):
                marked_rows.setdefault((rec["article_id"], int(rec["statement"])), []).append(rec)
    keep: list[int] = []
    shown: list[str] = []
    texts: list[str] = []
    tones: dict[str, list[float]] = {c: [] for c in schema.TONE if c in stmts.columns}
    for i, row in enumerate(stmts.to_dict("records")):
        if missing(row.get("speaker")):
            continue
        speech_cue = row.get("cue_type") in (None, "speech") or missing(row.get("cue_type"))
        holds_source = False
        s0, s1 = row.get("speaker_start"), row.get("speaker_end")
        if not missing(s0) and not missing(s1):
            holds_source = row["start"] <= int(s0) and int(s1) <= row["end"]
        if row["kind"] != "indirect" or (speech_cue and not holds_source):
            keep.append(i)
            shown.append("statement")
            texts.append(row["text"])
            for c in tones:
                tones[c].append(row[c])
            continue
        key = (row["article_id"], row["statement"]) if not missing(row.get("statement")) else None
        inner = marked_rows.get((key[0], int(key[1])), []) if key else []
        if not inner:
            continue
        keep.append(i)
        shown.append("quoted words")
        texts.append(" … ".join(str(r["text"]) for r in inner))
        for c in tones:
            vals = [r[c] for r in inner if not missing(r[c])]
            tones[c].append(sum(vals) / len(vals) if vals else float("nan"))
    out = stmts.iloc[keep].reset_index(drop=True)
    out["text"] = pd.Series(texts, dtype=stmts["text"].dtype)
    for c, vals in tones.items():
        out[c] = pd.Series(vals, dtype="float64")
    out["shown"] = shown
    return out


def missing(value: object) -> bool:
    """Whether one cell is empty: None, ``pd.NA``, ``NaT`` or a NaN number (a string never is).

    Examples
    --------
    >>> [missing(v) for v in (None, pd.NA, pd.NaT, float("nan"), np.float32("nan"), "", 0, "NA")]
    [True, True, True, True, True, False, False, False]
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, (float, np.floating)):
        return bool(value != value)
    if isinstance(value, np.datetime64):
        return bool(np.isnat(value))
    return False

