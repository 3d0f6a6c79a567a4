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

from .colors import COLOR_NOTE, GREY, OKABE_ITO, person_colors
from .errors import NewsAnalysisError
from .speech import SPEECH_KINDS, statements

__all__ = ["ArticleView", "QuoteTable", "quote_table", "show"]

#: Colours of people: the run's eight most quoted in the palette of the charts (newsanalysis.colors), others grey.
_PALETTE = OKABE_ITO
_OTHER = GREY


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
    if isinstance(row.get("rule"), str):
        bits.append(f"rule: {row['rule']}")
    if not pd.isna(row.get("compound")):
        bits.append(f"tone {row['compound']:+.2f}")
    if isinstance(row.get("speaker_rule"), str):
        bits.append(f"speaker by: {row['speaker_rule']}")  # (after the tone: older hovers read as they did)
    return " · ".join(bits)


def show(result, article_id: str | None = None, *, speech_only: bool = True,
         palette: dict[str, str] | None = None) -> ArticleView:
    """Render one article with every quote and reported statement marked, for a notebook.

    Parameters
    ----------
    result : AnalysisResult
        From :func:`newsanalysis.analyze` (its ``sentences`` and ``quotes``).
    article_id : str, optional
        Which article; the first of the run when None.
    speech_only : bool
        Leave ``mention`` rows (scare quotes, titles) unmarked.
    palette : dict, optional
        Person to colour; by default :func:`newsanalysis.person_colors` of
        the whole run, so a person has the colour of the run's charts.

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
        q = q[q["kind"].isin(SPEECH_KINDS)]
    run_colours = person_colors(quotes) if palette is None else palette
    here = q["person"] if "person" in q.columns else q["speaker"]
    present = set(here.dropna().astype(str))
    colours = {name: c for name, c in run_colours.items() if name in present}
    body = _marked(text, q.to_dict("records"), colours).replace("\n", "<br>")
    legend = _legend(colours)
    page = (
        f'<div style="font-family:Georgia,serif;line-height:1.55;max-width:46em">'
        f'<div style="font:0.85em sans-serif;color:#444;margin-bottom:.6em">{html.escape(str(article_id))}: '
        f"{_n_statements(q)} statements; solid: quoted words, dotted: reported speech, grey: organisations and unnamed "
        f"sources; underlined: the mention each rests on. Hover for speaker, cue and tone. {html.escape(COLOR_NOTE)}."
        f"<br>{legend}</div>"
        f"{body}</div>"
    )
    return ArticleView(str(article_id), page)


def _marked(text: str, rows: list[dict], colours: dict[str, str]) -> str:
    """The article's text as HTML, each quote of ``rows`` a ``<mark>`` in its person's colour, mentions underlined."""
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
    return "".join(out)


def _legend(colours: dict[str, str]) -> str:
    """The colour of each person, and grey for everyone else when someone is grey."""
    legend = "".join(
        f'<span style="margin-right:1em"><span style="display:inline-block;width:.8em;height:.8em;'
        f'background:{c}"></span> {html.escape(name)}</span>'
        for name, c in colours.items() if c != _OTHER
    )
    if any(c == _OTHER for c in colours.values()):
        legend += (f'<span style="margin-right:1em"><span style="display:inline-block;width:.8em;height:.8em;'
                   f'background:{_OTHER}"></span> everyone else</span>')
    return legend


@dataclass(frozen=True)
class QuoteTable:
    """Statements as a readable HTML table (full text, left-aligned); displays itself in Jupyter.

    Attributes
    ----------
    frame : pandas.DataFrame
        The rows shown, as data.
    html : str
        The table as an HTML fragment (escaped, inline styles only).
    """

    frame: pd.DataFrame
    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"QuoteTable({len(self.frame)} statements)"


def quote_table(quotes: pd.DataFrame, *, article_id: str | None = None, top: int | None = 200) -> QuoteTable:
    """Every statement as a readable table: who, kind, cue, tone and the whole text, left-aligned.

    pandas shows long text cut to 50 characters and right-aligned; this
    shows the full quote, one row a statement (:func:`newsanalysis.statements`),
    ``mention`` rows left out.

    Parameters
    ----------
    quotes : pandas.DataFrame
        The quotes table.
    article_id : str, optional
        Only this article's statements.
    top : int or None
        Show at most this many rows (None: all); the frame holds them all.

    Returns
    -------
    QuoteTable
        ``.frame`` (the data) and ``.html``; displays as HTML in Jupyter.

    Examples
    --------
    >>> import newsanalysis as na
    >>> t = na.quote_table(na.analyze("“We will win,” Ann Lee said, “and win big.”").quotes)
    >>> t.frame[["who", "kind", "text"]].values.tolist()
    [['Ann Lee', 'direct', 'We will win, … and win big.']]
    """
    q = quotes if article_id is None else quotes[quotes["article_id"] == article_id]
    stmts = statements(q)
    who = stmts["person"] if "person" in stmts.columns else stmts["speaker"]
    frame = pd.DataFrame({
        "article_id": stmts["article_id"].astype(object),
        "who": who.fillna(stmts["speaker"]).astype(object) if len(stmts) else pd.Series(dtype=object),
        "source_kind": stmts["source_kind"].astype(object) if "source_kind" in stmts.columns else None,
        "kind": stmts["kind"].astype(object),
        "cue": stmts["cue"].astype(object),
        "compound": stmts["compound"].astype(float),
        "text": stmts["text"].astype(object),
    }).reset_index(drop=True)
    shown = frame if top is None else frame.head(top)
    cell = 'style="text-align:left;vertical-align:top;padding:.2em .5em;border-bottom:1px solid #eee"'
    head = "".join(f"<th {cell}>{html.escape(c)}</th>" for c in ("who", "kind", "cue", "tone", "text"))
    rows = []
    for r in shown.itertuples():
        who_txt = "—" if pd.isna(r.who) else str(r.who)
        if isinstance(r.source_kind, str) and r.source_kind != "person":
            who_txt += f" ({r.source_kind})"
        tone = "" if pd.isna(r.compound) else f"{r.compound:+.2f}"
        cue = "" if pd.isna(r.cue) else str(r.cue)
        rows.append(f"<tr><td {cell}>{html.escape(who_txt)}</td><td {cell}>{html.escape(str(r.kind))}</td>"
                    f"<td {cell}>{html.escape(cue)}</td><td {cell}>{tone}</td>"
                    f"<td {cell} width=\"60%\">{html.escape(str(r.text))}</td></tr>")
    more = f"<p>… {len(frame) - len(shown)} more statements in .frame</p>" if len(shown) < len(frame) else ""
    page = (f'<table style="border-collapse:collapse;font-size:.9em"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>{more}")
    return QuoteTable(frame, page)
