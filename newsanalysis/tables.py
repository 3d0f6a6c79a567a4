"""Tables: one article's stages joined into the rows of the tidy tables.

:func:`article_records` runs segmentation, quotes, speakers and tone on one
:class:`~newsanalysis.load.Article` and returns plain column lists (cheap to
pickle and to concatenate); :func:`build_tables` turns many of them into
DataFrames typed by :mod:`newsanalysis.schema`; :class:`AnalysisResult` holds
the tables and writes them out.
"""

from __future__ import annotations

import numbers
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import persons, schema, segment, speakers, tone
from .attribution import Quote, find_quotes_styled
from .attribution.lexicon import quote_cue_type
from .compat import renamed_columns, with_old_names
from .errors import MissingDependencyError, NewsAnalysisError
from .inputs.folders import warn_if_path
from .load import Article, article_from_text
from .outfolder import atomic_write, escape_formula_cells, write_tables
from .speech import MARKED_KINDS, SPEECH_KINDS, missing, quotable, reusing_statements, statements, top_level

__all__ = [
    "AnalysisResult",
    "article_records",
    "build_tables",
    "compare_outlets",
    "missing",
    "quotable",
    "quotes",
    "reusing_statements",
    "statements",
]


Records = dict[str, dict[str, list]]
_GENDER = {"f": "female", "m": "male"}


def _new_records() -> Records:
    return {name: {col: [] for col in cols} for name, cols in schema.SCHEMAS.items()}


def article_records(article: Article, rules: Iterable[str] | None = None, *, sentence_tone: bool = True) -> Records:
    """Analyse one article into column lists for each table (errors table empty).

    ``rules`` names the quote rules to use (default all: see :data:`newsanalysis.attribution.RULES`).
    With ``sentence_tone=False`` (for callers that keep no sentences table)
    the sentences are not scored and their tone columns are NaN.

    Examples
    --------
    >>> from newsanalysis.load import article_from_text
    >>> rec = article_records(article_from_text("“We won,” Ann Lee said. It rained.", id="a"))
    >>> rec["sentences"]["text"]
    ['“We won,” Ann Lee said.', 'It rained.']
    >>> rec["quotes"]["text"], rec["quotes"]["speaker"]
    (['We won,'], ['Ann Lee'])
    """
    rec = _new_records()
    text, sents, found, quote_style, people, stmt = _found(article.text, rules)
    sent_texts = [text[s:e] for s, e, _ in sents]
    quote_texts = [text[q.start : q.end] for q in found]
    sent_scores, quote_scores = _tones(sent_texts, quote_texts, sentence_tone)
    _quote_columns(rec["quotes"], article.id, sents, found, stmt, quote_texts, quote_scores)
    _sentence_columns(rec["sentences"], article.id, sents, found, sent_texts, sent_scores)
    _speaker_columns(rec["speakers"], article.id, people, found, stmt, quote_scores)
    n_statements = max((i for i in stmt if i is not None), default=-1) + 1
    _article_columns(rec["articles"], article, len(sents), n_statements, quote_style)
    return rec


def _found(original: str, rules: Iterable[str] | None) -> tuple:
    """The text, sentences, quotes, quote style, people and statement ids of an article, offsets as written.

    Names are read in NFC ("José" written with a combining accent is one word); offsets and the
    texts in the tables are the original's.
    """
    text, back = nfc_with_offsets(original)
    sents = segment.sentence_spans(text)
    found, quote_style = find_quotes_styled(text, sents, rules)
    people = speakers.attribute(text, found, sents, rules)
    stmt = _statement_ids(text, found)
    if back is not None:
        sents = [(back[s], back[e], p) for s, e, p in sents]
        for q in found:
            q.start, q.end = back[q.start], back[q.end]
            if q.speaker_start is not None:
                q.speaker_start, q.speaker_end = back[q.speaker_start], back[q.speaker_end]
                q.speaker_mention = original[q.speaker_start : q.speaker_end]  # as written
        for person in people:
            person.first_mention = back[person.first_mention]
        text = original
    return text, sents, found, quote_style, people, stmt


