"""Charts of the tables: axes-level functions in the seaborn convention.

Every function takes a table first (as returned by
:func:`newsanalysis.analyze`), then keyword-only options, and ends in
``ax=None, **kwargs``: it draws on ``ax`` (a new figure when None), passes
``**kwargs`` to its main matplotlib call, and returns the Axes. No function
changes global state; :func:`report_style` is a context manager that sets a
report look and restores everything on exit.

What is drawn is computed first by small private functions (``_*_frame``)
that return plain DataFrames, so the numbers behind each chart can be read
and tested apart from the drawing.

Quotes of kind ``mention`` (scare quotes, titles: nobody's speech) are left
out of every count and every tone summary.
"""

from __future__ import annotations

import contextlib
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates
import matplotlib.patches
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .colors import COLOR_NOTE, GREY, OKABE_ITO, person_colors
from .errors import NewsAnalysisError
from .speech import SPEECH_KINDS, statements

__all__ = [
    "OKABE_ITO",
    "gender_share",
    "parse_formats",
    "person_colors",
    "person_timeline",
    "quote_counts",
    "quote_positions",
    "quotes_travelled",
    "report_style",
    "save_figure",
    "speaker_share",
    "speaker_tone",
    "tone_arc",
    "tone_over_time",
]

_GREY = GREY
_LIGHT = "#BDBDBD"
#: Colour of each gender in :func:`gender_share` (unknown in grey).
GENDER_COLORS: dict[str, str] = {"female": "#CC79A7", "male": "#009E73", "unknown": "#8C8C8C"}
#: Colour of each kind of speech (mentions are never drawn).
KIND_COLORS: dict[str, str] = {"direct": "#0072B2", "partial": "#56B4E9", "indirect": "#E69F00"}
_NO_SPEAKER = "(no speaker found)"
_NOT_PERSON = "(no named person)"
_OTHER = "Other speakers"
_OTHER_GROUPS = "(other sources)"
_NAME_WIDTH = 24
_MAX_DOTS = 600  # dots drawn per row of speaker_tone, at most
_EXCERPT_WIDTH = 44

_DOCS = {
    "%(ax)s": """ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure is made when None.""",
    "%(kwargs)s": """**kwargs
        Passed to the main matplotlib call (named in the description).""",
    "%(returns)s": """Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.""",
}


def _fill_doc(func):
    doc = func.__doc__
    for key, text in _DOCS.items():
        doc = doc.replace(key, text)
    func.__doc__ = doc
    return func


# --------------------------------------------------------------------------------------------------
# small shared helpers


def _shorten(text: object, width: int = _NAME_WIDTH) -> str:
    """Shorten ``text`` to at most ``width`` characters, ending in an ellipsis when cut.

    Examples
    --------
    >>> _shorten("Ursula von der Leyen", 12)
    'Ursula von…'
    >>> _shorten("Putin", 12)
    'Putin'
    """
    s = " ".join(str(text).split())
    if len(s) <= width:
        return s
    cut = textwrap.shorten(s, width=width - 1, placeholder="")
    if not cut:  # one very long word
        cut = s[: width - 1]
    return cut.rstrip(" ,;:.") + "…"


def _require(df: object, columns: Iterable[str], *, table: str, func: str) -> pd.DataFrame:
    if not isinstance(df, pd.DataFrame):
        raise NewsAnalysisError(f"{func}() needs the {table} table as a pandas DataFrame, not {type(df).__name__}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise NewsAnalysisError(
            f"{func}() needs the {table} table (from analyze(...).{table}); "
            f"the table given lacks the column(s) {', '.join(missing)}"
        )
    return df


def _speech(quotes: pd.DataFrame, who: str = "speaker", others: bool = False) -> pd.DataFrame:
    """Statements that are someone's speech, with missing speakers named as such.

    Rows of one statement (a split quote, a clause and its quoted fragment)
    count once: see :func:`newsanalysis.statements`. With ``who="person"``
    (and a table that has the column), the ``speaker`` column of the result
    holds the named person; statements of organisations and unnamed sources
    are left out, or with ``others`` kept under one grey label.
    """
    if who not in ("person", "speaker"):
        raise NewsAnalysisError(f"who must be 'person' or 'speaker', not {who!r}")
    if {"start", "end"} <= set(quotes.columns):
        q = statements(quotes)
    else:  # a hand-made table without offsets: each speech row counts
        q = quotes[quotes["kind"].isin(SPEECH_KINDS)].copy()
    if who == "person" and "person" in q.columns:
        if not others:
            q = q[q["person"].notna()].copy()
        q["speaker"] = q["person"].astype("string").fillna(_NOT_PERSON).astype(object)
        return q
    q["speaker"] = q["speaker"].astype("string").fillna(_NO_SPEAKER).astype(object)
    return q


def _ranked(names: pd.Series) -> list:
    """Distinct values, most frequent first, ties by name: the same order (and colours) in every chart."""
    counts = names.value_counts()
    return sorted(counts.index, key=lambda n: (-counts[n], str(n)))


def _speaker_colors(names: Sequence[str], palette: dict[str, str] | None = None) -> dict[str, str]:
    """A colour per name: from ``palette`` (the run's, :func:`person_colors`), else in the order given.

    The charts pass the run's palette, so a person has the same colour in
    every chart of a run; without one, the names (in the run's rank order)
    get the eight colours of :data:`OKABE_ITO` in turn. Everyone beyond the
    palette and the catch-alls ("Other speakers", no speaker found) are grey,
    so no two people of a chart share a colour.
    """
    catch_all = (_NO_SPEAKER, _OTHER, _NOT_PERSON)
    if palette is not None:
        return {name: _GREY if name in catch_all else palette.get(name, _GREY) for name in names}
    colors, i = {}, 0
    for name in names:
        if name in catch_all or i >= len(OKABE_ITO):
            colors[name] = _GREY
        else:
            colors[name] = OKABE_ITO[i]
            i += 1
    return colors


def _check_palette(palette: object, func: str) -> dict[str, str] | None:
    if palette is not None and not isinstance(palette, dict):
        raise NewsAnalysisError(f"{func}(): palette must be a dict of name to colour (from plot.person_colors), "
                                f"not {type(palette).__name__}")
    return palette


_COLOR_NOTE = COLOR_NOTE


def _auto_freq(dates: pd.Series, max_bins: int = 60) -> str:
    """Day, week or month: the finest bin that keeps the run's span within ``max_bins`` bins.

    Examples
    --------
    >>> _auto_freq(pd.Series(pd.to_datetime(["2016-01-01", "2016-01-20"])))
    'D'
    >>> _auto_freq(pd.Series(pd.to_datetime(["2016-01-01", "2016-11-30"])))
    'W'
    >>> _auto_freq(pd.Series(pd.to_datetime(["2010-01-01", "2016-11-30"])))
    'MS'
    """
    d = pd.to_datetime(dates).dropna()
    if d.empty:
        return "D"
    days = (d.max() - d.min()).days + 1
    if days <= max_bins:
        return "D"
    if days / 7 <= max_bins:
        return "W"
    return "MS"


def _bin_label(freq: str) -> str:
    return _PERIODS.get(freq, f"period ({freq})")


def _fold_rows(table: pd.DataFrame, top: int, label: str) -> pd.DataFrame:
    """Keep the ``top`` rows with most statements; the rest summed into one row ``label`` (counts in, counts out)."""
    if top is None or len(table) <= top:
        return table
    keep = table.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top]
    rest = table.drop(index=keep).sum(axis=0).rename(label)
    return pd.concat([table.loc[[i for i in table.index if i in set(keep)]], rest.to_frame().T])


def _new_axes(ax, size: tuple[float, float]):
    if ax is None:
        _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def _empty(ax, message: str):
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color=_GREY)
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _finish(ax, *, title: str, xlabel: str, ylabel: str) -> None:
    # the main title (so ax.get_title() reads it), drawn flush left as on a news graphic
    ax.set_title(title, fontweight="bold", x=0.0, horizontalalignment="left")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _wrap_title(title: str | None, default: str, width: int) -> str:
    """``title`` (or ``default`` when None) wrapped to lines of at most ``width`` characters.

    Examples
    --------
    >>> _wrap_title(None, "Tone along the article", 30)
    'Tone along the article'
    >>> print(_wrap_title("Tone along “Council approves the harbor bridge after a heated debate”", None, 40))
    Tone along “Council approves the harbor
    bridge after a heated debate”
    """
    if title is None:
        return default
    return "\n".join(textwrap.wrap(" ".join(str(title).split()), width=width)) or str(title)


