"""Report export: the tables, every chart and a self-contained ``report.html`` in one folder.

:func:`write_report` takes an :class:`~newsanalysis.tables.AnalysisResult` and
writes, inside ``out`` only::

    out/
      report.html              charts inline (PNG as base64), most quoted people, failed inputs
      tables/<name>.csv        articles, sentences, quotes, speakers, errors (+ .parquet with pyarrow)
      charts/<chart>.<fmt>     corpus charts: quote counts, speaker tone, tone over time, speaker share
      charts/articles/<title>-<chart>.<fmt>   tone arc and quote positions of each article

It refuses to write into an existing non-empty folder unless ``force=True``,
never writes outside ``out`` (file names from article titles are reduced to
``[a-z0-9-]``), and escapes every piece of text in the HTML.
"""

from __future__ import annotations

import base64
import datetime as _dt
import html
import io
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from . import __version__, plot
from .errors import NewsAnalysisError, OutputExistsError
from .output import (
    HOUSEKEEPING,
    OutputLock,
    check_not_over_inputs,
    mark_output_folder,
    new_manifest,
    write_csv,
    write_manifest,
    write_parquet,
    write_text,
)
from .tables import SPEECH_KINDS, AnalysisResult, statements

__all__ = ["check_out", "most_quoted", "safe_filename", "write_report"]

_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def safe_filename(name: object, *, fallback: str = "article", max_len: int = 60) -> str:
    """A file name made from ``name`` that cannot leave its folder.

    Letters are reduced to ASCII, everything but ``a-z``, ``0-9`` becomes
    ``-``; an empty result (or a reserved Windows name) falls back to
    ``fallback``.

    Examples
    --------
    >>> safe_filename("Trump–Putin call: “excellent”")
    'trump-putin-call-excellent'
    >>> safe_filename("../../etc/passwd")
    'etc-passwd'
    >>> safe_filename("Путин", fallback="article-3")
    'article-3'
    """
    text = "".join(c for c in unicodedata.normalize("NFKD", str(name)) if not unicodedata.combining(c))
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    if len(text) > max_len:  # cut at a word boundary when there is one
        cut = text[: max_len + 1]
        text = cut.rsplit("-", 1)[0] if "-" in cut[: max_len] else text[:max_len]
    text = text.strip("-")
    if not text or text in _RESERVED:
        text = re.sub(r"[^a-z0-9-]+", "-", fallback.lower()).strip("-") or "article"
    return text


def most_quoted(quotes: pd.DataFrame, *, top: int = 10, by: str = "person") -> pd.DataFrame:
    """The most quoted people, with their strongest quotes.

    Counts statements (:func:`newsanalysis.statements`: the two halves of a
    split quote count once) and speech only (``mention`` rows and quotes with
    no speaker found are left out). By default it counts named people
    (``person``, linked across the run): organisations and unnamed sources
    are left out (see :func:`newsanalysis.sources`). Does not modify ``quotes``.

    Parameters
    ----------
    quotes : pandas.DataFrame
        The quotes table.
    top : int
        Rows to return.
    by : {"person", "speaker"}
        Count named people (default), or every source as the ``speaker``
        column writes it (the reading before 0.3; also used for tables
        without a ``person`` column).

    Returns
    -------
    pandas.DataFrame
        One row a person (or speaker), most quoted first: ``speaker`` (the
        name counted), ``quotes``,
        ``articles``, ``mean_compound``, ``most_positive`` and
        ``most_negative`` (the text of the quote with the highest / lowest
        compound, or missing when none is above / below zero) with their
        ``*_compound`` scores.

    Examples
    --------
    >>> import newsanalysis as na
    >>> q = na.analyze("“A great win,” Ann said. “A sad loss,” Ann said. “We met,” Bob said.").quotes
    >>> t = most_quoted(q)
    >>> t[["speaker", "quotes", "most_positive", "most_negative"]].values.tolist()
    [['Ann', 2, 'A great win,', 'A sad loss,'], ['Bob', 1, nan, nan]]
    """
    if by not in ("person", "speaker"):
        raise NewsAnalysisError(f"most_quoted(): by must be 'person' or 'speaker', not {by!r}")
    q = statements(quotes)
    if by == "person" and "person" in q.columns:
        q = q[q["person"].notna()].assign(speaker=lambda d: d["person"])
    q = q[q["speaker"].notna()]
    cols = ["speaker", "quotes", "articles", "mean_compound", "most_positive", "most_positive_compound",
            "most_negative", "most_negative_compound"]
    if q.empty:
        return pd.DataFrame({c: pd.Series(dtype="float64" if "compound" in c else "object") for c in cols})
    rows = []
    for speaker, g in q.groupby("speaker", sort=False):
        scored = g["compound"].dropna()  # texts too long for VADER have NaN tone
        hi = g.loc[scored.idxmax()] if len(scored) else {"text": None, "compound": float("nan")}
        lo = g.loc[scored.idxmin()] if len(scored) else {"text": None, "compound": float("nan")}
        rows.append(
            {
                "speaker": speaker,
                "quotes": len(g),
                "articles": g["article_id"].nunique(),
                "mean_compound": float(scored.mean()) if len(scored) else float("nan"),
                "most_positive": hi["text"] if hi["compound"] > 0 else float("nan"),
                "most_positive_compound": float(hi["compound"]) if hi["compound"] > 0 else float("nan"),
                "most_negative": lo["text"] if lo["compound"] < 0 else float("nan"),
                "most_negative_compound": float(lo["compound"]) if lo["compound"] < 0 else float("nan"),
            }
        )
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values("quotes", ascending=False, kind="stable").head(top).reset_index(drop=True)


