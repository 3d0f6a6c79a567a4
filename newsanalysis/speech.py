"""Statements: the rows of a quotes table that are someone's speech, joined one row a statement.

The speech kinds (:data:`SPEECH_KINDS`), :func:`statements` and
:func:`quotable` are what every later stage counts by (the people, the
charts, the highlighting, quote reuse, the report); they need nothing but
a quotes table and :mod:`newsanalysis.schema`, so they sit below all of
them. ``newsanalysis.statements`` and ``newsanalysis.tables.statements`` are
the same function.
"""

from __future__ import annotations

import pandas as pd

from . import schema

__all__ = ["SPEECH_KINDS", "quotable", "statements", "top_level"]

#: Kinds that count as someone's speech: every kind of :data:`newsanalysis.schema.QUOTE_KINDS` but ``mention``
#: (marked words that are nobody's speech), in that order.
SPEECH_KINDS: tuple[str, ...] = tuple(k for k in schema.QUOTE_KINDS if k != "mention")


def top_level(spans: list[tuple[int, int]]) -> list[int]:
    """Indexes of the spans not inside another span of the list (a fragment inside its clause is)."""
    return [
        i for i, (s, e) in enumerate(spans)
        if not any(j != i and s2 <= s and e <= e2 and (s2, e2) != (s, e) for j, (s2, e2) in enumerate(spans))
    ]


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
    if not len(quotes):  # no rows: the table's columns and dtypes, and ``rows``
        return quotes.iloc[0:0].assign(rows=pd.Series(dtype="int64"))
    speech = quotes[quotes["kind"].isin(SPEECH_KINDS)]
    if "statement" in speech.columns:
        key = speech["statement"].astype("Float64").fillna(-1.0).to_numpy(dtype=float)
    else:
        key = [-1.0] * len(speech)
    cols = list(speech.columns)
    records = speech.to_dict("records")
    groups: dict[tuple, list[int]] = {}  # in order of first appearance
    for i in range(len(records)):  # a missing statement: the row on its own
        k = (records[i].get("article_id"), key[i]) if key[i] >= 0 else ("row", i)
        groups.setdefault(k, []).append(i)
    out = []
    for rows in groups.values():
        rows.sort(key=lambda i: (records[i]["start"], -records[i]["end"]))
        top = [rows[j] for j in top_level([(records[i]["start"], records[i]["end"]) for i in rows])]
        first = dict(records[rows[0]])
        first["start"] = min(records[i]["start"] for i in rows)
        first["end"] = max(records[i]["end"] for i in rows)
        if "text" in first:
            first["text"] = " … ".join(str(records[i]["text"]) for i in top)
        kinds = {records[i]["kind"] for i in top}
        first["kind"] = "indirect" if "indirect" in kinds else "direct" if kinds == {"direct"} else "partial"
        for col in schema.TONE:
            if col in first:
                first[col] = sum(records[i][col] for i in top) / len(top)
        first["rows"] = len(rows)
        out.append(first)
    frame = pd.DataFrame(out, columns=cols + ["rows"])
    frame = frame.astype({c: speech[c].dtype for c in cols}) if len(frame) else frame
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
        if _missing_value(row.get("speaker")):
            continue
        speech_cue = row.get("cue_type") in (None, "speech") or _missing_value(row.get("cue_type"))
        holds_source = False
        s0, s1 = row.get("speaker_start"), row.get("speaker_end")
        if not _missing_value(s0) and not _missing_value(s1):
            holds_source = row["start"] <= int(s0) and int(s1) <= row["end"]
        if row["kind"] != "indirect" or (speech_cue and not holds_source):
            keep.append(i)
            shown.append("statement")
            texts.append(row["text"])
            for c in tones:
                tones[c].append(row[c])
            continue
        key = (row["article_id"], row["statement"]) if not _missing_value(row.get("statement")) else None
        inner = marked_rows.get((key[0], int(key[1])), []) if key else []
        if not inner:
            continue
        keep.append(i)
        shown.append("quoted words")
        texts.append(" … ".join(str(r["text"]) for r in inner))
        for c in tones:
            vals = [r[c] for r in inner if not _missing_value(r[c])]
            tones[c].append(sum(vals) / len(vals) if vals else float("nan"))
    out = stmts.iloc[keep].reset_index(drop=True)
    out["text"] = pd.Series(texts, dtype=stmts["text"].dtype)
    for c, vals in tones.items():
        out[c] = pd.Series(vals, dtype="float64")
    out["shown"] = shown
    return out


def _missing_value(v) -> bool:
    return v is None or (not isinstance(v, str) and bool(pd.isna(v)))