def _one_article(df: pd.DataFrame, article: str | None, func: str) -> pd.DataFrame:
    ids = df["article_id"].dropna().unique()
    if article is not None:
        out = df[df["article_id"] == article]
        if out.empty and len(df):
            raise NewsAnalysisError(f"{func}(): no rows for article {article!r}")
        return out
    if len(ids) > 1:
        raise NewsAnalysisError(
            f"{func}() draws one article but the table holds {len(ids)}; "
            f"pick one with article=..., e.g. article={str(ids[0])!r}"
        )
    return df


# --------------------------------------------------------------------------------------------------
# tone arc


def _tone_arc_frame(sentences: pd.DataFrame, window: int) -> pd.DataFrame:
    """One row a sentence: x (1-based position), compound, rolling mean, speaker, quoted."""
    s = sentences.sort_values(["start"]).reset_index(drop=True)
    out = pd.DataFrame(
        {
            "x": np.arange(1, len(s) + 1),
            "compound": s["compound"].astype(float).to_numpy(),
            "text": s["text"].astype(object).to_numpy(),
            "quoted": (s["in_quote"].fillna(0).astype(float) > 0).to_numpy(),
            "speaker": s["speaker"].astype("string").to_numpy(dtype=object, na_value=None),
        }
    )
    # a sentence of reported speech (no quotation marks) is the source's, not the writer's own
    reported = s["reported"].astype(float).fillna(0).to_numpy() if "reported" in s.columns else np.zeros(len(s))
    out["reported"] = (reported > 0) & ~out["quoted"].to_numpy()
    if "reported_speaker" in s.columns:
        by = s["reported_speaker"].astype("string").to_numpy(dtype=object, na_value=None)
        out.loc[out["reported"], "speaker"] = by[out["reported"].to_numpy()]
    out["rolling"] = out["compound"].rolling(window, center=True, min_periods=1).mean()
    out.loc[(out["quoted"] | out["reported"]) & out["speaker"].isna(), "speaker"] = _NO_SPEAKER
    return out


@_fill_doc
def tone_arc(sentences: pd.DataFrame, *, window: int = 5, article: str | None = None, title: str | None = None,
             quotes: pd.DataFrame | None = None, palette: dict[str, str] | None = None, ax=None, **kwargs):
    """The tone of an article, sentence by sentence.

    Each sentence's VADER compound score is a dot at its position in the
    text; quoted sentences are coloured by speaker, sentences of reported
    speech (no quotation marks) are rings in the speaker's colour, and grey
    rings are the writer's own sentences; a line shows the rolling mean over ``window``
    sentences; the most positive and most negative sentences are labelled
    with a short excerpt.

    Parameters
    ----------
    sentences : pandas.DataFrame
        The sentences table of one article (or of many, with ``article``).
    window : int
        Sentences in the centred rolling mean (at least 1).
    article : str, optional
        The ``article_id`` to draw when the table holds several articles.
    title : str, optional
        The chart's title (by default "Tone along the article"): name the
        article in it, so that the chart keeps its context when pasted
        elsewhere. A long title is wrapped (at 80 characters).
    quotes : pandas.DataFrame, optional
        The quotes table of the run: quoted sentences are then named and
        coloured by person (as linked across the run), in the colours of the
        run's other charts (:func:`person_colors` of this table).
    palette : dict, optional
        Name to colour (:func:`person_colors`); by default the run's ranking
        of ``quotes`` (or of the speakers of the whole ``sentences`` table).
    %(ax)s
    %(kwargs)s
        Here: :meth:`~matplotlib.axes.Axes.plot` of the rolling mean.

    %(returns)s

    Examples
    --------
    >>> import newsanalysis as na
    >>> from newsanalysis import plot
    >>> result = na.analyze("“We won,” Ann Lee said. It was a terrible day. Rain fell.")
    >>> ax = plot.tone_arc(result.sentences, window=2)
    >>> ax.get_ylabel()
    'Tone (VADER compound)'
    >>> plot.plt.close(ax.figure)
    >>> plot.tone_arc(result.sentences, title="Tone along “A good day”").get_title()
    'Tone along “A good day”'
    >>> plot.plt.close("all")
    """
    _require(sentences, ["article_id", "start", "text", "compound", "in_quote", "speaker"], table="sentences", func="tone_arc")
    if not isinstance(window, (int, np.integer)) or window < 1:
        raise NewsAnalysisError(f"tone_arc(): window must be a whole number of sentences >= 1, not {window!r}")
    _check_palette(palette, "tone_arc")
    palette = _tone_arc_palette(sentences, quotes, palette)
    sentences = _one_article(sentences, article, "tone_arc")
    ax = _new_axes(ax, (9, 4.5))
    _finish(ax, title=_wrap_title(title, "Tone along the article", 80), xlabel="Sentence (position in the text)",
            ylabel="Tone (VADER compound)")
    if sentences.empty:
        return _empty(ax, "No sentences to show")
    f = _tone_arc_frame(sentences, window)
    if quotes is not None:
        _as_persons(f, quotes, sentences)
    order = _tone_arc_dots(ax, f, palette)
    kwargs = {"color": "#333333", "linewidth": 2, "label": f"Rolling mean ({window} sentences)", **kwargs}
    ax.plot(f["x"], f["rolling"], zorder=4, **kwargs)
    _label_extremes(ax, f)
    ax.set_ylim(-1.2, 1.2)
    ax.set_xlim(0.5, len(f) + 0.5)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize="small",
              title=_COLOR_NOTE.replace("; ", ";\n") if len(order) else None, title_fontsize="x-small")
    return ax


def _tone_arc_palette(sentences: pd.DataFrame, quotes: pd.DataFrame | None, palette: dict[str, str] | None):
    """The colours of :func:`tone_arc`: ``palette``, else the run's ranking of ``quotes`` or of the whole table."""
    if quotes is not None:
        _require(quotes, ["article_id", "kind", "speaker"], table="quotes", func="tone_arc")
        palette = person_colors(quotes) if palette is None else palette
    elif palette is None:  # the ranking of the whole table given, so one article's colours are the run's
        quoted_rows = sentences[sentences["in_quote"].fillna(0).astype(float) > 0]
        palette = _speaker_colors(_ranked(quoted_rows["speaker"].dropna().astype(str)))
    return palette


def _as_persons(f: pd.DataFrame, quotes: pd.DataFrame, sentences: pd.DataFrame) -> None:
    """In place: the speaker as written -> the person the run counts it under."""
    q = quotes[quotes["article_id"].isin(set(sentences["article_id"]))]
    if "person" in q.columns:
        pairs = q.dropna(subset=["speaker", "person"])
        person = pairs.groupby("speaker")["person"].agg(lambda p: p.value_counts().index[0])
        known = f["speaker"].isin(person.index)
        f.loc[known, "speaker"] = f.loc[known, "speaker"].map(person)


def _tone_arc_dots(ax, f: pd.DataFrame, palette: dict[str, str] | None) -> list[str]:
    """Draw the sentences of :func:`tone_arc` (grey rings, dots and rings by speaker); the speakers' legend order."""
    ax.axhline(0, color=_GREY, linewidth=0.8, zorder=1)
    plain = f[~f["quoted"] & ~f["reported"]]
    ax.scatter(plain["x"], plain["compound"], s=24, facecolor="none", edgecolor=_GREY, linewidth=0.9, zorder=2,
               label="Writer's own sentence")
    quoted = f[f["quoted"]]
    told = f[f["reported"]]
    order = _ranked(pd.concat([quoted["speaker"], told["speaker"]]))
    colors = _speaker_colors(order, palette)
    named = [n for n in order if colors[n] != _GREY]
    if len(named) < len(order):  # everyone grey is one legend entry, so the legend stays short
        quoted = quoted.assign(speaker=quoted["speaker"].where(quoted["speaker"].isin(named), _OTHER))
        told = told.assign(speaker=told["speaker"].where(told["speaker"].isin(named), _OTHER))
        order, colors = named + [_OTHER], {**colors, _OTHER: _GREY}
    for name in order:
        rows = quoted[quoted["speaker"] == name]
        if len(rows):
            ax.scatter(rows["x"], rows["compound"], s=40, color=colors[name], edgecolor="white",
                       linewidth=0.5, zorder=3, label=f"Quote: {_shorten(name)}")
    for name in order:  # reported speech: a ring in the speaker's colour
        rows = told[told["speaker"] == name]
        if len(rows):
            ax.scatter(rows["x"], rows["compound"], s=34, facecolor="none", edgecolor=colors[name],
                       linewidth=1.4, zorder=3, label=f"Reported: {_shorten(name)}")
    return order