# --------------------------------------------------------------------------------------------------
# the output folder


def check_out(out: str | Path, *, force: bool = False) -> Path:
    """Raise unless ``out`` can take a report: missing, empty, or ``force`` given (a folder either way).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "old.txt").write_text("x")
    >>> check_out(d)
    Traceback (most recent call last):
    ...
    newsanalysis.errors.OutputExistsError: ...: the output folder exists and is not empty; ...
    >>> check_out(d, force=True) == d
    True
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise NewsAnalysisError("exists and is not a folder; give a folder for the report", source=str(out))
    if out.is_dir() and any(p.name not in HOUSEKEEPING for p in out.iterdir()) and not force:
        raise OutputExistsError(
            "the output folder exists and is not empty; choose another folder or use --force (force=True) "
            "to write into it",
            source=str(out),
        )
    return out


def _prepare_out(out: Path, force: bool) -> Path:
    check_out(out, force=force)
    out.mkdir(parents=True, exist_ok=True)
    mark_output_folder(out)
    return out.resolve()


def _inside(root: Path, *parts: str) -> Path:
    """``root/parts`` after checking that it stays inside ``root`` (no ``..``, no symlink out)."""
    path = root.joinpath(*parts)
    if not path.resolve().is_relative_to(root):
        raise NewsAnalysisError(f"refusing to write outside the output folder: {path}", source=str(root))
    return path


# --------------------------------------------------------------------------------------------------
# charts


class _Charts:
    """Draws, saves and keeps an inline PNG of each chart."""

    def __init__(self, root: Path, formats: tuple[str, ...], dpi: int) -> None:
        self.root, self.formats, self.dpi = root, formats, dpi
        self.written: list[Path] = []
        self.inline: dict[str, list[tuple[str, str]]] = {}  # section -> [(caption, base64 png)]
        self.failed: list[str] = []  # charts that could not be drawn, for the report's notes

    def add(self, section: str, caption: str, parts: Sequence[str], draw) -> None:
        try:
            ax = draw()
        except Exception as exc:  # one odd article's chart must not cost the report
            self.failed.append(f"{section}: {caption}: chart not drawn ({type(exc).__name__}: {exc})")
            return
        fig = ax.figure
        try:
            target = _inside(self.root, *parts)
            _inside(self.root, *parts[:-1], parts[-1] + ".png")  # the suffixed names too
            self.written += plot.save_figure(fig, target, formats=self.formats, dpi=self.dpi)
            buf = io.BytesIO()
            fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
            self.inline.setdefault(section, []).append((caption, base64.b64encode(buf.getvalue()).decode("ascii")))
        finally:
            plot.plt.close(fig)


def _draw_charts(result: AnalysisResult, charts: _Charts, max_article_charts: int) -> list[str]:
    """Draw every chart; return notes for the report (e.g. charts left out)."""
    notes = []
    q, s, a = result.quotes, result.sentences, result.articles
    corpus = "Who is quoted, and how"
    charts.add(corpus, "Quotes per person, by kind", ["charts", "quote_counts"], lambda: plot.quote_counts(q))
    charts.add(corpus, "Tone of each person's quotes", ["charts", "speaker_tone"], lambda: plot.speaker_tone(q))
    if len(a) > 1:
        over = "The corpus over time and across sources"
        if a["date"].notna().any():
            charts.add(over, "Tone over time", ["charts", "tone_over_time"],
                       lambda: plot.tone_over_time(s, a))
            charts.add(over, "Share of quotes per date", ["charts", "speaker_share_by_date"],
                       lambda: plot.speaker_share(q, a, by="date"))
        if a["source"].nunique() > 1:
            charts.add(over, "Share of quotes per source", ["charts", "speaker_share_by_source"],
                       lambda: plot.speaker_share(q, a, by="source"))

    # per article: the most quoted articles first, at most max_article_charts of them
    picked = a.sort_values("n_quotes", ascending=False, kind="stable").head(max_article_charts)
    if len(a) > len(picked):
        notes.append(f"Article charts are drawn for the {len(picked)} articles with the most quotes "
                     f"(of {len(a)}); raise max_article_charts for more.")
    used: set[str] = set()
    for i, row in enumerate(picked.itertuples(index=False)):
        aid = row.article_id
        label = row.title if isinstance(row.title, str) and row.title else aid
        stem = safe_filename(label, fallback=safe_filename(aid, fallback=f"article-{i + 1}"))
        base, n = stem, 2
        while stem in used:
            stem, n = f"{base}-{n}", n + 1
        used.add(stem)
        section = f"Article: {label}"
        sents = s[s["article_id"] == aid]
        quotes = q[q["article_id"] == aid]
        charts.add(section, "Tone along the article", ["charts", "articles", f"{stem}-tone_arc"],
                   lambda sents=sents: plot.tone_arc(sents))
        charts.add(section, "Where each speaker is quoted", ["charts", "articles", f"{stem}-quote_positions"],
                   lambda quotes=quotes, sents=sents: plot.quote_positions(quotes, sentences=sents))
    return notes


# --------------------------------------------------------------------------------------------------
# html


def _e(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA or value is pd.NaT:
        return ""
    return html.escape(str(value), quote=True)


def _table(df: pd.DataFrame, columns: dict[str, str]) -> str:
    head = "".join(f"<th>{_e(label)}</th>" for label in columns.values())
    body = []
    for row in df.to_dict("records"):
        cells = []
        for col in columns:
            v = row.get(col)
            if isinstance(v, float) and v == v:
                v = f"{v:+.2f}" if "compound" in col else f"{v:g}"
            elif isinstance(v, pd.Timestamp):
                v = v.strftime("%Y-%m-%d")
            cells.append(f"<td>{_e(v)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:1000px;margin:2em auto;
padding:0 1em;color:#222;line-height:1.45}
h1{margin-bottom:.2em} h2{margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.meta{color:#666} figure{margin:1.2em 0} figure img{max-width:100%;height:auto}
figcaption{color:#555;font-size:.9em}
table{border-collapse:collapse;width:100%;font-size:.92em;margin:.8em 0}
th,td{border-bottom:1px solid #e5e5e5;padding:.35em .5em;text-align:left;vertical-align:top}
th{background:#f5f5f5} .note{background:#fff8e1;padding:.5em .8em;border-left:3px solid #E69F00}
.ok{color:#009E73}
"""


