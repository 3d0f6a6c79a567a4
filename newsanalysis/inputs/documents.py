"""Word (.docx), RTF and PDF files to text, each through a well-kept library in an extra.

* Word: `python-docx`_ (``pip install 'newsanalysis[docx]'``): paragraphs and
  the paragraphs of table cells in document order, one line each (a line
  break inside a paragraph is a line too);
* RTF: `striprtf`_ (``pip install 'newsanalysis[rtf]'``): the text of the
  document, control words dropped, ``\\uN`` and ``\\'hh`` characters decoded;
* PDF: `pypdf`_ (``pip install 'newsanalysis[pdf]'``): the text layer, page by
  page. A PDF with no text layer (a scan) is refused with a message that says
  so: it needs OCR first.

``pip install 'newsanalysis[formats]'`` installs all three. The kind of file is
told from its first bytes, not its name: a ``.doc`` that is really a .docx is
read, a ``.docx`` that is not a ZIP archive is refused as what it is.

.. _python-docx: https://python-docx.readthedocs.io
.. _striprtf: https://github.com/joshy/striprtf
.. _pypdf: https://pypdf.readthedocs.io
"""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import ArticleReadError, MissingDependencyError

__all__ = ["document_kind", "document_to_text"]

#: The extra that brings each reader.
EXTRAS = {"docx": "docx", "rtf": "rtf", "pdf": "pdf"}
_NAMES = {"docx": "a Word document (.docx)", "rtf": "an RTF document", "pdf": "a PDF document"}


def document_kind(data: bytes) -> str | None:
    """``"docx"``, ``"rtf"`` or ``"pdf"`` when the bytes start like one, else None.

    A ZIP archive is a Word document only when it holds ``word/document.xml``.

    Examples
    --------
    >>> document_kind(b"%PDF-1.7 ..."), document_kind(b"{\\\\rtf1\\\\ansi Hi}"), document_kind(b"Hi")
    ('pdf', 'rtf', None)
    """
    head = data[:8]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.lstrip(b"\xef\xbb\xbf").startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, ValueError, OSError):
            return "docx-broken" if b"word/" in data[:4096] else None
        return "docx" if "word/document.xml" in names else None
    return None


def _missing(kind: str, module: str, exc: ImportError, source: str | None) -> MissingDependencyError:
    return MissingDependencyError(
        f"is {_NAMES[kind]}; reading it needs {module} ({exc}): pip install 'newsanalysis[{EXTRAS[kind]}]' "
        "(or 'newsanalysis[formats]' for Word, RTF and PDF)",
        source=source,
    )


def _docx_lines(data: bytes, source: str | None) -> list[str]:
    try:
        import docx
    except ImportError as exc:
        raise _missing("docx", "python-docx", exc, source) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, BadZipFile, lxml errors... on a broken file
        raise ArticleReadError(
            f"Word document could not be opened; it may be damaged or not a .docx ({type(exc).__name__}: {exc})",
            source=source,
        ) from None
    # The paragraphs are read from the document's XML tree as python-docx parsed it: its per-paragraph
    # objects run an XPath query each, whose cost grows with the document (a 2,000-article export took
    # 20 s that way, 0.5 s so).
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    t, tab, br, cr, run, para = (w + x for x in ("t", "tab", "br", "cr", "r", "p"))

    def text_of(p) -> str:
        parts = []
        for el in p.iter(t, tab, br, cr):
            if el.tag == t:
                parts.append(el.text or "")
            elif el.getparent() is not None and el.getparent().tag == run:  # not a tab stop of the style
                parts.append("\t" if el.tag == tab else "\n")
        return "".join(parts)

    lines: list[str] = []
    try:
        for block in document.element.body.iterchildren():
            paragraphs = [block] if block.tag == para else block.iter(para)  # tables, content controls
            for p in paragraphs:
                lines.extend(text_of(p).replace("\r", "\n").split("\n"))
    except Exception as exc:
        raise ArticleReadError(f"Word document could not be read ({type(exc).__name__}: {exc})",
                               source=source) from None
    return lines


def _rtf_text(data: bytes, source: str | None) -> str:
    try:
        from striprtf.striprtf import rtf_to_text
    except ImportError as exc:
        raise _missing("rtf", "striprtf", exc, source) from None
    raw = data.decode("latin-1")  # RTF is 7-bit; any 8-bit byte is kept as it is and decoded below
    m = re.search(r"\\ansicpg(\d+)", raw[:2000])
    encoding = f"cp{m.group(1)}" if m else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    try:
        text = rtf_to_text(raw, encoding=encoding, errors="replace")
    except Exception as exc:
        raise ArticleReadError(f"RTF document could not be read ({type(exc).__name__}: {exc})",
                               source=source) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _pdf_text(data: bytes, source: str | None) -> str:
    try:
        import pypdf
    except ImportError as exc:
        raise _missing("pdf", "pypdf", exc, source) from None
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # warnings about odd PDFs go to the errors row below
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise ArticleReadError("PDF is encrypted with a password; save an unprotected copy first",
                                       source=source) from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except ArticleReadError:
        raise
    except Exception as exc:  # pypdf raises PdfReadError, KeyError, ValueError... on damaged files
        raise ArticleReadError(f"PDF could not be read; it may be damaged ({type(exc).__name__}: {exc})",
                               source=source) from None
    if not pages:
        raise ArticleReadError("PDF has no pages", source=source)
    if not any(p.strip() for p in pages):
        raise ArticleReadError(
            f"PDF has no text layer ({len(pages)} page{'s' if len(pages) != 1 else ''} of images: a scan?); "
            "run OCR on it first (e.g. ocrmypdf), then read the result",
            source=source,
        )
    text = "\n\n".join(p.strip("\n") for p in pages).replace("\r\n", "\n").replace("\r", "\n")
    return _PAGE_FOOTER.sub("", text)  # "Page 3 of 20" footers are no article text


_PAGE_FOOTER = re.compile(r"^[ \t]*Page \d+ of \d+[ \t]*\n?", re.MULTILINE | re.IGNORECASE)


def document_to_text(data: bytes, kind: str, *, source: str | None = None) -> tuple[str, bool]:
    """The text of a Word, RTF or PDF file, and whether its lines are paragraphs.

    Returns ``(text, one_line_a_paragraph)``: Word and RTF documents give one
    line a paragraph (True); PDF text keeps the lines of its pages (False).

    Raises
    ------
    MissingDependencyError
        When the library of the extra is not installed; the message names the extra.
    ArticleReadError
        When the file is damaged, encrypted, or (a PDF) has no text layer.

    Examples
    --------
    >>> text, _ = document_to_text(b"{\\\\rtf1\\\\ansi It rained.\\\\par We left.}", "rtf")
    >>> text.split()
    ['It', 'rained.', 'We', 'left.']
    """
    if kind == "docx-broken":
        raise ArticleReadError("Word document could not be opened: the ZIP archive is damaged or cut short",
                               source=source)
    if kind == "docx":
        return "\n".join(_docx_lines(data, source)), True
    if kind == "rtf":
        return _rtf_text(data, source), True
    if kind == "pdf":
        return _pdf_text(data, source), False
    raise ValueError(kind)  # pragma: no cover