def _label_extremes(ax, f: pd.DataFrame) -> None:
    """Label the extremes (when not neutral) at a fixed height, clear of the title and the dots."""
    top, bottom = f["compound"].idxmax(), f["compound"].idxmin()
    for idx, y_text, what in ((top, 1.1, "Most positive"), (bottom, -1.1, "Most negative")):
        row = f.loc[idx]
        if (what == "Most positive" and row["compound"] <= 0) or (what == "Most negative" and row["compound"] >= 0):
            continue
        # text runs away from the middle, so it stays inside the axes
        frac = (row["x"] - 0.5) / len(f)
        ha, x_text = ("left", min(frac, 0.35)) if frac <= 0.5 else ("right", max(frac, 0.65))
        ax.annotate(
            f"{what}: {_shorten(row['text'], _EXCERPT_WIDTH)}",
            xy=(row["x"], row["compound"]),
            xytext=(x_text, y_text),
            textcoords=("axes fraction", "data"),
            ha=ha,
            va="center",
            fontsize="small",
            color="#333333",
            arrowprops={"arrowstyle": "-", "color": _GREY, "linewidth": 0.8, "shrinkB": 4},
        )


# --------------------------------------------------------------------------------------------------
# quote counts


def _quote_counts_frame(quotes: pd.DataFrame, by: str, top: int) -> pd.DataFrame:
    """Rows: the ``top`` groups by total quotes (largest first); columns: kinds present."""
    q = _speech(quotes, who=by if by in ("person", "speaker") else "speaker")
    if by == "person":
        by = "speaker"  # _speech put the person there
    elif by != "speaker":
        q[by] = q[by].astype("string").fillna("(unknown)").astype(object)
    counts = q.groupby([by, "kind"]).size().unstack("kind", fill_value=0)
    counts = counts.reindex(columns=[k for k in SPEECH_KINDS if k in counts.columns])
    counts["_total"] = counts.sum(axis=1)
    counts = counts.sort_index().sort_values(["_total"], ascending=False, kind="stable")
    rest = counts.iloc[top:]
    counts = counts.head(top).drop(columns="_total").astype(int)
    counts.attrs["others"] = (len(rest), int(rest["_total"].sum()))  # (groups, statements) not shown
    return counts


@_fill_doc
def quote_counts(quotes: pd.DataFrame, *, top: int = 10, by: str = "person", ax=None, **kwargs):
    """Who is quoted most: horizontal bars of quotes per person, split by kind.

    Bars are stacked by kind (direct, partial, indirect) and sorted with the
    most quoted at the top; ``mention`` rows are not counted; how many more
    there are, with how many statements, is said under the axis. By person
    (the default), organisations and unnamed sources are left out; by
    speaker, every source counts and quotes whose speaker was not found are
    counted under "(no speaker found)".

    Parameters
    ----------
    quotes : pandas.DataFrame
        The quotes table.
    top : int
        Show the ``top`` most quoted.
    by : str
        Column to count by: ``"person"`` (named people, linked across the
        run), ``"speaker"`` (every source as written) or another column of
        the quotes table (e.g. ``"article_id"``).
    %(ax)s
    %(kwargs)s
        Here: :meth:`~matplotlib.axes.Axes.barh`, called once per kind.

    %(returns)s

    Examples
    --------
    >>> import newsanalysis as na
    >>> from newsanalysis import plot
    >>> q = na.analyze("“Yes,” Ann said. “No,” Bob said. “Maybe,” Ann said.").quotes
    >>> ax = plot.quote_counts(q)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['Ann', 'Bob']
    >>> plot.plt.close(ax.figure)
    """
    if by == "person" and "person" not in quotes.columns:
        by = "speaker"  # a table from before 0.3
    _require(quotes, ["kind", "speaker", by], table="quotes", func="quote_counts")
    if not isinstance(top, (int, np.integer)) or top < 1:
        raise NewsAnalysisError(f"quote_counts(): top must be a whole number >= 1, not {top!r}")
    counts = _quote_counts_frame(quotes, by, top)
    ax = _new_axes(ax, (8, 1.2 + 0.42 * max(len(counts), 3)))
    what = by.replace("_", " ")
    n_rest, rest = counts.attrs.get("others", (0, 0))
    others = f"; not shown: {n_rest:,} more with {rest:,} statements" if n_rest else ""
    _finish(ax, title=f"Statements per {what}" + (f" (top {top})" if n_rest else ""),
            xlabel=f"Number of statements{others}", ylabel="")
    if counts.empty:
        return _empty(ax, "No quotes to show")
    y = np.arange(len(counts))[::-1]  # most quoted at the top
    left = np.zeros(len(counts))
    for kind in counts.columns:
        widths = counts[kind].to_numpy()
        ax.barh(y, widths, left=left, color=KIND_COLORS[kind], label=kind, height=0.7, **kwargs)
        left += widths
    for yi, total in zip(y, left):
        ax.text(total, yi, f" {int(total)}", va="center", fontsize="small", color="#333333")
    ax.set_yticks(y, [_shorten(n) for n in counts.index])
    ax.set_xlim(0, left.max() * 1.12)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="Kind", loc="lower right", frameon=False, fontsize="small")
    return ax


# --------------------------------------------------------------------------------------------------
# quote positions


def _quote_positions_frame(quotes: pd.DataFrame, sentences: pd.DataFrame | None, top: int | None = 15) -> pd.DataFrame:
    """One row a quote: speaker, x (characters, or % of the article when ``sentences`` given), row.

    Speakers beyond the ``top`` most quoted share one last row, "Other speakers".
    """
    q = _speech(quotes)
    q = q.assign(x=q["start"].astype(float))
    if sentences is not None and len(q):
        length = sentences.groupby("article_id")["end"].max().astype(float)
        q["x"] = 100 * q["x"] / q["article_id"].map(length).clip(lower=1)
    order = _ranked(q["speaker"])
    if top is not None and len(order) > top:
        q["speaker"] = q["speaker"].where(q["speaker"].isin(order[:top]), _OTHER)
        order = order[:top] + [_OTHER]
    q["row"] = q["speaker"].map({name: i for i, name in enumerate(order)})
    return q[["speaker", "kind", "x", "row"]].sort_values(["row", "x"]).reset_index(drop=True)


