"""One article file: read within the size limit, decoded, HTML reduced, header read off."""

from __future__ import annotations

import datetime as _dt
import errno
import os
import re
import stat
from pathlib import Path

from ..errors import ArticleReadError, InputTooLargeError, NewsAnalysisError
from . import limits
from .articles import Article, LoadFailure, _normalise_newlines, _replace, article_from_text
from .decoding import decode_bytes
from .documents import document_kind, document_to_text
from .exports import LAYOUTS, ExportRecord, split_export
from .headers import _valid_date
from .html import _XML_START, html_to_text, looks_like_html
from .limits import HTML_SUFFIXES, TABLE_SUFFIXES, _size

__all__ = ["read_article", "read_file"]


#: Words a headline in title case keeps in lower case (unless first).
_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or over the to up via vs with".split())


def _stem_title(path: Path) -> str:
    """A title from a file name: the date prefix dropped, ``-``/``_`` as spaces, a lower-case slug in title case.

    A file name is usually a slug (``2025-05-20-trump-putin-call``), whose case says nothing about names, so
    every word but the small ones gets a capital, as in a headline ("Trump Putin Call"); a name written with
    capitals of its own (``Trump_Putin_call``) keeps them.

    >>> _stem_title(Path("2025-05-20-trump-putin-call.txt")), _stem_title(Path("vote_of_the-council.txt"))
    ('Trump Putin Call', 'Vote of the Council')
    >>> _stem_title(Path("IMF_talks.txt")), _stem_title(Path("2025-05-20.txt"))
    ('IMF talks', '2025-05-20')
    """
    stem = re.sub(r"^\d{4}-\d{2}-\d{2}[-_ ]*", "", path.stem)
    words = re.sub(r"[-_]+", " ", stem).split()
    if not words:
        return path.stem
    if stem == stem.lower():
        words = [w if (i and w in _SMALL_WORDS) else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _as_path(path, what: str = "path") -> Path:
    if isinstance(path, Path):
        return path
    if isinstance(path, str):
        if not path.strip():
            raise NewsAnalysisError(f"{what} is an empty string")
        return Path(path)
    if hasattr(path, "__fspath__"):
        return Path(path)
    raise NewsAnalysisError(f"{what} must be a str or pathlib.Path, not {type(path).__name__}")


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


def _open_regular(p: Path) -> tuple[int, int]:
    """An open descriptor and the size of the regular file ``p``; anything else refused at once.

    The file is opened without blocking, so a FIFO with no writer (or a
    device) is refused instead of hanging the run.
    """
    src = str(p)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(p, flags)
    except FileNotFoundError:
        raise ArticleReadError("no such file", source=src) from None
    except PermissionError:
        raise ArticleReadError("cannot be read (permission denied)", source=src) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArticleReadError("is a symlink loop", source=src) from None
        raise ArticleReadError(f"cannot be read ({exc.strerror or exc})", source=src) from None
    st = os.fstat(fd)
    if stat.S_ISREG(st.st_mode):
        return fd, st.st_size
    os.close(fd)
    if stat.S_ISDIR(st.st_mode):
        raise ArticleReadError("is a folder; use read_articles() for many articles", source=src)
    raise ArticleReadError(f"is {_special_kind(st.st_mode)}, not a file; only regular files are read", source=src)


def _too_large(size: float, limit: int, src: str) -> InputTooLargeError:
    return InputTooLargeError(
        f"file is {_size(size)}, more than the limit of {_size(limit)} for one article "
        "(probably many articles in one; split it, or pass max_bytes=... / raise "
        "newsanalysis.load.MAX_ARTICLE_BYTES)",
        source=src,
    )


def _read_bytes(p: Path, limit: int) -> bytes:
    """The bytes of the regular file ``p``, refused when over ``limit``; memory follows the file, not the limit."""
    src = str(p)
    fd, size = _open_regular(p)
    try:
        with os.fdopen(fd, "rb", buffering=0) as fh:
            if size > limit:
                raise _too_large(size, limit, src)
            parts = [fh.read(size + 1)]  # +1: a file that grew since its size was read
            total = len(parts[0])
            while total <= limit and (more := fh.read(1 << 20)):  # e.g. /proc files report size 0
                parts.append(more)
                total += len(more)
    except NewsAnalysisError:
        raise
    except OSError as exc:
        raise ArticleReadError(f"cannot be read ({exc.strerror or exc})", source=src) from None
    if total > limit:
        raise InputTooLargeError(f"file is larger than the limit of {_size(limit)}", source=src)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def read_article(path: str | Path, *, max_bytes: int | None = None) -> Article:
    """Read one article from a text, HTML, Word, RTF or PDF file.

    Parameters
    ----------
    path : str or pathlib.Path
        A text file in any common encoding (detected and recorded on
        ``Article.encoding``), optionally starting with a ``date YYYY-MM-DD``
        marker or a ``title:/date:/source:`` front matter; an HTML page
        (needs the ``html`` extra); a Word, RTF or PDF file (the ``docx``,
        ``rtf``, ``pdf`` extras). A news-database export of many articles is
        refused: read it with :func:`read_articles` (see :func:`read_file`).
    max_bytes : int, optional
        Largest file read; default :data:`MAX_ARTICLE_BYTES` (10 MB).

    Returns
    -------
    Article
        ``id`` is the file name without its suffix; the title falls back to a
        readable form of the file name.

    Raises
    ------
    ArticleReadError
        When the file is missing, empty, binary or not decodable, or is a
        table of articles (use :func:`read_articles`);
        :class:`~newsanalysis.errors.InputTooLargeError` when it is larger
        than ``max_bytes``; :class:`~newsanalysis.errors.MissingDependencyError`
        for HTML, Word, RTF or PDF without its extra (the message names it).
        Every message starts with the path.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "2025-01-02-talks.txt"
    >>> _ = p.write_text("title: Talks\\n\\nThey “met,” she said.", encoding="utf-8")
    >>> a = read_article(p)
    >>> a.id, a.title, a.text, a.encoding
    ('2025-01-02-talks', 'Talks', 'They “met,” she said.', 'utf-8')
    """
    items = read_file(path, max_bytes=max_bytes)
    if len(items) == 1:
        if isinstance(items[0], LoadFailure):
            raise ArticleReadError(items[0].error, source=items[0].path)
        return items[0]
    layout = next((i.meta.get("export") for i in items if isinstance(i, Article)), None)
    what = f"a {LAYOUTS[layout]}" if layout in LAYOUTS else "an export"
    raise ArticleReadError(
        f"is {what} of {len(items)} records, not one article; read it with read_articles() or analyze()",
        source=str(path),
    )


def read_file(path: str | Path, *, max_bytes: int | None = None) -> list[Article | LoadFailure]:
    """The articles of one file: one, or every record of a news-database export.

    Text, HTML, Word, RTF and PDF files are read (the kind told from the
    bytes); when the text is in the layout of a Nexis Uni, LexisNexis, Factiva
    or ProQuest export (:mod:`newsanalysis.inputs.exports`), each record is an
    :class:`Article` with the id ``<file name>#<position>`` (1 for the first
    record of the file), or a :class:`LoadFailure` naming the record and why it
    holds no article. Cover pages and request headers are no records.

    Raises
    ------
    NewsAnalysisError
        As :func:`read_article`, for a file that cannot be read at all.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "export.txt"
    >>> _ = p.write_text("1 of 2 DOCUMENTS\\n\\nThe Gazette\\n\\nMay 2, 2024\\n\\nBridge opens\\n\\n"
    ...                  "LENGTH: 6 words\\n\\n“It is open,” the mayor said.\\n\\nLOAD-DATE: May 3, 2024\\n\\n"
    ...                  "2 of 2 DOCUMENTS\\n\\nThe Gazette\\n\\nMay 3, 2024\\n\\nNo text\\n\\nLENGTH: 0 words\\n")
    >>> [(type(x).__name__, x.id if isinstance(x, Article) else x.error) for x in read_file(p)]
    [('Article', 'export#1'), ('LoadFailure', 'record 2 of 2 of this LexisNexis export (“No text”) has no article text after its header')]
    """
    p = _as_path(path)
    src = str(p)
    if p.is_dir():
        raise ArticleReadError("is a folder; use read_articles() for many articles", source=src)
    if p.suffix.lower() in TABLE_SUFFIXES:
        raise ArticleReadError("is a table of articles; use read_articles() to read its rows", source=src)
    text, encoding, fmt, kind, paragraphs = _file_text(p, limits.MAX_ARTICLE_BYTES if max_bytes is None else max_bytes)
    is_html = kind is None and (p.suffix.lower() in HTML_SUFFIXES or looks_like_html(text))
    if not is_html:
        split = split_export(text, paragraphs=paragraphs)
        if split is not None:
            return _export_items(*split, p, encoding, fmt)
    if kind is None and not is_html and _XML_START.match(text[:2000]):
        raise ArticleReadError(
            "file is XML (a feed or an export), not article text; extract the articles' text first",
            source=src,
        )
    if paragraphs:  # a Word document: one paragraph a line
        text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    if is_html:
        article = _html_article(text, p, encoding)
    else:
        article = article_from_text(text, id=p.stem, path=src, encoding=encoding, parse_headers=True,
                                    meta={"format": fmt} if fmt else None)
    if not article.text.strip():
        raise ArticleReadError("file has a header but no article text", source=src)
    return [_with_name_defaults(article, p)]


def _file_text(p: Path, max_bytes: int) -> tuple[str, str | None, str | None, str | None, bool]:
    """``(text, encoding, format, kind, paragraphs)`` of a file: a document's text, or the decoded bytes.

    ``kind`` is the document kind told from the bytes (None for text), ``paragraphs`` whether the text
    has one paragraph a line (a Word document); newlines are normalised.
    """
    src = str(p)
    data = _read_bytes(p, max_bytes)
    kind = document_kind(data)
    paragraphs = False
    if kind is not None:
        text, paragraphs = document_to_text(data, kind, source=src)
        encoding, fmt = None, kind.removesuffix("-broken")
        del data
        if not text.strip():
            raise ArticleReadError(f"{_KIND_NAMES.get(fmt, 'document')} holds no text", source=src)
    else:
        text, encoding = decode_bytes(data, source=src)
        del data
        fmt = None
    return _normalise_newlines(text), encoding, fmt, kind, paragraphs


def _html_article(text: str, p: Path, encoding: str | None) -> Article:
    """The article of an HTML page: its body text, and the title, outlet and date its head gives."""
    src = str(p)
    body, fields = html_to_text(text, source=src)
    article = article_from_text(
        body,
        id=p.stem,
        title=fields.get("title"),
        source=fields.get("source"),
        path=src,
        encoding=encoding,
        meta={"format": "html"},
    )
    try:
        article = _replace(article, date=_valid_date(fields.get("date"), src))
    except ArticleReadError:
        pass  # a page's odd date is no reason to drop the article
    return article


def _with_name_defaults(article: Article, p: Path) -> Article:
    """The article, its missing title taken from the file's name, its missing date from a name that starts with one."""
    if article.title is None:
        article = _replace(article, title=_stem_title(p))
    if article.date is None:
        m = re.match(r"(\d{4}-\d{2}-\d{2})", p.name)
        if m:
            try:
                day = _dt.date.fromisoformat(m.group(1))
            except ValueError:
                day = None  # "2025-13-45-x.txt": not a date, just a name
            if day is not None:  # a real date pandas cannot hold: kept; analysed without it, with a warning
                article = _replace(article, date=day)
    return article


_KIND_NAMES = {"docx": "Word document", "rtf": "RTF document", "pdf": "PDF"}


def _export_items(layout: str, records: list[ExportRecord], p: Path, encoding: str | None,
                  fmt: str | None) -> list[Article | LoadFailure]:
    """An Article per record of an export, or a LoadFailure naming the record and why it holds none."""
    src = str(p)
    name = LAYOUTS[layout]
    if not records:
        return [LoadFailure(p.stem, src, f"is laid out as a {name} but holds no record")]
    out: list[Article | LoadFailure] = []
    total = len(records)
    for rec in records:
        aid = f"{p.stem}#{rec.position}"
        what = f"record {rec.position} of {total} of this {name}" + (f" (“{rec.title}”)" if rec.title else "")
        if rec.error:
            out.append(LoadFailure(aid, src, f"{what} {rec.error}"))
            continue
        meta = {"export": layout, "record": rec.position, "byline": rec.byline, "section": rec.section,
                "length_words": rec.length_words, **rec.meta}
        if fmt:
            meta["format"] = fmt
        try:
            article = article_from_text(rec.body, id=aid, title=rec.title, date=rec.date, source=rec.source,
                                        path=src, encoding=encoding, meta=meta)
        except NewsAnalysisError as exc:
            out.append(LoadFailure(aid, src, f"{what}: {exc.problem}"))
            continue
        out.append(_replace(article, body_offset=rec.body_offset))
    return out
