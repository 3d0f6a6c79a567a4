"""Report export: the tables, every chart and a self-contained ``report.html`` in one folder.

:func:`write_report` takes an :class:`~newsanalysis.tables.AnalysisResult` and
writes, inside ``out`` only::

    out/
      report.html              charts inline (PNG as base64), most quoted people, every statement by
                               person, methods and limits, failed inputs
      tables/<name>.csv        articles, sentences, quotes, speakers, errors (+ .parquet with pyarrow)
      charts/<chart>.<fmt>     corpus charts: quote counts, speaker tone, tone over time, speaker share
      charts/articles/<title>-<chart>.<fmt>   tone arc and quote positions of each article

``tables/`` also holds ``people``, ``sources`` and ``statements`` (one row a
statement, with its article's title, date and source and the sentence
around it: the full list behind the page's quote browser).

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
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd

from . import __version__, plot
from .compat import with_old_names
from .corpus import analyze
from .errors import NewsAnalysisError, OutputExistsError
from .output import (
    HOUSEKEEPING,
    OutputLock,
    atomic_write,
    check_not_over_inputs,
    mark_output_folder,
    new_manifest,
    write_csv,
    write_manifest,
    write_parquet,
    write_text,
)
from .reuse import quote_reuse
from .tables import SPEECH_KINDS, AnalysisResult, quotable, reusing_statements, statements
from .tables import missing as _missing
from .tone import _get_analyzer, to_ascii_marks

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
        One row a person (or speaker) quoted at least once, most quoted
        first: ``person`` (the name counted; ``speaker`` with
        ``by="speaker"``), ``statements``, ``articles``, ``mean_compound``,
        ``most_positive`` and ``most_negative`` (the text of the statement
        with the highest / lowest compound among those that can stand on
        their own, :func:`newsanalysis.tables.quotable`: speech with its own
        words, never the object of a stance or a sentence with its
        attribution; missing when none is above / below zero) with their
        ``*_compound`` scores. Until 0.6 the 0.4 names
        ``speaker`` and ``quotes`` still read ``person`` and ``statements``,
        with a FutureWarning.

    Examples
    --------
    >>> import newsanalysis as na
    >>> q = na.analyze("“A great win,” Ann said. “A sad loss,” Ann said. “We met,” Bob said.").quotes
    >>> t = most_quoted(q)
    >>> t[["person", "statements", "most_positive", "most_negative"]].values.tolist()
    [['Ann', 2, 'A great win,', 'A sad loss,'], ['Bob', 1, nan, nan]]
    """
    if by not in ("person", "speaker"):
        raise NewsAnalysisError(f"most_quoted(): by must be 'person' or 'speaker', not {by!r}")
    q = statements(quotes)
    if by == "person" and "person" in q.columns:
        q = q[q["person"].notna()].assign(speaker=lambda d: d["person"])
    q = q[q["speaker"].notna()]
    cols = [by, "statements", "articles", "mean_compound", "most_positive", "most_positive_compound",
            "most_negative", "most_negative_compound"]
    if q.empty:
        empty = pd.DataFrame({c: pd.Series(dtype="float64" if "compound" in c else "object") for c in cols})
        return with_old_names(empty, "most_quoted")
    # the top first (most statements; ties in order of first appearance), then the details of those only
    counts = q.groupby("speaker", sort=False).size()
    chosen = set(counts.sort_values(ascending=False, kind="stable").head(top).index)
    q = q[q["speaker"].isin(chosen)]
    rows = _quoted_rows(q, quotable(quotes), chosen, by)
    out = pd.DataFrame(rows, columns=cols)
    out = out.sort_values("statements", ascending=False, kind="stable").head(top).reset_index(drop=True)
    return with_old_names(out, "most_quoted")


def _quoted_rows(q: pd.DataFrame, picks: pd.DataFrame, chosen: set, by: str) -> list[dict]:
    """One row of :func:`most_quoted` a speaker of the statements ``q``: counts, mean tone, strongest statements.

    The strongest are picked among ``picks`` (the quotable statements) of the ``chosen`` speakers.
    """
    if by == "person" and "person" in picks.columns:
        picks = picks[picks["person"].notna()].assign(speaker=lambda d: d["person"])
    picks = picks[picks["speaker"].isin(chosen)]
    by_who = {who: g for who, g in picks.groupby("speaker", sort=False)}
    none = {"text": None, "compound": float("nan")}
    rows = []
    for speaker, g in q.groupby("speaker", sort=False):
        scored = g["compound"].dropna()  # texts too long for VADER have NaN tone
        own = by_who.get(speaker)
        own_scored = own["compound"].dropna() if own is not None else scored.iloc[:0]
        hi = own.loc[own_scored.idxmax()] if len(own_scored) else none
        lo = own.loc[own_scored.idxmin()] if len(own_scored) else none
        rows.append(
            {
                by: speaker,
                "statements": len(g),
                "articles": g["article_id"].nunique(),
                "mean_compound": float(scored.mean()) if len(scored) else float("nan"),
                "most_positive": hi["text"] if hi["compound"] > 0 else float("nan"),
                "most_positive_compound": float(hi["compound"]) if hi["compound"] > 0 else float("nan"),
                "most_negative": lo["text"] if lo["compound"] < 0 else float("nan"),
                "most_negative_compound": float(lo["compound"]) if lo["compound"] < 0 else float("nan"),
            }
        )
    return rows


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


#: Resolution of the PNG charts inside report.html, at most: about 1:1 with the page's 1000-pixel column.
_INLINE_DPI = 110


class _Charts:
    """Draws each chart once, saves it in the formats asked for and keeps a PNG of it for the page.

    The chart is drawn once, at ``dpi``, into pixels: written as the PNG file
    (when PNG is asked for) and halved (or more) to about
    :data:`_INLINE_DPI` for report.html. The PNGs are encoded and written by
    a helper thread while the next chart is drawn (Pillow's encoder releases
    the GIL part of the time); :meth:`finish` waits for them. SVG and PDF,
    the slow formats, are written only when asked for, with the layout of
    the first draw.
    """

    def __init__(self, root: Path, formats: tuple[str, ...], dpi: int, step=None) -> None:
        self.root, self.formats, self.dpi = root, formats, dpi
        self.step = step if step is not None else (lambda what: None)  # told of each chart drawn
        self.written: list[Path] = []
        self.inline: dict[str, list[tuple[str, str]]] = {}  # section -> [(caption, base64 png)]
        self.failed: list[str] = []  # charts that could not be drawn, for the report's notes
        self.extra: dict[str, str] = {}  # section -> HTML shown after its charts (tables of the section)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsanalysis-png")
        self._pending: list[tuple[str, str, Future, list[Path]]] = []

    def section(self, section: str, html_after: str = "") -> None:
        """Open ``section`` (in page order) even before it has a chart; ``html_after`` follows its charts."""
        self.inline.setdefault(section, [])
        if html_after:
            self.extra[section] = html_after

    def add(self, section: str, caption: str, parts: Sequence[str], draw) -> None:
        self.step(f"chart: {caption}")
        self.inline.setdefault(section, [])  # the page keeps the order the sections were opened in
        try:
            ax = draw()
        except Exception as exc:  # one odd article's chart must not cost the report
            self.failed.append(f"{section}: {caption}: chart not drawn ({type(exc).__name__}: {exc})")
            return
        fig = ax.figure
        try:
            target = _inside(self.root, *parts)
            paths = {fmt: _inside(self.root, *parts[:-1], f"{parts[-1]}.{fmt}") for fmt in self.formats}
            target.parent.mkdir(parents=True, exist_ok=True)
            dpi = self.dpi if "png" in paths else _INLINE_DPI
            image = _pixels(fig, dpi)
            shrink = max(1, round(dpi / _INLINE_DPI))
            job = self._pool.submit(_write_png, image, dpi, shrink, paths.get("png"))
            # SVG and PDF keep the layout of the draw above (no layout pass again, no tight-bbox crop)
            fig.set_layout_engine("none")
            whole = plot.mpl.transforms.Bbox.from_bounds(0, 0, *fig.get_size_inches())
            vector = []
            for fmt in ("svg", "pdf"):
                if fmt in paths:
                    metadata = {"svg": {"Date": None}, "pdf": {"CreationDate": None}}[fmt]
                    fig.savefig(paths[fmt], format=fmt, dpi=self.dpi, bbox_inches=whole, metadata=metadata)
                    vector.append(paths[fmt])
            self._pending.append((section, caption, job, vector))
        finally:
            plot.plt.close(fig)

    def finish(self) -> None:
        """Wait for the PNGs: the files written, and the page's images (an error writing one is raised)."""
        try:
            for section, caption, job, vector in self._pending:
                png_path, inline = job.result()
                self.written += ([png_path] if png_path is not None else []) + vector
                self.inline[section].append((caption, base64.b64encode(inline).decode("ascii"), _png_size(inline)))
        finally:
            self.abandon()

    def abandon(self) -> None:
        """Stop: PNGs not started are dropped, the one being written is finished (its file is whole)."""
        self._pending = []
        self._pool.shutdown(wait=True, cancel_futures=True)


