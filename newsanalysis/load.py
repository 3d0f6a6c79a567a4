"""Loading: files, folders and tables of articles into :class:`Article` objects.

An article file is UTF-8 text. Two optional headers are understood:

* a leading ``date YYYY-MM-DD`` marker, as in news exports
  (``" date 2025-05-20 The two leaders spoke ..."``);
* a small front-matter block: ``title:``, ``date:`` and ``source:`` lines
  before the first blank line.

Line endings are normalised to ``\\n``; apart from that the body is kept
exactly, so every offset in every table is a character offset into
:attr:`Article.text`.
"""

from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ArticleReadError, NewsAnalysisError

__all__ = ["Article", "LoadFailure", "article_from_text", "read_article", "read_articles"]

#: File suffixes read as one article each when a folder is given.
TEXT_SUFFIXES = (".txt", ".text", ".md")
#: File suffixes read as tables of articles (one article a row).
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson")

_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?[ \t]*")
_FRONT_KEY = re.compile(r"(title|date|source)\s*:\s*(.*?)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article.

    Attributes
    ----------
    id : str
        Stable identifier (the file name without suffix, a table's ``id`` /
        ``article_id`` column, or a hash of the text).
    title, date, source : str or None
        Metadata from the header, the table row, or None. ``date`` is
        ``YYYY-MM-DD``.
    text : str
        The body. Every offset newsanalysis reports points into this string.
    path : str or None
        Where the article was read from.
    encoding : str or None
        The encoding the file was decoded with.
    body_offset : int
        Characters of header (date marker, front matter) that preceded
        ``text`` in the normalised file.
    meta : dict
        Any further metadata (extra table columns).
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    path: str | None = None
    encoding: str | None = None
    body_offset: int = 0
    meta: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class LoadFailure:
    """An input that could not be read, kept so that nothing is silently lost."""

    article_id: str
    path: str | None
    error: str


def _text_id(text: str) -> str:
    return "text-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _valid_date(value: str | None, source: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    try:
        return _dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise ArticleReadError(f"date {value!r} is not a YYYY-MM-DD date", source=source) from None


def parse_header(text: str, *, source: str | None = None) -> tuple[dict[str, str], int]:
    """Split the optional header off an article's text.

    Returns the header fields (``title``, ``date``, ``source``) and the offset
    where the body starts.

    Examples
    --------
    >>> parse_header(" date 2025-05-20 The two leaders spoke.")
    ({'date': '2025-05-20'}, 17)
    >>> parse_header("title: Talks\\nsource: Wire\\n\\nBody.")
    ({'title': 'Talks', 'source': 'Wire'}, 27)
    >>> parse_header("No header here.")
    ({}, 0)
    """
    m = _DATE_MARKER.match(text)
    if m:
        return {"date": m.group(1)}, m.end()
    # front matter: key lines up to the first blank line
    head, sep, _ = text.partition("\n\n")
    if sep:
        fields: dict[str, str] = {}
        for line in head.split("\n"):
            km = _FRONT_KEY.fullmatch(line)
            if not km:
                return {}, 0
            fields[km.group(1).lower()] = km.group(2)
        offset = len(head) + 2
        while offset < len(text) and text[offset] == "\n":
            offset += 1
        return fields, offset
    return {}, 0


def article_from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    path: str | None = None,
    encoding: str | None = None,
    parse_headers: bool = False,
    meta: dict | None = None,
) -> Article:
    """Make an :class:`Article` from a string.

    By default the string is the body as it is (a ``str`` is always text);
    with ``parse_headers=True`` a date marker or front matter is read off it
    as :func:`read_article` does for files.

    Examples
    --------
    >>> a = article_from_text("Trump said: “Hi.”", id="x")
    >>> a.id, a.text
    ('x', 'Trump said: “Hi.”')
    """
    if not isinstance(text, str):
        raise NewsAnalysisError(f"article text must be a str, not {type(text).__name__}", source=id or path)
    text = _normalise_newlines(text)
    fields: dict[str, str] = {}
    offset = 0
    if parse_headers:
        fields, offset = parse_header(text, source=path or id)
    body = text[offset:]
    src = path or id
    return Article(
        id=id or _text_id(body),
        text=body,
        title=title or fields.get("title") or None,
        date=_valid_date(date or fields.get("date"), src),
        source=source or fields.get("source") or None,
        path=path,
        encoding=encoding,
        body_offset=offset,
        meta=dict(meta or {}),
    )


