"""Show: an article as HTML, every quote in its place, for JupyterLab.

:func:`show` rebuilds an article's text from the sentences table (offsets are
exact: the gaps between sentences are filled with as many spaces, or a line
break between paragraphs) and marks every statement on it: coloured by person
(organisations and unnamed sources in grey), with the speaker, cue, kind and
tone on hover, and the mention the attribution rests on underlined. The result
displays itself in a notebook (``_repr_html_``: plain HTML and inline CSS, no
script, no server extension, no network) and its ``html`` can be saved.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

from .errors import NewsAnalysisError

__all__ = ["ArticleView", "show"]

#: Colours of people, in order of statements (Okabe-Ito, readable for colour-blind readers).
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
_OTHER = "#8C8C8C"
_SPEECH = ("direct", "partial", "indirect")


@dataclass(frozen=True)
class ArticleView:
    """One article rendered as HTML; displays itself in Jupyter.

    Attributes
    ----------
    article_id : str
    html : str
        A self-contained HTML fragment (inline styles only).
    """

    article_id: str
    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"ArticleView({self.article_id!r}: {self.html.count('<mark')} quote spans)"


def _text_of(sentences: pd.DataFrame) -> str:
    """The article text rebuilt from its sentences, at their offsets."""
    parts: list[str] = []
    pos, para = 0, None
    for start, end, text, p in zip(sentences["start"], sentences["end"], sentences["text"], sentences["paragraph"]):
        start, end = int(start), int(end)
        if start > pos:
            gap = start - pos
            parts.append(("\n" * min(gap, 2) + " " * max(0, gap - 2)) if para is not None and p != para else " " * gap)
        elif start < pos:  # overlapping rows (should not happen): keep offsets by skipping what is written
            text = str(text)[pos - start :]
        parts.append(str(text))
        pos, para = max(pos, end), p
    return "".join(parts)


def _colours(quotes: pd.DataFrame) -> dict[str, str]:
    who = quotes["person"] if "person" in quotes.columns else quotes["speaker"]
    counts = who.dropna().astype(str).value_counts()
    order = sorted(counts.index, key=lambda n: (-counts[n], n))
    return {name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(order)}


def _n_statements(q: pd.DataFrame) -> int:
    """Statements, as every count of the package counts them (rows of one attribution count once)."""
    if "statement" in q.columns and q["statement"].notna().all():
        return int(q["statement"].nunique())
    return len(q)


def _title(row: dict) -> str:
    who = row.get("person") if isinstance(row.get("person"), str) else row.get("speaker")
    who = who if isinstance(who, str) else "no speaker found"
    kind = row.get("source_kind")
    bits = [f"{who}" + (f" ({kind})" if isinstance(kind, str) and kind != "person" else "")]
    bits.append(f"{row['kind']}" + (f", cue: {row['cue']}" if isinstance(row.get("cue"), str) else ""))
    if not pd.isna(row.get("compound")):
        bits.append(f"tone {row['compound']:+.2f}")
    return " · ".join(bits)


def show(result, article_id: str | None = None, *, speech_only: bool = True) -> ArticleView:
    """Render one article with every quote and reported statement marked, for a notebook.

    Parameters
    ----------
    result : AnalysisResult
        From :func:`newsanalysis.analyze` (its ``sentences`` and ``quotes``).
    article_id : str, optional
        Which article; the first of the run when None.
    speech_only : bool
        Leave ``mention`` rows (scare quotes, titles) unmarked.

    Returns
    -------
    ArticleView
        Displays as HTML in Jupyter; ``.html`` is the fragment.

    Examples
    --------
    >>> import newsanalysis as na
    >>> view = na.show(na.analyze("“We won,” Mayor Ann Lee said. The ministry said the vote was void."))
    >>> view.html.count("<mark"), "Ann Lee" in view.html, "ministry (organisation)" in view.html
    (2, True, True)
    """
    sentences, quotes = result.sentences, result.quotes
    if article_id is None:
        if not len(sentences):
            raise NewsAnalysisError("show(): the result holds no article with text")
        article_id = str(sentences["article_id"].iloc[0])
    s = sentences[sentences["article_id"] == article_id].sort_values("start")
    if s.empty:
        known = ", ".join(map(str, sentences["article_id"].drop_duplicates().head(5)))
        raise NewsAnalysisError(f"show(): no article {article_id!r} in the result (articles: {known}, ...)")
    text = _text_of(s)
    q = quotes[quotes["article_id"] == article_id]
    if speech_only:
        q = q[q["kind"].isin(_SPEECH)]
    colours = _colours(q)
    rows = q.to_dict("records")
    # boundaries of every span; each piece between two boundaries takes the innermost quote over it
    spans = [(int(r["start"]), int(r["end"]), i) for i, r in enumerate(rows)]
    mentions = {
        (int(r["speaker_start"]), int(r["speaker_end"]))
        for r in rows
        if not pd.isna(r.get("speaker_start")) and not pd.isna(r.get("speaker_end"))
    }
    cuts = sorted({0, len(text), *(a for a, _, _ in spans), *(b for _, b, _ in spans), *(x for m in mentions for x in m)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b])
        if any(ms <= a and b <= me for ms, me in mentions):
            piece = f'<u style="text-decoration-thickness:2px">{piece}</u>'
        inner = [(e - s0, i) for s0, e, i in spans if s0 <= a and b <= e]
        if inner:
            row = rows[min(inner)[1]]
            who = row.get("person") if isinstance(row.get("person"), str) else None
            colour = colours.get(who, _OTHER) if who else _OTHER
            style = f"background:{colour}33;border-bottom:2px solid {colour};padding:0 1px"
            if row["kind"] == "indirect":
                style = f"background:{colour}1A;border-bottom:2px dotted {colour}"
            piece = f'<mark style="{style}" title="{html.escape(_title(row))}">{piece}</mark>'
        out.append(piece)
    legend = "".join(
        f'<span style="margin-right:1em"><span style="display:inline-block;width:.8em;height:.8em;'
        f'background:{c}"></span> {html.escape(name)}</span>'
        for name, c in colours.items()
    )
    body = "".join(out).replace("\n", "<br>")
    page = (
        f'<div style="font-family:Georgia,serif;line-height:1.55;max-width:46em">'
        f'<div style="font:0.85em sans-serif;color:#444;margin-bottom:.6em">{html.escape(str(article_id))}: '
        f"{_n_statements(q)} statements; solid: quoted words, dotted: reported speech, grey: organisations and unnamed "
        f"sources; underlined: the mention each rests on. Hover for speaker, cue and tone.<br>{legend}</div>"
        f"{body}</div>"
    )
    return ArticleView(str(article_id), page)