def _tones(sent_texts: list[str], quote_texts: list[str], sentence_tone: bool) -> tuple[list, list]:
    """Tone of sentences and quotes in one pass (a quote that is a whole sentence is scored once).

    Without ``sentence_tone`` the sentences are not scored: their scores are NaN.
    """
    scored = sent_texts if sentence_tone else []
    scores = tone.polarity_many(scored + quote_texts)
    sent_scores, quote_scores = scores[: len(scored)], scores[len(scored) :]
    if not sentence_tone:
        sent_scores = [(float("nan"),) * 4] * len(sent_texts)
    return sent_scores, quote_scores


def _quote_columns(qcols: dict, aid, sents: list, found: list, stmt: list, quote_texts: list, quote_scores: list) -> None:
    """Fill the quotes table's columns (built column by column: this runs for every article of a corpus)."""
    starts = [s for s, _, _ in sents]
    nq = len(found)
    qcols["article_id"] = [aid] * nq
    qcols["quote"] = list(range(nq))
    qcols["statement"] = stmt
    qcols["start"] = [q.start for q in found]
    qcols["end"] = [q.end for q in found]
    qcols["text"] = quote_texts
    qcols["kind"] = [q.kind for q in found]
    qcols["speaker"] = [q.speaker for q in found]
    qcols["person"] = [q.person for q in found]
    qcols["source_kind"] = [q.source_kind for q in found]
    qcols["affiliation"] = [q.affiliation for q in found]
    qcols["speaker_mention"] = [q.speaker_mention for q in found]
    qcols["speaker_start"] = [q.speaker_start for q in found]
    qcols["speaker_end"] = [q.speaker_end for q in found]
    qcols["cue"] = [q.cue for q in found]
    qcols["cue_type"] = [quote_cue_type(q.cue, q.kind, t) for q, t in zip(found, quote_texts)]
    qcols["rule"] = [q.rule for q in found]
    qcols["speaker_rule"] = [q.speaker_rule if q.speaker is not None else None for q in found]
    qcols["sentence"] = [max(0, bisect_right(starts, q.start) - 1) for q in found]
    for k, col in enumerate(schema.TONE):
        qcols[col] = [sc[k] for sc in quote_scores]


def _sentence_columns(scols: dict, aid, sents: list, found: list, sent_texts: list, sent_scores: list) -> None:
    """Fill the sentences table's columns: share of characters inside marked (and reported) quotes, and whose."""
    marked = sorted((q.start, q.end, q.speaker) for q in found if q.kind in MARKED_KINDS)
    n = len(sents)
    scols["article_id"] = [aid] * n
    scols["paragraph"] = [p for _, _, p in sents]
    scols["sentence"] = list(range(n))
    scols["start"] = [s for s, _, _ in sents]
    scols["end"] = [e for _, e, _ in sents]
    scols["text"] = sent_texts
    for k, col in enumerate(schema.TONE):
        scols[col] = [sc[k] for sc in sent_scores]
    reported = sorted((q.start, q.end, q.speaker) for q in found if q.kind == "indirect")
    for share_col, who_col, spans in (("in_quote", "speaker", marked), ("reported", "reported_speaker", reported)):
        _share_and_whose(sents, spans, scols[share_col], scols[who_col])


def _share_and_whose(sents: list, spans: list, share: list, whose: list) -> None:
    """Append to ``share`` each sentence's share of characters inside ``spans``, to ``whose`` the speaker of most."""
    first = 0  # spans before ``first`` end before the current sentence (linear, not quadratic)
    for s, e, _ in sents:
        while first < len(spans) and spans[first][1] <= s:
            first += 1
        inside = 0
        by_speaker: dict[str | None, int] = {}
        for j in range(first, len(spans)):
            qs, qe, who = spans[j]
            if qs >= e:
                break
            ov = min(e, qe) - max(s, qs)
            if ov > 0:
                inside += ov
                by_speaker[who] = by_speaker.get(who, 0) + ov
        share.append(min(1.0, inside / (e - s)) if e > s else 0.0)
        whose.append(max(by_speaker, key=by_speaker.get) if by_speaker else None)