@_fill_doc
def quote_positions(quotes: pd.DataFrame, *, sentences: pd.DataFrame | None = None, title: str | None = None,
                    top: int = 15, ax=None, **kwargs):
    """Where in the text each speaker is quoted: one row a speaker.

    Each quote is a tick at the position where it starts, coloured by kind
    (direct, partial, indirect); rows are sorted by number of quotes (most
    quoted at the top) and carry their count.

    Parameters
    ----------
    quotes : pandas.DataFrame
        The quotes table.
    sentences : pandas.DataFrame, optional
        The sentences table of the same run. When given, positions are shown
        as a percentage of each article's length (so articles of different
        lengths line up); otherwise in characters from the start.
    title : str, optional
        The chart's title (by default "Where each speaker is quoted"): name
        the article in it when the chart shows one. A long title is wrapped
        (at 52 characters: the names take the left of the figure).
    top : int
        Rows for the ``top`` most quoted speakers; the others share a last
        row "Other speakers" (so the chart's height is bounded).
    %(ax)s
    %(kwargs)s
        Here: :meth:`~matplotlib.axes.Axes.scatter`, called once per kind.

    %(returns)s

    Examples
    --------
    >>> import newsanalysis as na
    >>> from newsanalysis import plot
    >>> q = na.analyze("“Yes,” Ann said. “No,” Bob said. “Maybe,” Ann said.").quotes
    >>> ax = plot.quote_positions(q)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['Ann (2)', 'Bob (1)']
    >>> plot.plt.close(ax.figure)
    """
    _require(quotes, ["article_id", "kind", "speaker", "start"], table="quotes", func="quote_positions")
    if sentences is not None:
        _require(sentences, ["article_id", "end"], table="sentences", func="quote_positions")
    f = _quote_positions_frame(quotes, sentences, top)
    n_rows = int(f["row"].max()) + 1 if len(f) else 0
    ax = _new_axes(ax, (8, 1.2 + 0.42 * max(n_rows, 3)))
    xlabel = "Position in the article (% of its length)" if sentences is not None else "Position in the text (characters from the start)"
    _finish(ax, title=_wrap_title(title, "Where each speaker is quoted", 52), xlabel=xlabel, ylabel="")
    if f.empty:
        return _empty(ax, "No quotes to show")
    names = f.drop_duplicates("row")["speaker"].tolist()
    kwargs = {"marker": "|", "s": 260, "linewidths": 2.5, **kwargs}
    for kind in SPEECH_KINDS:
        rows = f[f["kind"] == kind]
        if len(rows):
            ax.scatter(rows["x"], n_rows - 1 - rows["row"], color=KIND_COLORS[kind], label=kind, **kwargs)
    y = np.arange(n_rows)[::-1]
    counts = f["row"].value_counts().sort_index()
    ax.set_yticks(y, [f"{_shorten(n)} ({counts[i]})" for i, n in enumerate(names)])
    ax.set_ylim(-0.7, n_rows - 0.3)
    if sentences is not None:
        ax.set_xlim(0, 100)
    else:
        ax.set_xlim(0, max(f["x"].max() * 1.03, 1))
    handles = [mpl.patches.Patch(color=KIND_COLORS[k], label=k) for k in SPEECH_KINDS if (f["kind"] == k).any()]
    ax.legend(handles=handles, title="Kind", loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
              fontsize="small")
    ax.grid(axis="y", color="#EEEEEE", linewidth=0.8)
    ax.set_axisbelow(True)
    return ax


# --------------------------------------------------------------------------------------------------
# speaker tone


def _speaker_tone_frame(quotes: pd.DataFrame, top: int, who: str = "person",
                        others: bool = True) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(points, summary): each statement's compound, and per row the mean and count, sorted by mean.

    Beyond the ``top`` most quoted, everyone is one row "Other speakers"
    (first, drawn at the bottom) when ``others``; ``summary.people`` says
    how many people each row holds.
    """
    q = _speech(quotes, who)
    ranking = _ranked(q["speaker"])
    keep = ranking[:top]
    if others and len(ranking) > top:
        q = q.assign(speaker=q["speaker"].where(q["speaker"].isin(keep), _OTHER))
    else:
        q = q[q["speaker"].isin(keep)]
    summary = (
        q.groupby("speaker")["compound"].agg(mean="mean", quotes="size").sort_values("mean", kind="stable")
    )
    summary["people"] = 1
    if _OTHER in summary.index:
        summary.loc[_OTHER, "people"] = len(ranking) - len(keep)
        summary = pd.concat([summary.loc[[_OTHER]], summary.drop(index=_OTHER)])
    points = q[["speaker", "compound"]].reset_index(drop=True)
    return points, summary


@_fill_doc
def speaker_tone(quotes: pd.DataFrame, *, top: int = 10, who: str = "person", others: bool = True,
                 palette: dict[str, str] | None = None, ax=None, **kwargs):
    """Who speaks positively: the tone of each speaker's quotes.

    One row a speaker (the ``top`` most quoted), sorted by mean tone; each
    quote is a dot at its VADER compound score and a black bar marks the
    speaker's mean (of all their statements; a row of more than 600 shows a
    fixed sample of 600 dots). Everyone else is one grey row at the bottom, "Other
    speakers (n people)". Dots take the person's colour of the run
    (:func:`person_colors`).

    Parameters
    ----------
    quotes : pandas.DataFrame
        The quotes table.
    top : int
        Show the ``top`` most quoted speakers.
    who : {"person", "speaker"}
        One row a named person (linked across the run; organisations and
        unnamed sources left out), or a row per source as written.
    others : bool
        Draw the statements of everyone beyond ``top`` as one last row.
    palette : dict, optional
        Name to colour; by default :func:`person_colors` of ``quotes``.
    %(ax)s
    %(kwargs)s
        Here: :meth:`~matplotlib.axes.Axes.scatter` of the quote dots, called
        once per speaker.

    %(returns)s

    Examples
    --------
    >>> import newsanalysis as na
    >>> from newsanalysis import plot
    >>> q = na.analyze("“Great news,” Ann said. “Awful, terrible,” Bob said.").quotes
    >>> ax = plot.speaker_tone(q)
    >>> [t.get_text() for t in ax.get_yticklabels()]  # most positive at the top
    ['Bob (1)', 'Ann (1)']
    >>> plot.plt.close(ax.figure)
    """
    _require(quotes, ["kind", "speaker", "compound"], table="quotes", func="speaker_tone")
    _check_palette(palette, "speaker_tone")
    points, summary = _speaker_tone_frame(quotes, top, who, others)
    ax = _new_axes(ax, (8, 1.2 + 0.42 * max(len(summary), 3)))
    title = "Tone of each person's statements" if who == "person" else "Tone of each speaker's statements"
    _finish(ax, title=title, xlabel="Tone (VADER compound): negative ← 0 → positive", ylabel="")
    ax.set_xlim(-1.05, 1.05)
    if summary.empty:
        return _empty(ax, "No quotes to show")
    names = summary.index.tolist()
    palette = person_colors(quotes, who=who) if palette is None else palette
    colors = _speaker_colors(names, palette)
    rows = {name: i for i, name in enumerate(names)}
    rng = np.random.default_rng(0)  # fixed jitter: the same chart every time
    ax.axvline(0, color=_GREY, linewidth=0.8, zorder=1)
    kwargs = {"s": 36, "alpha": 0.75, "edgecolor": "white", "linewidth": 0.5, **kwargs}
    for name in names:
        c = points.loc[points["speaker"] == name, "compound"].dropna().to_numpy()
        if len(c) > _MAX_DOTS:  # a fixed sample of the dots (the mean is of them all): the file stays small
            c = rng.choice(c, _MAX_DOTS, replace=False)
        y = rows[name] + rng.uniform(-0.18, 0.18, len(c))
        extra = {"alpha": min(kwargs["alpha"], 0.35), "s": min(kwargs["s"], 16)} if name == _OTHER else {}
        ax.scatter(c, y, color=colors[name], zorder=2, **{**kwargs, **extra})
    ax.scatter(summary["mean"], np.arange(len(names)), marker="|", s=500, linewidths=3, color="black",
               zorder=3, label="Mean")
    ax.scatter([], [], color=_GREY, s=36, label="One statement")
    labels = [f"{_OTHER} ({summary.loc[n, 'people']} people, {summary.loc[n, 'quotes']})" if n == _OTHER
              else f"{_shorten(n)} ({summary.loc[n, 'quotes']})" for n in names]
    ax.set_yticks(np.arange(len(names)), labels)
    ax.set_ylim(-0.7, len(names) - 0.3)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize="small", markerscale=0.6,
              title=_COLOR_NOTE.replace("; ", ";\n"), title_fontsize="x-small")
    ax.grid(axis="y", color="#EEEEEE", linewidth=0.8)
    ax.set_axisbelow(True)
    return ax


# --------------------------------------------------------------------------------------------------
# corpus views


_PERIODS = {"D": "day", "W": "week", "MS": "month", "ME": "month", "M": "month", "QS": "quarter", "YS": "year"}


def _t95(n: np.ndarray) -> np.ndarray:
    """Two-sided 95% Student t quantile for ``n - 1`` degrees of freedom (table values, then the normal's 1.96)."""
    table = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262,
             10: 2.228, 12: 2.179, 15: 2.131, 20: 2.086, 30: 2.042, 60: 2.000, 120: 1.980}
    keys = np.array(sorted(table))
    df = np.asarray(n, dtype=float) - 1
    out = np.full(df.shape, np.nan)
    for i, d in enumerate(df):
        if d >= 1:
            k = keys[keys <= d].max()  # the nearest tabled df below: a slightly wider, safe interval
            out[i] = table[int(k)] if d <= 120 else 1.960
    return out