def _n_people(q: pd.DataFrame) -> int:
    speech = q[q["kind"].isin(SPEECH_KINDS)]
    col = "person" if "person" in speech.columns else "speaker"
    return int(speech[col].nunique())


def _html(result: AnalysisResult, charts: _Charts, notes: list[str], files: list[str], title: str) -> str:
    a, q, err = result.articles, result.quotes, result.errors
    n_speech = int(a["n_quotes"].sum())  # statements, as in the articles table
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{len(a)} article(s), {len(result.sentences)} sentences, {n_speech} quotes, '
        f"{_n_people(q)} people quoted, "
        f"{len(err)} input(s) failed. Made by newsanalysis {_e(__version__)} on "
        f"{_dt.date.today().isoformat()}. Tone is VADER's compound score (−1 negative … +1 positive).</p>",
    ]
    parts += [f'<p class="note">{_e(n)}</p>' for n in notes]

    parts.append("<h2>Most quoted people</h2>")
    mq = most_quoted(q, top=15)
    if mq.empty:
        parts.append("<p>No quotes attributed to a named person were found.</p>")
    else:
        parts.append(_table(mq, {
            "speaker": "Person", "quotes": "Quotes", "articles": "Articles", "mean_compound": "Mean tone",
            "most_positive": "Most positive quote", "most_positive_compound": "Tone",
            "most_negative": "Most negative quote", "most_negative_compound": "Tone",
        }))
    parts.append("<h2>Organisations and unnamed sources</h2>")
    if "source_kind" in q.columns:
        src = result.sources
        if src.empty:
            parts.append("<p>None: every attributed quote has a named person as its source.</p>")
        else:
            parts.append("<p>Counted apart from people: bodies (a ministry, a newspaper) and unnamed sources "
                         "(a spokesperson, officials, a report).</p>")
            parts.append(_table(src.head(30), {
                "source": "Source", "kind": "Kind", "statements": "Quotes", "articles": "Articles",
                "mean_compound": "Mean tone",
            }))

    for section, figs in charts.inline.items():
        parts.append(f"<h2>{_e(section)}</h2>")
        for caption, data in figs:
            parts.append(f'<figure><img alt="{_e(caption)}" src="data:image/png;base64,{data}">'
                         f"<figcaption>{_e(caption)}</figcaption></figure>")

    parts.append("<h2>Inputs that failed</h2>")
    if err.empty:
        parts.append('<p class="ok">None: every input was analysed.</p>')
    else:
        parts.append(_table(err, {"article_id": "Input", "path": "Path", "error": "Why"}))

    parts.append("<h2>Articles</h2>")
    parts.append(_table(a.head(500), {"article_id": "Id", "title": "Title", "date": "Date", "source": "Source",
                                      "n_sentences": "Sentences", "n_quotes": "Quotes"}))
    if len(a) > 500:
        parts.append(f"<p>… and {len(a) - 500} more (see tables/articles.csv).</p>")

    parts.append("<h2>Files</h2><ul>")
    parts += [f'<li><a href="{_e(f)}">{_e(f)}</a></li>' for f in files]
    parts.append("</ul></body></html>")
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------