def _speaker_columns(pcols: dict, aid, people: list, found: list, stmt: list, quote_scores: list) -> None:
    """Fill the speakers table's columns: each person's statements and the mean compound of them."""
    by_person: dict[str, list[float]] = {}
    for who, compound in _statement_tone(found, stmt, [sc[3] for sc in quote_scores]):
        if who:
            by_person.setdefault(who, []).append(compound)
    for person in people:
        compounds = by_person.get(person.name, [])
        pcols["article_id"].append(aid)
        pcols["speaker"].append(person.name)
        pcols["person"].append(person.name if person.kind == "person" else None)
        pcols["kind"].append(person.kind)
        pcols["gender"].append(_GENDER.get(person.gender) if person.kind == "person" else None)
        pcols["title"].append(person.title)
        pcols["roles"].append(" ".join(sorted(person.written)) if person.kind == "person" and person.written else None)
        pcols["aliases"].append(schema.ALIAS_SEP.join(person.aliases))
        pcols["mentions"].append(person.mentions)
        pcols["statements"].append(len(compounds))
        pcols["first_mention"].append(person.first_mention)
        pcols["mean_compound"].append(sum(compounds) / len(compounds) if compounds else float("nan"))


def _article_columns(acols: dict, article: Article, n_sentences: int, n_statements: int, quote_style) -> None:
    """Append the article's row to the articles table's columns."""
    for col, v in (
        ("article_id", article.id),
        ("title", article.title),
        ("date", article.date),
        ("source", article.source),
        ("path", article.path),
        ("encoding", article.encoding),
        *_export_fields(article.meta),
        ("n_sentences", n_sentences),
        ("n_statements", n_statements),
        ("quote_style", quote_style),
    ):
        acols[col].append(v)


def _export_fields(meta: dict) -> list[tuple[str, object]]:
    """``byline``, ``section``, ``length_words``, ``export`` and ``duplicate_of`` of an article's metadata.

    They come from a news-database export (:mod:`newsanalysis.inputs.exports`), from
    columns of the same names in a table of articles, and (``duplicate_of``) from the run.

    Examples
    --------
    >>> _export_fields({"byline": "Ann Lee", "length_words": "1,204 words", "export": "factiva"})
    [('byline', 'Ann Lee'), ('section', None), ('length_words', 1204), ('export', 'factiva'), ('duplicate_of', None)]
    """
    out: list[tuple[str, object]] = []
    for key in ("byline", "section", "export", "duplicate_of"):
        v = meta.get(key) if meta else None
        out.append((key, None if v is None or v != v or not str(v).strip() else " ".join(str(v).split())))
    n = meta.get("length_words") if meta else None
    if isinstance(n, str):
        digits = "".join(c for c in n.split("word")[0] if c.isdigit())
        n = int(digits) if digits and len(digits) < 12 else None
    elif isinstance(n, bool) or not isinstance(n, numbers.Real):
        n = None
    elif isinstance(n, numbers.Integral):
        n = int(n)
    else:
        n = int(n) if n == n and abs(n) < 1e12 else None
    out.insert(2, ("length_words", n))
    return out


def nfc_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """``text`` in Unicode NFC, and the offset in ``text`` of each offset of the result.

    Returns ``(text, None)`` when ``text`` is already NFC (the common case,
    checked in C). Otherwise each starter character and the combining marks
    after it are composed on their own, so that every offset of the result,
    and the offset just past its end, maps to the start of the same
    character in ``text``.

    Examples
    --------
    >>> import unicodedata
    >>> nfd = unicodedata.normalize("NFD", "José Müller")
    >>> len(nfd)
    13
    >>> nfc, back = nfc_with_offsets(nfd)
    >>> nfc, back[5], back[11]
    ('José Müller', 6, 13)
    >>> nfc_with_offsets("plain")
    ('plain', None)
    """
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text, None
    pieces: list[str] = []
    back: list[int] = []
    n = len(text)
    i = 0
    combining = unicodedata.combining
    while i < n:
        j = i + 1
        while j < n and combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j]) if j > i + 1 or not text[i].isascii() else text[i]
        pieces.append(piece)
        back.extend([i] * len(piece))
        i = j
    back.append(n)
    return "".join(pieces), back


_OPEN_MARKS = "\"“'`"