def _tone_over_time_frame(sentences: pd.DataFrame, articles: pd.DataFrame, freq: str | None):
    """(per_article, per_period, n_undated, freq).

    ``per_period`` has one row per bin of the whole span (empty bins kept, as
    NaN, so the line has a gap): date, mean (of the articles' mean sentence
    compound), articles, sentences, low and high (95% Student t interval of
    that mean over the bin's articles; NaN with one article).
    """
    per_article = sentences.groupby("article_id")["compound"].agg(compound="mean", sentences="size")
    dates = articles.drop_duplicates("article_id").set_index("article_id")["date"]
    per_article = per_article.join(dates, how="left")
    n_undated = int(per_article["date"].isna().sum())
    per_article = per_article.dropna(subset=["date"])
    if freq is None:
        freq = _auto_freq(per_article["date"])
    try:
        g = per_article.set_index("date").resample(freq)
        per_period = pd.DataFrame({
            "mean": g["compound"].mean(), "sd": g["compound"].std(ddof=1),
            "articles": g["compound"].count(), "sentences": g["sentences"].sum(),
        })
    except ValueError as exc:
        raise NewsAnalysisError(f"tone_over_time(): freq={freq!r} is not a pandas frequency ({exc})") from None
    half = _t95(per_period["articles"].to_numpy()) * per_period["sd"] / np.sqrt(per_period["articles"].clip(lower=1))
    per_period["low"] = per_period["mean"] - half
    per_period["high"] = per_period["mean"] + half
    per_period = per_period.drop(columns="sd")
    per_period.index.name = "date"
    return per_article.reset_index(), per_period.reset_index(), n_undated, freq


@_fill_doc
def tone_over_time(sentences: pd.DataFrame, articles: pd.DataFrame, *, freq: str | None = None,
                   counts: bool = True, ax=None, **kwargs):
    """Tone of the coverage over time.

    Each article's tone is the mean compound of its sentences; the line is
    the mean of the articles' tones per bin (day, week or month: by default
    the finest that keeps the run's span within 60 bins), with a band for
    the 95% Student t interval of that mean over the bin's articles (none
    with one article). Bins with no article are gaps in the line, not
    zeros. When a bin holds several articles each is also a light dot at its
    date. Undated articles are left out and counted in the title. The
    numbers per bin (including articles per bin) are those of
    ``plot._tone_over_time_frame``.

    Parameters
    ----------
    sentences : pandas.DataFrame
        The sentences table of a corpus run.
    articles : pandas.DataFrame
        The articles table of the same run (for the dates).
    freq : str, optional
        A pandas frequency: ``"D"`` day, ``"W"`` week, ``"MS"`` month, ...;
        None picks one from the span (at most about 60 bins).
    counts : bool
        Draw the number of articles per bin as light bars (right axis, a
        twin of the returned Axes: ``ax.figure.axes``).
    %(ax)s
    %(kwargs)s
        Here: :meth:`~matplotlib.axes.Axes.plot` of the per-period line.

    %(returns)s

    Examples
    --------
    >>> import pandas as pd, newsanalysis as na
    >>> from newsanalysis import plot
    >>> df = pd.DataFrame({"id": ["a", "b"], "date": ["2025-05-01", "2025-05-02"],
    ...                    "text": ["A great win.", "A sad loss."]})
    >>> r = na.analyze(df)
    >>> ax = plot.tone_over_time(r.sentences, r.articles)
    >>> len(ax.lines[-1].get_xdata())  # one point per day
    2
    >>> plot.plt.close(ax.figure)
    """
    _require(sentences, ["article_id", "compound"], table="sentences", func="tone_over_time")
    _require(articles, ["article_id", "date"], table="articles", func="tone_over_time")
    per_article, per_period, n_undated, freq = _tone_over_time_frame(sentences, articles, freq)
    ax = _new_axes(ax, (9, 4.5))
    title = "Tone of the coverage over time"
    if n_undated:
        title += f" ({n_undated} undated article{'s' if n_undated > 1 else ''} left out)"
    _finish(ax, title=title, xlabel="Date", ylabel="Mean tone of sentences (VADER compound)")
    if per_period.empty:
        return _empty(ax, "No dated articles to show")
    ax.axhline(0, color=_GREY, linewidth=0.8, zorder=1)
    if per_period["low"].notna().any():
        ax.fill_between(per_period["date"], per_period["low"], per_period["high"], color=OKABE_ITO[0], alpha=0.18,
                        linewidth=0, zorder=2, label="95% t interval of the mean")
    if len(per_article) > per_period["articles"].gt(0).sum():  # a period holds several articles: their own means show apart
        many = len(per_article) > 200  # hundreds of dots: smaller and lighter, so the line and band read
        ax.scatter(per_article["date"], per_article["compound"], s=10 if many else 30, alpha=0.6 if many else 1.0,
                   color=_LIGHT, linewidth=0, zorder=2, label="One article")
    # else each article is its period's point of the line, and a dot of its own would hide under it
    period = _bin_label(freq)
    kwargs = {"color": OKABE_ITO[0], "linewidth": 2, "marker": "o", "markersize": 4,
              "label": f"Mean of the articles, per {period}",
              **kwargs}
    ax.plot(per_period["date"], per_period["mean"], zorder=3, **kwargs)
    lim = max(0.25, float(np.nanmax(np.abs(per_article["compound"]))) * 1.15)
    ax.set_ylim(-min(lim, 1.05), min(lim, 1.05))
    per_period = per_period[per_period["articles"] > 0] if len(per_period) <= 8 else per_period
    _date_ticks(ax, per_period)
    if counts:
        _count_bars(ax, per_period, period)
    else:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize="small")
    return ax


def _date_ticks(ax, per_period: pd.DataFrame) -> None:
    """The date axis of :func:`tone_over_time`: a tick at each of few periods, with an unambiguous date."""
    if len(per_period) == 1:
        d = per_period["date"].iloc[0]
        ax.set_xlim(d - pd.Timedelta(days=3), d + pd.Timedelta(days=3))
    if len(per_period) <= 8:  # few periods: a tick at each, with an unambiguous date
        dates = per_period["date"].tolist()
        ax.set_xticks(dates, [f"{d.day} {d:%b %Y}" for d in dates])
    else:
        locator = mpl.dates.AutoDateLocator(maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mpl.dates.ConciseDateFormatter(locator))


def _count_bars(ax, per_period: pd.DataFrame, period: str) -> None:
    """Articles per bin: light bars on a twin axis, in the bottom fifth; one legend for both axes."""
    twin = ax.twinx()
    filled = per_period[per_period["articles"] > 0]
    width = (per_period["date"].diff().median() if len(per_period) > 1 else pd.Timedelta(days=1)) * 0.8
    twin.bar(filled["date"], filled["articles"], width=width, color=_LIGHT, alpha=0.45, zorder=0,
             label=f"Articles per {period}")
    twin.set_ylim(0, max(1, filled["articles"].max()) * 5)
    twin.set_ylabel(f"Articles per {period}", color=_GREY)
    twin.tick_params(axis="y", colors=_GREY, labelsize="small")
    twin.yaxis.get_major_locator().set_params(integer=True)
    ax.set_zorder(twin.get_zorder() + 1)
    ax.patch.set_visible(False)
    for side in ("top",):
        twin.spines[side].set_visible(False)
    handles, labels = ax.get_legend_handles_labels()
    h2, l2 = twin.get_legend_handles_labels()
    ax.legend(handles + h2, labels + l2, loc="upper left", bbox_to_anchor=(1.08, 1.0), frameon=False,
              fontsize="small")


