"""Bytes to text: byte-order marks, UTF-16 without a mark, UTF-8, legacy code pages; binary data refused."""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import ArticleReadError, NewsAnalysisError

__all__ = ["decode_bytes"]

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
    _refuse_known_binary(data, source)
    text, encoding = _detected(data, source)
    return _checked_text(text, encoding, source), encoding


def _refuse_known_binary(data: bytes, source: str | None) -> None:
    """Raise :class:`ArticleReadError` when the bytes start as a known binary format (PDF, Word, ...)."""
    kind = _binary_kind(data)
    if kind:
        advice = "save it as .docx in Word and read that" if kind.startswith("an old Microsoft") else \
            "convert it to text first"
        raise ArticleReadError(f"file is {kind}, not text; {advice}", source=source)


def _detected(data: bytes, source: str | None) -> tuple[str, str]:
    """``(text, encoding)``, the encoding detected in the order :func:`decode_bytes` gives.

    Raises :class:`ArticleReadError` when the data looks binary or no encoding fits.
    """
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
    return text, encoding


def _checked_text(text: str, encoding: str, source: str | None) -> str:
    """The decoded text without its byte-order mark, C1 controls as the characters they stood for.

    Raises :class:`ArticleReadError` when it is only white space or full of control characters.
    """
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
    return text