def decode_bytes(data: bytes, *, source: str | None = None) -> tuple[str, str]:
    """Decode a file's bytes to text, returning ``(text, encoding)``.

    UTF-8 (with or without BOM) is tried first; anything else raises an
    :class:`ArticleReadError` naming ``source``.

    Examples
    --------
    >>> decode_bytes("café".encode())
    ('café', 'utf-8')
    """
    if not data.strip():
        raise ArticleReadError("file is empty", source=source)
    if b"\x00" in data:
        raise ArticleReadError("file looks binary (it contains NUL bytes), not text", source=source)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        raise ArticleReadError(f"file is not valid UTF-8 text ({exc.reason} at byte {exc.start})", source=source) from None


def _stem_title(path: Path) -> str:
    stem = re.sub(r"^\d{4}-\d{2}-\d{2}[-_ ]*", "", path.stem)
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else path.stem


def read_article(path: str | Path) -> Article:
    """Read one article from a text file.

    Parameters
    ----------
    path : str or pathlib.Path
        A UTF-8 text file, optionally starting with a ``date YYYY-MM-DD``
        marker or a ``title:/date:/source:`` front matter.

    Returns
    -------
    Article
        ``id`` is the file name without its suffix; the title falls back to a
        readable form of the file name.

    Raises
    ------
    ArticleReadError
        When the file is missing, empty, binary or not decodable.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "2025-01-02-talks.txt"
    >>> _ = p.write_text("title: Talks\\n\\nThey “met,” she said.", encoding="utf-8")
    >>> a = read_article(p)
    >>> a.id, a.title, a.text
    ('2025-01-02-talks', 'Talks', 'They “met,” she said.')
    """
    p = Path(path)
    src = str(p)
    if p.is_dir():
        raise ArticleReadError("is a folder; use read_articles() for many articles", source=src)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ArticleReadError("no such file", source=src) from None
    except OSError as exc:
        raise ArticleReadError(f"cannot be read ({exc.strerror or exc})", source=src) from None
    text, encoding = decode_bytes(data, source=src)
    article = article_from_text(text, id=p.stem, path=src, encoding=encoding, parse_headers=True)
    if article.title is None:
        article = _replace(article, title=_stem_title(p))
    if article.date is None:
        m = re.match(r"(\d{4}-\d{2}-\d{2})", p.name)
        if m:
            try:
                article = _replace(article, date=_valid_date(m.group(1), src))
            except ArticleReadError:
                pass
    return article


def _replace(article: Article, **changes) -> Article:
    from dataclasses import replace

    return replace(article, **changes)


def _iter_table(path: Path) -> Iterator[Article | LoadFailure]:
    src = str(path)
    try:
        raw, encoding = decode_bytes(path.read_bytes(), source=src)
    except NewsAnalysisError as exc:
        yield LoadFailure(path.stem, src, exc.problem)
        return
    raw = _normalise_newlines(raw)
    if path.suffix.lower() == ".csv":
        rows: Iterable[dict] = csv.DictReader(raw.splitlines(keepends=True))
    else:
        rows = _json_lines(raw, src)
    for i, row in enumerate(rows):
        if isinstance(row, LoadFailure):
            yield row
            continue
        aid = str(row.get("article_id") or row.get("id") or f"{path.stem}-{i}")
        text = row.get("text")
        if not isinstance(text, str):
            yield LoadFailure(aid, f"{src}#{i}", "row has no 'text' column")
            continue
        known = {"article_id", "id", "text", "title", "date", "source"}
        try:
            yield article_from_text(
                text,
                id=aid,
                title=row.get("title") or None,
                date=row.get("date") or None,
                source=row.get("source") or row.get("publisher") or None,
                path=f"{src}#{i}",
                encoding=encoding,
                meta={k: v for k, v in row.items() if k not in known},
            )
        except NewsAnalysisError as exc:
            yield LoadFailure(aid, f"{src}#{i}", exc.problem)