def _article_groups(article_ids: pd.Series, articles: pd.DataFrame, by: str, freq: str | None = None) -> pd.Series:
    """The date bin (``YYYY-MM-DD`` of its start) or source of each row's article; ``(no date)`` / ``(no source)``.

    Dates are binned by ``freq`` (None: day, week or month from the run's
    span, at most about 60 bins: see :func:`_auto_freq`).
    """
    groups = articles.drop_duplicates("article_id").set_index("article_id")[by]
    if by == "date":
        groups = pd.to_datetime(groups)
        freq = freq or _auto_freq(groups)
        try:
            start = groups.dt.to_period(freq.rstrip("S") if freq in ("MS", "QS", "YS") else freq).dt.start_time
        except ValueError as exc:
            raise NewsAnalysisError(f"freq={freq!r} is not a pandas frequency ({exc})") from None
        groups = start.dt.strftime("%Y-%m-%d")
    return article_ids.map(groups).astype("string").fillna(f"(no {by})").astype(object)


def _speaker_share_frame(quotes: pd.DataFrame, articles: pd.DataFrame, by: str, top: int,
                         who: str = "person", freq: str | None = None, groups: int | None = 15) -> pd.DataFrame:
    """Rows: groups (date bins or sources); columns: the ``top`` speakers then "Other speakers"; shares sum to 1.

    Sources beyond the ``groups`` with most statements are summed into one
    row "(other sources)", last.
    """
    q = _speech(quotes, who, others=True)
    missing = f"(no {by})"
    q["group"] = _article_groups(q["article_id"], articles, by, freq)
    leaders = [n for n in _ranked(q["speaker"]) if n not in (_NO_SPEAKER, _NOT_PERSON)][:top]
    q["who"] = q["speaker"].where(q["speaker"].isin(leaders), _OTHER)
    table = q.groupby(["group", "who"]).size().unstack("who", fill_value=0)
    cols = [c for c in leaders if c in table.columns] + ([_OTHER] if _OTHER in table.columns else [])
    order = sorted(g for g in table.index if g != missing) + ([missing] if missing in table.index else [])
    table = table.reindex(index=order, columns=cols)
    if by == "source":
        table = _fold_rows(table, groups, _OTHER_GROUPS)
    return table.div(table.sum(axis=1), axis=0)


@_fill_doc
def speaker_share(quotes: pd.DataFrame, articles: pd.DataFrame, *, by: str = "date", top: int = 6,
                  who: str = "person", freq: str | None = None, groups: int = 15,
                  palette: dict[str, str] | None = None, ax=None, **kwargs):
    """Who gets the quotes, per date or per source: shares of each speaker.

    One bar a date (or source) split into the ``top`` most quoted speakers
    of the corpus and "Other speakers" (which includes quotes with no
    speaker found); each bar sums to 100%.

    Parameters
    ----------
    quotes : pandas.DataFrame
        The quotes table of a corpus run.
    articles : pandas.DataFrame
        The articles table of the same run.
    by : {"date", "source"}
        Group the articles by publication date or by source.
    top : int
        Speakers shown by name.
    who : {"person", "speaker"}
        Name the most quoted people (statements of organisations and unnamed
        sources go to "Other speakers"), or every source as written.
    freq : str, optional
        Bin of the dates (``by="date"``): a pandas frequency ("D", "W",
        "MS"); None picks day, week or month from the span (at most about
        60 bars).
    groups : int
        With ``by="source"``, the sources with most statements shown; the
        rest are one bar "(other sources)".
    palette : dict, optional
        Name to colour; by default :func:`person_colors` of ``quotes``.
    %(ax)s
    %(kwargs)s
        Here: :meth:`~matplotlib.axes.Axes.barh`, called once per speaker.

    %(returns)s

    Examples
    --------
    >>> import pandas as pd, newsanalysis as na
    >>> from newsanalysis import plot
    >>> df = pd.DataFrame({"id": ["a", "b"], "source": ["Wire", "Daily"],
    ...                    "text": ["“Yes,” Ann said.", "“No,” Bob said. “Go,” Ann said."]})
    >>> r = na.analyze(df)
    >>> ax = plot.speaker_share(r.quotes, r.articles, by="source")
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['Daily', 'Wire']
    >>> plot.plt.close(ax.figure)
    """
    if by not in ("date", "source"):
        raise NewsAnalysisError(f"speaker_share(): by must be 'date' or 'source', not {by!r}")
    _require(quotes, ["article_id", "kind", "speaker"], table="quotes", func="speaker_share")
    _require(articles, ["article_id", by], table="articles", func="speaker_share")
    _check_palette(palette, "speaker_share")
    share = _speaker_share_frame(quotes, articles, by, top, who, freq, groups)
    ax = _new_axes(ax, (9, min(1.4 + 0.45 * max(len(share), 2), 11.5)))
    _finish(ax, title=f"Share of statements by {'person' if who == 'person' else 'speaker'}, per {by}",
            xlabel="Share of the statements (%)",
            ylabel="Date" if by == "date" else "Source")
    if share.empty:
        return _empty(ax, "No quotes to show")
    palette = person_colors(quotes, who=who) if palette is None else palette
    colors = _speaker_colors(share.columns.tolist(), palette)
    y = np.arange(len(share))[::-1]  # first group at the top
    left = np.zeros(len(share))
    kwargs = {"height": 0.7, "edgecolor": "white", "linewidth": 0.6, **kwargs}
    for who in share.columns:
        widths = 100 * share[who].to_numpy()
        ax.barh(y, widths, left=left, color=colors[who], label=_shorten(who), **kwargs)
        left += widths
    ax.set_yticks(y, [_shorten(g, 30) for g in share.index])
    ax.set_xlim(0, 100)
    ax.legend(title=_COLOR_NOTE.replace("; ", ";\n"), loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
              fontsize="small", title_fontsize="x-small")
    return ax


# --------------------------------------------------------------------------------------------------
# a person over time


def _person_timeline_frame(quotes: pd.DataFrame, articles: pd.DataFrame, person: str,
                           freq: str | None) -> tuple[pd.DataFrame, str]:
    """(per_period, freq): one row a bin of the run's span: date, statements, articles, mean (compound).

    The bins cover the dates of the whole run (so two people's timelines line
    up); a bin without a statement of ``person`` has 0 statements and a
    missing mean.
    """
    q = _speech(quotes, "person")
    q = q[q["speaker"] == person]
    dates = pd.to_datetime(articles.drop_duplicates("article_id").set_index("article_id")["date"])
    span = dates.dropna()
    freq = freq or _auto_freq(span)
    q = q.assign(date=q["article_id"].map(dates)).dropna(subset=["date"])
    try:
        ref = pd.Series(0, index=span.sort_values().to_numpy()).resample(freq).size()  # the run's bins
        g = q.set_index("date").resample(freq)
        per = pd.DataFrame({"statements": g.size(), "articles": g["article_id"].nunique(),
                            "mean": g["compound"].mean()})
    except ValueError as exc:
        raise NewsAnalysisError(f"person_timeline(): freq={freq!r} is not a pandas frequency ({exc})") from None
    per = per.reindex(per.index.union(ref.index))
    per[["statements", "articles"]] = per[["statements", "articles"]].fillna(0).astype(int)
    per.index.name = "date"
    return per.reset_index(), freq