def _statement_ids(text: str, found: list[Quote]) -> list[int | None]:
    """The statement index of each quote (None for ``mention`` rows).

    Speech rows, in text order, that rest on the same speaker mention and cue
    and have no paragraph break between them are one statement: the halves of
    a quote split around its attribution, a reported clause and the quoted
    fragments inside it. The halves of a split quote stay one statement when
    the attribution between them reports something of its own (``“A,” Lee
    said, noting that taxes fell. “B.”``: the noted clause is a statement
    of its own, inside the quote's).
    """
    ids: list[int | None] = [None] * len(found)
    n, cur, last, last_end = -1, -1, None, 0
    # the last direct row while only indirect rows follow it: (speaker offsets, cue), statement, end
    open_direct: tuple[tuple, int, int] | None = None
    for start, end, i in sorted((q.start, q.end, i) for i, q in enumerate(found) if q.kind in SPEECH_KINDS):
        q = found[i]
        key = (q.speaker_start, q.speaker_end, q.cue)
        if (
            last is not None
            and q.speaker_start is not None
            and key == (last.speaker_start, last.speaker_end, last.cue)
            and "\n" not in text[min(last_end, start) : max(last_end, start)]
        ):
            last_end = max(last_end, end)
        elif (
            q.kind == "direct"
            and open_direct is not None
            and open_direct[0] == key
            and q.speaker_start is not None
            and "\n" not in text[open_direct[2] : start]
            and text[max(0, start - 4) : start].rstrip(_OPEN_MARKS + " ")[-1:] in (".", "!", "?")
        ):
            cur, last_end = open_direct[1], end  # a new sentence of the quote, past a clause of its own
        else:
            n += 1
            cur, last_end = n, end
        ids[i], last = cur, q
        if q.kind == "direct":
            open_direct = (key, cur, end)
        elif q.kind != "indirect":
            open_direct = None
    return ids


def _statement_tone(found: list[Quote], stmt: list[int | None], compounds: list[float]):
    """``(speaker, compound)`` of each statement: the mean compound of its top-level rows."""
    groups: dict[int, list[int]] = {}
    for i, k in enumerate(stmt):
        if k is not None:
            groups.setdefault(k, []).append(i)
    for rows in groups.values():
        top = [rows[j] for j in top_level([(found[i].start, found[i].end) for i in rows])]
        yield found[rows[0]].speaker, sum(compounds[i] for i in top) / len(top)


def error_records(article_id: str, path: str | None, error: str, kind: str = "error") -> Records:
    """Records holding one row of the errors table (``kind`` ``error``: not analysed; ``warning``: analysed)."""
    rec = _new_records()
    rec["errors"]["article_id"].append(article_id)
    rec["errors"]["path"].append(path)
    rec["errors"]["error"].append(error)
    rec["errors"]["kind"].append(kind)
    return rec


def merge_records(parts: Iterable[Records]) -> Records:
    """Concatenate the column lists of many records."""
    out = _new_records()
    for part in parts:
        for name, cols in part.items():
            target = out[name]
            for col, values in cols.items():
                target[col].extend(values)
    return out


def build_tables(records: Records) -> dict[str, pd.DataFrame]:
    """Turn (merged) records into the typed DataFrames of :mod:`newsanalysis.schema`."""
    return {name: schema.to_frame(records[name], cols) for name, cols in schema.SCHEMAS.items()}


