"""Loading: files, folders and tables of articles into :class:`Article` objects.

An article file is text in any common encoding, or an HTML page:

* the encoding is detected: a byte-order mark (UTF-8, UTF-16, UTF-32),
  UTF-16 without a mark (when its NUL-byte pattern is unambiguous), strict
  UTF-8, then `charset-normalizer`_ for legacy code pages (Windows-1252 is
  preferred among equally plausible Western code pages). The encoding used is
  recorded on :attr:`Article.encoding`;
* binary files (PDF, images, archives, random bytes: anything with NUL bytes
  or control characters that no text has) are refused with an
  :class:`~newsanalysis.errors.ArticleReadError`;
* an HTML page (``.html``/``.htm``, or text that starts like HTML) is
  reduced to its article text with `trafilatura`_ (the ``html`` extra:
  ``pip install 'newsanalysis[html]'``);
* a leading ``date YYYY-MM-DD`` marker, as in news exports
  (``" date 2025-05-20 The two leaders spoke ..."``), or a small front-matter
  block of ``title:``, ``date:`` and ``source:`` lines before the first blank
  line is read off as metadata.

Line endings (CRLF, CR) are normalised to ``\\n``; apart from that the body
is kept exactly, so every offset in every table is a character offset into
:attr:`Article.text`.

Size policy
-----------
One article file may be at most :data:`MAX_ARTICLE_BYTES` (10 MB) and one
article text at most :data:`MAX_ARTICLE_CHARS` (10 million characters, some
200 times a long feature); a table file (CSV/JSONL) at most
:data:`MAX_TABLE_BYTES` (1 GB). Larger inputs are refused with an
:class:`~newsanalysis.errors.InputTooLargeError` before they are read into
memory: a 50 MB "article" is nearly always a dump of many articles that
should be split. Raise a limit per call (``read_article(path,
max_bytes=...)``) or for the session (``newsanalysis.load.MAX_ARTICLE_BYTES
= ...``).

.. _charset-normalizer: https://github.com/jawah/charset_normalizer
.. _trafilatura: https://trafilatura.readthedocs.io
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import ArticleReadError, InputTooLargeError, MissingDependencyError, NewsAnalysisError

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_ARTICLE_CHARS",
    "MAX_TABLE_BYTES",
    "Article",
    "LoadFailure",
    "article_from_text",
    "check_date",
    "decode_bytes",
    "html_to_text",
    "iter_inputs",
    "read_article",
    "read_articles",
]

#: File suffixes read as one article each when a folder is given.
TEXT_SUFFIXES = (".txt", ".text", ".md")
#: File suffixes read as HTML pages (reduced to their article text).
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: File suffixes read as tables of articles (one article a row).
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".json")

#: Largest article file read (bytes); see "Size policy" above.
MAX_ARTICLE_BYTES = 10_000_000
#: Longest article text analysed (characters), from any source.
MAX_ARTICLE_CHARS = 10_000_000
#: Largest CSV/JSONL table of articles read (bytes).
MAX_TABLE_BYTES = 1_000_000_000

_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?[ \t]*")
_FRONT_KEY = re.compile(r"(title|date|source)\s*:\s*(.*?)\s*", re.IGNORECASE)
_HTML_EXTRA = "pip install 'newsanalysis[html]'"


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

    def __post_init__(self) -> None:  # file names may hold lone surrogates no table can store
        for name in ("article_id", "path", "error"):
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


# unambiguous written-out dates seen in news exports, tried after ISO 8601
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%Y%m%d")


def _valid_date(value: str | None, source: str | None) -> str | None:
    """``YYYY-MM-DD`` of a date written as ISO 8601, RFC 2822 or a spelled-out month.

    Numeric day/month orders such as ``03/05/2024`` are ambiguous and refused.

    Examples
    --------
    >>> [_valid_date(v, None) for v in ("2024-05-03T10:00Z", "May 3, 2024", "3 May 2024",
    ...                                 "Fri, 03 May 2024 10:00:00 +0000")]
    ['2024-05-03', '2024-05-03', '2024-05-03', '2024-05-03']
    """
    if not value:
        return None
    value = " ".join(str(value).split())
    try:
        return _in_range(_dt.date.fromisoformat(value[:10]), value, source)
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return _in_range(_dt.datetime.strptime(value, fmt).date(), value, source)
        except ValueError:
            continue
    try:
        from email.utils import parsedate_to_datetime

        return _in_range(parsedate_to_datetime(value).date(), value, source)
    except (TypeError, ValueError, IndexError):
        pass
    raise ArticleReadError(
        f"date {value!r} is not a date newsanalysis can read (use YYYY-MM-DD, or e.g. 'May 3, 2024')",
        source=source,
    ) from None


#: First and last day the ``date`` column (``datetime64[ns]``) can hold.
FIRST_DATE = _dt.date(1677, 9, 22)
LAST_DATE = _dt.date(2262, 4, 11)


def _in_range(day: _dt.date, value: str, source: str | None) -> str:
    """``day`` as ``YYYY-MM-DD``, or an :class:`ArticleReadError` when pandas cannot store it.

    Examples
    --------
    >>> _in_range(_dt.date(9999, 12, 31), "9999-12-31", "a.txt")
    Traceback (most recent call last):
    ...
    newsanalysis.errors.ArticleReadError: a.txt: date '9999-12-31' is outside the dates a table can hold ...
    """
    if not FIRST_DATE <= day <= LAST_DATE:
        raise ArticleReadError(
            f"date {value!r} is outside the dates a table can hold ({FIRST_DATE} to {LAST_DATE}); "
            "give the publication date, or none",
            source=source,
        )
    return day.isoformat()


def check_date(value: str | None, *, source: str | None = None) -> str | None:
    """The ``YYYY-MM-DD`` form of an article date, or an :class:`ArticleReadError` naming ``source``.

    Refuses dates that cannot be read and dates outside :data:`FIRST_DATE` ..
    :data:`LAST_DATE` (pandas' ``datetime64[ns]`` range), such as a
    ``9999-12-31`` sentinel or a file named ``1492-10-12-voyage.txt``.

    Examples
    --------
    >>> check_date("May 3, 2024")
    '2024-05-03'
    >>> check_date("1492-10-12", source="1492-10-12-voyage.txt")
    Traceback (most recent call last):
    ...
    newsanalysis.errors.ArticleReadError: 1492-10-12-voyage.txt: date '1492-10-12' is outside ...
    """
    return _valid_date(value, source)


def _size(n: float) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{int(n):,} bytes"


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
    # front matter: a few key lines up to the first blank line
    cut = text.find("\n\n", 0, 2000)
    if cut > 0:
        head = text[:cut]
        fields: dict[str, str] = {}
        for line in head.split("\n"):
            km = _FRONT_KEY.fullmatch(line)
            if not km:
                return {}, 0
            fields[km.group(1).lower()] = km.group(2)
        offset = cut + 2
        while offset < len(text) and text[offset] == "\n":
            offset += 1
        return fields, offset
    return {}, 0


def _check_length(text: str, source: str | None, max_chars: int | None) -> None:
    limit = MAX_ARTICLE_CHARS if max_chars is None else max_chars
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
        When ``text`` is not a ``str`` or the date is not ``YYYY-MM-DD``;
        :class:`~newsanalysis.errors.InputTooLargeError` when it is longer
        than ``max_chars`` (default :data:`MAX_ARTICLE_CHARS`).

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
        date=_valid_date(date or fields.get("date"), src),
        source=_clean(source or fields.get("source")) or None,
        path=_clean(path),
        encoding=encoding,
        body_offset=offset,
        meta=dict(meta or {}),
    )


# ---------------------------------------------------------------------------
# decoding

#: Leading bytes of common binary formats -> a readable name.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt/.epub file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "an executable program"),
    (b"MZ", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
    (b"RIFF", "a RIFF media file (WAV/AVI/WebP)"),
    (b"\x00\x00\x00\x18ftyp", "an MP4/MOV video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4/MOV video"),
)

_BOMS = (  # UTF-32 before UTF-16: its LE mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Control characters that plain text may contain (tab, newlines, form feed).
_TEXT_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1a\x1b\x85")


def _codec_name(name: str) -> str:
    return codecs.lookup(name).name


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if magic == b"MZ" and b"\x00" not in data[:512]:
                continue  # a text that happens to start with "MZ"
            return kind
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``'utf-16-le'``/``'utf-16-be'`` when NULs sit in every other byte, as in mostly-Latin UTF-16."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:20_000]
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.02:
        return "utf-16-le"
    if even > 0.3 and odd < 0.02:
        return "utf-16-be"
    return None


# ASCII characters that are never control characters here: dropped before the per-character check
_PLAIN_ASCII = re.compile(r"[\x20-\x7e\t\n\r\x0b\x0c\x1a\x1b]+")


def _control_share(text: str) -> float:
    sample = text[:100_000]
    if not sample:
        return 0.0
    bad = sum(
        1
        for ch in _PLAIN_ASCII.sub("", sample)
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cn", "Co") and ch not in _TEXT_CONTROLS)
    )
    return bad / len(sample)


_C0_BYTES = bytes(b for b in range(32) if chr(b) not in _TEXT_CONTROLS) + b"\x7f"


def _c0_share(data: bytes) -> float:
    """Share of C0 control bytes (other than white space) in the first 100 kB; no text encoding has many."""
    sample = data[:100_000]
    return (len(sample) - len(sample.translate(None, _C0_BYTES))) / len(sample)


def _utf8_with_stray_bytes(data: bytes) -> str | None:
    """Decode mostly-UTF-8 data whose few invalid bytes are Windows-1252 (a common scraping accident).

    Returns None unless the bytes of valid multi-byte UTF-8 characters
    outnumber the invalid bytes at least two to one (else it is not UTF-8).
    """
    text = data.decode("utf-8", errors="surrogateescape")  # each invalid byte -> U+DC80..U+DCFF
    bad = len(_ESCAPED.findall(text))
    good = len(data) - len(text)  # the extra bytes of multi-byte characters
    if bad == 0 or good < 2 * bad:
        return None
    return _ESCAPED.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"), text)


_ESCAPED = re.compile("[\udc80-\udcff]")


def _plausible(text: str) -> bool:
    """Whether a single-byte decoding of unknown text reads like language.

    A text in Latin script has accented letters as a minority of its letters
    and no symbol such as ``³ £ ¹`` glued to a letter: that is what Polish or
    Russian bytes look like when read with the wrong code page.
    """
    sample = text[:100_000]
    latin = accented = other = 0
    n = len(sample)
    for i, ch in enumerate(sample):
        if ch.isalpha():
            if ord(ch) < 0x80:
                latin += 1
            elif ord(ch) < 0x250:  # Latin-1 Supplement and Latin Extended-A/B
                latin += 1
                accented += 1
            else:
                other += 1
        elif ord(ch) > 0x7F and unicodedata.category(ch) in ("No", "Sc", "Sm", "So"):
            if (i > 0 and sample[i - 1].isalpha()) or (i + 1 < n and sample[i + 1].isalpha()):
                return False
    if latin >= other:
        return accented <= 0.3 * latin
    return True


_SAMPLE_BYTES = 256_000
_C1 = re.compile("[\x80-\x9f]")
_C1_AS_CP1252 = {
    b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def _detect_legacy(data: bytes) -> tuple[str, str] | None:
    """Decode single-byte or East Asian legacy text with charset-normalizer.

    charset-normalizer ranks code pages by how chaotic the decoded text
    looks; on news-length texts many code pages tie, and its order among
    them is arbitrary (it may say cp1250 and turn "naïve" into "naďve", or
    the DOS page cp1125 for Windows-1251 Russian). Among the tied candidates
    whose reading is plausible, Windows-1252 (the legacy encoding of most
    Western news) comes first, then the other Windows code pages, then the
    rest in charset-normalizer's order. A large file is judged on its first
    256 kB, then decoded whole with the code page found (if that fails, the
    whole file is judged).
    """
    if len(data) > _SAMPLE_BYTES:
        cut = data.rfind(b"\n", 0, _SAMPLE_BYTES)
        found = _detect_legacy(data[: cut if cut > _SAMPLE_BYTES // 2 else _SAMPLE_BYTES])
        if found is not None:
            try:
                text = data.decode(found[1])
            except (UnicodeDecodeError, LookupError):
                text = None
            if text is not None and _plausible(text[-100_000:]):
                return text, found[1]
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best_chaos = min(m.percent_chaos for m in matches)
    tied = [m for m in matches if m.percent_chaos <= best_chaos + 1.0]
    names = []
    for m in tied:
        for n in [m.encoding, *m.could_be_from_charset]:
            try:
                name = _codec_name(n)
            except LookupError:  # pragma: no cover
                continue
            if name not in names:
                names.append(name)
    order = sorted(names, key=lambda n: (n != "cp1252", not re.fullmatch(r"cp125\d", n)))
    for name in order:
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return text, name
    best = tied[0]
    return str(best), _codec_name(best.encoding)


def decode_bytes(data: bytes, *, source: str | None = None) -> tuple[str, str]:
    """Decode a file's bytes to text, returning ``(text, encoding)``.

    The encoding is detected, in this order: a byte-order mark; UTF-16 without
    a mark when its NUL bytes sit in every other byte; strict UTF-8; UTF-8
    with a few stray Windows-1252 bytes (recorded as ``"utf-8+cp1252"``);
    then charset-normalizer for legacy code pages. Binary data is refused.
    C1 control characters (U+0080 to U+009F: Windows-1252 once misread as
    Latin-1, as in ``"\\x93Yes\\x94"``) become the characters they stood
    for.

    Raises
    ------
    ArticleReadError
        When the data is empty, only white space, binary (a known binary
        format, NUL bytes, or control characters no text contains), or in no
        encoding that can be detected. The message names ``source``.

    Examples
    --------
    >>> decode_bytes("café".encode())
    ('café', 'utf-8')
    >>> decode_bytes("“naïve” café".encode("cp1252"))
    ('“naïve” café', 'cp1252')
    >>> decode_bytes("\\ufeffHi".encode("utf-16-le"))
    ('Hi', 'utf-16-le')
    >>> decode_bytes(b"%PDF-1.7 ...", source="a.pdf")
    Traceback (most recent call last):
    ...
    newsanalysis.errors.ArticleReadError: a.pdf: file is a PDF document, not text; convert it to text first
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise NewsAnalysisError(f"expected bytes, not {type(data).__name__}", source=source)
    data = bytes(data)
    if not data:
        raise ArticleReadError("file is empty (0 bytes)", source=source)
    kind = _binary_kind(data)
    if kind:
        raise ArticleReadError(f"file is {kind}, not text; convert it to text first", source=source)
    text = encoding = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom) :].decode(name), name
            except UnicodeDecodeError as exc:
                raise ArticleReadError(
                    f"file starts with a {name} byte-order mark but is not valid {name} "
                    f"({exc.reason} at byte {exc.start + len(bom)})",
                    source=source,
                ) from None
            break
    if text is None and b"\x00" in data:
        name = _utf16_without_bom(data)
        if name:
            try:
                text, encoding = data.decode(name), name
            except UnicodeDecodeError:
                text = None
        if text is None:
            raise ArticleReadError("file looks binary (it contains NUL bytes), not text", source=source)
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text = _utf8_with_stray_bytes(data)
            encoding = "utf-8+cp1252" if text is not None else None
    if text is None:
        if _c0_share(data) > 0.01:
            raise ArticleReadError("file looks binary (it is full of control bytes), not text", source=source)
        found = _detect_legacy(data)
        if found is None:
            raise ArticleReadError(
                "file is not valid UTF-8 and its encoding could not be detected; "
                "save it as UTF-8 text",
                source=source,
            )
        text, encoding = found
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ArticleReadError("file contains only white space", source=source)
    if _C1.search(text):
        # U+0080..U+009F are Windows-1252 bytes once read as Latin-1 ("\x93Yes,\x94"): a common
        # accident of scraped text; each becomes the character it stood for (same length)
        text = text.translate(_C1_AS_CP1252)
    if _control_share(text) > 0.01:
        raise ArticleReadError(
            f"file looks binary (decoded as {encoding} it is full of control characters), not text",
            source=source,
        )
    return text, encoding