@_fill_doc
def person_timeline(quotes: pd.DataFrame, person: str, *, articles: pd.DataFrame, freq: str | None = None,
                    palette: dict[str, str] | None = None, ax=None, **kwargs):
    """One person over time: their statements per bin (bars) and the mean tone of them (line).

    Bars count the person's statements per day, week or month (by default
    the finest that keeps the run's span within 60 bins, the bins of the
    other date charts), in the person's colour of the run; the line, on the
    right axis, is the mean VADER compound of those statements, with a gap
    where the person was not quoted.

    Parameters
    ----------
    quotes : pandas.DataFrame
        The quotes table of a run (``person`` linked across it).
    person : str
        The person, as the ``person`` column (and ``result.people``) names them.
    articles : pandas.DataFrame
        The articles table of the same run (for the dates).
    freq : str, optional
        A pandas frequency ("D", "W", "MS"); None picks one from the span.
    palette : dict, optional
        Name to colour; by default :func:`person_colors` of ``quotes``.
    %(ax)s
    %(kwargs)s
        Here: :meth:`~matplotlib.axes.Axes.bar` of the statements per bin.

    %(returns)s

    Examples
    --------
    >>> import pandas as pd, newsanalysis as na
    >>> from newsanalysis import plot
    >>> df = pd.DataFrame({"id": ["a", "b"], "date": ["2025-05-01", "2025-05-03"],
    ...                    "text": ["“A great win,” Ann Lee said.", "“Sad,” Ann Lee said. “Fine,” Ann Lee said."]})
    >>> r = na.analyze(df)
    >>> ax = plot.person_timeline(r.quotes, "Ann Lee", articles=r.articles)
    >>> [int(p.get_height()) for p in ax.patches]  # statements on 1, 2 and 3 May
    [1, 0, 2]
    >>> plot.plt.close(ax.figure)
    """
    _require(quotes, ["article_id", "kind", "speaker", "person", "compound"], table="quotes",
             func="person_timeline")
    _require(articles, ["article_id", "date"], table="articles", func="person_timeline")
    _check_palette(palette, "person_timeline")
    per, freq = _person_timeline_frame(quotes, articles, person, freq)
    period = _bin_label(freq)
    ax = _new_axes(ax, (9, 3.6))
    n = int(per["statements"].sum())
    _finish(ax, title=f"{_shorten(person, 40)}: {n} statement{'s' if n != 1 else ''}, per {period}",
            xlabel="Date", ylabel=f"Statements per {period}")
    if per.empty or n == 0:
        return _empty(ax, f"No dated statements of {_shorten(person, 40)}")
    palette = person_colors(quotes) if palette is None else palette
    color = palette.get(person, _GREY)
    width = (per["date"].diff().median() if len(per) > 1 else pd.Timedelta(days=1)) * 0.85
    kwargs = {"color": color, "alpha": 0.85, "width": width, "label": f"Statements per {period}", **kwargs}
    ax.bar(per["date"], per["statements"], **kwargs)
    ax.yaxis.get_major_locator().set_params(integer=True)
    twin = ax.twinx()
    twin.axhline(0, color=_LIGHT, linewidth=0.8)
    twin.plot(per["date"], per["mean"], color="#333333", linewidth=1.6, marker="o", markersize=3,
              label="Mean tone (VADER compound)")
    twin.set_ylim(-1.05, 1.05)
    twin.set_ylabel("Mean tone (right)", color="#333333")
    twin.spines["top"].set_visible(False)
    locator = mpl.dates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mpl.dates.ConciseDateFormatter(locator))
    handles, labels = ax.get_legend_handles_labels()
    h2, l2 = twin.get_legend_handles_labels()
    ax.legend(handles + h2, labels + l2, loc="upper left", bbox_to_anchor=(1.08, 1.0), frameon=False,
              fontsize="small", title=_COLOR_NOTE.replace("; ", ";\n"), title_fontsize="x-small")
    return ax


# --------------------------------------------------------------------------------------------------
# quotes that travelled


@_fill_doc
def quotes_travelled(clusters: pd.DataFrame, *, top: int = 12, min_outlets: int = 2,
                     palette: dict[str, str] | None = None, ax=None, **kwargs):
    """Quotes that travelled: one bar a cluster of :func:`newsanalysis.quote_reuse`, in most articles.

    Each bar is the number of articles that carry the same (or nearly the
    same) quoted words, in the colour of the person most of them name (the
    run's colours: pass ``palette=person_colors(quotes)``; grey beyond the
    palette); its label is the start of the words and the person, and the
    text at its end the number of outlets and where and when it was first
    seen. Only clusters in at least ``min_outlets`` outlets are drawn.

    Parameters
    ----------
    clusters : pandas.DataFrame
        The first table :func:`newsanalysis.quote_reuse` returns.
    top : int
        Bars for the ``top`` clusters (most articles, then most outlets); the
        title says how many more there are.
    min_outlets : int
        Draw clusters seen in at least this many outlets.
    palette : dict, optional
        Person to colour (:func:`person_colors` of the run's quotes); by
        default the clusters' people in order of their number of clusters.
    %(ax)s
    %(kwargs)s
        Here: :meth:`~matplotlib.axes.Axes.barh`.

    %(returns)s

    Examples
    --------
    >>> import pandas as pd, newsanalysis as na
    >>> from newsanalysis import plot
    >>> df = pd.DataFrame({"id": ["a", "b"], "source": ["Wire", "Daily"], "date": ["2016-05-01", "2016-05-02"],
    ...     "text": ["“We will build the new bridge next year,” Ann Lee said.",
    ...              "“We will build the new bridge next year!” said Ann Lee."]})
    >>> r = na.analyze(df)
    >>> clusters, _ = na.quote_reuse(r.quotes, r.articles)
    >>> ax = plot.quotes_travelled(clusters, palette=na.person_colors(r.quotes))
    >>> [int(p.get_width()) for p in ax.patches], ax.get_yticklabels()[0].get_text()
    ([2], '“We will build the new bridge next year,” (Ann Lee)')
    >>> plot.plt.close(ax.figure)
    """
    _require(clusters, ["words", "person", "n_articles", "n_outlets", "first_outlet", "first_date"],
             table="clusters", func="quotes_travelled")
    _check_palette(palette, "quotes_travelled")
    if not isinstance(top, (int, np.integer)) or top < 1:
        raise NewsAnalysisError(f"quotes_travelled(): top must be a whole number >= 1, not {top!r}")
    c = clusters[clusters["n_outlets"] >= min_outlets]
    c = c.sort_values(["n_articles", "n_outlets"], ascending=False, kind="stable")
    shown, rest = c.head(top), len(c) - min(len(c), top)
    ax = _new_axes(ax, (9, 1.3 + 0.42 * max(len(shown), 3)))
    title = f"The same words in {min_outlets}+ outlets" + (f": top {top} of {len(c)}" if rest else f": {len(c)}")
    _finish(ax, title=title, xlabel=f"Articles that carry the words\n{_COLOR_NOTE}", ylabel="")
    if shown.empty:
        return _empty(ax, f"No quoted words found in {min_outlets} or more outlets")
    if palette is None:
        palette = _speaker_colors(_ranked(c["person"].dropna().astype(str)))
    y = np.arange(len(shown))[::-1]
    colors = [palette.get(p, _GREY) if isinstance(p, str) else _GREY for p in shown["person"]]
    kwargs = {"height": 0.7, **kwargs}
    ax.barh(y, shown["n_articles"].to_numpy(), color=colors, **kwargs)
    for yi, row in zip(y, shown.itertuples()):
        first = f"{row.first_outlet}, {row.first_date:%d %b %Y}" if not pd.isna(row.first_date) else f"{row.first_outlet}"
        ax.text(row.n_articles, yi, f"  {row.n_outlets} outlets; first: {first}", va="center", fontsize="small",
                color="#333333")
    labels = [f"“{_shorten(t, 44)}”" + (f" ({_shorten(p, 22)})" if isinstance(p, str) else "")
              for t, p in zip(shown["words"], shown["person"])]
    ax.set_yticks(y, labels)
    ax.set_xlim(0, shown["n_articles"].max() * 1.75)
    ax.xaxis.get_major_locator().set_params(integer=True)
    return ax


# --------------------------------------------------------------------------------------------------
# gender share


def _gender_share_frame(
    quotes: pd.DataFrame, people: pd.DataFrame, articles: pd.DataFrame, by: str, freq: str | None = None,
    groups: int | None = 15,
) -> tuple[pd.DataFrame, pd.Series]:
    """(shares, counts): per group (source or date), the share of people's statements by gender, and how many."""
    q = _speech(quotes, "person")
    gender = dict(zip(people["person"].astype(str), people["gender"].astype(str)))
    q["gender"] = q["speaker"].map(gender).fillna("unknown")
    missing = f"(no {by})"
    q["group"] = _article_groups(q["article_id"], articles, by, freq)
    table = q.groupby(["group", "gender"]).size().unstack("gender", fill_value=0)
    table = table.reindex(columns=[g for g in GENDER_COLORS if g in table.columns])
    order = sorted(g for g in table.index if g != missing) + ([missing] if missing in table.index else [])
    table = table.reindex(index=order)
    if by == "source":
        table = _fold_rows(table, groups, _OTHER_GROUPS)
    return table.div(table.sum(axis=1), axis=0), table.sum(axis=1)