@dataclass
class AnalysisResult:
    """The tables of one analysis run.

    Attributes
    ----------
    articles, sentences, quotes, speakers, errors : pandas.DataFrame
        The tables; their columns and dtypes are listed in
        :mod:`newsanalysis.schema` and the README. Until 0.6, the 0.4 names
        ``articles.n_quotes`` and ``speakers.quotes`` still read
        ``n_statements`` and ``statements``, with a FutureWarning
        (:mod:`newsanalysis.compat`).
    """

    articles: pd.DataFrame = field(default_factory=lambda: schema.empty_frame(schema.ARTICLES))
    sentences: pd.DataFrame = field(default_factory=lambda: schema.empty_frame(schema.SENTENCES))
    quotes: pd.DataFrame = field(default_factory=lambda: schema.empty_frame(schema.QUOTES))
    speakers: pd.DataFrame = field(default_factory=lambda: schema.empty_frame(schema.SPEAKERS))
    errors: pd.DataFrame = field(default_factory=lambda: schema.empty_frame(schema.ERRORS))
    aliases: dict[str, str] = field(default_factory=dict, repr=False)

    def __setattr__(self, name: str, value: object) -> None:
        if name in ("articles", "speakers", "errors") and isinstance(value, pd.DataFrame):
            # a table 0.4 wrote gets the new names; the old names still read, with a warning
            value = with_old_names(renamed_columns(value, name), name)
        super().__setattr__(name, value)

    @property
    def people(self) -> pd.DataFrame:
        """One row a named person across the run: see :func:`newsanalysis.people`."""
        return persons.people(self.quotes, self.speakers, self.articles, aliases=self.aliases)

    @property
    def sources(self) -> pd.DataFrame:
        """One row an organisation or unnamed source: see :func:`newsanalysis.sources`."""
        return persons.sources(self.quotes, self.speakers)

    def _counts(self) -> dict[str, int]:
        """What the reprs show: statements (as ``articles.n_statements`` counts them), people and sources."""
        a = self.articles
        statements = int(a["n_statements"].sum()) if "n_statements" in a.columns else 0
        people = int(self.quotes["person"].nunique()) if "person" in self.quotes.columns else 0
        kinds = self.quotes["source_kind"] if "source_kind" in self.quotes.columns else pd.Series(dtype=object)
        speech = self.quotes["kind"].isin(SPEECH_KINDS) if "kind" in self.quotes.columns else kinds.notna()
        others = int(self.quotes.loc[speech & kinds.isin(["organisation", "unnamed"]), "speaker"].nunique())
        err = self.errors
        warned = int((err["kind"] == "warning").sum()) if "kind" in err.columns else 0
        counts = {"articles": len(self.articles), "sentences": len(self.sentences), "statements": statements,
                  "people quoted": people, "other sources": others, "errors": len(err) - warned}
        if warned:  # analysed articles with a warning (a date that could not be read)
            counts["warnings"] = warned
        return counts

    def __repr__(self) -> str:
        """Counts, with statements counted as every table and chart counts them (see ``statements``)."""
        return "AnalysisResult(" + ", ".join(f"{n} {what}" for what, n in self._counts().items()) + ")"

    def _repr_html_(self) -> str:
        """The counts and the most quoted people, for a notebook (plain HTML, no script).

        Examples
        --------
        >>> from newsanalysis import analyze
        >>> html = analyze("“Yes,” Ann Lee said. “No,” the ministry said.")._repr_html_()
        >>> "2 statements, 1 people quoted, 1 other sources" in html and "<td>Ann Lee</td>" in html
        True
        """
        from html import escape

        counts = self._counts()
        parts = ['<div style="font-family:sans-serif">',
                 "<b>AnalysisResult</b>: " + ", ".join(f"{n:,} {what}" for what, n in counts.items()) + "."]
        people = self.people if counts["people quoted"] else None
        people = people[people["statements"] > 0].head(10) if people is not None else None  # quoted only
        if people is not None and len(people):
            parts.append('<table style="margin-top:.4em"><thead><tr><th style="text-align:left">Most quoted people'
                         "</th><th>Statements</th><th>Articles</th><th>Mean tone</th></tr></thead><tbody>")
            for row in people.itertuples():
                tone = "" if pd.isna(row.mean_compound) else f"{row.mean_compound:+.2f}"
                parts.append(f'<tr><td>{escape(str(row.person))}</td><td style="text-align:right">{row.statements}'
                             f'</td><td style="text-align:right">{row.articles}</td>'
                             f'<td style="text-align:right">{tone}</td></tr>')
            parts.append("</tbody></table>")
        parts.append("<div style=\"color:#555;font-size:.85em\">Tables: .articles, .sentences, .quotes (rows; "
                     "na.statements(result.quotes) for one row a statement), .speakers, .people, .sources, "
                     ".errors. na.show(result, article_id) shows the quotes in their place.</div></div>")
        return "".join(parts)

    def tables(self) -> dict[str, pd.DataFrame]:
        """The five tables by name."""
        return {name: getattr(self, name) for name in schema.SCHEMAS}

    def to_csv(self, folder: str | Path, *, formula_safe: bool = False, excel: bool = False) -> list[Path]:
        """Write each table as ``<name>.csv`` into ``folder`` (created); return the paths.

        Each file is written under a temporary name and renamed into place, with
        the folder locked against other writers; ``newsanalysis-manifest.json``
        is written last (see :func:`newsanalysis.read_output`).

        ``formula_safe=True`` puts a ``'`` before every text cell that starts
        with ``= + - @`` (or a tab, CR or ``'``), so that a spreadsheet shows it
        as text instead of running it as a formula; use it for CSV files people
        will open in Excel or LibreOffice. It is off by default because these
        tables are data for pandas and R first, where the prefix would change
        every text starting with ``-`` or ``+``; :func:`newsanalysis.read_output`
        removes it again.

        ``excel=True`` writes UTF-8 with a byte-order mark, so that Excel
        (which reads a CSV without one in the system's code page) shows curly
        quotes and accents as written; pandas, R and ``read_output`` read
        either. For a workbook, see :meth:`to_excel`.

        Examples
        --------
        >>> import tempfile
        >>> from newsanalysis import analyze
        >>> paths = analyze("“Yes,” Ann said.").to_csv(tempfile.mkdtemp())
        >>> sorted(p.name for p in paths)
        ['articles.csv', 'errors.csv', 'quotes.csv', 'sentences.csv', 'speakers.csv']
        """
        return write_tables(folder, self.tables(), "to_csv", ".csv", formula_safe=formula_safe, bom=excel)

    def to_excel(self, path: str | Path, *, formula_safe: bool = True) -> Path:
        """Write one Excel workbook: a sheet per table, quotes joined with their article (extra ``excel``).

        Sheets: ``quotes`` (one row a statement, as :func:`statements`
        gives them, with the article's ``title``, ``date`` and ``source``),
        ``people``, ``sources``, ``articles``, ``speakers``, ``sentences``,
        ``quote rows`` (the quotes table as it is) and ``errors``. Cells that
        start with ``= + - @`` are kept as text by default (``formula_safe``),
        since a workbook is for reading. Written under a temporary name and
        renamed into place. Needs openpyxl: ``pip install 'newsanalysis[excel]'``.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> from newsanalysis import analyze
        >>> path = analyze("“Yes,” Ann Lee said.").to_excel(pathlib.Path(tempfile.mkdtemp()) / "run.xlsx")
        >>> import openpyxl
        >>> openpyxl.load_workbook(path).sheetnames
        ['quotes', 'people', 'sources', 'articles', 'speakers', 'sentences', 'quote rows', 'errors']
        """
        try:
            import openpyxl  # noqa: F401
        except ImportError:
            raise MissingDependencyError("writing Excel needs openpyxl: pip install 'newsanalysis[excel]'") from None
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            raise NewsAnalysisError("an Excel workbook is written to a .xlsx file", source=str(path))
        meta = self.articles[["article_id", "title", "date", "source"]].drop_duplicates("article_id")
        said = statements(self.quotes)
        said = said.merge(meta, on="article_id", how="left")
        front = ["article_id", "title", "date", "source", "text", "kind", "person", "speaker", "source_kind", "cue",
                 "compound"]
        said = said[[c for c in front if c in said.columns] + [c for c in said.columns if c not in front]]
        sheets = {"quotes": said, "people": self.people, "sources": self.sources, "articles": self.articles,
                  "speakers": self.speakers, "sentences": self.sentences, "quote rows": self.quotes,
                  "errors": self.errors}

        def write(tmp: Path) -> None:
            with pd.ExcelWriter(tmp, engine="openpyxl") as xw:
                for name, df in sheets.items():
                    frame = escape_formula_cells(df) if formula_safe else df
                    frame = frame.astype({c: object for c in frame.columns if str(frame[c].dtype) in ("string",)})
                    frame.to_excel(xw, sheet_name=name, index=False)

        return atomic_write(path, write)

    def to_parquet(self, folder: str | Path) -> list[Path]:
        """Write each table as ``<name>.parquet`` (needs the ``parquet`` extra)."""
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise MissingDependencyError(
                "writing Parquet needs pyarrow: pip install 'newsanalysis[parquet]'"
            ) from None
        return write_tables(folder, self.tables(), "to_parquet", ".parquet")