# ---------------------------------------------------------------------------
# HTML

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_XML_START = re.compile(r"\A\s*<(?:\?xml\b|rss\b|feed\b|[\w:-]+\s+xmlns)", re.I)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|li|ul|ol|article|section|table|td|tr|b|i|em|strong)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain text.

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("<p>One.</p><p>Two.</p><p>Three.</p>")
    True
    >>> looks_like_html("He wrote <b> in the chat, then left.")
    False
    """
    head = text[:5000]
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_HTML_TAG.findall(head)) >= 3


def html_to_text(html: str, *, source: str | None = None) -> tuple[str, dict[str, str]]:
    """Reduce an HTML page to its article text with trafilatura.

    Returns the text (paragraphs separated by a blank line) and the metadata
    trafilatura found (``title``, ``date``, ``source``).

    Raises
    ------
    MissingDependencyError
        When trafilatura is not installed (``pip install 'newsanalysis[html]'``).
    ArticleReadError
        When the page holds no article text.

    Examples
    --------
    >>> text, meta = html_to_text("<html><body><p>It rained, she said.</p></body></html>")
    >>> text
    'It rained, she said.'
    """
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingDependencyError(
            f"is an HTML page; reading HTML needs trafilatura ({exc}): {_HTML_EXTRA}",
            source=source,
        ) from None
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise ArticleReadError(f"HTML page could not be parsed ({type(exc).__name__}: {exc})", source=source) from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise ArticleReadError("HTML page holds no article text that could be extracted", source=source)
    meta = {}
    for key, attr in (("title", "title"), ("date", "date"), ("source", "sitename")):
        value = getattr(doc, attr, None)
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()
    lines = [line.strip() for line in _normalise_newlines(text).split("\n")]
    lines = [line for line in lines if line]
    if meta.get("title") and lines and lines[0] == meta["title"] and len(lines) > 1:
        lines = lines[1:]  # the headline is metadata, not body
    return "\n\n".join(lines), meta


# ---------------------------------------------------------------------------
# files


def _stem_title(path: Path) -> str:
    stem = re.sub(r"^\d{4}-\d{2}-\d{2}[-_ ]*", "", path.stem)
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else path.stem


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


def _read_bytes(p: Path, limit: int) -> bytes:
    src = str(p)
    try:
        size = p.stat().st_size
        if size > limit:
            raise InputTooLargeError(
                f"file is {_size(size)}, more than the limit of {_size(limit)} for one article "
                "(probably many articles in one; split it, or pass max_bytes=... / raise "
                "newsanalysis.load.MAX_ARTICLE_BYTES)",
                source=src,
            )
        with p.open("rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise ArticleReadError("no such file", source=src) from None
    except IsADirectoryError:
        raise ArticleReadError("is a folder; use read_articles() for many articles", source=src) from None
    except PermissionError:
        raise ArticleReadError("cannot be read (permission denied)", source=src) from None
    except OSError as exc:
        raise ArticleReadError(f"cannot be read ({exc.strerror or exc})", source=src) from None
    if len(data) > limit:  # grew while we read, or a device without a size
        raise InputTooLargeError(f"file is larger than the limit of {_size(limit)}", source=src)
    return data


def read_article(path: str | Path, *, max_bytes: int | None = None) -> Article:
    """Read one article from a text or HTML file.

    Parameters
    ----------
    path : str or pathlib.Path
        A text file in any common encoding (detected and recorded on
        ``Article.encoding``), optionally starting with a ``date YYYY-MM-DD``
        marker or a ``title:/date:/source:`` front matter; or an HTML page
        (needs the ``html`` extra).
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
        for HTML without trafilatura. Every message starts with the path.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "2025-01-02-talks.txt"
    >>> _ = p.write_text("title: Talks\\n\\nThey “met,” she said.", encoding="utf-8")
    >>> a = read_article(p)
    >>> a.id, a.title, a.text, a.encoding
    ('2025-01-02-talks', 'Talks', 'They “met,” she said.', 'utf-8')
    """
    p = _as_path(path)
    src = str(p)
    if p.is_dir():
        raise ArticleReadError("is a folder; use read_articles() for many articles", source=src)
    if p.suffix.lower() in TABLE_SUFFIXES:
        raise ArticleReadError("is a table of articles; use read_articles() to read its rows", source=src)
    data = _read_bytes(p, MAX_ARTICLE_BYTES if max_bytes is None else max_bytes)
    text, encoding = decode_bytes(data, source=src)
    text = _normalise_newlines(text)
    is_html = p.suffix.lower() in HTML_SUFFIXES or looks_like_html(text)
    if not is_html and _XML_START.match(text[:2000]):
        raise ArticleReadError(
            "file is XML (a feed or an export), not article text; extract the articles' text first",
            source=src,
        )
    if is_html:
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
    else:
        article = article_from_text(text, id=p.stem, path=src, encoding=encoding, parse_headers=True)
    if not article.text.strip():
        raise ArticleReadError("file has a header but no article text", source=src)
    if article.title is None:
        article = _replace(article, title=_stem_title(p))
    if article.date is None:
        m = re.match(r"(\d{4}-\d{2}-\d{2})", p.name)
        if m:
            try:
                day = _dt.date.fromisoformat(m.group(1))
            except ValueError:
                day = None  # "2025-13-45-x.txt": not a date, just a name
            if day is not None:  # a real date pandas cannot hold is refused, not dropped
                article = _replace(article, date=_in_range(day, m.group(1), src))
    return article


def _replace(article: Article, **changes) -> Article:
    return replace(article, **changes)


_KNOWN = frozenset({"article_id", "id", "text", "title", "date", "source"})


def _cell(row: dict, key: str) -> str | None:
    v = row.get(key)
    if v is None or v != v or (isinstance(v, str) and not v.strip()):
        return None
    return str(v)


def _row_article(row: dict, aid: str, where: str | None, encoding: str | None) -> Article | LoadFailure:
    text = row.get("text")
    if text is None or text != text:
        return LoadFailure(aid, where, "row has no 'text' value")
    if not isinstance(text, str):
        return LoadFailure(aid, where, f"the 'text' value is not a string (it is {type(text).__name__})")
    if not text.strip():
        return LoadFailure(aid, where, "the 'text' value is empty")
    try:
        return article_from_text(
            text,
            id=aid,
            title=_cell(row, "title"),
            date=_cell(row, "date"),
            source=_cell(row, "source") or _cell(row, "publisher"),
            path=where,
            encoding=encoding,
            meta={k: v for k, v in row.items() if k not in _KNOWN and k is not None},
        )
    except NewsAnalysisError as exc:
        return LoadFailure(aid, where, exc.problem)


def _row_id(row: dict, default: str) -> str:
    aid = _cell(row, "article_id") or _cell(row, "id")
    return aid.strip() if aid else default


def _iter_table(path: Path, *, max_bytes: int | None = None) -> Iterator[Article | LoadFailure]:
    src = str(path)
    try:
        data = _read_bytes(path, MAX_TABLE_BYTES if max_bytes is None else max_bytes)
        raw, encoding = decode_bytes(data, source=src)
    except NewsAnalysisError as exc:
        yield LoadFailure(path.stem, src, exc.problem)
        return
    del data
    raw = _normalise_newlines(raw)
    n = 0
    if path.suffix.lower() == ".csv":
        items: Iterator = _csv_rows(raw, src)
    elif path.suffix.lower() == ".json":
        items = _json_array(raw, src)
    else:
        items = _json_lines(raw, src)
    for item in items:
        n += 1
        if isinstance(item, LoadFailure):
            yield item
            continue
        i, row = item
        yield _row_article(row, _row_id(row, f"{path.stem}-{i}"), f"{src}#{i}", encoding)
    if n == 0:
        yield LoadFailure(path.stem, src, "table has no rows of articles")


def _csv_rows(raw: str, src: str) -> Iterator[tuple[int, dict] | LoadFailure]:
    stem = Path(src).stem
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, MAX_ARTICLE_CHARS + 1))
    try:
        reader = csv.DictReader(raw.splitlines(keepends=True))
        try:
            columns = reader.fieldnames or []
        except csv.Error as exc:
            yield LoadFailure(stem, src, f"CSV header cannot be read ({exc})")
            return
        if "text" not in [c.strip() for c in columns if c]:
            yield LoadFailure(stem, src, f"table has no 'text' column (columns: {', '.join(map(str, columns)) or 'none'})")
            return
        i = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield LoadFailure(f"{stem}-{i}", f"{src}#{i}", f"CSV row cannot be read ({exc})")
                i += 1
                continue
            row = {k.strip() if isinstance(k, str) else k: v for k, v in row.items()}
            if None in row:
                yield LoadFailure(_row_id(row, f"{stem}-{i}"), f"{src}#{i}", "CSV row has more fields than the header")
            else:
                yield i, row
            i += 1
    finally:
        csv.field_size_limit(old)


def _json_array(raw: str, src: str) -> Iterator[tuple[int, dict] | LoadFailure]:
    """Rows of a ``.json`` file: a list of objects, ``{"articles": [...]}``, or JSON lines."""
    stem = Path(src).stem
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # one object a line, under a .json name
            yield from _json_lines(raw, src)
        else:
            yield LoadFailure(stem, src, f"invalid JSON ({exc.msg} at line {exc.lineno})")
        return
    except RecursionError:
        yield LoadFailure(stem, src, "invalid JSON (nested too deeply)")
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    elif isinstance(data, dict) and "text" in data:
        data = [data]
    if not isinstance(data, list):
        yield LoadFailure(stem, src, "JSON file is not a list of articles (objects with a 'text' field)")
        return
    for i, row in enumerate(data):
        if isinstance(row, dict):
            yield i, row
        else:
            yield LoadFailure(f"{stem}-{i}", f"{src}#{i}", "item is not a JSON object")


def _json_lines(raw: str, src: str) -> Iterator[tuple[int, dict] | LoadFailure]:
    stem = Path(src).stem
    i = 0
    for n, line in enumerate(raw.split("\n")):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield LoadFailure(f"{stem}-line{n + 1}", f"{src}#line{n + 1}", f"invalid JSON ({msg})")
            continue
        if not isinstance(row, dict):
            yield LoadFailure(f"{stem}-line{n + 1}", f"{src}#line{n + 1}", "line is not a JSON object")
            continue
        yield i, row
        i += 1


def iter_inputs(source, *, max_bytes: int | None = None) -> Iterator[Article | LoadFailure]:
    """Yield an :class:`Article` or a :class:`LoadFailure` for every input in ``source``.

    ``source`` may be an Article, a ``str`` of text, a ``pathlib.Path`` to a
    file, folder, CSV or JSONL table, a pandas DataFrame with a ``text``
    column, or any iterable of these. Nothing is dropped: each input yields
    at least one item (tables one per row, an empty folder or table one
    failure).

    Raises
    ------
    NewsAnalysisError
        When ``source`` (or an item of it) is of a type that cannot be
        analysed, or a DataFrame has no ``text`` column.

    Examples
    --------
    >>> import pathlib
    >>> [type(x).__name__ for x in iter_inputs(["One.", pathlib.Path("no/such.txt")])]
    ['Article', 'LoadFailure']
    """
    if isinstance(source, Article):
        if not isinstance(source.text, str):
            yield LoadFailure(str(source.id), source.path, f"article text is a {type(source.text).__name__}, not a str")
        elif any(_clean(v) is not v for v in (source.text, source.title, source.source, source.path, source.id)):
            yield _replace(
                source,
                **{k: _clean(getattr(source, k)) for k in ("id", "text", "title", "source", "path")},
            )
        else:
            yield source
    elif isinstance(source, str):
        try:
            yield article_from_text(source)
        except NewsAnalysisError as exc:
            yield LoadFailure(_text_id(source[:10_000]), None, exc.problem)
    elif isinstance(source, Path):
        yield from _iter_path(source, max_bytes=max_bytes)
    elif _is_dataframe(source):
        yield from _iter_frame(source)
    elif isinstance(source, (bytes, bytearray)):
        raise NewsAnalysisError(
            "cannot analyse bytes; decode them to a str, or save them to a file and pass a pathlib.Path"
        )
    elif isinstance(source, Iterable) and not isinstance(source, dict):
        for item in source:
            yield from iter_inputs(item, max_bytes=max_bytes)
    else:
        raise NewsAnalysisError(
            f"cannot analyse a {type(source).__name__}; give text (str), a pathlib.Path, "
            "an Article, a DataFrame with a 'text' column, or a list of these"
        )


def _is_dataframe(obj) -> bool:
    return type(obj).__name__ == "DataFrame" and hasattr(obj, "columns") and hasattr(obj, "itertuples")


def _iter_frame(df) -> Iterator[Article | LoadFailure]:
    if "text" not in df.columns:
        raise NewsAnalysisError(
            f"the DataFrame of articles has no 'text' column (columns: {', '.join(map(str, df.columns))})"
        )
    if len(df) == 0:
        yield LoadFailure("dataframe", None, "the DataFrame of articles has no rows")
        return
    for i, row in enumerate(df.to_dict("records")):
        yield _row_article(row, _row_id(row, f"row-{i}"), None, None)


#: Name of the marker file newsanalysis leaves in every folder it writes tables or
#: reports into; folder runs skip such folders, so a report kept inside an input
#: folder is never read back as articles.
OUTPUT_MARKER = ".newsanalysis-output"


def mark_output_folder(folder: Path) -> None:
    """Leave the :data:`OUTPUT_MARKER` in ``folder`` (an output of newsanalysis).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> mark_output_folder(d)
    >>> _ = (d / "sentences.csv").write_text("text\\nnot an article\\n")
    >>> list(iter_inputs(d))
    [LoadFailure(article_id='...', path='...', error='folder contains no files')]
    """
    (Path(folder) / OUTPUT_MARKER).write_text(
        "This folder was written by newsanalysis; folder runs do not read it as articles.\n", encoding="utf-8"
    )


def _folder_files(path: Path) -> list[Path]:
    """The non-hidden files under ``path``, outside newsanalysis output folders, sorted."""
    skip = [m.parent for m in path.rglob(OUTPUT_MARKER)]
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
        and not any(p.is_relative_to(d) for d in skip)
    )


def _iter_path(path: Path, *, max_bytes: int | None = None) -> Iterator[Article | LoadFailure]:
    if path.is_dir():
        try:
            files = _folder_files(path)
        except OSError as exc:
            yield LoadFailure(path.name, str(path), f"folder cannot be listed ({exc.strerror or exc})")
            return
        if not files:
            yield LoadFailure(path.name, str(path), "folder contains no files")
            return
        for p in files:
            rel = p.relative_to(path).parent
            for item in _iter_path(p, max_bytes=max_bytes):
                if rel.parts and p.suffix.lower() not in TABLE_SUFFIXES:
                    # files in subfolders: the id keeps the subfolder, so a/x.txt and b/x.txt differ
                    nested = (rel / p.stem).as_posix()
                    if isinstance(item, LoadFailure):
                        item = LoadFailure(nested, item.path, item.error)
                    elif item.id == p.stem:
                        item = _replace(item, id=nested)
                yield item
        return
    if path.suffix.lower() in TABLE_SUFFIXES:
        rows = 0
        try:
            for item in _iter_table(path):
                rows += 1
                yield item
        except Exception as exc:  # e.g. MemoryError: the rows read so far stay, the rest is one error
            where = f"after {rows} row(s)" if rows else "before its first row"
            yield LoadFailure(path.stem if not rows else f"{path.stem}-rest", str(path),
                              f"table could not be read {where} ({type(exc).__name__}: {exc})")
        return
    try:
        yield read_article(path, max_bytes=max_bytes)
    except NewsAnalysisError as exc:
        yield LoadFailure(path.stem, str(path), exc.problem)
    except Exception as exc:  # a bug or MemoryError on one file must not stop a folder run
        yield LoadFailure(path.stem, str(path), f"could not be read ({type(exc).__name__}: {exc})")


def read_articles(source, *, errors: str = "raise", max_bytes: int | None = None) -> list[Article]:
    """Read many articles: a folder, a CSV/JSONL table, or a list of paths.

    Parameters
    ----------
    source : pathlib.Path, str path, or iterable of paths
        A folder (read recursively, hidden files skipped: text and HTML files
        are one article each, ``.csv``, ``.jsonl`` and ``.json`` files one
        article a row or item), a table file, or a list. Here a ``str`` is a
        path.
    errors : {"raise", "warn"}
        On an unreadable input (or table row), raise :class:`ArticleReadError`
        naming it (default) or skip it with a warning naming it.
    max_bytes : int, optional
        Largest article file read; default :data:`MAX_ARTICLE_BYTES`.

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
    if isinstance(source, (str, Path)) or hasattr(source, "__fspath__"):
        paths: list = [_as_path(source, "source")]
    elif isinstance(source, Iterable) and not isinstance(source, (bytes, bytearray, dict)):
        paths = [p if isinstance(p, Article) else _as_path(p, "each path") for p in source]
    else:
        raise NewsAnalysisError(
            f"read_articles() needs a folder, a file path or a list of paths, not {type(source).__name__}"
        )
    out = []
    for p in paths:
        if isinstance(p, Path) and not p.exists():
            items: Iterable = [LoadFailure(p.stem, str(p), "no such file or folder")]
        else:
            items = iter_inputs(p, max_bytes=max_bytes)
        for item in items:
            if isinstance(item, LoadFailure):
                if errors == "raise":
                    raise ArticleReadError(item.error, source=item.path or item.article_id)
                warnings.warn(f"skipped {item.path or item.article_id}: {item.error}", stacklevel=2)
            else:
                out.append(item)
    return out