def _json_lines(raw: str, src: str) -> Iterator[dict | LoadFailure]:
    for n, line in enumerate(raw.split("\n")):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadFailure(f"{Path(src).stem}-line{n + 1}", f"{src}#line{n + 1}", f"invalid JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            yield LoadFailure(f"{Path(src).stem}-line{n + 1}", f"{src}#line{n + 1}", "line is not a JSON object")
            continue
        yield row


def iter_inputs(source) -> Iterator[Article | LoadFailure]:
    """Yield an :class:`Article` or a :class:`LoadFailure` for every input in ``source``.

    ``source`` may be an Article, a ``str`` of text, a ``pathlib.Path`` to a
    file, folder, CSV or JSONL table, a pandas DataFrame with a ``text``
    column, or any iterable of these. Nothing is dropped: each input yields
    exactly one item (tables yield one per row).
    """
    if isinstance(source, Article):
        yield source
    elif isinstance(source, str):
        yield article_from_text(source)
    elif isinstance(source, Path):
        yield from _iter_path(source)
    elif _is_dataframe(source):
        yield from _iter_frame(source)
    elif isinstance(source, Iterable) and not isinstance(source, (bytes, bytearray, dict)):
        for item in source:
            yield from iter_inputs(item)
    else:
        raise NewsAnalysisError(
            f"cannot analyse a {type(source).__name__}; give text (str), a pathlib.Path, "
            "an Article, a DataFrame with a 'text' column, or a list of these"
        )


def _is_dataframe(obj) -> bool:
    return type(obj).__name__ == "DataFrame" and hasattr(obj, "columns") and hasattr(obj, "itertuples")


def _iter_frame(df) -> Iterator[Article | LoadFailure]:
    if "text" not in df.columns:
        raise NewsAnalysisError("the DataFrame of articles has no 'text' column")
    known = {"article_id", "id", "text", "title", "date", "source"}
    for i, row in enumerate(df.to_dict("records")):
        aid = row.get("article_id", row.get("id"))
        aid = str(aid) if aid is not None and aid == aid else f"row-{i}"
        text = row.get("text")
        if not isinstance(text, str):
            yield LoadFailure(aid, None, "the 'text' value is not a string")
            continue

        def opt(key, row=row):
            v = row.get(key)
            return None if v is None or v != v else str(v)

        try:
            yield article_from_text(
                text,
                id=aid,
                title=opt("title"),
                date=opt("date"),
                source=opt("source"),
                meta={k: v for k, v in row.items() if k not in known},
            )
        except NewsAnalysisError as exc:
            yield LoadFailure(aid, None, exc.problem)


def _iter_path(path: Path) -> Iterator[Article | LoadFailure]:
    if path.is_dir():
        files = sorted(
            p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        for p in files:
            if p.suffix.lower() in TABLE_SUFFIXES:
                yield from _iter_table(p)
            else:
                yield from _iter_path(p)
        return
    if path.suffix.lower() in TABLE_SUFFIXES:
        yield from _iter_table(path)
        return
    try:
        yield read_article(path)
    except NewsAnalysisError as exc:
        yield LoadFailure(path.stem, str(path), exc.problem)


def read_articles(source, *, errors: str = "raise") -> list[Article]:
    """Read many articles: a folder, a CSV/JSONL table, or a list of paths.

    Parameters
    ----------
    source : pathlib.Path, str path, or iterable of paths
        A folder (read recursively: text files are one article each, ``.csv``
        and ``.jsonl`` files one article a row), a table file, or a list.
        Here a ``str`` is a path.
    errors : {"raise", "warn"}
        On an unreadable input, raise :class:`ArticleReadError` (default) or
        skip it with a warning.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("One.", encoding="utf-8")
    >>> _ = (d / "more.jsonl").write_text('{"id": "b", "text": "Two."}\\n', encoding="utf-8")
    >>> [a.id for a in read_articles(d)]
    ['a', 'b']
    """
    import warnings

    if errors not in ("raise", "warn"):
        raise NewsAnalysisError(f"errors must be 'raise' or 'warn', not {errors!r}")
    if isinstance(source, (str, Path)):
        paths: Iterable = [Path(source)]
    else:
        paths = [Path(p) if isinstance(p, str) else p for p in source]
    out = []
    for p in paths:
        if isinstance(p, Path) and not p.exists():
            failure = LoadFailure(p.stem, str(p), "no such file or folder")
            items: Iterable = [failure]
        else:
            items = iter_inputs(p)
        for item in items:
            if isinstance(item, LoadFailure):
                if errors == "raise":
                    raise ArticleReadError(item.error, source=item.path or item.article_id)
                warnings.warn(f"skipped {item.path or item.article_id}: {item.error}", stacklevel=2)
            else:
                out.append(item)
    return out
