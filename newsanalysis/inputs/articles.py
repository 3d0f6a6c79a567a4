"""The :class:`Article` and :class:`LoadFailure` records, and articles made from strings."""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field, replace

from ..errors import ArticleReadError, InputTooLargeError, NewsAnalysisError
from . import limits
from .headers import _valid_date, parse_header

__all__ = ["Article", "LoadFailure", "article_from_text"]

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article.

    Attributes
    ----------
    id : str
        Stable identifier (the file name without suffix, a table's ``id`` /
        ``article_id`` column, or a hash of the text).
    title, source : str or None
        Metadata from the header, the table row, or None.
    date : datetime.date or None
        The publication date (the ``articles`` table holds it as
        ``datetime64``). A ``YYYY-MM-DD`` str given to the constructor is
        turned into a date; any other str is kept as given, and analysing
        the article then gives an ``errors`` row that says why.
    text : str
        The body. Every offset newsanalysis reports points into this string.
    path : str or None
        Where the article was read from.
    encoding : str or None
        The encoding the file was decoded with (a Python codec name such as
        ``"utf-8"``, ``"utf-8-sig"``, ``"utf-16-le"``, ``"cp1252"``).
    body_offset : int
        Characters of header (date marker, front matter) that preceded
        ``text`` in the normalised file (0 for HTML pages, whose text is
        extracted rather than cut out).
    meta : dict
        Any further metadata (extra table columns; ``format: "html"`` for
        HTML pages).
    """

    id: str
    text: str
    title: str | None = None
    date: _dt.date | None = None
    source: str | None = None
    path: str | None = None
    encoding: str | None = None
    body_offset: int = 0
    meta: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.date, _dt.datetime):
            object.__setattr__(self, "date", self.date.date())
        elif isinstance(self.date, str) and _ISO_DAY.fullmatch(self.date.strip()):
            try:
                object.__setattr__(self, "date", _dt.date.fromisoformat(self.date.strip()))
            except ValueError:  # "2025-02-30": kept, and refused with a reason when analysed
                pass

    def __repr__(self) -> str:
        """A short form: the id, the metadata and the length of the text (not the text itself).

        Examples
        --------
        >>> art = Article("a1", "It rained all day. " * 50, title="Weather", date="2025-05-20")
        >>> art
        Article('a1', title='Weather', date='2025-05-20', 950 characters)
        >>> art.date
        datetime.date(2025, 5, 20)
        """
        day = self.date.isoformat() if isinstance(self.date, _dt.date) else self.date
        meta = [f"{k}={v!r}" for k, v in (("title", self.title), ("date", day), ("source", self.source))
                if v is not None]
        return f"Article({', '.join([repr(self.id), *meta, f'{len(self.text):,} characters'])})"


@dataclass(frozen=True, slots=True)
class LoadFailure:
    """An input that could not be read, kept so that nothing is silently lost.

    ``kind`` is that of its ``errors`` row: ``"error"`` (not analysed) or
    ``"warning"`` (left out on purpose, e.g. a duplicate with ``drop_duplicates=True``).
    """

    article_id: str
    path: str | None
    error: str
    kind: str = field(default="error", repr=False)

    def __post_init__(self) -> None:  # file names may hold lone surrogates no table can store
        for name in ("article_id", "path", "error"):  # kind is ours
            object.__setattr__(self, name, _clean(getattr(self, name)))


def _text_id(text: str) -> str:
    return "text-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: str | None) -> str | None:
    """Replace lone surrogates (from ``surrogateescape`` or JSON ``"\\ud800"``) by U+FFFD, keeping offsets.

    They cannot be encoded, so no table could hold them.
    """
    if text is None or text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text



def _check_length(text: str, source: str | None, max_chars: int | None) -> None:
    limit = limits.MAX_ARTICLE_CHARS if max_chars is None else max_chars
    if len(text) > limit:
        raise InputTooLargeError(
            f"text has {len(text):,} characters, more than the limit of {limit:,} for one article "
            "(probably many articles in one; split it, or raise newsanalysis.load.MAX_ARTICLE_CHARS)",
            source=source,
        )


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
    max_chars: int | None = None,
) -> Article:
    """Make an :class:`Article` from a string.

    By default the string is the body as it is (a ``str`` is always text);
    with ``parse_headers=True`` a date marker or front matter is read off it
    as :func:`read_article` does for files. Line endings are normalised.

    Raises
    ------
    NewsAnalysisError
        When ``text`` is not a ``str``;
        :class:`~newsanalysis.errors.InputTooLargeError` when it is longer
        than ``max_chars`` (default :data:`MAX_ARTICLE_CHARS`). A date that
        cannot be read (``04/03/2025``, ambiguous; ``9999-12-31``, too far)
        is kept as given: analysing the article gives it no date and a
        ``warning`` row in ``errors``.

    Examples
    --------
    >>> a = article_from_text("Trump said: “Hi.”", id="x")
    >>> a.id, a.text
    ('x', 'Trump said: “Hi.”')
    >>> article_from_text("Line one\\r\\nLine two").text
    'Line one\\nLine two'
    """
    src = path or id
    if not isinstance(text, str):
        raise NewsAnalysisError(f"article text must be a str, not {type(text).__name__}", source=src)
    _check_length(text, src, max_chars)
    text = _clean(_normalise_newlines(text))
    fields: dict[str, str] = {}
    offset = 0
    if parse_headers:
        fields, offset = parse_header(text, source=src)
    body = text[offset:]
    return Article(
        id=_clean(id) or _text_id(body),
        text=body,
        title=_clean(title or fields.get("title")) or None,
        date=_date_or_as_given(date or fields.get("date"), src),
        source=_clean(source or fields.get("source")) or None,
        path=_clean(path),
        encoding=encoding,
        body_offset=offset,
        meta=dict(meta or {}),
    )




def _date_or_as_given(value: str | None, source: str | None) -> str | None:
    """``YYYY-MM-DD`` of a date that can be read; any other date as given (analysed without it, with a warning)."""
    try:
        return _valid_date(value, source)
    except ArticleReadError:  # "04/03/2025", "9999-12-31": the article is kept, see corpus.item_records
        return " ".join(str(value).split()) or None


def _replace(article: Article, **changes) -> Article:
    return replace(article, **changes)