def _as_article(article_or_text: Article | str) -> Article:
    if isinstance(article_or_text, Article):
        return article_or_text
    if isinstance(article_or_text, str):
        warn_if_path(article_or_text, stacklevel=4)  # a str is text; say so when it names a file
        return article_from_text(article_or_text)
    raise NewsAnalysisError(
        f"expected an Article or a str of text, not {type(article_or_text).__name__}"
    )


def quotes(article_or_text: Article | str, rules: Iterable[str] | None = None) -> pd.DataFrame:
    """The quotes table of one article or text.

    Parameters
    ----------
    article_or_text : Article or str
        A ``str`` is always text (never a path); offsets are into it.
    rules : iterable of str, optional
        Names of the quote rules to use, default all (the keys of
        :data:`newsanalysis.attribution.RULES`); leaving one out switches it off.

    Returns
    -------
    pandas.DataFrame
        Columns of :data:`newsanalysis.schema.QUOTES`.

    Examples
    --------
    >>> q = quotes("“We will win,” Ann Lee said.")
    >>> q[["text", "kind", "speaker", "cue"]].iloc[0].tolist()
    ['We will win,', 'direct', 'Ann Lee', 'said']
    >>> quotes("Lee said that taxes will fall.", rules=["cue_after"])["kind"].tolist()
    []
    """
    rec = article_records(_as_article(article_or_text), rules, sentence_tone=False)
    return schema.to_frame(rec["quotes"], schema.QUOTES)