@_fill_doc
def gender_share(quotes: pd.DataFrame, people: pd.DataFrame, articles: pd.DataFrame, *, by: str = "source",
                 freq: str | None = None, groups: int = 15, ax=None, **kwargs):
    """Whose voices: the share of people's statements by gender, per source or per date.

    Counts the statements of named people (organisations and unnamed
    sources are left out) by ``people.gender``: ``female``, ``male`` and
    ``unknown`` (where neither the articles nor the given name tell; see the
    README). Each bar sums to 100%; the number of statements is at its end.

    Parameters
    ----------
    quotes : pandas.DataFrame
        The quotes table of a run (``person`` linked across it).
    people : pandas.DataFrame
        The people table of the same run (``result.people``).
    articles : pandas.DataFrame
        The articles table.
    by : {"source", "date"}
        Group the articles by source (outlet) or publication date.
    freq : str, optional
        Bin of the dates (``by="date"``); None picks day, week or month
        from the span (at most about 60 bars).
    groups : int
        With ``by="source"``, the sources with most statements shown; the
        rest are one bar "(other sources)".
    %(ax)s
    %(kwargs)s
        Here: :meth:`~matplotlib.axes.Axes.barh`, called once per gender.

    %(returns)s

    Examples
    --------
    >>> import pandas as pd, newsanalysis as na
    >>> from newsanalysis import plot
    >>> df = pd.DataFrame({"id": ["a", "b"], "source": ["Wire", "Daily"],
    ...                    "text": ["“Yes,” Mr. Tom Hart said.", "“No,” Ms. Ann Lee said. “Go,” Mr. Hart said."]})
    >>> r = na.analyze(df)
    >>> ax = plot.gender_share(r.quotes, r.people, r.articles)
    >>> [t.get_text() for t in ax.get_yticklabels()], [c.get_label() for c in ax.containers]
    (['Daily', 'Wire'], ['female', 'male'])
    >>> plot.plt.close(ax.figure)
    """
    if by not in ("date", "source"):
        raise NewsAnalysisError(f"gender_share(): by must be 'date' or 'source', not {by!r}")
    _require(quotes, ["article_id", "kind", "person"], table="quotes", func="gender_share")
    _require(people, ["person", "gender"], table="people", func="gender_share")
    _require(articles, ["article_id", by], table="articles", func="gender_share")
    share, counts = _gender_share_frame(quotes, people, articles, by, freq, groups)
    ax = _new_axes(ax, (9, min(1.4 + 0.45 * max(len(share), 2), 11.5)))
    _finish(ax, title=f"Share of people's statements by gender, per {by}", xlabel="Share of the statements (%)",
            ylabel="Date" if by == "date" else "Source")
    if share.empty:
        return _empty(ax, "No quotes of named people to show")
    y = np.arange(len(share))[::-1]
    left = np.zeros(len(share))
    kwargs = {"height": 0.7, "edgecolor": "white", "linewidth": 0.6, **kwargs}
    for g in share.columns:
        widths = 100 * share[g].fillna(0).to_numpy()
        ax.barh(y, widths, left=left, color=GENDER_COLORS[g], label=g, **kwargs)
        left += widths
    for yi, group in zip(y, share.index):
        ax.text(101, yi, f"n={int(counts[group])}", va="center", fontsize="small", color="#333333")
    ax.set_yticks(y, [_shorten(g, 30) for g in share.index])
    ax.set_xlim(0, 100)
    ax.legend(title="Gender", loc="upper left", bbox_to_anchor=(1.08, 1.0), frameon=False, fontsize="small")
    return ax


# --------------------------------------------------------------------------------------------------
# style and export

_REPORT_RC = {
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.labelsize": 11,
    "xtick.labelsize": 10,
    "ytick.labelsize": 10,
    "legend.fontsize": 10,
    "axes.prop_cycle": mpl.cycler(color=list(OKABE_ITO)),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlelocation": "left",
    "axes.titleweight": "bold",
    "figure.dpi": 100,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "savefig.bbox": "tight",
    "figure.constrained_layout.use": True,
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
}


@contextlib.contextmanager
def report_style(**overrides) -> Iterator[dict]:
    """A report look for the charts drawn inside the ``with`` block; everything is restored on exit.

    Sets readable font sizes, the colour-blind-safe Okabe-Ito palette as the
    colour cycle, constrained (non-overlapping) layout, and embeddable fonts
    in SVG/PDF. Only matplotlib's ``rcParams`` are touched, and they are
    restored on exit, even on error (the backend and interactive mode,
    which Jupyter may switch on inside the block, are left as they are).

    Parameters
    ----------
    **overrides
        Further ``rcParams`` to set (e.g. ``{"font.family": "serif"}`` as
        keyword arguments: ``report_style(**{"font.family": "serif"})``).

    Yields
    ------
    dict
        The rcParams set.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> from newsanalysis import plot
    >>> before = mpl.rcParams["font.size"]
    >>> with plot.report_style():
    ...     mpl.rcParams["font.size"]
    11.0
    >>> mpl.rcParams["font.size"] == before
    True
    """
    rc = {**_REPORT_RC, **overrides}
    # like matplotlib.rc_context, except that the backend and interactive mode are left as they are
    # at the end: Jupyter's inline backend switches interactive mode on when the first figure is made
    # (possibly inside this block), and restoring it would stop later charts from showing.
    saved = {k: v for k, v in dict.items(mpl.rcParams) if k not in ("backend", "interactive")}
    try:
        mpl.rcParams.update(rc)
        yield rc
    finally:
        dict.update(mpl.rcParams, saved)


_FORMATS = ("png", "svg", "pdf")


def save_figure(fig, path: str | Path, formats: Sequence[str] | str = ("png", "svg", "pdf"), dpi: int = 200) -> list[Path]:
    """Write a figure in every format asked for; return the paths written.

    Parameters
    ----------
    fig : matplotlib.figure.Figure or matplotlib.axes.Axes
        The figure (or an Axes of it).
    path : str or pathlib.Path
        File path without suffix (a suffix given is replaced by each format's).
        Missing folders are created.
    formats : sequence of str or str
        Any of ``"png"``, ``"svg"``, ``"pdf"`` (or a comma-separated string).
    dpi : int
        Resolution of raster formats.

    Returns
    -------
    list of pathlib.Path

    Examples
    --------
    >>> import tempfile, pathlib
    >>> import matplotlib.pyplot as plt
    >>> from newsanalysis import plot
    >>> fig, ax = plt.subplots()
    >>> paths = plot.save_figure(fig, pathlib.Path(tempfile.mkdtemp()) / "chart", formats=("png", "svg"))
    >>> [p.name for p in paths]
    ['chart.png', 'chart.svg']
    >>> plt.close(fig)
    """
    formats = parse_formats(formats)
    if hasattr(fig, "figure") and not hasattr(fig, "savefig"):
        fig = fig.figure
    if not hasattr(fig, "savefig"):
        raise NewsAnalysisError(f"save_figure() needs a matplotlib Figure or Axes, not {type(fig).__name__}")
    path = Path(path)
    if path.suffix.lower().lstrip(".") in _FORMATS:
        path = path.with_suffix("")
    path.parent.mkdir(parents=True, exist_ok=True)
    out = []
    for fmt in formats:
        target = path.with_name(f"{path.name}.{fmt}")
        metadata = {"svg": {"Date": None}, "pdf": {"CreationDate": None}}.get(fmt)
        fig.savefig(target, format=fmt, dpi=dpi, bbox_inches="tight", metadata=metadata)
        out.append(target)
    return out


def parse_formats(formats: Sequence[str] | str) -> tuple[str, ...]:
    """Chart formats from a list or a comma-separated str, checked and without repeats.

    Examples
    --------
    >>> parse_formats("PNG, svg,png")
    ('png', 'svg')
    """
    if isinstance(formats, str):
        formats = [f for f in formats.split(",")]
    clean = tuple(dict.fromkeys(f.strip().lower().lstrip(".") for f in formats if f.strip()))
    bad = [f for f in clean if f not in _FORMATS]
    if bad or not clean:
        raise NewsAnalysisError(
            f"unknown chart format(s) {', '.join(map(repr, bad)) or '(none given)'}; choose from png, svg, pdf"
        )
    return clean