def _pixels(fig, dpi: int):
    """Draw ``fig`` once at ``dpi`` into an RGB image (a copy, so the figure can be closed).

    The figures of the report use constrained layout, which already fits
    everything (legends beside the axes too) inside the figure: no tight
    bounding box, hence one draw instead of the two of ``savefig(...,
    bbox_inches="tight")``, and no alpha channel (the figures are white).
    """
    from PIL import Image  # a dependency of matplotlib

    old = fig.get_dpi()
    try:
        fig.set_dpi(dpi)
        fig.canvas.draw()
        return Image.fromarray(np.asarray(fig.canvas.buffer_rgba())).convert("RGB")
    finally:
        fig.set_dpi(old)


def _write_png(image, dpi: int, shrink: int, path: Path | None) -> tuple[Path | None, bytes]:
    """Write ``image`` as the PNG file ``path`` (when given); return it and the page's PNG, ``shrink`` times smaller.

    The file: zlib level 1, a third faster than the default 6, for files
    about 10% larger. The page's copy: a palette PNG (see below).
    """
    from PIL import Image  # a dependency of matplotlib

    out = io.BytesIO()
    image.save(out, format="png", dpi=(dpi, dpi), compress_level=1)
    png = out.getvalue()
    if path is not None:
        atomic_write(path, lambda tmp: tmp.write_bytes(png), durable=False)
    if shrink == 1:
        return path, png
    small = io.BytesIO()
    # the page's copy in 128 colours (a palette PNG, about a third of the RGB bytes; charts have few colours and
    # their anti-aliasing needs no more), zlib level 6: the page must stay small at a thousand articles
    reduced = image.reduce(shrink).quantize(colors=128, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    reduced.save(small, format="png", dpi=(dpi / shrink, dpi / shrink), optimize=False, compress_level=6)
    return path, small.getvalue()


def _png_size(png: bytes) -> tuple[int, int]:
    """Width and height of a PNG, from its header (for the page's ``<img width height>``)."""
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


#: People given a section of their own ("Person: ..."), the most quoted first: those with a colour of their own.
_TOP_PEOPLE = 8
#: Clusters of "Quotes that travelled" listed in the page.
_MAX_TRAVELLED = 20


def _draw_travelled(result: AnalysisResult, charts: _Charts, palette: dict[str, str]) -> None:
    """The section "Quotes that travelled": the chart and a table of the clusters in 2+ outlets."""
    clusters, _ = quote_reuse(result.quotes, result.articles)
    wide = clusters[clusters["n_outlets"] >= 2]
    section = "Quotes that travelled"
    parts = [
        f"<p>{len(wide)} quoted passage{' appears' if len(wide) == 1 else 's appear'} in two or more outlets, and "
        f"{len(clusters)} in two or more articles. A passage is the same quoted words, or nearly: statements "
        "in quotation marks sharing at least half of the word 5-grams of the shorter one (so a quote cut short "
        "or quoted in part joins its longer form), at least two of them. First seen is the earliest dated "
        "article. <code>na.quote_reuse(result.quotes, result.articles)</code> gives every cluster and its "
        "members.</p>"
    ]
    if len(wide):
        shown = wide.head(_MAX_TRAVELLED).assign(
            words=lambda d: d["text"].map(lambda t: plot._shorten(t, 220)),
            first=lambda d: [f"{_text(o)}, {_long_day(t)}" if not _missing(t) else _text(o)
                             for o, t in zip(d["first_outlet"], d["first_date"])])
        parts.append(_table(shown, {"words": "Words", "person": "Person", "n_articles": "Articles",
                                    "n_outlets": "Outlets", "first": "First seen", "outlets": "Outlets (in order)"}))
        if len(wide) > len(shown):
            parts.append(f'<p class="sub">… and {len(wide) - len(shown)} more.</p>')
    charts.section(section, "".join(parts))
    if len(wide):
        charts.add(section, "Quotes that travelled: articles carrying the same words (colour: the person, as in "
                   "every chart)", ["charts", "quotes_travelled"],
                   lambda: plot.quotes_travelled(clusters, palette=palette))


def _draw_people(result: AnalysisResult, charts: _Charts, palette: dict[str, str]) -> None:
    """A section per top person: statements over time and tone, by outlet, most positive / negative statement."""
    q, a = result.quotes, result.articles
    top = most_quoted(q, top=_TOP_PEOPLE)
    if top.empty or "person" not in q.columns:
        return
    said = statements(q)
    said = said[said["person"].isin(set(top["person"]))]
    meta = a.drop_duplicates("article_id").set_index("article_id")
    said = said.assign(source=said["article_id"].map(meta["source"]), date=said["article_id"].map(meta["date"]),
                   title=said["article_id"].map(meta["title"]))
    dated = a["date"].notna().any()
    for i, row in enumerate(top.itertuples(index=False), start=1):
        person = row.person
        mine = said[said["person"] == person]
        colour = palette.get(person, plot._GREY)
        parts = [f'<p><span style="display:inline-block;width:.9em;height:.9em;background:{colour};'
                 f'vertical-align:-.1em"></span> {int(row.statements)} statements in {int(row.articles)} articles, '
                 f"mean tone {_tone(row.mean_compound)} (the colour is this person's in every chart).</p>"]
        by = (mine.assign(source=mine["source"].astype("string").fillna("(no source)"))
              .groupby("source").agg(statements=("compound", "size"), articles=("article_id", "nunique"),
                                     mean_compound=("compound", "mean"))
              .sort_values("statements", ascending=False, kind="stable").reset_index())
        if len(by) > 1 or (len(by) == 1 and by["source"].iloc[0] != "(no source)"):
            parts.append(_table(by.head(15), {"source": "Outlet", "statements": "Statements", "articles": "Articles",
                                              "mean_compound": "Mean tone"}))
        scored = mine[mine["compound"].notna()]
        for what, pick in (("Most positive", "idxmax"), ("Most negative", "idxmin")):
            if scored.empty:
                break
            r = scored.loc[getattr(scored["compound"].astype(float), pick)()]
            if (what == "Most positive" and r["compound"] <= 0) or (what == "Most negative" and r["compound"] >= 0):
                continue
            where = ", ".join(x for x in (_text(r["title"]) or _text(r["article_id"]), _text(r["source"]),
                                          _long_day(r["date"])) if x)
            words = plot._shorten(r["text"], 300)  # the whole statement is in the list of statements below
            shown = f"(reported) {words}" if r["kind"] == "indirect" else f"“{words}”"
            parts.append(f'<p><b>{what}</b> ({_tone(r["compound"])}): {_e(shown)} <span class="sub">— '
                         f"{_e(where)}</span></p>")
        section = f"Person: {person}"
        charts.section(section, "".join(parts))
        if dated:
            charts.add(section, f"{person}: statements and their mean tone over time",
                       ["charts", "people", f"{i:02d}-{safe_filename(person, fallback='person')}"],
                       lambda person=person: plot.person_timeline(q, person, articles=a, palette=palette))


def _draw_charts(result: AnalysisResult, charts: _Charts, max_article_charts: int,
                 people: pd.DataFrame | None = None) -> list[str]:
    """Draw every chart; return notes for the report (e.g. charts left out)."""
    notes = []
    q, s, a = result.quotes, result.sentences, result.articles
    people = result.people if people is None else people
    palette = plot.person_colors(q)  # one colour per person in every chart of the page
    corpus = "Who is quoted, and how"
    charts.add(corpus, "Statements per person, by kind", ["charts", "quote_counts"], lambda: plot.quote_counts(q))
    charts.add(corpus, "Tone of each person's statements (colours: the run's 8 most quoted, in rank order; grey: "
               "others)", ["charts", "speaker_tone"], lambda: plot.speaker_tone(q, palette=palette))
    if len(a) > 1:
        over = "The corpus over time and across sources"
        if a["date"].notna().any():
            charts.add(over, "Tone over time", ["charts", "tone_over_time"],
                       lambda: plot.tone_over_time(s, a))
            charts.add(over, "Share of statements per date", ["charts", "speaker_share_by_date"],
                       lambda: plot.speaker_share(q, a, by="date", palette=palette))
        if a["source"].nunique() > 1:
            charts.add(over, "Share of statements per source", ["charts", "speaker_share_by_source"],
                       lambda: plot.speaker_share(q, a, by="source", palette=palette))
            if "person" in q.columns and "gender" in people.columns:
                charts.add(over, "Share of people's statements by gender, per source (see Methods and limits: "
                           "Gender)", ["charts", "gender_share_by_source"],
                           lambda: plot.gender_share(q, people, a, by="source"))

    if len(a) > 1:
        _draw_travelled(result, charts, palette)
    _draw_people(result, charts, palette)

    # per article: the most quoted articles first, at most max_article_charts of them
    picked = a.sort_values("n_statements", ascending=False, kind="stable").head(max_article_charts)
    if len(a) > len(picked):
        notes.append(f"Article charts are drawn for the {len(picked)} articles with the most statements "
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
        # the article named inside the image, so that a chart pasted elsewhere keeps its context
        about = ", ".join(x for x in (_text(getattr(row, "source", None)), _long_day(getattr(row, "date", None))) if x)
        named = f"“{plot._shorten(label, 90)}”" + (f", {about}" if about else "")
        sents = s[s["article_id"] == aid]
        quotes = q[q["article_id"] == aid]
        charts.add(section, "Tone along the article", ["charts", "articles", f"{stem}-tone_arc"],
                   lambda sents=sents, named=named, quotes=quotes: plot.tone_arc(
                       sents, title=f"Tone along {named}", quotes=quotes, palette=palette))
        charts.add(section, "Where each speaker is quoted", ["charts", "articles", f"{stem}-quote_positions"],
                   lambda quotes=quotes, sents=sents, named=named: plot.quote_positions(
                       quotes, sentences=sents, title=f"Where each speaker is quoted in {named}"))
    return notes


# --------------------------------------------------------------------------------------------------
# html


def _e(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA or value is pd.NaT:
        return ""
    return html.escape(str(value), quote=True)


def _tone(value: object) -> str:
    """A compound score as the report writes it: ``+0.66``, ``−0.27`` (a true minus sign), or empty."""
    if _missing(value):
        return ""
    return f"{float(value):+.2f}".replace("-", "−")


def _day(value: object) -> str:
    return "" if _missing(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def _long_day(value: object) -> str:
    """A date as a reader writes it, without doubt about the order: ``2 Jun 2025``."""
    if _missing(value):
        return ""
    day = pd.Timestamp(value)
    return f"{day.day} {day:%b %Y}"


def _text(value: object) -> str:
    return "" if _missing(value) else " ".join(str(value).split())


def _table(df: pd.DataFrame, columns: dict[str, str]) -> str:
    head = "".join(f"<th>{_e(label)}</th>" for label in columns.values())
    body = []
    for row in df.to_dict("records"):
        cells = []
        for col in columns:
            v = row.get(col)
            if isinstance(v, float) and v == v:
                v = _tone(v) if "compound" in col else f"{v:g}"
            elif isinstance(v, pd.Timestamp):
                v = v.strftime("%Y-%m-%d")
            cells.append(f"<td>{_e(v)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:1000px;margin:2em auto;
padding:0 1em;color:#222;line-height:1.45}
h1{margin-bottom:.2em} h2{margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
h3{margin:1.4em 0 .3em;font-size:1.05em}
.meta{color:#666} figure{margin:1.2em 0} figure img{max-width:100%;height:auto}
figcaption{color:#555;font-size:.9em}
table{border-collapse:collapse;width:100%;font-size:.92em;margin:.8em 0}
th,td{border-bottom:1px solid #e5e5e5;padding:.35em .5em;text-align:left;vertical-align:top}
th{background:#f5f5f5} .note{background:#fff8e1;padding:.5em .8em;border-left:3px solid #E69F00}
.ok{color:#009E73} nav ul{margin:.3em 0;padding-left:1.2em;columns:2}
details.qb{border:1px solid #e5e5e5;border-radius:4px;margin:.5em 0;padding:.1em .7em}
details.qb>summary{cursor:pointer;padding:.35em 0}
details.qb[open]>summary{border-bottom:1px solid #eee}
.sub{color:#666;font-size:.9em} .aka{color:#666;font-size:.88em;margin:.5em 0}
.ctx{color:#555;font-size:.88em;margin-top:.3em} mark{background:#ffe9a8;color:inherit;padding:0 .1em}
td.n,th.n{text-align:right;white-space:nowrap} td.d{white-space:nowrap}
.neg{color:#B34700} .pos{color:#005A8C}
.controls{position:sticky;top:0;background:#fff;padding:.6em 0;border-bottom:1px solid #ddd;z-index:1}
.controls label{margin-right:1em} .controls input{width:18em;max-width:100%}
th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th[aria-sort=ascending] button::after{content:" ▲"} th[aria-sort=descending] button::after{content:" ▼"}
"""

# The quote browser's sort and filter: hand-written, no library; without scripts the tables stay plain tables.
_JS = """
(function () {
  var root = document.getElementById("qb");
  if (!root) return;
  var controls = document.getElementById("qb-controls");
  controls.hidden = false;
  var q = document.getElementById("qb-q"), kind = document.getElementById("qb-kind"),
      tone = document.getElementById("qb-tone"), count = document.getElementById("qb-count");
  var groups = Array.prototype.map.call(root.querySelectorAll("details.qb"), function (d) {
    var who = (d.getAttribute("data-name") || "").toLowerCase();
    var rows = Array.prototype.map.call(d.querySelectorAll("tbody tr"), function (tr) {
      return {tr: tr, text: who + " " + tr.textContent.toLowerCase(), kind: tr.getAttribute("data-kind"),
              tone: parseFloat(tr.getAttribute("data-tone"))};
    });
    return {d: d, rows: rows, n: d.querySelector(".qb-n")};
  });
  function keep(r, words, k, t) {
    if (k && r.kind !== k) return false;
    if (t === "neg" && !(r.tone <= -0.05)) return false;
    if (t === "pos" && !(r.tone >= 0.05)) return false;
    if (t === "neu" && !(r.tone > -0.05 && r.tone < 0.05)) return false;
    for (var i = 0; i < words.length; i++) if (r.text.indexOf(words[i]) < 0) return false;
    return true;
  }
  function apply() {
    var words = q.value.toLowerCase().split(/\\s+/).filter(Boolean), k = kind.value, t = tone.value;
    var active = words.length > 0 || k !== "" || t !== "", shown = 0, total = 0;
    groups.forEach(function (g) {
      var n = 0;
      g.rows.forEach(function (r) { var ok = keep(r, words, k, t); r.tr.hidden = !ok; if (ok) n++; });
      shown += n; total += g.rows.length;
      g.d.hidden = active && n === 0;
      if (active && n > 0) g.d.open = true;
      g.n.textContent = active ? " · " + n + " of " + g.rows.length + " listed match" : "";
    });
    count.textContent = active ? shown + " of " + total + " listed statements match" : "";
  }
  [q, kind, tone].forEach(function (el) { el.addEventListener("input", apply); });
  document.getElementById("qb-open").addEventListener("click", function () {
    groups.forEach(function (g) { if (!g.d.hidden) g.d.open = true; });
  });
  document.getElementById("qb-close").addEventListener("click", function () {
    groups.forEach(function (g) { g.d.open = false; });
  });
  Array.prototype.forEach.call(root.querySelectorAll("table.qb-t"), function (table) {
    var ths = table.querySelectorAll("thead th");
    Array.prototype.forEach.call(ths, function (th, col) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = th.textContent;
      b.title = "Sort by " + th.textContent.toLowerCase();
      th.textContent = "";
      th.appendChild(b);
      b.addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        Array.prototype.forEach.call(ths, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        function key(tr) {
          var td = tr.cells[col], v = td.getAttribute("data-v");
          return v === null ? td.textContent.trim().toLowerCase() : v;
        }
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;  // missing values last
          var nx = parseFloat(x), ny = parseFloat(y);
          if (th.classList.contains("n") && !isNaN(nx) && !isNaN(ny)) return dir * (nx - ny);
          return dir * (x < y ? -1 : x > y ? 1 : 0);
        });
        rows.forEach(function (tr) { body.appendChild(tr); });
      });
    });
  });
})();
"""

#: Statements listed in report.html per person (and for the organisations and unnamed sources together); all
#: of them are in ``tables/statements.csv``.
_MAX_SHOWN = 100
#: People given a section in the quote browser, and statements listed in it, at most (the most quoted people
#: first); the others are in ``tables/statements.csv``. 1,500 rows are about 1 MB of the page: PolNeAR's 924
#: articles make a report.html of 2.3 MB (5,000 rows made it 5 MB).
_MAX_PEOPLE = 500
_MAX_ROWS = 1500
_NO_SOURCE = "(no source found)"
_STATEMENT_COLUMNS = ["article_id", "statement", "title", "date", "source", "person", "speaker", "source_kind",
                      "kind", "cue", "cue_type", "rule", "speaker_rule", "text", "compound", "start", "end", "sentence_text"]


def _top_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another one, in order (a quoted fragment inside a reported clause is dropped)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def _statements_frame(result: AnalysisResult) -> tuple[pd.DataFrame, list[list[tuple[int, int]]]]:
    """One row a statement with its article's title, date, source and the sentence(s) around it.

    Returns the frame (columns ``_STATEMENT_COLUMNS``; ``sentence_text`` is
    the sentences the statement touches, joined by a space) and, per row,
    the spans of ``sentence_text`` that the statement's quotes cover.
    """
    q, s, a = result.quotes, result.sentences, result.articles
    said = statements(q).reset_index(drop=True)
    if said.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in _STATEMENT_COLUMNS}), []
    # the quoted spans of each statement (its rows not inside another of its rows)
    speech = q[q["kind"].isin(SPEECH_KINDS)]
    spans: dict[tuple, list[tuple[int, int]]] = {}
    if "statement" in speech.columns:
        for aid, n, start, end in zip(speech["article_id"], speech["statement"], speech["start"], speech["end"]):
            if not _missing(n):
                spans.setdefault((aid, int(n)), []).append((int(start), int(end)))
    # the sentences of each article, in order
    by_article: dict[object, tuple] = {}
    if {"article_id", "start", "end", "text"} <= set(s.columns) and len(s):
        for aid, g in s.sort_values(["article_id", "start"], kind="stable").groupby("article_id", sort=False):
            by_article[aid] = (g["start"].to_numpy(dtype="int64"), g["end"].to_numpy(dtype="int64"),
                               g["text"].astype(str).tolist())
    contexts, marks = [], []
    for aid, n, start, end in zip(said["article_id"], said.get("statement", [None] * len(said)), said["start"], said["end"]):
        start, end = int(start), int(end)
        own = spans.get((aid, int(n)), [(start, end)]) if not _missing(n) else [(start, end)]
        own = _top_spans(own)
        sents = by_article.get(aid)
        if sents is None:
            contexts.append("")
            marks.append([])
            continue
        starts, ends, texts = sents
        first = int(np.searchsorted(ends, start, side="right"))
        last = int(np.searchsorted(starts, end, side="left")) - 1
        parts, found, offset = [], [], 0
        for k in range(first, max(last, first - 1) + 1):
            s0, s1 = int(starts[k]), int(ends[k])
            for m0, m1 in own:
                lo, hi = max(m0, s0), min(m1, s1)
                if lo < hi:
                    found.append((offset + lo - s0, offset + hi - s0))
            parts.append(texts[k])
            offset += len(texts[k]) + 1
        contexts.append(" ".join(parts))
        marks.append(found)
    meta = a.drop_duplicates("article_id").set_index("article_id")
    said["title"] = said["article_id"].map(meta["title"]) if "title" in meta else pd.NA
    said["date"] = said["article_id"].map(meta["date"]) if "date" in meta else pd.NaT
    said["source"] = said["article_id"].map(meta["source"]) if "source" in meta else pd.NA
    said["sentence_text"] = contexts
    for col in _STATEMENT_COLUMNS:
        if col not in said.columns:
            said[col] = pd.NA
    return said[_STATEMENT_COLUMNS], marks


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` escaped, with ``spans`` in ``<mark>``."""
    out, at = [], 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out += [_e(text[at:start]), "<mark>", _e(text[start:end]), "</mark>"]
        at = end
    out.append(_e(text[at:]))
    return "".join(out)


def _what(cue_type: object) -> str:
    """Below the kind, what a statement that is no speech reports (``stance``, ``belief``, ...)."""
    return "" if _missing(cue_type) or cue_type == "speech" else f'<div class="sub">{_e(cue_type)}</div>'


def _rule_title(rule: object) -> str:
    """A hover text naming the rule that attributed a statement (``quotes.rule``), as an HTML attribute."""
    return "" if _missing(rule) or not str(rule) else f' title="attributed by the rule {_e(rule)}"'


def _speaker_rule_title(step: object) -> str:
    """A hover text naming the step that resolved a statement's speaker (``quotes.speaker_rule``), as an attribute."""
    return "" if _missing(step) or not str(step) else f' title="speaker resolved by the step {_e(step)}"'


def _statement_rows(said: pd.DataFrame, marks: list, *, with_who: bool) -> str:
    body = []
    for i, row in zip(said.index, said.to_dict("records")):
        text = str(row["text"])
        shown = text if row["kind"] == "indirect" else f"“{text}”"
        context = row["sentence_text"]
        ctx = f'<div class="ctx">{_marked(context, marks[i])}</div>' if isinstance(context, str) and context else ""
        compound = row["compound"]
        tone_class = "" if _missing(compound) else " neg" if compound <= -0.05 else " pos" if compound >= 0.05 else ""
        title = row["title"] if not _missing(row["title"]) and str(row["title"]) else row["article_id"]
        cells = []
        if with_who:
            who = _NO_SOURCE if _missing(row["speaker"]) else row["speaker"]
            what = "" if _missing(row["source_kind"]) else row["source_kind"]
            cells.append(f'<td>{_e(who)}<div class="sub">{_e(what)}</div></td>')
        cells += [
            f"<td{_speaker_rule_title(row.get('speaker_rule'))}>{_e(shown)}{ctx}</td>",
            f"<td{_rule_title(row.get('rule'))}>{_e(row['kind'])}{_what(row['cue_type'])}</td>",
            f'<td class="n{tone_class}" data-v="{"" if _missing(compound) else f"{float(compound):.4f}"}">'
            f"{_tone(compound)}</td>",
            f"<td>{_e(title)}</td>",
            f'<td class="d">{_day(row["date"])}</td>',
            f"<td>{_e(row['source'])}</td>",
        ]
        data_tone = "" if _missing(compound) else f"{float(compound):.4f}"
        body.append(f'<tr data-kind="{_e(row["kind"])}" data-tone="{data_tone}">' + "".join(cells) + "</tr>")
    head = (["Who"] if with_who else []) + ["Statement, in its sentence", "Kind", "Tone", "Article", "Date", "Source"]
    ths = "".join(f'<th{" class=n" if h == "Tone" else ""}>{h}</th>' for h in head)
    return f'<table class="qb-t"><thead><tr>{ths}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _browser(said: pd.DataFrame, marks: list, people: pd.DataFrame) -> list[str]:
    """The quote browser: a section per person, most quoted first, and one for every other source."""
    n_all = len(said)
    parts = [
        '<h2 id="statements">Every statement, by person</h2>',
        f"<p>All {n_all} statements of the run, a section per person (most quoted first) and one for "
        "organisations, unnamed sources and statements whose source was not found. Each lists the statement, "
        "its kind (and, below it, what it reports when it is no speech: a belief, a stance, an intention, a demand "
        "or a naming), its tone, the article and, below the statement, the sentence it is in with the quoted words "
        f"marked. At most {_MAX_SHOWN} statements are listed per section; every statement is in "
        '<a href="tables/statements.csv">tables/statements.csv</a> (one row a statement).</p>',
        '<div id="qb-controls" class="controls" hidden>'
        '<label>Filter <input id="qb-q" type="search" placeholder="words of the statement, article, person…">'
        "</label>"
        '<label>Kind <select id="qb-kind"><option value="">all</option><option>direct</option>'
        "<option>partial</option><option>indirect</option></select></label>"
        '<label>Tone <select id="qb-tone"><option value="">all</option>'
        '<option value="neg">negative (≤ −0.05)</option><option value="neu">neutral</option>'
        '<option value="pos">positive (≥ +0.05)</option></select></label>'
        '<button type="button" id="qb-open">Open all</button> <button type="button" id="qb-close">Close all'
        '</button> <span id="qb-count" class="sub" aria-live="polite"></span></div>',
        "<noscript><p class=\"sub\">Scripts are off: the tables are listed in the order of publication, "
        "without sorting or filtering.</p></noscript>",
    ]
    if said.empty:
        parts.append("<p>No statements were found.</p>")
        return parts
    parts.append('<div id="qb">')
    said = said.sort_values(["date", "article_id", "start"], kind="stable", na_position="last")
    named = said[said["person"].notna()]
    counts = named.groupby("person").size()
    order = sorted(counts.index, key=lambda p: (-counts[p], str(p)))
    info = people.drop_duplicates("person").set_index("person") if "person" in people.columns else pd.DataFrame()
    by_person = dict(tuple(named.groupby("person", sort=False)))
    listed, budget = 0, _MAX_ROWS
    for person in order:
        if listed >= _MAX_PEOPLE or budget <= 0:
            break
        rows = by_person[person]
        listed, budget = listed + 1, budget - min(len(rows), _MAX_SHOWN)
        row = info.loc[person] if person in info.index else {}
        role = row.get("title") if hasattr(row, "get") else None
        gender = row.get("gender") if hasattr(row, "get") else None
        aliases = row.get("aliases") if hasattr(row, "get") else None
        facts = [f"{len(rows)} statement{'s' if len(rows) != 1 else ''} in {rows['article_id'].nunique()} "
                 f"article{'s' if rows['article_id'].nunique() != 1 else ''}"]
        scored = rows["compound"].dropna()
        if len(scored):
            facts.append(f"mean tone {_tone(scored.mean())}")
        if not _missing(gender):
            facts.append(f"gender: {gender}")
        head = _e(person) + (f", {_e(role)}" if not _missing(role) and str(role) else "")
        parts.append(f'<details class="qb" data-name="{_e(person)}"><summary><b>{head}</b> '
                     f'<span class="sub">· {_e(" · ".join(facts))}<span class="qb-n"></span></span></summary>')
        if not _missing(aliases) and str(aliases):
            parts.append(f'<p class="aka">Counted together: {_e(aliases)}</p>')
        parts += _capped(rows, marks, with_who=False)
        parts.append("</details>")
    if listed < len(order):
        n, rest = len(order) - listed, int(counts[order[listed:]].sum())
        if n == 1:
            who = f"1 more person, with {rest} statement{'s' if rest != 1 else ''}, is"
        else:
            who = f"{n} more people, with {rest} statements, are"
        parts.append(f'<p class="note">{who} not listed here: the page lists the most quoted people first, '
                     f"at most {_MAX_PEOPLE} of them and {_MAX_ROWS} statements. tables/statements.csv lists "
                     "every statement.</p>")
    others = said[said["person"].isna()]
    if len(others):
        n_kinds = others["source_kind"].astype("string").fillna("no source found").value_counts()
        facts = ", ".join(f"{n} {k}" for k, n in n_kinds.items())
        parts.append(f'<details class="qb" data-name="organisations unnamed sources"><summary><b>Organisations '
                     f'and unnamed sources</b> <span class="sub">· {len(others)} statement'
                     f'{"s" if len(others) != 1 else ""} ({_e(facts)})<span class="qb-n"></span></span></summary>')
        parts += _capped(others, marks, with_who=True)
        parts.append("</details>")
    parts.append("</div>")
    return parts


def _capped(rows: pd.DataFrame, marks: list, *, with_who: bool) -> list[str]:
    out = []
    if len(rows) > _MAX_SHOWN:
        out.append(f'<p class="note">The first {_MAX_SHOWN} of {len(rows)} statements, in the order of '
                   'publication; tables/statements.csv lists them all.</p>')
    out.append(_statement_rows(rows.head(_MAX_SHOWN), marks, with_who=with_who))
    return out


def _lexicon_words(text: str) -> list[tuple[str, float]]:
    """The words of ``text`` that VADER's lexicon scores, with their valence (first time each)."""
    lexicon = _get_analyzer().lexicon
    seen: dict[str, float] = {}
    for token in to_ascii_marks(text).split():
        word = token.strip(".,;:!?\"'()[]{}…").lower()
        if word and word in lexicon and word not in seen:
            seen[word] = float(lexicon[word])
    return list(seen.items())


def _quote_styles(articles: pd.DataFrame) -> str:
    """The methods' paragraph on which quotation styles the run held (``articles.quote_style``)."""
    styles = articles["quote_style"] if "quote_style" in articles.columns else pd.Series(dtype="string")
    n = styles.astype("string").fillna("none").value_counts()
    names = (("double", "in double marks (“...”)"), ("single", "in single marks (‘...’, British style)"),
             ("mixed", "in both (often a headline in single marks)"), ("none", "with nothing in quotation marks"))
    held = ", ".join(f"{int(n[k])} {'article' if int(n[k]) == 1 else 'articles'} {w}" for k, w in names if n.get(k))
    return (
        "<p>Quotation styles in this run: " + (_e(held) if held else "not recorded") + ". Single marks are "
        "quotation marks where the article uses them so, and apostrophes (don’t, the players’ union, the ’90s) "
        "are told apart by where they stand: PolNeAR's dev articles rewritten into single marks score direct "
        "quotes F1 0.94, as in double marks.</p>"
    )


def _methods(result: AnalysisResult, said: pd.DataFrame, people: pd.DataFrame) -> list[str]:
    """The methods and limits section, with its example taken from the run."""
    q = result.quotes
    n_rows = len(q)
    n_mentions = int((q["kind"] == "mention").sum()) if "kind" in q.columns else 0
    parts = [
        '<h2 id="methods">Methods and limits</h2>',
        "<h3>What is counted: statements</h3>",
        "<p>A <b>statement</b> is one thing a source is reported to have said: a <i>direct</i> quote (a whole "
        "quoted statement), a <i>partial</i> quote (quoted words inside the writer's sentence) or <i>indirect</i> "
        "(reported) speech without quotation marks. A quote split around its attribution (“We will win,” she "
        "said, “and win big.”) is one statement, and so is a reported clause with quoted words inside it. Quoted "
        "words that are nobody's speech (scare quotes, titles) are <i>mentions</i> and are never counted. Every "
        f"count in this report counts statements: this run has {len(said)} statements. The quotes table "
        f"(tables/quotes.csv) holds them as {n_rows} rows: one row for each part of a statement, and "
        f"{n_mentions} mention row{'s' if n_mentions != 1 else ''}. Quotes and speakers are found by rules "
        "(quotation marks, reporting verbs such as <i>said</i>, the sentence around them); a statement with no "
        "speaker the rules could find is listed under “no source found”.</p>",
        _quote_styles(result.articles),
        "<h3>Which statements are shown on their own</h3>",
        "<p>Where this report puts one statement forward by itself (a person's most positive and most negative "
        "statement, the example below), it takes only <b>speech</b>: a statement whose verb reports words said or "
        "written (<i>said</i>, <i>told</i>, <i>claimed</i>), or the quoted words of any statement, with a speaker, "
        "and shown by the speaker's own words alone. A reported clause whose span also holds its attribution "
        "(“… with the US, Trump has claimed, adding …”), the object of a stance (<i>dismissed the criticism</i>), "
        "a belief, an intention or a demand is shown by the words it quotes, or not at all. The quote browser and "
        "tables/statements.csv keep every statement, each marked with its kind and what it reports "
        "(<i>cue_type</i>).</p>",
        "<h3>Who is a person, and how people are merged</h3>",
        "<p>People are counted by person, not by how they are written. Within an article, a surname or a title "
        "and a surname (“Mayor Ruiz”, “Mr. Okafor”) goes to the person of that name already named, and a "
        "pronoun or a description (“she”, “the mayor”) goes to the person it refers to when a reader has no doubt. "
        "Across the run, one person is one row: middle initials and middle names drop out (“Harry M. Reid” is "
        "Harry Reid, “Hillary Rodham Clinton” Hillary Clinton), common short forms link where the run holds "
        "both (“Tim” and “Timothy”), and a surname alone (“Obama”, “President Obama”) goes to the full name its "
        "own article's evidence fits (gender, the office in its title, a person of that surname in the "
        "article), or, with no evidence, to a full name with three times the articles of the next. "
        "“Donald Trump Jr.” and “Donald Trump” stay two, and so do two people who share a surname but not a "
        "given name. Organisations (“the ministry”, “the Kremlin”, a place standing for its government) and unnamed "
        "sources (“a spokesperson”, “officials”, a report) are never counted as people; they have their own "
        "section. Rules cannot know that two different names are one person: "
        + (f"this run used a merge map of {len(result.aliases)} form{'s' if len(result.aliases) != 1 else ''}. "
           if result.aliases else "give a merge map for those (<code>--aliases aliases.csv</code>, two columns: "
           "the form as written, the name to count it under). ")
        + "Each person's section in the list of statements names the forms counted together.</p>",
    ]
    parts += _methods_gender(people)
    parts += [
        "<h3>What the tone measures, and where it misreads</h3>",
        "<p>Tone is the compound score of VADER (vaderSentiment), from −1 (negative) to +1 (positive); scores "
        "from −0.05 to +0.05 are usually read as neutral. VADER is a list of about 7,500 English words, each "
        "with a valence, and rules for negation (“not good”), intensifiers (“very”), capitals and exclamation "
        "marks; it was made for social-media posts. It scores the <b>words</b>, not the speaker's stance: a "
        "call to end a war scores negative because <i>war</i> is a negative word; a plain report of bad news "
        "scores negative; irony, sarcasm and domain senses (“cut costs”, “cut commuting times”) are misread. "
        "Statements too long for VADER have no score. Compare the tone of large groups of statements, and read "
        "the statements before saying anything about one person or one article.</p>",
    ]
    parts += _methods_example(result, said)
    return parts


def _methods_gender(people: pd.DataFrame) -> list[str]:
    """How gender is read, with the run's tally of the people quoted (nothing when the table has no gender)."""
    parts: list[str] = []
    if "gender" in people.columns and len(people):
        quoted = people[people["statements"] > 0] if "statements" in people.columns else people
        g = quoted["gender"].astype("string").fillna("unknown").value_counts()
        tally = ", ".join(f"{int(g.get(k, 0))} {k}" for k in ("female", "male", "unknown"))
        parts += [
            "<h3>Gender</h3>",
            "<p>A person's gender is read from the articles first: Mr., Ms. or Mrs., a gendered title "
            "(Councilwoman), and <i>he</i> or <i>she</i> resolved to them. Only when the articles say nothing is "
            "the given name used, and only when 90% of its bearers in the 1990 US Census are of one sex "
            "(a US-centric, dated list); otherwise it is <i>unknown</i>. Nothing is inferred from a surname, a role "
            "or a photo. It describes how the text refers to a person, not who they are. Of the "
            f"{len(quoted)} people quoted in this run: {_e(tally)}.</p>",
        ]
    return parts


def _methods_example(result: AnalysisResult, said: pd.DataFrame) -> list[str]:
    """The run's most negative statement, with the words VADER scored in it (nothing when none is negative)."""
    q = result.quotes
    parts: list[str] = []
    picks = quotable(q) if len(said) else said
    if len(picks):
        titles = result.articles.drop_duplicates("article_id").set_index("article_id")
        picks = picks.assign(title=picks["article_id"].map(titles["title"]) if "title" in titles else pd.NA)
    scored = picks[picks["compound"].notna()] if len(picks) else picks
    if len(scored) and float(scored["compound"].min()) < 0:
        row = scored.loc[scored["compound"].astype(float).idxmin()]
        words = _lexicon_words(str(row["text"]))
        title = row["title"] if not _missing(row["title"]) and str(row["title"]) else row["article_id"]
        who = row["person"] if not _missing(row["person"]) else row["speaker"]
        shown = f"(reported) {row['text']}" if row["kind"] == "indirect" else f"“{row['text']}”"
        wordlist = ", ".join(f"<i>{_e(w)}</i> ({v:+.1f})".replace("-", "−") for w, v in words)
        parts.append(
            f'<p class="note">From this run, the most negative statement ({_tone(row["compound"])}), by '
            f"{_e(who if not _missing(who) else _NO_SOURCE)} in “{_e(title)}”: {_e(shown.rstrip(' ,;:'))}."
            + (f" The words VADER scored in it: {wordlist} (each word's valence, on VADER's scale of −4 to +4)." if words
               else "")
            + " Whether the speaker is against something, or reports it, the score cannot tell: read the "
            "statement.</p>"
        )
    return parts


def _n_people(q: pd.DataFrame) -> int:
    speech = q[q["kind"].isin(SPEECH_KINDS)]
    col = "person" if "person" in speech.columns else "speaker"
    return int(speech[col].nunique())


def _html(result: AnalysisResult, charts: _Charts, notes: list[str], files: dict[str, str], title: str,
          people: pd.DataFrame, sources: pd.DataFrame, said: pd.DataFrame, marks: list) -> str:
    a, q, err = result.articles, result.quotes, result.errors
    warned = err[err["kind"] == "warning"] if "kind" in err.columns else err.iloc[0:0]
    err = err.drop(warned.index)
    left_out = warned[~warned["article_id"].isin(a["article_id"])]  # e.g. repeats with drop_duplicates=True
    warned = warned.drop(left_out.index)
    parts = _html_head(result, charts, notes, title, n_people=_n_people(q), n_failed=len(err))
    parts += _html_people(q, people)
    parts += _html_sources(q, sources)
    parts += _html_charts(charts)
    parts += _browser(said, marks, people)
    parts += _methods(result, said, people)
    parts += _html_failed(err, warned, left_out)
    parts += _html_articles(a)
    parts += _html_files(files)
    return "\n".join(parts)


def _html_head(result: AnalysisResult, charts: _Charts, notes: list[str], title: str, *, n_people: int,
               n_failed: int) -> list[str]:
    """The page's head, title, summary line, notes and table of contents."""
    a = result.articles
    n_statements = int(a["n_statements"].sum())  # statements, as in the articles table
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{len(a)} article(s), {len(result.sentences)} sentences, {n_statements} statements '
        f"(quoted or reported), {n_people} people quoted, "
        f"{n_failed} input(s) failed. Made by newsanalysis {_e(__version__)} on "
        f"{_dt.date.today().isoformat()}. Tone is VADER's compound score (−1 negative … +1 positive); see "
        '<a href="#methods">Methods and limits</a>.</p>',
    ]
    parts += [f'<p class="note">{_e(n)}</p>' for n in notes]
    sections = [("people", "Most quoted people"), ("sources", "Organisations and unnamed sources")]
    sections += [(f"charts-{i}", name) for i, name in enumerate(charts.inline, start=1)]
    sections += [("statements", "Every statement, by person"), ("methods", "Methods and limits"),
                 ("failed", "Inputs that failed"), ("articles", "Articles"), ("files", "Files beside this page")]
    parts.append("<nav><ul>" + "".join(f'<li><a href="#{i}">{_e(n)}</a></li>' for i, n in sections) + "</ul></nav>")
    return parts


def _html_people(q: pd.DataFrame, people: pd.DataFrame) -> list[str]:
    """The section of the most quoted people."""
    parts = []
    parts.append('<h2 id="people">Most quoted people</h2>')
    mq = most_quoted(q, top=15)
    if mq.empty:
        parts.append("<p>No quotes attributed to a named person were found.</p>")
    else:
        for col in ("most_positive", "most_negative"):  # "… UNLIMITED,” Trump wrote": the comma is the writer's
            mq[col] = mq[col].map(lambda t: plot._shorten(t.rstrip(" ,;:"), 300) if isinstance(t, str) else t)
        if "gender" in people.columns:
            mq["gender"] = mq["person"].map(people.drop_duplicates("person").set_index("person")["gender"])
        parts.append(_table(mq, {
            "person": "Person", "gender": "Gender", "statements": "Statements", "articles": "Articles",
            "mean_compound": "Mean tone", "most_positive": "Most positive statement",
            "most_positive_compound": "Tone", "most_negative": "Most negative statement",
            "most_negative_compound": "Tone",
        }))
        parts.append('<p class="sub">The most positive and most negative statements are speech, shown by the '
                     'speaker\'s own words, the longest cut to 300 characters (see <a href="#methods">Methods</a>). Every statement of each person is '
                     'listed under <a href="#statements">Every statement, by person</a>.</p>')
    return parts


def _html_sources(q: pd.DataFrame, sources: pd.DataFrame) -> list[str]:
    """The section of organisations and unnamed sources."""
    parts = []
    parts.append('<h2 id="sources">Organisations and unnamed sources</h2>')
    if "source_kind" in q.columns:
        src = sources
        if src.empty:
            parts.append("<p>None: every attributed quote has a named person as its source.</p>")
        else:
            parts.append("<p>Counted apart from people: bodies (a ministry, a newspaper) and unnamed sources "
                         "(a spokesperson, officials, a report).</p>")
            parts.append(_table(src.head(30), {
                "source": "Source", "kind": "Kind", "statements": "Statements", "articles": "Articles",
                "mean_compound": "Mean tone",
            }))
    return parts


def _html_charts(charts: _Charts) -> list[str]:
    """A section of each group of charts, inline."""
    parts = []
    for i, (section, figs) in enumerate(charts.inline.items(), start=1):
        parts.append(f'<h2 id="charts-{i}">{_e(section)}</h2>')
        for caption, data, (width, height) in figs:
            parts.append(f'<figure><img alt="{_e(caption)}" src="data:image/png;base64,{data}" width="{width}" '
                         f'height="{height}">'
                         f"<figcaption>{_e(caption)}</figcaption></figure>")
        parts.append(charts.extra.get(section, ""))
    return parts


def _html_failed(err: pd.DataFrame, warned: pd.DataFrame, left_out: pd.DataFrame) -> list[str]:
    """The inputs that failed, the articles analysed with a warning and those left out."""
    parts = []
    parts.append('<h2 id="failed">Inputs that failed</h2>')
    if err.empty:
        parts.append('<p class="ok">None: every input was analysed.</p>')
    else:
        parts.append(_table(err, {"article_id": "Input", "path": "Path", "error": "Why"}))
    if len(warned):
        parts.append(f"<p>{len(warned)} article(s) were analysed with a warning (in tables/errors.csv, kind "
                     "<code>warning</code>): each is in every table, without what the warning names.</p>")
        parts.append(_table(warned, {"article_id": "Article", "path": "Path", "error": "Warning"}))
    if len(left_out):
        parts.append(f"<p>{len(left_out)} article(s) were left out of every table on purpose (in tables/errors.csv, "
                     "kind <code>warning</code>): each repeats an article that is analysed.</p>")
        parts.append(_table(left_out, {"article_id": "Article", "path": "Path", "error": "Why left out"}))
    return parts


def _html_articles(a: pd.DataFrame) -> list[str]:
    """The articles (the first 500), with the repeats said."""
    parts = []
    parts.append('<h2 id="articles">Articles</h2>')
    article_cols = {"article_id": "Id", "title": "Title", "date": "Date", "source": "Source",
                    "n_sentences": "Sentences", "n_statements": "Statements"}
    n_dup = int(a["duplicate_of"].notna().sum()) if "duplicate_of" in a.columns else 0
    if n_dup:  # the same story downloaded twice (issue 22): counted, and said so
        article_cols["duplicate_of"] = "Duplicate of"
        parts.append(f"<p>{n_dup} article(s) repeat an earlier one (same outlet, date and title, or the same text; "
                     "column <code>duplicate_of</code>) and are counted in every table; "
                     "<code>na.analyze(..., drop_duplicates=True)</code> leaves them out.</p>")
    parts.append(_table(a.head(500), article_cols))
    if len(a) > 500:
        parts.append(f"<p>… and {len(a) - 500} more (see tables/articles.csv).</p>")
    return parts


def _html_files(files: dict[str, str]) -> list[str]:
    """Links to the files beside the page; closes the page."""
    parts = []
    parts.append('<h2 id="files">Files beside this page</h2>')
    parts.append('<p class="note">These links (and the one to tables/statements.csv above) open files in the '
                 "report folder, next to report.html: they work when the page is opened from that folder, or when "
                 "the whole folder is shared (as a zip, say). Everything above this section (charts, tables, "
                 "statements) is inside the page, so report.html can be sent on its own; then these links do not "
                 "work.</p><ul>")
    parts += [f'<li><a href="{_e(f)}">{_e(f)}</a>{" — " + _e(d) if d else ""}</li>' for f, d in files.items()]
    parts.append(f"</ul><script>{_JS}</script></body></html>")
    return parts


# --------------------------------------------------------------------------------------------------


def write_report(result: AnalysisResult | object, out: str | Path, *, formats: Sequence[str] | str = ("png",),
                 force: bool = False, dpi: int = 200, max_article_charts: int = 12, title: str = "newsanalysis report",
                 formula_safe: bool = False, progress: bool = True) -> Path:
    """Write the tables, every chart and a self-contained ``report.html`` into ``out``.

    The folder is locked while the report is written (a second writer gets
    :class:`~newsanalysis.OutputBusyError`), tables and ``report.html`` are
    written under temporary names and renamed into place, and
    ``newsanalysis-manifest.json`` is written last (see
    :func:`newsanalysis.read_output`).

    Parameters
    ----------
    result : AnalysisResult or articles
        From :func:`newsanalysis.analyze`, or anything it takes (a folder or
        file as a ``str`` or :class:`pathlib.Path`, a DataFrame, texts), which
        is analysed first.
    out : str or pathlib.Path
        The report folder (created). Nothing is written outside it.
    formats : sequence of str or str
        Chart files to write, among ``"png"``, ``"svg"``, ``"pdf"``. PNG only by
        default (it used to be all three): SVG and PDF, for editing and print, take
        several times longer to write. The charts inside report.html are PNG
        whatever is asked for.
    force : bool
        Write into an existing non-empty folder (files of the same name are
        replaced; other files are left alone).
    dpi : int
        Resolution of the PNG files.
    max_article_charts : int
        Draw per-article charts for at most this many articles (the most
        quoted).
    title : str
        Title and heading of the HTML page (``newsanalysis report --title``).
    formula_safe : bool
        Put a ``'`` before CSV cells that a spreadsheet would run as a formula
        (see :meth:`AnalysisResult.to_csv <newsanalysis.tables.AnalysisResult.to_csv>`).
    progress : bool
        Show a progress bar of the steps (people, each table, each chart, the
        page) on the terminal or in the notebook; also passed to
        :func:`newsanalysis.analyze` when ``result`` is articles.

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
    if not isinstance(result, AnalysisResult):  # articles: a path (str or Path), texts, a DataFrame...
        result = analyze(result, progress=progress)
    fmts = plot.parse_formats(formats)
    check_not_over_inputs(out, result.tables())
    with OutputLock(out, create=True):
        root = _prepare_out(Path(out), force)
        manifest = write_manifest(root, new_manifest("write_report", options={"formula_safe": formula_safe}))
        steps = _Steps(progress)
        try:
            with reusing_statements():  # some 30 charts and tables ask for the statements of one table
                _write_report(result, root, manifest, fmts, dpi, max_article_charts, title, formula_safe, steps)
        finally:
            steps.close()
    return Path(out) / "report.html"


class _Steps:
    """A progress bar of the report's steps (tqdm: a bar on a terminal, a widget in a notebook)."""

    def __init__(self, enabled: bool) -> None:
        self.bar = None
        if enabled:
            from tqdm.auto import tqdm

            self.bar = tqdm(desc="report", unit=" steps", leave=True)

    def __call__(self, what: str) -> None:
        """Say that the step ``what`` starts (the step before it is done)."""
        if self.bar is not None:
            self.bar.set_postfix_str(what[:60], refresh=False)
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str("done", refresh=False)
            self.bar.close()


def _write_report(result, root, manifest, fmts, dpi, max_article_charts, title, formula_safe,
                  steps: _Steps | None = None) -> None:
    step = steps if steps is not None else (lambda what: None)
    written: list[Path] = []
    step("people and sources")
    people, sources = result.people, result.sources  # each built once, for the files and the page
    step("statements")
    said, marks = _statements_frame(result)
    tables = {**result.tables(), "people": people, "sources": sources, "statements": said}
    try:
        import pyarrow  # noqa: F401

        suffixes = (".csv", ".parquet")
    except ImportError:
        suffixes = (".csv",)
    _inside(root, "tables").mkdir(exist_ok=True)
    about: dict[str, str] = {}
    for name, df in tables.items():
        step(f"table: {name}")
        for suffix in suffixes:
            path = _inside(root, "tables", name + suffix)
            if suffix == ".csv":
                write_csv(df, path, formula_safe=formula_safe)
            else:
                write_parquet(df, path)
            written.append(path)
            about[f"tables/{name}{suffix}"] = _describe_table(name, df, len(said))
        manifest["tables"][name] = {"rows": len(df), "files": [f"tables/{name}{suffix}" for suffix in suffixes]}

    charts = _Charts(root, fmts, dpi, step)
    try:
        with plot.report_style():
            notes = _draw_charts(result, charts, max_article_charts, people)
    except BaseException:
        charts.abandon()
        raise
    step("charts: writing the PNG files")
    charts.finish()
    notes += charts.failed
    written += charts.written

    page = _inside(root, "report.html")
    files = {p.relative_to(root).as_posix(): "" for p in written}
    files.update({k: v for k, v in about.items() if k in files})
    step("report.html")
    write_text(page, _html(result, charts, notes, files, title, people, sources, said, marks))
    write_manifest(root, manifest, finished=True)


def _describe_table(name: str, df: pd.DataFrame, n_statements: int) -> str:
    """What a table file holds, for the report's list of files: rows, labelled so."""
    rows = f"{len(df)} row{'s' if len(df) != 1 else ''}"
    if name == "quotes":
        return f"{rows}: the parts of {n_statements} statements, and mentions"
    what = {"statements": "statement", "people": "person", "sources": "organisation or unnamed source",
            "articles": "article", "sentences": "sentence", "speakers": "source named in an article",
            "errors": "input that failed, or analysed article with a warning"}.get(name)
    return f"{rows}, one per {what}" if what else rows