def compare_outlets(result: AnalysisResult, *, by: str = "source") -> pd.DataFrame:
    """One row an outlet (or another column of ``articles``): tone, who is quoted, how.

    Columns: ``articles``; ``mean_compound`` (mean tone of all its
    sentences); ``statements``; ``people`` (distinct named people quoted);
    ``unnamed_share`` and ``organisation_share`` (the share of its statements
    whose source is unnamed, or an organisation); ``female_share`` (of the
    statements of named people whose ``people.gender`` is known, the share
    by women; NaN when none is known). Does not modify ``result``.

    Examples
    --------
    >>> import pandas as pd, newsanalysis as na
    >>> df = pd.DataFrame({"id": ["a", "b"], "source": ["Wire", "Daily"],
    ...                    "text": ["“Good,” Ms. Ann Lee said.", "“Bad,” officials said. “Fine,” Mr. Tom Hart said."]})
    >>> t = na.compare_outlets(na.analyze(df))
    >>> t[["articles", "statements", "unnamed_share", "female_share"]].round(2).to_dict("index")
    {'Daily': {'articles': 1, 'statements': 2, 'unnamed_share': 0.5, 'female_share': 0.0}, 'Wire': {'articles': 1, 'statements': 1, 'unnamed_share': 0.0, 'female_share': 1.0}}
    """
    a = result.articles
    if by not in a.columns:
        raise NewsAnalysisError(f"compare_outlets(): the articles table has no column {by!r}")
    group = a.drop_duplicates("article_id").set_index("article_id")[by].astype(object).fillna(f"(no {by})")
    sent = result.sentences.assign(_g=result.sentences["article_id"].map(group))
    stmts = statements(result.quotes)
    stmts = stmts.assign(_g=stmts["article_id"].map(group))
    people = result.people  # built from the tables on each access: once here
    gender = dict(zip(people["person"].astype(str), people["gender"].astype(str)))
    rows = {}
    for g in sorted(group.unique(), key=str):
        s = stmts[stmts["_g"] == g]
        kinds = s["source_kind"] if "source_kind" in s.columns else pd.Series(dtype=object)
        people = s["person"].dropna().astype(str) if "person" in s.columns else pd.Series(dtype=str)
        known = people.map(gender).loc[lambda x: x.isin(["female", "male"])]
        rows[g] = {
            "articles": int((group == g).sum()),
            "mean_compound": float(sent.loc[sent["_g"] == g, "compound"].mean()),
            "statements": len(s),
            "people": int(people.nunique()),
            "unnamed_share": float((kinds == "unnamed").fillna(False).mean()) if len(s) else float("nan"),
            "organisation_share": float((kinds == "organisation").fillna(False).mean()) if len(s) else float("nan"),
            "female_share": float((known == "female").mean()) if len(known) else float("nan"),
        }
    frame = pd.DataFrame.from_dict(rows, orient="index")
    frame.index.name = by
    return frame