def write_report(
    result: AnalysisResult,
    out: str | Path,
    *,
    formats: Sequence[str] | str = ("png", "svg", "pdf"),
    force: bool = False,
    dpi: int = 200,
    max_article_charts: int = 12,
    title: str = "newsanalysis report",
    formula_safe: bool = False,
) -> Path:
    """Write the tables, every chart and a self-contained ``report.html`` into ``out``.

    The folder is locked while the report is written (a second writer gets
    :class:`~newsanalysis.OutputBusyError`), tables and ``report.html`` are
    written under temporary names and renamed into place, and
    ``newsanalysis-manifest.json`` is written last (see
    :func:`newsanalysis.read_output`).

    Parameters
    ----------
    result : AnalysisResult
        From :func:`newsanalysis.analyze`.
    out : str or pathlib.Path
        The report folder (created). Nothing is written outside it.
    formats : sequence of str or str
        Chart formats among ``"png"``, ``"svg"``, ``"pdf"``.
    force : bool
        Write into an existing non-empty folder (files of the same name are
        replaced; other files are left alone).
    dpi : int
        Resolution of the PNG files.
    max_article_charts : int
        Draw per-article charts for at most this many articles (the most
        quoted).
    title : str
        Heading of the HTML page.
    formula_safe : bool
        Put a ``'`` before CSV cells that a spreadsheet would run as a formula
        (see :meth:`AnalysisResult.to_csv <newsanalysis.tables.AnalysisResult.to_csv>`).

    Returns
    -------
    pathlib.Path
        The path of ``report.html``.

    Raises
    ------
    OutputExistsError
        When ``out`` exists, is not empty and ``force`` is False.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> import newsanalysis as na
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "report"
    >>> page = na.write_report(na.analyze("“We won,” Ann Lee said."), out, formats="png")
    >>> page.name, sorted(p.name for p in (out / "tables").glob("*.csv"))[:2]
    ('report.html', ['articles.csv', 'errors.csv'])
    """
    if not isinstance(result, AnalysisResult):
        raise NewsAnalysisError(f"write_report() needs an AnalysisResult (from analyze()), not {type(result).__name__}")
    fmts = plot._parse_formats(formats)
    check_not_over_inputs(out, result.tables())
    with OutputLock(out, create=True):
        root = _prepare_out(Path(out), force)
        manifest = write_manifest(root, new_manifest("write_report", options={"formula_safe": formula_safe}))
        _write_report(result, root, manifest, fmts, dpi, max_article_charts, title, formula_safe)
    return Path(out) / "report.html"


def _write_report(result, root, manifest, fmts, dpi, max_article_charts, title, formula_safe) -> None:
    written: list[Path] = []
    tables = {**result.tables(), "people": result.people, "sources": result.sources}
    try:
        import pyarrow  # noqa: F401

        suffixes = (".csv", ".parquet")
    except ImportError:
        suffixes = (".csv",)
    _inside(root, "tables").mkdir(exist_ok=True)
    for name, df in tables.items():
        for suffix in suffixes:
            path = _inside(root, "tables", name + suffix)
            if suffix == ".csv":
                write_csv(df, path, formula_safe=formula_safe)
            else:
                write_parquet(df, path)
            written.append(path)
        manifest["tables"][name] = {"rows": len(df), "files": [f"tables/{name}{suffix}" for suffix in suffixes]}

    charts = _Charts(root, fmts, dpi)
    with plot.report_style():
        notes = _draw_charts(result, charts, max_article_charts)
    notes += charts.failed
    written += charts.written

    page = _inside(root, "report.html")
    files = [p.relative_to(root).as_posix() for p in written]
    write_text(page, _html(result, charts, notes, files, title))
    write_manifest(root, manifest, finished=True)
